#include "core/provisioning/csvreader.h"
#include "core/provisioning/inventorycsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = ProvisioningIssue::Kind;
Q_DECLARE_METATYPE(Kind)

// The inventory CSV contract from architecture.md, edge case by edge case.
class TestInventoryCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reader_data();
    void reader();
    void readerErrors_data();
    void readerErrors();
    void importsAnySpellingAndOrder();
    void multipleLinesPerPhone();
    void rowIssues_data();
    void rowIssues();
    void fatalErrors_data();
    void fatalErrors();
    void hugeFileRefused();
    void readFile();
    void exportOmitsPasswordsUnlessAsked();
    void roundTripKeepsUnknownColumns();
    void defaultPolicyFirmwareOnly();
    void defaultPolicyRange();

private:
    static MacAddress mac(const char16_t *text) { return *MacAddress::parse(QStringView(text)); }
    static InventoryCsv::Import parseOk(const QByteArray &csv)
    {
        Result<InventoryCsv::Import> result = InventoryCsv::parse(csv);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().toLogString()));
        return result.ok() ? std::move(result).value() : InventoryCsv::Import{};
    }
};

void TestInventoryCsv::reader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain LF") << u"a,b\n1,2\n"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                              << QList<int>{1, 2};
    QTest::newRow("CRLF, no final break")
        << u"a,b\r\n1,2"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("quotes, comma, doubled quote")
        << u"\"x,y\",\"say \"\"hi\"\"\"\n"_s << QList<QStringList>{{u"x,y"_s, u"say \"hi\""_s}} << QList<int>{1};
    QTest::newRow("embedded newline moves the line count")
        << u"a,\"two\nlines\"\nnext,1\n"_s << QList<QStringList>{{u"a"_s, u"two\nlines"_s}, {u"next"_s, u"1"_s}}
        << QList<int>{1, 3};
    QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<int>{1};
    QTest::newRow("quote inside unquoted field kept")
        << u"ab\"c,d\n"_s << QList<QStringList>{{u"ab\"c"_s, u"d"_s}} << QList<int>{1};
}

void TestInventoryCsv::reader()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const Result<QList<CsvReader::Record>> parsed = CsvReader::parse(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(parsed->at(i).fields, records[i]);
        QCOMPARE(parsed->at(i).line, lines[i]);
    }
}

void TestInventoryCsv::readerErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unterminated quote") << u"a,b\n1,\"open\n2,3\n"_s << u"line 2:"_s;
    QTest::newRow("text after quote") << u"a,b\n\"x\"y,2\n"_s << u"line 2:"_s;
}

void TestInventoryCsv::readerErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const Result<QList<CsvReader::Record>> parsed = CsvReader::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InventoryParseError);
    QVERIFY2(parsed.error().detail().startsWith(detail), qPrintable(parsed.error().detail()));
}

void TestInventoryCsv::importsAnySpellingAndOrder()
{
    // BOM, CRLF, reordered and differently spelled headers, every MAC spelling, quoted display name.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Label,Display Name,PASSWORD,Extension,Auth-User,MAC,Room\r\n"
                           "Front,\"Doe, Jane\",pw201,201,,00:1c:58:d6:44:33,12\r\n"
                           "Back,Bob,pw202,202,u202,001C.58D6.4434,14\r\n"
                           "Hall,Hall,pw203,203,,001c58d64435,\r\n";
    const InventoryCsv::Import import = parseOk(csv);
    QVERIFY2(import.issues.isEmpty(), qPrintable(import.issues.value(0).toLogString()));
    QCOMPARE(import.inventory.size(), 3);
    const PhoneInventoryEntry *jane = import.inventory.find(mac(u"001c58d64433"));
    QVERIFY(jane);
    QCOMPARE(jane->lines.size(), 1);
    QCOMPARE(jane->lines[1], (PhoneLine{u"201"_s, QString(), u"pw201"_s, u"Doe, Jane"_s, u"Front"_s}));
    QCOMPARE(import.inventory.find(mac(u"001c58d64434"))->lines[1].authUser, u"u202"_s);
    QCOMPARE(import.inventory.extraColumnNames(), QStringList{u"Room"_s});
    QCOMPARE(jane->extraColumns.value(1), (QList<QPair<QString, QString>>{{u"Room"_s, u"12"_s}}));
}

void TestInventoryCsv::multipleLinesPerPhone()
{
    const QByteArray csv = "mac,line,extension,password,model,note\n"
                           "00:21:d8:00:00:01,1,301,a,7942,first\n"
                           "00:21:d8:00:00:01,2,302,b,,\n"
                           "00:21:d8:00:00:02,,303,c,,\n"
                           "00:21:d8:00:00:03,,,,7962,spare\n";
    const InventoryCsv::Import import = parseOk(csv);
    QVERIFY(import.issues.isEmpty());
    const PhoneInventoryEntry *two = import.inventory.find(mac(u"0021d8000001"));
    QVERIFY(two);
    QCOMPARE(two->lines.keys(), (QList<int>{1, 2}));
    QCOMPARE(two->lines[2].extension, u"302"_s);
    QCOMPARE(two->modelHint, u"7942"_s);
    QCOMPARE(two->note, u"first"_s);
    QCOMPARE(import.inventory.find(mac(u"0021d8000002"))->lines.keys(), QList<int>{1});
    const PhoneInventoryEntry *spare = import.inventory.find(mac(u"0021d8000003"));
    QVERIFY(spare);
    QVERIFY(spare->lines.isEmpty()); // listed, firmware only
    QCOMPARE(spare->modelHint, u"7962"_s);
}

