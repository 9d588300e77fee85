#pragma once

#include "engine/Engine.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>

namespace syncline::ui {

class EngineBridge;

// Sends one engine command per item, a bounded number at a time, and counts what came back. The
// engine answers every command with a future; keeping only a few in flight keeps the engine's
// queue short and lets a cancel stop the rest at once. Items already sent finish normally.
class BulkCommand : public QObject {
    Q_OBJECT

public:
    using Send = std::function<std::future<CommandResult>(const QString &item)>;
    static constexpr int DefaultInFlight = 16;

    BulkCommand(EngineBridge &bridge, QStringList items, Send send, QObject *parent = nullptr,
                int maxInFlight = DefaultInFlight);

    void start();
    // Sends nothing more; finished() follows once the commands in flight have answered.
    void cancel();

    int total() const { return int(items_.size()); }
    int sent() const { return next_; }
    int completed() const { return succeeded_ + failed_; }
    int succeeded() const { return succeeded_; }
    int failed() const { return failed_; }
    bool cancelled() const { return cancelled_; }
    bool isFinished() const { return finished_; }
    // Failure reasons with how many items each stopped (the engine's own words).
    const QMap<QString, int> &failures() const { return failures_; }
    // The engine's message for the last item that answered (for a single command).
    QString lastMessage() const { return lastMessage_; }
    // "12 approved, 2 failed (reason: 2), 30 not sent": for the operator.
    QString summary(const QString &doneVerb) const;

signals:
    void progress(int completed, int total);
    void finished();

private:
    void sendMore();
    void answered(const CommandResult &result);

    EngineBridge &bridge_;
    QStringList items_;
    Send send_;
    int maxInFlight_;
    int next_ = 0;
    int inFlight_ = 0;
    int succeeded_ = 0;
    int failed_ = 0;
    bool cancelled_ = false;
    bool finished_ = false;
    QMap<QString, int> failures_;
    QString lastMessage_;
};

} // namespace syncline::ui
