#include "views/InventoryView.h"

#include "EngineBridge.h"
#include "OperatorSession.h"
#include "Presentation.h"
#include "models/InventoryModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace syncline::ui {

namespace {

QString timeText(TimePoint t)
{
    return Presentation::toDateTime(std::optional<TimePoint>(t)).toString(Qt::ISODate);
}

} // namespace

InventoryView::InventoryView(EngineBridge &bridge, OperatorSession &session, QWidget *parent)
    : QWidget(parent)
    , bridge_(bridge)
    , session_(session)
    , model_(new InventoryModel(this))
    , table_(new QTableView(this))
{
    setObjectName(QStringLiteral("inventoryView"));
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("inventoryFilter"));
    filter_->setPlaceholderText(tr("Filter by SKU"));
    filter_->setClearButtonEnabled(true);
    problemsOnly_ = new QCheckBox(tr("Drift and oversell risk only"), this);
    problemsOnly_->setObjectName(QStringLiteral("inventoryProblemsOnly"));
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("inventoryCount"));
    channel_ = new QComboBox(this);
    channel_->setObjectName(QStringLiteral("inventoryChannel"));
    reconcile_ = new QPushButton(tr("Reconcile"), this);
    reconcile_->setObjectName(QStringLiteral("inventoryReconcile"));
    reconcile_->setToolTip(tr("Read what the channel shows and correct small differences"));
    reconcile_->setEnabled(false);
    controls->addWidget(filter_, 1);
    controls->addWidget(problemsOnly_);
    controls->addWidget(count_);
    controls->addStretch(1);
    controls->addWidget(channel_);
    controls->addWidget(reconcile_);
    layout->addLayout(controls);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("inventoryStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);

    alerts_ = new QListWidget(this);
    alerts_->setObjectName(QStringLiteral("inventoryAlerts"));
    alerts_->setMaximumHeight(110);
    layout->addWidget(alerts_);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    table_->setObjectName(QStringLiteral("inventoryTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(table_);
    drillDown_ = new QTreeWidget(this);
    drillDown_->setObjectName(QStringLiteral("inventoryDrillDown"));
    drillDown_->setHeaderLabels({tr("Where"), tr("Quantity"), tr("When")});
    splitter->addWidget(drillDown_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(filter_, &QLineEdit::textChanged, this, &InventoryView::refresh);
    connect(problemsOnly_, &QCheckBox::toggled, this, &InventoryView::refresh);
    connect(reconcile_, &QPushButton::clicked, this, &InventoryView::reconcileChannel);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryView::querySelected);
    connect(&bridge, &EngineBridge::inventoryChanged, this, &InventoryView::refresh);
    refresh();
}

ViewDescriptor InventoryView::descriptor()
{
    return {QStringLiteral("inventory"), tr("Inventory"),
            QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon),
            [](ViewContext &context, QWidget *parent) {
                return new InventoryView(context.bridge, context.session, parent);
            }};
}

void InventoryView::refresh()
{
    // One query at a time; changes meanwhile are folded into one more.
    if (querying_) {
        queryAgain_ = true;
        return;
    }
    querying_ = true;
    InventoryQuery query;
    query.skuText = filter_->text().trimmed().toStdString();
    query.problemsOnly = problemsOnly_->isChecked();
    query.limit = PageSize;
    const auto failed = [this](const QString &message) {
        querying_ = false;
        status_->setText(tr("The inventory could not be read: %1").arg(message));
    };
    bridge_.whenReady(
        bridge_.engine().inventory(query), this,
        [this](InventoryPage page) {
            querying_ = false;
            showPage(std::move(page));
            if (std::exchange(queryAgain_, false))
                refresh();
        },
        failed);
    bridge_.whenReady(bridge_.engine().inventoryAlerts(), this,
                      [this](std::vector<InventoryAlert> alerts) { showAlerts(alerts); });
    querySelected();
}

void InventoryView::showPage(InventoryPage page)
{
    const QString selected = selectedSku();
    model_->setPage(std::move(page));
    count_->setText(tr("%1 of %2 SKUs").arg(model_->rowCount()).arg(model_->page().total));
    if (!selected.isEmpty() && !table_->selectionModel()->hasSelection())
        if (const int row = model_->rowOf(selected); row >= 0)
            table_->selectRow(row);
    const QString current = channel_->currentText();
    const QStringList channels = model_->channels();
    QStringList listed;
    for (int i = 0; i < channel_->count(); ++i)
        listed << channel_->itemText(i);
    if (listed != channels) {
        channel_->clear();
        channel_->addItems(channels);
        if (const int i = channels.indexOf(current); i >= 0)
            channel_->setCurrentIndex(i);
    }
    reconcile_->setEnabled(channel_->count() > 0);
}

void InventoryView::showAlerts(const std::vector<InventoryAlert> &alerts)
{
    alerts_->clear();
    for (const auto &alert : alerts) {
        auto *item = new QListWidgetItem(QString::fromStdString(alert.message), alerts_);
        item->setData(Qt::UserRole, QString::fromStdString(alert.sku));
        item->setForeground(Presentation::stateColor(alert.oversellRisk ? FeedState::Failing
                                                                        : FeedState::Degraded));
    }
    alerts_->setVisible(!alerts.empty());
}

QString InventoryView::selectedSku() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(InventoryModel::SkuRole).toString();
}

