#pragma once

#include "engine/Snapshots.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <cstdint>
#include <optional>
#include <vector>

namespace syncline::ui {

class EngineBridge;

// The audit trail as a table that loads a page at a time (canFetchMore/fetchMore) from the
// store, which filters and sorts with its indexes: the trail may hold millions of entries and
// only what the operator scrolls to is ever read. Queries run on the engine's threads; pages
// arrive on the GUI thread through the bridge, and a page of a superseded query is dropped.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        RoleColumn,
        ActionColumn,
        ObjectTypeColumn,
        ObjectColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        SequenceRole = Qt::UserRole + 1, // qint64
        MarkedRole,                      // true on the entry the chain verification flagged
    };
    static constexpr int PageSize = 500;

    explicit AuditModel(EngineBridge &bridge, QObject *parent = nullptr);

    // Shows the entries matching the filter fields of `filter` (actor, action, object, time);
    // its sort and paging fields are ignored: the model keeps its own.
    void setFilter(const AuditQuery &filter);
    // Drops what is shown and loads the first page again.
    void reload();
    // Shows the whole trail in sequence order from the entry after `afterSequence` on, with no
    // filter: how the view brings a flagged entry deep in the trail into sight.
    void showFrom(std::int64_t afterSequence);
    // Appends entries newer than the last one shown, when the order puts them at the end and
    // the end was reached (live refresh).
    void fetchNewer();

    void setMarkedSequence(std::optional<std::int64_t> sequence, const QString &problem = {});
    std::optional<std::int64_t> markedSequence() const { return marked_; }

    const AuditEntry &entryAt(int row) const { return entries_.at(std::size_t(row)); }
    // The row of the entry with `sequence` (or, over the whole unfiltered trail in sequence
    // order, of the first one after it: a deleted entry); -1 when it is not loaded.
    int rowOfSequence(std::int64_t sequence) const;
    bool isLoading() const { return loading_; }
    bool atEnd() const { return atEnd_; }
    // Every entry the table would show once fully scrolled: the filter, the start and the sort,
    // with no paging. What an export writes.
    AuditQuery currentQuery() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Asks the store for the new order and starts again from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static AuditSort sortOfColumn(int column);

signals:
    // After every page, with the number of rows it added.
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    void requestPage();
    void appendPage(std::uint64_t generation, std::vector<AuditEntry> page);
    bool inSequenceOrder() const;
    // Unfiltered, ascending sequence: a missing sequence number lies just before the next shown.
    bool showsWholeTrailInOrder() const;

    EngineBridge &bridge_;
    AuditQuery query_; // filter, sort and start; paging fields are set per page
    std::vector<AuditEntry> entries_;
    bool atEnd_ = false;
    bool loading_ = false;
    std::uint64_t generation_ = 0;
    std::optional<std::int64_t> marked_;
    QString markedProblem_;
    QIcon markedIcon_;
};

} // namespace syncline::ui
