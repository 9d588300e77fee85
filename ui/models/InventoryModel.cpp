#include "models/InventoryModel.h"

#include "Presentation.h"

#include <QBrush>
#include <QColor>

namespace syncline::ui {

namespace {

QString perChannel(const InventoryRow &row, bool shown)
{
    QStringList parts;
    for (const auto &channel : row.channels) {
        const QString value =
            shown ? (channel.published ? QString::number(*channel.published) : QStringLiteral("–"))
                  : QString::number(channel.available);
        parts << QStringLiteral("%1 %2").arg(QString::fromStdString(channel.channel), value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InventoryModel::setPage(InventoryPage page)
{
    const bool sameRows =
        page.rows.size() == page_.rows.size() &&
        std::equal(page.rows.begin(), page.rows.end(), page_.rows.begin(),
                   [](const InventoryRow &a, const InventoryRow &b) { return a.sku == b.sku; });
    if (!sameRows) {
        beginResetModel();
        page_ = std::move(page);
        endResetModel();
        return;
    }
    page_ = std::move(page);
    if (!page_.rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InventoryModel::rowOf(const QString &sku) const
{
    const std::string wanted = sku.toStdString();
    for (std::size_t i = 0; i < page_.rows.size(); ++i)
        if (page_.rows[i].sku == wanted)
            return int(i);
    return -1;
}

QStringList InventoryModel::channels() const
{
    QStringList names;
    for (const auto &row : page_.rows)
        for (const auto &channel : row.channels)
            if (!names.contains(QString::fromStdString(channel.channel)))
                names << QString::fromStdString(channel.channel);
    return names;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(page_.rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::displayValue(const InventoryRow &row, int column) const
{
    switch (column) {
    case SkuColumn:
        return QString::fromStdString(row.sku);
    case OnHandColumn:
        return qint64(row.onHand);
    case ReservedColumn:
        return qint64(row.reserved);
    case AvailableColumn:
        return perChannel(row, false);
    case ShownColumn:
        return perChannel(row, true);
    case RiskColumn:
        if (row.oversellRisk)
            return tr("Oversell risk: %1 units").arg(row.oversellUnits);
        return row.drifting ? tr("Drifting") : QString();
    case AsOfColumn:
        return row.asOf ? Presentation::toDateTime(row.asOf).toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto &row = page_.rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == OnHandColumn || index.column() == ReservedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn && row.oversellRisk)
            return QBrush(Presentation::stateColor(FeedState::Failing));
        if (index.column() == RiskColumn && row.drifting)
            return QBrush(Presentation::stateColor(FeedState::Degraded));
        return {};
    case SkuRole:
        return QString::fromStdString(row.sku);
    case OversellUnitsRole:
        return qint64(row.oversellUnits);
    case DriftingRole:
        return row.drifting;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available to sell");
    case ShownColumn:
        return tr("Published");
    case RiskColumn:
        return tr("Risk");
    case AsOfColumn:
        return tr("As of");
    default:
        return {};
    }
}

} // namespace syncline::ui
