// The bench's stage machine, driven by synthetic server events and a FakeClock (no sockets). Each row is a script
// of what a phone does; the expected stage, cause, fix and next load are what the technician would be shown.
// Integration label only because the firmware library it consults is a real folder of synthetic bundles.
#include "core/bench/phonetracker.h"
#include "tests/support/benchlibrary.h"
#include "tests/support/fakeclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kMac = QStringLiteral("001E4A000001");
const QString kVendor7941 = QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G");
const QString kVendor7942 = QStringLiteral("Cisco Systems, Inc. IP Phone CP-7942G");
const QString kTarget = QStringLiteral("SIP41.9-4-2SR3-1S");
const QString kJump = QStringLiteral("SCCP41.8-5-2SR1S");

} // namespace

class TestPhoneTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void script_data();
    void script();
    void progressIsBytesOfTheBundle();
    void configGoesOnlyToTheLeasedAddress();

private:
    std::unique_ptr<PhoneTracker> tracker(const QString &library, FakeClock &clock) const;
    void play(PhoneTracker &tracker, FakeClock &clock, const QString &library, const QStringList &script) const;

    QTemporaryDir m_dir;
    QString m_full;   // target + jump load
    QString m_noJump; // target only
    PhoneCatalog m_catalog;
};

void TestPhoneTracker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = PhoneCatalog::load().value();
    QString failure;
    m_full = m_dir.filePath(QStringLiteral("full"));
    QVERIFY2(BenchLibrary::build(m_full, BenchLibrary::sip41WithJump(), &failure), qPrintable(failure));
    m_noJump = m_dir.filePath(QStringLiteral("nojump"));
    QVERIFY2(BenchLibrary::build(m_noJump, {SyntheticBundle::sip(QStringLiteral("41"))}, &failure),
             qPrintable(failure));
}

std::unique_ptr<PhoneTracker> TestPhoneTracker::tracker(const QString &library, FakeClock &clock) const
{
    FirmwareLibrary firmware(library, PhoneCatalog::load().value());
    if (!firmware.reload().ok())
        return nullptr;
    return std::make_unique<PhoneTracker>(m_catalog, firmware, clock, PhoneTracker::Timing{60000, 180000});
}

// Script lines: "dhcp VENDOR", "lease IP", "rrq NAME" (from 10.0.0.5), "images LOADID" (request and finish every
// image of that bundle), "web LOAD" (page read before conversion), "verify LOAD" (after), "verify-fails",
// "wait MS" (advance the clock, then tick). "$MAC" is replaced by the phone's MAC.
void TestPhoneTracker::play(PhoneTracker &tracker, FakeClock &clock, const QString &library,
                            const QStringList &script) const
{
    const MacAddress mac = *MacAddress::parse(kMac);
    const QHostAddress ip(QStringLiteral("10.0.0.5"));
    FirmwareLibrary firmware(library, PhoneCatalog::load().value());
    QVERIFY(firmware.reload().ok());
    for (QString line : script) {
        line.replace(QStringLiteral("$MAC"), kMac);
        const QString verb = line.section(QLatin1Char(' '), 0, 0);
        const QString arg = line.section(QLatin1Char(' '), 1);
        if (verb == QLatin1String("dhcp")) {
            tracker.dhcpSeen(mac, arg, QStringLiteral("SEP") + kMac);
        } else if (verb == QLatin1String("lease")) {
            tracker.leased(mac, QHostAddress(arg));
        } else if (verb == QLatin1String("rrq")) {
            QCOMPARE(tracker.requestSeen(ip, arg), std::optional<MacAddress>(mac));
        } else if (verb == QLatin1String("images")) {
            const std::optional<FirmwareBundle> bundle = firmware.bundle(arg);
            QVERIFY2(bundle, qPrintable(arg));
            tracker.requestSeen(ip, bundle->loadsFileName);
            for (const FirmwareImage &image : bundle->images) {
                tracker.requestSeen(ip, image.fileName);
                tracker.transferFinished(mac, image.fileName, image.size, true);
            }
        } else if (verb == QLatin1String("web") || verb == QLatin1String("verify")) {
            PhoneDeviceInfo info;
            info.versionId = arg;
            info.appLoadId = arg;
            info.serialNumber = QStringLiteral("FCH12345678");
            tracker.webPageRead(mac, info, verb == QLatin1String("verify"));
        } else if (verb == QLatin1String("verify-fails")) {
            tracker.webPageFailed(mac, Error(ErrorCode::TimedOut));
        } else if (verb == QLatin1String("wait")) {
            clock.advanceMs(arg.toLongLong());
            tracker.tick();
        } else {
            QFAIL(qPrintable(QStringLiteral("bad script line: ") + line));
        }
    }
}