void TestInventoryCsv::rowIssues_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("csvLine");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("imported");

    const QByteArray header = "mac,extension,password\n";
    QTest::newRow("bad MAC") << header + "00:1c:58:d6:44:33,201,a\nnot-a-mac,202,b\n" << 3 << Kind::BadMac << 1;
    QTest::newRow("short MAC") << header + "00:1c:58:d6:44,202,b\n" << 2 << Kind::BadMac << 0;
    QTest::newRow("empty MAC") << header + ",202,b\n" << 2 << Kind::Empty << 0;
    QTest::newRow("duplicate in another spelling")
        << header + "00:1c:58:d6:44:33,201,a\n00:1c:58:d6:44:34,202,b\n001C.58D6.4433,203,c\n"
        << 4 << Kind::DuplicateMac << 2;
    QTest::newRow("duplicate after a multi-line quoted row")
        << header + "00:1c:58:d6:44:33,201,\"multi\nline\"\n00:1c:58:d6:44:33,203,c\n"
        << 4 << Kind::DuplicateMac << 0; // "multi\nline" is refused too (bad characters), on line 2
    QTest::newRow("too many fields") << header + "00:1c:58:d6:44:33,201,a,extra\n" << 2 << Kind::MalformedRow << 0;
    QTest::newRow("bad line number") << QByteArray("mac,line,extension\n00:1c:58:d6:44:33,x,201\n") << 2
                                     << Kind::OutOfRange << 0;
    QTest::newRow("invalid extension") << header + "00:1c:58:d6:44:33,2 01,a\n" << 2 << Kind::BadCharacters << 0;
}

void TestInventoryCsv::rowIssues()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, csvLine);
    QFETCH(Kind, kind);
    QFETCH(int, imported);
    const InventoryCsv::Import import = parseOk(csv);
    const auto it = std::find_if(import.issues.cbegin(), import.issues.cend(),
                                 [&](const ProvisioningIssue &i) { return i.kind == kind; });
    QVERIFY2(it != import.issues.cend(), qPrintable(import.issues.value(0).toLogString()));
    QCOMPARE(it->csvLine, csvLine);
    QVERIFY(it->isError());
    QCOMPARE(import.inventory.size(), imported);
}

void TestInventoryCsv::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty file") << QByteArray() << ErrorCode::InventoryParseError;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << ErrorCode::InventoryParseError;
    QTest::newRow("no mac column") << QByteArray("extension,password\n201,a\n") << ErrorCode::InventoryParseError;
    QTest::newRow("no extension column") << QByteArray("mac\n00:1c:58:d6:44:33\n") << ErrorCode::InventoryParseError;
    QTest::newRow("column twice") << QByteArray("mac,extension,MAC\n") << ErrorCode::InventoryParseError;
    QTest::newRow("Latin-1, not UTF-8") << QByteArray("mac,extension,display_name\nx,1,J\xfcrgen\n")
                                        << ErrorCode::InventoryParseError;
    QTest::newRow("unterminated quote") << QByteArray("mac,extension\n\"00:1c\n") << ErrorCode::InventoryParseError;
}

void TestInventoryCsv::fatalErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(ErrorCode, code);
    const Result<InventoryCsv::Import> result = InventoryCsv::parse(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), code);
}

void TestInventoryCsv::hugeFileRefused()
{
    QByteArray csv = "mac,extension\n";
    csv.append(QByteArray(InventoryCsv::kMaxFileBytes, 'x'));
    QCOMPARE(InventoryCsv::parse(csv).error().code(), ErrorCode::FileTooLarge);

    // Within the byte limit but past the row limit.
    QByteArray rows = "mac,extension\n";
    for (int i = 0; i <= CsvReader::kMaxRecords; ++i)
        rows.append(",\n");
    QCOMPARE(InventoryCsv::parse(rows).error().code(), ErrorCode::FileTooLarge);
}

