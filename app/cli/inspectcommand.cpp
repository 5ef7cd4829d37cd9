#include "app/cli/inspectcommand.h"

#include "app/cli/clierrors.h"
#include "app/cli/exitcode.h"
#include "core/firmware/firmwarearchivereader.h"
#include "core/firmware/firmwarebundleanalyzer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("code"), Error::codeName(error.code())}, {QStringLiteral("detail"), error.detail()}};
}

QList<std::pair<QString, qint64>> filesOf(const FirmwareBundle &bundle, const FirmwareInspection &inspection)
{
    QList<std::pair<QString, qint64>> files;
    for (const QString &name : bundle.allFileNames()) {
        const FirmwareFile *file = inspection.file(bundle.loadId, name);
        files.append({name, file ? file->data.size() : -1});
    }
    return files;
}

// "yes (phones below 8.3(3) step through 8.3(3)..8.5(2) first)", from the family's rule in the catalog.
QString jumpText(const FirmwareBundle &bundle, const PhoneCatalog &catalog)
{
    if (!bundle.jumpLoad)
        return QStringLiteral("no");
    const PhoneFamily *family = catalog.family(bundle.familyId);
    if (!family || !family->jump)
        return QStringLiteral("yes");
    return QStringLiteral("yes (phones below %1 step through %2..%3 first)")
        .arg(family->jump->below.toString(), family->jump->from.toString(), family->jump->to.toString());
}

QJsonObject metadataJson(const FirmwareBundle &bundle)
{
    QJsonObject metadata;
    for (const auto &[key, value] : bundle.metadata)
        metadata.insert(key, value);
    return metadata;
}

QJsonObject bundleJson(const FirmwareBundle &bundle, const FirmwareInspection &inspection)
{
    QJsonArray files;
    for (const auto &[name, size] : filesOf(bundle, inspection))
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("size"), size < 0 ? QJsonValue() : QJsonValue(size)}});
    QJsonArray problems;
    for (const Error &problem : bundle.problems)
        problems.append(errorJson(problem));
    QJsonObject o{{QStringLiteral("loadId"), bundle.loadId},
                  {QStringLiteral("family"), bundle.familyId},
                  {QStringLiteral("protocol"), phoneProtocolName(bundle.protocol)},
                  {QStringLiteral("version"), bundle.version ? bundle.version->toString() : QString()},
                  {QStringLiteral("jumpLoad"), bundle.jumpLoad},
                  {QStringLiteral("metadata"), metadataJson(bundle)},
                  {QStringLiteral("models"), QJsonArray::fromStringList(bundle.coveredModels)},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("termFiles"), QJsonArray::fromStringList(bundle.termFiles)},
                  {QStringLiteral("problems"), problems},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(bundle.warnings)},
                  {QStringLiteral("valid"), bundle.isValid()}};
    if (bundle.hardwareComp)
        o.insert(QStringLiteral("hardwareComp"), *bundle.hardwareComp);
    return o;
}

void printBundle(QTextStream &out, const FirmwareBundle &bundle, const FirmwareInspection &inspection,
                 const PhoneCatalog &catalog)
{
    out << "  load " << bundle.loadId << '\n';
    out << "    family:    " << (bundle.familyId.isEmpty() ? QStringLiteral("unknown") : bundle.familyId) << '\n';
    out << "    protocol:  " << phoneProtocolName(bundle.protocol) << '\n';
    out << "    version:   " << (bundle.version ? bundle.version->toString() : QStringLiteral("unknown")) << '\n';
    out << "    jump load: " << jumpText(bundle, catalog) << '\n';
    out << "    models:    " << bundle.coveredModels.join(QStringLiteral(", ")) << '\n';
    if (bundle.hardwareComp)
        out << "    hardware:  HARDWARE_COMP_1 " << *bundle.hardwareComp << '\n';
    for (const auto &[key, value] : bundle.metadata) // e.g. LA_VERSION, from the .loads file
        out << "    metadata:  " << key << '=' << value << '\n';
    out << "    files:\n";
    for (const auto &[name, size] : filesOf(bundle, inspection))
        out << "      " << name.leftJustified(36) << ' '
            << (size < 0 ? QStringLiteral("missing") : QString::number(size)).rightJustified(9) << '\n';
    for (const QString &warning : bundle.warnings)
        out << "    warning:   " << warning << '\n';
    for (const Error &problem : bundle.problems)
        out << "    problem:   " << problem.toLogString() << '\n';
    out << "    verdict:   " << (bundle.isValid() ? "valid" : "INVALID") << '\n';
}

