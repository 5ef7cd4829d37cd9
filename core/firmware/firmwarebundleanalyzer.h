#pragma once

#include "core/common/result.h"
#include "core/firmware/firmwareinspection.h"
#include "core/phones/phonecatalog.h"

// Turns the files taken out of a download into FirmwareBundles with verdicts: one bundle per .loads file; every
// listed image present, with a sound SGN header and a "CNU_File" payload of sane size; family and protocol from the
// load ID prefix; term files matched by content. Problems are typed errors; `expected` flags SCCP-vs-SIP mix-ups.
class FirmwareBundleAnalyzer
{
public:
    static constexpr qint64 kMinImagePayload = 1024;

    explicit FirmwareBundleAnalyzer(PhoneCatalog catalog);

    // Fails only when there is nothing to judge (no .loads file at all); otherwise every finding is in the bundles.
    Result<FirmwareInspection> analyze(const QList<FirmwareFile> &files,
                                       PhoneProtocol expected = PhoneProtocol::Unknown) const;

private:
    struct Entry;
    using Files = QHash<QString, FirmwareFile>;
    void checkImage(FirmwareBundle &bundle, const QString &listedName, const QHash<QString, Entry> &entries,
                    Files &files) const;
    FirmwareBundle analyzeLoads(const Entry &loads, const QHash<QString, Entry> &entries, const QList<Entry> &terms,
                                PhoneProtocol expected, Files &files) const;
    void attachCompanions(FirmwareBundle &bundle, const QHash<QString, Entry> &entries, const QList<Entry> &terms,
                          Files &files) const;

    PhoneCatalog m_catalog;
};
