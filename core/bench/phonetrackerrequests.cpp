// PhoneTracker, second half: what read requests and transfers mean (docs/phones.md, "Boot sequences").
#include "core/bench/phonetracker.h"

#include "core/common/clock.h"
#include "core/common/logging.h"

using Activity = PhoneObservation::Activity;

std::optional<MacAddress> PhoneTracker::requestSeen(const QHostAddress &client, const QString &name)
{
    const PhoneObservation seen = m_classifier.fromRequest(name);
    std::optional<MacAddress> mac = macForAddress(client);
    if (!mac && seen.mac && m_learnFromNames) {
        // External DHCP: a name carrying a MAC is the only way to know who asks, and a stranger asking for
        // someone's config is not allowed to become that phone (the access rule refuses it separately).
        const bool claimedElsewhere = std::any_of(m_byAddress.cbegin(), m_byAddress.cend(),
                                                  [&](const MacAddress &known) { return known == *seen.mac; });
        if (!claimedElsewhere) {
            m_byAddress.insert(client.toIPv4Address(), *seen.mac);
            mac = seen.mac;
        }
    }
    if (!mac)
        return std::nullopt;
    PhoneRecord &record = ensure(*mac);
    if (record.ip.isNull())
        record.ip = client;
    learnModel(record, seen.modelId, seen.familyId);
    touched(record);
    chooseTarget(record);
    Machine &machine = m_machines[*mac];
    record.currentFile = seen.fileName;
    switch (seen.activity) {
    case Activity::TrustListPresent:
        ++record.retries;
        if (machine.trustListSinceMs < 0)
            machine.trustListSinceMs = m_clock.monotonicMs();
        if (record.stage != PhoneStage::TrustList && record.stage != PhoneStage::Failed) {
            record.cause = Error(ErrorCode::PhoneTrustListPresent, seen.fileName);
            record.fix = PhoneFix::EraseTrustList;
            setStage(record, PhoneStage::TrustList, seen.fileName);
        }
        break;
    case Activity::TrustListProbe: // CTLSEP/ITL: the first files of every boot
        bootSeen(record, machine);
        break;
    case Activity::ConfigRequest:
    case Activity::DefaultConfigRequest:
    case Activity::LegacyLoaderProbe:
        machine.trustListSinceMs = -1;
        bootSeen(record, machine);
        if (machine.needsJump && machine.jumpDone && record.stage == PhoneStage::Rebooting)
            record.history.append({m_clock.nowUtc(), record.stage, QStringLiteral("back on the jump load")});
        if (record.stage != PhoneStage::Sip && record.stage != PhoneStage::Verified)
            setStage(record, PhoneStage::Config, seen.fileName);
        // Back from flashing a SIP load: models whose locale jar is unknown (the 7931) never ask for a -sip.jar,
        // so their page decides. A page still on the old load changes nothing here (the reboot loop shows itself).
        if (waitsForPage(record, machine))
            askPageAgain(record, machine);
        break;
    case Activity::DefaultLoadsRequest:
    case Activity::LoadsRequest: {
        const QString load = seen.activity == Activity::LoadsRequest ? seen.loadId : loadToServe(*mac);
        if (machine.fetchingLoad.compare(load, Qt::CaseInsensitive) != 0) {
            machine.fetchingLoad = load;
            machine.imagesDone.clear();
        }
        if (const std::optional<FirmwareBundle> bundle = m_library.bundle(load)) {
            record.progressTotal = bundle->totalBytes();
            record.progressDone = 0;
        }
        machine.imagesDone.clear();
        if (!machine.reachedSip)
            setStage(record, PhoneStage::Firmware, seen.fileName);
        break;
    }
    case Activity::ImageRequest:
        if (!machine.reachedSip)
            setStage(record, PhoneStage::Firmware, seen.fileName);
        break;
    case Activity::SipRunning:
    case Activity::LegacySipConfig:
        bootSeen(record, machine);
        if (machine.reachedSip)
            break;
        // docs/phones.md, "Firmware bundles": a new 7940/7960 universal loader asks for SIPDefault.cnf and SIP<MAC>.cnf
        // before its SIP app is flashed. Those names prove SIP only after this run served it a SIP load's images;
        // otherwise its web page decides (a phone already on the target SIP load is verified from it).
        if (seen.activity == Activity::LegacySipConfig && !machine.sipImagesFetched) {
            if (record.stage != PhoneStage::Verified)
                setStage(record, PhoneStage::Config, seen.fileName);
            askPageAgain(record, machine);
            break;
        }
        machine.reachedSip = true;
        setStage(record, PhoneStage::Sip, seen.fileName);
        if (!record.ip.isNull()) {
            machine.pageAskedMs = m_clock.monotonicMs();
            Q_EMIT webPageWanted(*mac, record.ip, true);
        }
        break;
    default:
        break;
    }
    publish(record);
    return mac;
}

