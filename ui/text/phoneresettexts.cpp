#include "ui/text/phoneresettexts.h"

QString PhoneResetTexts::resetEntryText(const QString &id)
{
    if (id == QLatin1String("holdHashUntilLineButtonsFlashAmber"))
        return tr("Unplug the phone. Hold # while you plug it in, until the line buttons flash amber (this can "
                  "take a minute or more).");
    if (id == QLatin1String("holdHashUntilHandsetStripFlashesRed"))
        return tr("Unplug the phone. Hold # while you plug it in, until the light strip on the handset flashes "
                  "red in sequence.");
    if (id == QLatin1String("holdHashUntilHeadsetMuteSpeakerFlash"))
        return tr("Unplug the phone. Hold # while you plug it in, until the Headset, Mute and Speaker buttons "
                  "flash.");
    return {};
}

QString PhoneResetTexts::feedbackText(const QString &id)
{
    if (id == QLatin1String("upgradingText"))
        return tr("the screen shows \"Upgrading\".");
    if (id == QLatin1String("lineButtonsFlashRed"))
        return tr("the line buttons flash red.");
    if (id == QLatin1String("lineLampsGreen"))
        return tr("the line lamps turn green.");
    if (id == QLatin1String("handsetStripSequence"))
        return tr("the handset light strip lights in sequence.");
    return {};
}

QString PhoneResetTexts::followUpText(const QString &id)
{
    if (id == QLatin1String("keepNetworkConfigAnswer2"))
        return tr("Type it within 60 seconds. When the phone asks \"Keep network cfg? 1=yes 2=no\", press 2.");
    return {};
}
