// The Bench page's table model, its filter and its look, driven by a fake event source: batching (many events,
// few signals), stage colours and icons, counters, speed and ETA on a fake clock, filters, the per-phone log,
// and QAbstractItemModelTester while events stream in.
#include "tests/gui/fakebencheventsource.h"
#include "tests/gui/guitestsetup.h"
#include "tests/support/fakeclock.h"
#include "ui/models/benchphonefiltermodel.h"
#include "ui/models/benchphonemodel.h"
#include "ui/models/benchstagestyle.h"
#include "ui/text/errormessages.h"
#include "ui/widgets/benchprogressdelegate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace {

using Column = BenchPhoneModel::Column;

QVariant cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role);
}

QList<PhoneStage> allStages()
{
    return {PhoneStage::Detected, PhoneStage::TrustList, PhoneStage::Config,
            PhoneStage::Firmware, PhoneStage::Rebooting, PhoneStage::Sip,
            PhoneStage::Verified, PhoneStage::Failed,    PhoneStage::Idle};
}

} // namespace

class TestBenchPhoneModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void batchesEvents_data();
    void batchesEvents();
    void timerBoundsFlushes();
    void stageLooks_data();
    void stageLooks();
    void countersFollowStages_data();
    void countersFollowStages();
    void speedAndTimeLeft();
    void filters_data();
    void filters();
    void phoneLogAndMessage();
    void trustListEnteredOnce();
    void testersWhileStreaming();
    void delegatePaintsBar();
};

void TestBenchPhoneModel::batchesEvents_data()
{
    QTest::addColumn<int>("phones");
    QTest::addColumn<int>("reportsPerPhone");
    QTest::addColumn<QList<int>>("touchedRows"); // rows getting progress after the phones are rows
    QTest::addColumn<int>("expectedDataChanged");
    QTest::newRow("1000 reports, one phone") << 1 << 1000 << QList<int>{0} << 1;
    QTest::newRow("50 phones at once, adjacent") << 50 << 40 << QList<int>{} << 1;
    QTest::newRow("rows 0 and 2: two ranges") << 3 << 300 << QList<int>{0, 2} << 2;
    QTest::newRow("rows 1-3 and 7: two ranges") << 8 << 100 << QList<int>{1, 2, 3, 7} << 2;
}

void TestBenchPhoneModel::batchesEvents()
{
    QFETCH(int, phones);
    QFETCH(int, reportsPerPhone);
    QFETCH(QList<int>, touchedRows);
    QFETCH(int, expectedDataChanged);
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setFlushInterval(60000); // only the test flushes
    model.setSource(&source);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    for (int i = 0; i < phones; ++i)
        Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(i, PhoneStage::Firmware));
    QCOMPARE(model.rowCount(), 0); // nothing visible before the flush
    model.flush();
    QCOMPARE(model.rowCount(), phones);
    QCOMPARE(inserted.size(), 1); // all arrivals in one insertion
    QCOMPARE(changed.size(), 0);

    const QList<int> rows = touchedRows.isEmpty() ? [&] {
        QList<int> all;
        for (int i = 0; i < phones; ++i)
            all << i;
        return all;
    }()
                                                  : touchedRows;
    for (int report = 1; report <= reportsPerPhone; ++report) {
        for (int row : rows)
            Q_EMIT source.progressed(FakeBenchEventSource::phone(row, PhoneStage::Firmware).mac, report * 100,
                                     reportsPerPhone * 100);
    }
    QCOMPARE(changed.size(), 0); // no signal per event
    model.flush();
    QCOMPARE(changed.size(), expectedDataChanged);
    for (int row : rows)
        QCOMPARE(cell(model, row, Column::Progress, BenchPhoneModel::ProgressRole).toInt(), 1000);
    const int flushes = model.flushCount();
    model.flush(); // nothing new: no signal, no flush counted
    QCOMPARE(changed.size(), expectedDataChanged);
    QCOMPARE(model.flushCount(), flushes);
}

