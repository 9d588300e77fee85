#pragma once

#include "ViewRegistry.h"
#include "models/SlaModel.h"

#include <QWidget>

#include <array>
#include <map>
#include <memory>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableView;
class QTimer;
class QValueAxis;

namespace syncline::ui {

class EngineBridge;

// Service levels for managers: per-domain compliance against target by hour, day or week, the
// breaches and lag percentiles of the period, a chart of compliance over time, and CSV and PDF
// exports written off the GUI thread.
class SlaView : public QWidget {
    Q_OBJECT

public:
    enum class Period { Day, Week, Month, Quarter };
    // Points per series on the chart at most; longer periods are folded.
    static constexpr std::size_t MaxChartPoints = 2000;

    explicit SlaView(EngineBridge &bridge, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    void setPeriod(Period period, SloBucket bucket);
    Period period() const;
    SloBucket bucket() const;
    const SlaData &data() const { return data_; }
    SlaModel *model() const { return model_; }
    SlaBreachesModel *breachesModel() const { return breachesModel_; }
    QTableView *table() const { return table_; }
    QTableView *breachesTable() const { return breachesTable_; }
    QChart *chart() const { return chart_; }
    // "refresh", "exportCsv", "exportPdf".
    QAction *action(const QString &name) const;
    QString message() const;

    // Re-reads the period from the engine; reloaded() follows.
    void reload();
    // Write what is shown; exported() follows. The actions ask for the file first.
    void exportCsv(const QString &path);
    void exportPdf(const QString &path);

signals:
    void reloaded();
    void exported(const QString &path, bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pending;
    void retranslate();
    void apply(const SlaData &data);
    void updateChart();
    void finishExport(const QString &path, bool ok, const QString &error);
    void exportTo(int format, const QString &path);
    void askExport(int format);
    QAction *makeAction(const QString &name, const QKeySequence &key, void (SlaView::*slot)());

    EngineBridge &bridge_;
    SlaModel *model_ = nullptr;
    SlaBreachesModel *breachesModel_ = nullptr;
    QComboBox *periodBox_ = nullptr;
    QComboBox *bucketBox_ = nullptr;
    QLabel *periodLabel_ = nullptr;
    QLabel *bucketLabel_ = nullptr;
    QLabel *breachesLabel_ = nullptr;
    QLabel *message_ = nullptr;
    QTableView *table_ = nullptr;
    QTableView *breachesTable_ = nullptr;
    QChartView *chartView_ = nullptr;
    QChart *chart_ = nullptr;
    QDateTimeAxis *timeAxis_ = nullptr;
    QValueAxis *shareAxis_ = nullptr;
    std::array<QLineSeries *, 5> series_{}; // by Domain
    QTimer *refreshTimer_ = nullptr;
    std::map<QString, QAction *> actions_;
    SlaData data_;
    std::uint64_t generation_ = 0;
    bool columnsSized_ = false;
    bool breachColumnsSized_ = false;
};

} // namespace syncline::ui
