#include "core/provisioning/provisioningvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Field = ProvisioningIssue::Field;
using Kind = ProvisioningIssue::Kind;
using Severity = ProvisioningIssue::Severity;

Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Severity)

class TestProvisioningValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void line_data();
    void line();
    void pbx_data();
    void pbx();
    void detailsNeverHoldThePassword();
    void errorCodes();

private:
    static PhoneLine goodLine() { return {u"201"_s, QString(), u"s3cret"_s, u"Front desk"_s, u"Front"_s}; }
    static PbxSettings goodPbx()
    {
        PbxSettings pbx;
        pbx.host = u"10.79.0.10"_s;
        pbx.ntpServer = u"10.79.0.1"_s;
        return pbx;
    }
    // An empty expectation means "no issues at all".
    static void addExpectation()
    {
        QTest::addColumn<bool>("expectIssue");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<Field>("field");
        QTest::addColumn<Kind>("kind");
    }
    static void check(const QList<ProvisioningIssue> &issues)
    {
        QFETCH(bool, expectIssue);
        if (!expectIssue) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toLogString()));
            return;
        }
        QFETCH(Severity, severity);
        QFETCH(Field, field);
        QFETCH(Kind, kind);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, severity);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(issues.first().kind, kind);
        QCOMPARE(ProvisioningIssue::hasErrors(issues), severity == Severity::Error);
    }
};

void TestProvisioningValidator::line_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<PhoneLine>("line");
    addExpectation();
    const auto ok = [](const char *name, int number, PhoneLine line) {
        QTest::newRow(name) << number << line << false << Severity::Error << Field::Row << Kind::Empty;
    };
    const auto bad = [](const char *name, int number, PhoneLine line, Severity s, Field f, Kind k) {
        QTest::newRow(name) << number << line << true << s << f << k;
    };
    PhoneLine l = goodLine();
    ok("good", 1, l);
    l = goodLine(), l.extension = u"user.name-2+x*"_s;
    ok("user-style extension", 1, l);
    l = goodLine(), l.label = u"Front desk reception"_s;
    ok("line 2 label with spaces", 2, l);
    l = goodLine(), l.password = u"12345678"_s;
    ok("8-character password", 1, l);

    l = goodLine(), l.extension.clear();
    bad("no extension", 1, l, Severity::Error, Field::Extension, Kind::Empty);
    l = goodLine(), l.extension = u"20 1"_s;
    bad("space in extension", 1, l, Severity::Error, Field::Extension, Kind::BadCharacters);
    l = goodLine(), l.extension = u"201\n"_s;
    bad("newline after extension", 1, l, Severity::Error, Field::Extension, Kind::BadCharacters);
    l = goodLine(), l.extension = u"2ö1"_s;
    bad("umlaut in extension", 1, l, Severity::Error, Field::Extension, Kind::BadCharacters);
    l = goodLine(), l.extension = QString(31, u'1');
    bad("31-digit extension", 1, l, Severity::Error, Field::Extension, Kind::TooLong);
    l = goodLine(), l.authUser = u"a@b"_s;
    bad("@ in auth user", 1, l, Severity::Error, Field::AuthUser, Kind::BadCharacters);
    l = goodLine(), l.password.clear();
    bad("no password", 1, l, Severity::Warning, Field::Password, Kind::Empty);
    l = goodLine(), l.password = u"123456789"_s;
    bad("9-character password", 1, l, Severity::Warning, Field::Password, Kind::LongerThanAdvised);
    l = goodLine(), l.password = QString(31, u'x');
    bad("31-character password", 1, l, Severity::Error, Field::Password, Kind::TooLong);
    l = goodLine(), l.password = u"pa ss"_s;
    bad("space in password", 1, l, Severity::Error, Field::Password, Kind::BadCharacters);
    l = goodLine(), l.password = u"pa\"ss"_s;
    bad("quote in password", 1, l, Severity::Error, Field::Password, Kind::BadCharacters);
    l = goodLine(), l.displayName = u"Tab\there"_s;
    bad("tab in display name", 1, l, Severity::Error, Field::DisplayName, Kind::BadCharacters);
    l = goodLine(), l.displayName = QString(31, u'n');
    bad("long display name", 1, l, Severity::Warning, Field::DisplayName, Kind::LongerThanAdvised);
    l = goodLine(), l.label = u"Front desk"_s;
    bad("line 1 label with space", 1, l, Severity::Error, Field::Label, Kind::ContainsSpaces);
    l = goodLine(), l.label = u"Receptionist1"_s;
    bad("13-character phone label", 1, l, Severity::Error, Field::Label, Kind::TooLong);
    l = goodLine(), l.label = QString(31, u'x');
    bad("31-character feature label", 2, l, Severity::Error, Field::Label, Kind::TooLong);
    l = goodLine(), l.label.clear(), l.extension = u"1234567890123"_s;
    bad("label defaults to a long extension", 1, l, Severity::Error, Field::Label, Kind::TooLong);
    bad("line 0", 0, goodLine(), Severity::Error, Field::Line, Kind::OutOfRange);
    bad("line 35", 35, goodLine(), Severity::Error, Field::Line, Kind::OutOfRange);
}

