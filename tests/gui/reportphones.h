#pragma once

#include "core/bench/phonerecord.h"

#include <QList>

// A bench run with one phone per way a run can end (verified, each failure, trust list, idle, unfinished), for the
// Report page's suites and its screenshots. Header-only, like guitestsetup.h.
namespace ReportPhones {

inline const QDateTime kStart(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

inline PhoneRecord phone(const QString &mac, const QString &model, PhoneStage stage, int minutes)
{
    PhoneRecord r;
    r.mac = *MacAddress::parse(mac);
    r.modelId = model;
    r.familyId = model.isEmpty() ? QString() : QStringLiteral("SIP") + model.mid(2, 2);
    r.serial = QStringLiteral("FCH%1").arg(mac.right(6));
    r.ip = QHostAddress(QStringLiteral("10.79.0.%1").arg(100 + minutes));
    r.stage = stage;
    r.firstSeen = kStart.addSecs(minutes * 20);
    r.lastSeen = r.firstSeen.addSecs(minutes * 60);
    r.history = {{r.firstSeen, PhoneStage::Detected, QString()}, {r.lastSeen, stage, QString()}};
    return r;
}

inline QList<PhoneRecord> mixed()
{
    PhoneRecord verified = phone(QStringLiteral("001e4a000001"), QStringLiteral("7941"), PhoneStage::Verified, 7);
    verified.oldLoad = QStringLiteral("SCCP41.8-5-2S");
    verified.newLoad = verified.targetLoad = QStringLiteral("SIP41.9-4-2SR3-1S");
    PhoneRecord verified2 = verified;
    verified2.mac = *MacAddress::parse(QStringLiteral("001e4a000002"));
    verified2.serial = QStringLiteral("FCH000002");
    verified2.lastSeen = verified2.lastSeen.addSecs(95);
    PhoneRecord jump = phone(QStringLiteral("001e4a000003"), QStringLiteral("7962"), PhoneStage::Failed, 3);
    jump.oldLoad = QStringLiteral("SCCP42.8-2-1S");
    jump.targetLoad = QStringLiteral("SIP42.9-4-2SR3-1S");
    jump.cause = Error(ErrorCode::PhoneJumpLoadMissing, QStringLiteral("SIP42 runs SCCP42.8-2-1S"));
    jump.fix = PhoneFix::ImportJumpLoad;
    jump.fixDetail = QStringLiteral("SIP42");
    PhoneRecord trust = phone(QStringLiteral("001e4a000004"), QStringLiteral("7975"), PhoneStage::TrustList, 5);
    trust.cause = Error(ErrorCode::PhoneTrustListPresent, QStringLiteral("SEP001E4A000004.cnf.xml.sgn"));
    trust.fix = PhoneFix::EraseTrustList;
    PhoneRecord idle = phone(QStringLiteral("001e4a000005"), QStringLiteral("7911"), PhoneStage::Idle, 4);
    idle.cause = Error(ErrorCode::PhoneIdle, QStringLiteral("firmware"));
    idle.fix = PhoneFix::CheckPhone;
    PhoneRecord wrong = phone(QStringLiteral("001e4a000006"), QStringLiteral("7941"), PhoneStage::Failed, 9);
    wrong.oldLoad = QStringLiteral("SCCP41.9-2-1S");
    wrong.newLoad = QStringLiteral("SIP41.9-3-1SR1-1S");
    wrong.targetLoad = QStringLiteral("SIP41.9-4-2SR3-1S");
    wrong.cause = Error(ErrorCode::PhoneWrongLoad, QStringLiteral("runs SIP41.9-3-1SR1-1S"));
    wrong.fix = PhoneFix::CheckPhone;
    wrong.fixDetail = wrong.targetLoad;
    PhoneRecord flashing = phone(QStringLiteral("001e4a000007"), QStringLiteral("7942"), PhoneStage::Firmware, 2);
    flashing.targetLoad = QStringLiteral("SIP42.9-4-2SR3-1S");
    return {verified, verified2, jump, trust, idle, wrong, flashing};
}

} // namespace ReportPhones
