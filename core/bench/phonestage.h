#pragma once

#include <QObject>
#include <QString>

#include <optional>

// The stages a phone goes through on the bench, and the fixes the bench can point at. The names returned by
// toString() are a public contract: the UI, the CLI's JSON events and the report all use exactly these.
namespace PhoneStages {
Q_NAMESPACE

enum class PhoneStage { Detected, TrustList, Config, Firmware, Rebooting, Sip, Verified, Failed, Idle };
Q_ENUM_NS(PhoneStage)

// What the technician should do; the UI and the CLI turn each into words (and the catalog's key sequences).
enum class PhoneFix { None, EraseTrustList, FactoryReset, ImportSipBundle, ImportJumpLoad, CheckPhone, CheckPbx };
Q_ENUM_NS(PhoneFix)

} // namespace PhoneStages

using PhoneStage = PhoneStages::PhoneStage;
using PhoneFix = PhoneStages::PhoneFix;

// The names, in their own namespace: argument-dependent lookup must not find a QString toString() for the enums,
// or QCOMPARE on stages stops compiling.
namespace PhoneStageNames {
QString toString(PhoneStage stage); // "detected", "trust-list", …
std::optional<PhoneStage> fromString(QStringView name);
QString toString(PhoneFix fix); // "erase-trust-list", "factory-reset", …
std::optional<PhoneFix> fixFromString(QStringView name);
bool isFinal(PhoneStage stage); // verified or failed
} // namespace PhoneStageNames
