#include "models/AuditModel.h"

#include "EngineBridge.h"
#include "Presentation.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace syncline::ui {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

} // namespace

AuditModel::AuditModel(EngineBridge &bridge, QObject *parent)
    : QAbstractTableModel(parent)
    , bridge_(bridge)
    , markedIcon_(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical))
{
    requestPage();
}

void AuditModel::setFilter(const AuditQuery &filter)
{
    query_.actor = filter.actor;
    query_.action = filter.action;
    query_.objectId = filter.objectId;
    query_.from = filter.from;
    query_.to = filter.to;
    query_.afterSequence = 0;
    reload();
}

void AuditModel::reload()
{
    ++generation_;
    loading_ = false;
    atEnd_ = false;
    if (!entries_.empty()) {
        beginResetModel();
        entries_.clear();
        endResetModel();
    }
    requestPage();
}

void AuditModel::showFrom(std::int64_t afterSequence)
{
    query_ = AuditQuery{};
    query_.afterSequence = std::max<std::int64_t>(0, afterSequence);
    reload();
}

void AuditModel::fetchNewer()
{
    if (atEnd_ && !loading_ && inSequenceOrder() && !query_.descending) {
        atEnd_ = false;
        requestPage();
    }
}

void AuditModel::setMarkedSequence(std::optional<std::int64_t> sequence, const QString &problem)
{
    marked_ = sequence;
    markedProblem_ = problem;
    if (!entries_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditModel::rowOfSequence(std::int64_t sequence) const
{
    for (std::size_t row = 0; row < entries_.size(); ++row) {
        const std::int64_t shown = entries_[row].sequence;
        if (shown == sequence || (showsWholeTrailInOrder() && shown > sequence))
            return int(row);
    }
    return -1;
}

AuditQuery AuditModel::currentQuery() const
{
    AuditQuery query = query_;
    query.offset = 0;
    return query;
}

bool AuditModel::inSequenceOrder() const
{
    return query_.sortBy == AuditSort::Sequence;
}

bool AuditModel::showsWholeTrailInOrder() const
{
    return inSequenceOrder() && !query_.descending && query_.actor.empty() &&
           query_.action.empty() && query_.objectId.empty() && !query_.from && !query_.to;
}

void AuditModel::requestPage()
{
    if (loading_ || atEnd_)
        return;
    loading_ = true;
    AuditQuery page = query_;
    page.limit = PageSize;
    // Ascending sequence pages by key, which stays fast however deep the operator scrolls;
    // other orders page by offset over the store's sorted index.
    if (inSequenceOrder() && !query_.descending) {
        if (!entries_.empty())
            page.afterSequence = entries_.back().sequence;
    } else {
        page.offset = std::int64_t(entries_.size());
    }
    const std::uint64_t generation = generation_;
    bridge_.whenReady(
        bridge_.engine().audit(page), this,
        [this, generation](std::vector<AuditEntry> entries) {
            appendPage(generation, std::move(entries));
        },
        [this, generation](const QString &message) {
            if (generation != generation_)
                return;
            loading_ = false;
            atEnd_ = true;
            emit loadFailed(message);
        });
}

void AuditModel::appendPage(std::uint64_t generation, std::vector<AuditEntry> page)
{
    if (generation != generation_)
        return;
    const int added = int(page.size());
    // Still loading while the rows go in: views and testers may ask for more from inside the
    // insert signals, before the new rows are counted.
    if (added > 0) {
        const int first = rowCount();
        beginInsertRows({}, first, first + added - 1);
        entries_.insert(entries_.end(), std::make_move_iterator(page.begin()),
                        std::make_move_iterator(page.end()));
        endInsertRows();
    }
    loading_ = false;
    atEnd_ = added < PageSize;
    emit pageLoaded(added);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = entries_[std::size_t(index.row())];
    const bool marked = marked_ && *marked_ == entry.sequence;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SequenceColumn:
            return QString::number(entry.sequence);
        case TimeColumn:
            return Presentation::toDateTime(entry.at).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return text(entry.actor);
        case RoleColumn:
            return text(entry.role);
        case ActionColumn:
            return text(entry.action);
        case ObjectTypeColumn:
            return text(entry.objectType);
        case ObjectColumn:
            return text(entry.objectId);
        case ReasonColumn:
            // One line in the table; the details show it whole.
            return text(entry.reason).simplified();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (marked && index.column() == SequenceColumn)
            return markedIcon_;
        return {};
    case Qt::BackgroundRole:
        if (marked)
            return QColor(0xf8, 0xd7, 0xda);
        return {};
    case Qt::ForegroundRole:
        if (marked)
            return QColor(0x72, 0x1c, 0x24);
        return {};
    case Qt::FontRole:
        if (marked) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (marked)
            return tr("The audit chain is broken here: %1").arg(markedProblem_);
        return {};
    case SequenceRole:
        return qint64(entry.sequence);
    case MarkedRole:
        return marked;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case ObjectTypeColumn:
        return tr("Object type");
    case ObjectColumn:
        return tr("Object");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !atEnd_ && !loading_;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

AuditSort AuditModel::sortOfColumn(int column)
{
    switch (column) {
    case TimeColumn:
        return AuditSort::Time;
    case ActorColumn:
        return AuditSort::Actor;
    case RoleColumn:
        return AuditSort::Role;
    case ActionColumn:
        return AuditSort::Action;
    case ObjectTypeColumn:
        return AuditSort::ObjectType;
    case ObjectColumn:
        return AuditSort::ObjectId;
    case ReasonColumn:
        return AuditSort::Reason;
    default:
        return AuditSort::Sequence;
    }
}

void AuditModel::sort(int column, Qt::SortOrder order)
{
    const AuditSort sortBy = sortOfColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sortBy == query_.sortBy && descending == query_.descending)
        return;
    query_.sortBy = sortBy;
    query_.descending = descending;
    reload();
}

} // namespace syncline::ui
