#pragma once

#include "core/phones/phonecatalog.h"
#include "tests/support/phonesim/phonesimconfigfile.h"
#include "tests/support/phonesim/phonesimdhcpclient.h"
#include "tests/support/phonesim/phonesimloadrules.h"
#include "tests/support/phonesim/phonesimoptions.h"
#include "tests/support/phonesim/phonesimstate.h"
#include "tests/support/phonesim/phonesimtftpclient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class PhoneSimEventLog;
class PhoneSimHttpServer;
class PhoneSimLink;

// One simulated Cisco 79xx, booting per docs/phones.md, "Boot sequences": DHCP, then the TFTP sequence its state calls
// for (SCCP normal boot, trust list, factory reset via termNN, SIP 9.x boot, 7940/60 P0S3 boot), flashing and rebooting
// when its config names another load (with the jump-load rule in docs/phones.md), and a web page with its load.
class PhoneSimPhone : public QObject
{
    Q_OBJECT
public:
    PhoneSimPhone(PhoneSimOptions options, const PhoneCatalog &catalog, const PhoneModel &model, PhoneSimState state,
                  PhoneSimEventLog &log, QObject *parent = nullptr);
    ~PhoneSimPhone() override;

    void start();
    // Technician actions, from the control channel: "erase-trust-list", "factory-reset", "reboot".
    bool control(const QString &command);

    const PhoneSimState &state() const { return m_state; }
    static QByteArray vendorClassFor(const PhoneModel &model, bool oldImage);
    static QString modelNumberFor(const PhoneModel &model);

private:
    using Then = std::function<void(const PhoneSimTftpClient::Outcome &)>;

    void boot();
    void onLeased(const PhoneSimDhcpClient::Lease &lease);
    void startTftp();
    void fetch(const QString &name, Then then);
    void fetchAll(QStringList names, std::function<void()> then);
    void later(std::function<void()> step);
    bool spendConfigTry();
    void reboot(const QString &reason);
    void record(const QString &event, QJsonObject fields = {});
    void saveState();
    void updateDevice();

    void bootXml();
    void askSigned();
    void askConfig();
    void onConfig(const PhoneSimConfigFile &config, const QString &file);
    void bootLegacy();
    void legacySipFiles();
    void upgrade(const QString &loadsFile, const QString &loadId);
    void flashImages(QStringList images, const QString &loadId, const QString &releaseLine, int index, bool downloaded);
    void fetchLocale();
    void ready();
    void listenHttp();

    bool isLegacy() const;
    PhoneProtocol runningProtocol() const;

    PhoneSimOptions m_options;
    const PhoneCatalog &m_catalog;
    const PhoneModel &m_model;
    PhoneSimLoadRules m_rules;
    PhoneSimState m_state;
    PhoneSimEventLog &m_log;
    PhoneSimDhcpClient *m_dhcp;
    PhoneSimTftpClient *m_tftp;
    PhoneSimHttpServer *m_http;
    QHostAddress m_leaseAddress;
    PhoneSimLink *m_link;
    Then m_then;
    quint64 m_generation = 0; // bumped at every reboot: continuations of an older boot are dropped
    int m_boots = 0;
    int m_configTries = 0;
    bool m_gaveUp = false;
    PhoneSimConfigFile m_config;
};
