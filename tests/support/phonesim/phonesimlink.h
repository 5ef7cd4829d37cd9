#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

// Puts the leased address on the phone's card and takes it off at reboot, with iproute2 (the simulator runs as
// root inside its own network namespace). Asynchronous: `done` runs once the command has finished.
class PhoneSimLink : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &detail)>;
    static constexpr int kTimeoutMs = 10000;

    explicit PhoneSimLink(QString interfaceName, QObject *parent = nullptr);

    void setAddress(const QHostAddress &address, int prefixLength, Done done);
    void clearAddresses(Done done);

private:
    void run(const QStringList &arguments, Done done);

    QString m_interface;
};
