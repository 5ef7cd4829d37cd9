#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Writes realistic fake Cisco firmware bundles for tests and benchmarks (never real Cisco files): SGN headers with
// tag-14 names, CRLF .loads text with comments and trailing spaces, images whose payload starts with "CNU_File",
// term files, in every archive form a technician may download, and with the defects the importer must name.
class SyntheticBundle
{
public:
    enum class Form { Folder, FlatZip, ZipHoldingTar, Tar, TarGz, Cop, CopSgn };
    enum class Defect {
        None,
        TruncatedImage,   // apps image cut just after its header
        MissingImage,     // dsp image left out
        BadImageHeader,   // cnu image: tag-14 length runs past the header
        BadLoadsHeader,   // .loads: header length field beyond the file
        NotAnImage,       // cvm image payload lacks the CNU_File magic
        Garbage,          // the download is random bytes
        TruncatedArchive, // the download is cut in half
    };

    // SIP<digits>.<version> (SCCP<digits>… for sccp()) with jar/cnu/apps/dsp/cvm images named
    // <stem>.<imageVersion>.sbn.
    static SyntheticBundle sip(const QString &digits = QStringLiteral("41"),
                               const QString &version = QStringLiteral("9-4-2SR3-1S"),
                               const QString &imageVersion = QStringLiteral("9-4-2ES26"));
    static SyntheticBundle sccp(const QString &digits = QStringLiteral("41"),
                                const QString &version = QStringLiteral("8-5-2SR1S"),
                                const QString &imageVersion = QStringLiteral("8-5-2TH1-9"));
    // 7940/7960 SIP 8.12 as Cisco's zip holds it (field reports, docs/phones.md "7940/7960"): OS79XX.TXT naming the
    // universal loader; P0S3-8-12-00.loads listing the signed loader P003-8-12-00.sbn and the SIP app
    // P0S3-8-12-00.sb2, then an LA_VERSION=… line; the loader's payload is raw ARM code, not CNU_File; and the
    // unsigned P003-8-12-00.bin, which no .loads lists.
    static SyntheticBundle legacy7940();
    // A 7940/7960 SCCP load in the real layout: P0030801SR02.loads (no separator in the ID) listing
    // P0030801SR02.sbn and .sb2, then LA_VERSION=….
    static SyntheticBundle legacySccp7940(const QString &loadId = QStringLiteral("P0030801SR02"));

    // Payload sizes in .loads order (default: 2–6 KiB each). Use realisticSizes() for the 8.4 MB of a real 79x1 set.
    SyntheticBundle &withPayloadSizes(const QList<qint64> &sizes);
    static QList<qint64> realisticSizes();
    SyntheticBundle &withDefect(Defect defect);
    SyntheticBundle &withTermFiles(const QStringList &termFiles);

    QString loadId() const { return m_loadId; }
    QString loadsFileName() const { return m_loadId + QStringLiteral(".loads"); }
    const QStringList &imageNames() const { return m_images; }
    const QStringList &termFiles() const { return m_termFiles; }
    QList<qint64> imageFileSizes() const; // header + payload, as stored
    // Every file of the bundle (defect applied), by canonical name.
    QMap<QString, QByteArray> files() const;
    // Writes the bundle to `path` (a folder for Form::Folder). Entry names are lower-cased in archives when
    // `lowerCaseNames` is set, as some unzip tools and CUCM clean-ups do. Returns an error text or empty.
    QString write(const QString &path, Form form, bool lowerCaseNames = false) const;

    // Building blocks, public for parser tests and fuzz seeds.
    static QByteArray signedHeader(const QString &fileName, int paddingBytes = 3);
    static QByteArray image(const QString &fileName, qint64 payloadSize, quint32 seed);
    static QByteArray loadsFile(const QString &fileName, const QStringList &images, int hardwareComp,
                                const QStringList &metadata = {});
    // Raw ARM code as the 7940/7960 loaders start with it (a branch, "4f 00 00 ea"), then seeded bytes.
    static QByteArray rawCode(qint64 size, quint32 seed);
    static QByteArray pack(const QMap<QString, QByteArray> &files, Form form); // FlatZip, Tar, TarGz only
    static QString formName(Form form);
    static QList<Form> allForms();

private:
    QString m_loadId;
    QStringList m_images;
    QStringList m_termFiles;
    QStringList m_extraFiles;    // unlisted files of the download (OS79XX.TXT, an unsigned .bin)
    QStringList m_metadata;      // KEY=VALUE lines at the end of the .loads text
    QStringList m_rawCodeImages; // signed images whose payload is raw code (7940/7960 universal loader)
    QList<qint64> m_sizes;
    Defect m_defect = Defect::None;
};
