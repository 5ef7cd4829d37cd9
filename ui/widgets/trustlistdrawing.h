#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Fills the SVG templates in resources/trustlist (embedded at :/trustlist) with one model's data: its menu path,
// the keys of a sequence, its softkey, its reset feedback lamps. Pure functions, so tests can render every model.
class TrustListDrawing
{
public:
    static QByteArray menuPath(const QStringList &path);
    static QByteArray keypad(const QString &keys);
    static QByteArray softkey(const QString &fileEntry, const QString &softkey, const QString &exitLabel);
    // `resetEntry` is the catalog's id of how the phone shows reset mode (line buttons, handset strip, …).
    static QByteArray powerUp(const QString &resetEntry);

private:
    static QByteArray load(const QString &name);
};
