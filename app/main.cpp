#include "core/common/appidentity.h"
#include "core/common/logfile.h"
#include "core/common/logging.h"
#include "core/common/version.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/net/netplatform.h"
#include "core/phones/phonecatalog.h"
#include "ui/wizard/benchsetup.h"
#include "ui/wizard/benchwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

// QApplication aborts without a display; say how to run instead (Linux/BSD only: Windows and macOS always
// have one).
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("sccp2sip"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

// Binds the port for a moment, exactly as the servers will, and releases it. core/net names the process
// holding a busy port in the error detail where the OS tells.
Error probeUdpPort(quint16 port)
{
    NetPlatform::UdpBindRequest request;
    request.port = port;
    const Result<qintptr> bound = NetPlatform::bindUdp(request);
    if (!bound)
        return bound.error();
    NetPlatform::closeSocket(bound.value());
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (!displayAvailable()) {
        std::fputs("sccp2sip: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "  Run it on a desktop session, or:\n"
                   "  - in a virtual display:  xvfb-run -a sccp2sip\n"
                   "  - without any display:   QT_QPA_PLATFORM=offscreen sccp2sip --screenshot wizard.png\n"
                   "  - headless bench:        sccp2sip-cli --help\n",
                   stderr);
        return EXIT_FAILURE;
    }

    QApplication app(argc, argv);
    applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("sccp2sip"));
    // Wayland compositors and docks match the window to the installed .desktop file by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(SCCP2SIP_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Convert Cisco 79xx IP phones from SCCP to SIP."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QStringLiteral("User interface language (de, fr, es, en)."),
                                      QStringLiteral("code"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the first page to a PNG file and exit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    LogFile logFile({QDir(defaultStateDirectory()).filePath(QStringLiteral("logs"))});
    if (const Result<void> installed = logFile.install(); !installed)
        qCWarning(lcApp) << "No log file:" << installed.error().toLogString();
    qCInfo(lcApp) << "sccp2sip" << SCCP2SIP_VERSION << "starting, Qt" << qVersion();

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale::system();
    installTranslators(app, locale);

    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog) {
        // The catalog is compiled in: failing here is a packaging defect, not something the user can fix.
        qCCritical(lcApp) << "Phone catalog unusable:" << catalog.error().toLogString();
        return EXIT_FAILURE;
    }
    BenchSetup setup(std::move(catalog).value(), defaultStateDirectory());
    setup.setPortProbe(probeUdpPort);
    KeychainCredentialStore credentials(QStringLiteral(SCCP2SIP_APP_ID));
    setup.setCredentialStore(&credentials);
    BenchWizard wizard(&setup, logFile.filePath());
    wizard.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(300, &wizard, [&wizard, path] {
            const bool saved = wizard.grab().save(path, "PNG");
            if (!saved)
                qCWarning(lcApp) << "Could not write screenshot" << path;
            QApplication::exit(saved ? EXIT_SUCCESS : EXIT_FAILURE);
        });
    }
    return QApplication::exec();
}
