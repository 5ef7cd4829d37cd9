#pragma once

#include <QString>

// The keychain recipe, from inside a test. Suites registered with sccp2sip_add_test(... KEYRING) are started
// by tests/support/with-keyring, which gives them a private D-Bus session bus, a temporary HOME and an unlocked
// gnome-keyring; the developer's real keyring is never touched. On Windows the store is the Credential Manager of
// the private Wine prefix scripts/windows makes.
namespace KeyringEnvironment {
// Empty when a private Secret Service is available; otherwise why not (for QSKIP/QFAIL messages).
QString unavailableReason();
} // namespace KeyringEnvironment

#define SCCP2SIP_REQUIRE_KEYRING()                                                                                     \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("SCCP2SIP_NO_KEYRING"))                                                          \
            QSKIP("SCCP2SIP_NO_KEYRING is set: the real keychain test is switched off");                               \
        const QString reason = KeyringEnvironment::unavailableReason();                                                \
        QVERIFY2(reason.isEmpty(), qPrintable(reason));                                                                \
    } while (false)
