#include "ui/models/benchstagestyle.h"

#include <QLocale>

QColor BenchStageStyle::color(PhoneStage stage)
{
    // Dark enough to read as text on a light base and as a tint on a dark one; the same hues as the icons.
    switch (stage) {
    case PhoneStage::Detected:
        return QColor(0x5b, 0x6b, 0x7a);
    case PhoneStage::TrustList:
        return QColor(0xd9, 0x77, 0x06);
    case PhoneStage::Config:
        return QColor(0x25, 0x63, 0xeb);
    case PhoneStage::Firmware:
        return QColor(0x0e, 0x74, 0x90);
    case PhoneStage::Rebooting:
        return QColor(0x7c, 0x3a, 0xed);
    case PhoneStage::Sip:
        return QColor(0x0d, 0x94, 0x88);
    case PhoneStage::Verified:
        return QColor(0x15, 0x80, 0x3d);
    case PhoneStage::Failed:
        return QColor(0xdc, 0x26, 0x26);
    case PhoneStage::Idle:
        return QColor(0xb4, 0x53, 0x09);
    }
    return {};
}

QString BenchStageStyle::iconPath(PhoneStage stage)
{
    return QStringLiteral(":/icons/stages/stage-%1.svg").arg(PhoneStageNames::toString(stage));
}

QIcon BenchStageStyle::icon(PhoneStage stage)
{
    return QIcon(iconPath(stage));
}

QString BenchStageStyle::description(PhoneStage stage)
{
    switch (stage) {
    case PhoneStage::Detected:
        return tr("Found on the bench; waiting for it to ask for its files.");
    case PhoneStage::TrustList:
        return tr("Its trust list makes it ignore this bench: erase the trust list on the phone.");
    case PhoneStage::Config:
        return tr("Reading its configuration.");
    case PhoneStage::Firmware:
        return tr("Loading the SIP firmware.");
    case PhoneStage::Rebooting:
        return tr("Restarting with the new firmware.");
    case PhoneStage::Sip:
        return tr("Runs SIP; checking its web page.");
    case PhoneStage::Verified:
        return tr("Converted and checked.");
    case PhoneStage::Failed:
        return tr("Stopped: see the message for what to do.");
    case PhoneStage::Idle:
        return tr("No traffic from it for a while: check its cable and power.");
    }
    return {};
}

BenchStageStyle::Group BenchStageStyle::group(PhoneStage stage)
{
    switch (stage) {
    case PhoneStage::TrustList:
    case PhoneStage::Idle:
    case PhoneStage::Failed:
        return Group::Attention;
    case PhoneStage::Verified:
        return Group::Verified;
    default:
        return Group::Working;
    }
}

QString BenchStageStyle::speedText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeTraditionalFormat));
}

QString BenchStageStyle::etaText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
