#include "views/DashboardView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "models/FeedsModel.h"
#include "util/Clock.h"
#include "views/DashboardPanels.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <future>

namespace syncline::ui {

namespace {
// The chart shows the last five minutes, one point per second.
constexpr int ThroughputWindowSeconds = 300;
constexpr int TileColumns = 4;
// Failures and lag come in minute buckets: the last hour, asked for every few seconds.
constexpr int MetricsWindowMinutes = 60;
constexpr int MetricsPollMs = 5000;
// Holds and alerts follow the engine's notifications, at most this often.
constexpr std::chrono::milliseconds PanelRefreshInterval{250};
// Every active hold, so that the counts are totals rather than a page.
constexpr int HoldsLimit = 1'000'000;

QGroupBox *panel(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}
} // namespace

DashboardView::DashboardView(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , bridge_(bridge)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    int position = 0;
    addTile(grid, position++, QStringLiteral("feeds"), tr("Feeds"));
    addTile(grid, position++, QStringLiteral("failing"), tr("Failing or degraded"));
    addTile(grid, position++, QStringLiteral("received"), tr("Received"));
    addTile(grid, position++, QStringLiteral("processed"), tr("Processed"));
    addTile(grid, position++, QStringLiteral("failed"), tr("Failed"));
    addTile(grid, position++, QStringLiteral("deadLetters"), tr("Dead letters"));
    addTile(grid, position++, QStringLiteral("queueDepth"), tr("Queue depth"));
    addTile(grid, position++, QStringLiteral("rate"), tr("Events committed/s"));
    layout->addLayout(grid);

    auto *stripArea = new QScrollArea(this);
    stripArea->setObjectName(QStringLiteral("feedStrip"));
    stripArea->setFrameShape(QFrame::NoFrame);
    stripArea->setWidgetResizable(true);
    stripArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *stripContent = new QWidget(stripArea);
    feedStrip_ = new QHBoxLayout(stripContent);
    feedStrip_->setContentsMargins(0, 0, 0, 0);
    stripArea->setWidget(stripContent);
    stripArea->setFixedHeight(stripContent->fontMetrics().height() + 16);
    layout->addWidget(stripArea);

    throughput_ = new QLineSeries;
    throughput_->setName(tr("Events committed per second"));
    auto *chart = new QChart;
    chart->addSeries(throughput_);
    chart->legend()->hide();
    chart->setTitle(tr("Throughput, last five minutes"));
    timeAxis_ = new QDateTimeAxis;
    timeAxis_->setFormat(QStringLiteral("HH:mm"));
    timeAxis_->setTickCount(6);
    rateAxis_ = new QValueAxis;
    rateAxis_->setLabelFormat(QStringLiteral("%.0f"));
    rateAxis_->setTickCount(6);
    rateAxis_->setRange(0, rateCeiling_);
    chart->addAxis(timeAxis_, Qt::AlignBottom);
    chart->addAxis(rateAxis_, Qt::AlignLeft);
    throughput_->attachAxis(timeAxis_);
    throughput_->attachAxis(rateAxis_);
    const QDateTime now = QDateTime::currentDateTime();
    timeAxis_->setRange(now.addSecs(-ThroughputWindowSeconds), now);

    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("throughputChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(180);

    holdsByReason_ = DashboardPanels::makeTable(QStringLiteral("holdsByReason"),
                                                {tr("Reason"), tr("Open holds")}, this);
    alerts_ = DashboardPanels::makeTable(QStringLiteral("inventoryAlerts"),
                                         {tr("Alert"), tr("Subject"), tr("Details")}, this);
    breakers_ = DashboardPanels::makeTable(
        QStringLiteral("breakers"), {tr("Target"), tr("Breaker"), tr("Pending"), tr("Last error")},
        this);

    // Two charts side by side, the three panels below them.
    auto *lower = new QGridLayout;
    lower->setSpacing(8);
    lower->addWidget(chartView_, 0, 0, 1, 3);
    lower->addWidget(makeFailureChart(), 0, 3, 1, 3);
    lower->addWidget(panel(tr("Open holds by reason"), holdsByReason_, this), 1, 0, 1, 2);
    lower->addWidget(panel(tr("Stock and acknowledgement alerts"), alerts_, this), 1, 2, 1, 2);
    lower->addWidget(panel(tr("Delivery targets"), breakers_, this), 1, 4, 1, 2);
    for (int column = 0; column < 6; ++column)
        lower->setColumnStretch(column, 1);
    lower->setRowStretch(0, 3);
    lower->setRowStretch(1, 2);
    layout->addLayout(lower, 1);

    holdsRefresh_ = new CoalescedRefresh(
        PanelRefreshInterval, [this] { refreshHolds(); }, this);
    alertsRefresh_ = new CoalescedRefresh(
        PanelRefreshInterval, [this] { refreshAlerts(); }, this);
    metricsRefresh_ = new CoalescedRefresh(
        std::chrono::milliseconds(0), [this] { refreshMetrics(); }, this);
    connect(&bridge, &EngineBridge::auditChanged, holdsRefresh_, &CoalescedRefresh::request);
    connect(&bridge, &EngineBridge::auditChanged, alertsRefresh_, &CoalescedRefresh::request);
    connect(&bridge, &EngineBridge::inventoryChanged, alertsRefresh_, &CoalescedRefresh::request);
    auto *metricsTimer = new QTimer(this);
    metricsTimer->setInterval(MetricsPollMs);
    connect(metricsTimer, &QTimer::timeout, metricsRefresh_, &CoalescedRefresh::request);
    metricsTimer->start();
    holdsRefresh_->request();
    alertsRefresh_->request();
    metricsRefresh_->request();

    connect(&bridge, &EngineBridge::feedsChanged, this, &DashboardView::showSnapshot);
    connect(&bridge, &EngineBridge::activity, this,
            [this](double eventsPerSecond, const QDateTime &) {
                addThroughputSample(eventsPerSecond);
            });
    showSnapshot(bridge.feeds());
    addThroughputSample(bridge.eventsPerSecond());
}

QChartView *DashboardView::makeFailureChart()
{
    failed_ = new QLineSeries;
    failed_->setName(tr("Failed per minute"));
    lagP95_ = new QLineSeries;
    lagP95_->setName(tr("Lag p95 (s)"));
    auto *chart = new QChart;
    chart->addSeries(failed_);
    chart->addSeries(lagP95_);
    chart->setTitle(tr("Failures and lag, last hour"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    metricsTimeAxis_ = new QDateTimeAxis;
    metricsTimeAxis_->setFormat(QStringLiteral("HH:mm"));
    metricsTimeAxis_->setTickCount(5);
    failedAxis_ = new QValueAxis;
    failedAxis_->setLabelFormat(QStringLiteral("%.0f"));
    failedAxis_->setTickCount(6);
    failedAxis_->setRange(0, 10);
    lagAxis_ = new QValueAxis;
    lagAxis_->setLabelFormat(QStringLiteral("%.1f"));
    lagAxis_->setTickCount(6);
    lagAxis_->setRange(0, 1);
    chart->addAxis(metricsTimeAxis_, Qt::AlignBottom);
    chart->addAxis(failedAxis_, Qt::AlignLeft);
    chart->addAxis(lagAxis_, Qt::AlignRight);
    failed_->attachAxis(metricsTimeAxis_);
    failed_->attachAxis(failedAxis_);
    lagP95_->attachAxis(metricsTimeAxis_);
    lagP95_->attachAxis(lagAxis_);
    const QDateTime now = QDateTime::currentDateTime();
    metricsTimeAxis_->setRange(now.addSecs(-MetricsWindowMinutes * 60), now);

    auto *view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("failureChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

void DashboardView::refreshHolds()
{
    HoldQuery query; // no status: the active ones, open and snoozed
    query.limit = HoldsLimit;
    // Deferred: the counting runs where whenReady waits for the answer, not on the GUI thread.
    auto counts = std::async(std::launch::deferred,
                             [holds = bridge_.engine().holds(std::move(query))]() mutable {
                                 return DashboardPanels::countHoldsByReason(holds.get());
                             });
    bridge_.whenReady(
        std::move(counts), this,
        [this](const DashboardPanels::ReasonCounts &rows) {
            DashboardPanels::showHoldsByReason(holdsByReason_, rows);
            holdsRefresh_->finished();
        },
        [this](const QString &message) {
            DashboardPanels::showError(holdsByReason_, message);
            holdsRefresh_->finished();
        });
}

void DashboardView::refreshAlerts()
{
    bridge_.whenReady(
        bridge_.engine().inventoryAlerts(), this,
        [this](const std::vector<InventoryAlert> &inventory) {
            bridge_.whenReady(
                bridge_.engine().alerts(), this,
                [this, inventory](const std::vector<domain::AcknowledgementAlert> &late) {
                    DashboardPanels::showAlerts(alerts_, inventory, late);
                    alertsRefresh_->finished();
                },
                [this, inventory](const QString &) {
                    // Stock alerts are still worth showing without the acknowledgements.
                    DashboardPanels::showAlerts(alerts_, inventory, {});
                    alertsRefresh_->finished();
                });
        },
        [this](const QString &message) {
            DashboardPanels::showError(alerts_, message);
            alertsRefresh_->finished();
        });
}

void DashboardView::refreshMetrics()
{
    const TimePoint to = SystemClock::instance().now();
    const TimePoint from = to - std::chrono::minutes(MetricsWindowMinutes);
    bridge_.whenReady(
        bridge_.engine().feedMetrics(from, to), this,
        [this](const std::vector<FeedMinute> &minutes) {
            const FailureAndLagSeries series = failureAndLagSeries(minutes, MaxChartPoints);
            failed_->replace(series.failed);
            lagP95_->replace(series.lagP95Seconds);
            double failedPeak = 0, lagPeak = 0;
            for (const QPointF &point : series.failed)
                failedPeak = std::max(failedPeak, point.y());
            for (const QPointF &point : series.lagP95Seconds)
                lagPeak = std::max(lagPeak, point.y());
            failedAxis_->setRange(0, std::max(10.0, std::ceil(failedPeak * 1.2 / 5.0) * 5.0));
            lagAxis_->setRange(0, std::max(1.0, std::ceil(lagPeak * 1.2)));
            const QDateTime now = QDateTime::currentDateTime();
            metricsTimeAxis_->setRange(now.addSecs(-MetricsWindowMinutes * 60), now);
            metricsRefresh_->finished();
        },
        [this](const QString &) { metricsRefresh_->finished(); });
}

ViewDescriptor DashboardView::descriptor()
{
    return {QStringLiteral("dashboard"), tr("Dashboard"),
            QApplication::style()->standardIcon(QStyle::SP_ComputerIcon),
            [](ViewContext &context, QWidget *parent) {
                return new DashboardView(context.bridge, parent);
            }};
}

QLabel *DashboardView::addTile(QGridLayout *grid, int position, const QString &name,
                               const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *tile = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("0"), frame);
    value->setObjectName(QStringLiteral("tile_") + name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, frame);
    label->setForegroundRole(QPalette::PlaceholderText);
    tile->addWidget(value);
    tile->addWidget(label);
    grid->addWidget(frame, position / TileColumns, position % TileColumns);
    return value;
}

QLabel *DashboardView::tileValue(const QString &name) const
{
    return findChild<QLabel *>(QStringLiteral("tile_") + name);
}

void DashboardView::showSnapshot(const std::shared_ptr<const FeedsSnapshot> &snapshot)
{
    std::int64_t received = 0, processed = 0, failed = 0, deadLetters = 0, queueDepth = 0;
    int attention = 0;
    for (const auto &feed : snapshot->feeds) {
        received += feed.received;
        processed += feed.processed;
        failed += feed.failed;
        deadLetters += feed.deadLettered;
        queueDepth += feed.queueDepth;
        if (feed.state == FeedState::Failing || feed.state == FeedState::Degraded)
            ++attention;
    }
    const QLocale locale;
    tileValue(QStringLiteral("feeds"))->setText(locale.toString(qlonglong(snapshot->feeds.size())));
    tileValue(QStringLiteral("failing"))->setText(locale.toString(attention));
    tileValue(QStringLiteral("received"))->setText(locale.toString(qlonglong(received)));
    tileValue(QStringLiteral("processed"))->setText(locale.toString(qlonglong(processed)));
    tileValue(QStringLiteral("failed"))->setText(locale.toString(qlonglong(failed)));
    tileValue(QStringLiteral("deadLetters"))->setText(locale.toString(qlonglong(deadLetters)));
    tileValue(QStringLiteral("queueDepth"))->setText(locale.toString(qlonglong(queueDepth)));
    QPalette palette = tileValue(QStringLiteral("failing"))->palette();
    palette.setColor(QPalette::WindowText, attention > 0
                                               ? Presentation::stateColor(FeedState::Failing)
                                               : this->palette().color(QPalette::WindowText));
    tileValue(QStringLiteral("failing"))->setPalette(palette);
    DashboardPanels::showFeedStrip(feedStrip_, snapshot->feeds);
    DashboardPanels::showBreakers(breakers_, snapshot->endpoints);
}

void DashboardView::addThroughputSample(double eventsPerSecond)
{
    const QDateTime now = QDateTime::currentDateTime();
    throughput_->append(double(now.toMSecsSinceEpoch()), eventsPerSecond);
    const qint64 oldest = now.addSecs(-ThroughputWindowSeconds).toMSecsSinceEpoch();
    int stale = 0;
    while (stale < throughput_->count() && throughput_->at(stale).x() < double(oldest))
        ++stale;
    if (stale > 0)
        throughput_->removePoints(0, stale);
    timeAxis_->setRange(now.addSecs(-ThroughputWindowSeconds), now);
    // The scale only grows while the window shows a peak, so the line does not jump around.
    double peak = 0;
    for (const QPointF &point : throughput_->points())
        peak = std::max(peak, point.y());
    // A multiple of five, so that the six ticks fall on whole numbers.
    rateCeiling_ = std::max(10.0, std::ceil(peak * 1.2 / 5.0) * 5.0);
    rateAxis_->setRange(0, rateCeiling_);
    tileValue(QStringLiteral("rate"))->setText(QLocale().toString(eventsPerSecond, 'f', 1));
}

} // namespace syncline::ui
