#pragma once

#include <QCoreApplication>
#include <QString>

// The catalog's reset and feedback identifiers (catalog.json `resetEntry`, `factoryResetFollowUp`, `feedback`) as
// sentences for the technician: shared by the trust-list guide, a phone's problem text and the CLI.
class PhoneResetTexts
{
    Q_DECLARE_TR_FUNCTIONS(PhoneResetTexts)
public:
    // How to enter reset mode ("Hold # while you plug it in, until …"); empty for an unknown identifier.
    static QString resetEntryText(const QString &id);
    // What the phone shows while it resets; empty for an unknown identifier.
    static QString feedbackText(const QString &id);
    // A step after the key sequence (answer a question on screen); empty when there is none.
    static QString followUpText(const QString &id);
};
