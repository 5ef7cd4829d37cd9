#include "core/dhcp/dhcpvendorclass.h"

#include <QTest>

class TestDhcpVendorClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestDhcpVendorClass::parse_data()
{
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<bool>("isPhone");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");

    // cisco-79xx.md §1.1: the NUL-terminated CP- form, with and without the NUL.
    QTest::newRow("7941G with NUL") << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38) << true
                                    << QStringLiteral("CP-7941G")
                                    << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G");
    QTest::newRow("7911G without NUL") << QByteArray("Cisco Systems, Inc. IP Phone CP-7911G") << true
                                       << QStringLiteral("CP-7911G")
                                       << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7911G");
    QTest::newRow("7971G-GE") << QByteArray("Cisco Systems, Inc. IP Phone CP-7971G-GE\0", 41) << true
                              << QStringLiteral("CP-7971G-GE")
                              << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7971G-GE");
    QTest::newRow("7940 without G") << QByteArray("Cisco Systems, Inc. IP Phone CP-7940\0", 37) << true
                                    << QStringLiteral("CP-7940")
                                    << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7940");
    QTest::newRow("7912 form") << QByteArray("Cisco Systems, Inc. IP Phone 7912") << true << QStringLiteral("7912")
                               << QStringLiteral("Cisco Systems, Inc. IP Phone 7912");
    QTest::newRow("7905 form") << QByteArray("Cisco Systems, Inc. IP Phone 7905") << true << QStringLiteral("7905")
                               << QStringLiteral("Cisco Systems, Inc. IP Phone 7905");
    QTest::newRow("old 7940/60, no model") << QByteArray("Cisco Systems, Inc. IP Phone\0", 29) << true << QString()
                                           << QStringLiteral("Cisco Systems, Inc. IP Phone");
    QTest::newRow("old 7960, no NUL") << QByteArray("Cisco Systems, Inc. IP Phone") << true << QString()
                                      << QStringLiteral("Cisco Systems, Inc. IP Phone");
    QTest::newRow("other case") << QByteArray("cisco systems, inc. ip phone CP-7962G\0", 38) << true
                                << QStringLiteral("CP-7962G")
                                << QStringLiteral("cisco systems, inc. ip phone CP-7962G");
    QTest::newRow("Windows") << QByteArray("MSFT 5.0") << false << QString() << QStringLiteral("MSFT 5.0");
    QTest::newRow("Cisco AP") << QByteArray("Cisco AP c1140") << false << QString() << QStringLiteral("Cisco AP c1140");
    QTest::newRow("prefix glued") << QByteArray("Cisco Systems, Inc. IP Phones") << false << QString()
                                  << QStringLiteral("Cisco Systems, Inc. IP Phones");
    QTest::newRow("empty") << QByteArray() << false << QString() << QString();
    QTest::newRow("only NUL") << QByteArray(1, '\0') << false << QString() << QString();
    QTest::newRow("control bytes") << QByteArray("Cisco Systems, Inc. IP Phone CP-79\n41G") << true
                                   << QStringLiteral("CP-79")
                                   << QStringLiteral("Cisco Systems, Inc. IP Phone CP-79?41G");
    QTest::newRow("two NULs, one stripped")
        << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0\0", 39) << true << QStringLiteral("CP-7941G")
        << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G?");
    QTest::newRow("oversized") << QByteArray(1000, 'A') << false << QString() << QString(255, QLatin1Char('A'));
}

void TestDhcpVendorClass::parse()
{
    QFETCH(QByteArray, option);
    QFETCH(bool, isPhone);
    QFETCH(QString, model);
    QFETCH(QString, text);
    const DhcpVendorClass vendor = DhcpVendorClass::parse(option);
    QCOMPARE(vendor.isCiscoPhone, isPhone);
    QCOMPARE(vendor.modelToken, model);
    QCOMPARE(vendor.text, text);
}

QTEST_GUILESS_MAIN(TestDhcpVendorClass)
#include "tst_dhcpvendorclass.moc"
