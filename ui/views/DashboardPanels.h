#pragma once

#include "domain/Hold.h"
#include "domain/Slo.h"
#include "engine/InventorySnapshots.h"
#include "engine/Snapshots.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

class QTableWidget;
class QWidget;
class QHBoxLayout;

namespace syncline::ui {

// Runs `refresh` at most once per interval and never twice at once: requests arriving while a
// refresh is on its way fold into a single further run, so a busy engine cannot queue up queries.
class CoalescedRefresh : public QObject {
    Q_OBJECT

public:
    CoalescedRefresh(std::chrono::milliseconds interval, std::function<void()> refresh,
                     QObject *parent);
    void request();
    // The refresh's answer (or error) arrived.
    void finished();

private:
    QTimer timer_;
    std::function<void()> refresh_;
    bool running_ = false;
    bool again_ = false;
};

// The small tables under the charts. Each is a read-only QTableWidget named for the tests.
class DashboardPanels {
    Q_DECLARE_TR_FUNCTIONS(syncline::ui::DashboardPanels)

public:
    static QTableWidget *makeTable(const QString &objectName, const QStringList &headers,
                                   QWidget *parent);
    // Active holds counted per reason code, the most frequent first.
    // Open holds per reason code, most frequent first. Plain data: counted off the GUI thread.
    using ReasonCounts = std::vector<std::pair<std::string, qint64>>;
    static ReasonCounts countHoldsByReason(const std::vector<domain::Hold> &holds);
    static void showHoldsByReason(QTableWidget *table, const ReasonCounts &rows);
    // Oversell risks first, then drift and mismatches, then silent feeds; acknowledgements last.
    static void showAlerts(QTableWidget *table, std::vector<InventoryAlert> inventory,
                           const std::vector<domain::AcknowledgementAlert> &acknowledgements);
    // Open breakers first, then half-open, then closed; by target name within each.
    static void showBreakers(QTableWidget *table, std::vector<EndpointStatus> endpoints);
    // One row spanning the table, for a query the engine refused.
    static void showError(QTableWidget *table, const QString &message);
    // One pill per feed, coloured by state, with the reason as tooltip.
    static void showFeedStrip(QHBoxLayout *strip, const std::vector<FeedHealth> &feeds);

    static QString breakerText(BreakerState state);
    static QString alertKindText(InventoryAlertKind kind);
};

// Failures per minute and the worst lag p95 (seconds) over all feeds, one point per minute in
// milliseconds since the epoch, oldest first, at most `maxPoints` (the newest ones).
struct FailureAndLagSeries {
    QList<QPointF> failed;
    QList<QPointF> lagP95Seconds;
};
FailureAndLagSeries failureAndLagSeries(const std::vector<FeedMinute> &minutes, int maxPoints);

} // namespace syncline::ui
