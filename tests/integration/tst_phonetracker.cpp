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
const QString kVendor7940 = QStringLiteral("Cisco Systems, Inc. IP Phone CP-7940G");
const QString kLegacyTarget = QStringLiteral("P0S3-8-12-00");

} // namespace

class TestPhoneTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void script_data();
    void script();
    void progressIsBytesOfTheBundle();
    void skippedImagesNamedAndUnreadPageAskedAgain();
    void configGoesOnlyToTheLeasedAddress();

private:
    std::unique_ptr<PhoneTracker> tracker(const QString &library, FakeClock &clock) const;
    void play(PhoneTracker &tracker, FakeClock &clock, const QString &library, const QStringList &script) const;

    QTemporaryDir m_dir;
    QString m_full;   // target + jump load
    QString m_noJump; // target only
    QString m_legacy; // 7940/7960 SIP 8.12
    PhoneCatalog m_catalog;
};

void TestPhoneTracker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = PhoneCatalog::load().value();
    QString failure;
    m_full = m_dir.filePath(QStringLiteral("full"));
    QVERIFY2(BenchLibrary::build(m_full, BenchLibrary::sip41WithJump(), &failure), qPrintable(failure));
    m_legacy = m_dir.filePath(QStringLiteral("legacy"));
    QVERIFY2(BenchLibrary::build(m_legacy, {SyntheticBundle::legacy7940()}, &failure), qPrintable(failure));
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
// image of that bundle), "some-images N LOADID" (only the first N), "web LOAD" (page read before conversion),
// "verify LOAD" (after), "verify-7940 VERSION LOADID" (a 7940/7960 page), "verify-fails", "import-jump" (the
// jump load's library arrives mid-run), "wait MS" (advance the clock, then tick). "$MAC" is replaced by the MAC.
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
        } else if (verb == QLatin1String("some-images")) {
            // "some-images N LOADID": the .loads and the first N images, the rest already in flash.
            const std::optional<FirmwareBundle> bundle = firmware.bundle(arg.section(QLatin1Char(' '), 1));
            QVERIFY2(bundle, qPrintable(arg));
            tracker.requestSeen(ip, bundle->loadsFileName);
            for (const FirmwareImage &image : bundle->images.first(arg.section(QLatin1Char(' '), 0, 0).toInt())) {
                tracker.requestSeen(ip, image.fileName);
                tracker.transferFinished(mac, image.fileName, image.size, true);
            }
        } else if (verb == QLatin1String("import-jump")) {
            FirmwareLibrary full(m_full, PhoneCatalog::load().value());
            QVERIFY(full.reload().ok());
            tracker.setLibrary(full);
            firmware = full;
        } else if (verb == QLatin1String("verify-7940")) {
            PhoneDeviceInfo info;
            info.versionId = arg.section(QLatin1Char(' '), 0, 0);
            info.appLoadId = arg.section(QLatin1Char(' '), 1);
            tracker.webPageRead(mac, info, true);
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
    QTest::addColumn<QString>("library"); // full (target + jump load), nojump, legacy (7940/7960 SIP 8.12)
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

    QTest::newRow("first sight") << u"full"_qs << QStringList{QStringLiteral("dhcp ") + kVendor7941} << u"detected"_qs
                                 << QString() << QString() << kTarget;
    QTest::newRow("asks for its config") << u"full"_qs << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml")}
                                         << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("fetching images") << u"full"_qs << boot + QStringList{QStringLiteral("rrq SIP41.9-4-2SR3-1S.loads")}
                                     << u"firmware"_qs << QString() << QString() << kTarget;
    QTest::newRow("all images: rebooting") << u"full"_qs << boot + QStringList{QStringLiteral("images ") + kTarget}
                                           << u"rebooting"_qs << QString() << QString() << kTarget;
    QTest::newRow("sip jar: sip") << u"full"_qs << converted << u"sip"_qs << QString() << QString() << kTarget;
    QTest::newRow("web page shows the target")
        << u"full"_qs << converted + QStringList{QStringLiteral("verify ") + kTarget} << u"verified"_qs << QString()
        << QString() << kTarget;
    QTest::newRow("web page shows another load")
        << u"full"_qs << converted + QStringList{QStringLiteral("verify ") + kJump} << u"failed"_qs
        << u"PhoneWrongLoad"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("trust list") << u"full"_qs << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn")}
                                << u"trust-list"_qs << u"PhoneTrustListPresent"_qs << u"erase-trust-list"_qs << kTarget;
    QTest::newRow("trust list for a minute: reset hint")
        << u"full"_qs
        << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"), QStringLiteral("wait 30000"),
                              QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"), QStringLiteral("wait 31000")}
        << u"trust-list"_qs << u"PhoneTrustListPresent"_qs << u"factory-reset"_qs << kTarget;
    QTest::newRow("trust list erased") << u"full"_qs
                                       << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml.sgn"),
                                                             QStringLiteral("rrq SEP$MAC.cnf.xml")}
                                       << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("old load on its page: jump load first")
        << u"full"_qs << boot + QStringList{QStringLiteral("web SCCP41.8-2-1S")} << u"detected"_qs << QString()
        << QString() << kJump;
    QTest::newRow("old load, no jump load imported")
        << u"nojump"_qs << boot + QStringList{QStringLiteral("web SCCP41.8-2-1S")} << u"failed"_qs
        << u"PhoneJumpLoadMissing"_qs << u"import-jump-load"_qs << kTarget;
    QTest::newRow("8.5(2) on its page: straight to the target")
        << u"full"_qs << boot + QStringList{QStringLiteral("web SCCP41.8-5-2SR1S")} << u"detected"_qs << QString()
        << QString() << kTarget;
    QTest::newRow("reboot loop: jump load next")
        << u"full"_qs
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("rrq SEP$MAC.cnf.xml"),
                              QStringLiteral("images ") + kTarget}
        << u"rebooting"_qs << QString() << QString() << kJump;
    QTest::newRow("jump load fetched: target again")
        << u"full"_qs
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                              QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("images ") + kJump}
        << u"rebooting"_qs << QString() << QString() << kTarget;
    QTest::newRow("jump then target: sip")
        << u"full"_qs << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                                            QStringLiteral("images ") + kJump,   QStringLiteral("rrq SEP$MAC.cnf.xml"),
                                            QStringLiteral("images ") + kTarget, QStringLiteral("rrq /mk-sip.jar"),
                                            QStringLiteral("verify ") + kTarget}
        << u"verified"_qs << QString() << QString() << kTarget;
    QTest::newRow("loop even after the jump load")
        << u"full"_qs
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                              QStringLiteral("images ") + kJump, QStringLiteral("images ") + kTarget,
                              QStringLiteral("images ") + kTarget}
        << u"failed"_qs << u"PhoneRebootLoop"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("reboot loop, no jump load imported")
        << u"nojump"_qs << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget}
        << u"failed"_qs << u"PhoneJumpLoadMissing"_qs << u"import-jump-load"_qs << kTarget;
    QTest::newRow("no SIP bundle for its family")
        << u"full"_qs << QStringList{QStringLiteral("dhcp ") + kVendor7942} << u"failed"_qs
        << u"PhoneSipBundleMissing"_qs << u"import-sip-bundle"_qs << QString();
    QTest::newRow("silent: idle") << u"full"_qs << boot + QStringList{QStringLiteral("wait 181000")} << u"idle"_qs
                                  << u"PhoneIdle"_qs << u"check-phone"_qs << kTarget;
    QTest::newRow("idle, then back") << u"full"_qs
                                     << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml"),
                                                           QStringLiteral("wait 181000"),
                                                           QStringLiteral("rrq CTLSEP$MAC.tlv")}
                                     << u"config"_qs << QString() << QString() << kTarget;
    QTest::newRow("verified stays verified")
        << u"full"_qs << converted + QStringList{QStringLiteral("verify ") + kTarget, QStringLiteral("wait 400000")}
        << u"verified"_qs << QString() << QString() << kTarget;
    // docs/phones.md, "Knowing the running load": an unreadable page is "not verified yet", asked again when the phone
    // shows up, and a phone that later proves the target leaves a failure.
    QTest::newRow("web page never answers: not verified yet")
        << u"full"_qs << converted + QStringList{QStringLiteral("verify-fails")} << u"sip"_qs << QString() << QString()
        << kTarget;
    QTest::newRow("web page read once the phone is back")
        << u"full"_qs
        << converted + QStringList{QStringLiteral("verify-fails"), QStringLiteral("wait 31000"),
                                   QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("verify ") + kTarget}
        << u"verified"_qs << QString() << QString() << kTarget;
    QTest::newRow("wrong load, then proves the target")
        << u"full"_qs
        << converted + QStringList{QStringLiteral("verify ") + kJump, QStringLiteral("rrq SEP$MAC.cnf.xml"),
                                   QStringLiteral("verify ") + kTarget}
        << u"verified"_qs << QString() << QString() << kTarget;
    // docs/phones.md, "Images already in flash": a phone on SCCP 9.4(2) fetches only the images it lacks, then reboots.
    QTest::newRow("images already in flash: next boot ends the flash")
        << u"full"_qs
        << boot + QStringList{QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("some-images 2 ") + kTarget,
                              QStringLiteral("rrq CTLSEP$MAC.tlv"), QStringLiteral("rrq SEP$MAC.cnf.xml"),
                              QStringLiteral("rrq /mk-sip.jar")}
        << u"sip"_qs << QString() << QString() << kTarget;
    // Issue #15: a missing jump load imported during the run is picked up without a restart.
    QTest::newRow("reboot loop, jump load imported mid-run")
        << u"nojump"_qs
        << boot + QStringList{QStringLiteral("images ") + kTarget, QStringLiteral("images ") + kTarget,
                              QStringLiteral("import-jump")}
        << u"rebooting"_qs << QString() << QString() << kJump;
    QTest::newRow("old load, jump load imported mid-run, then converted")
        << u"nojump"_qs
        << boot + QStringList{QStringLiteral("web SCCP41.8-2-1S"),   QStringLiteral("import-jump"),
                              QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("images ") + kJump,
                              QStringLiteral("rrq SEP$MAC.cnf.xml"), QStringLiteral("images ") + kTarget,
                              QStringLiteral("rrq /mk-sip.jar"),     QStringLiteral("verify ") + kTarget}
        << u"verified"_qs << QString() << QString() << kTarget;
    // docs/phones.md, "Firmware bundles": a new universal loader asks for SIPDefault.cnf before the SIP app is flashed.
    const QStringList boot7940{QStringLiteral("dhcp ") + kVendor7940, QStringLiteral("lease 10.0.0.5")};
    QTest::newRow("7940: SIPDefault.cnf alone is not SIP")
        << u"legacy"_qs
        << boot7940 + QStringList{QStringLiteral("rrq OS79XX.TXT"), QStringLiteral("rrq SIPDefault.cnf")}
        << u"config"_qs << QString() << QString() << kLegacyTarget;
    QTest::newRow("7940: SIP images, then its SIP configs: sip")
        << u"legacy"_qs
        << boot7940 + QStringList{QStringLiteral("rrq OS79XX.TXT"), QStringLiteral("images ") + kLegacyTarget,
                                  QStringLiteral("rrq SIPDefault.cnf"), QStringLiteral("rrq SIP$MAC.cnf")}
        << u"sip"_qs << QString() << QString() << kLegacyTarget;
    // docs/phones.md, "Knowing the running load": 7940/7960 show a human version in versionID and the load ID in
    // appLoadID.
    QTest::newRow("7940: already on the target SIP load, verified from appLoadID")
        << u"legacy"_qs
        << boot7940 + QStringList{QStringLiteral("rrq SIPDefault.cnf"),
                                  QStringLiteral("verify-7940 8.12(0.0) ") + kLegacyTarget}
        << u"verified"_qs << QString() << QString() << kLegacyTarget;
}

