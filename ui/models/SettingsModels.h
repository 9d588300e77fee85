#pragma once

#include "domain/Roles.h"
#include "domain/Slo.h"
#include "engine/Snapshots.h"

#include <QAbstractTableModel>

#include <vector>

namespace syncline::ui {

// The users registry: name and role, by name.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);
    void setUsers(std::vector<domain::User> users);
    const std::vector<domain::User> &users() const { return users_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString roleText(domain::Role role);

private:
    std::vector<domain::User> users_;
};

// Service-level targets per domain: target, owner, escalation note.
class SloTargetsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DomainColumn, TargetColumn, OwnerColumn, EscalationColumn, ColumnCount };

    explicit SloTargetsModel(QObject *parent = nullptr);
    void setTargets(std::vector<domain::SloTarget> targets);
    const std::vector<domain::SloTarget> &targets() const { return targets_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<domain::SloTarget> targets_;
};

// The delivery endpoints the engine knows, with their breaker.
class EndpointsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TargetColumn,
        BreakerColumn,
        PendingColumn,
        FailuresColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit EndpointsModel(QObject *parent = nullptr);
    void setEndpoints(std::vector<EndpointStatus> endpoints);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<EndpointStatus> endpoints_;
};

} // namespace syncline::ui
