#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>
#include <thread>
#include <type_traits>

// Runs a blocking job (a test client) on its own thread while this thread's event loop keeps serving, and
// returns its result, or nothing if it did not end within timeoutMs. Unlike QTest::qWaitFor, the loop wakes the
// moment the job ends and never sleeps between events, so lock-step transfers run at full speed.
template<typename Job>
auto runOffThread(Job job, int timeoutMs) -> std::optional<std::invoke_result_t<Job>>
{
    using R = std::invoke_result_t<Job>;
    std::optional<R> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    std::thread worker([&loop, &result, job = std::move(job)]() mutable {
        R value = job();
        QMetaObject::invokeMethod(
            &loop,
            [&loop, &result, value = std::move(value)]() mutable {
                result = std::move(value);
                loop.quit();
            },
            Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    // A result posted just after the timeout still counts: the job did finish.
    if (!result)
        QCoreApplication::sendPostedEvents(&loop);
    return result;
}
