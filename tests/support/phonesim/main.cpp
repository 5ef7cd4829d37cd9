// sccp2sip-phonesim: a simulated Cisco 79xx for end-to-end tests (docs/phonesim.md).
#include "core/phones/phonecatalog.h"
#include "tests/support/phonesim/phonesimeventlog.h"
#include "tests/support/phonesim/phonesimoptions.h"
#include "tests/support/phonesim/phonesimphone.h"
#include "tests/support/phonesim/phonesimstate.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

namespace {

QString defaultLoad(const PhoneCatalog &catalog, const PhoneModel &model)
{
    const PhoneFamily *family = catalog.family(model.familyId);
    if (!family)
        return {};
    if (family->id == QLatin1String("P0S3"))
        return family->sccpPrefix + QStringLiteral("-8-1-2");
    return family->sccpPrefix + QStringLiteral(".8-5-2S");
}

// Lines on stdin are the technician's hands: "erase-trust-list", "factory-reset", "format", "reboot", "quit".
void watchControlChannel(PhoneSimPhone &phone)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &phone);
    auto *pending = new QByteArray;
    QObject::connect(&phone, &QObject::destroyed, notifier, [pending] { delete pending; });
    QObject::connect(notifier, &QSocketNotifier::activated, &phone, [notifier, pending, &phone] {
        char buffer[512];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            notifier->setEnabled(false); // stdin closed: keep running, tests may not hold it open
            return;
        }
        pending->append(buffer, got);
        if (pending->size() > 4096)
            pending->clear();
        qsizetype newline;
        while ((newline = pending->indexOf('\n')) >= 0) {
            const QString command = QString::fromLatin1(pending->left(newline)).trimmed();
            pending->remove(0, newline + 1);
            if (command == QLatin1String("quit"))
                QCoreApplication::quit();
            else if (!command.isEmpty())
                phone.control(command);
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const Result<PhoneSimOptions> options = PhoneSimOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        if (options.error().detail() == QLatin1String("help")) {
            QTextStream(stdout) << PhoneSimOptions::usage();
            return 0;
        }
        err << "sccp2sip-phonesim: " << options.error().detail() << "\n\n" << PhoneSimOptions::usage();
        return 2;
    }
    const Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog) {
        err << "sccp2sip-phonesim: catalog: " << catalog.error().toLogString() << '\n';
        return 1;
    }
    const PhoneModel *model = catalog->model(options->model);
    if (!model || model->familyId.isEmpty() ||
        (model->defaultLoads.isEmpty() && model->familyId != QLatin1String("P0S3"))) {
        err << "sccp2sip-phonesim: model '" << options->model << "' is not a 79xx the simulator can boot\n";
        return 2;
    }
    PhoneSimState state;
    const Result<PhoneSimState> saved = options->stateFile.isEmpty() ? Result<PhoneSimState>(ErrorCode::FileNotFound)
                                                                     : PhoneSimState::read(options->stateFile);
    if (saved) {
        state = *saved;
    } else if (saved.error().code() != ErrorCode::FileNotFound) {
        err << "sccp2sip-phonesim: state file: " << saved.error().toLogString() << '\n';
        return 1;
    } else {
        state.load = options->load.isEmpty() ? defaultLoad(*catalog, *model) : options->load;
        state.trustList = options->trustList;
        state.factoryReset = options->factoryReset;
        state.pageOff = options->pageOff;
        state.images = options->imagesInFlash;
    }
    const PhoneCatalog::LoadMatch match = catalog->familyForLoadId(state.load);
    if (!match.family || match.family->id != model->familyId) {
        err << "sccp2sip-phonesim: load '" << state.load << "' does not belong to the " << model->id << "'s family\n";
        return 2;
    }

    PhoneSimEventLog log(options->events, options->mac.toCompact());
    PhoneSimPhone phone(*options, *catalog, *model, state, log);
    watchControlChannel(phone);
    phone.start();
    return app.exec();
}
