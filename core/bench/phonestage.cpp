#include "core/bench/phonestage.h"

#include <array>
#include <utility>

namespace PhoneStageNames {
namespace {

constexpr std::array<std::pair<PhoneStage, const char *>, 9> kStageNames{{
    {PhoneStage::Detected, "detected"},
    {PhoneStage::TrustList, "trust-list"},
    {PhoneStage::Config, "config"},
    {PhoneStage::Firmware, "firmware"},
    {PhoneStage::Rebooting, "rebooting"},
    {PhoneStage::Sip, "sip"},
    {PhoneStage::Verified, "verified"},
    {PhoneStage::Failed, "failed"},
    {PhoneStage::Idle, "idle"},
}};

constexpr std::array<std::pair<PhoneFix, const char *>, 7> kFixNames{{
    {PhoneFix::None, ""},
    {PhoneFix::EraseTrustList, "erase-trust-list"},
    {PhoneFix::FactoryReset, "factory-reset"},
    {PhoneFix::ImportSipBundle, "import-sip-bundle"},
    {PhoneFix::ImportJumpLoad, "import-jump-load"},
    {PhoneFix::CheckPhone, "check-phone"},
    {PhoneFix::CheckPbx, "check-pbx"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView name)
{
    for (const auto &[key, text] : table) {
        if (name == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}

} // namespace

QString toString(PhoneStage stage)
{
    return nameOf(kStageNames, stage);
}

std::optional<PhoneStage> fromString(QStringView name)
{
    return valueOf(kStageNames, name);
}

QString toString(PhoneFix fix)
{
    return nameOf(kFixNames, fix);
}

std::optional<PhoneFix> fixFromString(QStringView name)
{
    return valueOf(kFixNames, name);
}

bool isFinal(PhoneStage stage)
{
    return stage == PhoneStage::Verified || stage == PhoneStage::Failed;
}

} // namespace PhoneStageNames