void TestBenchPhoneModel::timerBoundsFlushes()
{
    FakeBenchEventSource source;
    BenchPhoneModel model; // the production interval
    model.setSource(&source);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::Firmware));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QElapsedTimer clock;
    clock.start();
    qint64 done = 0;
    int events = 0;
    while (clock.elapsed() < 1000) {
        for (int i = 0; i < 50; ++i, ++events)
            Q_EMIT source.progressed(FakeBenchEventSource::phone(1, PhoneStage::Firmware).mac, ++done, 1 << 30);
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    QVERIFY(events > 1000);
    // ~10 a second at most (one more for a flush already due when the loop ended).
    QVERIFY2(changed.size() <= int(elapsed / 100) + 2,
             qPrintable(QStringLiteral("%1 dataChanged in %2 ms").arg(changed.size()).arg(elapsed)));
    QVERIFY(changed.size() >= 1); // but it does repaint while events stream
}

void TestBenchPhoneModel::stageLooks_data()
{
    QTest::addColumn<PhoneStage>("stage");
    QTest::addColumn<bool>("tinted");
    for (PhoneStage stage : allStages())
        QTest::newRow(qPrintable(PhoneStageNames::toString(stage)))
            << stage << (stage == PhoneStage::TrustList || stage == PhoneStage::Idle || stage == PhoneStage::Failed);
}

void TestBenchPhoneModel::stageLooks()
{
    QFETCH(PhoneStage, stage);
    QFETCH(bool, tinted);
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setSource(&source);
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(3, stage));
    model.flush();
    QCOMPARE(cell(model, 0, Column::Stage).toString(), PhoneStageNames::toString(stage)); // the exact name
    QCOMPARE(model.headerData(int(Column::Stage), Qt::Horizontal).toString(), QStringLiteral("Stage"));
    QCOMPARE(cell(model, 0, Column::Stage, BenchPhoneModel::StageRole).toInt(), int(stage));
    const QColor colour = cell(model, 0, Column::Stage, Qt::ForegroundRole).value<QColor>();
    QCOMPARE(colour, BenchStageStyle::color(stage));
    int sameColour = 0;
    for (PhoneStage other : allStages())
        sameColour += BenchStageStyle::color(other) == colour ? 1 : 0;
    QCOMPARE(sameColour, 1); // every stage has its own colour
    const QIcon icon = cell(model, 0, Column::Stage, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(24, 24)).toImage();
    QVERIFY(!image.isNull());
    // The icon is drawn in the stage's colour: its centre-left edge pixel is that hue.
    const QColor edge = image.pixelColor(3, 12);
    QVERIFY2(qAbs(edge.hue() - colour.hue()) <= 3 || colour.hue() < 0,
             qPrintable(QStringLiteral("%1 vs %2").arg(edge.name(), colour.name())));
    QCOMPARE(cell(model, 0, Column::Mac, Qt::BackgroundRole).isValid(), tinted);
    QVERIFY(!cell(model, 0, Column::Stage, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell(model, 0, Column::Message).toString().isEmpty());
}

void TestBenchPhoneModel::countersFollowStages_data()
{
    QTest::addColumn<QList<PhoneStage>>("stages");
    QTest::addColumn<QList<int>>("expected"); // detected, working, attention, verified, failed
    QTest::newRow("none") << QList<PhoneStage>{} << QList<int>{0, 0, 0, 0, 0};
    QTest::newRow("all stages") << allStages() << QList<int>{9, 5, 2, 1, 1};
    QTest::newRow("a finished bench") << QList<PhoneStage>{PhoneStage::Verified, PhoneStage::Verified,
                                                           PhoneStage::Failed}
                                      << QList<int>{3, 0, 0, 2, 1};
}

