#include "core/firmware/firmwareimportjob.h"

#include "core/common/logging.h"
#include "core/firmware/firmwarebundleanalyzer.h"
#include "core/firmware/firmwarelibrary.h"

#include <QMutex>
#include <QPointer>
#include <QThreadPool>

// Shared between the job and its worker, so the worker never touches a deleted job: the job clears `job` under
// the mutex in its destructor, and the worker only posts queued calls while holding it.
struct FirmwareImportJob::Shared
{
    QMutex mutex;
    FirmwareImportJob *job = nullptr;
    std::atomic_bool cancelled = false;

    template<typename F>
    void post(F &&function)
    {
        QMutexLocker lock(&mutex);
        if (job)
            QMetaObject::invokeMethod(job, std::forward<F>(function), Qt::QueuedConnection);
    }
};

FirmwareImportJob::FirmwareImportJob(QString sourcePath, PhoneCatalog catalog, QString libraryRoot, QObject *parent)
    : QObject(parent)
    , m_sourcePath(std::move(sourcePath))
    , m_catalog(std::move(catalog))
    , m_libraryRoot(std::move(libraryRoot))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->job = this;
}

FirmwareImportJob::~FirmwareImportJob()
{
    m_shared->cancelled = true;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->job = nullptr;
}

void FirmwareImportJob::cancel()
{
    m_shared->cancelled = true;
    if (!m_started) {
        m_started = true;
        QMetaObject::invokeMethod(
            this, [this] { complete(Error(ErrorCode::Cancelled), {}); }, Qt::QueuedConnection);
    }
}

void FirmwareImportJob::complete(const Error &error, const QList<FirmwareBundle> &bundles)
{
    if (m_finished)
        return;
    m_finished = true;
    m_bundles = bundles;
    qCInfo(lcFirmware) << "import of" << m_sourcePath
                       << "finished:" << (error ? error.toLogString() : QStringLiteral("ok"));
    Q_EMIT finished(error);
}

void FirmwareImportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    qCInfo(lcFirmware) << "importing" << m_sourcePath << "into" << m_libraryRoot;
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, source = m_sourcePath, catalog = m_catalog, root = m_libraryRoot,
                                          expected = m_expected, limits = m_limits] {
        FirmwareArchiveReader reader(limits);
        int lastPermille = -1;
        reader.setCancelFunction([shared] { return shared->cancelled.load(); });
        reader.setProgressFunction([shared, &lastPermille](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille == lastPermille)
                return; // thousands of entries need no more than a thousand updates
            lastPermille = permille;
            shared->post([shared, done, total] {
                if (shared->job)
                    Q_EMIT shared->job->progressed(done, total);
            });
        });
        const auto finish = [shared](Error error, QList<FirmwareBundle> bundles) {
            shared->post([shared, error, bundles] {
                if (shared->job)
                    shared->job->complete(shared->cancelled ? Error(ErrorCode::Cancelled) : error, bundles);
            });
        };

        Result<QList<FirmwareFile>> files = reader.readPath(source);
        if (!files)
            return finish(files.error(), {});
        Result<FirmwareInspection> inspection = FirmwareBundleAnalyzer(catalog).analyze(files.value(), expected);
        if (!inspection)
            return finish(inspection.error(), {});
        FirmwareLibrary library(root, catalog);
        Error firstProblem;
        for (const FirmwareBundle &bundle : inspection->bundles) {
            if (shared->cancelled)
                break;
            const Result<FirmwareBundle> stored =
                bundle.isValid() ? library.store(bundle, *inspection) : Result<FirmwareBundle>(bundle.firstProblem());
            if (!stored && !firstProblem)
                firstProblem = stored.error();
        }
        finish(firstProblem, inspection->bundles);
    });
}
