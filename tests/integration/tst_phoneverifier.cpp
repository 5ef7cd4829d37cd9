// The verifier against a local web server that plays a phone: the XML page, the 7940/60 HTML page, slow, broken and
// oversized answers. Every wait bounded; exactly one read() or failed() per request.
#include "core/bench/phoneverifier.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray kXml = "<?xml version=\"1.0\"?>\n<DeviceInformation>\n<MACAddress>001E4A000001</MACAddress>\n"
                        "<HostName>SEP001E4A000001</HostName>\n<appLoadID>SIP41.9-4-2SR3-1S</appLoadID>\n"
                        "<versionID>SIP41.9-4-2SR3-1S</versionID>\n<serialNumber>FCH1234ABCD</serialNumber>\n"
                        "<modelNumber>CP-7941G</modelNumber>\n</DeviceInformation>\n";
const QByteArray kHtml = "<HTML><BODY><TABLE>\n<TR><TD><B>MAC Address</B></TD><TD width=20></TD><TD><B>001E4A000002"
                         "</B></TD></TR>\n<TR><TD><B>Host Name</B></TD><TD width=20></TD><TD><B>SEP001E4A000002</B>"
                         "</TD></TR>\n<TR><TD><B>Phone DN</B></TD><TD width=20></TD><TD><B></B></TD></TR>\n"
                         "<TR><TD><B>App Load ID</B></TD><TD width=20></TD><TD><B>P0S3-8-12-00</B></TD></TR>\n"
                         "<TR><TD><B>Version</B></TD><TD width=20></TD><TD><B>P0S3-8-12-00</B></TD></TR>\n"
                         "<TR><TD><B>Serial Number</B></TD><TD width=20></TD><TD><B>INM0711ABCD</B></TD></TR>\n"
                         "</TABLE></BODY></HTML>\n";

// Answers by a script: per request, a status and a body (or silence), in order; the last entry repeats.
class FakePhone : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        bool silent = false;
    };
    explicit FakePhone(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList paths;

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        paths << QString::fromLatin1(request.split(' ').value(1));
        const Answer a = m_answers.value(m_next, m_answers.constLast());
        ++m_next;
        if (a.silent)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: text/xml\r\nContent-Length: " +
                      QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n" + a.body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QList<Answer> m_answers;
    int m_next = 0;
};

} // namespace

class TestPhoneVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data();
    void reads();
    void parsers_data();
    void parsers();
};

void TestPhoneVerifier::reads_data()
{
    QTest::addColumn<QList<FakePhone::Answer>>("answers");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("load");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("requests");

    using A = FakePhone::Answer;
    QTest::newRow("XML page") << QList<A>{{200, kXml}} << 3 << true << u"SIP41.9-4-2SR3-1S"_qs << u"FCH1234ABCD"_qs
                              << 1;
    QTest::newRow("7940: 404, then the HTML page")
        << QList<A>{{404, {}}, {200, kHtml}} << 3 << true << u"P0S3-8-12-00"_qs << u"INM0711ABCD"_qs << 2;
    QTest::newRow("busy, then fine") << QList<A>{{500, {}}, {200, kXml}} << 3 << true << u"SIP41.9-4-2SR3-1S"_qs
                                     << u"FCH1234ABCD"_qs << 2;
    QTest::newRow("never answers: bounded") << QList<A>{{200, {}, true}} << 2 << false << QString() << QString() << 2;
    QTest::newRow("not a device page") << QList<A>{{200, "<html>hello</html>"}} << 2 << false << QString() << QString()
                                       << 2;
    QTest::newRow("oversized page") << QList<A>{{200, QByteArray(PhoneVerifier::kMaxPageBytes + 10, 'x')}} << 1 << false
                                    << QString() << QString() << 1;
}

void TestPhoneVerifier::reads()
{
    QFETCH(QList<FakePhone::Answer>, answers);
    QFETCH(int, attempts);
    QFETCH(bool, ok);
    QFETCH(QString, load);
    QFETCH(QString, serial);
    QFETCH(int, requests);
    FakePhone phone(answers);
    PhoneVerifier verifier;
    verifier.setOptions({phone.port(), 500, attempts, 100});
    QSignalSpy read(&verifier, &PhoneVerifier::read);
    QSignalSpy failed(&verifier, &PhoneVerifier::failed);
    const MacAddress mac = *MacAddress::parse(u"001E4A000001");
    verifier.request(mac, QHostAddress::LocalHost);
    QTRY_COMPARE_WITH_TIMEOUT(read.size() + failed.size(), 1, 10000);
    QTest::qWait(300); // nothing more may follow
    QCOMPARE(read.size() + failed.size(), 1);
    QCOMPARE(read.size(), ok ? 1 : 0);
    QCOMPARE(phone.paths.size(), requests);
    QCOMPARE(phone.paths.constFirst(), u"/DeviceInformationX"_qs);
    if (ok) {
        const PhoneDeviceInfo info = read.constFirst().at(1).value<PhoneDeviceInfo>();
        QCOMPARE(info.versionId, load);
        QCOMPARE(info.appLoadId, load);
        QCOMPARE(info.serialNumber, serial);
        QVERIFY(info.hostName.startsWith(u"SEP"_qs));
        QCOMPARE(read.constFirst().at(0).value<MacAddress>(), mac);
    } else {
        QVERIFY(failed.constFirst().at(1).value<Error>().isError());
    }
}

void TestPhoneVerifier::parsers_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("model");
    QTest::newRow("xml") << kXml << false << true << u"CP-7941G"_qs;
    QTest::newRow("xml, wrong root") << QByteArray("<Other><modelNumber>x</modelNumber></Other>") << false << false
                                     << QString();
    QTest::newRow("xml, broken") << QByteArray("<DeviceInformation><modelNumber>") << false << false << QString();
    QTest::newRow("html") << kHtml << true << true << QString();
    QTest::newRow("html without table") << QByteArray("<html>404</html>") << true << false << QString();
}

void TestPhoneVerifier::parsers()
{
    QFETCH(QByteArray, page);
    QFETCH(bool, html);
    QFETCH(bool, ok);
    QFETCH(QString, model);
    const Result<PhoneDeviceInfo> info = html ? PhoneVerifier::parseHtml(page) : PhoneVerifier::parseXml(page);
    QCOMPARE(info.ok(), ok);
    if (ok)
        QCOMPARE(info->modelNumber, model);
}

QTEST_GUILESS_MAIN(TestPhoneVerifier)
#include "tst_phoneverifier.moc"
