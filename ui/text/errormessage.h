#pragma once

#include <QString>

// A translated explanation of one core Error: what happened, why, and what the technician should do. The core
// detail stays technical and goes to the collapsed "Details" area and the log.
struct ErrorMessage
{
    QString what;
    QString why;
    QString fix;
    QString detail;

    bool isEmpty() const { return what.isEmpty(); }
    QString summary() const { return what + QLatin1Char(' ') + why + QLatin1Char(' ') + fix; }
};