int runInspect(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check Cisco 79xx firmware downloads (zip, tar, tar.gz, "
                                                    ".cop, .cop.sgn or a folder) without importing them."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("Fail loads of the other protocol."),
                                    QStringLiteral("sip|sccp"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({json, expect, help});
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), QStringLiteral("Downloaded bundle or folder."),
                                 QStringLiteral("BUNDLE…"));
    const QString usage = QStringLiteral("Usage: sccp2sip-cli inspect [--json] [--expect sip|sccp] BUNDLE…\n");
    if (!parser.parse(QStringList{QStringLiteral("sccp2sip-cli inspect")} + arguments)) {
        err << "sccp2sip-cli inspect: " << parser.errorText() << "\n" << usage;
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(help)) {
        out << usage << '\n' << parser.helpText().section(QLatin1Char('\n'), 1);
        return toInt(ExitCode::Success);
    }
    PhoneProtocol expected = PhoneProtocol::Unknown;
    const QString expectValue = parser.value(expect).toLower();
    if (expectValue == QLatin1String("sip"))
        expected = PhoneProtocol::Sip;
    else if (expectValue == QLatin1String("sccp"))
        expected = PhoneProtocol::Sccp;
    else if (parser.isSet(expect)) {
        err << "sccp2sip-cli inspect: --expect takes sip or sccp\n" << usage;
        return toInt(ExitCode::Usage);
    }
    if (parser.positionalArguments().isEmpty()) {
        err << "sccp2sip-cli inspect: no bundle given\n" << usage;
        return toInt(ExitCode::Usage);
    }
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog) {
        err << "sccp2sip-cli inspect: " << cliMessageFor(catalog.error()) << '\n';
        return toInt(exitCodeFor(catalog.error().code()));
    }

    const FirmwareBundleAnalyzer analyzer(catalog.value());
    QJsonArray reports;
    Error firstError;
    for (const QString &path : parser.positionalArguments()) {
        Result<QList<FirmwareFile>> files = FirmwareArchiveReader().readPath(path);
        Result<FirmwareInspection> inspection =
            files ? analyzer.analyze(files.value(), expected) : Result<FirmwareInspection>(files.error());
        Error error = inspection ? Error() : inspection.error();
        if (inspection) {
            for (const FirmwareBundle &bundle : inspection->bundles) {
                if (!bundle.isValid() && !error)
                    error = bundle.firstProblem();
            }
        }
        if (error && !firstError)
            firstError = error;
        if (error)
            err << path << ": " << cliMessageFor(error) << '\n';
        if (parser.isSet(json)) {
            QJsonObject report{{QStringLiteral("path"), path}, {QStringLiteral("valid"), !error}};
            if (error)
                report.insert(QStringLiteral("error"), errorJson(error));
            QJsonArray loads;
            if (inspection) {
                for (const FirmwareBundle &bundle : inspection->bundles)
                    loads.append(bundleJson(bundle, *inspection));
            }
            report.insert(QStringLiteral("loads"), loads);
            reports.append(report);
            continue;
        }
        out << path << '\n';
        if (inspection) {
            for (const FirmwareBundle &bundle : inspection->bundles)
                printBundle(out, bundle, *inspection, catalog.value());
        }
        out << "  verdict: "
            << (error ? QStringLiteral("INVALID: ") + Error::codeName(error.code()) : QStringLiteral("valid")) << '\n';
    }
    if (parser.isSet(json))
        out << QJsonDocument(QJsonObject{{QStringLiteral("bundles"), reports}}).toJson(QJsonDocument::Indented);
    return toInt(firstError ? ExitCode::InvalidInput : ExitCode::Success);
}

} // namespace

CliCommand makeInspectCommand()
{
    return {QStringLiteral("inspect"),
            QStringLiteral("Check firmware bundles: family, protocol, version, files, verdict"), runInspect};
}
