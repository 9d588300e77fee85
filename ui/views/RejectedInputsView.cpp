#include "views/RejectedInputsView.h"

#include "EngineBridge.h"
#include "OperatorSession.h"
#include "Presentation.h"
#include "models/RejectedInputsModel.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace syncline::ui {

namespace {

QString readableBody(const std::string &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body.data(), qsizetype(body.size()));
}

} // namespace

RejectedInputsView::RejectedInputsView(ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , bridge_(context.bridge)
    , session_(context.session)
    , model_(new RejectedInputsModel(this))
    , table_(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("rejectedToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    replayAction_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Replay"), this);
    replayAction_->setObjectName(QStringLiteral("replayRejected"));
    replayAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(replayAction_, &QAction::triggered, this, &RejectedInputsView::replaySelected);
    refreshAction_ =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    refreshAction_->setShortcut(QKeySequence::Refresh);
    connect(refreshAction_, &QAction::triggered, this, &RejectedInputsView::refresh);
    for (QAction *action : {replayAction_, refreshAction_}) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        toolbar->addAction(action);
    }
    countLabel_ = new QLabel(this);
    countLabel_->setObjectName(QStringLiteral("rejectedCount"));
    toolbar->addSeparator();
    toolbar->addWidget(countLabel_);
    layout->addWidget(toolbar);

    resultLabel_ = new QLabel(this);
    resultLabel_->setObjectName(QStringLiteral("rejectedResult"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLabel_->hide();
    layout->addWidget(resultLabel_);

    table_->setObjectName(QStringLiteral("rejectedTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    table_->addActions({replayAction_, refreshAction_});

    content_ = new QPlainTextEdit(this);
    content_->setObjectName(QStringLiteral("rejectedContent"));
    content_->setReadOnly(true);
    content_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    content_->setPlaceholderText(tr("Select a refused input to see it as it was received."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(content_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setTabOrder(table_, content_);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showContent();
        updateActions();
    });
    connect(table_, &QTableView::activated, content_, qOverload<>(&QWidget::setFocus));
    connect(&bridge_, &EngineBridge::rejectedChanged, this, &RejectedInputsView::refresh);
    connect(&session_, &OperatorSession::changed, this, &RejectedInputsView::updateActions);
    updateActions();
    refresh();
}

ViewDescriptor RejectedInputsView::descriptor()
{
    return {QStringLiteral("rejected"), tr("Rejected inputs"),
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
            [](ViewContext &context, QWidget *parent) {
                return new RejectedInputsView(context, parent);
            }};
}

void RejectedInputsView::refresh()
{
    bridge_.whenReady(
        bridge_.engine().rejectedInputs(Limit), this,
        [this](std::vector<RejectedInput> inputs) {
            // The selection follows the input, not the row, across a refresh.
            const QModelIndex current = table_->selectionModel()->currentIndex();
            const qint64 selectedId =
                current.isValid() ? current.data(RejectedInputsModel::IdRole).toLongLong() : -1;
            model_->setInputs(std::move(inputs));
            const int row = selectedId >= 0 ? model_->rowOf(selectedId) : -1;
            if (row >= 0)
                table_->selectRow(row);
            if (!columnsSized_ && model_->rowCount() > 0) {
                table_->resizeColumnsToContents();
                columnsSized_ = true;
            }
            countLabel_->setText(model_->rowCount() >= Limit
                                     ? tr("The %1 most recent refused inputs").arg(Limit)
                                     : tr("%n refused inputs", nullptr, model_->rowCount()));
            showContent();
            updateActions();
            emit refreshed();
        },
        [this](const QString &message) {
            countLabel_->setText(tr("The refused inputs could not be read: %1").arg(message));
        });
}

void RejectedInputsView::replaySelected()
{
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid() || replaying_ || !session_.mayHandleDeadLetters())
        return;
    const qint64 id = current.data(RejectedInputsModel::IdRole).toLongLong();
    replaying_ = true;
    updateActions();
    resultLabel_->setStyleSheet({});
    resultLabel_->setText(tr("Replaying input #%1...").arg(id));
    resultLabel_->show();
    auto finish = [this, id](bool ok, const QString &message) {
        replaying_ = false;
        resultLabel_->setStyleSheet(
            ok ? QStringLiteral("QLabel { color: #155724; background: #d4edda; padding: 4px; }")
               : QStringLiteral("QLabel { color: #721c24; background: #f8d7da; padding: 4px; }"));
        resultLabel_->setText(ok ? tr("Input #%1 replayed: %2").arg(id).arg(message)
                                 : tr("Input #%1 was not replayed: %2").arg(id).arg(message));
        updateActions();
        emit replayFinished(id, ok, message);
        refresh();
    };
    bridge_.whenReady(
        bridge_.engine().replayRejected(id, session_.actor()), this,
        [finish](CommandResult result) {
            finish(result.ok, QString::fromStdString(result.message));
        },
        [finish](const QString &message) { finish(false, message); });
}

void RejectedInputsView::showContent()
{
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid()) {
        content_->clear();
        return;
    }
    const RejectedInput &input = model_->inputAt(current.row());
    QString text = tr("Input #%1, %2 via %3, received %4\n")
                       .arg(input.id)
                       .arg(RejectedInputsModel::statusText(input.status),
                            RejectedInputsModel::channelText(input.channel),
                            Presentation::toDateTime(input.at).toString(Qt::ISODateWithMs));
    text += tr("Connection: %1\n").arg(QString::fromStdString(input.connection));
    if (!input.peer.empty())
        text += tr("From: %1\n").arg(QString::fromStdString(input.peer));
    if (!input.path.empty())
        text += tr("Path: %1\n").arg(QString::fromStdString(input.path));
    text += tr("Reason: %1\n").arg(QString::fromStdString(input.reason));
    text += input.bodySha256.empty() ? tr("Size: %1 bytes\n").arg(input.bodySize)
                                     : tr("Size: %1 bytes, SHA-256 %2\n")
                                           .arg(input.bodySize)
                                           .arg(QString::fromStdString(input.bodySha256));
    if (!input.headers.empty())
        text += tr("\nHeaders:\n%1\n").arg(QString::fromStdString(input.headers).trimmed());
    text += tr("\nContent:\n%1").arg(readableBody(input.body));
    content_->setPlainText(text);
}

void RejectedInputsView::updateActions()
{
    const bool allowed = session_.mayHandleDeadLetters();
    const QModelIndex current = table_->selectionModel()->currentIndex();
    replayAction_->setEnabled(allowed && !replaying_ && current.isValid());
    replayAction_->setToolTip(
        allowed ? tr("Replay the selected input once its cause is fixed (%1)")
                      .arg(replayAction_->shortcut().toString(QKeySequence::NativeText))
                : tr("Your role (%1) may not replay refused inputs").arg(session_.roleName()));
}

} // namespace syncline::ui
