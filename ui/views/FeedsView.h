#pragma once

#include "ViewRegistry.h"
#include "engine/Snapshots.h"

#include <QWidget>

#include <array>

class QLabel;
class QTableView;

namespace syncline::ui {

class EngineBridge;
class FeedsModel;

// Feed health: one row per connection and domain, with the counts per state above the table.
class FeedsView : public QWidget {
    Q_OBJECT

public:
    explicit FeedsView(EngineBridge &bridge, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    FeedsModel *model() const { return model_; }
    QTableView *table() const { return table_; }

private:
    void showSnapshot(std::shared_ptr<const FeedsSnapshot> snapshot);
    void updateSummary();

    FeedsModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QLabel *totalLabel_ = nullptr;
    std::array<QLabel *, 4> stateLabels_{}; // indexed by FeedState
    bool columnsSized_ = false;
};

} // namespace syncline::ui
