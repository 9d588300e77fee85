#include "EngineBridge.h"
#include "ExceptionActions.h"
#include "OperatorSession.h"
#include "dialogs/ExceptionDialogs.h"
#include "models/DeadLettersModel.h"
#include "models/HoldsModel.h"
#include "views/ExceptionsView.h"

#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

// The decisions of the Exceptions view: the prompts that ask for their input and the engine
// commands they send, one at a time or in bulk.
namespace syncline::ui {

// --- commands -----------------------------------------------------------------------------

void ExceptionsView::showMessage(const QString &text, bool problem)
{
    message_->setText(text);
    message_->setStyleSheet(problem ? QStringLiteral("color: #c62828") : QString());
}

void ExceptionsView::runBulk(const QStringList &items, const QString &doneVerb,
                             std::function<std::future<CommandResult>(const QString &)> send)
{
    if (items.isEmpty()) {
        showMessage(tr("Nothing selected."), true);
        return;
    }
    if (bulk_) {
        showMessage(tr("A bulk action is still running: cancel it first (Esc)."), true);
        return;
    }
    auto *command = new BulkCommand(bridge_, items, std::move(send), this);
    bulk_ = command;
    const bool single = items.size() == 1;
    progress_->setRange(0, int(items.size()));
    progress_->setValue(0);
    progress_->setVisible(!single);
    cancelButton_->setVisible(!single);
    showMessage(single ? QString() : tr("Sending %n item(s)...", nullptr, int(items.size())),
                false);
    connect(command, &BulkCommand::progress, progress_, &QProgressBar::setValue);
    connect(command, &BulkCommand::finished, this, [this, command, single, doneVerb] {
        progress_->hide();
        cancelButton_->hide();
        QString summary;
        bool problem = command->failed() > 0;
        if (single) {
            summary = command->lastMessage();
            if (summary.isEmpty())
                summary = tr("Done.");
        } else {
            summary = command->summary(doneVerb);
        }
        showMessage(summary, problem);
        bulk_ = nullptr;
        command->deleteLater();
        updateActions();
        scheduleReload(0);
        emit bulkFinished(summary);
    });
    updateActions();
    emit bulkStarted(command);
    command->start();
}

void ExceptionsView::approveSelected(const QString &reason)
{
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(selectedHoldIds(), tr("approved"), [&engine, actor, reason](const QString &id) {
        return engine.approveHold(id.toStdString(), reason.toStdString(), actor);
    });
}

void ExceptionsView::rejectSelected(const QString &reason)
{
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(selectedHoldIds(), tr("rejected"), [&engine, actor, reason](const QString &id) {
        return engine.rejectHold(id.toStdString(), reason.toStdString(), actor);
    });
}

void ExceptionsView::assignSelected(const QString &owner)
{
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(selectedHoldIds(), tr("assigned"), [&engine, actor, owner](const QString &id) {
        return engine.assignHold(id.toStdString(), owner.toStdString(), actor);
    });
}

void ExceptionsView::noteSelected(const QString &text)
{
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(selectedHoldIds(), tr("noted"), [&engine, actor, text](const QString &id) {
        return engine.noteHold(id.toStdString(), text.toStdString(), actor);
    });
}

void ExceptionsView::snoozeSelected(std::chrono::minutes duration, const QString &reason)
{
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    const TimePoint until = engine.clock().now() + duration;
    runBulk(selectedHoldIds(), tr("snoozed"), [&engine, actor, until, reason](const QString &id) {
        return engine.snoozeHold(id.toStdString(), until, reason.toStdString(), actor);
    });
}

void ExceptionsView::fixCurrent(const domain::OrderFix &fix)
{
    const auto hold = currentHold();
    if (!hold) {
        showMessage(tr("Nothing selected."), true);
        return;
    }
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk({QString::fromStdString(hold->id)}, tr("fixed"),
            [&engine, actor, fix](const QString &id) {
                return engine.fixHold(id.toStdString(), fix, actor);
            });
}

void ExceptionsView::resubmitSelected(std::optional<std::string> editedPayload)
{
    QStringList items;
    for (qint64 id : selectedDeadLetterIds())
        items.append(QString::number(id));
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(items, tr("resubmitted"), [&engine, actor, editedPayload](const QString &id) {
        return engine.resubmitDeadLetter(id.toLongLong(), editedPayload, actor);
    });
}

void ExceptionsView::discardSelected(const QString &reason)
{
    QStringList items;
    for (qint64 id : selectedDeadLetterIds())
        items.append(QString::number(id));
    Engine &engine = bridge_.engine();
    const Actor actor = session_.actor();
    runBulk(items, tr("discarded"), [&engine, actor, reason](const QString &id) {
        return engine.discardDeadLetter(id.toLongLong(), reason.toStdString(), actor);
    });
}

// --- prompts ------------------------------------------------------------------------------

void ExceptionsView::openModal(QDialog *dialog)
{
    // Not exec(): a nested event loop would stall the engine's results behind the dialog.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Triage goes on from the table once the operator has answered.
    connect(dialog, &QDialog::finished, this, [this] { currentTable()->setFocus(); });
    dialog->open();
}

void ExceptionsView::askText(const QString &title, const QString &label, const QString &initial,
                             bool multiLine, std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("exceptionsPrompt"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    if (multiLine)
        dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, accepted](const QString &text) {
        if (text.trimmed().isEmpty())
            showMessage(tr("Nothing was sent: the text is required."), true);
        else
            accepted(text.trimmed());
    });
    openModal(dialog);
}

