// The compiled-in phone catalog: every model and family fact docs/catalog.md lists, and a broken file rejected
// naming the entry. The facts are many, so the suite is long.
#include "core/phones/phonecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalog must hold exactly the facts docs/catalog.md lists, and reject a broken file naming the entry.
class TestPhoneCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyModel_data();
    void everyModel();
    void vendorClassVariants_data();
    void vendorClassVariants();
    void defaultLoadsToFamily_data();
    void defaultLoadsToFamily();
    void loadIdToFamily_data();
    void loadIdToFamily();
    void jumpRules_data();
    void jumpRules();
    void guidanceOnlyModels();
    void unconfirmedFactsAreMarked();
    void brokenCatalogRejected_data();
    void brokenCatalogRejected();
    void loadFromPath();

private:
    PhoneCatalog m_catalog;
    QJsonObject m_json;
};

void TestPhoneCatalog::initTestCase()
{
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error().toLogString()));
    m_catalog = catalog.value();
    QFile file(PhoneCatalog::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_json = QJsonDocument::fromJson(file.readAll()).object();
}

void TestPhoneCatalog::everyModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("option60");
    QTest::addColumn<int>("loadInformationId");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("sipJar");
    QTest::addColumn<QString>("desktop");
    const QByteArray p("Cisco Systems, Inc. IP Phone CP-");
    const QByteArray nul(1, '\0');
    QTest::newRow("7906") << "7906" << p + "7906G" + nul << 369 << "SIP11"
                          << "term06.default.loads"
                          << "tc-sip.jar" << QString();
    QTest::newRow("7911") << "7911" << p + "7911G" + nul << 307 << "SIP11"
                          << "term11.default.loads"
                          << "tc-sip.jar" << QString();
    QTest::newRow("7931") << "7931" << p + "7931G" + nul << 348 << "SIP31"
                          << "term31.default.loads" << QString() << QString();
    QTest::newRow("7940") << "7940" << p + "7940G" + nul << 8 << "P0S3" << QString() << QString() << QString();
    QTest::newRow("7960") << "7960" << p + "7960G" + nul << 7 << "P0S3" << QString() << QString() << QString();
    QTest::newRow("7941") << "7941" << p + "7941G" + nul << 115 << "SIP41"
                          << "term41.default.loads"
                          << "mk-sip.jar"
                          << "320x196x4";
    QTest::newRow("7941G-GE") << "7941G-GE" << p + "7941G-GE" + nul << 309 << "SIP41"
                              << "term41.default.loads"
                              << "mk-sip.jar"
                              << "320x196x4";
    QTest::newRow("7961") << "7961" << p + "7961G" + nul << 30018 << "SIP41"
                          << "term61.default.loads"
                          << "mk-sip.jar"
                          << "320x196x4";
    QTest::newRow("7961G-GE") << "7961G-GE" << p + "7961G-GE" + nul << 308 << "SIP41"
                              << "term61.default.loads"
                              << "mk-sip.jar"
                              << "320x196x4";
    QTest::newRow("7942") << "7942" << p + "7942G" + nul << 434 << "SIP42"
                          << "term42.default.loads"
                          << "mk-sip.jar"
                          << "320x196x4";
    QTest::newRow("7962") << "7962" << p + "7962G" + nul << 404 << "SIP42"
                          << "term62.default.loads"
                          << "mk-sip.jar"
                          << "320x196x4";
    QTest::newRow("7945") << "7945" << p + "7945G" + nul << 435 << "SIP45"
                          << "term45.default.loads"
                          << "be-sip.jar"
                          << "320x212x16";
    QTest::newRow("7965") << "7965" << p + "7965G" + nul << 436 << "SIP45"
                          << "term65.default.loads"
                          << "be-sip.jar"
                          << "320x212x16";
    QTest::newRow("7970") << "7970" << p + "7970G" + nul << 30006 << "SIP70"
                          << "term70.default.loads"
                          << "td-sip.jar"
                          << "320x212x12";
    QTest::newRow("7971G-GE") << "7971G-GE" << p + "7971G-GE" + nul << 119 << "SIP70"
                              << "term71.default.loads"
                              << "td-sip.jar"
                              << "320x212x12";
    QTest::newRow("7975") << "7975" << p + "7975G" + nul << 437 << "SIP75"
                          << "term75.default.loads"
                          << "td-sip.jar"
                          << "320x216x16";
}

