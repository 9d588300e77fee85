#include "models/SlaModel.h"

#include "Presentation.h"

#include <algorithm>

namespace syncline::ui {

namespace {

using Weighted = std::vector<std::pair<std::int64_t, std::int64_t>>; // value, weight

std::int64_t weightedQuantile(Weighted values, double quantile)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    std::int64_t total = 0;
    for (const auto &[value, weight] : values)
        total += weight;
    const double wanted = quantile * double(total);
    std::int64_t seen = 0;
    for (const auto &[value, weight] : values) {
        seen += weight;
        if (double(seen) >= wanted)
            return value;
    }
    return values.back().first;
}

QString percentText(double share)
{
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 2);
}

} // namespace

std::map<Domain, LagPercentiles> lagPercentiles(const std::vector<FeedMinute> &minutes)
{
    struct Samples {
        Weighted p50, p95, p99;
        std::int64_t events = 0;
    };
    std::map<Domain, Samples> byDomain;
    for (const auto &minute : minutes) {
        if (minute.processed <= 0)
            continue;
        auto &samples = byDomain[minute.domain];
        samples.p50.emplace_back(minute.lagP50Ms, minute.processed);
        samples.p95.emplace_back(minute.lagP95Ms, minute.processed);
        samples.p99.emplace_back(minute.lagP99Ms, minute.processed);
        samples.events += minute.processed;
    }
    std::map<Domain, LagPercentiles> out;
    for (auto &[domain, samples] : byDomain) {
        out[domain] = {weightedQuantile(samples.p50, 0.50), weightedQuantile(samples.p95, 0.95),
                       weightedQuantile(samples.p99, 0.99), samples.events};
    }
    return out;
}

std::vector<domain::ComplianceBucket>
foldBuckets(const std::vector<domain::ComplianceBucket> &buckets, std::size_t maxBuckets)
{
    if (maxBuckets == 0 || buckets.size() <= maxBuckets)
        return buckets;
    const std::size_t group = (buckets.size() + maxBuckets - 1) / maxBuckets;
    std::vector<domain::ComplianceBucket> out;
    out.reserve(maxBuckets);
    for (std::size_t i = 0; i < buckets.size(); i += group) {
        domain::ComplianceBucket merged = buckets[i];
        for (std::size_t j = i + 1; j < std::min(buckets.size(), i + group); ++j) {
            merged.total += buckets[j].total;
            merged.withinTarget += buckets[j].withinTarget;
        }
        out.push_back(merged);
    }
    return out;
}

const domain::SloTarget *SlaData::targetOf(Domain domain) const
{
    for (const auto &target : targets)
        if (target.domain == domain)
            return &target;
    return nullptr;
}

std::vector<domain::SloBreach> SlaData::breaches() const
{
    std::vector<domain::SloBreach> out;
    for (const auto &report : reports)
        out.insert(out.end(), report.breaches.begin(), report.breaches.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.completedAt > b.completedAt; });
    return out;
}

