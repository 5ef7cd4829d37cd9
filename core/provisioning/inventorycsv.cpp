#include "core/provisioning/inventorycsv.h"

#include "core/common/logging.h"
#include "core/provisioning/csvreader.h"
#include "core/provisioning/provisioningvalidator.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace {

using Field = ProvisioningIssue::Field;
using Kind = ProvisioningIssue::Kind;

enum class Column { Mac, Line, Extension, AuthUser, Password, DisplayName, Label, Model, Note };

const QList<QPair<QString, Column>> &knownColumns()
{
    static const QList<QPair<QString, Column>> columns = {
        {QStringLiteral("mac"), Column::Mac},
        {QStringLiteral("line"), Column::Line},
        {QStringLiteral("extension"), Column::Extension},
        {QStringLiteral("auth_user"), Column::AuthUser},
        {QStringLiteral("password"), Column::Password},
        {QStringLiteral("display_name"), Column::DisplayName},
        {QStringLiteral("label"), Column::Label},
        {QStringLiteral("model"), Column::Model},
        {QStringLiteral("note"), Column::Note},
    };
    return columns;
}

// "Display Name", "display-name" and "DISPLAY_NAME" all mean display_name.
QString normalizedHeader(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

struct Header
{
    QHash<Column, int> known;
    QList<QPair<int, QString>> extra; // index, original name
    int width = 0;
};

Result<Header> readHeader(const QStringList &fields)
{
    Header header;
    header.width = int(fields.size());
    QSet<QString> seen;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = normalizedHeader(fields[i]);
        if (name.isEmpty())
            continue;
        if (seen.contains(name))
            return Error(ErrorCode::InventoryParseError,
                         QStringLiteral("line 1: column '%1' appears twice").arg(fields[i].trimmed()));
        seen.insert(name);
        bool known = false;
        for (const auto &[columnName, column] : knownColumns()) {
            if (columnName == name) {
                header.known.insert(column, i);
                known = true;
            }
        }
        if (!known)
            header.extra.append({i, fields[i].trimmed()});
    }
    for (const char *required : {"mac", "extension"}) {
        if (!seen.contains(QLatin1String(required)))
            return Error(ErrorCode::InventoryParseError,
                         QStringLiteral("line 1: the header has no '%1' column").arg(QLatin1String(required)));
    }
    return header;
}

ProvisioningIssue rowIssue(int csvLine, Field field, Kind kind, QString detail)
{
    return {ProvisioningIssue::Severity::Error, field, kind, 0, csvLine, std::move(detail)};
}

class RowImporter
{
public:
    RowImporter(const Header &header, InventoryCsv::Import &import)
        : m_header(header)
        , m_import(import)
    {}

