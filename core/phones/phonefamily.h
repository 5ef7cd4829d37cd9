#pragma once

#include "core/phones/phoneloadversion.h"

#include <QString>
#include <QStringList>

#include <optional>

// The jump-load rule of a family (catalog data): a phone running an SCCP load older than `below` must first take a
// load between `from` and `to` (the jump load) before any newer one, or it reboot-loops after the flash.
struct PhoneJumpRule
{
    PhoneLoadVersion below; // 8.3(3)
    PhoneLoadVersion from;  // 8.3(3)
    PhoneLoadVersion to;    // 8.5(2)
    QString source;         // where the rule is published, for the technician's details
};

// A firmware family: the phones that run the same load. `id` is the SIP load prefix ("SIP41", "P0S3"); SCCP
// loads of the same hardware use `sccpPrefix` ("SCCP41", "P003").
struct PhoneFamily
{
    QString id;
    QString sipPrefix;
    QString sccpPrefix;
    QString imageDigits;               // "41" in jar41sip/cnu41/apps41…; empty when images are not named that way
    std::optional<PhoneJumpRule> jump; // none: no published rule (a reboot loop still asks for a jump load)
    bool legacyLoader = false;         // 7940/7960: OS79XX.TXT, SIPDefault.cnf, SIP<MAC>.cnf; no termNN files
    QStringList unconfirmed;           // field names no public source confirms

    bool isUnconfirmed(const QString &field) const { return unconfirmed.contains(field); }
    // A phone on `running` needs the jump load first (its family has a rule and it runs an older load).
    bool needsJumpFrom(const PhoneLoadVersion &running) const { return jump && running < jump->below; }
    // `version` qualifies as this family's jump load.
    bool isJumpLoad(const PhoneLoadVersion &version) const
    {
        return jump && version >= jump->from && version <= jump->to;
    }
};
