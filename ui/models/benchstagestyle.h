#pragma once

#include "core/bench/phonestage.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How a stage looks on the Bench page: its colour, its icon (resources/icons/stages, SVG for high-DPI) and a
// sentence saying what the phone is doing. The stage's name itself is always PhoneStageNames::toString(), the
// same word the CLI and the report use.
class BenchStageStyle
{
    Q_DECLARE_TR_FUNCTIONS(BenchStageStyle)
public:
    // Which filter group a stage belongs to.
    enum class Group { Working, Attention, Verified };

    static QColor color(PhoneStage stage);
    // A new icon each call: callers that paint often keep theirs (QIcon caches its rendered pixmaps).
    static QIcon icon(PhoneStage stage);
    static QString iconPath(PhoneStage stage);
    static QString description(PhoneStage stage);
    static Group group(PhoneStage stage);
    // "1.2 MB/s", "340 KB/s"; "" for no speed.
    static QString speedText(double bytesPerSecond);
    // "1:05", "12 s"; "" when unknown.
    static QString etaText(qint64 seconds);
};
