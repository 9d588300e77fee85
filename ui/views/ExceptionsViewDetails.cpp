#include "EngineBridge.h"
#include "Presentation.h"
#include "dialogs/ExceptionDialogs.h"
#include "models/DeadLettersModel.h"
#include "models/HoldsModel.h"
#include "views/ExceptionsView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>

#include <algorithm>

// The current row of the Exceptions view: moving through the rows, what is selected, and the
// details pane (with the order history of a hold, read from the engine when a hold becomes
// current).
namespace syncline::ui {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString html(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString when(TimePoint at)
{
    return Presentation::toDateTime(at).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

// --- selection and details ----------------------------------------------------------------

QStringList ExceptionsView::selectedHoldIds() const
{
    QStringList ids;
    const QModelIndexList rows = holdsTable_->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(HoldsModel::IdRole).toString());
    if (ids.isEmpty()) {
        const QModelIndex current = holdsTable_->selectionModel()->currentIndex();
        if (current.isValid())
            ids.append(current.data(HoldsModel::IdRole).toString());
    }
    return ids;
}

QList<qint64> ExceptionsView::selectedDeadLetterIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = deadLettersTable_->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeadLettersModel::IdRole).toLongLong());
    if (ids.isEmpty()) {
        const QModelIndex current = deadLettersTable_->selectionModel()->currentIndex();
        if (current.isValid())
            ids.append(current.data(DeadLettersModel::IdRole).toLongLong());
    }
    return ids;
}

std::optional<domain::Hold> ExceptionsView::currentHold() const
{
    const QModelIndex current = holdsTable_->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return holdsModel_->holdAt(current.row());
}

void ExceptionsView::moveCurrent(int step)
{
    QTableView *table = currentTable();
    const int rows = table->model()->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = table->selectionModel()->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1)
                                      : (step > 0 ? 0 : rows - 1);
    const QModelIndex target = table->model()->index(row, std::max(0, current.column()));
    table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    table->scrollTo(target);
}

void ExceptionsView::next()
{
    moveCurrent(1);
}

void ExceptionsView::previous()
{
    moveCurrent(-1);
}

void ExceptionsView::showCurrentDetails()
{
    updateActions();
    if (currentPage() == DeadLettersPage) {
        const QModelIndex current = deadLettersTable_->selectionModel()->currentIndex();
        if (!current.isValid()) {
            details_->clear();
            return;
        }
        const DeadLetter &letter = deadLettersModel_->letterAt(current.row());
        QString text = tr("<h3>Dead letter #%1</h3>").arg(letter.id);
        text += tr("<p><b>%1</b> %2 from <b>%3</b>, entity %4</p>")
                    .arg(Presentation::domainText(letter.domain), html(letter.type),
                         html(letter.connection), html(letter.correlationId));
        text +=
            tr("<p><b>Failed at:</b> %1 (%2), %n attempt(s), %3</p>", nullptr, int(letter.attempts))
                .arg(fromUtf8(toString(letter.stage)), fromUtf8(toString(letter.errorClass)))
                .arg(when(letter.createdAt));
        if (!letter.target.empty())
            text += tr("<p><b>Target:</b> %1</p>").arg(html(letter.target));
        text += tr("<p><b>Error:</b> %1</p>").arg(html(letter.error));
        text += tr("<p><b>Suggested fix:</b> %1</p>")
                    .arg(letter.errorClass == ErrorClass::Data
                             ? tr("correct the payload and resubmit it edited (Shift+R).")
                             : tr("once the target answers again, resubmit (R)."));
        text += tr("<h4>Payload</h4>") +
                QStringLiteral("<pre>%1</pre>").arg(prettyJson(letter.payload).toHtmlEscaped());
        details_->setHtml(text);
        return;
    }
    const auto hold = currentHold();
    if (!hold) {
        details_->clear();
        return;
    }
    QString text = tr("<h3>Order %1</h3>").arg(html(hold->orderNumber));
    text +=
        tr("<p><b>Reason:</b> %1 &mdash; %2</p>").arg(html(hold->reasonCode), html(hold->message));
    text += tr("<p><b>Suggested fix:</b> %1</p>").arg(html(hold->suggestedFix));
    QStringList subjects;
    for (const auto &subject : hold->subjects)
        subjects.append(html(subject));
    if (!subjects.isEmpty())
        text += tr("<p><b>Concerns:</b> %1</p>").arg(subjects.join(QStringLiteral(", ")));
    text += tr("<p><b>Owner:</b> %1 &nbsp; <b>Held since:</b> %2 &nbsp; <b>Due:</b> %3</p>")
                .arg(hold->owner.empty() ? tr("unassigned") : html(hold->owner),
                     when(hold->createdAt), when(hold->dueAt));
    if (hold->snoozedUntil)
        text += tr("<p><b>Snoozed until:</b> %1</p>").arg(when(*hold->snoozedUntil));
    if (!hold->notes.empty()) {
        text += tr("<h4>Notes</h4><ul>");
        for (const auto &note : hold->notes)
            text += QStringLiteral("<li>%1 %2: %3</li>")
                        .arg(when(note.at), html(note.author), html(note.text));
        text += QStringLiteral("</ul>");
    }
    const QString orderNumber = QString::fromStdString(hold->orderNumber);
    if (history_ && history_->order && history_->order->orderNumber == hold->orderNumber) {
        details_->setHtml(text);
        showHistory(*history_);
        return;
    }
    details_->setHtml(text + tr("<p><i>Loading the order history...</i></p>"));
    if (historyRequested_ == orderNumber)
        return;
    historyRequested_ = orderNumber;
    bridge_.whenReady(bridge_.engine().orderHistory(hold->orderNumber), this,
                      [this, orderNumber](OrderHistory history) {
                          if (historyRequested_ == orderNumber)
                              historyRequested_.clear();
                          history_ = std::move(history);
                          const auto shown = currentHold();
                          if (currentPage() == HoldsPage && shown &&
                              QString::fromStdString(shown->orderNumber) == orderNumber)
                              showCurrentDetails();
                      });
}

void ExceptionsView::showHistory(const OrderHistory &history)
{
    QString text;
    if (!history.transitions.empty()) {
        text += tr("<h4>History</h4><ul>");
        for (const auto &transition : history.transitions)
            text += QStringLiteral("<li>%1 %2 &rarr; %3 (%4: %5)</li>")
                        .arg(when(transition.at), fromUtf8(domain::toString(transition.from)),
                             fromUtf8(domain::toString(transition.to)), html(transition.actor),
                             html(transition.cause));
        text += QStringLiteral("</ul>");
    }
    if (!history.audit.empty()) {
        text += tr("<h4>Decisions</h4><ul>");
        for (const auto &entry : history.audit)
            text += QStringLiteral("<li>%1 %2 (%3): %4 %5</li>")
                        .arg(when(entry.at), html(entry.actor), html(entry.role),
                             html(entry.action), html(entry.reason));
        text += QStringLiteral("</ul>");
    }
    if (history.order)
        text +=
            tr("<h4>Payload</h4>") +
            QStringLiteral("<pre>%1</pre>").arg(prettyJson(history.order->payload).toHtmlEscaped());
    details_->append(text);
    // append() scrolls to the end; the operator reads from the problem down.
    details_->verticalScrollBar()->setValue(0);
    emit historyShown(history.order ? QString::fromStdString(history.order->orderNumber)
                                    : QString());
}

} // namespace syncline::ui
