// ErrorMessages, bench half: why a phone stopped or waits (PhoneRecord::cause) and what the technician does about
// it, in the words of docs/phones.md ("Jump loads", "Trust lists and resets") and with the catalog's menu path and key
// sequences for the phone's model.
#include "ui/text/errormessages.h"

#include "core/bench/phonerecord.h"
#include "core/phones/phonecatalog.h"
#include "ui/text/phoneresettexts.h"

namespace {

constexpr auto kFactoryResetKeys = "123456789*0#";
constexpr auto kFormatKeys = "3491672850*#";

QString resetKeys(const PhoneModel *model)
{
    return model && !model->factoryResetKeys.isEmpty() ? model->factoryResetKeys : QLatin1String(kFactoryResetKeys);
}

// Empty for a known model without a documented format (7940/7960): never suggest another family's sequence.
QString formatKeys(const PhoneModel *model)
{
    return model ? model->formatKeys : QLatin1String(kFormatKeys);
}

} // namespace

ErrorMessage ErrorMessages::forPhone(const PhoneRecord &record, const PhoneCatalog *catalog)
{
    if (ErrorMessage specific = bench(record, catalog); !specific.isEmpty())
        return specific;
    return record.cause.isError() ? forError(record.cause) : ErrorMessage();
}

ErrorMessage ErrorMessages::bench(const PhoneRecord &record, const PhoneCatalog *catalog)
{
    const Error &cause = record.cause;
    const PhoneModel *model = catalog ? catalog->model(record.modelId) : nullptr;
    const QString phone = model                       ? model->displayName
                          : !record.modelId.isEmpty() ? tr("The %1 phone").arg(record.modelId)
                                                      : tr("The phone");
    // Without a record (forError), only PhoneSipBundleMissing's detail is a bare family id.
    QString family = !record.fixDetail.isEmpty() ? record.fixDetail : record.familyId;
    if (family.isEmpty())
        family = cause.code() == ErrorCode::PhoneSipBundleMissing && !cause.detail().isEmpty() ? cause.detail()
                                                                                               : tr("this model");
    ErrorMessage m;
    m.detail = cause.toLogString();
    switch (cause.code()) {
    case ErrorCode::PhoneTrustListPresent:
        return trustList(record, model, phone);
    case ErrorCode::PhoneSipBundleMissing:
        m.what = tr("%1 has no SIP firmware to convert to.").arg(phone);
        m.why = tr("No SIP bundle for its family (%1) is in the firmware library.").arg(family);
        m.fix = tr("On the Firmware page, import the Cisco SIP bundle for %1 (its load names start with %1), "
                   "restart the bench, then unplug the phone and plug it back in.")
                    .arg(family);
        return m;
    case ErrorCode::PhoneJumpLoadMissing:
        m.what = record.oldLoad.isEmpty() ? tr("%1 keeps rebooting on the same firmware.").arg(phone)
                                          : tr("%1 runs firmware older than 8.3(3) (%2).").arg(phone, record.oldLoad);
        m.why = tr("A phone below 8.3(3) must first get a jump load between 8.3(3) and 8.5(2); going straight to "
                   "9.x makes it reboot in a loop.");
        m.fix = tr("On the Firmware page, import an 8.3(3) to 8.5(2) bundle for %1 (SCCP 8.5(2) works), restart the "
                   "bench, then unplug the phone and plug it back in.")
                    .arg(family);
        return m;
    case ErrorCode::PhoneRebootLoop:
        m.what = tr("%1 keeps loading the same firmware without starting SIP, even after the jump load.").arg(phone);
        m.why = tr("The new firmware does not stick: the bundle may not fit this model, or the phone's flash is "
                   "damaged.");
        m.fix = formatKeys(model).isEmpty()
                    ? tr("Check that the bundle on the Firmware page is for this model. Then factory reset the "
                         "phone: power it up holding #, type %1, and let it load again. If it still loops, the "
                         "phone needs repair.")
                          .arg(resetKeys(model))
                    : tr("Check that the bundle on the Firmware page is for this model. Then format the phone: "
                         "power it up holding #, type %1, and let it load again. If it still loops, the phone "
                         "needs repair.")
                          .arg(formatKeys(model));
        return m;
    case ErrorCode::PhoneConfigRefused:
        m.what = tr("A phone's configuration was refused to another address.");
        m.why = tr("It holds the phone's password, so the bench gives it only to the address it leased to that "
                   "phone.");
        m.fix = tr("If the phone itself moved to a new address, unplug it and plug it back in. Otherwise look for "
                   "the device in the log: it asked for a file that is not its own.");
        return m;
    case ErrorCode::PhoneConfigClaimed:
        m.what = tr("The first address that asked for a phone's configuration now receives it.");
        m.why = tr("With the existing DHCP server the bench cannot check which device owns a MAC address.");
        m.fix = tr("Make sure only the phones you convert are on this network, or let sccp2sip run DHCP (Network "
                   "page).");
        return m;
    case ErrorCode::PhoneIdle:
        m.what = tr("%1 has been silent for several minutes.").arg(phone);
        m.why = tr("Flashing takes a few minutes, but this is longer: it may have lost power or its cable, or it "
                   "waits for a key press on its screen.");
        m.fix = tr("Look at the phone's screen, check its cable and power, then unplug it and plug it back in.");
        return m;
    case ErrorCode::PhoneWrongLoad:
        m.what = record.newLoad.isEmpty() || record.targetLoad.isEmpty()
                     ? tr("%1 does not run the firmware it was given.").arg(phone)
                     : tr("%1 runs %2, not %3.").arg(phone, record.newLoad, record.targetLoad);
        m.why = tr("It kept its old firmware or loaded another server's: an \"Alternate TFTP\" setting on the phone "
                   "or a second DHCP server can send it elsewhere.");
        m.fix = tr("Make sure this bench is the only DHCP server, then factory reset the phone (power it up "
                   "holding #, type %1) so it loads the firmware again.")
                    .arg(resetKeys(model));
        return m;
    case ErrorCode::VerificationFailed:
        m.what = tr("%1 reached SIP, but its web page could not confirm the firmware.").arg(phone);
        m.why = tr("Its web server is off (an old call manager may have switched it off) or the phone restarted "
                   "while being asked.");
        m.fix = tr("Read the firmware version on the phone under Settings > Model Information. If it starts with "
                   "SIP, the phone is converted; otherwise restart the bench and power-cycle the phone.");
        return m;
    default:
        return {}; // not a bench code: forPhone() asks forError()
    }
}

