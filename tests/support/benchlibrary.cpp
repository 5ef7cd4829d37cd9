#include "tests/support/benchlibrary.h"

#include "core/firmware/firmwareimportjob.h"
#include "core/phones/phonecatalog.h"

#include <QDir>
#include <QSignalSpy>

namespace BenchLibrary {

bool build(const QString &root, const QList<SyntheticBundle> &bundles, QString *failure)
{
    const Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog) {
        *failure = catalog.error().toLogString();
        return false;
    }
    QDir().mkpath(root);
    int index = 0;
    for (const SyntheticBundle &bundle : bundles) {
        const QString source = root + QStringLiteral("-source-%1").arg(index++);
        bundle.write(source, SyntheticBundle::Form::Folder);
        FirmwareImportJob job(source, *catalog, root);
        QSignalSpy finished(&job, &FirmwareImportJob::finished);
        job.start();
        if (!finished.wait(60000)) {
            *failure = QStringLiteral("import of %1 timed out").arg(bundle.loadId());
            return false;
        }
        const Error error = finished.constFirst().constFirst().value<Error>();
        if (error.isError()) {
            *failure = QStringLiteral("%1: %2").arg(bundle.loadId(), error.toLogString());
            return false;
        }
    }
    return true;
}

QList<SyntheticBundle> sip41WithJump()
{
    return {SyntheticBundle::sip(QStringLiteral("41")), SyntheticBundle::sccp(QStringLiteral("41"))};
}

} // namespace BenchLibrary
