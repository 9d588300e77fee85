#pragma once

#include "ViewRegistry.h"

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace syncline::ui {

class EngineBridge;
class OrderResultsModel;
class OrderTimelineModel;

// Support's "where is my order?": one search box (order number, customer name, e-mail or SKU),
// the orders found, and the timeline of everything that happened to the chosen one across
// systems, each entry with what it carried.
class OrderLookupView : public QWidget {
    Q_OBJECT

public:
    OrderLookupView(ViewContext &context, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    QLineEdit *searchEdit() const { return searchEdit_; }
    QTableView *resultsTable() const { return resultsTable_; }
    QTableView *timelineTable() const { return timelineTable_; }
    QPlainTextEdit *payloadView() const { return payloadView_; }
    QLabel *orderLabel() const { return orderLabel_; }
    OrderResultsModel *results() const { return results_; }
    OrderTimelineModel *timeline() const { return timeline_; }
    QString openOrderNumber() const { return openOrder_; }

    // Searches for the text in the search box; a single match is opened at once.
    void search();
    void openOrder(const QString &orderNumber);

signals:
    void searchFinished(int found);
    // Once the timeline of an order opened with openOrder() is shown.
    void orderOpened(const QString &orderNumber);

private:
    void openSelectedResult();
    void showPayload();
    void reloadOpenOrder();
    // `announce`: emit orderOpened once it is shown (not for live reloads).
    void loadHistory(const QString &orderNumber, bool announce);

    EngineBridge &bridge_;
    QLineEdit *searchEdit_ = nullptr;
    QTableView *resultsTable_ = nullptr;
    QTableView *timelineTable_ = nullptr;
    QPlainTextEdit *payloadView_ = nullptr;
    QLabel *orderLabel_ = nullptr;
    QLabel *resultsLabel_ = nullptr;
    OrderResultsModel *results_ = nullptr;
    OrderTimelineModel *timeline_ = nullptr;
    QString openOrder_;
    quint64 searchGeneration_ = 0;
    quint64 historyGeneration_ = 0;
    bool announcePending_ = false; // orderOpened is due when the next load is shown
};

} // namespace syncline::ui
