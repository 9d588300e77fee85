#include "EngineBridge.h"

#include <QRunnable>

#include <algorithm>
#include <stdexcept>

namespace syncline::ui {

namespace {
// Throughput is averaged over this window: long enough to be steady, short enough to fall to
// zero soon after the engine goes quiet.
constexpr qint64 RateWindowMs = 5000;
} // namespace

// Written by engine threads, read by the GUI thread. `owner` is cleared under the mutex before the
// bridge goes away, so a listener running late never touches a destroyed object.
struct EngineBridge::Pending {
    std::mutex mutex;
    EngineBridge *owner = nullptr;
    bool wakeupPosted = false;
    bool feeds = false;
    bool deadLetters = false;
    bool audit = false;
    bool outbox = false;
    bool rejected = false;
    bool inventory = false;
    std::int64_t eventsCommitted = 0;
};

EngineBridge::EngineBridge(Engine &engine, QObject *parent, std::chrono::milliseconds coalescing)
    : QObject(parent)
    , engine_(engine)
    , pending_(std::make_shared<Pending>())
    , coalescing_(coalescing)
    , flushTimer_(new QTimer(this))
    , feeds_(std::make_shared<FeedsSnapshot>())
    , rateTimer_(new QTimer(this))
    , startedAt_(QDateTime::currentDateTimeUtc())
{
    // Waiting threads only sleep on a future; a few let a slow query not hold up the others.
    waiters_.setMaxThreadCount(4);
    flushTimer_->setSingleShot(true);
    flushTimer_->setInterval(int(coalescing_.count()));
    connect(flushTimer_, &QTimer::timeout, this, &EngineBridge::flush);
    rateTimer_->setInterval(1000);
    connect(rateTimer_, &QTimer::timeout, this, &EngineBridge::updateRate);
    rateTimer_->start();

    pending_->owner = this;
    // The first snapshot is shown without waiting for a change.
    pending_->feeds = true;
    std::weak_ptr<Pending> weak = pending_;
    subscription_ = engine_.subscribe([weak](const ChangeSet &changes) {
        const auto pending = weak.lock();
        if (!pending)
            return;
        std::lock_guard lock(pending->mutex);
        if (!pending->owner)
            return;
        pending->feeds |= changes.feeds;
        pending->deadLetters |= changes.deadLetters;
        pending->audit |= changes.audit;
        pending->outbox |= changes.outbox;
        pending->rejected |= changes.rejected;
        pending->inventory |= changes.inventory;
        pending->eventsCommitted += changes.eventsCommitted;
        if (!pending->wakeupPosted) {
            pending->wakeupPosted = true;
            // Posted while the mutex is held: the owner cannot be destroyed before the event
            // is queued, and Qt drops events queued for an object that is destroyed later.
            QMetaObject::invokeMethod(pending->owner, &EngineBridge::scheduleFlush,
                                      Qt::QueuedConnection);
        }
    });
    scheduleFlush();
}

EngineBridge::~EngineBridge()
{
    {
        std::lock_guard lock(pending_->mutex);
        pending_->owner = nullptr;
    }
    engine_.unsubscribe(subscription_);
    // Workers waiting on engine futures post to this object; they must finish before it goes.
    waiters_.waitForDone();
}

QString EngineBridge::dataDirectory() const
{
    return QString::fromStdString(engine_.dataDirectory().string());
}

void EngineBridge::scheduleFlush()
{
    if (!flushTimer_->isActive())
        flushTimer_->start();
}

void EngineBridge::flush()
{
    Pending taken;
    {
        std::lock_guard lock(pending_->mutex);
        taken.feeds = std::exchange(pending_->feeds, false);
        taken.deadLetters = std::exchange(pending_->deadLetters, false);
        taken.audit = std::exchange(pending_->audit, false);
        taken.outbox = std::exchange(pending_->outbox, false);
        taken.rejected = std::exchange(pending_->rejected, false);
        taken.inventory = std::exchange(pending_->inventory, false);
        taken.eventsCommitted = std::exchange(pending_->eventsCommitted, 0);
        pending_->wakeupPosted = false;
    }
    lastUpdate_ = QDateTime::currentDateTimeUtc();
    if (taken.eventsCommitted > 0) {
        eventsCommitted_ += taken.eventsCommitted;
        recentCommits_.emplace_back(lastUpdate_, taken.eventsCommitted);
    }
    if (taken.feeds) {
        if (auto latest = engine_.feeds())
            feeds_ = std::move(latest);
        emit feedsChanged(feeds_);
    }
    if (taken.deadLetters)
        emit deadLettersChanged();
    if (taken.audit)
        emit auditChanged();
    if (taken.outbox)
        emit outboxChanged();
    if (taken.rejected)
        emit rejectedChanged();
    if (taken.inventory)
        emit inventoryChanged();
    updateRate();
}

void EngineBridge::updateRate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!recentCommits_.empty() && recentCommits_.front().first.msecsTo(now) > RateWindowMs)
        recentCommits_.pop_front();
    std::int64_t events = 0;
    for (const auto &sample : recentCommits_)
        events += sample.second;
    // Right after start the window is shorter than RateWindowMs; dividing by the full window
    // would understate the rate.
    const qint64 windowMs = std::clamp(startedAt_.msecsTo(now), qint64(1000), RateWindowMs);
    eventsPerSecond_ = double(events) * 1000.0 / double(windowMs);
    emit activity(eventsPerSecond_, lastUpdate_);
}

void EngineBridge::runOnWorker(std::function<void()> work)
{
    waiters_.start(QRunnable::create(std::move(work)));
}

void EngineBridge::deliver(QPointer<QObject> receiver, std::function<void()> call)
{
    // Posted to the bridge, which outlives its workers; the receiver is checked on the GUI
    // thread, where it can be destroyed, and not on the worker.
    QMetaObject::invokeMethod(
        this,
        [receiver, call = std::move(call)]() {
            if (receiver)
                call();
        },
        Qt::QueuedConnection);
}

QString EngineBridge::describe(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return tr("Unknown error");
    }
}

} // namespace syncline::ui
