#include "core/firmware/firmwaresignedheader.h"

namespace {

enum Tag : quint8 {
    HeaderVersion = 1,
    HeaderLength = 2,
    Padding = 13,
    FileName = 14,
};

// Smallest header that can hold tags 1, 2 and 14 with a one-character name.
constexpr int kMinHeaderLength = 5 + 5 + 5;

int be16(QByteArrayView data, qsizetype at)
{
    return (quint8(data[at]) << 8) | quint8(data[at + 1]);
}

Error invalid(const QString &why)
{
    return Error(ErrorCode::SignedHeaderInvalid, why);
}

bool isFileNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_';
}

} // namespace

bool FirmwareSignedHeader::looksSigned(QByteArrayView data)
{
    return data.size() >= 10 && quint8(data[0]) == HeaderVersion && be16(data, 1) == 2 &&
           quint8(data[5]) == HeaderLength && be16(data, 6) == 2;
}

Result<FirmwareSignedHeader> FirmwareSignedHeader::parse(QByteArrayView data)
{
    if (!looksSigned(data))
        return invalid(QStringLiteral("no SGN header (expected tag 1 then tag 2)"));
    FirmwareSignedHeader header;
    header.m_versionMajor = quint8(data[3]);
    header.m_versionMinor = quint8(data[4]);
    header.m_headerLength = be16(data, 8);
    if (header.m_headerLength < kMinHeaderLength)
        return invalid(QStringLiteral("header length %1 is too small").arg(header.m_headerLength));
    if (header.m_headerLength > data.size())
        return invalid(QStringLiteral("header length %1 exceeds the %2 bytes present")
                           .arg(header.m_headerLength)
                           .arg(data.size()));

    const qsizetype end = header.m_headerLength;
    qsizetype at = 10;
    bool haveFileName = false;
    while (at < end) {
        const quint8 tag = quint8(data[at]);
        if (tag == Padding) {
            ++at;
            continue;
        }
        if (at + 3 > end)
            return invalid(QStringLiteral("TLV %1 at offset %2 runs past the header").arg(tag).arg(at));
        const int length = be16(data, at + 1);
        const qsizetype value = at + 3;
        if (value + length > end)
            return invalid(
                QStringLiteral("TLV %1 at offset %2: length %3 runs past the header").arg(tag).arg(at).arg(length));
        if (tag == HeaderVersion || tag == HeaderLength)
            return invalid(QStringLiteral("repeated tag %1 at offset %2").arg(tag).arg(at));
        if (tag == FileName) {
            QByteArrayView name = data.sliced(value, length);
            const qsizetype nul = name.indexOf('\0');
            if (nul >= 0)
                name = name.first(nul);
            if (name.isEmpty() || name.size() > kMaxFileNameLength)
                return invalid(QStringLiteral("tag 14 file name is empty or too long"));
            for (const char c : name) {
                if (!isFileNameChar(c))
                    return invalid(QStringLiteral("tag 14 file name has a character outside [A-Za-z0-9._-]"));
            }
            if (name == "." || name == "..")
                return invalid(QStringLiteral("tag 14 file name is a path"));
            header.m_fileName = QString::fromLatin1(name.data(), name.size());
            haveFileName = true;
        }
        at = value + length;
    }
    if (!haveFileName)
        return invalid(QStringLiteral("no tag 14 (file name) in the header"));
    return header;
}

QByteArrayView FirmwareSignedHeader::payload(QByteArrayView data, const FirmwareSignedHeader &header)
{
    if (header.m_headerLength >= data.size())
        return {};
    return data.sliced(header.m_headerLength);
}