void TestBenchPhoneModel::countersFollowStages()
{
    QFETCH(QList<PhoneStage>, stages);
    QFETCH(QList<int>, expected);
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setSource(&source);
    QSignalSpy counted(&model, &BenchPhoneModel::countersChanged);
    for (int i = 0; i < stages.size(); ++i)
        Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(i, stages.at(i)));
    model.flush();
    const BenchPhoneModel::Counters counters = model.counters();
    QCOMPARE((QList<int>{counters.detected, counters.working, counters.attention, counters.verified, counters.failed}),
             expected);
    QCOMPARE(counted.size(), stages.isEmpty() ? 0 : 1);
    // A change that moves no counter sends no signal; a stage change does.
    if (stages.isEmpty())
        return;
    PhoneRecord same = FakeBenchEventSource::phone(0, stages.at(0));
    same.currentFile = QStringLiteral("SEP001E4A000000.cnf.xml");
    Q_EMIT source.phoneChanged(same);
    model.flush();
    QCOMPARE(counted.size(), 1);
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(0, PhoneStage::Verified));
    model.flush();
    QCOMPARE(counted.size(), stages.at(0) == PhoneStage::Verified ? 1 : 2);
    QCOMPARE(counted.last().at(0).value<BenchPhoneModel::Counters>(), model.counters());
}

void TestBenchPhoneModel::speedAndTimeLeft()
{
    FakeClock clock;
    FakeBenchEventSource source;
    BenchPhoneModel model(clock);
    model.setSource(&source);
    const PhoneRecord phone = FakeBenchEventSource::phone(1, PhoneStage::Firmware);
    Q_EMIT source.phoneChanged(phone);
    constexpr qint64 total = 4 * 1024 * 1024;
    Q_EMIT source.progressed(phone.mac, 0, total);
    model.flush();
    QCOMPARE(cell(model, 0, Column::Speed).toString(), QString()); // no speed from one sample
    QCOMPARE(cell(model, 0, Column::Progress).toString(), QStringLiteral("0 %"));
    clock.advanceMs(500);
    Q_EMIT source.progressed(phone.mac, 512 * 1024, total);
    clock.advanceMs(500);
    Q_EMIT source.progressed(phone.mac, 1024 * 1024, total); // 1 MiB in 1 s
    model.flush();
    QCOMPARE(cell(model, 0, Column::Speed).toString(), QStringLiteral("1.0 MB/s"));
    QCOMPARE(cell(model, 0, Column::Eta).toString(), QStringLiteral("3 s"));
    QCOMPARE(cell(model, 0, Column::Progress, BenchPhoneModel::ProgressRole).toInt(), 250);
    QCOMPARE(cell(model, 0, Column::Progress).toString(), QStringLiteral("25 %"));
    clock.advanceMs(1000);
    Q_EMIT source.progressed(phone.mac, 2 * 1024 * 1024, total); // smoothed: (1 + 1) / 2
    model.flush();
    QCOMPARE(cell(model, 0, Column::Speed).toString(), QStringLiteral("1.0 MB/s"));
    QCOMPARE(cell(model, 0, Column::Eta).toString(), QStringLiteral("2 s"));
    // Rebooting: no transfer, so neither speed nor time left.
    PhoneRecord rebooting = phone;
    rebooting.stage = PhoneStage::Rebooting;
    rebooting.progressDone = rebooting.progressTotal = total;
    Q_EMIT source.phoneChanged(rebooting);
    model.flush();
    QCOMPARE(cell(model, 0, Column::Speed).toString(), QString());
    QCOMPARE(cell(model, 0, Column::Eta).toString(), QString());
    QCOMPARE(cell(model, 0, Column::Progress, BenchPhoneModel::ProgressRole).toInt(), 1000);
}

