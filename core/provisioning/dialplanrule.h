#pragma once

#include <QString>

// One <TEMPLATE> of a Cisco dial plan: when the dialled digits match `pattern` (digits, '.' for any digit,
// '*' for any number of digits), the phone waits `timeoutSeconds` for more digits, then dials.
struct DialPlanRule
{
    QString pattern;
    int timeoutSeconds = 0;
};
