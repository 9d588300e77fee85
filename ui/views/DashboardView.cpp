#include "views/DashboardView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "models/FeedsModel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace syncline::ui {

namespace {
// The chart shows the last five minutes, one point per second.
constexpr int ThroughputWindowSeconds = 300;
constexpr int TileColumns = 4;
} // namespace

DashboardView::DashboardView(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
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
    chartView_->setMinimumHeight(220);
    layout->addWidget(chartView_, 1);

    connect(&bridge, &EngineBridge::feedsChanged, this, &DashboardView::showSnapshot);
    connect(&bridge, &EngineBridge::activity, this,
            [this](double eventsPerSecond, const QDateTime &) {
                addThroughputSample(eventsPerSecond);
            });
    showSnapshot(bridge.feeds());
    addThroughputSample(bridge.eventsPerSecond());
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
