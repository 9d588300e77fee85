#include "views/DashboardPanels.h"

#include "Presentation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>
#include <map>

namespace syncline::ui {

namespace {

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QTableWidgetItem *numberCell(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

int alertRank(const InventoryAlert &alert)
{
    if (alert.oversellRisk)
        return 0;
    switch (alert.kind) {
    case InventoryAlertKind::Drift:
        return 1;
    case InventoryAlertKind::ReconcileMismatch:
        return 2;
    case InventoryAlertKind::FeedSilent:
        break;
    }
    return 3;
}

int breakerRank(BreakerState state)
{
    switch (state) {
    case BreakerState::Open:
        return 0;
    case BreakerState::HalfOpen:
        return 1;
    case BreakerState::Closed:
        break;
    }
    return 2;
}

QColor breakerColor(BreakerState state)
{
    switch (state) {
    case BreakerState::Open:
        return Presentation::stateColor(FeedState::Failing);
    case BreakerState::HalfOpen:
        return Presentation::stateColor(FeedState::Degraded);
    case BreakerState::Closed:
        break;
    }
    return Presentation::stateColor(FeedState::Healthy);
}

} // namespace

CoalescedRefresh::CoalescedRefresh(std::chrono::milliseconds interval,
                                   std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , refresh_(std::move(refresh))
{
    timer_.setSingleShot(true);
    timer_.setInterval(int(interval.count()));
    connect(&timer_, &QTimer::timeout, this, [this] {
        running_ = true;
        refresh_();
    });
}

void CoalescedRefresh::request()
{
    if (running_)
        again_ = true;
    else if (!timer_.isActive())
        timer_.start();
}

void CoalescedRefresh::finished()
{
    running_ = false;
    if (again_) {
        again_ = false;
        request();
    }
}

QTableWidget *DashboardPanels::makeTable(const QString &objectName, const QStringList &headers,
                                         QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setWordWrap(false);
    return table;
}

DashboardPanels::ReasonCounts
DashboardPanels::countHoldsByReason(const std::vector<domain::Hold> &holds)
{
    std::map<std::string, qint64> counts;
    for (const auto &hold : holds)
        ++counts[hold.reasonCode];
    ReasonCounts rows(counts.begin(), counts.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return rows;
}

void DashboardPanels::showHoldsByReason(QTableWidget *table, const ReasonCounts &rows)
{
    table->clearSpans();
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        table->setItem(row, 0, cell(fromStd(rows[std::size_t(row)].first)));
        table->setItem(row, 1, numberCell(rows[std::size_t(row)].second));
    }
    table->resizeColumnToContents(0);
}

void DashboardPanels::showAlerts(QTableWidget *table, std::vector<InventoryAlert> inventory,
                                 const std::vector<domain::AcknowledgementAlert> &acknowledgements)
{
    std::stable_sort(inventory.begin(), inventory.end(),
                     [](const InventoryAlert &a, const InventoryAlert &b) {
                         if (alertRank(a) != alertRank(b))
                             return alertRank(a) < alertRank(b);
                         return a.oversellUnits > b.oversellUnits;
                     });
    table->clearSpans();
    table->setRowCount(int(inventory.size() + acknowledgements.size()));
    const QColor risk = Presentation::stateColor(FeedState::Failing);
    int row = 0;
    for (const auto &alert : inventory) {
        QString subject = fromStd(alert.sku);
        if (alert.kind == InventoryAlertKind::FeedSilent)
            subject = fromStd(alert.connection);
        else if (!alert.channel.empty())
            subject = tr("%1 on %2").arg(fromStd(alert.sku), fromStd(alert.channel));
        QString kind = alertKindText(alert.kind);
        if (alert.oversellRisk)
            kind = tr("Oversell risk (%1 units)")
                       .arg(QLocale().toString(qlonglong(alert.oversellUnits)));
        auto *kindItem = cell(kind);
        if (alert.oversellRisk)
            kindItem->setForeground(risk);
        table->setItem(row, 0, kindItem);
        table->setItem(row, 1, cell(subject));
        table->setItem(row, 2, cell(fromStd(alert.message)));
        ++row;
    }
    for (const auto &alert : acknowledgements) {
        table->setItem(row, 0, cell(tr("Acknowledgement late")));
        table->setItem(row, 1, cell(fromStd(alert.orderNumber)));
        table->setItem(row, 2, cell(fromStd(alert.message)));
        ++row;
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
}

void DashboardPanels::showBreakers(QTableWidget *table, std::vector<EndpointStatus> endpoints)
{
    std::stable_sort(endpoints.begin(), endpoints.end(),
                     [](const EndpointStatus &a, const EndpointStatus &b) {
                         if (breakerRank(a.breaker) != breakerRank(b.breaker))
                             return breakerRank(a.breaker) < breakerRank(b.breaker);
                         return a.target < b.target;
                     });
    table->clearSpans();
    table->setRowCount(int(endpoints.size()));
    for (int row = 0; row < int(endpoints.size()); ++row) {
        const auto &endpoint = endpoints[std::size_t(row)];
        table->setItem(row, 0, cell(fromStd(endpoint.target)));
        auto *state = cell(breakerText(endpoint.breaker));
        state->setIcon(Presentation::makeStateIcon(
            endpoint.breaker == BreakerState::Open       ? FeedState::Failing
            : endpoint.breaker == BreakerState::HalfOpen ? FeedState::Degraded
                                                         : FeedState::Healthy));
        state->setForeground(breakerColor(endpoint.breaker));
        table->setItem(row, 1, state);
        table->setItem(row, 2, numberCell(endpoint.pending));
        table->setItem(row, 3, cell(fromStd(endpoint.lastError)));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->resizeColumnToContents(2);
}

void DashboardPanels::showError(QTableWidget *table, const QString &message)
{
    table->clearSpans();
    table->setRowCount(1);
    table->setItem(0, 0, cell(tr("Could not load: %1").arg(message)));
    if (table->columnCount() > 1)
        table->setSpan(0, 0, 1, table->columnCount());
}

void DashboardPanels::showFeedStrip(QHBoxLayout *strip, const std::vector<FeedHealth> &feeds)
{
    while (QLayoutItem *item = strip->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *owner = strip->parentWidget();
    if (feeds.empty()) {
        auto *none = new QLabel(tr("No feeds yet"), owner);
        none->setForegroundRole(QPalette::PlaceholderText);
        strip->addWidget(none);
    }
    for (const auto &feed : feeds) {
        const QString name =
            tr("%1 / %2").arg(fromStd(feed.connection), Presentation::domainText(feed.domain));
        auto *pill = new QLabel(owner);
        pill->setObjectName(QStringLiteral("feed_") + fromStd(feed.connection) + QLatin1Char('_') +
                            QString::fromUtf8(toString(feed.domain)));
        const QColor color = Presentation::stateColor(feed.state);
        pill->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                          .arg(color.name(), name.toHtmlEscaped()));
        QString tip = tr("%1: %2").arg(name, Presentation::stateText(feed.state));
        if (!feed.reason.empty())
            tip += QLatin1Char('\n') + fromStd(feed.reason);
        pill->setToolTip(tip);
        pill->setFrameShape(QFrame::StyledPanel);
        pill->setContentsMargins(6, 2, 6, 2);
        strip->addWidget(pill);
    }
    strip->addStretch(1);
}

QString DashboardPanels::breakerText(BreakerState state)
{
    switch (state) {
    case BreakerState::Open:
        return tr("Open");
    case BreakerState::HalfOpen:
        return tr("Half-open");
    case BreakerState::Closed:
        break;
    }
    return tr("Closed");
}

QString DashboardPanels::alertKindText(InventoryAlertKind kind)
{
    switch (kind) {
    case InventoryAlertKind::FeedSilent:
        return tr("Feed silent");
    case InventoryAlertKind::ReconcileMismatch:
        return tr("Reconcile mismatch");
    case InventoryAlertKind::Drift:
        break;
    }
    return tr("Drift");
}

FailureAndLagSeries failureAndLagSeries(const std::vector<FeedMinute> &minutes, int maxPoints)
{
    // Per minute over all feeds: failures add up, lag takes the worst feed.
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> byMinute;
    for (const auto &minute : minutes) {
        auto &[failed, lag] = byMinute[toEpochMs(minute.minute)];
        failed += minute.failed;
        lag = std::max(lag, minute.lagP95Ms);
    }
    FailureAndLagSeries series;
    auto first = byMinute.begin();
    if (maxPoints >= 0 && int(byMinute.size()) > maxPoints)
        std::advance(first, int(byMinute.size()) - maxPoints);
    for (auto it = first; it != byMinute.end(); ++it) {
        series.failed.append(QPointF(double(it->first), double(it->second.first)));
        series.lagP95Seconds.append(QPointF(double(it->first), double(it->second.second) / 1000.0));
    }
    return series;
}

} // namespace syncline::ui
