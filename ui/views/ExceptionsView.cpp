#include "views/ExceptionsView.h"

#include "EngineBridge.h"
#include "ExceptionActions.h"
#include "OperatorSession.h"
#include "Presentation.h"
#include "dialogs/ExceptionDialogs.h"
#include "models/DeadLettersModel.h"
#include "models/HoldsModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace syncline::ui {

namespace {

constexpr int SearchDelayMs = 150;
constexpr int ReloadDelayMs = 200;
// New holds arrive with processing, which the feeds report many times a second: re-reading
// every active hold that often would keep a worker busy for nothing.
constexpr int FeedsReloadDelayMs = 1000;
constexpr int NoLimit = 1'000'000'000;
const QString SavedFiltersGroup = QStringLiteral("exceptions/savedFilters");

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool sameHolds(const std::vector<domain::Hold> &a, const std::vector<domain::Hold> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].status != b[i].status || a[i].owner != b[i].owner ||
            a[i].notes.size() != b[i].notes.size() || a[i].message != b[i].message ||
            a[i].snoozedUntil != b[i].snoozedUntil)
            return false;
    }
    return true;
}

} // namespace

ExceptionsView::ExceptionsView(ViewContext &context, QWidget *parent)
    : QWidget(parent)
    , bridge_(context.bridge)
    , session_(context.session)
    , holdsModel_(new HoldsModel(this))
    , deadLettersModel_(new DeadLettersModel(this))
{
    setObjectName(QStringLiteral("exceptionsView"));
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("exceptionsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);
    buildFilterBar(layout);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("exceptionsTabs"));
    holdsTable_ = makeTable(holdsModel_, QStringLiteral("holdsTable"));
    holdsTable_->sortByColumn(HoldsModel::DueColumn, Qt::AscendingOrder);
    deadLettersTable_ = makeTable(deadLettersModel_, QStringLiteral("deadLettersTable"));
    deadLettersTable_->sortByColumn(DeadLettersModel::IdColumn, Qt::AscendingOrder);
    tabs_->addTab(holdsTable_, tr("&Held orders"));
    tabs_->addTab(deadLettersTable_, tr("&Dead letters"));

    details_ = new QTextBrowser(this);
    details_->setObjectName(QStringLiteral("exceptionDetails"));
    details_->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tabs_);
    splitter->addWidget(details_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("exceptionsMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("bulkProgress"));
    progress_->setFormat(tr("%v of %m"));
    progress_->setMaximumWidth(260);
    progress_->hide();
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("bulkCancel"));
    cancelButton_->hide();
    bottom->addWidget(message_, 1);
    bottom->addWidget(progress_);
    bottom->addWidget(cancelButton_);
    layout->addLayout(bottom);

    using V = ExceptionsView;
    const auto key = [](QKeyCombination k) { return QKeySequence(k); };
    addAction(QStringLiteral("next"), tr("Next"), {key(Qt::Key_J), key(Qt::CTRL | Qt::Key_Down)},
              &V::next);
    addAction(QStringLiteral("previous"), tr("Previous"),
              {key(Qt::Key_K), key(Qt::CTRL | Qt::Key_Up)}, &V::previous);
    addAction(QStringLiteral("approve"), tr("Approve..."), {key(Qt::Key_A)}, &V::askApprove);
    addAction(QStringLiteral("fix"), tr("Fix..."), {key(Qt::Key_F)}, &V::askFix);
    addAction(QStringLiteral("resubmit"), tr("Resubmit"), {key(Qt::Key_R)}, &V::askResubmit);
    addAction(QStringLiteral("resubmitEdited"), tr("Resubmit edited..."),
              {key(Qt::SHIFT | Qt::Key_R)}, &V::askResubmitEdited);
    addAction(QStringLiteral("reject"), tr("Reject..."), {key(Qt::Key_X)}, &V::askReject);
    addAction(QStringLiteral("assign"), tr("Assign..."), {key(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
              &V::askAssign);
    addAction(QStringLiteral("note"), tr("Note..."), {key(Qt::Key_N)}, &V::askNote);
    addAction(QStringLiteral("snooze"), tr("Snooze..."), {key(Qt::Key_S)}, &V::askSnooze);
    addAction(QStringLiteral("discard"), tr("Discard..."), {key(Qt::Key_D)}, &V::askDiscard);
    addAction(QStringLiteral("selectAll"), tr("Select all matching"),
              {key(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, &V::selectAllMatching);
    addAction(QStringLiteral("cancelBulk"), tr("Cancel bulk action"), {key(Qt::Key_Escape)},
              &V::cancelBulk);
    addAction(QStringLiteral("refresh"), tr("Refresh"), {QKeySequence(QKeySequence::Refresh)},
              &V::reload);
    addAction(QStringLiteral("findText"), tr("Find"), {QKeySequence(QKeySequence::Find)},
              &V::focusFind);
    for (const QString &name :
         {QStringLiteral("previous"), QStringLiteral("next"), QString(), QStringLiteral("approve"),
          QStringLiteral("fix"), QStringLiteral("reject"), QStringLiteral("assign"),
          QStringLiteral("note"), QStringLiteral("snooze"), QString(), QStringLiteral("resubmit"),
          QStringLiteral("resubmitEdited"), QStringLiteral("discard"), QString(),
          QStringLiteral("selectAll"), QStringLiteral("refresh")}) {
        if (name.isEmpty())
            toolbar->addSeparator();
        else
            toolbar->addAction(actions_.value(name));
    }
    for (QTableView *table : {holdsTable_, deadLettersTable_}) {
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (const QString &name :
             {QStringLiteral("approve"), QStringLiteral("fix"), QStringLiteral("reject"),
              QStringLiteral("assign"), QStringLiteral("note"), QStringLiteral("snooze"),
              QStringLiteral("resubmit"), QStringLiteral("resubmitEdited"),
              QStringLiteral("discard"), QStringLiteral("selectAll")})
            table->addAction(actions_.value(name));
    }

    connect(cancelButton_, &QPushButton::clicked, this, &ExceptionsView::cancelBulk);
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        refreshFilterChoices();
        updateActions();
        showCurrentDetails();
    });
    connect(&session_, &OperatorSession::changed, this, &ExceptionsView::updateActions);

    reloadTimer_ = new QTimer(this);
    reloadTimer_->setSingleShot(true);
    connect(reloadTimer_, &QTimer::timeout, this, &ExceptionsView::reload);
    connect(&bridge_, &EngineBridge::auditChanged, this, [this] { scheduleReload(ReloadDelayMs); });
    connect(&bridge_, &EngineBridge::deadLettersChanged, this,
            [this] { scheduleReload(ReloadDelayMs); });
    connect(&bridge_, &EngineBridge::feedsChanged, this,
            [this](const std::shared_ptr<const FeedsSnapshot> &snapshot) {
                if (snapshot && snapshot->version != feedsVersion_) {
                    feedsVersion_ = snapshot->version;
                    scheduleReload(FeedsReloadDelayMs);
                }
            });

    setTabOrder(search_, reason_);
    setTabOrder(reason_, domain_);
    setTabOrder(domain_, connection_);
    setTabOrder(connection_, owner_);
    setTabOrder(owner_, age_);
    setTabOrder(age_, saved_);
    setTabOrder(saved_, tabs_);
    setTabOrder(tabs_, holdsTable_);
    setTabOrder(holdsTable_, deadLettersTable_);
    setTabOrder(deadLettersTable_, details_);

    refreshFilterChoices();
    updateActions();
    reload();
}

ExceptionsView::~ExceptionsView()
{
    if (bulk_)
        bulk_->cancel();
}

ViewDescriptor ExceptionsView::descriptor()
{
    return {
        QStringLiteral("exceptions"), tr("Exceptions"),
        QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
        [](ViewContext &context, QWidget *parent) { return new ExceptionsView(context, parent); }};
}

QAction *ExceptionsView::addAction(const QString &name, const QString &text,
                                   const QList<QKeySequence> &keys, void (ExceptionsView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name + QStringLiteral("Action"));
    action->setShortcuts(keys);
    // Single-letter keys act only while the view has focus; text fields keep their letters.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QStringList names;
    for (const QKeySequence &sequence : keys)
        names.append(sequence.toString(QKeySequence::NativeText));
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(QStringLiteral("...")), names.join(tr(" or "))));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    actions_.insert(name, action);
    return action;
}

