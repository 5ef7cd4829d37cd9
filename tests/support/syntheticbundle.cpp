#include "tests/support/syntheticbundle.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace {

void appendTlv(QByteArray &out, quint8 tag, const QByteArray &value)
{
    out.append(char(tag));
    out.append(char((value.size() >> 8) & 0xff));
    out.append(char(value.size() & 0xff));
    out.append(value);
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    const qint64 words = size / 4;
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qint64 i = words * 4; i < size; ++i)
        data[i] = char(generator.generate() & 0xff);
    return data;
}

QStringList termFilesFor(const QString &digits)
{
    static const QMap<QString, QStringList> terms = {
        {u"11"_s, {u"term06.default.loads"_s, u"term11.default.loads"_s}},
        {u"31"_s, {u"term31.default.loads"_s}},
        {u"41"_s, {u"term41.default.loads"_s, u"term61.default.loads"_s}},
        {u"42"_s, {u"term42.default.loads"_s, u"term62.default.loads"_s}},
        {u"45"_s, {u"term45.default.loads"_s, u"term65.default.loads"_s}},
        {u"70"_s, {u"term70.default.loads"_s, u"term71.default.loads"_s}},
        {u"75"_s, {u"term75.default.loads"_s}},
    };
    return terms.value(digits, {QStringLiteral("term%1.default.loads").arg(digits)});
}

} // namespace

SyntheticBundle SyntheticBundle::sip(const QString &digits, const QString &version, const QString &imageVersion)
{
    SyntheticBundle b;
    b.m_loadId = QStringLiteral("SIP%1.%2").arg(digits, version);
    for (const QString &stem : {u"jar%1sip"_s, u"cnu%1"_s, u"apps%1"_s, u"dsp%1"_s, u"cvm%1sip"_s})
        b.m_images << stem.arg(digits) + QLatin1Char('.') + imageVersion + QStringLiteral(".sbn");
    b.m_termFiles = termFilesFor(digits);
    b.m_sizes = {4096, 2048, 6144, 2048, 5120};
    return b;
}

SyntheticBundle SyntheticBundle::sccp(const QString &digits, const QString &version, const QString &imageVersion)
{
    SyntheticBundle b = sip(digits, version, imageVersion);
    b.m_loadId = QStringLiteral("SCCP%1.%2").arg(digits, version);
    for (QString &image : b.m_images)
        image.replace(QStringLiteral("sip."), QStringLiteral("sccp."));
    return b;
}

SyntheticBundle SyntheticBundle::legacy7940()
{
    SyntheticBundle b;
    b.m_loadId = QStringLiteral("P0S3-8-12-00");
    b.m_images = {u"P003-8-12-00.sbn"_s, u"P0S3-8-12-00.sb2"_s};
    b.m_rawCodeImages = {u"P003-8-12-00.sbn"_s};
    b.m_extraFiles = {u"OS79XX.TXT"_s, u"P003-8-12-00.bin"_s};
    b.m_metadata = {u"LA_VERSION=PAS3SIP812"_s};
    b.m_sizes = {4096, 3072};
    return b;
}

SyntheticBundle SyntheticBundle::legacySccp7940(const QString &loadId)
{
    SyntheticBundle b;
    b.m_loadId = loadId;
    b.m_images = {loadId + u".sbn"_s, loadId + u".sb2"_s};
    b.m_rawCodeImages = {loadId + u".sbn"_s};
    b.m_metadata = {u"LA_VERSION=PAS30831"_s};
    b.m_sizes = {4096, 3072};
    return b;
}

QByteArray SyntheticBundle::rawCode(qint64 size, quint32 seed)
{
    QByteArray code = randomBytes(size, seed);
    code.replace(0, std::min<qsizetype>(4, code.size()), QByteArray("\x4f\x00\x00\xea", 4).left(code.size()));
    return code;
}

SyntheticBundle &SyntheticBundle::withPayloadSizes(const QList<qint64> &sizes)
{
    m_sizes = sizes;
    return *this;
}

QList<qint64> SyntheticBundle::realisticSizes()
{
    return {1765313, 581755, 3156351, 364895, 2690310}; // docs/phones.md, "TFTP client": jar, cnu, apps, dsp, cvm
}

SyntheticBundle &SyntheticBundle::withDefect(Defect defect)
{
    m_defect = defect;
    return *this;
}

