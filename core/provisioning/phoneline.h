#pragma once

#include <QString>

// One SIP account on one line key. Empty authUser means "same as extension"; the generators set name, authName
// and contact all to the extension unless told otherwise, which avoids the usual From/digest mismatches.
struct PhoneLine
{
    QString extension;   // SIP user (name/contact), e.g. "201"
    QString authUser;    // digest user; empty → extension
    QString password;    // secret: never logged, never exported unless asked
    QString displayName; // caller name shown to others
    QString label;       // text next to the line key (featureLabel); empty → extension

    QString effectiveAuthUser() const { return authUser.isEmpty() ? extension : authUser; }
    QString effectiveLabel() const { return label.isEmpty() ? extension : label; }
    friend bool operator==(const PhoneLine &, const PhoneLine &) = default;
};
