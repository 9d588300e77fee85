#pragma once

#include "domain/Hold.h"
#include "models/ExceptionFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace syncline::ui {

// Held orders as a table. The model keeps every active hold the engine returned and shows the
// ones the filter keeps, sorted, through a RowIndex; a new filter or sort never copies a hold.
class HoldsModel : public RowIndexedTableModel {
    Q_OBJECT

public:
    enum Column {
        OrderColumn,
        ReasonColumn,
        ConnectionColumn,
        OwnerColumn,
        AgeColumn,
        DueColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the hold id, unique per row
        ReasonCodeRole,
    };
    using NowFunction = std::function<QDateTime()>;

    explicit HoldsModel(QObject *parent = nullptr);

    void setHolds(std::vector<domain::Hold> holds);
    void setFilter(const ExceptionFilter &filter);
    const ExceptionFilter &filter() const { return filter_; }
    void setNowFunction(NowFunction now);

    const domain::Hold &holdAt(int row) const;
    // Every hold, filtered or not, in the order the engine returned them.
    const std::vector<domain::Hold> &holds() const { return holds_; }
    // The row of a hold, or -1 when it is not shown.
    int rowOf(const QString &id) const;
    // Every hold the filter keeps, in display order (bulk actions over the whole filter).
    QStringList filteredIds() const;
    int totalCount() const { return int(holds_.size()); }
    // The reason codes, channels and owners among all holds, sorted (filter choices).
    QStringList reasons() const;
    QStringList connections() const;
    QStringList owners() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool keeps(const domain::Hold &hold, std::size_t source, std::int64_t nowMs) const;
    void applySort();
    QStringList distinct(std::string domain::Hold::*field) const;

    std::vector<domain::Hold> holds_;
    std::vector<std::string> searchText_; // per hold, case-folded
    QHash<QString, int> sourceById_;
    RowIndex index_;
    ExceptionFilter filter_;
    std::string foldedText_;
    int sortColumn_ = DueColumn;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    NowFunction now_;
};

} // namespace syncline::ui