SyntheticBundle &SyntheticBundle::withTermFiles(const QStringList &termFiles)
{
    m_termFiles = termFiles;
    return *this;
}

QByteArray SyntheticBundle::signedHeader(const QString &fileName, int paddingBytes)
{
    QByteArray body;
    appendTlv(body, 3,
              QByteArray("\x04\x00\x27"
                         "CN=someSigner;OU=someOrgUnit;O=someOrg",
                         41) +
                  QByteArray(1, '\0') + QByteArray("\x05\x00\x04\x01\x02\x03\x04", 7));
    appendTlv(body, 7, QByteArray("\x08\x00\x01\x01", 4));
    appendTlv(body, 9, QByteArray("\x0a\x00\x01\x01\x0b\x00\x01\x02", 8));
    appendTlv(body, 12, randomBytes(256, qHash(fileName)));
    appendTlv(body, 14, fileName.toLatin1() + QByteArray(1, '\0'));
    appendTlv(body, 15, QByteArray("\x5f\x00\x00\x00", 4));
    body.append(QByteArray(paddingBytes, char(13))); // tag 13: one byte each, no length field
    const int total = 10 + int(body.size());
    QByteArray header("\x01\x00\x02\x01\x01\x02\x00\x02", 8);
    header.append(char((total >> 8) & 0xff));
    header.append(char(total & 0xff));
    return header + body;
}

QByteArray SyntheticBundle::image(const QString &fileName, qint64 payloadSize, quint32 seed)
{
    QByteArray payload = randomBytes(payloadSize, seed);
    payload.replace(0, std::min<qsizetype>(8, payload.size()), QByteArray("CNU_File").left(payload.size()));
    return signedHeader(fileName) + payload;
}

QByteArray SyntheticBundle::loadsFile(const QString &fileName, const QStringList &images, int hardwareComp,
                                      const QStringList &metadata)
{
    QByteArray text = "# Synthetic test load, not a Cisco file\r\n# RELEASE load version synthetic \r\n";
    text += "#HARDWARE_COMP_1 " + QByteArray::number(hardwareComp) + "\r\n";
    for (qsizetype i = 0; i < images.size(); ++i)
        text += images.at(i).toLatin1() + (i >= 3 ? " \r\n" : "\r\n"); // real files have trailing spaces
    for (const QString &line : metadata)
        text += line.toLatin1() + "\r\n";
    return signedHeader(fileName) + text;
}

QList<qint64> SyntheticBundle::imageFileSizes() const
{
    QList<qint64> sizes;
    for (qsizetype i = 0; i < m_images.size(); ++i)
        sizes << signedHeader(m_images.at(i)).size() + m_sizes.value(i, 2048);
    return sizes;
}

QMap<QString, QByteArray> SyntheticBundle::files() const
{
    QMap<QString, QByteArray> out;
    out.insert(loadsFileName(), loadsFile(loadsFileName(), m_images, 5, m_metadata));
    for (const QString &term : m_termFiles)
        out.insert(term, loadsFile(term, m_images, 5));
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        const QString &name = m_images.at(i);
        const qint64 size = m_sizes.value(i, 2048);
        out.insert(name, m_rawCodeImages.contains(name) ? signedHeader(name) + rawCode(size, quint32(i + 1))
                                                        : image(name, size, quint32(i + 1)));
    }
    for (const QString &extra : m_extraFiles) {
        if (extra == u"OS79XX.TXT"_s) {
            // One line naming the universal loader, without a newline (a trailing space breaks the phone).
            const QString loader = m_rawCodeImages.value(0).section(u'.', 0, -2);
            out.insert(extra, loader.toLatin1());
        } else if (extra.endsWith(u".bin"_s)) {
            // The unsigned loader: the same code as the signed one's payload.
            const qsizetype index = m_images.indexOf(extra.section(u'.', 0, -2) + u".sbn"_s);
            out.insert(extra, rawCode(m_sizes.value(index, 2048), quint32(index + 1)));
        }
    }

    const auto stem = [this](const QString &prefix) {
        for (const QString &name : m_images) {
            if (name.startsWith(prefix))
                return name;
        }
        return m_images.constFirst();
    };
    switch (m_defect) {
    case Defect::TruncatedImage: {
        const QString name = stem(u"apps"_s);
        out[name].truncate(signedHeader(name).size() + 200);
        break;
    }
    case Defect::MissingImage:
        out.remove(stem(u"dsp"_s));
        break;
    case Defect::BadImageHeader: {
        QByteArray &data = out[stem(u"cnu"_s)];
        const qsizetype tag14 = data.indexOf(QByteArray("\x0e\x00", 2), 10);
        data[tag14 + 1] = char(0x7f); // tag-14 length now runs past the header
        break;
    }
    case Defect::BadLoadsHeader:
        out[loadsFileName()][8] = char(0x7f);
        out[loadsFileName()][9] = char(0xff);
        break;
    case Defect::NotAnImage: {
        const QString name = stem(u"cvm"_s);
        out[name].replace(signedHeader(name).size(), 8, "ELF_File");
        break;
    }
    default:
        break;
    }
    return out;
}