    void import(const CsvReader::Record &record)
    {
        const QStringList &f = record.fields;
        if (std::all_of(f.cbegin(), f.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            return; // blank lines, often at the end of a spreadsheet export
        const int headerWidth = m_header.width;
        if (f.size() > headerWidth &&
            !std::all_of(f.cbegin() + headerWidth, f.cend(), [](const QString &s) { return s.isEmpty(); })) {
            m_import.issues.append(
                rowIssue(record.line, Field::Row, Kind::MalformedRow,
                         QStringLiteral("%1 fields, the header has %2").arg(f.size()).arg(headerWidth)));
            return;
        }
        const QString macText = value(f, Column::Mac);
        const std::optional<MacAddress> mac = MacAddress::parse(macText);
        if (!mac) {
            m_import.issues.append(rowIssue(record.line, Field::Mac, macText.isEmpty() ? Kind::Empty : Kind::BadMac,
                                            QStringLiteral("'%1'").arg(macText.left(40))));
            return;
        }
        int lineNumber = 1;
        if (const QString lineText = value(f, Column::Line); !lineText.isEmpty()) {
            bool ok = false;
            lineNumber = lineText.toInt(&ok);
            if (!ok || lineNumber < 1 || lineNumber > ProvisioningValidator::kMaxLineNumber) {
                m_import.issues.append(rowIssue(record.line, Field::Line, Kind::OutOfRange,
                                                QStringLiteral("'%1'").arg(lineText.left(10))));
                return;
            }
        }
        const QPair<MacAddress, int> key{*mac, lineNumber};
        if (const auto first = m_firstLine.constFind(key); first != m_firstLine.cend()) {
            m_import.issues.append(rowIssue(
                record.line, Field::Mac, Kind::DuplicateMac,
                QStringLiteral("%1 line %2 already on csv line %3").arg(mac->toColon()).arg(lineNumber).arg(*first)));
            return;
        }
        m_firstLine.insert(key, record.line);
        addRow(record, *mac, lineNumber);
    }

private:
    QString value(const QStringList &fields, Column column) const
    {
        const int index = m_header.known.value(column, -1);
        return index >= 0 && index < fields.size() ? fields[index].trimmed() : QString();
    }

    void addRow(const CsvReader::Record &record, const MacAddress &mac, int lineNumber)
    {
        const QStringList &f = record.fields;
        PhoneLine line;
        line.extension = value(f, Column::Extension);
        line.authUser = value(f, Column::AuthUser);
        line.password = value(f, Column::Password);
        line.displayName = value(f, Column::DisplayName);
        line.label = value(f, Column::Label);
        const bool hasLine = !(line == PhoneLine{});

        if (hasLine) {
            QList<ProvisioningIssue> issues = ProvisioningValidator::validateLine(lineNumber, line);
            // The GUI keeps passwords in the keychain: an inventory without a password column is normal.
            if (!m_header.known.contains(Column::Password)) {
                issues.removeIf(
                    [](const ProvisioningIssue &i) { return i.field == Field::Password && i.kind == Kind::Empty; });
            }
            for (ProvisioningIssue &issue : issues)
                issue.csvLine = record.line;
            m_import.issues += issues;
            if (ProvisioningIssue::hasErrors(issues))
                return;
        }
        const PhoneInventoryEntry *existing = m_import.inventory.find(mac);
        PhoneInventoryEntry entry = existing ? *existing : PhoneInventoryEntry{};
        entry.mac = mac;
        if (hasLine)
            entry.lines.insert(lineNumber, line);
        if (entry.modelHint.isEmpty())
            entry.modelHint = value(f, Column::Model);
        if (entry.note.isEmpty())
            entry.note = value(f, Column::Note);
        QList<QPair<QString, QString>> extra;
        for (const auto &[index, name] : m_header.extra)
            extra.append({name, index < f.size() ? f[index] : QString()});
        if (!extra.isEmpty())
            entry.extraColumns.insert(lineNumber, extra);
        m_import.inventory.insert(entry);
    }

    const Header &m_header;
    InventoryCsv::Import &m_import;
    QHash<QPair<MacAddress, int>, int> m_firstLine;
};

} // namespace

Result<InventoryCsv::Import> InventoryCsv::parse(const QByteArray &data)
{
    if (data.size() > kMaxFileBytes)
        return Error(ErrorCode::FileTooLarge, QStringLiteral("%1 bytes, limit %2").arg(data.size()).arg(kMaxFileBytes));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error(ErrorCode::InventoryParseError, QStringLiteral("not UTF-8 text"));
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    Result<QList<CsvReader::Record>> records = CsvReader::parse(text, CsvReader::guessSeparator(text));
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error(ErrorCode::InventoryParseError, QStringLiteral("the file is empty"));

    Result<Header> header = readHeader(records->first().fields);
    if (!header)
        return header.error();
    Import import;
    QStringList extraNames;
    for (const auto &extra : header->extra)
        extraNames.append(extra.second);
    import.inventory.setExtraColumnNames(extraNames);
    RowImporter importer(*header, import);
    for (qsizetype i = 1; i < records->size(); ++i)
        importer.import(records->at(i));
    qCInfo(lcProvisioning) << "inventory: imported" << import.inventory.size() << "phones from" << records->size() - 1
                           << "rows," << import.issues.size() << "issues";
    return import;
}

Result<InventoryCsv::Import> InventoryCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > kMaxFileBytes)
        return Error(ErrorCode::FileTooLarge,
                     QStringLiteral("%1: %2 bytes, limit %3").arg(path).arg(file.size()).arg(kMaxFileBytes));
    // Read one byte past the limit: a file that grows while we read is still refused.
    return parse(file.read(kMaxFileBytes + 1));
}

QByteArray InventoryCsv::serialize(const PhoneInventory &inventory, Passwords passwords)
{
    QStringList header = {QStringLiteral("mac"),       QStringLiteral("line"),         QStringLiteral("extension"),
                          QStringLiteral("auth_user"), QStringLiteral("display_name"), QStringLiteral("label"),
                          QStringLiteral("model"),     QStringLiteral("note")};
    if (passwords == Passwords::Include)
        header.insert(4, QStringLiteral("password"));
    header += inventory.extraColumnNames();

    auto csvLine = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(CsvReader::quote(field));
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = csvLine(header);
    for (const PhoneInventoryEntry &entry : inventory.entries()) {
        QList<int> lineNumbers = entry.lines.keys();
        for (int n : entry.extraColumns.keys()) {
            if (!lineNumbers.contains(n))
                lineNumbers.append(n);
        }
        if (lineNumbers.isEmpty())
            lineNumbers.append(1); // a phone with no line still gets its row (firmware only)
        std::sort(lineNumbers.begin(), lineNumbers.end());
        for (int n : lineNumbers) {
            const PhoneLine line = entry.lines.value(n);
            QStringList row = {entry.mac.toColon(), QString::number(n), line.extension,  line.authUser,
                               line.displayName,    line.label,         entry.modelHint, entry.note};
            if (passwords == Passwords::Include)
                row.insert(4, line.password);
            const QList<QPair<QString, QString>> extra = entry.extraColumns.value(n);
            for (const QString &name : inventory.extraColumnNames()) {
                QString cell;
                for (const auto &[extraName, extraValue] : extra) {
                    if (extraName == name)
                        cell = extraValue;
                }
                row.append(cell);
            }
            out += csvLine(row);
        }
    }
    return out.toUtf8();
}