void TestPhoneCatalog::everyModel()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, option60);
    QFETCH(int, loadInformationId);
    QFETCH(QString, family);
    QFETCH(QString, term);
    QFETCH(QString, sipJar);
    QFETCH(QString, desktop);

    const PhoneModel *byId = m_catalog.model(id);
    QVERIFY(byId);
    QCOMPARE(byId->id, id);
    QVERIFY(byId->supported);
    QCOMPARE(m_catalog.modelForVendorClass(option60), byId);
    QCOMPARE(m_catalog.modelForVendorClass(option60.chopped(1)), byId); // NUL stripped or not
    QCOMPARE(m_catalog.modelForLoadInformationId(loadInformationId), byId);
    QCOMPARE(byId->loadInformationId, loadInformationId);
    QCOMPARE(byId->familyId, family);
    QVERIFY(m_catalog.family(family));
    QVERIFY(m_catalog.modelsInFamily(family).contains(byId));
    if (term.isEmpty()) {
        QVERIFY(byId->defaultLoads.isEmpty());
    } else {
        QCOMPARE(byId->defaultLoads, QStringList{term});
        QVERIFY(m_catalog.modelsForDefaultLoads(term).contains(byId));
        QVERIFY(m_catalog.modelsForDefaultLoads(term.toUpper()).contains(byId));
    }
    QCOMPARE(byId->sipLocaleJar, sipJar);
    if (!sipJar.isEmpty()) {
        QCOMPARE(byId->sccpLocaleJar, QString(sipJar).replace(QStringLiteral("-sip."), QStringLiteral("-sccp.")));
        QVERIFY(m_catalog.modelsForLocaleJar(sipJar).contains(byId));
    }
    QCOMPARE(byId->desktopSize, desktop);
    QCOMPARE(byId->factoryResetKeys, QStringLiteral("123456789*0#"));
    QVERIFY(!byId->resetEntry.isEmpty());
    QVERIFY(!byId->displayName.isEmpty());
    if (family != QLatin1String("P0S3")) {
        QVERIFY(byId->hasTrustListErase);
        QCOMPARE(byId->trustListErase.unlockKeys, QStringLiteral("**#"));
        QCOMPARE(byId->trustListErase.softkey, QStringLiteral("Erase"));
        QCOMPARE(byId->trustListErase.menuPaths.constFirst().constFirst(), QStringLiteral("Settings"));
        QCOMPARE(byId->formatKeys, QStringLiteral("3491672850*#"));
    } else {
        QCOMPARE(byId->factoryResetFollowUp, QStringLiteral("keepNetworkConfigAnswer2"));
        QVERIFY(byId->formatKeys.isEmpty());
    }
}

void TestPhoneCatalog::vendorClassVariants_data()
{
    QTest::addColumn<QByteArray>("option60");
    QTest::addColumn<QString>("model");
    QTest::newRow("7940 without G") << QByteArray("Cisco Systems, Inc. IP Phone CP-7940\0", 37) << "7940";
    QTest::newRow("7911 38 bytes") << QByteArray("Cisco Systems, Inc. IP Phone CP-7911G\0", 38) << "7911";
    QTest::newRow("7912 no CP no NUL") << QByteArray("Cisco Systems, Inc. IP Phone 7912") << "7912";
    QTest::newRow("7905 no CP no NUL") << QByteArray("Cisco Systems, Inc. IP Phone 7905") << "7905";
    QTest::newRow("lower case token") << QByteArray("Cisco Systems, Inc. IP Phone cp-7962g") << "7962";
    QTest::newRow("7971 without GE") << QByteArray("Cisco Systems, Inc. IP Phone CP-7971G") << "7971G-GE";
    QTest::newRow("8961 guidance") << QByteArray("Cisco Systems, Inc. IP Phone CP-8961") << "89xx";
    QTest::newRow("9971 guidance") << QByteArray("Cisco Systems, Inc. IP Phone CP-9971") << "99xx";
    QTest::newRow("bare old 7960") << QByteArray("Cisco Systems, Inc. IP Phone\0", 29) << QString();
    QTest::newRow("other vendor") << QByteArray("MSFT 5.0") << QString();
    QTest::newRow("unknown model") << QByteArray("Cisco Systems, Inc. IP Phone CP-7821") << QString();
}

void TestPhoneCatalog::vendorClassVariants()
{
    QFETCH(QByteArray, option60);
    QFETCH(QString, model);
    const PhoneModel *found = m_catalog.modelForVendorClass(option60);
    QCOMPARE(found ? found->id : QString(), model);
}