void ExceptionsView::buildFilterBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("exceptionsSearch"));
    search_->setPlaceholderText(tr("Order, SKU, message, error... (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    const auto combo = [this](const QString &name, const QString &tip) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setToolTip(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    reason_ = combo(QStringLiteral("filterReason"), tr("Reason"));
    domain_ = combo(QStringLiteral("filterDomain"), tr("Domain"));
    domain_->addItem(tr("Any domain"));
    for (Domain domain :
         {Domain::Order, Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Fulfilment})
        domain_->addItem(Presentation::domainText(domain), fromUtf8(toString(domain)));
    connection_ = combo(QStringLiteral("filterConnection"), tr("Connection"));
    owner_ = combo(QStringLiteral("filterOwner"), tr("Owner (held orders)"));
    age_ = combo(QStringLiteral("filterAge"), tr("Age"));
    age_->addItem(tr("Any age"), 0);
    age_->addItem(tr("Older than 1 hour"), 60);
    age_->addItem(tr("Older than 4 hours"), 240);
    age_->addItem(tr("Older than 1 day"), 24 * 60);
    age_->addItem(tr("Older than 3 days"), 3 * 24 * 60);
    saved_ = combo(QStringLiteral("savedFilters"), tr("Saved filters"));
    auto *save = new QPushButton(tr("Save filter..."), this);
    save->setObjectName(QStringLiteral("saveFilter"));
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteFilter"));

    bar->addWidget(search_, 2);
    for (QWidget *widget : std::initializer_list<QWidget *>{reason_, domain_, connection_, owner_,
                                                            age_, saved_, save, remove})
        bar->addWidget(widget);
    layout->addLayout(bar);

    searchDelay_ = new QTimer(this);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(SearchDelayMs);
    connect(searchDelay_, &QTimer::timeout, this, &ExceptionsView::filterChanged);
    connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::returnPressed, this, &ExceptionsView::filterChanged);
    for (QComboBox *box : {reason_, domain_, connection_, owner_, age_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!updatingFilterBar_)
                filterChanged();
        });
    connect(saved_, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(saved_->itemText(index));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        askText(tr("Save filter"), tr("Name:"),
                saved_->currentIndex() > 0 ? saved_->currentText() : QString(), false,
                [this](const QString &name) { saveFilter(name); });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (saved_->currentIndex() > 0)
            removeSavedFilter(saved_->currentText());
    });
}

