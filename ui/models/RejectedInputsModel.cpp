#include "models/RejectedInputsModel.h"

#include "Presentation.h"

#include <QColor>
#include <QLocale>

namespace syncline::ui {

RejectedInputsModel::RejectedInputsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectedInputsModel::setInputs(std::vector<RejectedInput> inputs)
{
    beginResetModel();
    inputs_ = std::move(inputs);
    endResetModel();
}

int RejectedInputsModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < inputs_.size(); ++row) {
        if (inputs_[row].id == id)
            return int(row);
    }
    return -1;
}

int RejectedInputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(inputs_.size());
}

int RejectedInputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RejectedInputsModel::statusText(const std::string &status)
{
    if (status == "rejected")
        return tr("Refused");
    if (status == "replayed")
        return tr("Replayed");
    return QString::fromStdString(status);
}

QString RejectedInputsModel::channelText(const std::string &channel)
{
    if (channel == "webhook")
        return tr("Webhook");
    if (channel == "file")
        return tr("File");
    if (channel == "ingest")
        return tr("Ingest");
    return QString::fromStdString(channel);
}

QVariant RejectedInputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedInput &input = inputs_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(input.id);
        case ReceivedColumn:
            return Presentation::toDateTime(input.at).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ChannelColumn:
            return channelText(input.channel);
        case ConnectionColumn:
            return QString::fromStdString(input.connection);
        case ReasonColumn:
            return QString::fromStdString(input.reason).simplified();
        case SizeColumn:
            return QLocale().formattedDataSize(input.bodySize);
        case StatusColumn:
            return statusText(input.status);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (input.status == "replayed")
            return QColor(Qt::darkGray);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return QString::fromStdString(input.reason);
        return {};
    case IdRole:
        return qint64(input.id);
    default:
        return {};
    }
}

QVariant RejectedInputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case ConnectionColumn:
        return tr("Connection");
    case ReasonColumn:
        return tr("Reason");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace syncline::ui
