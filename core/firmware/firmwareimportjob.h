#pragma once

#include "core/common/error.h"
#include "core/firmware/firmwarearchivereader.h"
#include "core/firmware/firmwarebundle.h"
#include "core/phones/phonecatalog.h"

#include <QObject>

#include <memory>

// Imports one download (archive or folder) into a FirmwareLibrary folder on the thread pool (KJob shape):
// start() returns at once, progressed() reports bytes read, finished() fires exactly once, never inside start().
// Valid bundles are stored even when another bundle of the same download is invalid; finished() then carries the
// first problem. Owners of a FirmwareLibrary on that folder call reload() after finished().
class FirmwareImportJob : public QObject
{
    Q_OBJECT
public:
    FirmwareImportJob(QString sourcePath, PhoneCatalog catalog, QString libraryRoot, QObject *parent = nullptr);
    ~FirmwareImportJob() override;

    void setExpectedProtocol(PhoneProtocol protocol) { m_expected = protocol; }
    void setLimits(const FirmwareArchiveReader::Limits &limits) { m_limits = limits; }

    void start();
    void cancel(); // still ends in finished(), with ErrorCode::Cancelled unless the job was already done

    // Every bundle found, with its verdict; filled when finished() is emitted.
    const QList<FirmwareBundle> &bundles() const { return m_bundles; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const Error &error);

private:
    struct Shared;
    void complete(const Error &error, const QList<FirmwareBundle> &bundles);

    QString m_sourcePath;
    PhoneCatalog m_catalog;
    QString m_libraryRoot;
    PhoneProtocol m_expected = PhoneProtocol::Unknown;
    FirmwareArchiveReader::Limits m_limits;
    std::shared_ptr<Shared> m_shared;
    QList<FirmwareBundle> m_bundles;
    bool m_started = false;
    bool m_finished = false;
};