ErrorMessage ErrorMessages::trustList(const PhoneRecord &record, const PhoneModel *model, const QString &phone)
{
    ErrorMessage m;
    m.detail = record.cause.toLogString();
    m.what = tr("%1 still holds the trust list of its old call manager.").arg(phone);
    m.why = tr("It asks for signed files and ignores the unsigned configuration this bench serves.");
    if (record.fix == PhoneFix::FactoryReset || (model && !model->hasTrustListErase)) {
        // The erase did not help, or the model has no erase menu: the escalation in docs/phones.md, "Trust lists and
        // resets".
        const QString entry = model ? PhoneResetTexts::resetEntryText(model->resetEntry) : QString();
        QStringList steps{entry.isEmpty() ? tr("Unplug the phone, then power it up while holding #.") : entry,
                          tr("Release # and type %1.").arg(resetKeys(model))};
        if (const QString followUp = model ? PhoneResetTexts::followUpText(model->factoryResetFollowUp) : QString();
            !followUp.isEmpty())
            steps << followUp;
        if (!formatKeys(model).isEmpty())
            steps << tr("If it still asks for signed files, do the same with %1 (format: the phone also loads its "
                        "firmware again).")
                         .arg(formatKeys(model));
        m.fix = steps.join(QLatin1Char(' '));
        return m;
    }
    if (model && !model->trustListErase.menuPaths.isEmpty()) {
        const PhoneTrustListErase &erase = model->trustListErase;
        const QStringList &path = erase.menuPaths.constFirst();
        // The catalog's paths start at the Settings button and end at the file entry to erase.
        const QString menu = path.mid(1, path.size() - 2).join(QStringLiteral(" > "));
        m.fix = (erase.confirm ? tr("On the phone press Settings, open %1, type %2 to unlock, select %3, press %4 "
                                    "and confirm. When it then asks for its plain configuration, it is free.")
                               : tr("On the phone press Settings, open %1, type %2 to unlock, select %3 and press "
                                    "%4. When it then asks for its plain configuration, it is free."))
                    .arg(menu, erase.unlockKeys, path.constLast(), erase.softkey);
        return m;
    }
    m.fix = tr("On the phone press Settings, open Security Configuration > Trust List, type **# to unlock, and erase "
               "the CTL and ITL files. If there is no such menu, factory reset the phone: power it up holding #, "
               "then type %1.")
                .arg(resetKeys(model));
    return m;
}