void TestPhoneCatalog::defaultLoadsToFamily_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QStringList>("models");
    QTest::newRow("term06") << "term06.default.loads"
                            << "SIP11" << QStringList{u"7906"_s};
    QTest::newRow("term11") << "term11.default.loads"
                            << "SIP11" << QStringList{u"7911"_s};
    QTest::newRow("term31") << "term31.default.loads"
                            << "SIP31" << QStringList{u"7931"_s};
    QTest::newRow("term41") << "term41.default.loads"
                            << "SIP41" << QStringList{u"7941"_s, u"7941G-GE"_s};
    QTest::newRow("term61 upper") << "TERM61.DEFAULT.loads"
                                  << "SIP41" << QStringList{u"7961"_s, u"7961G-GE"_s};
    QTest::newRow("term42") << "term42.default.loads"
                            << "SIP42" << QStringList{u"7942"_s};
    QTest::newRow("term62") << "term62.default.loads"
                            << "SIP42" << QStringList{u"7962"_s};
    QTest::newRow("term45") << "term45.default.loads"
                            << "SIP45" << QStringList{u"7945"_s};
    QTest::newRow("term65") << "term65.default.loads"
                            << "SIP45" << QStringList{u"7965"_s};
    QTest::newRow("term70") << "term70.default.loads"
                            << "SIP70" << QStringList{u"7970"_s};
    QTest::newRow("term71") << "term71.default.loads"
                            << "SIP70" << QStringList{u"7971G-GE"_s};
    QTest::newRow("term75") << "term75.default.loads"
                            << "SIP75" << QStringList{u"7975"_s};
    QTest::newRow("unknown") << "term99.default.loads" << QString() << QStringList{};
}

void TestPhoneCatalog::defaultLoadsToFamily()
{
    QFETCH(QString, term);
    QFETCH(QString, family);
    QFETCH(QStringList, models);
    QStringList found;
    for (const PhoneModel *model : m_catalog.modelsForDefaultLoads(term)) {
        found << model->id;
        QCOMPARE(model->familyId, family);
    }
    QCOMPARE(found, models);
}

void TestPhoneCatalog::loadIdToFamily_data()
{
    QTest::addColumn<QString>("loadId");
    QTest::addColumn<QString>("family");
    QTest::addColumn<PhoneProtocol>("protocol");
    QTest::addColumn<QString>("version"); // PhoneLoadVersion::toString(), empty: none
    QTest::newRow("SIP41") << "SIP41.9-4-2SR3-1S"
                           << "SIP41" << PhoneProtocol::Sip << "9.4(2)SR3-1S";
    QTest::newRow("SCCP41") << "SCCP41.8-5-2SR1S"
                            << "SIP41" << PhoneProtocol::Sccp << "8.5(2)SR1S";
    QTest::newRow("SIP11") << "SIP11.9-4-2SR1-1S"
                           << "SIP11" << PhoneProtocol::Sip << "9.4(2)SR1-1S";
    QTest::newRow("SIP75 lower") << "sip75.9-4-2SR4-3S"
                                 << "SIP75" << PhoneProtocol::Sip << "9.4(2)SR4-3S";
    QTest::newRow("P0S3") << "P0S3-8-12-00"
                          << "P0S3" << PhoneProtocol::Sip << "8.12(0)";
    QTest::newRow("P003") << "P003-8-12-00"
                          << "P0S3" << PhoneProtocol::Sccp << "8.12(0)";
    // The 7940/7960 SCCP load IDs have no separator (real RRQs and a real .loads file name it so:
    // dkgroot/provision_sccp, tftpboot/firmware/7940/).
    QTest::newRow("P003 without separator") << "P00308010200"
                                            << "P0S3" << PhoneProtocol::Sccp << "8.1(2).00";
    QTest::newRow("P003 service release") << "P0030801SR02"
                                          << "P0S3" << PhoneProtocol::Sccp << "8.1(0)SR02";
    QTest::newRow("SIP prefix never glued") << "SIP4109040200" << QString() << PhoneProtocol::Unknown << QString();
    QTest::newRow("family known, version odd") << "SCCP41.latest"
                                               << "SIP41" << PhoneProtocol::Sccp << QString();
    QTest::newRow("prefix only") << "SIP41" << QString() << PhoneProtocol::Unknown << QString();
    QTest::newRow("unknown family") << "SIP88.9-4-2" << QString() << PhoneProtocol::Unknown << QString();
    QTest::newRow("longer prefix") << "SIP411.9-4-2" << QString() << PhoneProtocol::Unknown << QString();
}

