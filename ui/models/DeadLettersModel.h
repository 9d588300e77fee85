#pragma once

#include "engine/Snapshots.h"
#include "models/ExceptionFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace syncline::ui {

// Parked dead letters as a table, filtered and sorted through a RowIndex like HoldsModel. The
// reason of a dead letter is where and how it failed: "map/data", "deliver/auth".
class DeadLettersModel : public RowIndexedTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ConnectionColumn,
        DomainColumn,
        TypeColumn,
        CorrelationColumn,
        ReasonColumn,
        AttemptsColumn,
        AgeColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the dead letter id (qint64), unique per row
    };
    using NowFunction = std::function<QDateTime()>;

    explicit DeadLettersModel(QObject *parent = nullptr);

    void setDeadLetters(std::vector<DeadLetter> letters);
    void setFilter(const ExceptionFilter &filter);
    const ExceptionFilter &filter() const { return filter_; }
    void setNowFunction(NowFunction now);

    static QString reasonOf(const DeadLetter &letter);
    const DeadLetter &letterAt(int row) const;
    int rowOf(qint64 id) const;
    QList<qint64> filteredIds() const;
    int totalCount() const { return int(letters_.size()); }
    QStringList reasons() const;
    QStringList connections() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool keeps(std::size_t source, std::int64_t nowMs) const;
    void refilter();
    void applySort();

    std::vector<DeadLetter> letters_;
    std::vector<std::string> searchText_; // per letter, case-folded
    std::vector<QString> reasons_;        // per letter
    QHash<qint64, int> sourceById_;
    RowIndex index_;
    ExceptionFilter filter_;
    std::string foldedText_;
    int sortColumn_ = IdColumn;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    NowFunction now_;
};

} // namespace syncline::ui
