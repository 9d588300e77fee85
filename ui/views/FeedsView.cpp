#include "views/FeedsView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "models/FeedsModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace syncline::ui {

namespace {
constexpr std::array AllStates{FeedState::Healthy, FeedState::Degraded, FeedState::Failing,
                               FeedState::Idle};
// "Last success" reads "12 s ago": it has to move on even when nothing else changes.
constexpr int RelativeTimeRefreshMs = 5000;
} // namespace

FeedsView::FeedsView(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , model_(new FeedsModel(this))
    , table_(new QTableView(this))
{
    setObjectName(QStringLiteral("feedsView"));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QHBoxLayout;
    totalLabel_ = new QLabel(this);
    totalLabel_->setObjectName(QStringLiteral("feedsTotal"));
    QFont strong = totalLabel_->font();
    strong.setBold(true);
    totalLabel_->setFont(strong);
    summary->addWidget(totalLabel_);
    summary->addSpacing(12);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (FeedState state : AllStates) {
        auto *icon = new QLabel(this);
        icon->setPixmap(Presentation::makeStateIcon(state).pixmap(iconSize, iconSize));
        auto *label = new QLabel(this);
        label->setObjectName(
            QStringLiteral("feedsCount") +
            QString::fromUtf8(toString(state).data(), qsizetype(toString(state).size())));
        summary->addWidget(icon);
        summary->addWidget(label);
        summary->addSpacing(12);
        stateLabels_[std::size_t(state)] = label;
    }
    summary->addStretch(1);
    layout->addLayout(summary);

    table_->setObjectName(QStringLiteral("feedsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionsMovable(true);
    table_->setSortingEnabled(true);
    table_->sortByColumn(FeedsModel::StateColumn, Qt::AscendingOrder);
    layout->addWidget(table_, 1);

    connect(&bridge, &EngineBridge::feedsChanged, this, &FeedsView::showSnapshot);
    auto *refresh = new QTimer(this);
    refresh->setInterval(RelativeTimeRefreshMs);
    connect(refresh, &QTimer::timeout, model_, &FeedsModel::refreshRelativeTimes);
    refresh->start();

    showSnapshot(bridge.feeds());
}

ViewDescriptor FeedsView::descriptor()
{
    return {QStringLiteral("feeds"), tr("Feeds"),
            QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView),
            [](ViewContext &context, QWidget *parent) {
                return new FeedsView(context.bridge, parent);
            }};
}

void FeedsView::showSnapshot(std::shared_ptr<const FeedsSnapshot> snapshot)
{
    model_->setSnapshot(std::move(snapshot));
    updateSummary();
    // Sized once the first feeds are there; later the operator's widths are kept.
    if (!columnsSized_ && model_->rowCount() > 0) {
        table_->resizeColumnsToContents();
        columnsSized_ = true;
    }
}

void FeedsView::updateSummary()
{
    std::array<int, 4> counts{};
    const auto snapshot = model_->snapshot();
    for (const auto &feed : snapshot->feeds)
        ++counts[std::size_t(feed.state)];
    totalLabel_->setText(tr("Feeds: %1").arg(snapshot->feeds.size()));
    for (FeedState state : AllStates) {
        stateLabels_[std::size_t(state)]->setText(
            tr("%1: %2").arg(Presentation::stateText(state)).arg(counts[std::size_t(state)]));
    }
}

} // namespace syncline::ui