std::optional<FirmwareBundle> PhoneTracker::bundleHoldingImage(const PhoneRecord &record, const QString &file) const
{
    const Machine machine = m_machines.value(record.mac);
    const QString lower = file.section(QLatin1Char('/'), -1).toLower();
    const auto holds = [&](const FirmwareBundle &bundle) {
        return std::any_of(bundle.images.cbegin(), bundle.images.cend(),
                           [&](const FirmwareImage &image) { return image.fileName.toLower() == lower; });
    };
    if (std::optional<FirmwareBundle> current = m_library.bundle(machine.fetchingLoad); current && holds(*current))
        return current;
    for (const FirmwareBundle &bundle : m_library.bundles()) {
        if ((record.familyId.isEmpty() || bundle.familyId == record.familyId) && holds(bundle))
            return bundle;
    }
    return std::nullopt;
}

void PhoneTracker::fileProgressed(const MacAddress &mac, const QString &file, qint64 bytes)
{
    auto it = m_records.find(mac);
    if (it == m_records.end())
        return;
    PhoneRecord &record = *it;
    Machine &machine = m_machines[mac];
    machine.lastActivityMs = m_clock.monotonicMs();
    const std::optional<FirmwareBundle> bundle = bundleHoldingImage(record, file);
    if (!bundle)
        return;
    qint64 before = 0;
    for (const FirmwareImage &image : bundle->images) {
        if (machine.imagesDone.contains(image.fileName.toLower()))
            before += image.size;
    }
    record.currentFile = file;
    record.progressTotal = bundle->totalBytes();
    record.progressDone = std::min(record.progressTotal, before + bytes);
    Q_EMIT transferProgressed(mac, record.progressDone, record.progressTotal);
}

void PhoneTracker::transferFinished(const MacAddress &mac, const QString &file, qint64 bytes, bool ok)
{
    auto it = m_records.find(mac);
    if (it == m_records.end())
        return;
    PhoneRecord &record = *it;
    if (!ok) {
        ++record.errors;
        ++record.retries;
        publish(record);
        return;
    }
    const std::optional<FirmwareBundle> bundle = bundleHoldingImage(record, file);
    if (!bundle)
        return;
    Machine &machine = m_machines[mac];
    if (machine.fetchingLoad.compare(bundle->loadId, Qt::CaseInsensitive) != 0) {
        machine.fetchingLoad = bundle->loadId;
        machine.imagesDone.clear();
    }
    machine.imagesDone.insert(file.section(QLatin1Char('/'), -1).toLower());
    fileProgressed(mac, file, bytes);
    const bool complete = std::all_of(bundle->images.cbegin(), bundle->images.cend(), [&](const FirmwareImage &image) {
        return machine.imagesDone.contains(image.fileName.toLower());
    });
    if (complete)
        imagesCompleted(record, machine);
    publish(record);
}

void PhoneTracker::bootSeen(PhoneRecord &record, Machine &machine)
{
    if (record.stage != PhoneStage::Firmware || machine.imagesDone.isEmpty())
        return;
    const std::optional<FirmwareBundle> bundle = m_library.bundle(machine.fetchingLoad);
    if (!bundle)
        return;
    // docs/phones.md, "Images already in flash": SCCP and SIP 9.4(2) loads of a family share image names, and a phone
    // fetches only the ones it lacks, then reboots. Its next boot is the end of the flash.
    const qsizetype total = bundle->images.size();
    const qsizetype fetched = std::min<qsizetype>(machine.imagesDone.size(), total);
    record.history.append({m_clock.nowUtc(), record.stage,
                           QStringLiteral("%1 of %2 images already on the phone").arg(total - fetched).arg(total)});
    record.progressDone = record.progressTotal;
    imagesCompleted(record, machine);
}

void PhoneTracker::imagesCompleted(PhoneRecord &record, Machine &machine)
{
    const QString load = machine.fetchingLoad;
    machine.imagesDone.clear();
    // A finished flash means a new load on the next boot: its page is worth reading at once, whenever the last
    // read was (a jump's reboot loop may have asked moments ago).
    machine.pageAskedMs = -1;
    const int rounds = ++machine.rounds[load.toLower()];
    const std::optional<FirmwareBundle> bundle = m_library.bundle(load);
    if (bundle && bundle->protocol == PhoneProtocol::Sip && !bundle->jumpLoad)
        machine.sipImagesFetched = true;
    if (bundle && bundle->jumpLoad) {
        machine.jumpDone = true;
        machine.rounds.clear(); // the target gets a fresh count from the new starting load
        setStage(record, PhoneStage::Rebooting, load);
        return;
    }
    if (rounds < 2 || machine.reachedSip) {
        setStage(record, PhoneStage::Rebooting, load);
        return;
    }
    // The same images twice without SIP: the flash did not stick, the mark of a load below 8.3(3) (docs/phones.md,
    // "Jump loads").
    ++record.retries;
    if (machine.needsJump && machine.jumpDone) {
        fail(record, Error(ErrorCode::PhoneRebootLoop, load), PhoneFix::CheckPhone, load);
        return;
    }
    if (m_library.jumpLoads(record.familyId).isEmpty()) {
        fail(record, Error(ErrorCode::PhoneJumpLoadMissing, QStringLiteral("reboot loop on %1").arg(load)),
             PhoneFix::ImportJumpLoad, record.familyId);
        return;
    }
    machine.needsJump = true;
    setStage(record, PhoneStage::Rebooting, QStringLiteral("reboot loop on %1: jump load next").arg(load));
}
