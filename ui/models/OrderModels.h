#pragma once

#include "engine/OrderSnapshots.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace syncline::ui {

// Orders a support search found, newest first.
class OrderResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        OrderColumn,
        CustomerColumn,
        EmailColumn,
        ChannelColumn,
        StateColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        OrderNumberRole = Qt::UserRole + 1,
    };

    explicit OrderResultsModel(QObject *parent = nullptr);

    void setOrders(std::vector<OrderRecord> orders);
    const OrderRecord &orderAt(int row) const { return orders_.at(std::size_t(row)).record; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(domain::OrderState state);
    // The customer's name from the canonical order JSON; empty when it has none.
    static QString customerName(const std::string &orderJson);

private:
    struct Row {
        OrderRecord record;
        QString customer;
    };
    std::vector<Row> orders_;
};

// One thing that happened to an order, in whichever system it happened.
struct TimelineEntry {
    enum class Kind { Event, Transition, Hold, Decision, Delivery };
    Kind kind = Kind::Event;
    QDateTime at; // invalid when not yet (a delivery still pending)
    QString what;
    QString system; // the connection, target or "Syncline"
    QString actor;  // who, for transitions and decisions
    QString details;
    QString payload; // what the entry carried, shown whole on request
};

// The life of one order across systems, oldest first: the events received about it, its state
// transitions, holds and the decisions on them, and its deliveries.
class OrderTimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, WhatColumn, SystemColumn, ActorColumn, DetailsColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // TimelineEntry::Kind as int
        PayloadRole,
    };

    explicit OrderTimelineModel(QObject *parent = nullptr);

    void setHistory(const OrderHistory &history);
    void clear();
    const TimelineEntry &entryAt(int row) const { return entries_.at(std::size_t(row)); }
    // Oldest first; at equal times in the order one step of the engine does things: an event
    // is received, a decision is taken and closes its hold, the state moves, new holds open,
    // deliveries follow.
    static std::vector<TimelineEntry> timeline(const OrderHistory &history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TimelineEntry> entries_;
};

} // namespace syncline::ui
