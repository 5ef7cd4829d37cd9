#include "core/phones/phonevendorclass.h"

#include <QTest>

class TestPhoneVendorClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestPhoneVendorClass::parse_data()
{
    QTest::addColumn<QByteArray>("option");
    QTest::addColumn<bool>("isPhone");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isCisco");

    // The NUL-terminated CP- form, with and without the NUL (public captures, docs/phones.md "DHCP").
    QTest::newRow("7941G with NUL") << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38) << true
                                    << QStringLiteral("CP-7941G")
                                    << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G") << true;
    QTest::newRow("7911G without NUL") << QByteArray("Cisco Systems, Inc. IP Phone CP-7911G") << true
                                       << QStringLiteral("CP-7911G")
                                       << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7911G") << true;
    QTest::newRow("7971G-GE") << QByteArray("Cisco Systems, Inc. IP Phone CP-7971G-GE\0", 41) << true
                              << QStringLiteral("CP-7971G-GE")
                              << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7971G-GE") << true;
    QTest::newRow("7940 without G") << QByteArray("Cisco Systems, Inc. IP Phone CP-7940\0", 37) << true
                                    << QStringLiteral("CP-7940")
                                    << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7940") << true;
    QTest::newRow("7912 form") << QByteArray("Cisco Systems, Inc. IP Phone 7912") << true << QStringLiteral("7912")
                               << QStringLiteral("Cisco Systems, Inc. IP Phone 7912") << true;
    QTest::newRow("7905 form") << QByteArray("Cisco Systems, Inc. IP Phone 7905") << true << QStringLiteral("7905")
                               << QStringLiteral("Cisco Systems, Inc. IP Phone 7905") << true;
    QTest::newRow("old 7940/60, no model") << QByteArray("Cisco Systems, Inc. IP Phone\0", 29) << true << QString()
                                           << QStringLiteral("Cisco Systems, Inc. IP Phone") << true;
    QTest::newRow("old 7960, no NUL") << QByteArray("Cisco Systems, Inc. IP Phone") << true << QString()
                                      << QStringLiteral("Cisco Systems, Inc. IP Phone") << true;
    QTest::newRow("other case") << QByteArray("cisco systems, inc. ip phone CP-7962G\0", 38) << true
                                << QStringLiteral("CP-7962G") << QStringLiteral("cisco systems, inc. ip phone CP-7962G")
                                << true;
    QTest::newRow("Windows") << QByteArray("MSFT 5.0") << false << QString() << QStringLiteral("MSFT 5.0") << false;
    QTest::newRow("Cisco AP") << QByteArray("Cisco AP c1140") << false << QString() << QStringLiteral("Cisco AP c1140")
                              << false;
    QTest::newRow("prefix glued") << QByteArray("Cisco Systems, Inc. IP Phones") << false << QString()
                                  << QStringLiteral("Cisco Systems, Inc. IP Phones") << true;
    QTest::newRow("empty") << QByteArray() << false << QString() << QString() << false;
    QTest::newRow("only NUL") << QByteArray(1, '\0') << false << QString() << QString() << false;
    QTest::newRow("control bytes") << QByteArray("Cisco Systems, Inc. IP Phone CP-79\n41G") << true
                                   << QStringLiteral("CP-79")
                                   << QStringLiteral("Cisco Systems, Inc. IP Phone CP-79?41G") << true;
    QTest::newRow("two NULs, one stripped")
        << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0\0", 39) << true << QStringLiteral("CP-7941G")
        << QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G?") << true;
    // Field reports: the 6901 sends only the company name (docs/phones.md, "DHCP"). A Cisco device, not the phone
    // class: the bench then goes by the host name.
    QTest::newRow("6901, company only") << QByteArray("Cisco Systems, Inc.") << false << QString()
                                        << QStringLiteral("Cisco Systems, Inc.") << true;
    QTest::newRow("oversized") << QByteArray(1000, 'A') << false << QString() << QString(255, QLatin1Char('A'))
                               << false;
}

void TestPhoneVendorClass::parse()
{
    QFETCH(QByteArray, option);
    QFETCH(bool, isPhone);
    QFETCH(QString, model);
    QFETCH(QString, text);
    QFETCH(bool, isCisco);
    const PhoneVendorClass vendor = PhoneVendorClass::parse(option);
    QCOMPARE(vendor.isCisco, isCisco);
    QCOMPARE(vendor.isCiscoPhone, isPhone);
    QCOMPARE(vendor.modelToken, model);
    QCOMPARE(vendor.text, text);
}

QTEST_GUILESS_MAIN(TestPhoneVendorClass)
#include "tst_phonevendorclass.moc"