void TestPhoneCatalog::loadIdToFamily()
{
    QFETCH(QString, loadId);
    QFETCH(QString, family);
    QFETCH(PhoneProtocol, protocol);
    QFETCH(QString, version);
    const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(loadId);
    QCOMPARE(match.family ? match.family->id : QString(), family);
    QCOMPARE(match.protocol, protocol);
    QCOMPARE(match.version ? match.version->toString() : QString(), version);
}

void TestPhoneCatalog::jumpRules_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("running");
    QTest::addColumn<bool>("needsJump");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("isJumpLoad");
    // Cisco's 9.2 release notes (as quoted at sysop.ca/?p=337) name 79x1, 79x2, 79x5, 7931 and 797x; Wazo's
    // provisioning plugins ship an 8.5(2) jump load for 7906/7911 too (wazo-provd-plugins, wazo_cisco_sccp).
    for (const char *id : {"SIP11", "SIP31", "SIP41", "SIP42", "SIP45", "SIP70", "SIP75"}) {
        const QString f = QString::fromLatin1(id);
        QTest::addRow("%s below 8.3(3)", id) << f << "8-2-1" << true << "8-5-2" << true;
        QTest::addRow("%s at 8.3(3)", id) << f << "8-3-3" << false << "8-3-3" << true;
        QTest::addRow("%s 9.x is no jump", id) << f << "9-4-2" << false << "9-4-2" << false;
        QTest::addRow("%s 8.0 is no jump", id) << f << "7-0-3" << true << "8-0-3" << false;
    }
    // The 7940/7960 have their own upgrade matrix, not this rule.
    QTest::newRow("P0S3 has no rule") << "P0S3"
                                      << "5-0-1" << false << "8-5-2" << false;
}

void TestPhoneCatalog::jumpRules()
{
    QFETCH(QString, family);
    QFETCH(QString, running);
    QFETCH(bool, needsJump);
    QFETCH(QString, candidate);
    QFETCH(bool, isJumpLoad);
    const PhoneFamily *f = m_catalog.family(family);
    QVERIFY(f);
    QCOMPARE(f->needsJumpFrom(*PhoneLoadVersion::parse(running)), needsJump);
    QCOMPARE(f->isJumpLoad(*PhoneLoadVersion::parse(candidate)), isJumpLoad);
    if (f->jump)
        QVERIFY(!f->jump->source.isEmpty()); // every rule names where it is published
}

void TestPhoneCatalog::guidanceOnlyModels()
{
    for (const QString &id : {u"7912"_s, u"7905"_s, u"89xx"_s, u"99xx"_s}) {
        const PhoneModel *model = m_catalog.model(id);
        QVERIFY2(model, qPrintable(id));
        QVERIFY(!model->supported);
        QVERIFY(model->familyId.isEmpty());
        QVERIFY(!model->notes.isEmpty());
    }
    QCOMPARE(m_catalog.modelForLoadInformationId(30007)->id, QStringLiteral("7912"));
    QCOMPARE(m_catalog.modelForLoadInformationId(20000)->id, QStringLiteral("7905"));
    QCOMPARE(m_catalog.modelForLoadInformationId(5), nullptr); // the wrong public 7961 ID
}

void TestPhoneCatalog::unconfirmedFactsAreMarked()
{
    QVERIFY(m_catalog.family(u"SIP31")->isUnconfirmed(QStringLiteral("sipPrefix")));
    QCOMPARE(m_catalog.legacyLoaderFamily(), m_catalog.family(u"P0S3"));
    QVERIFY(m_catalog.model(u"7931")->isUnconfirmed(QStringLiteral("localeJar")));
    QVERIFY(m_catalog.model(u"7931")->isUnconfirmed(QStringLiteral("desktopSize")));
    QVERIFY(m_catalog.model(u"7941G-GE")->isUnconfirmed(QStringLiteral("defaultLoads")));
    QVERIFY(m_catalog.model(u"7961G-GE")->isUnconfirmed(QStringLiteral("defaultLoads")));
    QVERIFY(!m_catalog.model(u"7941")->isUnconfirmed(QStringLiteral("defaultLoads")));
    QVERIFY(m_catalog.model(u"7911")->isUnconfirmed(QStringLiteral("unlockKeys")));
    QVERIFY(m_catalog.model(u"7941")->isUnconfirmed(QStringLiteral("networkPreservingFormatKeys")));
}

