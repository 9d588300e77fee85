#pragma once

#include "engine/OrderSnapshots.h"
#include "engine/Snapshots.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <map>
#include <vector>

namespace syncline::ui {

// Lag percentiles of one domain over a period, in milliseconds. Folded from the per-minute
// percentiles the engine keeps: each minute's value weighted by the events it processed, so a
// busy minute counts for more than a quiet one.
struct LagPercentiles {
    std::int64_t p50Ms = 0;
    std::int64_t p95Ms = 0;
    std::int64_t p99Ms = 0;
    std::int64_t events = 0; // 0: no minute in the period processed anything
};
std::map<Domain, LagPercentiles> lagPercentiles(const std::vector<FeedMinute> &minutes);

// At most `maxBuckets` buckets: consecutive ones are merged (their counts summed) so that a long
// period still draws as one line of bounded size.
std::vector<domain::ComplianceBucket>
foldBuckets(const std::vector<domain::ComplianceBucket> &buckets, std::size_t maxBuckets);

// Everything an SLA screen or report shows for one period; a copy, safe to hand to a worker.
struct SlaData {
    QDateTime from; // UTC
    QDateTime to;
    SloBucket bucket = SloBucket::Hour;
    QDateTime generatedAt;
    std::vector<SloReport> reports; // one per domain
    std::vector<domain::SloTarget> targets;
    std::map<Domain, LagPercentiles> lag;

    const domain::SloTarget *targetOf(Domain domain) const;
    // Every domain's breaches, newest first.
    std::vector<domain::SloBreach> breaches() const;
};

// Per-domain compliance against target: one row per domain.
class SlaModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        TargetColumn,
        OwnerColumn,
        EventsColumn,
        WithinColumn,
        ComplianceColumn,
        BreachesColumn,
        LagP50Column,
        LagP95Column,
        LagP99Column,
        ColumnCount
    };
    // The raw value behind a cell (numbers unformatted), for sorting and tests.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SlaModel(QObject *parent = nullptr);

    void setData(const SlaData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        SloReport report;
        domain::SloTarget target;
        LagPercentiles lag;
    };
    std::vector<Row> rows_;
};

// The breaches of the period, newest first.
class SlaBreachesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CompletedColumn,
        DomainColumn,
        EventColumn,
        LatencyColumn,
        TargetColumn,
        OverColumn,
        ColumnCount
    };

    explicit SlaBreachesModel(QObject *parent = nullptr);

    void setBreaches(std::vector<domain::SloBreach> breaches);
    const domain::SloBreach &breach(int row) const { return breaches_.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<domain::SloBreach> breaches_;
};

// "250 ms", "42 s", "5 min", "1 h 30 min".
QString durationText(Millis duration);

} // namespace syncline::ui
