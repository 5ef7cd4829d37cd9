#pragma once

#include "core/phones/phonecatalog.h"
#include "ui/wizard/benchsetup.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWizard>

#include <atomic>
#include <memory>

// What every wizard test needs: the real phone catalog, a BenchSetup on a fresh state folder and a port probe
// whose answers the test sets per port. Header-only: shared by the gui suites, nothing else links it.
struct GuiTestSetup
{
    QTemporaryDir stateDir;
    QHash<quint16, Error> portAnswers;     // missing port: binds fine; read by the probe on the checker's thread
    std::atomic<int> probesOnGuiThread{0}; // the GUI thread opens no sockets: the probe must never run there
    std::unique_ptr<BenchSetup> setup;

    GuiTestSetup()
    {
        Result<PhoneCatalog> catalog = PhoneCatalog::load();
        if (!catalog)
            qFatal("catalog: %s", qPrintable(catalog.error().toLogString()));
        setup = std::make_unique<BenchSetup>(std::move(catalog).value(), stateDir.path());
        setup->setPortProbe([this](quint16 port) {
            if (QThread::currentThread() == QCoreApplication::instance()->thread())
                ++probesOnGuiThread;
            return portAnswers.value(port);
        });
    }

    // Opens the wizard directly on one page, as if the earlier pages were done.
    static void openAt(QWizard &wizard, int pageId)
    {
        wizard.setStartId(pageId);
        wizard.show();
        wizard.restart();
    }

    // Stray warnings fail the test; the offscreen platform's own note about window size hints is not ours.
    static void failOnStrayWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    }

    // Per-user settings go to Qt's test location; each test starts from none.
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        // An INI file in the test-mode config folder on every OS: Windows' native format is the registry, which
        // test mode does not redirect.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QSettings().clear();
    }
};
