#pragma once

#include "model/Inbound.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace syncline::ui {

// The requests, files and records the engine refused, newest first, as a table.
class RejectedInputsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ReceivedColumn,
        ChannelColumn,
        ConnectionColumn,
        ReasonColumn,
        SizeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
    };

    explicit RejectedInputsModel(QObject *parent = nullptr);

    void setInputs(std::vector<RejectedInput> inputs);
    const RejectedInput &inputAt(int row) const { return inputs_.at(std::size_t(row)); }
    // The row of the input with `id`, or -1.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const std::string &status);
    static QString channelText(const std::string &channel);

private:
    std::vector<RejectedInput> inputs_;
};

} // namespace syncline::ui
