#include "models/FeedsModel.h"

#include "Presentation.h"

#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace syncline::ui {

namespace {

QString keyOf(const FeedHealth &feed)
{
    return QString::fromStdString(feed.connection) + QLatin1Char('/') +
           QString::fromUtf8(toString(feed.domain).data(), qsizetype(toString(feed.domain).size()));
}

bool sameValues(const FeedHealth &a, const FeedHealth &b)
{
    return a.received == b.received && a.processed == b.processed && a.failed == b.failed &&
           a.retried == b.retried && a.deadLettered == b.deadLettered &&
           a.duplicates == b.duplicates && a.superseded == b.superseded &&
           a.queueDepth == b.queueDepth && a.lastReceived == b.lastReceived &&
           a.lastSuccess == b.lastSuccess && a.lastFailure == b.lastFailure && a.state == b.state &&
           a.reason == b.reason;
}

// Worst first, so that an ascending sort by state puts what needs attention on top.
int severity(FeedState state)
{
    switch (state) {
    case FeedState::Failing:
        return 0;
    case FeedState::Degraded:
        return 1;
    case FeedState::Healthy:
        return 2;
    case FeedState::Idle:
        return 3;
    }
    return 4;
}

} // namespace

FeedsModel::FeedsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , snapshot_(std::make_shared<FeedsSnapshot>())
    , now_([] { return QDateTime::currentDateTimeUtc(); })
{
    for (auto state :
         {FeedState::Healthy, FeedState::Degraded, FeedState::Failing, FeedState::Idle})
        stateIcons_[std::size_t(state)] = Presentation::makeStateIcon(state);
}

void FeedsModel::setSnapshot(std::shared_ptr<const FeedsSnapshot> snapshot)
{
    if (!snapshot)
        snapshot = std::make_shared<FeedsSnapshot>();
    snapshot_ = snapshot;

    QHash<QString, const FeedHealth *> incoming;
    for (const auto &feed : snapshot->feeds)
        incoming.insert(keyOf(feed), &feed);

    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!incoming.contains(keyOf(feedAt(row))))
            removeRow(row);
    }

    for (int row = 0; row < rowCount(); ++row) {
        FeedHealth &shown = feeds_[std::size_t(order_[std::size_t(row)])];
        const auto found = incoming.find(keyOf(shown));
        if (!sameValues(shown, **found)) {
            shown = **found;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        incoming.erase(found);
    }

    // What is left is new; appended in the snapshot's order.
    std::vector<const FeedHealth *> added;
    for (const auto &feed : snapshot->feeds) {
        if (incoming.contains(keyOf(feed)))
            added.push_back(&feed);
    }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const FeedHealth *feed : added) {
            order_.push_back(int(feeds_.size()));
            feeds_.push_back(*feed);
        }
        endInsertRows();
    }
    applySort();
}

void FeedsModel::removeRow(int viewRow)
{
    beginRemoveRows({}, viewRow, viewRow);
    const int removed = order_[std::size_t(viewRow)];
    order_.erase(order_.begin() + viewRow);
    feeds_.erase(feeds_.begin() + removed);
    for (int &i : order_) {
        if (i > removed)
            --i;
    }
    endRemoveRows();
}

void FeedsModel::setNowFunction(NowFunction now)
{
    now_ = std::move(now);
    refreshRelativeTimes();
}

void FeedsModel::refreshRelativeTimes()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, LastSuccessColumn), index(rowCount() - 1, LastSuccessColumn),
                         {Qt::DisplayRole});
}

const FeedHealth &FeedsModel::feedAt(int row) const
{
    return feeds_.at(std::size_t(order_.at(std::size_t(row))));
}

int FeedsModel::rowOf(const QString &connection, Domain domain) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const FeedHealth &feed = feedAt(row);
        if (feed.domain == domain && QString::fromStdString(feed.connection) == connection)
            return row;
    }
    return -1;
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(order_.size());
}

int FeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedHealth &feed = feedAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(feed, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcons_[std::size_t(feed.state)];
        return {};
    case Qt::ToolTipRole:
        if (column == LastSuccessColumn && feed.lastSuccess)
            return QLocale().toString(Presentation::toDateTime(feed.lastSuccess).toLocalTime(),
                                      QLocale::LongFormat);
        if (column == ReasonColumn || column == StateColumn)
            return QString::fromStdString(feed.reason);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= ReceivedColumn && column <= QueueDepthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(feed.state);
    case SortRole:
        return sortValue(feed, column);
    case KeyRole:
        return keyOf(feed);
    default:
        return {};
    }
}

QVariant FeedsModel::displayValue(const FeedHealth &feed, int column) const
{
    const QLocale locale;
    switch (column) {
    case FeedColumn:
        return QString::fromStdString(feed.connection);
    case DomainColumn:
        return Presentation::domainText(feed.domain);
    case StateColumn:
        return Presentation::stateText(feed.state);
    case ReceivedColumn:
        return locale.toString(qlonglong(feed.received));
    case ProcessedColumn:
        return locale.toString(qlonglong(feed.processed));
    case FailedColumn:
        return locale.toString(qlonglong(feed.failed));
    case DeadLettersColumn:
        return locale.toString(qlonglong(feed.deadLettered));
    case QueueDepthColumn:
        return locale.toString(qlonglong(feed.queueDepth));
    case LastSuccessColumn:
        return feed.lastSuccess
                   ? Presentation::relativeTime(Presentation::toDateTime(feed.lastSuccess), now_())
                   : tr("never");
    case ReasonColumn:
        return QString::fromStdString(feed.reason);
    default:
        return {};
    }
}

QVariant FeedsModel::sortValue(const FeedHealth &feed, int column) const
{
    switch (column) {
    case FeedColumn:
        return QString::fromStdString(feed.connection);
    case DomainColumn:
        return Presentation::domainText(feed.domain);
    case StateColumn:
        return severity(feed.state);
    case ReceivedColumn:
        return qlonglong(feed.received);
    case ProcessedColumn:
        return qlonglong(feed.processed);
    case FailedColumn:
        return qlonglong(feed.failed);
    case DeadLettersColumn:
        return qlonglong(feed.deadLettered);
    case QueueDepthColumn:
        return qlonglong(feed.queueDepth);
    case LastSuccessColumn:
        return qlonglong(feed.lastSuccess ? toEpochMs(*feed.lastSuccess) : 0);
    case ReasonColumn:
        return QString::fromStdString(feed.reason);
    default:
        return {};
    }
}

QVariant FeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FeedColumn:
        return tr("Feed");
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case ProcessedColumn:
        return tr("Processed");
    case FailedColumn:
        return tr("Failed");
    case DeadLettersColumn:
        return tr("Dead letters");
    case QueueDepthColumn:
        return tr("Queue depth");
    case LastSuccessColumn:
        return tr("Last success");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void FeedsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    sortColumn_ = column;
    sortOrder_ = order;
    applySort();
}

bool FeedsModel::lessThan(const FeedHealth &a, const FeedHealth &b) const
{
    const QVariant left = sortValue(a, sortColumn_);
    const QVariant right = sortValue(b, sortColumn_);
    const auto ordering = QVariant::compare(left, right);
    if (ordering != QPartialOrdering::Equivalent)
        return sortOrder_ == Qt::AscendingOrder ? ordering == QPartialOrdering::Less
                                                : ordering == QPartialOrdering::Greater;
    // Ties are broken by the key in both directions, so equal rows keep a fixed order.
    return keyOf(a) < keyOf(b);
}

void FeedsModel::applySort()
{
    if (sortColumn_ < 0 || order_.size() < 2)
        return;
    std::vector<int> sorted = order_;
    std::stable_sort(sorted.begin(), sorted.end(), [this](int a, int b) {
        return lessThan(feeds_[std::size_t(a)], feeds_[std::size_t(b)]);
    });
    if (sorted == order_)
        return;

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(feeds_.size());
    for (std::size_t row = 0; row < sorted.size(); ++row)
        newRowOf[std::size_t(sorted[row])] = int(row);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &old : persistent) {
        const int feed = order_[std::size_t(old.row())];
        moved.append(index(newRowOf[std::size_t(feed)], old.column()));
    }
    order_ = std::move(sorted);
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace syncline::ui
