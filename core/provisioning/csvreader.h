#pragma once

#include "core/common/result.h"

#include <QList>
#include <QStringList>

// An RFC 4180 reader: quoted fields with "" for a quote, separators and line breaks inside quotes, CRLF or LF.
// Every record remembers the file line it starts on, so errors can point at it. Bounded: a file from a user is
// hostile input like any packet.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    static constexpr int kMaxRecords = 20000;
    static constexpr int kMaxFields = 64;
    static constexpr int kMaxFieldLength = 4096;

    // InventoryParseError for an unterminated quote or text after a closing quote; FileTooLarge past the limits.
    static Result<QList<Record>> parse(QStringView text, QChar separator = QLatin1Char(','));
    // ';' when the header line has semicolons and no commas (Excel in many European locales), else ','.
    static QChar guessSeparator(QStringView text);
    // One field, quoted only when it must be (separator, quote, CR/LF, or blanks at either end).
    static QString quote(const QString &field, QChar separator = QLatin1Char(','));
};