void ExceptionsView::askApprove()
{
    const int count = int(selectedHoldIds().size());
    askText(tr("Approve"),
            tr("Approve %n held order(s) despite the failed rule. Reason:", nullptr, count), {},
            false, [this](const QString &reason) { approveSelected(reason); });
}

void ExceptionsView::askReject()
{
    const int count = int(selectedHoldIds().size());
    askText(tr("Reject"), tr("Reject %n order(s): they are cancelled. Reason:", nullptr, count), {},
            false, [this](const QString &reason) { rejectSelected(reason); });
}

void ExceptionsView::askAssign()
{
    askText(tr("Assign"), tr("Assign to:"), session_.userName(), false,
            [this](const QString &owner) { assignSelected(owner); });
}

void ExceptionsView::askNote()
{
    askText(tr("Note"), tr("Note:"), {}, true, [this](const QString &text) { noteSelected(text); });
}

void ExceptionsView::askSnooze()
{
    auto *dialog = new SnoozeDialog(this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { snoozeSelected(dialog->duration(), dialog->reason()); });
    openModal(dialog);
}

void ExceptionsView::askDiscard()
{
    const int count = int(selectedDeadLetterIds().size());
    askText(tr("Discard"), tr("Discard %n dead letter(s). Reason:", nullptr, count), {}, false,
            [this](const QString &reason) { discardSelected(reason); });
}

void ExceptionsView::askResubmit()
{
    if (currentPage() == DeadLettersPage)
        resubmitSelected();
}

void ExceptionsView::askResubmitEdited()
{
    const QList<qint64> ids = selectedDeadLetterIds();
    if (ids.size() != 1)
        return;
    const int row = deadLettersModel_->rowOf(ids.front());
    if (row < 0)
        return;
    auto *dialog = new PayloadDialog(tr("Resubmit dead letter #%1").arg(ids.front()),
                                     deadLettersModel_->letterAt(row).payload, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto payload = dialog->payload())
            resubmitSelected(*payload);
    });
    openModal(dialog);
}

void ExceptionsView::askFix()
{
    const auto hold = currentHold();
    if (!hold)
        return;
    if (history_ && history_->order && history_->order->orderNumber == hold->orderNumber) {
        openFixDialog(*hold, history_->order->payload);
        return;
    }
    const domain::Hold target = *hold;
    bridge_.whenReady(
        bridge_.engine().orderHistory(hold->orderNumber), this,
        [this, target](OrderHistory history) {
            if (!history.order) {
                showMessage(tr("Order %1 is not in the store.")
                                .arg(QString::fromStdString(target.orderNumber)),
                            true);
                return;
            }
            history_ = history;
            openFixDialog(target, history.order->payload);
        },
        [this](const QString &error) { showMessage(error, true); });
}

void ExceptionsView::openFixDialog(const domain::Hold &hold, const std::string &orderPayload)
{
    auto *dialog = new FixDialog(hold, orderPayload, session_, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto fix = dialog->fix())
            fixCurrent(*fix);
    });
    openModal(dialog);
}

void ExceptionsView::selectAllMatching()
{
    currentTable()->selectAll();
    updateActions();
}

void ExceptionsView::cancelBulk()
{
    if (bulk_)
        bulk_->cancel();
}

void ExceptionsView::focusFind()
{
    search_->setFocus();
    search_->selectAll();
}

} // namespace syncline::ui