namespace {

la_ssize_t appendToBuffer(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

QByteArray SyntheticBundle::pack(const QMap<QString, QByteArray> &files, Form form)
{
    QByteArray out;
    archive *a = archive_write_new();
    if (form == Form::FlatZip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (form == Form::TarGz)
            archive_write_add_filter_gzip(a);
    }
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendToBuffer, nullptr);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, it.key().toUtf8().constData());
        archive_entry_set_size(entry, it.value().size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(a, entry);
        archive_write_data(a, it.value().constData(), size_t(it.value().size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

QString SyntheticBundle::formName(Form form)
{
    switch (form) {
    case Form::Folder:
        return u"folder"_s;
    case Form::FlatZip:
        return u"flat zip"_s;
    case Form::ZipHoldingTar:
        return u"zip holding a tar"_s;
    case Form::Tar:
        return u"tar"_s;
    case Form::TarGz:
        return u"tar.gz"_s;
    case Form::Cop:
        return u"cop (tar.gz)"_s;
    case Form::CopSgn:
        return u"cop.sgn"_s;
    }
    return {};
}

QList<SyntheticBundle::Form> SyntheticBundle::allForms()
{
    return {Form::Folder, Form::FlatZip, Form::ZipHoldingTar, Form::Tar, Form::TarGz, Form::Cop, Form::CopSgn};
}

QString SyntheticBundle::write(const QString &path, Form form, bool lowerCaseNames) const
{
    QMap<QString, QByteArray> entries;
    const QMap<QString, QByteArray> all = files();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        entries.insert(lowerCaseNames ? it.key().toLower() : it.key(), it.value());

    if (form == Form::Folder) {
        // Nested like an unpacked Cisco zip, plus a README the importer must ignore.
        const QString dir = path + u"/7941_7961/SIP"_s;
        if (!QDir().mkpath(dir))
            return u"cannot create "_s + dir;
        entries.insert(u"README.txt"_s, "synthetic");
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            QFile file(dir + QLatin1Char('/') + it.key());
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
                return file.errorString();
        }
        return {};
    }

    QByteArray bytes;
    switch (form) {
    case Form::FlatZip:
    case Form::Tar:
    case Form::TarGz:
        bytes = pack(entries, form);
        break;
    case Form::ZipHoldingTar: {
        QMap<QString, QByteArray> inTar;
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
            inTar.insert(u"7941_7961/SIP/"_s + it.key(), it.value());
        bytes = pack({{u"7941_7961/SIP/cmterm-sip.tar"_s, pack(inTar, Form::Tar)}}, Form::FlatZip);
        break;
    }
    case Form::Cop:
    case Form::CopSgn: {
        entries.insert(u"load115.txt"_s, "115 " + m_loadId.toLatin1() + " 41 // IP Phone synthetic SIP\n");
        entries.insert(u"copstart.sh"_s, "#!/bin/sh\nexit 0\n");
        bytes = pack(entries, Form::TarGz);
        if (form == Form::CopSgn)
            bytes.prepend(signedHeader(u"cmterm-synthetic-sip.k3.cop.sgn"_s));
        break;
    }
    case Form::Folder:
        break;
    }
    if (m_defect == Defect::Garbage)
        bytes = randomBytes(bytes.size(), 99);
    else if (m_defect == Defect::TruncatedArchive)
        bytes.truncate(bytes.size() / 2);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}
