#pragma once

#include "ExceptionActions.h"
#include "ViewRegistry.h"
#include "domain/Hold.h"
#include "engine/Engine.h"
#include "engine/OrderSnapshots.h"
#include "models/ExceptionFilter.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <future>
#include <optional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace syncline::ui {

class DeadLettersModel;
class EngineBridge;
class HoldsModel;
class OperatorSession;

// Held orders and dead letters: the view operations staff work from. A filter bar (with saved
// filters), one table per kind, the details of the current row, and the decisions as keyboard
// actions that apply to the selection, however large, with progress and cancel.
class ExceptionsView : public QWidget {
    Q_OBJECT

public:
    enum Page { HoldsPage, DeadLettersPage };

    ExceptionsView(ViewContext &context, QWidget *parent = nullptr);
    ~ExceptionsView() override;
    static ViewDescriptor descriptor();

    HoldsModel *holdsModel() const { return holdsModel_; }
    DeadLettersModel *deadLettersModel() const { return deadLettersModel_; }
    QTableView *holdsTable() const { return holdsTable_; }
    QTableView *deadLettersTable() const { return deadLettersTable_; }
    QTextBrowser *details() const { return details_; }
    QProgressBar *bulkProgress() const { return progress_; }
    QPushButton *cancelButton() const { return cancelButton_; }
    // The outcome of the last command, or the engine's refusal.
    QString message() const;
    // "next", "previous", "approve", "fix", "resubmit", "resubmitEdited", "reject", "assign",
    // "note", "snooze", "discard", "selectAll", "cancelBulk", "refresh", "findText".
    QAction *action(const QString &name) const;
    BulkCommand *runningBulk() const { return bulk_; }

    Page currentPage() const;
    void showPage(Page page);
    ExceptionFilter filter() const;
    void setFilter(const ExceptionFilter &filter);
    void saveFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    void removeSavedFilter(const QString &name);
    QStringList savedFilterNames() const;

    // The decisions with their input given. The actions ask the operator for it and call these;
    // they send whatever the session's role, so the engine's refusal is shown when it refuses.
    void approveSelected(const QString &reason);
    void rejectSelected(const QString &reason);
    void assignSelected(const QString &owner);
    void noteSelected(const QString &text);
    void snoozeSelected(std::chrono::minutes duration, const QString &reason);
    void fixCurrent(const domain::OrderFix &fix);
    void resubmitSelected(std::optional<std::string> editedPayload = std::nullopt);
    void discardSelected(const QString &reason);
    // Re-reads holds and dead letters from the engine.
    void reload();

signals:
    void reloaded();
    void bulkStarted(syncline::ui::BulkCommand *command);
    void bulkFinished(const QString &summary);
    // The order history of the current hold arrived (the details show it).
    void historyShown(const QString &orderNumber);

private:
    QAction *addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       void (ExceptionsView::*slot)());
    void buildFilterBar(QVBoxLayout *layout);
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);
    void scheduleReload(int delayMs);
    void reloadHolds();
    void reloadDeadLetters();
    void filterChanged();
    void refreshFilterChoices();
    void updateCounts();
    void updateActions();
    void showCurrentDetails();
    void showHistory(const OrderHistory &history);
    void moveCurrent(int step);
    QTableView *currentTable() const;
    QStringList selectedHoldIds() const;
    QList<qint64> selectedDeadLetterIds() const;
    std::optional<domain::Hold> currentHold() const;
    void runBulk(const QStringList &items, const QString &doneVerb,
                 std::function<std::future<CommandResult>(const QString &)> send);
    void showMessage(const QString &text, bool problem);
    void remember(QTableView *table, QStringList &selected, QString &current, int &currentRow,
                  int role) const;
    void restore(QTableView *table, const QStringList &selected, const QString &current,
                 int currentRow, const std::function<int(const QString &)> &rowOf);

    // The actions, prompting for what they need.
    void next();
    void previous();
    void askApprove();
    void askFix();
    void askResubmit();
    void askResubmitEdited();
    void askReject();
    void askAssign();
    void askNote();
    void askSnooze();
    void askDiscard();
    void selectAllMatching();
    void cancelBulk();
    void focusFind();
    void askText(const QString &title, const QString &label, const QString &initial, bool multiLine,
                 std::function<void(const QString &)> accepted);
    void openModal(QDialog *dialog);
    void openFixDialog(const domain::Hold &hold, const std::string &orderPayload);

    EngineBridge &bridge_;
    OperatorSession &session_;
    HoldsModel *holdsModel_ = nullptr;
    DeadLettersModel *deadLettersModel_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QTableView *holdsTable_ = nullptr;
    QTableView *deadLettersTable_ = nullptr;
    QTextBrowser *details_ = nullptr;
    QLineEdit *search_ = nullptr;
    QComboBox *reason_ = nullptr;
    QComboBox *domain_ = nullptr;
    QComboBox *connection_ = nullptr;
    QComboBox *owner_ = nullptr;
    QComboBox *age_ = nullptr;
    QComboBox *saved_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QPushButton *cancelButton_ = nullptr;
    QLabel *message_ = nullptr;
    QTimer *searchDelay_ = nullptr;
    QTimer *reloadTimer_ = nullptr;
    QHash<QString, QAction *> actions_;
    QPointer<BulkCommand> bulk_;
    bool holdsLoading_ = false;
    bool holdsStale_ = false;
    bool lettersLoading_ = false;
    bool lettersStale_ = false;
    bool updatingFilterBar_ = false;
    std::uint64_t feedsVersion_ = 0;
    std::optional<OrderHistory> history_; // of the current hold's order
    QString historyRequested_;
};

} // namespace syncline::ui
