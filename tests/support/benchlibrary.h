#pragma once

#include "tests/support/syntheticbundle.h"

#include <QList>
#include <QString>

// A firmware library on disk holding synthetic bundles, imported the way the product imports them
// (FirmwareImportJob), for the bench suites. Waits (bounded) for each import; false with a reason on failure.
namespace BenchLibrary {
bool build(const QString &root, const QList<SyntheticBundle> &bundles, QString *failure);
// SIP41 9.4(2) target + its SCCP 8.5(2) jump load, both offering term41.default.loads.
QList<SyntheticBundle> sip41WithJump();
} // namespace BenchLibrary
