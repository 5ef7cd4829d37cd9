#include "core/tftp/tftpserver.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/tftp/tftpfilesource.h"
#include "core/tftp/tftpname.h"
#include "core/tftp/tftppacket.h"
#include "core/tftp/tftptimerqueue.h"

namespace {

using WireError = TftpPacket::ErrorCode;

// IPv4 and UDP headers plus TFTP's DATA header: what an MTU leaves for a block.
constexpr int kDataOverhead = 20 + 8 + 4;

// RFC 1350 netascii: LF becomes CR LF and a bare CR becomes CR NUL. Only for clients asking for it; the
// converted copy belongs to that one transfer.
QByteArray toNetascii(const TftpFile &file)
{
    QByteArray out;
    out.reserve(file.size() + file.size() / 16);
    for (qint64 i = 0; i < file.size(); ++i) {
        const char c = file.data()[i];
        if (c == '\n')
            out.append("\r\n", 2);
        else if (c == '\r')
            out.append("\r\0", 2);
        else
            out.append(c);
    }
    return out;
}

std::optional<qint64> number(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

TftpServer::TftpServer(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!m_config.clock)
        m_ownClock = std::make_unique<SystemClock>();
    m_clock = m_config.clock ? m_config.clock : m_ownClock.get();
    m_timers = new TftpTimerQueue(
        *m_clock,
        [this](quint64 id) {
            TftpTransfer *transfer = m_transfers.value(id);
            if (!transfer)
                return;
            ++m_dispatchDepth;
            transfer->onDeadline();
            --m_dispatchDepth;
            deleteRetired();
        },
        this);
    qRegisterMetaType<TftpReadRequest>();
    qRegisterMetaType<TftpTransferStats>();
    qRegisterMetaType<Error>();
}

TftpServer::~TftpServer()
{
    stop();
    m_retired.clear();
}

Result<void> TftpServer::start()
{
    if (!m_config.source)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no file source"));
    stop();
    m_sockets = NetUdpSocketSet::create(m_config.backend, this).release();
    m_sockets->setHandler([this](const NetUdpSocketSet::Datagram &datagram) { onDatagram(datagram); });
    m_sockets->setBusyPoll(m_config.busyPoll);
    // No SO_REUSEADDR: two servers could then share port 69 and split the requests between them. The shared
    // bind maps EADDRINUSE/EACCES to PortInUse/PortNeedsPrivileges and names the process holding the port.
    NetPlatform::UdpBindRequest request;
    request.address = m_config.address;
    request.port = m_config.port;
    request.broadcast = false;
    const Result<int> bound = m_sockets->open(request);
    if (!bound) {
        delete m_sockets;
        m_sockets = nullptr;
        return bound.error();
    }
    m_listener = *bound;
    qCInfo(lcTftp) << "listening on" << m_config.address.toString() << port();
    return {};
}

void TftpServer::stop()
{
    const auto transfers = m_transfers;
    m_transfers.clear();
    m_bySocket.clear();
    m_byPeer.clear();
    // Retired rather than deleted: stop() may run in a slot called from inside one of them (progress).
    for (TftpTransfer *transfer : transfers)
        m_retired.emplace_back(transfer);
    deleteRetired();
    if (m_sockets) {
        qCInfo(lcTftp) << "stopped listening on port" << port();
        m_sockets->close(m_listener);
        m_listener = -1;
        m_sockets->deleteLater();
        m_sockets = nullptr;
    }
}

bool TftpServer::isListening() const
{
    return m_sockets != nullptr;
}

quint16 TftpServer::port() const
{
    return m_sockets ? m_sockets->localPort(m_listener) : 0;
}

void TftpServer::setAccessPolicy(AccessPolicy policy)
{
    m_policy = std::move(policy);
}

void TftpServer::onDatagram(const NetUdpSocketSet::Datagram &datagram)
{
    ++m_dispatchDepth;
    if (datagram.socket == m_listener) {
        handleRequest(datagram);
    } else if (TftpTransfer *transfer = m_bySocket.value(datagram.socket)) {
        // Nothing for a socket whose transfer has ended: the set drops what is still queued for a closed socket.
        transfer->handleDatagram(datagram);
    }
    --m_dispatchDepth;
    deleteRetired();
}

void TftpServer::deleteRetired()
{
    if (m_dispatchDepth == 0)
        m_retired.clear();
}

void TftpServer::handleRequest(const NetUdpSocketSet::Datagram &datagram)
{
    const QHostAddress from(datagram.from);
    const quint16 fromPort = datagram.fromPort;
    TftpPacket::ParseError why = TftpPacket::ParseError::None;
    const Result<TftpPacket> parsed = TftpPacket::parse(datagram.bytes, &why);
    if (!parsed) {
        qCDebug(lcTftp) << "malformed request from" << from << fromPort << parsed.error().toLogString();
        // Answering garbage that claims to be an ERROR could start an error ping-pong.
        if (datagram.bytes.size() < 2 || datagram.bytes.at(1) != char(TftpPacket::Opcode::Error))
            reply(quint16(WireError::IllegalOperation), QStringLiteral("Malformed request"), from, fromPort);
        return;
    }
    const TftpPacket &packet = parsed.value();
    if (packet.opcode() == TftpPacket::Opcode::Wrq) {
        qCInfo(lcTftp) << "refused write request from" << from.toString() << "for"
                       << QString::fromLatin1(packet.fileName());
        reply(quint16(WireError::AccessViolation), QStringLiteral("Server is read-only"), from, fromPort);
        return;
    }
    if (packet.opcode() != TftpPacket::Opcode::Rrq) {
        // Stray DATA/ACK/ERROR on the listening port: not a transfer of ours.
        if (packet.opcode() != TftpPacket::Opcode::Error)
            reply(quint16(WireError::UnknownTransferId), QStringLiteral("Unknown transfer ID"), from, fromPort);
        return;
    }
    // Slots run inside this call (the previous transfer's finished, readRequested, the access policy) may stop
    // the server; once stopped there is no socket set left to serve from.
    if (!resolvePreviousTransfer(from, fromPort) || !m_sockets)
        return;
    TftpReadRequest request;
    request.transferId = m_nextId++;
    request.client = from;
    request.clientPort = fromPort;
    request.requestedName = QString::fromLatin1(packet.fileName());
    request.mode = packet.mode();
    request.options = packet.options();
    const Result<QString> name = TftpName::normalise(packet.fileName());
    if (name)
        request.name = name.value();
    Q_EMIT readRequested(request);
    if (!m_sockets)
        return;

    if (!name) {
        refuse(request, quint16(WireError::AccessViolation), QStringLiteral("Access violation"), name.error());
        return;
    }
    if (request.mode != QStringLiteral("octet") && request.mode != QStringLiteral("netascii")) {
        refuse(request, quint16(WireError::IllegalOperation), QStringLiteral("Unsupported mode"),
               Error(ErrorCode::TftpMalformedPacket, QStringLiteral("mode %1").arg(request.mode)));
        return;
    }
    if (m_transfers.size() >= m_config.maxTransfers) {
        refuse(request, quint16(WireError::NotDefined), QStringLiteral("Server busy"),
               Error(ErrorCode::TftpTransferAborted, QStringLiteral("%1 transfers running").arg(m_transfers.size())));
        return;
    }
    startTransfer(request, packet, datagram);
}

bool TftpServer::resolvePreviousTransfer(const QHostAddress &from, quint16 fromPort)
{
    const auto existing = m_byPeer.constFind({from, fromPort});
    if (existing == m_byPeer.constEnd())
        return true;
    TftpTransfer *previous = m_transfers.value(existing.value());
    // A client fetching file after file from one port sends its next RRQ right behind the last ACK of the
    // previous transfer, which may still sit unread on that transfer's socket: read it first.
    previous->processPending();
    if (!m_byPeer.contains({from, fromPort}))
        return true;
    if (!previous->clientResponded()) {
        // The client re-sent its request before our first reply arrived: one transfer is enough.
        qCDebug(lcTftp) << "duplicate RRQ from" << from << fromPort << "ignored";
        return false;
    }
    // The client has moved on (gave up, or restarted): the new request wins.
    previous->abandon(Error(ErrorCode::TftpTransferAborted, QStringLiteral("superseded by a new request")));
    return true;
}

void TftpServer::startTransfer(TftpReadRequest &request, const TftpPacket &packet,
                               const NetUdpSocketSet::Datagram &datagram)
{
    Result<TftpFile> opened = m_config.source->open(request.name, request.client);
    if (!opened) {
        const Error &error = opened.error();
        if (error.code() == ErrorCode::FileNotFound)
            refuse(request, quint16(WireError::FileNotFound), QStringLiteral("File not found"), error);
        else if (error.code() == ErrorCode::TftpAccessDenied)
            refuse(request, quint16(WireError::AccessViolation), QStringLiteral("Access violation"), error);
        else
            refuse(request, quint16(WireError::NotDefined), QStringLiteral("Cannot read file"), error);
        return;
    }
    TftpFile file = std::move(opened).value();
    // Asked with the file's real name, after case folding: "sep….cnf.xml" must not slip past a rule for "SEP…".
    if (m_policy && !m_policy(file.name(), request.client)) {
        refuse(request, quint16(WireError::AccessViolation), QStringLiteral("Access violation"),
               Error(ErrorCode::TftpAccessDenied,
                     QStringLiteral("%1 refused to %2").arg(file.name(), request.client.toString())));
        return;
    }
    if (request.mode == QStringLiteral("netascii"))
        file = TftpFile::fromBytes(file.name(), toNetascii(file));

    // RFC 2347: the OACK names only options the client sent and we accept; unknown ones are ignored.
    TftpTransfer::Parameters params;
    QList<TftpPacket::Option> accepted;
    for (const auto &[option, value] : packet.options()) {
        const std::optional<qint64> n = number(value);
        if (option == QStringLiteral("blksize") && n && *n >= 8) {
            params.blockSize = int(qMin<qint64>(*n, blockSizeLimit(datagram.interfaceIndex)));
            accepted.append({option, QString::number(params.blockSize)});
        } else if (option == QStringLiteral("tsize") && n) {
            accepted.append({option, QString::number(file.size())});
        } else if (option == QStringLiteral("timeout") && n && *n >= 1 && *n <= 255) {
            params.timeoutSeconds = int(*n);
            accepted.append({option, QString::number(*n)});
        } else if (option == QStringLiteral("windowsize") && n && *n >= 1 && *n <= 65535) {
            params.windowSize = int(qMin<qint64>(*n, m_config.maxWindowSize));
            accepted.append({option, QString::number(params.windowSize)});
        }
    }
    if (!accepted.isEmpty())
        params.optionAck = TftpPacket::optionAck(accepted).serialize();

    if (!m_sockets)
        return;
    auto *transfer = new TftpTransfer(request.transferId, file, params, request.client, request.clientPort,
                                      m_config.timing, {*m_clock, *m_sockets, *m_timers, *this});
    // Answer from the address the client wrote to, or it would take our reply for a stranger's.
    const bool boundToAny =
        m_config.address.isEqual(QHostAddress::AnyIPv4) || m_config.address.isEqual(QHostAddress::Any);
    const QHostAddress local = boundToAny && datagram.to != 0 ? QHostAddress(datagram.to) : m_config.address;
    const Result<void> started = transfer->start(local);
    if (!started) {
        delete transfer;
        refuse(request, quint16(WireError::NotDefined), QStringLiteral("Server error"), started.error());
        return;
    }
    m_transfers.insert(request.transferId, transfer);
    m_bySocket.insert(transfer->socket(), transfer);
    m_byPeer.insert({request.client, request.clientPort}, request.transferId);
    qCInfo(lcTftp).nospace() << "sending " << file.name() << " (" << file.size() << " bytes) to "
                             << request.client.toString() << ":" << request.clientPort << " blksize "
                             << params.blockSize << " windowsize " << params.windowSize;
}

void TftpServer::transferProgressed(quint64 id, qint64 bytesSent, qint64 totalBytes)
{
    Q_EMIT progress(id, bytesSent, totalBytes);
}

void TftpServer::transferFinished(quint64 id, const TftpTransferStats &stats)
{
    qCInfo(lcTftp).nospace() << "sent " << stats.name << " (" << stats.bytes << " bytes) to " << stats.peer.toString()
                             << " in " << stats.durationMs << " ms, blksize " << stats.blockSize << ", windowsize "
                             << stats.windowSize << ", " << stats.retransmits << " retransmits";
    forget(id);
    Q_EMIT finished(id, stats);
}

void TftpServer::transferFailed(quint64 id, const Error &reason)
{
    qCWarning(lcTftp) << "transfer" << id << "failed:" << reason.toLogString();
    forget(id);
    Q_EMIT failed(id, reason);
}

void TftpServer::refuse(const TftpReadRequest &request, quint16 tftpCode, const QString &message, const Error &reason)
{
    // Misses are routine (phones probe CTL/ITL files on every boot): debug, not warning.
    qCDebug(lcTftp) << "refused" << request.requestedName << "to" << request.client.toString() << reason.toLogString();
    reply(tftpCode, message, request.client, request.clientPort);
    Q_EMIT failed(request.transferId, reason);
}

void TftpServer::reply(quint16 tftpCode, const QString &message, const QHostAddress &to, quint16 port)
{
    if (m_sockets)
        m_sockets->send(m_listener, TftpPacket::error(TftpPacket::ErrorCode(tftpCode), message).serialize(),
                        to.toIPv4Address(), port);
}

int TftpServer::blockSizeLimit(int interfaceIndex) const
{
    // Path MTU discovery needs a connected socket and a first oversized packet; the card's MTU is known at once
    // and is what a phone on the bench's own segment sees. Loopback's 64 KiB leaves the configured maximum.
    const std::optional<int> mtu = interfaceIndex > 0 ? NetPlatform::interfaceMtu(interfaceIndex) : std::nullopt;
    if (!mtu || *mtu - kDataOverhead < 8)
        return m_config.maxBlockSize;
    return qMin(m_config.maxBlockSize, *mtu - kDataOverhead);
}

void TftpServer::forget(quint64 transferId)
{
    TftpTransfer *transfer = m_transfers.take(transferId);
    if (!transfer)
        return;
    // By pointer: the transfer has closed its socket, and the descriptor may already serve a newer transfer.
    if (m_bySocket.value(transfer->socket()) == transfer)
        m_bySocket.remove(transfer->socket());
    m_byPeer.remove({transfer->peer(), transfer->peerPort()});
    m_retired.emplace_back(transfer);
}
