#pragma once

#include <QTest>

// Whether this Windows program runs under Wine (ntdll exports wine_get_version there, never on Windows). For the
// few checks where Wine's emulation differs from Windows in a way the check depends on; each skip names how, so
// a run on a real Windows machine makes the check.
bool runningUnderWine();

#define SCCP2SIP_SKIP_UNDER_WINE(difference)                                                                           \
    do {                                                                                                               \
        if (runningUnderWine())                                                                                        \
            QSKIP("Wine differs from Windows here: " difference);                                                      \
    } while (false)
