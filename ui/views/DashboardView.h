#pragma once

#include "ViewRegistry.h"
#include "engine/Snapshots.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QChartView;
class QHBoxLayout;
class QTableWidget;
class QGridLayout;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace syncline::ui {

class CoalescedRefresh;
class EngineBridge;

// The first look: totals and a state strip over all feeds, the recent throughput, failures and
// lag of the engine, and what needs an operator: open holds by reason, stock and acknowledgement
// alerts, and the breakers of the delivery targets.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(EngineBridge &bridge, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    // The tile showing `name` ("feeds", "received", "processed", "failed", "deadLetters",
    // "queueDepth", "failing").
    QLabel *tileValue(const QString &name) const;

    // How many points the failure and lag chart keeps per series.
    static constexpr int MaxChartPoints = 2000;

private:
    QLabel *addTile(QGridLayout *grid, int position, const QString &name, const QString &caption);
    void showSnapshot(const std::shared_ptr<const FeedsSnapshot> &snapshot);
    void addThroughputSample(double eventsPerSecond);
    QChartView *makeFailureChart();
    void refreshHolds();
    void refreshAlerts();
    void refreshMetrics();

    EngineBridge &bridge_;
    QHBoxLayout *feedStrip_ = nullptr;
    QTableWidget *holdsByReason_ = nullptr;
    QTableWidget *alerts_ = nullptr;
    QTableWidget *breakers_ = nullptr;
    CoalescedRefresh *holdsRefresh_ = nullptr;
    CoalescedRefresh *alertsRefresh_ = nullptr;
    CoalescedRefresh *metricsRefresh_ = nullptr;
    QLineSeries *failed_ = nullptr;
    QLineSeries *lagP95_ = nullptr;
    QDateTimeAxis *metricsTimeAxis_ = nullptr;
    QValueAxis *failedAxis_ = nullptr;
    QValueAxis *lagAxis_ = nullptr;
    QChartView *chartView_ = nullptr;
    QLineSeries *throughput_ = nullptr;
    QDateTimeAxis *timeAxis_ = nullptr;
    QValueAxis *rateAxis_ = nullptr;
    double rateCeiling_ = 10.0;
};

} // namespace syncline::ui
