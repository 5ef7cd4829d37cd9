#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class ReportPhoneModel;
class ReportSummary;

// The printable report: one self-contained HTML document (no scripts, no external files) with print CSS, the
// summary and every phone as the Report page's table shows it. Every text is escaped: MACs, models and serials
// come from the wire.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QByteArray render(const ReportPhoneModel &phones, const ReportSummary &summary,
                             const QDateTime &generatedAt);
    // Text as HTML character data or a double- or single-quoted attribute value.
    static QString escape(const QString &text);
};
