#pragma once

#include "engine/Snapshots.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace syncline::ui {

// Feed health as a table. A new snapshot is diffed against the rows shown: changed rows emit
// dataChanged, new and removed feeds insert and remove rows, so views keep their selection and
// scroll position while the engine updates many times a second. Sorting permutes an index
// vector over the rows; the rows themselves never move.
class FeedsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        FeedColumn,
        DomainColumn,
        StateColumn,
        ReceivedColumn,
        ProcessedColumn,
        FailedColumn,
        DeadLettersColumn,
        QueueDepthColumn,
        LastSuccessColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // FeedState as int
        SortRole,                     // the raw value a column sorts by
        KeyRole,                      // "connection/domain", unique per row
    };
    using NowFunction = std::function<QDateTime()>;

    explicit FeedsModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const FeedsSnapshot> snapshot);
    std::shared_ptr<const FeedsSnapshot> snapshot() const { return snapshot_; }
    // Relative times ("2 min ago") are computed against this; the current time by default.
    void setNowFunction(NowFunction now);
    // Re-renders the relative times without a new snapshot (called on a timer by views).
    void refreshRelativeTimes();

    const FeedHealth &feedAt(int row) const;
    // The view row of a feed, or -1.
    int rowOf(const QString &connection, Domain domain) const;
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayValue(const FeedHealth &feed, int column) const;
    QVariant sortValue(const FeedHealth &feed, int column) const;
    bool lessThan(const FeedHealth &a, const FeedHealth &b) const;
    void removeRow(int viewRow);
    void applySort();

    std::shared_ptr<const FeedsSnapshot> snapshot_;
    std::vector<FeedHealth> feeds_; // in arrival order
    std::vector<int> order_;        // view row -> index into feeds_
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    NowFunction now_;
    std::array<QIcon, 4> stateIcons_;
};

} // namespace syncline::ui
