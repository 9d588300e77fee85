#pragma once

#include "engine/Engine.h"
#include "engine/Snapshots.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <utility>

namespace syncline::ui {

// Brings the engine's notifications onto the GUI thread. The engine calls its listeners on its
// own threads; the bridge folds every ChangeSet received in a short window into one and re-emits
// it from the GUI thread, so views never see an engine thread and never redraw more than a few
// times a second however busy the engine is. It does not own the engine, which must outlive it.
class EngineBridge : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultCoalescing{150};

    explicit EngineBridge(Engine &engine, QObject *parent = nullptr,
                          std::chrono::milliseconds coalescing = DefaultCoalescing);
    ~EngineBridge() override;

    Engine &engine() const { return engine_; }
    QString dataDirectory() const;

    // The snapshot last emitted by feedsChanged (never null: empty before the first one).
    std::shared_ptr<const FeedsSnapshot> feeds() const { return feeds_; }
    // Events committed per second, averaged over the last five seconds.
    double eventsPerSecond() const { return eventsPerSecond_; }
    std::int64_t eventsCommitted() const { return eventsCommitted_; }
    // When the last notification reached the GUI (invalid before the first).
    QDateTime lastUpdate() const { return lastUpdate_; }

    // Waits for `future` on a worker thread and calls `onResult` with its value on the GUI
    // thread, unless `receiver` (the bridge itself when null) has been destroyed meanwhile. If the
    // future holds an exception, `onError` gets its message instead. Never blocks the caller.
    // Both callables are copied; a wait occupies a worker thread until the future is ready.
    template <typename T, typename OnResult>
    void whenReady(std::future<T> future, QObject *receiver, OnResult onResult,
                   std::function<void(const QString &)> onError = {});

    // Blocks until every future handed to whenReady has completed and its result is posted to the
    // GUI thread (the callbacks run when the event loop next turns). For shutdown and tests.
    void waitForPendingResults() { waiters_.waitForDone(); }

signals:
    void feedsChanged(std::shared_ptr<const syncline::FeedsSnapshot> snapshot);
    void deadLettersChanged();
    void auditChanged();
    void outboxChanged();
    void rejectedChanged();
    void inventoryChanged();
    // After every coalesced notification and once a second, with what the status line shows.
    void activity(double eventsPerSecond, const QDateTime &at);

private:
    struct Pending;
    void scheduleFlush();
    void flush();
    void updateRate();
    void runOnWorker(std::function<void()> work);
    void deliver(QPointer<QObject> receiver, std::function<void()> call);
    static QString describe(const std::exception_ptr &error);

    Engine &engine_;
    std::shared_ptr<Pending> pending_;
    std::uint64_t subscription_ = 0;
    std::chrono::milliseconds coalescing_;
    QTimer *flushTimer_ = nullptr;
    QThreadPool waiters_;
    std::shared_ptr<const FeedsSnapshot> feeds_;
    std::int64_t eventsCommitted_ = 0;
    double eventsPerSecond_ = 0.0;
    QDateTime lastUpdate_;
    QTimer *rateTimer_ = nullptr;
    QDateTime startedAt_;
    std::deque<std::pair<QDateTime, std::int64_t>> recentCommits_;
};

template <typename T, typename OnResult>
void EngineBridge::whenReady(std::future<T> future, QObject *receiver, OnResult onResult,
                             std::function<void(const QString &)> onError)
{
    // QRunnable::create takes a copyable std::function in Qt 6.4, hence the shared state.
    auto shared = std::make_shared<std::future<T>>(std::move(future));
    QPointer<QObject> guard(receiver ? receiver : this);
    runOnWorker(
        [this, shared, guard, onResult = std::move(onResult), onError = std::move(onError)]() {
            try {
                if constexpr (std::is_void_v<T>) {
                    shared->get();
                    deliver(guard, [onResult]() { onResult(); });
                } else {
                    auto value = std::make_shared<T>(shared->get());
                    deliver(guard, [onResult, value]() { onResult(std::move(*value)); });
                }
            } catch (...) {
                const QString message = describe(std::current_exception());
                if (onError)
                    deliver(guard, [onError, message]() { onError(message); });
            }
        });
}

} // namespace syncline::ui