void TestPhoneCatalog::brokenCatalogRejected_data()
{
    QTest::addColumn<QString>("pointer"); // "models/5/loadInformationId"
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("duplicate load id") << "models/6/loadInformationId" << QJsonValue(115)
                                       << "models[6] (7941G-GE).loadInformationId";
    QTest::newRow("unknown family") << "models/1/family" << QJsonValue(u"SIP12"_s) << "models[1] (7911).family";
    QTest::newRow("bad term") << "models/5/defaultLoads" << QJsonValue(QJsonArray{u"term41.loads"_s})
                              << "models[5] (7941).defaultLoads[0]";
    QTest::newRow("bad option60") << "models/7/option60" << QJsonValue(QJsonArray{u"Polycom"_s})
                                  << "models[7] (7942).option60[0]";
    QTest::newRow("duplicate option60") << "models/8/option60"
                                        << QJsonValue(QJsonArray{u"Cisco Systems, Inc. IP Phone CP-7942G"_s})
                                        << "models[8] (7945).option60";
    QTest::newRow("bad keys") << "models/9/formatKeys" << QJsonValue(u"349 167"_s) << "models[9] (7961).formatKeys";
    QTest::newRow("bad jar") << "models/10/localeJar" << QJsonValue(u"mk.jar"_s) << "models[10] (7961G-GE).localeJar";
    QTest::newRow("missing id") << "models/2/id" << QJsonValue() << "models[2].id";
    QTest::newRow("bad unconfirmed") << "models/0/unconfirmed" << QJsonValue(QJsonArray{u"colour"_s})
                                     << "models[0] (7906).unconfirmed[0]";
    QTest::newRow("negative keys") << "models/3/lineKeys" << QJsonValue(-1) << "models[3] (7940).lineKeys";
    QTest::newRow("bad family prefix") << "families/0/sipPrefix" << QJsonValue(u"sip 11"_s)
                                       << "families[0] (SIP11).sipPrefix";
    QTest::newRow("typo key") << "models/4/loadInformationID" << QJsonValue(7) << "models[4] (7960).loadInformationID";
    QTest::newRow("family typo key") << "families/2/jumpload" << QJsonValue(true) << "families[2] (P0S3).jumpload";
    QTest::newRow("erase without paths") << "models/5/trustListErase" << QJsonValue(QJsonObject{})
                                         << "models[5] (7941).trustListErase.menuPaths";
}

void TestPhoneCatalog::brokenCatalogRejected()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedPath);
    const QStringList parts = pointer.split(QLatin1Char('/'));
    QJsonObject root = m_json;
    QJsonArray array = root.value(parts[0]).toArray();
    QJsonObject entry = array.at(parts[1].toInt()).toObject();
    if (value.isUndefined() || value.isNull())
        entry.remove(parts[2]);
    else
        entry.insert(parts[2], value);
    array.replace(parts[1].toInt(), entry);
    root.insert(parts[0], array);

    const Result<PhoneCatalog> catalog =
        PhoneCatalog::fromJson(QJsonDocument(root).toJson(), QStringLiteral("catalog.json"));
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().code(), ErrorCode::CatalogInvalid);
    QVERIFY2(catalog.error().detail().startsWith(QStringLiteral("catalog.json: ") + expectedPath + u": "_s),
             qPrintable(catalog.error().detail()));
}

void TestPhoneCatalog::loadFromPath()
{
    const Result<PhoneCatalog> missing = PhoneCatalog::load(QStringLiteral("/nonexistent/catalog.json"));
    QCOMPARE(missing.error().code(), ErrorCode::FileUnreadable);
    const Result<PhoneCatalog> garbage = PhoneCatalog::fromJson("{\"formatVersion\": 1, [", u"x.json"_s);
    QCOMPARE(garbage.error().code(), ErrorCode::CatalogInvalid);
    QVERIFY(garbage.error().detail().startsWith(u"x.json: offset"_s));
    const Result<PhoneCatalog> empty = PhoneCatalog::fromJson("{\"formatVersion\": 1}", u"x.json"_s);
    QCOMPARE(empty.error().code(), ErrorCode::CatalogInvalid);
}

QTEST_GUILESS_MAIN(TestPhoneCatalog)
#include "tst_phonecatalog.moc"
