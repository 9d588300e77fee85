#include "models/HoldsModel.h"

#include "Presentation.h"
#include "util/Clock.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

namespace syncline::ui {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString statusText(domain::HoldStatus status)
{
    switch (status) {
    case domain::HoldStatus::Open:
        return HoldsModel::tr("Open");
    case domain::HoldStatus::Snoozed:
        return HoldsModel::tr("Snoozed");
    case domain::HoldStatus::Resolved:
        return HoldsModel::tr("Resolved");
    case domain::HoldStatus::Approved:
        return HoldsModel::tr("Approved");
    case domain::HoldStatus::Rejected:
        break;
    }
    return HoldsModel::tr("Rejected");
}

} // namespace

HoldsModel::HoldsModel(QObject *parent)
    : RowIndexedTableModel(parent)
    , now_([] { return QDateTime::currentDateTimeUtc(); })
{}

void HoldsModel::setHolds(std::vector<domain::Hold> holds)
{
    beginResetModel();
    holds_ = std::move(holds);
    searchText_.clear();
    searchText_.reserve(holds_.size());
    sourceById_.clear();
    sourceById_.reserve(qsizetype(holds_.size()));
    for (std::size_t i = 0; i < holds_.size(); ++i) {
        const domain::Hold &hold = holds_[i];
        std::string haystack = hold.orderNumber + '\n' + hold.message + '\n' + hold.reasonCode +
                               '\n' + hold.owner + '\n' + hold.channel;
        for (const auto &subject : hold.subjects)
            haystack += '\n' + subject;
        searchText_.push_back(foldedUtf8(text(haystack)));
        sourceById_.insert(text(hold.id), int(i));
    }
    const std::int64_t nowMs = now_().toMSecsSinceEpoch();
    index_.filter(holds_.size(),
                  [this, nowMs](std::size_t i) { return keeps(holds_[i], i, nowMs); });
    applySort();
    endResetModel();
}

void HoldsModel::setFilter(const ExceptionFilter &filter)
{
    beginResetModel();
    filter_ = filter;
    foldedText_ = foldedUtf8(filter.text.trimmed());
    const std::int64_t nowMs = now_().toMSecsSinceEpoch();
    index_.filter(holds_.size(),
                  [this, nowMs](std::size_t i) { return keeps(holds_[i], i, nowMs); });
    applySort();
    endResetModel();
}

void HoldsModel::setNowFunction(NowFunction now)
{
    now_ = std::move(now);
}

bool HoldsModel::keeps(const domain::Hold &hold, std::size_t source, std::int64_t nowMs) const
{
    if (filter_.domain && *filter_.domain != Domain::Order)
        return false;
    if (!filter_.reason.isEmpty() && hold.reasonCode != filter_.reason.toStdString())
        return false;
    if (!filter_.connection.isEmpty() && hold.channel != filter_.connection.toStdString())
        return false;
    if (filter_.owner && hold.owner != filter_.owner->toStdString())
        return false;
    if (filter_.minimumAgeMinutes > 0 &&
        nowMs - toEpochMs(hold.createdAt) < std::int64_t(filter_.minimumAgeMinutes) * 60'000)
        return false;
    return foldedText_.empty() || searchText_[source].find(foldedText_) != std::string::npos;
}

const domain::Hold &HoldsModel::holdAt(int row) const
{
    return holds_[std::size_t(index_.sourceOf(row))];
}

int HoldsModel::rowOf(const QString &id) const
{
    const auto it = sourceById_.constFind(id);
    return it == sourceById_.constEnd() ? -1 : index_.rowOfSource(*it);
}

QStringList HoldsModel::filteredIds() const
{
    QStringList ids;
    ids.reserve(index_.size());
    for (int row = 0; row < index_.size(); ++row)
        ids.append(text(holdAt(row).id));
    return ids;
}

QStringList HoldsModel::distinct(std::string domain::Hold::*field) const
{
    QSet<QString> values;
    for (const auto &hold : holds_) {
        if (!(hold.*field).empty())
            values.insert(text(hold.*field));
    }
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return sorted;
}

QStringList HoldsModel::reasons() const
{
    return distinct(&domain::Hold::reasonCode);
}

QStringList HoldsModel::connections() const
{
    return distinct(&domain::Hold::channel);
}

QStringList HoldsModel::owners() const
{
    return distinct(&domain::Hold::owner);
}

int HoldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : index_.size();
}

int HoldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Hold &hold = holdAt(index.row());
    switch (role) {
    case IdRole:
        return text(hold.id);
    case ReasonCodeRole:
        return text(hold.reasonCode);
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? text(hold.message) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && hold.dueAt < fromEpochMs(now_().toMSecsSinceEpoch()))
            return QBrush(QColor(0xc6, 0x28, 0x28)); // past its service level
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case OrderColumn:
        return text(hold.orderNumber);
    case ReasonColumn:
        return text(hold.reasonCode);
    case ConnectionColumn:
        return text(hold.channel);
    case OwnerColumn:
        return hold.owner.empty() ? tr("unassigned") : text(hold.owner);
    case AgeColumn:
        return Presentation::relativeTime(Presentation::toDateTime(hold.createdAt), now_());
    case DueColumn:
        return Presentation::toDateTime(hold.dueAt)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StatusColumn:
        return statusText(hold.status);
    case MessageColumn:
        return text(hold.message);
    default:
        return {};
    }
}

QVariant HoldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case ReasonColumn:
        return tr("Reason");
    case ConnectionColumn:
        return tr("Connection");
    case OwnerColumn:
        return tr("Owner");
    case AgeColumn:
        return tr("Age");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

void HoldsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    resortKeepingPersistentIndexes(index_, [this, column, order] {
        sortColumn_ = column;
        sortOrder_ = order;
        applySort();
    });
}

void HoldsModel::applySort()
{
    const auto byText = [this](std::string domain::Hold::*field) {
        return [this, field](int a, int b) {
            return holds_[std::size_t(a)].*field < holds_[std::size_t(b)].*field;
        };
    };
    std::function<bool(int, int)> less;
    switch (sortColumn_) {
    case OrderColumn:
        less = byText(&domain::Hold::orderNumber);
        break;
    case ReasonColumn:
        less = byText(&domain::Hold::reasonCode);
        break;
    case ConnectionColumn:
        less = byText(&domain::Hold::channel);
        break;
    case OwnerColumn:
        less = byText(&domain::Hold::owner);
        break;
    case MessageColumn:
        less = byText(&domain::Hold::message);
        break;
    case AgeColumn: // the oldest first reads "longest waiting" at the top
        less = [this](int a, int b) {
            return holds_[std::size_t(a)].createdAt < holds_[std::size_t(b)].createdAt;
        };
        break;
    case StatusColumn:
        less = [this](int a, int b) {
            return int(holds_[std::size_t(a)].status) < int(holds_[std::size_t(b)].status);
        };
        break;
    default:
        less = [this](int a, int b) {
            return holds_[std::size_t(a)].dueAt < holds_[std::size_t(b)].dueAt;
        };
        break;
    }
    if (sortOrder_ == Qt::DescendingOrder)
        index_.sort([&less](int a, int b) { return less(b, a); });
    else
        index_.sort(less);
}

} // namespace syncline::ui
