#pragma once

#include "engine/InventorySnapshots.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace syncline::ui {

// One page of inventory positions and what each channel shows, in the engine's order (oversell
// risks first). A page with the same SKUs in the same order updates the rows in place, so the
// selection survives the refreshes a busy stock feed causes.
class InventoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        OnHandColumn,
        ReservedColumn,
        AvailableColumn, // per channel
        ShownColumn,     // what each channel was last sent
        RiskColumn,
        AsOfColumn,
        ColumnCount
    };
    enum Role {
        SkuRole = Qt::UserRole + 1,
        OversellUnitsRole, // qint64
        DriftingRole,      // bool
    };

    explicit InventoryModel(QObject *parent = nullptr);

    void setPage(InventoryPage page);
    const InventoryPage &page() const { return page_; }
    const InventoryRow &rowAt(int row) const { return page_.rows.at(std::size_t(row)); }
    // The view row of a SKU, or -1.
    int rowOf(const QString &sku) const;
    // The channels the page names, in the policy's order.
    QStringList channels() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const InventoryRow &row, int column) const;

    InventoryPage page_;
};

} // namespace syncline::ui
