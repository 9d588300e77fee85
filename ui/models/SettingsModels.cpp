#include "models/SettingsModels.h"

#include "Presentation.h"
#include "models/SlaModel.h"

namespace syncline::ui {

namespace {

bool validIndex(const QAbstractItemModel &model, const QModelIndex &index)
{
    return model.checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                       QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}

} // namespace

// --- UsersModel ----------------------------------------------------------------------------------

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString UsersModel::roleText(domain::Role role)
{
    switch (role) {
    case domain::Role::Operator:
        return tr("Operator");
    case domain::Role::Manager:
        return tr("Manager");
    case domain::Role::Support:
        return tr("Support");
    case domain::Role::Admin:
        return tr("Admin");
    }
    return {};
}

void UsersModel::setUsers(std::vector<domain::User> users)
{
    beginResetModel();
    users_ = std::move(users);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(users_.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(*this, index))
        return {};
    const auto &user = users_[std::size_t(index.row())];
    if (role == Qt::UserRole)
        return index.column() == NameColumn ? QVariant(QString::fromStdString(user.name))
                                            : QVariant(int(user.role));
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == NameColumn ? QString::fromStdString(user.name) : roleText(user.role);
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("User") : tr("Role");
}

// --- SloTargetsModel -----------------------------------------------------------------------------

SloTargetsModel::SloTargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SloTargetsModel::setTargets(std::vector<domain::SloTarget> targets)
{
    if (targets.size() == targets_.size() && !targets_.empty()) {
        targets_ = std::move(targets);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    targets_ = std::move(targets);
    endResetModel();
}

int SloTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(targets_.size());
}

int SloTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SloTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(*this, index))
        return {};
    const auto &target = targets_[std::size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == EscalationColumn)
        return QString::fromStdString(target.escalation);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case DomainColumn:
        return Presentation::domainText(target.domain);
    case TargetColumn:
        return durationText(target.target);
    case OwnerColumn:
        return QString::fromStdString(target.owner);
    case EscalationColumn:
        return QString::fromStdString(target.escalation);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SloTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case EscalationColumn:
        return tr("Escalation");
    case ColumnCount:
        break;
    }
    return {};
}

// --- EndpointsModel ------------------------------------------------------------------------------

EndpointsModel::EndpointsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EndpointsModel::setEndpoints(std::vector<EndpointStatus> endpoints)
{
    beginResetModel();
    endpoints_ = std::move(endpoints);
    endResetModel();
}

int EndpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(endpoints_.size());
}

int EndpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(*this, index) || role != Qt::DisplayRole)
        return {};
    const auto &endpoint = endpoints_[std::size_t(index.row())];
    switch (Column(index.column())) {
    case TargetColumn:
        return QString::fromStdString(endpoint.target);
    case BreakerColumn:
        switch (endpoint.breaker) {
        case BreakerState::Closed:
            return tr("Closed (delivering)");
        case BreakerState::Open:
            return tr("Open (paused)");
        case BreakerState::HalfOpen:
            return tr("Half open (probing)");
        }
        return {};
    case PendingColumn:
        return QLocale().toString(qint64(endpoint.pending));
    case FailuresColumn:
        return QLocale().toString(qint64(endpoint.consecutiveFailures));
    case LastErrorColumn:
        return QString::fromStdString(endpoint.lastError);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TargetColumn:
        return tr("Endpoint");
    case BreakerColumn:
        return tr("Breaker");
    case PendingColumn:
        return tr("Pending");
    case FailuresColumn:
        return tr("Failures in a row");
    case LastErrorColumn:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace syncline::ui
