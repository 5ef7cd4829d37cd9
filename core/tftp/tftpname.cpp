#include "core/tftp/tftpname.h"

#include <QStringDecoder>
#include <QStringList>

namespace {

Result<QString> refuse(const char *reason)
{
    return Error(ErrorCode::TftpNameRefused, QString::fromLatin1(reason));
}

} // namespace

Result<QString> TftpName::normalise(QByteArrayView raw)
{
    if (raw.isEmpty())
        return refuse("Empty");
    if (raw.size() > MaxBytes)
        return refuse("TooLong");
    for (const char c : raw) {
        const auto byte = quint8(c);
        if (byte == 0)
            return refuse("NulByte");
        if (byte < 0x20 || byte == 0x7f)
            return refuse("ControlCharacter");
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString name = utf8.decode(raw);
    if (utf8.hasError())
        return refuse("InvalidUtf8");
    name.replace(u'\\', u'/');
    // "//server/share" (a UNC path once backslashes are read as slashes) is absolute, unlike one leading '/'.
    if (name.startsWith(QStringLiteral("//")))
        return refuse("AbsolutePath");
    if (name.contains(u':'))
        return refuse("DrivePath");
    const QStringList parts = name.split(u'/');
    QStringList segments;
    for (const QString &part : parts) {
        // A leading "/" and any "./" are how phones spell "the root"; empty and "." segments carry nothing.
        if (part.isEmpty() || part == QStringLiteral("."))
            continue;
        if (part == QStringLiteral(".."))
            return refuse("ParentSegment");
        if (part.toUtf8().size() > MaxSegmentBytes)
            return refuse("SegmentTooLong");
        // Windows would read "name." and "name " as "name"; refuse them rather than guess.
        if (part.endsWith(u'.') || part.endsWith(u' '))
            return refuse("TrailingDotOrSpace");
        segments.append(part);
    }
    if (segments.isEmpty())
        return refuse("Empty");
    if (segments.size() > MaxDepth)
        return refuse("TooDeep");
    return segments.join(u'/');
}