void TestInventoryCsv::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(InventoryCsv::readFile(dir.filePath(u"missing.csv"_s)).error().code(), ErrorCode::FileNotFound);

    QFile big(dir.filePath(u"big.csv"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(InventoryCsv::kMaxFileBytes + 1));
    big.close();
    QCOMPARE(InventoryCsv::readFile(big.fileName()).error().code(), ErrorCode::FileTooLarge);

    QFile good(dir.filePath(u"good.csv"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("mac;extension;label\n00:1c:58:d6:44:33;201;Front\n"); // Excel's semicolon dialect
    good.close();
    const Result<InventoryCsv::Import> result = InventoryCsv::readFile(good.fileName());
    QVERIFY(result.ok());
    QCOMPARE(result->inventory.find(mac(u"001c58d64433"))->lines[1].label, u"Front"_s);
}

void TestInventoryCsv::exportOmitsPasswordsUnlessAsked()
{
    const InventoryCsv::Import import = parseOk("mac,extension,password\n00:1c:58:d6:44:33,201,Sup3rS3cret\n");
    const QByteArray safe = InventoryCsv::serialize(import.inventory);
    QVERIFY(!safe.contains("Sup3rS3cret"));
    QVERIFY(!safe.toLower().contains("password"));
    QCOMPARE(safe, QByteArray("mac,line,extension,auth_user,display_name,label,model,note\r\n"
                              "00:1c:58:d6:44:33,1,201,,,,,\r\n"));

    const QByteArray backup = InventoryCsv::serialize(import.inventory, InventoryCsv::Passwords::Include);
    QVERIFY(backup.contains("Sup3rS3cret"));
    const InventoryCsv::Import again = parseOk(backup);
    QCOMPARE(again.inventory.find(mac(u"001c58d64433"))->lines[1].password, u"Sup3rS3cret"_s);
}

void TestInventoryCsv::roundTripKeepsUnknownColumns()
{
    const QByteArray csv = "Room,mac,line,extension,display_name,label,note,Cost Centre\n"
                           "\"1, north\",00:1c:58:d6:44:33,1,201,\"Doe, Jane\",Front,\"say \"\"hi\"\"\ntwice\",CC1\n"
                           "1 north,00:1c:58:d6:44:33,2,202,,,,CC2\n"
                           ",00:1c:58:d6:44:34,,,,,spare,\n";
    const InventoryCsv::Import first = parseOk(csv);
    QVERIFY2(first.issues.isEmpty(), qPrintable(first.issues.value(0).toLogString()));
    const QByteArray exported = InventoryCsv::serialize(first.inventory);
    QVERIFY(exported.contains("Room,Cost Centre\r\n"));
    QVERIFY(exported.contains("\"Doe, Jane\""));
    QVERIFY(exported.contains("\"say \"\"hi\"\"\ntwice\""));
    const InventoryCsv::Import second = parseOk(exported);
    QVERIFY(second.issues.isEmpty());
    QCOMPARE(second.inventory.size(), first.inventory.size());
    QCOMPARE(second.inventory.extraColumnNames(), (QStringList{u"Room"_s, u"Cost Centre"_s}));
    for (const PhoneInventoryEntry &entry : first.inventory.entries()) {
        const PhoneInventoryEntry *copy = second.inventory.find(entry.mac);
        QVERIFY(copy);
        QCOMPARE(copy->lines, entry.lines);
        QCOMPARE(copy->note, entry.note);
        QCOMPARE(copy->extraColumns, entry.extraColumns);
    }
    QCOMPARE(InventoryCsv::serialize(second.inventory), exported); // stable
}

void TestInventoryCsv::defaultPolicyFirmwareOnly()
{
    PhoneInventory inventory = parseOk("mac,extension\n00:1c:58:d6:44:33,201\n").inventory;
    const Result<PhoneInventoryEntry> listed = inventory.resolve(mac(u"001c58d64433"));
    QVERIFY(listed.ok());
    QCOMPARE(listed->lines[1].extension, u"201"_s);
    const Result<PhoneInventoryEntry> stranger = inventory.resolve(mac(u"001c58d64499"));
    QVERIFY(stranger.ok());
    QVERIFY(stranger->lines.isEmpty());
    QVERIFY(inventory.assignedExtensions().isEmpty());
}

void TestInventoryCsv::defaultPolicyRange()
{
    PhoneInventory inventory = parseOk("mac,extension\n00:1c:58:d6:44:33,301\n").inventory;
    inventory.setDefaultPolicy({InventoryDefaultPolicy::Mode::ExtensionRange, 300, 303, u"shared"_s});
    const MacAddress a = mac(u"0000000000aa"), b = mac(u"0000000000bb"), c = mac(u"0000000000cc"),
                     d = mac(u"0000000000dd");
    QCOMPARE(inventory.resolve(a)->lines[1].extension, u"300"_s);
    QCOMPARE(inventory.resolve(b)->lines[1].extension, u"302"_s); // 301 is listed
    QCOMPARE(inventory.resolve(a)->lines[1].extension, u"300"_s); // sticky
    QCOMPARE(inventory.resolve(a)->lines[1].password, u"shared"_s);
    QCOMPARE(inventory.resolve(c)->lines[1].extension, u"303"_s);
    const Result<PhoneInventoryEntry> full = inventory.resolve(d);
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code(), ErrorCode::ExtensionRangeExhausted);
    QCOMPARE(inventory.assignedExtensions().size(), 3);

    inventory.setDefaultPolicy({InventoryDefaultPolicy::Mode::ExtensionRange, 10, 9, {}});
    QCOMPARE(inventory.resolve(d).error().code(), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestInventoryCsv)
#include "tst_inventorycsv.moc"
