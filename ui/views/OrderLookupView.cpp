#include "views/OrderLookupView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "models/OrderModels.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace syncline::ui {

namespace {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace

OrderLookupView::OrderLookupView(ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , bridge_(context.bridge)
    , results_(new OrderResultsModel(this))
    , timeline_(new OrderTimelineModel(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("orderLookupToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    searchEdit_ = new QLineEdit(this);
    searchEdit_->setObjectName(QStringLiteral("orderSearch"));
    searchEdit_->setPlaceholderText(tr("Order number, customer, e-mail or SKU"));
    searchEdit_->setClearButtonEnabled(true);
    searchEdit_->setMinimumWidth(320);
    toolbar->addWidget(searchEdit_);

    auto *searchAction =
        new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Search"), this);
    searchAction->setShortcut(QKeySequence::Find);
    searchAction->setToolTip(tr("Go to the search box (%1)")
                                 .arg(searchAction->shortcut().toString(QKeySequence::NativeText)));
    connect(searchAction, &QAction::triggered, this, [this] {
        searchEdit_->setFocus(Qt::ShortcutFocusReason);
        searchEdit_->selectAll();
    });
    auto *refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(
        tr("Reload the open order's timeline (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(refreshAction, &QAction::triggered, this, &OrderLookupView::reloadOpenOrder);
    for (QAction *action : {searchAction, refreshAction}) {
        addAction(action);
        toolbar->addAction(action);
    }
    layout->addWidget(toolbar);
    connect(searchEdit_, &QLineEdit::returnPressed, this, &OrderLookupView::search);

    resultsTable_ = new QTableView(this);
    resultsTable_->setObjectName(QStringLiteral("orderResults"));
    resultsTable_->setModel(results_);
    setUpTable(resultsTable_);
    auto *openAction = new QAction(tr("&Open order"), this);
    connect(openAction, &QAction::triggered, this, &OrderLookupView::openSelectedResult);
    resultsTable_->addActions({openAction, refreshAction});
    connect(resultsTable_, &QTableView::activated, this, &OrderLookupView::openSelectedResult);

    resultsLabel_ = new QLabel(this);
    resultsLabel_->setObjectName(QStringLiteral("orderResultsCount"));
    auto *resultsPane = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(resultsLabel_);
    resultsLayout->addWidget(resultsTable_, 1);

    orderLabel_ = new QLabel(tr("Search for an order to see its timeline."), this);
    orderLabel_->setObjectName(QStringLiteral("orderSummary"));
    orderLabel_->setWordWrap(true);
    orderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    timelineTable_ = new QTableView(this);
    timelineTable_->setObjectName(QStringLiteral("orderTimeline"));
    timelineTable_->setModel(timeline_);
    setUpTable(timelineTable_);
    timelineTable_->addAction(refreshAction);
    payloadView_ = new QPlainTextEdit(this);
    payloadView_->setObjectName(QStringLiteral("orderPayload"));
    payloadView_->setReadOnly(true);
    payloadView_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    payloadView_->setPlaceholderText(tr("Select a timeline entry to see what it carried."));
    connect(timelineTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderLookupView::showPayload);
    connect(timelineTable_, &QTableView::activated, payloadView_, qOverload<>(&QWidget::setFocus));

    auto *timelineSplitter = new QSplitter(Qt::Vertical, this);
    timelineSplitter->addWidget(timelineTable_);
    timelineSplitter->addWidget(payloadView_);
    timelineSplitter->setStretchFactor(0, 3);
    timelineSplitter->setStretchFactor(1, 2);
    auto *orderPane = new QWidget(this);
    auto *orderLayout = new QVBoxLayout(orderPane);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    orderLayout->addWidget(orderLabel_);
    orderLayout->addWidget(timelineSplitter, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(resultsPane);
    splitter->addWidget(orderPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    setTabOrder(searchEdit_, resultsTable_);
    setTabOrder(resultsTable_, timelineTable_);
    setTabOrder(timelineTable_, payloadView_);

    // The open order moves on while support looks at it: deliveries, acknowledgements and
    // decisions all show up as one of these.
    connect(&bridge_, &EngineBridge::outboxChanged, this, &OrderLookupView::reloadOpenOrder);
    connect(&bridge_, &EngineBridge::auditChanged, this, &OrderLookupView::reloadOpenOrder);
}

ViewDescriptor OrderLookupView::descriptor()
{
    return {
        QStringLiteral("orders"), tr("Order lookup"),
        QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView),
        [](ViewContext &context, QWidget *parent) { return new OrderLookupView(context, parent); }};
}

void OrderLookupView::search()
{
    const QString text = searchEdit_->text().trimmed();
    if (text.isEmpty())
        return;
    const quint64 generation = ++searchGeneration_;
    resultsLabel_->setText(tr("Searching for \"%1\"...").arg(text));
    bridge_.whenReady(
        bridge_.engine().findOrders(text.toStdString()), this,
        [this, generation, text](std::vector<OrderRecord> orders) {
            if (generation != searchGeneration_)
                return;
            const int found = int(orders.size());
            results_->setOrders(std::move(orders));
            resultsTable_->resizeColumnsToContents();
            resultsLabel_->setText(found == 0
                                       ? tr("No order matches \"%1\".").arg(text)
                                       : tr("%n orders match \"%1\".", nullptr, found).arg(text));
            if (found > 0) {
                resultsTable_->selectRow(0);
                if (found == 1)
                    openSelectedResult();
                else
                    resultsTable_->setFocus(Qt::OtherFocusReason);
            }
            emit searchFinished(found);
        },
        [this](const QString &message) {
            resultsLabel_->setText(tr("The search failed: %1").arg(message));
        });
}

void OrderLookupView::openSelectedResult()
{
    const QModelIndex current = resultsTable_->selectionModel()->currentIndex();
    if (current.isValid())
        openOrder(current.data(OrderResultsModel::OrderNumberRole).toString());
}

void OrderLookupView::openOrder(const QString &orderNumber)
{
    timeline_->clear();
    payloadView_->clear();
    loadHistory(orderNumber, true);
}

void OrderLookupView::loadHistory(const QString &orderNumber, bool announce)
{
    openOrder_ = orderNumber;
    // A live reload may overtake the load that opens the order; whichever answer is shown last
    // announces it.
    if (announce)
        announcePending_ = true;
    const quint64 generation = ++historyGeneration_;
    bridge_.whenReady(
        bridge_.engine().orderHistory(orderNumber.toStdString()), this,
        [this, generation, orderNumber](OrderHistory history) {
            if (generation != historyGeneration_)
                return;
            if (!history.order) {
                announcePending_ = false;
                orderLabel_->setText(tr("Order %1 is not known.").arg(orderNumber));
                timeline_->clear();
                return;
            }
            const OrderRecord &order = *history.order;
            // Keep the operator's place in the timeline across live reloads.
            const int selectedRow = timelineTable_->selectionModel()->currentIndex().row();
            const bool firstShow = timeline_->rowCount() == 0;
            timeline_->setHistory(history);
            orderLabel_->setText(
                tr("<b>Order %1</b> &mdash; %2 &mdash; %3 &lt;%4&gt; &mdash; channel %5, "
                   "connection %6")
                    .arg(QString::fromStdString(order.orderNumber).toHtmlEscaped(),
                         OrderResultsModel::stateText(order.state),
                         OrderResultsModel::customerName(order.payload).toHtmlEscaped(),
                         QString::fromStdString(order.customerEmail).toHtmlEscaped(),
                         QString::fromStdString(order.channel).toHtmlEscaped(),
                         QString::fromStdString(order.connection).toHtmlEscaped()));
            if (firstShow) {
                timelineTable_->resizeColumnsToContents();
                if (timeline_->rowCount() > 0) {
                    timelineTable_->selectRow(0);
                    timelineTable_->setFocus(Qt::OtherFocusReason);
                }
            } else if (selectedRow >= 0 && selectedRow < timeline_->rowCount()) {
                timelineTable_->selectRow(selectedRow);
            }
            showPayload();
            if (announcePending_) {
                announcePending_ = false;
                emit orderOpened(orderNumber);
            }
        },
        [this](const QString &message) {
            orderLabel_->setText(tr("The order could not be read: %1").arg(message));
        });
}

void OrderLookupView::reloadOpenOrder()
{
    // Only a timeline the operator looks at is kept current (F5 reloads it on demand).
    if (!openOrder_.isEmpty() && isVisible())
        loadHistory(openOrder_, false);
}

void OrderLookupView::showPayload()
{
    const QModelIndex current = timelineTable_->selectionModel()->currentIndex();
    payloadView_->setPlainText(
        current.isValid() ? current.data(OrderTimelineModel::PayloadRole).toString() : QString());
}

} // namespace syncline::ui
