#include "core/tftp/tftppacket.h"

namespace {

constexpr qsizetype MaxRequestBytes = 2048;
constexpr qsizetype MaxErrorMessage = 512;

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

quint16 get16(QByteArrayView bytes, qsizetype at)
{
    return quint16((quint16(quint8(bytes[at])) << 8) | quint8(bytes[at + 1]));
}

// Reads a NUL-terminated string starting at `pos`; advances past the NUL. False if no NUL follows.
bool readString(QByteArrayView bytes, qsizetype &pos, QByteArrayView &out)
{
    const qsizetype end = bytes.indexOf('\0', pos);
    if (end < 0)
        return false;
    out = bytes.sliced(pos, end - pos);
    pos = end + 1;
    return true;
}

Result<TftpPacket> fail(TftpPacket::ParseError reason, TftpPacket::ParseError *why, const QString &extra = {})
{
    if (why)
        *why = reason;
    QString detail = TftpPacket::parseErrorName(reason);
    if (!extra.isEmpty())
        detail += QStringLiteral(": ") + extra;
    return Error(ErrorCode::TftpMalformedPacket, detail);
}

} // namespace

QString TftpPacket::parseErrorName(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return QStringLiteral("None");
    case ParseError::TooShort:
        return QStringLiteral("TooShort");
    case ParseError::TooLong:
        return QStringLiteral("TooLong");
    case ParseError::UnknownOpcode:
        return QStringLiteral("UnknownOpcode");
    case ParseError::MissingFileName:
        return QStringLiteral("MissingFileName");
    case ParseError::UnterminatedString:
        return QStringLiteral("UnterminatedString");
    case ParseError::EmptyFileName:
        return QStringLiteral("EmptyFileName");
    case ParseError::MissingMode:
        return QStringLiteral("MissingMode");
    case ParseError::UnterminatedOption:
        return QStringLiteral("UnterminatedOption");
    case ParseError::TooManyOptions:
        return QStringLiteral("TooManyOptions");
    case ParseError::OptionTooLong:
        return QStringLiteral("OptionTooLong");
    case ParseError::DuplicateOption:
        return QStringLiteral("DuplicateOption");
    case ParseError::TrailingBytes:
        return QStringLiteral("TrailingBytes");
    case ParseError::DataTooLong:
        return QStringLiteral("DataTooLong");
    }
    return QStringLiteral("Unknown");
}

namespace {

// Parses name/value pairs from `pos` to the end. Empty names are padding (the 7960 ends its RRQ with an extra
// NUL) and are skipped.
bool parseOptions(QByteArrayView bytes, qsizetype pos, QList<TftpPacket::Option> &out, TftpPacket::ParseError &why)
{
    while (pos < bytes.size()) {
        QByteArrayView name;
        if (!readString(bytes, pos, name)) {
            why = TftpPacket::ParseError::UnterminatedOption;
            return false;
        }
        if (name.isEmpty())
            continue;
        QByteArrayView value;
        if (!readString(bytes, pos, value)) {
            why = TftpPacket::ParseError::UnterminatedOption;
            return false;
        }
        if (name.size() > TftpPacket::MaxOptionText || value.size() > TftpPacket::MaxOptionText) {
            why = TftpPacket::ParseError::OptionTooLong;
            return false;
        }
        if (out.size() >= TftpPacket::MaxOptions) {
            why = TftpPacket::ParseError::TooManyOptions;
            return false;
        }
        const QString key = QString::fromLatin1(name).toLower();
        for (const auto &existing : std::as_const(out)) {
            if (existing.first == key) {
                why = TftpPacket::ParseError::DuplicateOption;
                return false;
            }
        }
        out.append({key, QString::fromLatin1(value)});
    }
    return true;
}

} // namespace

