#include "ui/report/reporthtml.h"

#include "core/common/version.h"
#include "ui/models/reportphonemodel.h"
#include "ui/report/reportsummary.h"

#include <QLocale>

namespace {

// Landscape A4 fits the nine columns; header rows repeat on every printed page and a phone never splits.
const QLatin1String kStyle(R"css(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #111;
       margin: 1.5em; }
h1 { font-size: 16pt; margin: 0 0 .2em 0; }
p.generated { color: #555; margin: 0 0 1em 0; }
table { border-collapse: collapse; }
table.summary td, table.summary th { padding: 2px 12px 2px 0; text-align: left; vertical-align: top; }
table.phones { width: 100%; margin-top: 1em; }
table.phones th, table.phones td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
table.phones th { background: #e8e8e8; }
td.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; white-space: nowrap; }
td.outcome-0 { color: #1a7f37; font-weight: bold; }
td.outcome-1 { color: #b42318; font-weight: bold; }
td.outcome-2 { color: #9a6700; font-weight: bold; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  table.phones th { background: none; }
}
)css");

} // namespace

QString ReportHtml::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\'':
            escaped += QLatin1String("&#39;");
            break;
        default:
            // Control characters from the wire have no business in a document: shown as a replacement mark.
            escaped += c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t')
                           ? QChar(QChar::ReplacementCharacter)
                           : c;
        }
    }
    return escaped;
}

QByteArray ReportHtml::render(const ReportPhoneModel &phones, const ReportSummary &summary,
                              const QDateTime &generatedAt)
{
    const QString title = tr("Bench report");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(escape(QLocale().bcp47Name()));
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n").arg(escape(title), kStyle);
    html += QStringLiteral("<h1>%1</h1>\n").arg(escape(title));
    html += QStringLiteral("<p class=\"generated\">%1</p>\n")
                .arg(escape(tr("Written by sccp2sip %1 on %2.")
                                .arg(QStringLiteral(SCCP2SIP_VERSION),
                                     QLocale().toString(generatedAt.toLocalTime(), QLocale::LongFormat))));

    html += QStringLiteral("<table class=\"summary\">\n");
    for (const auto &[heading, value] : summary.lines())
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escape(heading), escape(value));
    html += QStringLiteral("</table>\n");

    using Column = ReportPhoneModel::Column;
    html += QStringLiteral("<table class=\"phones\">\n<thead><tr>");
    for (int column = 0; column < int(Column::Count); ++column)
        html += QStringLiteral("<th>%1</th>").arg(escape(phones.headerData(column, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < phones.rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < int(Column::Count); ++column) {
            QString cssClass;
            if (column == int(Column::Mac) || column == int(Column::Serial) || column == int(Column::Address))
                cssClass = QStringLiteral("mono");
            else if (column == int(Column::Result))
                cssClass = QStringLiteral("outcome-%1")
                               .arg(phones.data(phones.index(row, column), ReportPhoneModel::OutcomeRole).toInt());
            html += QStringLiteral("<td class=\"%1\">%2</td>").arg(cssClass, escape(phones.text(row, Column(column))));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return html.toUtf8();
}
