#include "tests/support/phonesim/phonesimlink.h"

#include <QProcess>
#include <QTimer>

#include <memory>

PhoneSimLink::PhoneSimLink(QString interfaceName, QObject *parent)
    : QObject(parent)
    , m_interface(std::move(interfaceName))
{}

void PhoneSimLink::setAddress(const QHostAddress &address, int prefixLength, Done done)
{
    run({QStringLiteral("addr"), QStringLiteral("replace"),
         QStringLiteral("%1/%2").arg(address.toString()).arg(prefixLength), QStringLiteral("dev"), m_interface},
        std::move(done));
}

void PhoneSimLink::clearAddresses(Done done)
{
    run({QStringLiteral("-4"), QStringLiteral("addr"), QStringLiteral("flush"), QStringLiteral("dev"), m_interface},
        std::move(done));
}

void PhoneSimLink::run(const QStringList &arguments, Done done)
{
    auto *process = new QProcess(this);
    auto callback = std::make_shared<Done>(std::move(done));
    const auto finish = [process, callback](bool ok, const QString &detail) {
        if (!*callback)
            return;
        const Done once = std::exchange(*callback, Done());
        process->deleteLater();
        once(ok, detail);
    };
    connect(process, &QProcess::finished, this, [process, finish](int code, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit && code == 0, QString::fromLocal8Bit(process->readAllStandardError()));
    });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false, process->errorString());
    });
    QTimer::singleShot(kTimeoutMs, process, [process, finish] {
        process->kill();
        finish(false, QStringLiteral("ip timed out"));
    });
    process->start(QStringLiteral("ip"), arguments);
}
