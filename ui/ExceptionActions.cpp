#include "ExceptionActions.h"

#include "EngineBridge.h"

namespace syncline::ui {

BulkCommand::BulkCommand(EngineBridge &bridge, QStringList items, Send send, QObject *parent,
                         int maxInFlight)
    : QObject(parent)
    , bridge_(bridge)
    , items_(std::move(items))
    , send_(std::move(send))
    , maxInFlight_(std::max(1, maxInFlight))
{}

void BulkCommand::start()
{
    sendMore();
}

void BulkCommand::cancel()
{
    cancelled_ = true;
    if (inFlight_ == 0 && !finished_) {
        finished_ = true;
        emit finished();
    }
}

void BulkCommand::sendMore()
{
    while (!cancelled_ && inFlight_ < maxInFlight_ && next_ < items_.size()) {
        const QString item = items_.at(next_++);
        ++inFlight_;
        std::future<CommandResult> future;
        try {
            future = send_(item);
        } catch (const std::exception &error) {
            answered(CommandResult::failure(error.what()));
            continue;
        }
        bridge_.whenReady(
            std::move(future), this, [this](CommandResult result) { answered(result); },
            [this](const QString &error) {
                answered(CommandResult::failure(error.toStdString()));
            });
    }
    if (!finished_ && inFlight_ == 0 && (cancelled_ || next_ >= items_.size())) {
        finished_ = true;
        emit finished();
    }
}

void BulkCommand::answered(const CommandResult &result)
{
    --inFlight_;
    lastMessage_ = QString::fromStdString(result.message);
    if (result.ok) {
        ++succeeded_;
    } else {
        ++failed_;
        failures_[lastMessage_] += 1;
    }
    emit progress(completed(), total());
    sendMore();
}

QString BulkCommand::summary(const QString &doneVerb) const
{
    QString text = tr("%1 %2").arg(succeeded_).arg(doneVerb);
    if (failed_ > 0) {
        QStringList reasons;
        for (auto it = failures_.cbegin(); it != failures_.cend(); ++it)
            reasons.append(tr("%1 (%2)").arg(it.key()).arg(it.value()));
        text += tr(", %n failed: %1", nullptr, failed_).arg(reasons.join(QStringLiteral("; ")));
    }
    const int unsent = total() - sent();
    if (unsent > 0)
        text += tr(", %n not sent (cancelled)", nullptr, unsent);
    return text;
}

} // namespace syncline::ui
