#pragma once

#include "ViewRegistry.h"
#include "engine/Snapshots.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QChartView;
class QGridLayout;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace syncline::ui {

class EngineBridge;

// The first look: totals over all feeds and the recent throughput of the engine.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(EngineBridge &bridge, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    // The tile showing `name` ("feeds", "received", "processed", "failed", "deadLetters",
    // "queueDepth", "failing").
    QLabel *tileValue(const QString &name) const;

private:
    QLabel *addTile(QGridLayout *grid, int position, const QString &name, const QString &caption);
    void showSnapshot(const std::shared_ptr<const FeedsSnapshot> &snapshot);
    void addThroughputSample(double eventsPerSecond);

    QChartView *chartView_ = nullptr;
    QLineSeries *throughput_ = nullptr;
    QDateTimeAxis *timeAxis_ = nullptr;
    QValueAxis *rateAxis_ = nullptr;
    double rateCeiling_ = 10.0;
};

} // namespace syncline::ui