QTableView *ExceptionsView::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Fixed row heights: the table never measures 100k rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setDefaultSectionSize(120);
    table->setSortingEnabled(true);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsView::showCurrentDetails);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExceptionsView::updateActions);
    // Enter opens the details of the row.
    connect(table, &QTableView::activated, this, [this] {
        showCurrentDetails();
        details_->setFocus();
    });
    return table;
}

QString ExceptionsView::message() const
{
    return message_->text();
}

QAction *ExceptionsView::action(const QString &name) const
{
    return actions_.value(name);
}

ExceptionsView::Page ExceptionsView::currentPage() const
{
    return tabs_->currentIndex() == 1 ? DeadLettersPage : HoldsPage;
}

void ExceptionsView::showPage(Page page)
{
    tabs_->setCurrentIndex(page == DeadLettersPage ? 1 : 0);
}

QTableView *ExceptionsView::currentTable() const
{
    return currentPage() == HoldsPage ? holdsTable_ : deadLettersTable_;
}

// --- filters ------------------------------------------------------------------------------

ExceptionFilter ExceptionsView::filter() const
{
    ExceptionFilter filter;
    filter.text = search_->text().trimmed();
    filter.reason = reason_->currentData().toString();
    filter.domain = domainFromString(domain_->currentData().toString());
    filter.connection = connection_->currentData().toString();
    const QVariant owner = owner_->currentData();
    if (owner.isValid())
        filter.owner = owner.toString();
    filter.minimumAgeMinutes = age_->currentData().toInt();
    return filter;
}