void TestPhoneTracker::script()
{
    QFETCH(QString, library);
    QFETCH(QStringList, script);
    QFETCH(QString, stage);
    QFETCH(QString, cause);
    QFETCH(QString, fix);
    QFETCH(QString, nextLoad);
    FakeClock clock;
    const QString folder = library == u"full"_qs ? m_full : library == u"legacy"_qs ? m_legacy : m_noJump;
    std::unique_ptr<PhoneTracker> machine = tracker(folder, clock);
    QVERIFY(machine);
    // The one phone event carries every change: the last snapshot published is the tracker's record.
    std::optional<PhoneRecord> lastPublished;
    connect(machine.get(), &PhoneTracker::phoneChanged, this,
            [&](const PhoneRecord &changed) { lastPublished = changed; });
    play(*machine, clock, folder, script);
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

void TestPhoneTracker::skippedImagesNamedAndUnreadPageAskedAgain()
{
    FakeClock clock;
    std::unique_ptr<PhoneTracker> machine = tracker(m_full, clock);
    QVERIFY(machine);
    const MacAddress mac = *MacAddress::parse(kMac);
    const QHostAddress ip(QStringLiteral("10.0.0.5"));
    QSignalSpy pageWanted(machine.get(), &PhoneTracker::webPageWanted);
    machine->dhcpSeen(mac, kVendor7941, QString());
    machine->leased(mac, ip);
    machine->requestSeen(ip, QStringLiteral("SEP%1.cnf.xml").arg(kMac));
    FirmwareLibrary library(m_full, PhoneCatalog::load().value());
    QVERIFY(library.reload().ok());
    const FirmwareBundle bundle = *library.bundle(kTarget);
    machine->requestSeen(ip, bundle.loadsFileName);
    for (const FirmwareImage &image : bundle.images.first(2)) {
        machine->requestSeen(ip, image.fileName);
        machine->transferFinished(mac, image.fileName, image.size, true);
    }
    QCOMPARE(machine->record(mac)->stage, PhoneStage::Firmware);
    // The next boot ends the flash: the three images it did not ask for were already in its flash.
    machine->requestSeen(ip, QStringLiteral("CTLSEP%1.tlv").arg(kMac));
    const PhoneRecord rebooted = *machine->record(mac);
    QVERIFY(std::any_of(rebooted.history.cbegin(), rebooted.history.cend(), [](const PhoneHistoryEntry &event) {
        return event.note == u"3 of 5 images already on the phone"_qs;
    }));
    QCOMPARE(rebooted.progressDone, rebooted.progressTotal);

    machine->requestSeen(ip, QStringLiteral("/mk-sip.jar"));
    QCOMPARE(machine->record(mac)->stage, PhoneStage::Sip);
    const qsizetype asked = pageWanted.size();
    QVERIFY(asked >= 1);
    QCOMPARE(pageWanted.constLast().at(2).toBool(), true);
    machine->webPageFailed(mac, Error(ErrorCode::TimedOut));
    QCOMPARE(machine->record(mac)->stage, PhoneStage::Sip); // not verified yet, not failed
    machine->requestSeen(ip, QStringLiteral("SEP%1.cnf.xml").arg(kMac));
    QCOMPARE(pageWanted.size(), asked); // asked moments ago: not again at once
    clock.advanceMs(31000);
    machine->tick();
    QCOMPARE(pageWanted.size(), asked + 1);
    clock.advanceMs(31000);
    machine->requestSeen(ip, QStringLiteral("SEP%1.cnf.xml").arg(kMac));
    QCOMPARE(pageWanted.size(), asked + 2);
    PhoneDeviceInfo info;
    info.versionId = kTarget;
    machine->webPageRead(mac, info, true);
    QCOMPARE(machine->record(mac)->stage, PhoneStage::Verified);
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
