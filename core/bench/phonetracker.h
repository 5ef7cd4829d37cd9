#pragma once

#include "core/bench/phonedeviceinfo.h"
#include "core/bench/phonerecord.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/phones/phonecatalog.h"
#include "core/phones/phoneclassifier.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

#include <optional>

class Clock;

// The per-phone stage machine. It is fed neutral facts (a DHCP client, a lease, a read request, a transfer's
// progress and end, a web page) and decides what they mean: stage, progress, and what to serve next (jump load or
// target). No sockets and no timers of its own: the session calls tick() so tests drive it with a FakeClock.
class PhoneTracker : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int trustListHintAfterMs = 60000;
        int idleAfterMs = 180000;
        // A phone on SIP whose web page could not be read is asked again this often (and whenever it shows up):
        // the page answers only once the phone's app is up, and some phones turn it on only with the new config.
        int pageRetryAfterMs = 30000;
    };

    PhoneTracker(PhoneCatalog catalog, FirmwareLibrary library, const Clock &clock, Timing timing,
                 QObject *parent = nullptr);

    // With our DHCP the lease is the only source of an address's MAC; without it, SEP<MAC>/CTLSEP<MAC> names teach it.
    void setLearnAddressesFromNames(bool learn) { m_learnFromNames = learn; }

    QList<PhoneRecord> records() const;
    std::optional<PhoneRecord> record(const MacAddress &mac) const;
    std::optional<MacAddress> macForAddress(const QHostAddress &address) const;
    // A record from an earlier run (the report): its history is continued when that MAC shows up again.
    void restore(const PhoneRecord &previous);
    // Earlier runs' phones not seen (yet) in this one: the report keeps them.
    QList<PhoneRecord> restoredRecords() const;
    // A lease from the journal: the address belongs to the MAC, nothing else is known yet.
    void knowLease(const MacAddress &mac, const QHostAddress &address);

    // The SIP load the phone should end on (newest non-jump SIP bundle of its family), or empty.
    QString targetLoad(const QString &familyId) const;
    // What to serve the phone now: the jump load while it needs one, else its target.
    QString loadToServe(const MacAddress &mac) const;

    void dhcpSeen(const MacAddress &mac, const QString &vendorClass, const QString &hostname);
    void leased(const MacAddress &mac, const QHostAddress &address);
    // The phone refused the address it was given (DHCPDECLINE): another device on the bench answers for it.
    void addressDeclined(const MacAddress &mac, const QHostAddress &address);
    // Returns the phone the request is attributed to (the asker), if any.
    std::optional<MacAddress> requestSeen(const QHostAddress &client, const QString &name);
    void fileProgressed(const MacAddress &mac, const QString &file, qint64 bytes);
    void transferFinished(const MacAddress &mac, const QString &file, qint64 bytes, bool ok);
    void refused(const MacAddress &owner, const QHostAddress &client);
    // The config-refusal rule: the address our DHCP leased to that MAC; with external DHCP the first asker.
    // `claimed` is set when this call made `client` the owner (the session warns about it).
    bool mayReceiveConfig(const MacAddress &mac, const QHostAddress &client, bool *claimed);
    // Its web page answered: learns serial and loads; after the conversion decides verified or failed.
    void webPageRead(const MacAddress &mac, const PhoneDeviceInfo &info, bool afterConversion);
    void webPageFailed(const MacAddress &mac, const Error &error);
    // The firmware library changed during the run (a bundle imported): phones stopped for a missing jump load or
    // SIP bundle that is now there continue on their own.
    void setLibrary(FirmwareLibrary library);
    void tick();

Q_SIGNALS:
    // The one phone event: a new phone or any change to a known one (stage, model, address, cause…), as a full
    // snapshot. Whoever needs "what changed" keeps the previous snapshot.
    void phoneChanged(const PhoneRecord &record);
    // The image set a phone fetches: bytes done of the bundle's total. Kept apart from phoneChanged because it
    // fires per block, and a snapshot (with its history) per block would be wasted.
    void transferProgressed(const MacAddress &mac, qint64 done, qint64 total);
    // The phone runs SIP now (or its old load should be read): the session asks its web page.
    void webPageWanted(const MacAddress &mac, const QHostAddress &address, bool conversionDone);

private:
    // What the machine remembers per phone beyond the public record.
    struct Machine
    {
        bool needsJump = false;
        bool jumpDone = false;
        bool reachedSip = false;
        bool sipImagesFetched = false; // the images of a SIP load were served to it in this run
        bool pageUnread = false;       // on SIP, its web page did not answer yet
        qint64 pageAskedMs = -1;
        QString fetchingLoad;       // the bundle whose images it is fetching
        QSet<QString> imagesDone;   // lower-case names
        QHash<QString, int> rounds; // load → times all its images were fetched
        qint64 lastActivityMs = 0;
        qint64 trustListSinceMs = -1;
        PhoneStage beforeIdle = PhoneStage::Detected;
        QHostAddress configOwner; // external DHCP: the first address that asked for its config
    };
    PhoneRecord &ensure(const MacAddress &mac);
    void learnModel(PhoneRecord &record, const QString &modelId, const QString &familyId);
    void chooseTarget(PhoneRecord &record); // or fail naming the bundle to import
    void setStage(PhoneRecord &record, PhoneStage stage, const QString &note);
    void fail(PhoneRecord &record, const Error &cause, PhoneFix fix, const QString &fixDetail);
    void touched(PhoneRecord &record);
    void imagesCompleted(PhoneRecord &record, Machine &machine);
    // A phone that fetched some images of a load and now boots again (asks for its config) has ended that flash:
    // the images it did not fetch were already in its flash.
    void bootSeen(PhoneRecord &record, Machine &machine);
    void askPageAgain(PhoneRecord &record, Machine &machine);
    // Whether the phone's own page is what proves it now: on SIP, or back from flashing a SIP load.
    static bool waitsForPage(const PhoneRecord &record, const Machine &machine);
    void resume(PhoneRecord &record, const QString &note);
    void applyOldLoad(PhoneRecord &record, Machine &machine, const QString &load);
    std::optional<FirmwareBundle> bundleHoldingImage(const PhoneRecord &record, const QString &file) const;
    void publish(const PhoneRecord &record);

    PhoneCatalog m_catalog;
    PhoneClassifier m_classifier;
    FirmwareLibrary m_library;
    const Clock &m_clock;
    Timing m_timing;
    bool m_learnFromNames = false;
    QMap<MacAddress, PhoneRecord> m_records;
    QHash<MacAddress, Machine> m_machines;
    QMap<MacAddress, PhoneRecord> m_restored;
    QHash<quint32, MacAddress> m_byAddress;
};
