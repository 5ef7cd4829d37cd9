#include "ui/widgets/trustlistdrawing.h"

#include <QFile>

namespace {

const QByteArray highlight = QByteArrayLiteral("#f5a623");
const QByteArray plainKey = QByteArrayLiteral("#c9d1dc");

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray TrustListDrawing::load(const QString &name)
{
    QFile file(QStringLiteral(":/trustlist/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TrustListDrawing::menuPath(const QStringList &path)
{
    QByteArray svg = load(QStringLiteral("menupath.svg"));
    // Four boxes; a shorter path keeps its last entry in the highlighted final box.
    QStringList boxes = path.mid(0, 4);
    if (boxes.size() == 3)
        boxes = {boxes.at(0), boxes.at(1), QString(), boxes.at(2)};
    while (boxes.size() < 4)
        boxes.append(QString());
    for (int i = 0; i < 4; ++i)
        svg.replace(QByteArray("{{M" + QByteArray::number(i + 1) + "}}"), escaped(boxes.at(i)));
    svg.replace("{{O3}}", boxes.at(2).isEmpty() ? "0" : "1");
    svg.replace("{{O4}}", boxes.at(3).isEmpty() ? "0" : "1");
    return svg;
}

QByteArray TrustListDrawing::keypad(const QString &keys)
{
    QByteArray svg = load(QStringLiteral("keypad.svg"));
    svg.replace("{{KEYS}}", escaped(keys));
    const QString digits = QStringLiteral("0123456789");
    for (const QChar digit : digits)
        svg.replace(QByteArray("{{K" + QByteArray(1, digit.toLatin1()) + "}}"),
                    keys.contains(digit) ? highlight : plainKey);
    svg.replace("{{KSTAR}}", keys.contains(QLatin1Char('*')) ? highlight : plainKey);
    svg.replace("{{KHASH}}", keys.contains(QLatin1Char('#')) ? highlight : plainKey);
    return svg;
}

QByteArray TrustListDrawing::softkey(const QString &fileEntry, const QString &softkey, const QString &exitLabel)
{
    QByteArray svg = load(QStringLiteral("softkey.svg"));
    svg.replace("{{FILE}}", escaped(fileEntry));
    // What the screen lists under the file entry on the phones we know of; not translated: the phone is English.
    svg.replace("{{LINE1}}", "Tftp Server 1");
    svg.replace("{{LINE2}}", "CCM + TFTP");
    svg.replace("{{SOFTKEY}}", escaped(softkey));
    svg.replace("{{EXIT}}", escaped(exitLabel));
    return svg;
}

QByteArray TrustListDrawing::powerUp(const QString &resetEntry)
{
    QByteArray svg = load(QStringLiteral("powerup.svg"));
    const bool strip = resetEntry.contains(QStringLiteral("Strip"));
    const bool red = resetEntry.contains(QStringLiteral("Red"));
    svg.replace("{{LAMP}}", red ? "#e0402a" : "#f5a623");
    svg.replace("{{LINE_OPACITY}}", strip ? "0.15" : "1");
    svg.replace("{{STRIP_OPACITY}}", strip ? "1" : "0");
    return svg;
}
