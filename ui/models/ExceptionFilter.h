#pragma once

#include "model/Types.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVariantMap>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace syncline::ui {

// What the Exceptions view narrows its tables to. The same filter applies to held orders and dead
// letters; a criterion that does not exist for a kind of row (the owner of a dead letter) is
// ignored for it.
struct ExceptionFilter {
    QString reason;               // reason code of a hold, "stage/class" of a dead letter
    std::optional<Domain> domain; // holds are always orders
    QString connection;           // the hold's channel, the dead letter's connection
    std::optional<QString> owner; // "" finds the unassigned holds
    int minimumAgeMinutes = 0;    // older than this
    QString text;                 // order number, message, subjects, correlation id, error...

    bool isEmpty() const;
    // For saved filters (QSettings keeps a QVariantMap per name).
    QVariantMap toVariant() const;
    static ExceptionFilter fromVariant(const QVariantMap &map);
    bool operator==(const ExceptionFilter &other) const = default;
};

std::optional<Domain> domainFromString(const QString &text);
// Lower-cased UTF-8 for case-insensitive matching without converting every row to QString.
std::string foldedUtf8(const QString &text);

// The rows a table shows: a filtered, sorted permutation of its source rows. Filtering and
// sorting rebuild this vector and never move the rows, which is what keeps 100k rows fast.
class RowIndex {
public:
    template <typename Keep>
    void filter(std::size_t sourceCount, Keep keep)
    {
        rows_.clear();
        for (std::size_t i = 0; i < sourceCount; ++i) {
            if (keep(i))
                rows_.push_back(int(i));
        }
        positions_.assign(sourceCount, -1);
        updatePositions();
    }

    template <typename Less>
    void sort(Less less)
    {
        std::stable_sort(rows_.begin(), rows_.end(), less);
        updatePositions();
    }

    int size() const { return int(rows_.size()); }
    int sourceOf(int row) const { return rows_[std::size_t(row)]; }
    // The row showing a source row, or -1 when the filter hides it.
    int rowOfSource(int source) const
    {
        return source < 0 || source >= int(positions_.size()) ? -1
                                                              : positions_[std::size_t(source)];
    }

private:
    void updatePositions()
    {
        for (std::size_t row = 0; row < rows_.size(); ++row)
            positions_[std::size_t(rows_[row])] = int(row);
    }

    std::vector<int> rows_;
    std::vector<int> positions_;
};

// A table over a RowIndex. Re-sorting rebuilds the index; the selection and the current row
// stay on the source rows they were on.
class RowIndexedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    void resortKeepingPersistentIndexes(const RowIndex &rows, const std::function<void()> &resort);
};

} // namespace syncline::ui