void InventoryView::querySelected()
{
    const QString sku = selectedSku();
    if (sku.isEmpty()) {
        drillDown_->clear();
        return;
    }
    bridge_.whenReady(bridge_.engine().inventorySku(sku.toStdString()), this,
                      [this](InventoryDrillDown drill) {
                          if (QString::fromStdString(drill.sku) == selectedSku())
                              showDrillDown(drill);
                      });
}

void InventoryView::showDrillDown(const InventoryDrillDown &drill)
{
    drillDown_->clear();
    auto *positions = new QTreeWidgetItem(drillDown_, {tr("Positions")});
    for (const auto &p : drill.positions)
        new QTreeWidgetItem(positions,
                            {QStringLiteral("%1 (%2)").arg(QString::fromStdString(p.location),
                                                           QString::fromStdString(p.source)),
                             tr("%1 on hand, %2 reserved").arg(p.onHand).arg(p.reserved),
                             timeText(p.asOf)});
    auto *channels = new QTreeWidgetItem(drillDown_, {tr("Channels")});
    for (const auto &c : drill.channels)
        new QTreeWidgetItem(channels,
                            {QString::fromStdString(c.channel),
                             tr("%1 available, %2 published")
                                 .arg(c.available)
                                 .arg(c.published ? QString::number(*c.published) : tr("nothing")),
                             c.publishedAt ? timeText(*c.publishedAt) : QString()});
    auto *history = new QTreeWidgetItem(drillDown_, {tr("Published")});
    for (const auto &h : drill.history)
        new QTreeWidgetItem(history,
                            {QStringLiteral("%1 / %2").arg(QString::fromStdString(h.channel),
                                                           QString::fromStdString(h.location)),
                             QString::number(h.quantity), timeText(h.at)});
    drillDown_->expandAll();
}

void InventoryView::reconcileChannel()
{
    const QString channel = channel_->currentText();
    if (channel.isEmpty())
        return;
    reconcile_->setEnabled(false);
    status_->setText(tr("Reconciling %1…").arg(channel));
    bridge_.whenReady(
        bridge_.engine().reconcileInventory(channel.toStdString(), session_.actor()), this,
        [this, channel](InventoryReconcileReport report) {
            reconcile_->setEnabled(channel_->count() > 0);
            if (!report.ok) {
                status_->setText(tr("%1 was not reconciled: %2")
                                     .arg(channel, QString::fromStdString(report.error)));
                return;
            }
            status_->setText(tr("%1 reconciled: %2 checked, %3 matching, %4 corrected, %5 to "
                                "look at, %6 unknown.")
                                 .arg(channel)
                                 .arg(report.checked)
                                 .arg(report.matching)
                                 .arg(report.corrections.size())
                                 .arg(report.alerts.size())
                                 .arg(report.unknown.size()));
        },
        [this](const QString &message) {
            reconcile_->setEnabled(channel_->count() > 0);
            status_->setText(tr("Reconciliation failed: %1").arg(message));
        });
}

} // namespace syncline::ui
