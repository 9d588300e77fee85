#include "PipelineStatus.h"

#include "EngineBridge.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include <future>

namespace {

constexpr int CountLimit = 10'000;

QString countText(const char *text, const char *beyond, std::int64_t count)
{
    return count > CountLimit ? PipelineStatus::tr(beyond).arg(CountLimit)
                              : PipelineStatus::tr(text, nullptr, int(count));
}

QString endpointText(const syncline::host::ListenAddress &endpoint)
{
    return QStringLiteral("%1:%2").arg(QString::fromStdString(endpoint.address)).arg(endpoint.port);
}

} // namespace

PipelineStatus::PipelineStatus(syncline::ui::EngineBridge &bridge, QStatusBar *statusBar)
    : QObject(statusBar)
    , bridge_(bridge)
{
    listening_ = new QLabel(statusBar);
    listening_->setObjectName(QStringLiteral("statusListening"));
    listening_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listening_->hide(); // a console that hosts nothing has nothing to say here
    statusBar->addPermanentWidget(listening_);
    counts_ = new QLabel(statusBar);
    counts_->setObjectName(QStringLiteral("statusCounts"));
    statusBar->addPermanentWidget(counts_);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(250);
    connect(refreshTimer_, &QTimer::timeout, this, &PipelineStatus::refresh);
    auto later = [this] {
        if (!refreshTimer_->isActive())
            refreshTimer_->start();
    };
    connect(&bridge_, &syncline::ui::EngineBridge::feedsChanged, this, later);
    connect(&bridge_, &syncline::ui::EngineBridge::deadLettersChanged, this, later);
    connect(&bridge_, &syncline::ui::EngineBridge::auditChanged, this, later); // hold decisions
    refresh();
}

void PipelineStatus::showStarting()
{
    listening_->setText(tr("Starting the pipeline…"));
    listening_->show();
}

void PipelineStatus::showHosting(const syncline::host::HostReport &report)
{
    QStringList parts;
    if (report.webhook)
        parts << tr("Webhooks on %1").arg(endpointText(*report.webhook));
    if (report.admin)
        parts << tr("admin on %1").arg(endpointText(*report.admin));
    listening_->setText(parts.join(QStringLiteral(" · ")));
    QStringList details;
    details << tr("%n delivery target(s)", nullptr, int(report.targets.size()));
    for (const auto &target : report.targets)
        details << QStringLiteral("  %1").arg(QString::fromStdString(target));
    details << tr("%n drop folder(s)", nullptr, int(report.dropFolders.size()));
    for (const auto &folder : report.dropFolders)
        details << QStringLiteral("  %1").arg(QString::fromStdString(folder));
    for (const auto &problem : report.problems)
        details << QString::fromStdString(problem);
    listening_->setToolTip(details.join(QLatin1Char('\n')));
    listening_->show();
}

void PipelineStatus::showFailure(const QString &error)
{
    listening_->setText(tr("Pipeline not running: %1").arg(error));
    listening_->setToolTip(error);
    listening_->setForegroundRole(QPalette::BrightText);
    listening_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    listening_->show();
}

void PipelineStatus::refresh()
{
    if (querying_) {
        again_ = true; // one more round once the one under way has answered
        return;
    }
    querying_ = true;
    auto &engine = bridge_.engine();
    // Counted up to a limit: past it the status line says "more than", and a store with a huge
    // backlog is not read in full four times a second.
    syncline::HoldQuery holds;
    holds.limit = CountLimit + 1;
    syncline::DeadLetterQuery letters;
    letters.limit = CountLimit + 1;
    auto counted =
        std::async(std::launch::deferred, [holdsFuture = engine.holds(holds).share(),
                                           lettersFuture = engine.deadLetters(letters).share()] {
            return std::pair{std::int64_t(holdsFuture.get().size()),
                             std::int64_t(lettersFuture.get().size())};
        });
    bridge_.whenReady(
        std::move(counted), this,
        [this](std::pair<std::int64_t, std::int64_t> n) {
            querying_ = false;
            PipelineCounts counts;
            for (const auto &feed : bridge_.feeds()->feeds)
                counts.events += feed.received;
            counts.holds = n.first;
            counts.deadLetters = n.second;
            current_ = counts;
            counts_->setText(
                tr("%n event(s)", nullptr, int(counts.events)) + QStringLiteral(" · ") +
                countText(QT_TRANSLATE_N_NOOP("PipelineStatus", "%n open hold(s)"),
                          QT_TRANSLATE_NOOP("PipelineStatus", "more than %1 open holds"),
                          counts.holds) +
                QStringLiteral(" · ") +
                countText(QT_TRANSLATE_N_NOOP("PipelineStatus", "%n dead letter(s)"),
                          QT_TRANSLATE_NOOP("PipelineStatus", "more than %1 dead letters"),
                          counts.deadLetters));
            emit countsChanged(counts);
            if (again_) {
                again_ = false;
                refresh();
            }
        },
        [this](const QString &) {
            querying_ = false; // the next change asks again
        });
}
