#include "core/provisioning/csvreader.h"

namespace {

Error parseError(int line, const QString &what)
{
    return Error(ErrorCode::InventoryParseError, QStringLiteral("line %1: %2").arg(line).arg(what));
}

} // namespace

QChar CsvReader::guessSeparator(QStringView text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView header = end < 0 ? text : text.left(end);
    if (header.contains(QLatin1Char(';')) && !header.contains(QLatin1Char(',')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<QList<CsvReader::Record>> CsvReader::parse(QStringView text, QChar separator)
{
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // the field was quoted and its closing quote has been read
    int quoteStartLine = 0;

    auto endField = [&]() -> Result<void> {
        if (field.size() > kMaxFieldLength)
            return parseError(record.line, QStringLiteral("field longer than %1 characters").arg(kMaxFieldLength));
        if (record.fields.size() >= kMaxFields)
            return parseError(record.line, QStringLiteral("more than %1 fields").arg(kMaxFields));
        record.fields.append(field);
        field.clear();
        afterQuote = false;
        return {};
    };
    auto endRecord = [&]() -> Result<void> {
        if (Result<void> ended = endField(); !ended)
            return ended;
        if (records.size() >= kMaxRecords)
            return Error(ErrorCode::FileTooLarge, QStringLiteral("more than %1 rows").arg(kMaxRecords));
        records.append(std::move(record));
        record = Record{};
        record.line = line;
        return {};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            if (Result<void> ok = endField(); !ok)
                return ok.error();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (Result<void> ok = endRecord(); !ok)
                return ok.error();
        } else if (afterQuote) {
            return parseError(line, QStringLiteral("text after a closing quote"));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            quoteStartLine = line;
        } else {
            field += c; // a quote inside an unquoted field is kept literally, as spreadsheets do
        }
    }
    if (inQuotes)
        return parseError(quoteStartLine, QStringLiteral("quote opened here is never closed"));
    // A last record without a final line break.
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote) {
        if (Result<void> ok = endRecord(); !ok)
            return ok.error();
    }
    return records;
}

QString CsvReader::quote(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
