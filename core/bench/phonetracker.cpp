#include "core/bench/phonetracker.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/phones/phoneloadversion.h"

PhoneTracker::PhoneTracker(PhoneCatalog catalog, FirmwareLibrary library, const Clock &clock, Timing timing,
                           QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_classifier(std::move(catalog))
    , m_library(std::move(library))
    , m_clock(clock)
    , m_timing(timing)
{}

QList<PhoneRecord> PhoneTracker::records() const
{
    return m_records.values();
}

std::optional<PhoneRecord> PhoneTracker::record(const MacAddress &mac) const
{
    const auto it = m_records.constFind(mac);
    return it == m_records.cend() ? std::nullopt : std::optional<PhoneRecord>(*it);
}

std::optional<MacAddress> PhoneTracker::macForAddress(const QHostAddress &address) const
{
    const auto it = m_byAddress.constFind(address.toIPv4Address());
    return it == m_byAddress.cend() ? std::nullopt : std::optional<MacAddress>(*it);
}

QList<PhoneRecord> PhoneTracker::restoredRecords() const
{
    return m_restored.values();
}

void PhoneTracker::restore(const PhoneRecord &previous)
{
    m_restored.insert(previous.mac, previous);
}

void PhoneTracker::knowLease(const MacAddress &mac, const QHostAddress &address)
{
    m_byAddress.insert(address.toIPv4Address(), mac);
}

QString PhoneTracker::targetLoad(const QString &familyId) const
{
    return m_library.newestSipLoad(familyId);
}

QString PhoneTracker::loadToServe(const MacAddress &mac) const
{
    const auto record = m_records.constFind(mac);
    if (record == m_records.cend())
        return {};
    const Machine machine = m_machines.value(mac);
    if (machine.needsJump && !machine.jumpDone) {
        const QList<FirmwareBundle> jumps = m_library.jumpLoads(record->familyId);
        if (!jumps.isEmpty())
            return jumps.constFirst().loadId;
    }
    return record->targetLoad;
}

PhoneRecord &PhoneTracker::ensure(const MacAddress &mac)
{
    auto it = m_records.find(mac);
    if (it != m_records.end())
        return *it;
    PhoneRecord record = m_restored.take(mac);
    record.mac = mac;
    record.stage = PhoneStage::Detected;
    record.cause = Error();
    record.fix = PhoneFix::None;
    record.fixDetail.clear(); // a reloaded report's fix belongs to the earlier run
    record.firstSeen = m_clock.nowUtc();
    record.history.append({m_clock.nowUtc(), PhoneStage::Detected, QString()});
    m_machines.insert(mac, Machine{});
    m_machines[mac].lastActivityMs = m_clock.monotonicMs();
    return *m_records.insert(mac, record);
}

void PhoneTracker::publish(const PhoneRecord &record)
{
    Q_EMIT phoneChanged(record);
}

void PhoneTracker::touched(PhoneRecord &record)
{
    record.lastSeen = m_clock.nowUtc();
    Machine &machine = m_machines[record.mac];
    machine.lastActivityMs = m_clock.monotonicMs();
    if (record.stage == PhoneStage::Idle)
        setStage(record, machine.beforeIdle, QStringLiteral("traffic again"));
    // Back on the wire: a page that could not be read, or a load that did not match, is asked again.
    const bool wrongBefore =
        record.stage == PhoneStage::Failed &&
        (record.cause.code() == ErrorCode::PhoneWrongLoad || record.cause.code() == ErrorCode::VerificationFailed);
    if ((waitsForPage(record, machine) && machine.pageUnread) || wrongBefore)
        askPageAgain(record, machine);
}

bool PhoneTracker::waitsForPage(const PhoneRecord &record, const Machine &machine)
{
    return record.stage == PhoneStage::Sip || (record.stage == PhoneStage::Config && machine.sipImagesFetched);
}

void PhoneTracker::setStage(PhoneRecord &record, PhoneStage stage, const QString &note)
{
    if (record.stage == stage)
        return;
    if (record.stage == PhoneStage::Failed && stage != PhoneStage::Verified)
        return; // a failure stands until the phone proves otherwise
    if (stage != PhoneStage::Failed && stage != PhoneStage::Idle && stage != PhoneStage::TrustList) {
        record.cause = Error();
        record.fix = PhoneFix::None;
        record.fixDetail.clear();
    }
    record.stage = stage;
    record.history.append({m_clock.nowUtc(), stage, note});
    qCInfo(lcBench) << record.mac.toColon() << "→" << PhoneStageNames::toString(stage) << note;
}

void PhoneTracker::fail(PhoneRecord &record, const Error &cause, PhoneFix fix, const QString &fixDetail)
{
    record.cause = cause;
    record.fix = fix;
    record.fixDetail = fixDetail;
    ++record.errors;
    setStage(record, PhoneStage::Failed, cause.toLogString());
}

void PhoneTracker::learnModel(PhoneRecord &record, const QString &modelId, const QString &familyId)
{
    if (!modelId.isEmpty() && record.modelId.isEmpty()) {
        record.modelId = modelId;
        if (const PhoneModel *model = m_catalog.model(modelId); model && record.familyId.isEmpty())
            record.familyId = model->familyId;
    }
    if (record.familyId.isEmpty() && !familyId.isEmpty())
        record.familyId = familyId;
}

void PhoneTracker::chooseTarget(PhoneRecord &record)
{
    if (record.familyId.isEmpty() || !record.targetLoad.isEmpty() || record.stage == PhoneStage::Failed)
        return;
    record.targetLoad = targetLoad(record.familyId);
    if (record.targetLoad.isEmpty())
        fail(record, Error(ErrorCode::PhoneSipBundleMissing, record.familyId), PhoneFix::ImportSipBundle,
             record.familyId);
}

void PhoneTracker::dhcpSeen(const MacAddress &mac, const QString &vendorClass, const QString &hostname)
{
    PhoneRecord &record = ensure(mac);
    if (!vendorClass.isEmpty())
        record.vendorClass = vendorClass;
    PhoneObservation seen = m_classifier.fromVendorClass(vendorClass.toLatin1());
    if (seen.modelId.isEmpty() && record.modelId.isEmpty()) {
        // A form nobody has listed (or none at all): logged with option 12, so the phone leaves a trace to
        // learn from, and its model comes from its requests instead.
        qCInfo(lcBench).noquote() << record.mac.toColon() << "option 60 names no known model:"
                                  << (vendorClass.isEmpty() ? QStringLiteral("(none)") : vendorClass) << "option 12"
                                  << (hostname.isEmpty() ? QStringLiteral("(none)") : hostname);
        if (!hostname.isEmpty())
            seen = m_classifier.fromHostname(hostname);
    }
    learnModel(record, seen.modelId, seen.familyId);
    touched(record);
    chooseTarget(record);
    publish(record);
}

void PhoneTracker::leased(const MacAddress &mac, const QHostAddress &address)
{
    PhoneRecord &record = ensure(mac);
    m_byAddress.insert(address.toIPv4Address(), mac);
    const bool changed = record.ip != address;
    record.ip = address;
    touched(record);
    publish(record);
    // Learn the running load (and serial) before converting: an old load needs the jump load first.
    if (changed && !PhoneStageNames::isFinal(record.stage))
        Q_EMIT webPageWanted(mac, address, false);
}

void PhoneTracker::addressDeclined(const MacAddress &mac, const QHostAddress &address)
{
    PhoneRecord &record = ensure(mac);
    if (record.ip == address) {
        m_byAddress.remove(address.toIPv4Address());
        record.ip = QHostAddress();
    }
    ++record.errors;
    record.history.append({m_clock.nowUtc(), record.stage,
                           QStringLiteral("declined %1: another device answers for it").arg(address.toString())});
    touched(record);
    publish(record);
}

bool PhoneTracker::mayReceiveConfig(const MacAddress &mac, const QHostAddress &client, bool *claimed)
{
    *claimed = false;
    if (!m_learnFromNames) {
        const auto record = m_records.constFind(mac);
        return record != m_records.cend() && !record->ip.isNull() && record->ip.isEqual(client);
    }
    Machine &machine = m_machines[mac];
    if (machine.configOwner.isNull()) {
        machine.configOwner = client;
        *claimed = true;
        return true;
    }
    return machine.configOwner.isEqual(client);
}

void PhoneTracker::refused(const MacAddress &owner, const QHostAddress &client)
{
    if (auto it = m_records.find(owner); it != m_records.end()) {
        ++it->errors;
        it->history.append(
            {m_clock.nowUtc(), it->stage, QStringLiteral("config refused to %1").arg(client.toString())});
        publish(*it);
    }
}

void PhoneTracker::applyOldLoad(PhoneRecord &record, Machine &machine, const QString &load)
{
    if (!record.oldLoad.isEmpty() || load.isEmpty())
        return;
    record.oldLoad = load;
    const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(load);
    if (!match.family || !match.version || !match.family->needsJumpFrom(*match.version))
        return;
    if (m_library.jumpLoads(match.family->id).isEmpty()) {
        fail(record, Error(ErrorCode::PhoneJumpLoadMissing, QStringLiteral("%1 runs %2").arg(record.familyId, load)),
             PhoneFix::ImportJumpLoad, match.family->id);
        return;
    }
    machine.needsJump = true;
    record.history.append({m_clock.nowUtc(), record.stage, QStringLiteral("old load %1: jump load first").arg(load)});
}

void PhoneTracker::webPageRead(const MacAddress &mac, const PhoneDeviceInfo &info, bool afterConversion)
{
    auto it = m_records.find(mac);
    if (it == m_records.end())
        return;
    PhoneRecord &record = *it;
    Machine &machine = m_machines[mac];
    if (!info.serialNumber.isEmpty())
        record.serial = info.serialNumber;
    machine.pageUnread = false;
    // docs/phones.md, "Knowing the running load": 79x1 phones show the load ID in versionID (appLoadID names the app
    // image); 7940/7960 show a human version there ("8.1(2.0)") and the load ID in appLoadID. The target may be in
    // either.
    const auto isTarget = [&record](const QString &field) {
        return !record.targetLoad.isEmpty() && field.compare(record.targetLoad, Qt::CaseInsensitive) == 0;
    };
    const auto isLoadId = [this](const QString &field) { return m_catalog.familyForLoadId(field).family != nullptr; };
    QString running = info.versionId;
    if (isTarget(info.appLoadId) || (!isTarget(info.versionId) && isLoadId(info.appLoadId)) || running.isEmpty())
        running = info.appLoadId;
    if (isTarget(running)) {
        // The page shows the target: proof, whatever the stage (a failure stands only until the phone proves
        // otherwise, and a phone that came already converted needs nothing else).
        record.newLoad = running;
        machine.reachedSip = true;
        setStage(record, PhoneStage::Verified, running);
        publish(record);
        return;
    }
    if (!afterConversion || record.stage != PhoneStage::Sip) {
        if (!afterConversion)
            applyOldLoad(record, machine, running);
        // Back from a SIP flash and still showing another load: the page may have been read before the new app
        // came up, so it is asked again (rate-limited) until it proves the target or the phone moves on.
        if (waitsForPage(record, machine))
            machine.pageUnread = true;
        publish(record);
        return;
    }
    record.newLoad = running;
    fail(record, Error(ErrorCode::PhoneWrongLoad, QStringLiteral("runs %1, target %2").arg(running, record.targetLoad)),
         PhoneFix::CheckPhone, record.targetLoad);
    publish(record);
}

void PhoneTracker::webPageFailed(const MacAddress &mac, const Error &error)
{
    auto it = m_records.find(mac);
    if (it == m_records.end() || it->stage != PhoneStage::Sip)
        return; // before the conversion the page is only a hint
    // docs/phones.md, "Knowing the running load": the page belongs to the phone's app (up only after boot) and may be
    // off until the new config turns it on. "Could not read" is "not verified yet", never "wrong load": asked again
    // later.
    Machine &machine = m_machines[mac];
    if (!machine.pageUnread)
        it->history.append({m_clock.nowUtc(), it->stage,
                            QStringLiteral("web page not readable yet (%1); asked again when the phone shows up")
                                .arg(error.toLogString())});
    machine.pageUnread = true;
    publish(*it);
}

void PhoneTracker::askPageAgain(PhoneRecord &record, Machine &machine)
{
    const qint64 now = m_clock.monotonicMs();
    if (record.ip.isNull() || (machine.pageAskedMs >= 0 && now - machine.pageAskedMs < m_timing.pageRetryAfterMs))
        return;
    machine.pageAskedMs = now;
    Q_EMIT webPageWanted(record.mac, record.ip, true);
}

void PhoneTracker::setLibrary(FirmwareLibrary library)
{
    m_library = std::move(library);
    for (PhoneRecord &record : m_records) {
        if (record.stage != PhoneStage::Failed)
            continue;
        const ErrorCode cause = record.cause.code();
        if (cause == ErrorCode::PhoneJumpLoadMissing && !m_library.jumpLoads(record.familyId).isEmpty()) {
            m_machines[record.mac].needsJump = true;
            resume(
                record,
                QStringLiteral("jump load imported: %1").arg(m_library.jumpLoads(record.familyId).constFirst().loadId));
        } else if (cause == ErrorCode::PhoneSipBundleMissing && !targetLoad(record.familyId).isEmpty()) {
            record.targetLoad = targetLoad(record.familyId);
            resume(record, QStringLiteral("SIP bundle imported: %1").arg(record.targetLoad));
        }
    }
}

void PhoneTracker::resume(PhoneRecord &record, const QString &note)
{
    // The one way out of Failed other than proof: the cause was a missing bundle, and it is there now. The phone
    // is still rebooting through its loop, so its next request picks the new load up.
    record.cause = Error();
    record.fix = PhoneFix::None;
    record.fixDetail.clear();
    record.stage = PhoneStage::Rebooting;
    record.history.append({m_clock.nowUtc(), PhoneStage::Rebooting, note});
    qCInfo(lcBench) << record.mac.toColon() << "resumes:" << note;
    m_machines[record.mac].lastActivityMs = m_clock.monotonicMs();
    publish(record);
}

void PhoneTracker::tick()
{
    const qint64 now = m_clock.monotonicMs();
    for (PhoneRecord &record : m_records) {
        Machine &machine = m_machines[record.mac];
        if (record.stage == PhoneStage::TrustList && machine.trustListSinceMs >= 0 &&
            now - machine.trustListSinceMs >= m_timing.trustListHintAfterMs && record.fix != PhoneFix::FactoryReset) {
            const PhoneModel *model = m_catalog.model(record.modelId);
            record.fix = PhoneFix::FactoryReset;
            record.fixDetail =
                model ? QStringList{model->factoryResetKeys, model->formatKeys}.join(QLatin1Char(' ')) : QString();
            publish(record);
        }
        if (waitsForPage(record, machine) && machine.pageUnread)
            askPageAgain(record, machine);
        // A phone on SIP waits only for its verification (or, with verification off, has nothing left to do).
        if (!PhoneStageNames::isFinal(record.stage) && record.stage != PhoneStage::Idle &&
            record.stage != PhoneStage::Sip && now - machine.lastActivityMs >= m_timing.idleAfterMs) {
            machine.beforeIdle = record.stage;
            record.cause = Error(ErrorCode::PhoneIdle, PhoneStageNames::toString(record.stage));
            record.fix = PhoneFix::CheckPhone;
            setStage(record, PhoneStage::Idle, QString());
            publish(record);
        }
    }
}