void ExceptionsView::setFilter(const ExceptionFilter &filter)
{
    updatingFilterBar_ = true;
    const auto select = [](QComboBox *box, const QVariant &value, const QString &label) {
        int index = box->findData(value);
        if (index < 0 && value.isValid() && !value.toString().isEmpty()) {
            box->addItem(label, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, index));
    };
    select(reason_, filter.reason.isEmpty() ? QVariant() : QVariant(filter.reason), filter.reason);
    select(domain_, filter.domain ? QVariant(fromUtf8(toString(*filter.domain))) : QVariant(),
           filter.domain ? Presentation::domainText(*filter.domain) : QString());
    select(connection_, filter.connection.isEmpty() ? QVariant() : QVariant(filter.connection),
           filter.connection);
    select(owner_, filter.owner ? QVariant(*filter.owner) : QVariant(),
           filter.owner ? *filter.owner : QString());
    select(age_, filter.minimumAgeMinutes,
           tr("Older than %n min", nullptr, filter.minimumAgeMinutes));
    search_->setText(filter.text);
    searchDelay_->stop();
    updatingFilterBar_ = false;
    filterChanged();
}

void ExceptionsView::filterChanged()
{
    const ExceptionFilter current = filter();
    QStringList holdsSelected, lettersSelected;
    QString holdsCurrent, lettersCurrent;
    int holdsRow = -1, lettersRow = -1;
    remember(holdsTable_, holdsSelected, holdsCurrent, holdsRow, HoldsModel::IdRole);
    remember(deadLettersTable_, lettersSelected, lettersCurrent, lettersRow,
             DeadLettersModel::IdRole);
    holdsModel_->setFilter(current);
    deadLettersModel_->setFilter(current);
    restore(holdsTable_, holdsSelected, holdsCurrent, 0,
            [this](const QString &id) { return holdsModel_->rowOf(id); });
    restore(deadLettersTable_, lettersSelected, lettersCurrent, 0,
            [this](const QString &id) { return deadLettersModel_->rowOf(id.toLongLong()); });
    updateCounts();
    updateActions();
    showCurrentDetails();
}

void ExceptionsView::refreshFilterChoices()
{
    updatingFilterBar_ = true;
    const auto refill = [](QComboBox *box, const QString &anyLabel, const QStringList &values,
                           const QList<std::pair<QString, QVariant>> &extra = {}) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(anyLabel);
        for (const auto &[label, value] : extra)
            box->addItem(label, value);
        for (const QString &value : values)
            box->addItem(value, value);
        int index = box->findData(current);
        if (index < 0 && current.isValid()) {
            box->addItem(current.toString(), current); // kept: a saved filter may name it
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, index));
    };
    const bool holds = currentPage() == HoldsPage;
    refill(reason_, tr("Any reason"),
           holds ? holdsModel_->reasons() : deadLettersModel_->reasons());
    QStringList connections = holdsModel_->connections() + deadLettersModel_->connections();
    connections.removeDuplicates();
    connections.sort();
    refill(connection_, tr("Any connection"), connections);
    refill(owner_, tr("Any owner"), holdsModel_->owners(),
           {{tr("Unassigned"), QString(QLatin1String(""))}, {tr("Mine"), session_.userName()}});
    owner_->setEnabled(holds);
    QStringList names = savedFilterNames();
    const QString savedCurrent = saved_->currentText();
    saved_->clear();
    saved_->addItem(tr("Saved filters"));
    saved_->addItems(names);
    saved_->setCurrentIndex(std::max(0, saved_->findText(savedCurrent)));
    updatingFilterBar_ = false;
}