void TestPhoneTracker::script_data()
{
    QTest::addColumn<bool>("withJump");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("nextLoad");

    const QStringList boot{QStringLiteral("dhcp ") + kVendor7941, QStringLiteral("lease 10.0.0.5"),
                           QStringLiteral("rrq CTLSEP$MAC.tlv")};
    const QStringList converted =
        boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("images ") + kTarget,
                           QStringLiteral("rrq CTLSEP$MAC.tlv"), QStringLiteral("rrq SEP$MAC.cnf.xml"),
                           QStringLiteral("rrq /mk-sip.jar")};

    QTest::newRow("first sight") << true << QStringList{QStringLiteral("dhcp ") + kVendor7941} << u"detected"_qs
                                 << QString() << QString() << kTarget;
    QTest::newRow("asks for its config") << true << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml")}
                                         << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("fetching images") << true << boot + QStringList{QStringLiteral("rrq SIP41.9-4-2SR3-1S.loads")}
                                     << u"firmware"_qs << QString() << QString() << kTarget;
    QTest::newRow("all images: rebooting") << true << boot + QStringList{QStringLiteral("images ") + kTarget}
                                           << u"rebooting"_qs << QString() << QString() << kTarget;
    QTest::newRow("sip jar: sip") << true << converted << u"sip"_qs << QString() << QString() << kTarget;
    QTest::newRow("web page shows the target") << true << converted + QStringList{QStringLiteral("verify ") + kTarget}
                                               << u"verified"_qs << QString() << QString() << kTarget;
    QTest::newRow("web page shows another load")
        << true << converted + QStringList{QStringLiteral("verify ") + kJump} << u"failed"_qs << u"PhoneWrongLoad"_qs
        << u"check-phone"_qs << kTarget;
    QTest::newRow("web page never answers") << true << converted + QStringList{QStringLiteral("verify-fails")}
                                            << u"failed"_qs << u"VerificationFailed"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("trust list") << true << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn")}
                                << u"trust-list"_qs << u"PhoneTrustListPresent"_qs << u"erase-trust-list"_qs << kTarget;
    QTest::newRow("trust list for a minute: reset hint")
        << true
        << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"), QStringLiteral("wait 30000"),
                              QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"), QStringLiteral("wait 31000")}
        << u"trust-list"_qs << u"PhoneTrustListPresent"_qs << u"factory-reset"_qs << kTarget;
    QTest::newRow("trust list erased") << true
                                       << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"),
                                                             QStringLiteral("rrq SEP$MAC.cnf.xml")}
                                       << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("old load on its page: jump load first")
        << true << boot + QStringList{QStringLiteral("web SCCP41.8-2-1S")} << u"detected"_qs << QString() << QString()
        << kJump;
    QTest::newRow("old load, no jump load imported")
        << false << boot + QStringList{QStringLiteral("web SCCP41.8-2-1S")} << u"failed"_qs
        << u"PhoneJumpLoadMissing"_qs << u"import-jump-load"_qs << kTarget;
    QTest::newRow("8.5(2) on its page: straight to the target")
        << true << boot + QStringList{QStringLiteral("web SCCP41.8-5-2SR1S")} << u"detected"_qs << QString()
        << QString() << kTarget;
    QTest::newRow("reboot loop: jump load next")
        << true
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("rrq SEP$MAC.cnf.xml"),
                              QStringLiteral("images ") + kTarget}
        << u"rebooting"_qs << QString() << QString() << kJump;
    QTest::newRow("jump load fetched: target again")
        << true
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                              QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("images ") + kJump}
        << u"rebooting"_qs << QString() << QString() << kTarget;
    QTest::newRow("jump then target: sip")
        << true << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                                      QStringLiteral("images ") + kJump,   QStringLiteral("rrq SEP$MAC.cnf.xml"),
                                      QStringLiteral("images ") + kTarget, QStringLiteral("rrq /mk-sip.jar"),
                                      QStringLiteral("verify ") + kTarget}
        << u"verified"_qs << QString() << QString() << kTarget;
    QTest::newRow("loop even after the jump load")
        << true
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                              QStringLiteral("images ") + kJump, QStringLiteral("images ") + kTarget,
                              QStringLiteral("images ") + kTarget}
        << u"failed"_qs << u"PhoneRebootLoop"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("reboot loop, no jump load imported")
        << false << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget}
        << u"failed"_qs << u"PhoneJumpLoadMissing"_qs << u"import-jump-load"_qs << kTarget;
    QTest::newRow("no SIP bundle for its family")
        << true << QStringList{QStringLiteral("dhcp ") + kVendor7942} << u"failed"_qs << u"PhoneSipBundleMissing"_qs
        << u"import-sip-bundle"_qs << QString();
    QTest::newRow("silent: idle") << true << boot + QStringList{QStringLiteral("wait 181000")} << u"idle"_qs
                                  << u"PhoneIdle"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("idle, then back") << true
                                     << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml"),
                                                           QStringLiteral("wait 181000"),
                                                           QStringLiteral("rrq CTLSEP$MAC.tlv")}
                                     << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("verified stays verified")
        << true << converted + QStringList{QStringLiteral("verify ") + kTarget, QStringLiteral("wait 400000")}
        << u"verified"_qs << QString() << QString() << kTarget;
}

