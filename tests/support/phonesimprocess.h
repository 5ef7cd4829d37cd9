#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class NetnsFixture;
class QProcess;

// One sccp2sip-phonesim run in a phone namespace of a NetnsFixture, with its JSON event lines collected as they
// arrive (docs/phonesim.md). The fixture owns the process and stops it at teardown.
//
//   PhoneSimProcess phone(net, 0, {"--model", "7941", "--load", "SCCP41.8-5-2S"});
//   QTRY_VERIFY_WITH_TIMEOUT(phone.count("ready", "protocol", "SIP") > 0, 30000);
class PhoneSimProcess : public QObject
{
    Q_OBJECT
public:
    static QString program();

    // Adds --interface, --mac (the fixture's phone `index`) and --events json to `arguments`.
    PhoneSimProcess(NetnsFixture &net, int index, const QStringList &arguments, QObject *parent = nullptr);

    QProcess *process() const { return m_process; }
    const QList<QJsonObject> &events() const { return m_events; }
    QList<QJsonObject> eventsNamed(const QString &event) const;
    std::optional<QJsonObject> last(const QString &event) const;
    // Events named `event` (with `key` == `value` when a key is given).
    int count(const QString &event, const QString &key = {}, const QString &value = {}) const;
    // Files of the tftp-request events, in order; from event index `from` on.
    QStringList requestedFiles(int from = 0) const;
    int indexOf(const QString &event, int from = 0) const;
    // A control line on the phone's stdin ("erase-trust-list", "reboot", ...).
    void send(const QString &line);
    // The last event lines and stderr, for failure messages.
    QString describe() const;

private:
    void onOutput();

    QProcess *m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    QByteArray m_stderr;
};
