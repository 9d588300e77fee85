#include "views/AuditView.h"

#include "EngineBridge.h"
#include "Presentation.h"
#include "models/AuditCsv.h"
#include "models/AuditModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <future>

namespace syncline::ui {

namespace {

// Entries shown above a broken one when it is brought into sight, so the operator sees where
// the chain still held.
constexpr std::int64_t ContextEntries = 20;

QString readable(const std::string &value)
{
    const QByteArray bytes = QByteArray::fromStdString(value);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromStdString(value);
}

QLineEdit *filterEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QDateTimeEdit *timeEdit(const QString &objectName, const QDateTime &initial, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(initial, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

AuditView::AuditView(ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , bridge_(context.bridge)
    , model_(new AuditModel(context.bridge, this))
    , table_(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    actorEdit_ = filterEdit(QStringLiteral("auditActorFilter"), tr("Actor"), this);
    actionEdit_ =
        filterEdit(QStringLiteral("auditActionFilter"), tr("Action, e.g. hold.approve"), this);
    objectEdit_ = filterEdit(QStringLiteral("auditObjectFilter"), tr("Object id"), this);
    const QDateTime now = QDateTime::currentDateTime();
    fromCheck_ = new QCheckBox(tr("&From"), this);
    fromCheck_->setObjectName(QStringLiteral("auditFromEnabled"));
    fromEdit_ = timeEdit(QStringLiteral("auditFrom"), now.addDays(-1), this);
    toCheck_ = new QCheckBox(tr("&To"), this);
    toCheck_->setObjectName(QStringLiteral("auditToEnabled"));
    toEdit_ = timeEdit(QStringLiteral("auditTo"), now, this);
    connect(fromCheck_, &QCheckBox::toggled, fromEdit_, &QWidget::setEnabled);
    connect(toCheck_, &QCheckBox::toggled, toEdit_, &QWidget::setEnabled);
    filters->addWidget(actorEdit_, 1);
    filters->addWidget(actionEdit_, 1);
    filters->addWidget(objectEdit_, 1);
    filters->addWidget(fromCheck_);
    filters->addWidget(fromEdit_);
    filters->addWidget(toCheck_);
    filters->addWidget(toEdit_);
    layout->addLayout(filters);
    for (QLineEdit *edit : {actorEdit_, actionEdit_, objectEdit_})
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);

    buildActions();

    verificationLabel_ = new QLabel(this);
    verificationLabel_->setObjectName(QStringLiteral("auditVerification"));
    verificationLabel_->setWordWrap(true);
    verificationLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verificationLabel_->hide();
    layout->addWidget(verificationLabel_);

    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // Fixed row heights let the view lay out a million rows without measuring them.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSortIndicator(AuditModel::SequenceColumn, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    table_->addActions({refreshAction_, verifyAction_, exportAction_, clearAction_});

    details_ = new QPlainTextEdit(this);
    details_->setObjectName(QStringLiteral("auditDetails"));
    details_->setReadOnly(true);
    details_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details_->setPlaceholderText(tr("Select an entry to see what it changed."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(details_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("auditStatus"));
    layout->addWidget(statusLabel_);

    setTabOrder(actorEdit_, actionEdit_);
    setTabOrder(actionEdit_, objectEdit_);
    setTabOrder(objectEdit_, fromCheck_);
    setTabOrder(fromCheck_, fromEdit_);
    setTabOrder(fromEdit_, toCheck_);
    setTabOrder(toCheck_, toEdit_);
    setTabOrder(toEdit_, table_);
    setTabOrder(table_, details_);

    connect(model_, &AuditModel::pageLoaded, this, &AuditView::onPageLoaded);
    connect(model_, &AuditModel::modelReset, this, &AuditView::updateStatus);
    connect(model_, &AuditModel::loadFailed, this, [this](const QString &message) {
        statusLabel_->setText(tr("The audit trail could not be read: %1").arg(message));
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showDetails);
    connect(table_, &QTableView::activated, details_, qOverload<>(&QWidget::setFocus));
    connect(&bridge_, &EngineBridge::auditChanged, model_, &AuditModel::fetchNewer);
    updateStatus();
}

ViewDescriptor AuditView::descriptor()
{
    return {QStringLiteral("audit"), tr("Audit trail"),
            QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView),
            [](ViewContext &context, QWidget *parent) { return new AuditView(context, parent); }};
}

void AuditView::buildActions()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("auditToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this, toolbar](const QString &text, const QKeySequence &shortcut,
                               QStyle::StandardPixmap icon, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        toolbar->addAction(action);
        return action;
    };
    applyAction_ = add(tr("&Apply filter"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                       QStyle::SP_DialogApplyButton, &AuditView::applyFilter);
    clearAction_ = add(tr("C&lear filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                       QStyle::SP_DialogResetButton, &AuditView::clearFilter);
    refreshAction_ = add(tr("&Refresh"), QKeySequence::Refresh, QStyle::SP_BrowserReload,
                         [this] { model_->reload(); });
    toolbar->addSeparator();
    verifyAction_ = add(tr("&Verify chain"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                        QStyle::SP_DialogYesButton, &AuditView::verifyChain);
    exportAction_ = add(tr("&Export CSV..."), QKeySequence(Qt::CTRL | Qt::Key_E),
                        QStyle::SP_DialogSaveButton, &AuditView::chooseExportFile);
    auto *focusFilter = new QAction(tr("Find"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        actorEdit_->setFocus(Qt::ShortcutFocusReason);
        actorEdit_->selectAll();
    });
    addAction(focusFilter);
    static_cast<QVBoxLayout *>(layout())->addWidget(toolbar);
}

void AuditView::applyFilter()
{
    AuditQuery filter;
    filter.actor = actorEdit_->text().trimmed().toStdString();
    filter.action = actionEdit_->text().trimmed().toStdString();
    filter.objectId = objectEdit_->text().trimmed().toStdString();
    if (fromCheck_->isChecked())
        filter.from = fromEpochMs(fromEdit_->dateTime().toMSecsSinceEpoch());
    if (toCheck_->isChecked())
        filter.to = fromEpochMs(toEdit_->dateTime().toMSecsSinceEpoch());
    details_->clear();
    model_->setFilter(filter);
    updateStatus();
}

void AuditView::clearFilter()
{
    for (QLineEdit *edit : {actorEdit_, actionEdit_, objectEdit_})
        edit->clear();
    fromCheck_->setChecked(false);
    toCheck_->setChecked(false);
    applyFilter();
}

void AuditView::verifyChain()
{
    verifyAction_->setEnabled(false);
    verificationLabel_->setStyleSheet({});
    verificationLabel_->setText(tr("Verifying the audit chain..."));
    verificationLabel_->show();
    bridge_.whenReady(
        bridge_.engine().verifyAudit(), this,
        [this](AuditVerification result) {
            verifyAction_->setEnabled(true);
            if (result.ok) {
                model_->setMarkedSequence(std::nullopt);
                verificationLabel_->setStyleSheet(QStringLiteral(
                    "QLabel { color: #155724; background: #d4edda; padding: 4px; }"));
                verificationLabel_->setText(
                    tr("The audit chain is intact: %n entries verified.", nullptr,
                       int(std::min<std::int64_t>(result.checked, INT_MAX))));
                emit verificationFinished(true);
                return;
            }
            const std::int64_t bad = result.firstBadSequence.value_or(1);
            const QString problem = QString::fromStdString(result.problem);
            verificationLabel_->setStyleSheet(
                QStringLiteral("QLabel { color: #721c24; background: #f8d7da; padding: 4px; "
                               "font-weight: bold; }"));
            verificationLabel_->setText(
                tr("The audit chain is broken at entry #%1: %2").arg(bad).arg(problem));
            model_->setMarkedSequence(bad, problem);
            const int row = model_->rowOfSequence(bad);
            if (row >= 0) {
                selectSequence(bad);
            } else {
                // Deep in the trail or hidden by the filter: show the whole trail from just
                // before it, in sequence order.
                for (QLineEdit *edit : {actorEdit_, actionEdit_, objectEdit_})
                    edit->clear();
                fromCheck_->setChecked(false);
                toCheck_->setChecked(false);
                pendingSelection_ = bad;
                table_->horizontalHeader()->setSortIndicator(AuditModel::SequenceColumn,
                                                             Qt::AscendingOrder);
                model_->showFrom(bad - 1 - ContextEntries);
            }
            emit verificationFinished(false);
        },
        [this](const QString &message) {
            verifyAction_->setEnabled(true);
            verificationLabel_->setText(
                tr("The audit chain could not be verified: %1").arg(message));
            emit verificationFinished(false);
        });
}

void AuditView::selectSequence(std::int64_t sequence)
{
    const int row = model_->rowOfSequence(sequence);
    if (row < 0)
        return;
    const QModelIndex index = model_->index(row, AuditModel::SequenceColumn);
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    table_->scrollTo(index, QAbstractItemView::PositionAtCenter);
    table_->setFocus(Qt::OtherFocusReason);
}

void AuditView::onPageLoaded()
{
    if (!columnsSized_ && model_->rowCount() > 0) {
        // Sized from the first page only: measuring more rows would cost more than it shows.
        table_->resizeColumnsToContents();
        // Room for the largest sequence numbers and the broken-chain mark, which later pages
        // bring.
        const int sequenceWidth =
            table_->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) +
            table_->iconSize().width() + 24;
        table_->setColumnWidth(
            AuditModel::SequenceColumn,
            std::max(table_->columnWidth(AuditModel::SequenceColumn), sequenceWidth));
        columnsSized_ = true;
    }
    if (pendingSelection_) {
        if (model_->rowOfSequence(*pendingSelection_) >= 0) {
            selectSequence(*pendingSelection_);
            pendingSelection_.reset();
        } else if (model_->canFetchMore({})) {
            model_->fetchMore({});
        } else {
            pendingSelection_.reset();
        }
    }
    updateStatus();
}

void AuditView::chooseExportFile()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit trail"),
                                                      directory + QStringLiteral("/audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditView::exportCsv(const QString &path)
{
    if (exporting_)
        return;
    exporting_ = true;
    exportAction_->setEnabled(false);
    statusLabel_->setText(tr("Exporting to %1...").arg(QDir::toNativeSeparators(path)));
    const Engine &engine = bridge_.engine();
    auto written = std::async(std::launch::async, [&engine, query = model_->currentQuery(), path] {
        return writeAuditCsv(engine, query, path);
    });
    bridge_.whenReady(std::move(written), this, [this, path](AuditExportResult result) {
        exporting_ = false;
        exportAction_->setEnabled(true);
        if (result.error.isEmpty())
            statusLabel_->setText(tr("%n entries exported to %1.", nullptr, int(result.rows))
                                      .arg(QDir::toNativeSeparators(path)));
        else
            statusLabel_->setText(tr("The export failed: %1").arg(result.error));
        emit exportFinished(path, result.rows, result.error);
    });
}

void AuditView::showDetails()
{
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid()) {
        details_->clear();
        return;
    }
    const AuditEntry &entry = model_->entryAt(current.row());
    QString text;
    if (model_->markedSequence() == entry.sequence)
        text += tr("THE AUDIT CHAIN IS BROKEN AT THIS ENTRY") + QStringLiteral("\n\n");
    text += tr("Entry #%1 at %2\n")
                .arg(entry.sequence)
                .arg(Presentation::toDateTime(entry.at).toString(Qt::ISODateWithMs));
    text += tr("Actor: %1 (%2)\n")
                .arg(QString::fromStdString(entry.actor), QString::fromStdString(entry.role));
    text += tr("Action: %1 on %2 %3\n")
                .arg(QString::fromStdString(entry.action), QString::fromStdString(entry.objectType),
                     QString::fromStdString(entry.objectId));
    text += tr("Reason: %1\n").arg(QString::fromStdString(entry.reason));
    text += tr("\nBefore:\n%1\n").arg(readable(entry.before));
    text += tr("\nAfter:\n%1\n").arg(readable(entry.after));
    text +=
        tr("\nHash: %1\nPrevious hash: %2")
            .arg(QString::fromStdString(entry.hash), QString::fromStdString(entry.previousHash));
    details_->setPlainText(text);
}

void AuditView::updateStatus()
{
    if (exporting_)
        return;
    const int rows = model_->rowCount();
    if (model_->isLoading() && rows == 0)
        statusLabel_->setText(tr("Loading..."));
    else if (model_->atEnd())
        statusLabel_->setText(tr("%n entries", nullptr, rows));
    else
        statusLabel_->setText(tr("%n entries shown; scroll for more", nullptr, rows));
}

} // namespace syncline::ui