QString durationText(Millis duration)
{
    const std::int64_t ms = duration.count();
    if (duration == Millis::max())
        return QCoreApplication::translate("syncline::ui::SlaModel", "none");
    if (ms < 1000)
        return QCoreApplication::translate("syncline::ui::SlaModel", "%1 ms").arg(ms);
    if (ms < 120'000)
        return QCoreApplication::translate("syncline::ui::SlaModel", "%1 s")
            .arg(double(ms) / 1000.0, 0, 'g', 3);
    const std::int64_t minutes = ms / 60'000;
    if (minutes < 120)
        return QCoreApplication::translate("syncline::ui::SlaModel", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("syncline::ui::SlaModel", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("syncline::ui::SlaModel", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

// --- SlaModel --------------------------------------------------------------------------------

SlaModel::SlaModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SlaModel::setData(const SlaData &data)
{
    std::vector<Row> rows;
    for (const auto &report : data.reports) {
        Row row;
        row.report = report;
        if (const auto *target = data.targetOf(report.domain))
            row.target = *target;
        row.target.domain = report.domain;
        if (const auto it = data.lag.find(report.domain); it != data.lag.end())
            row.lag = it->second;
        rows.push_back(std::move(row));
    }
    // Same domains in the same order: only the values change, which keeps the selection.
    const bool sameShape =
        rows.size() == rows_.size() &&
        std::equal(rows.begin(), rows.end(), rows_.begin(),
                   [](const Row &a, const Row &b) { return a.report.domain == b.report.domain; });
    if (sameShape) {
        rows_ = std::move(rows);
        if (!rows_.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int SlaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int SlaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rows_[std::size_t(index.row())];
    const bool hasLag = row.lag.events > 0;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case DomainColumn:
            return int(row.report.domain);
        case TargetColumn:
            return qint64(row.target.target.count());
        case OwnerColumn:
            return QString::fromStdString(row.target.owner);
        case EventsColumn:
            return qint64(row.report.total);
        case WithinColumn:
            return qint64(row.report.withinTarget);
        case ComplianceColumn:
            return row.report.share();
        case BreachesColumn:
            return qint64(row.report.breaches.size());
        case LagP50Column:
            return qint64(row.lag.p50Ms);
        case LagP95Column:
            return qint64(row.lag.p95Ms);
        case LagP99Column:
            return qint64(row.lag.p99Ms);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    if (role == Qt::ToolTipRole && index.column() == OwnerColumn)
        return QString::fromStdString(row.target.escalation);
    if (role == Qt::ForegroundRole && index.column() == ComplianceColumn && row.report.total > 0 &&
        row.report.withinTarget < row.report.total)
        return Presentation::stateColor(FeedState::Degraded);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case DomainColumn:
        return Presentation::domainText(row.report.domain);
    case TargetColumn:
        return durationText(row.target.target);
    case OwnerColumn:
        return QString::fromStdString(row.target.owner);
    case EventsColumn:
        return QLocale().toString(qint64(row.report.total));
    case WithinColumn:
        return QLocale().toString(qint64(row.report.withinTarget));
    case ComplianceColumn:
        return row.report.total == 0 ? tr("no events") : percentText(row.report.share());
    case BreachesColumn:
        return QLocale().toString(qint64(row.report.breaches.size()));
    case LagP50Column:
        return hasLag ? durationText(Millis(row.lag.p50Ms)) : QString();
    case LagP95Column:
        return hasLag ? durationText(Millis(row.lag.p95Ms)) : QString();
    case LagP99Column:
        return hasLag ? durationText(Millis(row.lag.p99Ms)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DomainColumn:
        return tr("Domain");
    case TargetColumn:
        return tr("Target");
    case OwnerColumn:
        return tr("Owner");
    case EventsColumn:
        return tr("Events");
    case WithinColumn:
        return tr("Within target");
    case ComplianceColumn:
        return tr("Compliance");
    case BreachesColumn:
        return tr("Breaches");
    case LagP50Column:
        return tr("Lag p50");
    case LagP95Column:
        return tr("Lag p95");
    case LagP99Column:
        return tr("Lag p99");
    case ColumnCount:
        break;
    }
    return {};
}

// --- SlaBreachesModel ----------------------------------------------------------------------------

SlaBreachesModel::SlaBreachesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SlaBreachesModel::setBreaches(std::vector<domain::SloBreach> breaches)
{
    beginResetModel();
    breaches_ = std::move(breaches);
    endResetModel();
}

int SlaBreachesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(breaches_.size());
}

int SlaBreachesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaBreachesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &breach = breaches_[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= LatencyColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CompletedColumn:
        return Presentation::toDateTime(breach.completedAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case DomainColumn:
        return Presentation::domainText(breach.domain);
    case EventColumn:
        return QString::fromStdString(breach.eventId);
    case LatencyColumn:
        return durationText(breach.latency);
    case TargetColumn:
        return durationText(breach.target);
    case OverColumn:
        return durationText(breach.latency - breach.target);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SlaBreachesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CompletedColumn:
        return tr("Completed (UTC)");
    case DomainColumn:
        return tr("Domain");
    case EventColumn:
        return tr("Event");
    case LatencyColumn:
        return tr("Latency");
    case TargetColumn:
        return tr("Target");
    case OverColumn:
        return tr("Over by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace syncline::ui
