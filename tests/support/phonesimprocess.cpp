#include "tests/support/phonesimprocess.h"

#include "tests/support/netnsfixture.h"

#include <QJsonDocument>
#include <QProcess>

QString PhoneSimProcess::program()
{
    return QStringLiteral(SCCP2SIP_PHONESIM_PATH);
}

PhoneSimProcess::PhoneSimProcess(NetnsFixture &net, int index, const QStringList &arguments, QObject *parent)
    : QObject(parent)
{
    QStringList argv{
        program(),           QStringLiteral("--interface"), net.phoneInterface(index), QStringLiteral("--mac"),
        net.phoneMac(index), QStringLiteral("--events"),    QStringLiteral("json")};
    m_process = net.startInPhone(index, argv + arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PhoneSimProcess::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr = QByteArray(m_stderr + m_process->readAllStandardError()).right(8192); });
}

void PhoneSimProcess::onOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QJsonObject event = QJsonDocument::fromJson(m_pending.left(newline)).object();
        m_pending.remove(0, newline + 1);
        if (!event.isEmpty())
            m_events.append(event);
    }
}

QList<QJsonObject> PhoneSimProcess::eventsNamed(const QString &event) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : m_events) {
        if (e.value(QLatin1String("event")).toString() == event)
            out.append(e);
    }
    return out;
}

std::optional<QJsonObject> PhoneSimProcess::last(const QString &event) const
{
    const QList<QJsonObject> named = eventsNamed(event);
    if (named.isEmpty())
        return std::nullopt;
    return named.last();
}

int PhoneSimProcess::count(const QString &event, const QString &key, const QString &value) const
{
    int n = 0;
    for (const QJsonObject &e : eventsNamed(event)) {
        if (key.isEmpty() || e.value(key).toVariant().toString() == value)
            ++n;
    }
    return n;
}

QStringList PhoneSimProcess::requestedFiles(int from) const
{
    QStringList files;
    for (int i = qMax(0, from); i < m_events.size(); ++i) {
        if (m_events.at(i).value(QLatin1String("event")).toString() == QLatin1String("tftp-request"))
            files.append(m_events.at(i).value(QLatin1String("file")).toString());
    }
    return files;
}

int PhoneSimProcess::indexOf(const QString &event, int from) const
{
    for (int i = qMax(0, from); i < m_events.size(); ++i) {
        if (m_events.at(i).value(QLatin1String("event")).toString() == event)
            return i;
    }
    return -1;
}

void PhoneSimProcess::send(const QString &line)
{
    m_process->write(line.toUtf8() + '\n');
}

QString PhoneSimProcess::describe() const
{
    QStringList lines;
    for (qsizetype i = qMax<qsizetype>(0, m_events.size() - 40); i < m_events.size(); ++i)
        lines << QString::fromUtf8(QJsonDocument(m_events.at(i)).toJson(QJsonDocument::Compact));
    return lines.join(QLatin1Char('\n')) + QStringLiteral("\nstderr: ") + QString::fromLocal8Bit(m_stderr);
}