void TestProvisioningValidator::line()
{
    QFETCH(int, number);
    QFETCH(PhoneLine, line);
    const QList<ProvisioningIssue> issues = ProvisioningValidator::validateLine(number, line);
    for (const ProvisioningIssue &issue : issues)
        QCOMPARE(issue.phoneLine, number);
    check(issues);
}

void TestProvisioningValidator::pbx_data()
{
    QTest::addColumn<PbxSettings>("pbx");
    addExpectation();
    const auto ok = [](const char *name, PbxSettings pbx) {
        QTest::newRow(name) << pbx << false << Severity::Error << Field::Row << Kind::Empty;
    };
    const auto bad = [](const char *name, PbxSettings pbx, Severity s, Field f, Kind k) {
        QTest::newRow(name) << pbx << true << s << f << k;
    };
    PbxSettings p = goodPbx();
    ok("IPv4", p);
    p.host = u"pbx.example.lan"_s;
    ok("host name", p);
    p = goodPbx(), p.host = QString(50, u'a');
    ok("50 characters", p);
    p = goodPbx(), p.sipPort = 5160, p.securedSipPort = 5161;
    ok("chan_sip on 5160", p);

    p = goodPbx(), p.host.clear();
    bad("no host", p, Severity::Error, Field::PbxHost, Kind::Empty);
    p = goodPbx(), p.host = QString(51, u'a');
    bad("51 characters", p, Severity::Error, Field::PbxHost, Kind::TooLong);
    p = goodPbx(), p.host = u"10.0.0.256"_s;
    bad("octet 256", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.host = u"10.0.0"_s;
    bad("three octets", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.host = u"010.0.0.1"_s;
    bad("leading zero", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.host = u"pbx_1.lan"_s;
    bad("underscore", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.host = u"fe80::1"_s;
    bad("IPv6", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.host = u"-pbx"_s;
    bad("leading hyphen", p, Severity::Error, Field::PbxHost, Kind::NotAnAddress);
    p = goodPbx(), p.sipPort = 0;
    bad("port 0", p, Severity::Error, Field::SipPort, Kind::OutOfRange);
    p = goodPbx(), p.sipPort = 65536;
    bad("port 65536", p, Severity::Error, Field::SipPort, Kind::OutOfRange);
    p = goodPbx(), p.securedSipPort = 5060;
    bad("same ports", p, Severity::Error, Field::SipPort, Kind::PortConflict);
    p = goodPbx(), p.sipPort = 2000;
    bad("SCCP port", p, Severity::Warning, Field::SipPort, Kind::PortConflict);
    p = goodPbx(), p.ntpServer.clear();
    bad("no NTP", p, Severity::Warning, Field::NtpServer, Kind::Empty);
    p = goodPbx(), p.ntpServer = u"pool.ntp.org"_s;
    bad("NTP by name", p, Severity::Warning, Field::NtpServer, Kind::NotAnAddress);
    p = goodPbx(), p.phoneRouter = u"192.168.1.1"_s, p.phoneDnsServer = u"192.168.1.53"_s;
    ok("router and DNS", p);
    p = goodPbx(), p.phoneRouter = u"gateway.lan"_s;
    bad("router by name", p, Severity::Error, Field::Router, Kind::NotIpv4Address);
    p = goodPbx(), p.phoneDnsServer = u"10.0.0.999"_s;
    bad("DNS octet 999", p, Severity::Error, Field::DnsServer, Kind::NotIpv4Address);
}

void TestProvisioningValidator::pbx()
{
    QFETCH(PbxSettings, pbx);
    const QList<ProvisioningIssue> issues = ProvisioningValidator::validatePbx(pbx);
    for (const ProvisioningIssue &issue : issues)
        QCOMPARE(issue.phoneLine, 0);
    check(issues);
}

void TestProvisioningValidator::detailsNeverHoldThePassword()
{
    const QStringList passwords = {u"Longpassword99"_s, u"with space"_s, QString(40, u'z'), u"q\"uote"_s};
    for (const QString &password : passwords) {
        PhoneLine l = goodLine();
        l.password = password;
        const QList<ProvisioningIssue> issues = ProvisioningValidator::validateLine(1, l);
        QVERIFY(!issues.isEmpty());
        for (const ProvisioningIssue &issue : issues)
            QVERIFY2(!issue.toLogString().contains(password), qPrintable(issue.toLogString()));
    }
}

void TestProvisioningValidator::errorCodes()
{
    PhoneLine l = goodLine();
    l.extension = u"a b"_s;
    l.password = u"x y"_s;
    l.label = u"a b"_s;
    const QList<ProvisioningIssue> issues = ProvisioningValidator::validateLine(1, l);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues[0].errorCode(), ErrorCode::InvalidExtension);
    QCOMPARE(issues[1].errorCode(), ErrorCode::InvalidPassword);
    QCOMPARE(issues[2].errorCode(), ErrorCode::InvalidLabel);
    PbxSettings p = goodPbx();
    p.host = u"a..b"_s;
    p.sipPort = -1;
    const QList<ProvisioningIssue> pbxIssues = ProvisioningValidator::validatePbx(p);
    QCOMPARE(pbxIssues.size(), 2);
    QCOMPARE(pbxIssues[0].errorCode(), ErrorCode::InvalidHost);
    QCOMPARE(pbxIssues[1].errorCode(), ErrorCode::InvalidPort);
}

QTEST_GUILESS_MAIN(TestProvisioningValidator)
#include "tst_provisioningvalidator.moc"