void TestBenchPhoneModel::filters_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("visible"); // phone indexes
    // Phones 0..8 have the stages of allStages(); phone 4 is a 7942, the others 7941.
    QTest::newRow("all") << int(BenchPhoneFilterModel::Group::All) << QString()
                         << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("working") << int(BenchPhoneFilterModel::Group::Working) << QString() << QList<int>{0, 2, 3, 4, 5};
    QTest::newRow("needs attention") << int(BenchPhoneFilterModel::Group::Attention) << QString()
                                     << QList<int>{1, 7, 8};
    QTest::newRow("verified") << int(BenchPhoneFilterModel::Group::Verified) << QString() << QList<int>{6};
    QTest::newRow("MAC with colons") << int(BenchPhoneFilterModel::Group::All) << QStringLiteral("00:00:03")
                                     << QList<int>{3};
    QTest::newRow("MAC compact, upper case")
        << int(BenchPhoneFilterModel::Group::All) << QStringLiteral("001E4A000005") << QList<int>{5};
    QTest::newRow("model") << int(BenchPhoneFilterModel::Group::All) << QStringLiteral("7942") << QList<int>{4};
    QTest::newRow("IP") << int(BenchPhoneFilterModel::Group::All) << QStringLiteral("10.231.0.57") << QList<int>{7};
    QTest::newRow("model within a group")
        << int(BenchPhoneFilterModel::Group::Attention) << QStringLiteral("7942") << QList<int>{};
    QTest::newRow("nothing matches") << int(BenchPhoneFilterModel::Group::All) << QStringLiteral("zz") << QList<int>{};
}

void TestBenchPhoneModel::filters()
{
    QFETCH(int, group);
    QFETCH(QString, search);
    QFETCH(QList<int>, visible);
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setSource(&source);
    BenchPhoneFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<PhoneStage> stages = allStages();
    for (int i = 0; i < stages.size(); ++i)
        Q_EMIT source.phoneChanged(
            FakeBenchEventSource::phone(i, stages.at(i), i == 4 ? QStringLiteral("7942") : QStringLiteral("7941")));
    model.flush();
    filter.setGroup(BenchPhoneFilterModel::Group(group));
    filter.setSearchText(search);
    QList<int> shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << model.rowOf(*MacAddress::parse(filter.index(row, 0).data(BenchPhoneModel::MacRole).toString()));
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, visible);
    // A phone moving into the group appears without the filter being set again.
    if (group == int(BenchPhoneFilterModel::Group::Verified) && search.isEmpty()) {
        Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(2, PhoneStage::Verified));
        model.flush();
        QCOMPARE(filter.rowCount(), 2);
    }
}

void TestBenchPhoneModel::phoneLogAndMessage()
{
    FakeClock clock;
    FakeBenchEventSource source;
    BenchPhoneModel model(clock);
    model.setSource(&source);
    PhoneRecord phone = FakeBenchEventSource::phone(1, PhoneStage::Config);
    Q_EMIT source.phoneChanged(phone);
    const MacAddress mac = phone.mac;
    Q_EMIT source.transferEnded(mac, QStringLiteral("SEP") + mac.toCompact() + QStringLiteral(".cnf.xml"), 2048, 15,
                                Error());
    Q_EMIT source.transferEnded(mac, QStringLiteral("Ringlist.xml"), 0, 0, Error(ErrorCode::FileNotFound));
    Q_EMIT source.transferEnded(mac, QStringLiteral("apps41.bin"), 0, 0, Error(ErrorCode::TftpTimedOut));
    Q_EMIT source.warning(Error(ErrorCode::PhoneConfigRefused, QStringLiteral("asked by 10.231.0.9")), mac);
    Q_EMIT source.transferEnded(MacAddress(), QStringLiteral("XMLDefault.cnf.xml"), 10, 1, Error()); // nobody's
    model.flush();
    const QList<BenchPhoneModel::Event> events = model.events(0);
    QCOMPARE(events.size(), 4);
    QVERIFY(events.at(0).text.contains(QStringLiteral(".cnf.xml")));
    QVERIFY(events.at(0).text.contains(QStringLiteral("2.0 kB")));
    QVERIFY(!events.at(0).problem);
    QVERIFY(events.at(1).text.contains(QStringLiteral("Ringlist.xml")));
    QVERIFY(!events.at(1).problem); // phones probe for optional files: not a problem
    QVERIFY(events.at(2).text.contains(QStringLiteral("apps41.bin")));
    QVERIFY(events.at(2).problem);
    QVERIFY(events.at(3).problem);
    QCOMPARE(events.at(0).at, clock.nowUtc());

    // A failed phone's message is the explanation of its cause, never the bare code.
    phone.stage = PhoneStage::Failed;
    phone.cause = Error(ErrorCode::FirmwareFileMissing, QStringLiteral("apps41.bin"));
    Q_EMIT source.phoneChanged(phone);
    model.flush();
    QCOMPARE(cell(model, 0, Column::Message).toString(), ErrorMessages::forError(phone.cause).what);
    QVERIFY(
        cell(model, 0, Column::Message, Qt::ToolTipRole).toString().contains(ErrorMessages::forError(phone.cause).fix));

    // The log is bounded.
    for (int i = 0; i < 500; ++i)
        Q_EMIT source.transferEnded(mac, QStringLiteral("f%1").arg(i), 1, 1, Error());
    model.flush();
    QCOMPARE(model.events(0).size(), 200);
    QVERIFY(model.events(0).last().text.contains(QStringLiteral("f499")));
}

