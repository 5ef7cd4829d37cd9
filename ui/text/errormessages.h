#pragma once

#include "core/common/error.h"
#include "ui/text/errormessage.h"

#include <QCoreApplication>

class PhoneCatalog;
struct PhoneModel;
struct PhoneRecord;

// Maps every core ErrorCode the wizard surfaces to translated text. The only place UI wording for core errors
// lives, so a code reads the same on every page. Every code of the enum has its own text; fallback() is for values
// outside it (a newer core, a damaged file).
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    static ErrorMessage forError(const Error &error);
    // Bind failures on a server port, with the fix for this OS and the process holding the port when the OS said.
    static ErrorMessage forBind(const Error &error, quint16 port);
    // Why a phone on the bench stopped or waits, and what to do, from its record: the catalog's menu path and key
    // sequences for its model, the family to import, the loads it ran. Empty when the phone has no cause.
    static ErrorMessage forPhone(const PhoneRecord &record, const PhoneCatalog *catalog);
    // A file the technician chose (an export) could not be written.
    static ErrorMessage forSave(const Error &error, const QString &path);
    // "No explanation yet": only for codes outside the enum.
    static ErrorMessage fallback(const Error &error);
    // The Linux command that lets this binary bind ports below 1024 without running as root.
    static QString setcapCommand(const QString &binaryPath);

private:
    static ErrorMessage firmware(const Error &error);
    static ErrorMessage network(const Error &error);
    static ErrorMessage provisioning(const Error &error);
    // The bench codes' texts for one phone; empty for any other code.
    static ErrorMessage bench(const PhoneRecord &record, const PhoneCatalog *catalog);
    static ErrorMessage trustList(const PhoneRecord &record, const PhoneModel *model, const QString &phone);
    static QString portService(quint16 port);
};
