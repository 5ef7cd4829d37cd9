// Firmware import speed: a realistic 6 MB synthetic SIP bundle (random, incompressible payloads like real images)
// imported with FirmwareImportJob into a fresh library, against `unzip` extracting the same zip. Prints medians
// and the ratio. Usage: firmwareimportbench [runs]
#include "core/firmware/firmwareimportjob.h"
#include "tests/support/syntheticbundle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("cmterm-7942_7962-sip.zip"));
    const QString error = SyntheticBundle::sip(QStringLiteral("42"))
                              .withPayloadSizes({1300000, 430000, 2300000, 270000, 1900000})
                              .write(zip, SyntheticBundle::Form::FlatZip);
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!error.isEmpty() || !catalog) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    std::printf("bundle: %s, %lld bytes\n", qPrintable(QFileInfo(zip).fileName()), QFileInfo(zip).size());

    QList<double> ours;
    QList<double> unzip;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        FirmwareImportJob job(zip, catalog.value(), dir.filePath(QStringLiteral("lib%1").arg(i)));
        Error result(ErrorCode::TimedOut);
        QObject::connect(&job, &FirmwareImportJob::finished, &app, [&](const Error &e) {
            result = e;
            app.quit();
        });
        job.start();
        app.exec();
        ours << timer.nsecsElapsed() / 1e6;
        if (result) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.toLogString()));
            return 1;
        }

        timer.restart();
        QProcess process;
        process.start(QStringLiteral("unzip"), {QStringLiteral("-o"), QStringLiteral("-q"), zip, QStringLiteral("-d"),
                                                dir.filePath(QStringLiteral("unzip%1").arg(i))});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "unzip failed (is it installed?)\n");
            return 1;
        }
        unzip << timer.nsecsElapsed() / 1e6;
    }
    const double a = median(ours);
    const double b = median(unzip);
    std::printf("sccp2sip import (read, validate, store): median %.1f ms over %d runs\n", a, runs);
    std::printf("unzip -o (extract only):                 median %.1f ms\n", b);
    std::printf("ratio sccp2sip/unzip: %.2f; target < 2000 ms: %s\n", a / b, a < 2000 ? "met" : "MISSED");
    return a < 2000 ? 0 : 1;
}