void ExceptionsView::saveFilter(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(SavedFiltersGroup);
    settings.setValue(name.trimmed(), filter().toVariant());
    settings.endGroup();
    refreshFilterChoices();
    saved_->setCurrentIndex(std::max(0, saved_->findText(name.trimmed())));
    showMessage(tr("Filter \"%1\" saved.").arg(name.trimmed()), false);
}

bool ExceptionsView::applySavedFilter(const QString &name)
{
    QSettings settings;
    settings.beginGroup(SavedFiltersGroup);
    if (!settings.contains(name))
        return false;
    const QVariantMap map = settings.value(name).toMap();
    settings.endGroup();
    setFilter(ExceptionFilter::fromVariant(map));
    saved_->setCurrentIndex(std::max(0, saved_->findText(name)));
    return true;
}

void ExceptionsView::removeSavedFilter(const QString &name)
{
    QSettings settings;
    settings.beginGroup(SavedFiltersGroup);
    settings.remove(name);
    settings.endGroup();
    refreshFilterChoices();
}

QStringList ExceptionsView::savedFilterNames() const
{
    QSettings settings;
    settings.beginGroup(SavedFiltersGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

// --- loading ------------------------------------------------------------------------------

void ExceptionsView::scheduleReload(int delayMs)
{
    if (!reloadTimer_->isActive() || reloadTimer_->remainingTime() > delayMs)
        reloadTimer_->start(delayMs);
}

void ExceptionsView::reload()
{
    reloadHolds();
    reloadDeadLetters();
}

void ExceptionsView::reloadHolds()
{
    if (holdsLoading_) {
        holdsStale_ = true;
        return;
    }
    holdsLoading_ = true;
    holdsStale_ = false;
    HoldQuery query;
    query.limit = NoLimit;
    bridge_.whenReady(
        bridge_.engine().holds(query), this,
        [this](std::vector<domain::Hold> holds) {
            holdsLoading_ = false;
            // Unchanged holds keep the table as it is: no reset, no lost scroll position.
            const bool same = sameHolds(holds, holdsModel_->holds());
            if (!same) {
                QStringList selected;
                QString current;
                int currentRow = -1;
                remember(holdsTable_, selected, current, currentRow, HoldsModel::IdRole);
                holdsModel_->setHolds(std::move(holds));
                restore(holdsTable_, selected, current, currentRow,
                        [this](const QString &id) { return holdsModel_->rowOf(id); });
                refreshFilterChoices();
                updateCounts();
                updateActions();
                showCurrentDetails();
            }
            emit reloaded();
            if (holdsStale_)
                reloadHolds();
        },
        [this](const QString &error) {
            holdsLoading_ = false;
            showMessage(tr("Could not read the held orders: %1").arg(error), true);
        });
}

void ExceptionsView::reloadDeadLetters()
{
    if (lettersLoading_) {
        lettersStale_ = true;
        return;
    }
    lettersLoading_ = true;
    lettersStale_ = false;
    DeadLetterQuery query;
    query.limit = NoLimit;
    bridge_.whenReady(
        bridge_.engine().deadLetters(query), this,
        [this](std::vector<DeadLetter> letters) {
            lettersLoading_ = false;
            QStringList selected;
            QString current;
            int currentRow = -1;
            remember(deadLettersTable_, selected, current, currentRow, DeadLettersModel::IdRole);
            deadLettersModel_->setDeadLetters(std::move(letters));
            restore(deadLettersTable_, selected, current, currentRow, [this](const QString &id) {
                return deadLettersModel_->rowOf(id.toLongLong());
            });
            if (currentPage() == DeadLettersPage)
                refreshFilterChoices();
            updateCounts();
            updateActions();
            if (currentPage() == DeadLettersPage)
                showCurrentDetails();
            emit reloaded();
            if (lettersStale_)
                reloadDeadLetters();
        },
        [this](const QString &error) {
            lettersLoading_ = false;
            showMessage(tr("Could not read the dead letters: %1").arg(error), true);
        });
}

void ExceptionsView::remember(QTableView *table, QStringList &selected, QString &current,
                              int &currentRow, int role) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    selected.reserve(rows.size());
    for (const QModelIndex &index : rows)
        selected.append(index.data(role).toString());
    const QModelIndex index = table->selectionModel()->currentIndex();
    current = index.isValid() ? index.data(role).toString() : QString();
    currentRow = index.isValid() ? index.row() : -1;
}

void ExceptionsView::restore(QTableView *table, const QStringList &selected, const QString &current,
                             int currentRow, const std::function<int(const QString &)> &rowOf)
{
    QAbstractItemModel *model = table->model();
    const int rowCount = model->rowCount();
    if (rowCount == 0)
        return;
    std::vector<int> rows;
    rows.reserve(std::size_t(selected.size()));
    for (const QString &id : selected) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    // Ranges, not rows: selecting thousands of rows one by one is slow.
    QItemSelection selection;
    const int lastColumn = model->columnCount() - 1;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(model->index(rows[i], 0), model->index(rows[j], lastColumn));
        i = j + 1;
    }
    int row = current.isEmpty() ? -1 : rowOf(current);
    // The current row was decided and left the table: the next one takes its place.
    if (row < 0 && currentRow >= 0)
        row = std::min(currentRow, rowCount - 1);
    QItemSelectionModel *selectionModel = table->selectionModel();
    if (row >= 0) {
        if (selection.isEmpty())
            selection.select(model->index(row, 0), model->index(row, lastColumn));
        selectionModel->setCurrentIndex(model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ExceptionsView::updateCounts()
{
    tabs_->setTabText(0, tr("&Held orders (%1)").arg(holdsModel_->rowCount()));
    tabs_->setTabText(1, tr("&Dead letters (%1)").arg(deadLettersModel_->rowCount()));
}

void ExceptionsView::updateActions()
{
    const bool holds = currentPage() == HoldsPage;
    const auto current = holds ? currentHold() : std::nullopt;
    const bool anyHold = holds && (current || !selectedHoldIds().isEmpty());
    const bool anyLetter = !holds && !selectedDeadLetterIds().isEmpty();
    const bool idle = !bulk_;
    const bool mayApprove =
        current ? session_.mayApprove(QString::fromStdString(current->reasonCode)) : false;
    actions_.value(QStringLiteral("approve"))->setEnabled(idle && anyHold && mayApprove);
    actions_.value(QStringLiteral("fix"))->setEnabled(idle && current && session_.mayFix());
    actions_.value(QStringLiteral("reject"))->setEnabled(idle && anyHold && session_.mayReject());
    actions_.value(QStringLiteral("assign"))->setEnabled(idle && anyHold && session_.mayAssign());
    actions_.value(QStringLiteral("note"))->setEnabled(idle && anyHold && session_.mayNote());
    actions_.value(QStringLiteral("snooze"))->setEnabled(idle && anyHold && session_.maySnooze());
    const bool letters = idle && anyLetter && session_.mayHandleDeadLetters();
    actions_.value(QStringLiteral("resubmit"))->setEnabled(letters);
    actions_.value(QStringLiteral("discard"))->setEnabled(letters);
    actions_.value(QStringLiteral("resubmitEdited"))
        ->setEnabled(letters && selectedDeadLetterIds().size() == 1);
    actions_.value(QStringLiteral("cancelBulk"))->setEnabled(!idle);
}

} // namespace syncline::ui
