#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One TFTP datagram (RFC 1350, options per RFC 2347/2348/2349/7440), decoded or to be encoded. Pure value:
// no sockets. The server's DATA hot path does not go through this class (it writes the 4-byte header in
// place); this is the codec for requests, ACKs, errors and OACKs, and for test clients.
class TftpPacket
{
public:
    enum class Opcode : quint16 { Rrq = 1, Wrq = 2, Data = 3, Ack = 4, Error = 5, Oack = 6 };
    // RFC 1350 / 2347 error codes as they travel on the wire.
    enum class ErrorCode : quint16 {
        NotDefined = 0,
        FileNotFound = 1,
        AccessViolation = 2,
        DiskFull = 3,
        IllegalOperation = 4,
        UnknownTransferId = 5,
        FileExists = 6,
        NoSuchUser = 7,
        OptionRefused = 8,
    };
    // Why parse() refused a datagram; its name leads the Error's detail so logs and tests can tell.
    enum class ParseError {
        None,
        TooShort,
        TooLong,
        UnknownOpcode,
        MissingFileName,
        UnterminatedString,
        EmptyFileName,
        MissingMode,
        UnterminatedOption,
        TooManyOptions,
        OptionTooLong,
        DuplicateOption,
        TrailingBytes,
        DataTooLong,
    };

    // Requests are bounded well below any datagram we would accept.
    static constexpr int MaxDatagram = 65468; // 4-byte header + largest RFC 2348 block
    static constexpr int MaxOptions = 16;
    static constexpr int MaxOptionText = 64;
    static constexpr int MaxFileNameBytes = 512;

    using Option = std::pair<QString, QString>; // name lower-cased, value as sent

    static Result<TftpPacket> parse(QByteArrayView datagram, ParseError *why = nullptr);
    QByteArray serialize() const;

    static TftpPacket readRequest(const QString &fileName, const QString &mode = QStringLiteral("octet"),
                                  const QList<Option> &options = {});
    static TftpPacket writeRequest(const QString &fileName, const QString &mode = QStringLiteral("octet"));
    static TftpPacket data(quint16 block, QByteArray payload);
    static TftpPacket ack(quint16 block);
    static TftpPacket error(ErrorCode code, const QString &message);
    static TftpPacket optionAck(const QList<Option> &options);

    static QString parseErrorName(ParseError error);

    Opcode opcode() const { return m_opcode; }
    // RRQ/WRQ: raw name bytes as sent (normalise with TftpName before use), mode lower-cased.
    const QByteArray &fileName() const { return m_fileName; }
    const QString &mode() const { return m_mode; }
    // RRQ/WRQ/OACK options in the order sent; empty names (the 7960's stray NUL) are dropped.
    const QList<Option> &options() const { return m_options; }
    std::optional<QString> option(const QString &lowerName) const;
    // DATA/ACK block number.
    quint16 block() const { return m_block; }
    const QByteArray &payload() const { return m_payload; }
    ErrorCode errorCode() const { return m_errorCode; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    Opcode m_opcode = Opcode::Ack;
    QByteArray m_fileName;
    QString m_mode;
    QList<Option> m_options;
    quint16 m_block = 0;
    QByteArray m_payload;
    ErrorCode m_errorCode = ErrorCode::NotDefined;
    QString m_errorMessage;
};
