// synthetic-bundle — writes a synthetic SIP bundle (never a real Cisco file) for checks that run outside a
// test suite, e.g. the serve smoke of the installed Windows program (packaging/windows/check-installer):
//   synthetic-bundle BUNDLE.zip FILES_DIR
// writes the bundle as a zip, and each of its files (canonical names) into FILES_DIR to compare fetches with.
#include "tests/support/syntheticbundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: synthetic-bundle BUNDLE.zip FILES_DIR\n";
        return 2;
    }
    const SyntheticBundle bundle = SyntheticBundle::sip();
    if (const QString problem = bundle.write(args.at(1), SyntheticBundle::Form::FlatZip); !problem.isEmpty()) {
        err << "synthetic-bundle: " << problem << '\n';
        return 1;
    }
    const QDir dir(args.at(2));
    if (!QDir().mkpath(dir.path())) {
        err << "synthetic-bundle: cannot make " << dir.path() << '\n';
        return 1;
    }
    const QMap<QString, QByteArray> files = bundle.files();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.flush()) {
            err << "synthetic-bundle: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << bundle.loadsFileName() << '\n';
    return 0;
}
