#include "views/SlaView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "reports/SlaReport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>

namespace syncline::ui {

namespace {

constexpr std::array AllDomains{Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order,
                                Domain::Fulfilment};
// Samples arrive with every processed event; the period is re-read at most this often.
constexpr int LiveRefreshMs = 2000;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int CsvFormat = int(SlaReport::Format::Csv);
constexpr int PdfFormat = int(SlaReport::Format::Pdf);

qint64 periodMs(SlaView::Period period)
{
    switch (period) {
    case SlaView::Period::Day:
        return DayMs;
    case SlaView::Period::Week:
        return 7 * DayMs;
    case SlaView::Period::Month:
        return 30 * DayMs;
    case SlaView::Period::Quarter:
        return 91 * DayMs;
    }
    return DayMs;
}

// The start of the bucket holding `ms` (weeks start on Monday, as in the engine).
qint64 bucketFloor(qint64 ms, SloBucket bucket)
{
    switch (bucket) {
    case SloBucket::Hour:
        return ms / HourMs * HourMs;
    case SloBucket::Day:
        return ms / DayMs * DayMs;
    case SloBucket::Week:
        return (ms - 4 * DayMs) / (7 * DayMs) * (7 * DayMs) + 4 * DayMs;
    }
    return ms;
}

} // namespace

struct SlaView::Pending {
    SlaData data;
    int outstanding = 0;
    QString error;
};

SlaView::SlaView(EngineBridge &bridge, QWidget *parent)
    : QWidget(parent)
    , bridge_(bridge)
    , model_(new SlaModel(this))
    , breachesModel_(new SlaBreachesModel(this))
{
    setObjectName(QStringLiteral("slaView"));
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("slaToolbar"));
    periodLabel_ = new QLabel(this);
    periodBox_ = new QComboBox(this);
    periodBox_->setObjectName(QStringLiteral("slaPeriod"));
    bucketLabel_ = new QLabel(this);
    bucketBox_ = new QComboBox(this);
    bucketBox_->setObjectName(QStringLiteral("slaBucket"));
    periodLabel_->setBuddy(periodBox_);
    bucketLabel_->setBuddy(bucketBox_);
    for (int i = 0; i < 4; ++i)
        periodBox_->addItem(QString(), i);
    for (int i = 0; i < 3; ++i)
        bucketBox_->addItem(QString(), i);
    periodBox_->setCurrentIndex(int(Period::Week));
    bucketBox_->setCurrentIndex(int(SloBucket::Day));
    toolbar->addWidget(periodLabel_);
    toolbar->addWidget(periodBox_);
    toolbar->addSeparator();
    toolbar->addWidget(bucketLabel_);
    toolbar->addWidget(bucketBox_);
    toolbar->addSeparator();
    toolbar->addAction(
        makeAction(QStringLiteral("refresh"), QKeySequence::Refresh, &SlaView::reload));
    toolbar->addAction(makeAction(QStringLiteral("exportCsv"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), nullptr));
    toolbar->addAction(makeAction(QStringLiteral("exportPdf"), QKeySequence::Print, nullptr));
    layout->addWidget(toolbar);
    connect(action(QStringLiteral("exportCsv")), &QAction::triggered, this,
            [this] { askExport(CsvFormat); });
    connect(action(QStringLiteral("exportPdf")), &QAction::triggered, this,
            [this] { askExport(PdfFormat); });
    connect(periodBox_, &QComboBox::currentIndexChanged, this, &SlaView::reload);
    connect(bucketBox_, &QComboBox::currentIndexChanged, this, &SlaView::reload);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("slaTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);

    chart_ = new QChart;
    chart_->legend()->setAlignment(Qt::AlignBottom);
    timeAxis_ = new QDateTimeAxis;
    timeAxis_->setTickCount(7);
    shareAxis_ = new QValueAxis;
    shareAxis_->setLabelFormat(QStringLiteral("%.0f %%"));
    shareAxis_->setRange(0, 100);
    chart_->addAxis(timeAxis_, Qt::AlignBottom);
    chart_->addAxis(shareAxis_, Qt::AlignLeft);
    for (const Domain domain : AllDomains) {
        auto *series = new QLineSeries;
        series->setPointsVisible(true);
        chart_->addSeries(series);
        series->attachAxis(timeAxis_);
        series->attachAxis(shareAxis_);
        series_[std::size_t(domain)] = series;
    }
    chartView_ = new QChartView(chart_, this);
    chartView_->setObjectName(QStringLiteral("slaChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(220);
    chartView_->setFocusPolicy(Qt::NoFocus);

    breachesModel_->setObjectName(QStringLiteral("slaBreachesModel"));
    breachesTable_ = new QTableView(this);
    breachesTable_->setObjectName(QStringLiteral("slaBreaches"));
    breachesTable_->setModel(breachesModel_);
    breachesTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    breachesTable_->setAlternatingRowColors(true);
    breachesTable_->verticalHeader()->hide();
    breachesTable_->setWordWrap(false);
    breachesTable_->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QTableView *view : {table_, breachesTable_})
        for (const auto &[name, act] : actions_)
            view->addAction(act);

    breachesLabel_ = new QLabel(this);
    auto *breachesBox = new QWidget(this);
    auto *breachesLayout = new QVBoxLayout(breachesBox);
    breachesLayout->setContentsMargins(0, 0, 0, 0);
    breachesLayout->addWidget(breachesLabel_);
    breachesLayout->addWidget(breachesTable_, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(chartView_);
    splitter->addWidget(breachesBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("slaMessage"));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message_);

    setTabOrder(periodBox_, bucketBox_);
    setTabOrder(bucketBox_, table_);
    setTabOrder(table_, breachesTable_);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(LiveRefreshMs);
    connect(refreshTimer_, &QTimer::timeout, this, &SlaView::reload);
    connect(&bridge_, &EngineBridge::feedsChanged, this, [this] {
        if (!refreshTimer_->isActive())
            refreshTimer_->start();
    });
    // Targets are changed in Settings: re-read so the table shows the current ones.
    connect(&bridge_, &EngineBridge::auditChanged, this, [this] {
        if (!refreshTimer_->isActive())
            refreshTimer_->start();
    });

    retranslate();
    reload();
}

ViewDescriptor SlaView::descriptor()
{
    return {
        QStringLiteral("sla"), tr("Service levels"),
        QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView),
        [](ViewContext &context, QWidget *parent) { return new SlaView(context.bridge, parent); }};
}

QAction *SlaView::makeAction(const QString &name, const QKeySequence &key, void (SlaView::*slot)())
{
    auto *act = new QAction(this);
    act->setObjectName(name);
    act->setShortcut(key);
    act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(act);
    if (slot)
        connect(act, &QAction::triggered, this, slot);
    actions_[name] = act;
    return act;
}

QAction *SlaView::action(const QString &name) const
{
    const auto it = actions_.find(name);
    return it == actions_.end() ? nullptr : it->second;
}

QString SlaView::message() const
{
    return message_->text();
}

void SlaView::retranslate()
{
    periodLabel_->setText(tr("&Period:"));
    bucketLabel_->setText(tr("&By:"));
    const std::array periods{tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
                             tr("Last 13 weeks")};
    for (int i = 0; i < int(periods.size()); ++i)
        periodBox_->setItemText(i, periods[std::size_t(i)]);
    const std::array buckets{tr("Hour"), tr("Day"), tr("Week")};
    for (int i = 0; i < int(buckets.size()); ++i)
        bucketBox_->setItemText(i, buckets[std::size_t(i)]);
    action(QStringLiteral("refresh"))->setText(tr("&Refresh"));
    action(QStringLiteral("exportCsv"))->setText(tr("Export &CSV..."));
    action(QStringLiteral("exportPdf"))->setText(tr("Export &PDF report..."));
    chart_->setTitle(tr("Compliance over time"));
    timeAxis_->setTitleText(tr("Time"));
    for (const Domain domain : AllDomains)
        series_[std::size_t(domain)]->setName(Presentation::domainText(domain));
    breachesLabel_->setText(tr("Breaches: %1").arg(breachesModel_->rowCount()));
    emit model_->headerDataChanged(Qt::Horizontal, 0, SlaModel::ColumnCount - 1);
    emit breachesModel_->headerDataChanged(Qt::Horizontal, 0, SlaBreachesModel::ColumnCount - 1);
}

void SlaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SlaView::setPeriod(Period period, SloBucket bucket)
{
    const QSignalBlocker blockPeriod(periodBox_);
    const QSignalBlocker blockBucket(bucketBox_);
    periodBox_->setCurrentIndex(int(period));
    bucketBox_->setCurrentIndex(int(bucket));
    reload();
}

SlaView::Period SlaView::period() const
{
    return Period(periodBox_->currentIndex());
}

SloBucket SlaView::bucket() const
{
    return SloBucket(bucketBox_->currentIndex());
}

void SlaView::reload()
{
    refreshTimer_->stop();
    const std::uint64_t generation = ++generation_;
    const SloBucket bucketSize = bucket();
    // Up to the end of the current hour, from the start of the bucket the period begins in.
    const qint64 now = toEpochMs(bridge_.engine().clock().now());
    const qint64 to = now / HourMs * HourMs + HourMs;
    const qint64 from = bucketFloor(to - periodMs(period()), bucketSize);

    auto pending = std::make_shared<Pending>();
    pending->data.from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    pending->data.to = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    pending->data.bucket = bucketSize;
    pending->data.generatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    pending->data.targets = bridge_.engine().sloTargets();
    pending->data.reports.resize(AllDomains.size());
    pending->outstanding = int(AllDomains.size()) + 1;

    auto arrived = [this, pending, generation] {
        if (--pending->outstanding > 0 || generation != generation_)
            return;
        if (!pending->error.isEmpty()) {
            message_->setText(tr("Service levels could not be read: %1").arg(pending->error));
            return;
        }
        apply(pending->data);
    };
    auto failed = [pending, arrived](const QString &error) {
        pending->error = error;
        arrived();
    };
    const TimePoint fromTime = fromEpochMs(from);
    const TimePoint toTime = fromEpochMs(to);
    for (std::size_t i = 0; i < AllDomains.size(); ++i) {
        bridge_.whenReady(
            bridge_.engine().sloCompliance(AllDomains[i], fromTime, toTime, bucketSize), this,
            [pending, arrived, i](SloReport report) {
                pending->data.reports[i] = std::move(report);
                arrived();
            },
            failed);
    }
    bridge_.whenReady(
        bridge_.engine().feedMetrics(fromTime, toTime), this,
        [pending, arrived](std::vector<FeedMinute> minutes) {
            pending->data.lag = lagPercentiles(minutes);
            arrived();
        },
        failed);
}

void SlaView::apply(const SlaData &data)
{
    data_ = data;
    model_->setData(data_);
    breachesModel_->setBreaches(data_.breaches());
    breachesLabel_->setText(tr("Breaches: %1").arg(breachesModel_->rowCount()));
    updateChart();
    // Sized once there is something to size them to; later the operator's widths are kept.
    if (!columnsSized_ && model_->rowCount() > 0) {
        table_->resizeColumnsToContents();
        table_->horizontalHeader()->setSectionResizeMode(SlaModel::OwnerColumn,
                                                         QHeaderView::Stretch);
        // The table shows every domain without scrolling and leaves the rest to the chart.
        table_->setMaximumHeight(table_->horizontalHeader()->height() +
                                 table_->verticalHeader()->length() + 2 * table_->frameWidth());
        columnsSized_ = true;
    }
    if (!breachColumnsSized_ && breachesModel_->rowCount() > 0) {
        breachesTable_->resizeColumnsToContents();
        breachesTable_->horizontalHeader()->setSectionResizeMode(SlaBreachesModel::EventColumn,
                                                                 QHeaderView::Stretch);
        breachColumnsSized_ = true;
    }
    std::int64_t total = 0;
    std::int64_t within = 0;
    for (const auto &report : data_.reports) {
        total += report.total;
        within += report.withinTarget;
    }
    message_->setText(total == 0 ? tr("No completed events in this period.")
                                 : tr("%1 of %2 events within target overall (%3 %).")
                                       .arg(within)
                                       .arg(total)
                                       .arg(100.0 * double(within) / double(total), 0, 'f', 2));
    emit reloaded();
}

void SlaView::updateChart()
{
    timeAxis_->setFormat(data_.bucket == SloBucket::Hour ? QStringLiteral("dd HH:mm")
                                                         : QStringLiteral("MMM dd"));
    timeAxis_->setRange(data_.from, data_.to);
    double lowest = 100.0;
    for (const auto &report : data_.reports) {
        QList<QPointF> points;
        for (const auto &bucketValue : foldBuckets(report.buckets, MaxChartPoints)) {
            points.append(
                QPointF(double(toEpochMs(bucketValue.start)), bucketValue.share() * 100.0));
            lowest = std::min(lowest, bucketValue.share() * 100.0);
        }
        auto *series = series_[std::size_t(report.domain)];
        series->replace(points);
    }
    shareAxis_->setRange(std::max(0.0, std::floor(lowest / 10.0) * 10.0 - 10.0), 100.0);
}

void SlaView::askExport(int format)
{
    const bool csv = format == CsvFormat;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("syncline-sla-%1.%2")
                          .arg(data_.to.toUTC().toString(QStringLiteral("yyyyMMdd")),
                               csv ? QStringLiteral("csv") : QStringLiteral("pdf")));
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export service levels as CSV") : tr("Export service-level report"),
        suggested, csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

void SlaView::exportCsv(const QString &path)
{
    exportTo(CsvFormat, path);
}

void SlaView::exportPdf(const QString &path)
{
    exportTo(PdfFormat, path);
}

void SlaView::exportTo(int format, const QString &path)
{
    message_->setText(tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
    SlaReport::writeAsync(
        data_, SlaReport::Format(format), path, this,
        [this, path](bool ok, const QString &error) { finishExport(path, ok, error); });
}

void SlaView::finishExport(const QString &path, bool ok, const QString &error)
{
    message_->setText(ok ? tr("Written to %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    emit exported(path, ok, error);
}

} // namespace syncline::ui