void TestBenchPhoneModel::trustListEnteredOnce()
{
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setSource(&source);
    QSignalSpy entered(&model, &BenchPhoneModel::phoneEnteredTrustList);
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::Detected, QStringLiteral("7961")));
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::TrustList, QStringLiteral("7961")));
    QCOMPARE(entered.size(), 0); // batched too
    model.flush();
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).value<PhoneRecord>().modelId, QStringLiteral("7961"));
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::TrustList, QStringLiteral("7961")));
    model.flush();
    QCOMPARE(entered.size(), 1); // still there: not again
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::Config, QStringLiteral("7961")));
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::TrustList, QStringLiteral("7961")));
    model.flush();
    QCOMPARE(entered.size(), 2); // back in it
}

void TestBenchPhoneModel::testersWhileStreaming()
{
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setFlushInterval(5);
    model.setSource(&source);
    BenchPhoneFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(int(Column::Progress), Qt::DescendingOrder);
    filter.setGroup(BenchPhoneFilterModel::Group::Working);
    QRandomGenerator random(7);
    const QList<PhoneStage> stages = allStages();
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step < 3000 && clock.elapsed() < 20000; ++step) {
        const int phone = random.bounded(30);
        const PhoneRecord record = FakeBenchEventSource::phone(phone, stages.at(random.bounded(stages.size())));
        switch (random.bounded(4)) {
        case 0:
            Q_EMIT source.phoneChanged(record);
            break;
        case 1:
            Q_EMIT source.progressed(record.mac, random.bounded(1000), 1000);
            break;
        case 2:
            Q_EMIT source.transferEnded(record.mac, QStringLiteral("f"), 1, 1, Error());
            break;
        default:
            if (step % 50 == 0)
                filter.setSearchText(step % 100 == 0 ? QStringLiteral("00:0") : QString());
            break;
        }
        if (step % 50 == 0)
            QTest::qWait(6); // lets the flush timer fire between bursts
    }
    model.flush();
    QVERIFY(model.rowCount() > 20);
    QVERIFY(model.flushCount() > 1);
}

void TestBenchPhoneModel::delegatePaintsBar()
{
    FakeBenchEventSource source;
    BenchPhoneModel model;
    model.setSource(&source);
    const PhoneRecord phone = FakeBenchEventSource::phone(1, PhoneStage::Firmware);
    Q_EMIT source.phoneChanged(phone);
    Q_EMIT source.progressed(phone.mac, 500, 1000);
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(2, PhoneStage::Detected));
    model.flush();
    QTableView view;
    view.setModel(&model);
    BenchProgressDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 200, 24);
    QCOMPARE(delegate.sizeHint(option, model.index(0, int(Column::Progress))).width() >= 110, true);
    const auto render = [&](int row) {
        QImage image(200, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(row, int(Column::Progress)));
        painter.end();
        return image;
    };
    const QImage half = render(0);
    const QImage none = render(1);
    QImage blank(200, 24, QImage::Format_ARGB32);
    blank.fill(Qt::white);
    QVERIFY(half != blank); // a bar was drawn
    QCOMPARE(none, blank);  // no progress: an empty cell
}

QTEST_MAIN(TestBenchPhoneModel)
#include "tst_benchphonemodel.moc"
