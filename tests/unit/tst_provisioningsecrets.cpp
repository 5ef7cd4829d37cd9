#include "core/common/logging.h"
#include "core/provisioning/dialplanbuilder.h"
#include "core/provisioning/inventorycsv.h"
#include "core/provisioning/provisioningvalidator.h"
#include "core/provisioning/sepconfigbuilder.h"
#include "core/provisioning/sip7940configbuilder.h"
#include "core/provisioning/xmldefaultbuilder.h"
#include "tests/support/inmemorycredentialstore.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

// Secrets never reach logs: a provisioning flow with a known password, every log message captured (debug included), and
// the password nowhere in them, although it is in the generated files.
class TestProvisioningSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordNeverLogged_data();
    void passwordNeverLogged();
};

void TestProvisioningSecrets::passwordNeverLogged_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("short") << u"Xk7pQ2zr"_s;
    QTest::newRow("longer than advised") << u"Zq9LongSecret77"_s;
    QTest::newRow("refused characters") << u"Bad Secret\"9"_s;
}

void TestProvisioningSecrets::passwordNeverLogged()
{
    QFETCH(QString, password);
    g_messages.clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    const QByteArray csv = "mac,line,extension,password,label\n"
                           "00:1e:4a:79:41:00,1,201,\"" +
                           QString(password).replace(u"\""_s, u"\"\""_s).toUtf8() +
                           "\",Desk\n"
                           "00:0c:30:ab:cd:ef,1,202,\"" +
                           QString(password).replace(u"\""_s, u"\"\""_s).toUtf8() + "\",Desk\n";
    Result<InventoryCsv::Import> import = InventoryCsv::parse(csv);
    QVERIFY(import.ok());
    for (const ProvisioningIssue &issue : import->issues)
        qCWarning(lcProvisioning).noquote() << issue.toLogString(); // as the CLI and the bench do

    PbxSettings pbx;
    pbx.host = u"10.79.0.10"_s;
    pbx.ntpServer = u"10.79.0.1"_s;
    const ProvisioningTarget sip9{
        u"Cisco 7941"_s, 115, u"SIP41.9-4-2SR3-1S"_s, u"SIP41"_s, u"mk-sip.jar"_s, ProvisioningTarget::Protocol::Sip9};
    const ProvisioningTarget p0s3{u"Cisco 7940"_s, 8,         u"P0S3-8-12-00"_s,
                                  u"P0S3"_s,       QString(), ProvisioningTarget::Protocol::Sip7940};
    const MacAddress mac = *MacAddress::parse(u"001e4a794100");
    PhoneLine line{u"201"_s, QString(), password, u"Desk"_s, u"Desk"_s};
    QMap<int, PhoneLine> lines{{1, line}};
    for (const ProvisioningIssue &issue : ProvisioningValidator::validateLines(lines))
        qCWarning(lcProvisioning).noquote() << issue.toLogString();

    const GeneratedFile sep = SepConfigBuilder::build(mac, sip9, pbx, lines);
    QVERIFY(sep.content.contains(password.toUtf8()) || password.contains(u'"')); // '"' is escaped in XML
    XmlDefaultBuilder::build(pbx, {sip9, p0s3});
    QVERIFY(DialPlanBuilder::build(DialPlanBuilder::defaultRules(3)).ok());
    QVERIFY(Sip7940ConfigBuilder::sipDefault(p0s3, pbx).ok());
    const Result<GeneratedFile> sipMac = Sip7940ConfigBuilder::sipMac(mac, pbx, lines);
    if (sipMac.ok())
        QVERIFY(sipMac->content.contains(password.toLatin1()));
    else
        qCWarning(lcProvisioning).noquote() << sipMac.error().toLogString();

    InMemoryCredentialStore store;
    CredentialJob *write = store.write(CredentialStore::lineKey(mac, 1), password, &store);
    QSignalSpy written(write, &CredentialJob::finished);
    write->start();
    QVERIFY(written.wait(5000));
    CredentialJob *read = store.read(CredentialStore::lineKey(mac, 1), &store);
    QSignalSpy readDone(read, &CredentialJob::finished);
    read->start();
    QVERIFY(readDone.wait(5000));
    QCOMPARE(read->secret(), password);
    store.setUnavailable(true);
    CredentialJob *failing = store.write(CredentialStore::lineKey(mac, 1), password, &store);
    QSignalSpy failed(failing, &CredentialJob::finished);
    failing->start();
    QVERIFY(failed.wait(5000));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(g_messages.size() >= 8, qPrintable(g_messages.join(u'\n'))); // the capture really saw the flow
    QVERIFY(std::any_of(g_messages.cbegin(), g_messages.cend(),
                        [](const QString &m) { return m.startsWith(u"sccp2sip.credentials"_s); }));
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(password), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestProvisioningSecrets)
#include "tst_provisioningsecrets.moc"