Result<TftpPacket> TftpPacket::parse(QByteArrayView bytes, ParseError *why)
{
    if (why)
        *why = ParseError::None;
    if (bytes.size() < 2)
        return fail(ParseError::TooShort, why);
    if (bytes.size() > MaxDatagram)
        return fail(ParseError::TooLong, why);
    TftpPacket packet;
    const quint16 op = get16(bytes, 0);
    switch (op) {
    case quint16(Opcode::Rrq):
    case quint16(Opcode::Wrq): {
        packet.m_opcode = Opcode(op);
        if (bytes.size() > MaxRequestBytes)
            return fail(ParseError::TooLong, why);
        if (bytes.size() == 2)
            return fail(ParseError::MissingFileName, why);
        qsizetype pos = 2;
        QByteArrayView name;
        if (!readString(bytes, pos, name))
            return fail(ParseError::UnterminatedString, why, QStringLiteral("file name"));
        if (name.isEmpty())
            return fail(ParseError::EmptyFileName, why);
        if (name.size() > MaxFileNameBytes)
            return fail(ParseError::TooLong, why, QStringLiteral("file name"));
        if (pos >= bytes.size())
            return fail(ParseError::MissingMode, why);
        QByteArrayView mode;
        if (!readString(bytes, pos, mode))
            return fail(ParseError::UnterminatedString, why, QStringLiteral("mode"));
        if (mode.isEmpty())
            return fail(ParseError::MissingMode, why);
        if (mode.size() > MaxOptionText)
            return fail(ParseError::OptionTooLong, why, QStringLiteral("mode"));
        packet.m_fileName = name.toByteArray();
        packet.m_mode = QString::fromLatin1(mode).toLower();
        ParseError optionError = ParseError::None;
        if (!parseOptions(bytes, pos, packet.m_options, optionError))
            return fail(optionError, why);
        return packet;
    }
    case quint16(Opcode::Data):
        if (bytes.size() < 4)
            return fail(ParseError::TooShort, why);
        packet.m_opcode = Opcode::Data;
        packet.m_block = get16(bytes, 2);
        packet.m_payload = bytes.sliced(4).toByteArray();
        return packet;
    case quint16(Opcode::Ack):
        // Trailing bytes after the block number are ignored, as tftpd-hpa does: harmless, and old phone
        // bootloaders are not known to be tidy.
        if (bytes.size() < 4)
            return fail(ParseError::TooShort, why);
        packet.m_opcode = Opcode::Ack;
        packet.m_block = get16(bytes, 2);
        return packet;
    case quint16(Opcode::Error): {
        if (bytes.size() < 4)
            return fail(ParseError::TooShort, why);
        packet.m_opcode = Opcode::Error;
        packet.m_errorCode = ErrorCode(get16(bytes, 2));
        // A peer's message without its NUL is still worth logging; it is cut at the first NUL and bounded.
        QByteArrayView message = bytes.sliced(4);
        const qsizetype nul = message.indexOf('\0');
        if (nul >= 0)
            message = message.first(nul);
        packet.m_errorMessage = QString::fromLatin1(message.first(qMin(message.size(), MaxErrorMessage)));
        return packet;
    }
    case quint16(Opcode::Oack): {
        packet.m_opcode = Opcode::Oack;
        if (bytes.size() > MaxRequestBytes)
            return fail(ParseError::TooLong, why);
        ParseError optionError = ParseError::None;
        if (!parseOptions(bytes, 2, packet.m_options, optionError))
            return fail(optionError, why);
        return packet;
    }
    default:
        return fail(ParseError::UnknownOpcode, why, QString::number(op));
    }
}

QByteArray TftpPacket::serialize() const
{
    QByteArray out;
    put16(out, quint16(m_opcode));
    switch (m_opcode) {
    case Opcode::Rrq:
    case Opcode::Wrq:
        out.append(m_fileName).append('\0').append(m_mode.toLatin1()).append('\0');
        [[fallthrough]];
    case Opcode::Oack:
        for (const auto &[name, value] : m_options)
            out.append(name.toLatin1()).append('\0').append(value.toLatin1()).append('\0');
        break;
    case Opcode::Data:
        put16(out, m_block);
        out.append(m_payload);
        break;
    case Opcode::Ack:
        put16(out, m_block);
        break;
    case Opcode::Error:
        put16(out, quint16(m_errorCode));
        out.append(m_errorMessage.toLatin1()).append('\0');
        break;
    }
    return out;
}

TftpPacket TftpPacket::readRequest(const QString &fileName, const QString &mode, const QList<Option> &options)
{
    TftpPacket p;
    p.m_opcode = Opcode::Rrq;
    p.m_fileName = fileName.toUtf8();
    p.m_mode = mode;
    p.m_options = options;
    return p;
}

TftpPacket TftpPacket::writeRequest(const QString &fileName, const QString &mode)
{
    TftpPacket p = readRequest(fileName, mode);
    p.m_opcode = Opcode::Wrq;
    return p;
}

TftpPacket TftpPacket::data(quint16 block, QByteArray payload)
{
    TftpPacket p;
    p.m_opcode = Opcode::Data;
    p.m_block = block;
    p.m_payload = std::move(payload);
    return p;
}

TftpPacket TftpPacket::ack(quint16 block)
{
    TftpPacket p;
    p.m_opcode = Opcode::Ack;
    p.m_block = block;
    return p;
}

TftpPacket TftpPacket::error(ErrorCode code, const QString &message)
{
    TftpPacket p;
    p.m_opcode = Opcode::Error;
    p.m_errorCode = code;
    p.m_errorMessage = message;
    return p;
}

TftpPacket TftpPacket::optionAck(const QList<Option> &options)
{
    TftpPacket p;
    p.m_opcode = Opcode::Oack;
    p.m_options = options;
    return p;
}

std::optional<QString> TftpPacket::option(const QString &lowerName) const
{
    for (const auto &[name, value] : m_options) {
        if (name == lowerName)
            return value;
    }
    return std::nullopt;
}
