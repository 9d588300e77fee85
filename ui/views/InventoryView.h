#pragma once

#include "ViewRegistry.h"
#include "engine/InventorySnapshots.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace syncline::ui {

class EngineBridge;
class InventoryModel;
class OperatorSession;

// Stock per SKU with what each channel may sell and was sent, oversell risks first; the alerts
// (silent feeds, drifting channels) above it and one SKU's positions and publications beside it.
// "Reconcile" compares a channel with what it shows, as the operator at the console.
class InventoryView : public QWidget {
    Q_OBJECT

public:
    // Rows fetched per query; the filter narrows down the rest.
    static constexpr int PageSize = 500;

    InventoryView(EngineBridge &bridge, OperatorSession &session, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    InventoryModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QLineEdit *filter() const { return filter_; }
    QCheckBox *problemsOnly() const { return problemsOnly_; }
    QComboBox *channelBox() const { return channel_; }
    QPushButton *reconcileButton() const { return reconcile_; }
    QLabel *status() const { return status_; }
    QListWidget *alerts() const { return alerts_; }
    QTreeWidget *drillDown() const { return drillDown_; }

    // Queries the engine again (on inventory changes and filter edits); never blocks.
    void refresh();
    void reconcileChannel();

private:
    void showPage(InventoryPage page);
    void showAlerts(const std::vector<InventoryAlert> &alerts);
    void showDrillDown(const InventoryDrillDown &drill);
    void querySelected();
    QString selectedSku() const;

    EngineBridge &bridge_;
    OperatorSession &session_;
    InventoryModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QLineEdit *filter_ = nullptr;
    QCheckBox *problemsOnly_ = nullptr;
    QComboBox *channel_ = nullptr;
    QPushButton *reconcile_ = nullptr;
    QLabel *status_ = nullptr;
    QLabel *count_ = nullptr;
    QListWidget *alerts_ = nullptr;
    QTreeWidget *drillDown_ = nullptr;
    bool querying_ = false;
    bool queryAgain_ = false;
};

} // namespace syncline::ui