void TestPhoneTracker::script()
{
    QFETCH(bool, withJump);
    QFETCH(QStringList, script);
    QFETCH(QString, stage);
    QFETCH(QString, cause);
    QFETCH(QString, fix);
    QFETCH(QString, nextLoad);
    FakeClock clock;
    const QString library = withJump ? m_full : m_noJump;
    std::unique_ptr<PhoneTracker> machine = tracker(library, clock);
    QVERIFY(machine);
    // The one phone event carries every change: the last snapshot published is the tracker's record.
    std::optional<PhoneRecord> lastPublished;
    connect(machine.get(), &PhoneTracker::phoneChanged, this,
            [&](const PhoneRecord &changed) { lastPublished = changed; });
    play(*machine, clock, library, script);
    const std::optional<PhoneRecord> record = machine->record(*MacAddress::parse(kMac));
    QVERIFY(record);
    QCOMPARE(PhoneStageNames::toString(record->stage), stage);
    QCOMPARE(record->cause.isError() ? Error::codeName(record->cause.code()) : QString(), cause);
    QCOMPARE(PhoneStageNames::toString(record->fix), fix);
    QCOMPARE(machine->loadToServe(record->mac), nextLoad);
    // The timeline ends in the current stage, and nothing changed after the last event said so.
    QCOMPARE(record->history.constLast().stage, record->stage);
    QVERIFY(lastPublished);
    QCOMPARE(lastPublished->stage, record->stage);
    QCOMPARE(lastPublished->history.size(), record->history.size());
    QCOMPARE(lastPublished->cause.code(), record->cause.code());
    QCOMPARE(lastPublished->fix, record->fix);
    if (fix == QLatin1String("factory-reset"))
        QCOMPARE(record->fixDetail, u"123456789*0# 3491672850*#"_qs);
    if (cause == QLatin1String("PhoneSipBundleMissing"))
        QCOMPARE(record->fixDetail, u"SIP42"_qs);
}

void TestPhoneTracker::progressIsBytesOfTheBundle()
{
    FakeClock clock;
    std::unique_ptr<PhoneTracker> machine = tracker(m_full, clock);
    const MacAddress mac = *MacAddress::parse(kMac);
    const QHostAddress ip(QStringLiteral("10.0.0.5"));
    machine->dhcpSeen(mac, kVendor7941, QString());
    machine->leased(mac, ip);
    FirmwareLibrary library(m_full, PhoneCatalog::load().value());
    QVERIFY(library.reload().ok());
    const FirmwareBundle bundle = *library.bundle(kTarget);
    QSignalSpy progress(machine.get(), &PhoneTracker::transferProgressed);
    machine->requestSeen(ip, bundle.loadsFileName);
    const FirmwareImage &first = bundle.images.at(0);
    const FirmwareImage &second = bundle.images.at(1);
    machine->requestSeen(ip, first.fileName);
    machine->fileProgressed(mac, first.fileName, first.size / 2);
    QCOMPARE(progress.constLast().at(1).toLongLong(), first.size / 2);
    QCOMPARE(progress.constLast().at(2).toLongLong(), bundle.totalBytes());
    machine->transferFinished(mac, first.fileName, first.size, true);
    machine->requestSeen(ip, second.fileName);
    machine->fileProgressed(mac, second.fileName, 100);
    QCOMPARE(progress.constLast().at(1).toLongLong(), first.size + 100);
    QCOMPARE(machine->record(mac)->currentFile, second.fileName);
    QCOMPARE(machine->record(mac)->stage, PhoneStage::Firmware);
}

void TestPhoneTracker::configGoesOnlyToTheLeasedAddress()
{
    FakeClock clock;
    std::unique_ptr<PhoneTracker> machine = tracker(m_full, clock);
    const MacAddress mac = *MacAddress::parse(kMac);
    machine->leased(mac, QHostAddress(QStringLiteral("10.0.0.5")));
    bool claimed = true;
    QVERIFY(machine->mayReceiveConfig(mac, QHostAddress(QStringLiteral("10.0.0.5")), &claimed));
    QVERIFY(!claimed);
    QVERIFY(!machine->mayReceiveConfig(mac, QHostAddress(QStringLiteral("10.0.0.6")), &claimed));
    // A stranger's request is not attributed to the phone it names.
    QCOMPARE(machine->requestSeen(QHostAddress(QStringLiteral("10.0.0.6")), u"SEP"_qs + kMac + u".cnf.xml"_qs),
             std::nullopt);

    // External DHCP: the first asker owns the config for the session.
    std::unique_ptr<PhoneTracker> external = tracker(m_full, clock);
    external->setLearnAddressesFromNames(true);
    const MacAddress other = *MacAddress::parse(u"001E4A000002");
    QVERIFY(external->mayReceiveConfig(other, QHostAddress(QStringLiteral("10.0.0.7")), &claimed));
    QVERIFY(claimed);
    QVERIFY(external->mayReceiveConfig(other, QHostAddress(QStringLiteral("10.0.0.7")), &claimed));
    QVERIFY(!claimed);
    QVERIFY(!external->mayReceiveConfig(other, QHostAddress(QStringLiteral("10.0.0.8")), &claimed));
}

QTEST_GUILESS_MAIN(TestPhoneTracker)
#include "tst_phonetracker.moc"
