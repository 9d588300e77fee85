#include "views/SettingsView.h"

#include "EngineBridge.h"
#include "Language.h"
#include "OperatorSession.h"
#include "Presentation.h"
#include "models/FeedsModel.h"
#include "models/SettingsModels.h"
#include "models/SlaModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace syncline::ui {

namespace {

constexpr std::array AllRoles{domain::Role::Operator, domain::Role::Manager, domain::Role::Support,
                              domain::Role::Admin};
constexpr std::array AllDomains{Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order,
                                Domain::Fulfilment};
constexpr int MaxTargetSeconds = 7 * 24 * 3600;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
        label->setText(text);
        label->setBuddy(field);
    }
}

QString millisText(Millis value)
{
    return durationText(value);
}

} // namespace

SettingsView::SettingsView(EngineBridge &bridge, OperatorSession &session, QWidget *parent)
    : QWidget(parent)
    , bridge_(bridge)
    , session_(session)
    , usersModel_(new UsersModel(this))
    , sloTargetsModel_(new SloTargetsModel(this))
    , endpointsModel_(new EndpointsModel(this))
    , feedsModel_(new FeedsModel(this))
{
    setObjectName(QStringLiteral("settingsView"));
    auto *layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("settingsTabs"));
    tabs_->addTab(buildSessionPage(), QString());
    tabs_->addTab(buildUsersPage(), QString());
    tabs_->addTab(buildServiceLevelsPage(), QString());
    tabs_->addTab(buildConnectionsPage(), QString());
    tabs_->addTab(buildThresholdsPage(), QString());
    tabs_->addTab(buildLanguagePage(), QString());
    layout->addWidget(tabs_, 1);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("settingsMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message_);

    auto *refresh = makeAction(this, QStringLiteral("refresh"), QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &SettingsView::reload);

    connect(&session_, &OperatorSession::changed, this, [this] {
        updateActions();
        updateSessionLabel();
    });
    connect(&bridge_, &EngineBridge::feedsChanged, this,
            [this](std::shared_ptr<const FeedsSnapshot> snapshot) {
                endpointsModel_->setEndpoints(snapshot ? snapshot->endpoints
                                                       : std::vector<EndpointStatus>{});
                feedsModel_->setSnapshot(std::move(snapshot));
            });
    // Role and target changes are audited: the audit notification is the cue to re-read them.
    connect(&bridge_, &EngineBridge::auditChanged, this, &SettingsView::reload);
    feedsModel_->setSnapshot(bridge_.feeds());
    endpointsModel_->setEndpoints(bridge_.feeds()->endpoints);

    retranslate();
    fillThresholds();
    updateActions();
    updateSessionLabel();
    reload();
}

ViewDescriptor SettingsView::descriptor()
{
    return {QStringLiteral("settings"), tr("Settings"),
            QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView),
            [](ViewContext &context, QWidget *parent) {
                return new SettingsView(context.bridge, context.session, parent);
            }};
}

QAction *SettingsView::makeAction(QWidget *page, const QString &name, const QKeySequence &key)
{
    auto *act = new QAction(page);
    act->setObjectName(name);
    act->setShortcut(key);
    // The pages share keys (Ctrl+Return applies the page's form): each works where the focus is.
    act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(act);
    actions_[name] = act;
    return act;
}

QAction *SettingsView::action(const QString &name) const
{
    const auto it = actions_.find(name);
    return it == actions_.end() ? nullptr : it->second;
}

QString SettingsView::message() const
{
    return message_->text();
}

void SettingsView::showPage(Page page)
{
    tabs_->setCurrentIndex(int(page));
}

void SettingsView::fillRoleBox(QComboBox *box)
{
    const int current = box->currentIndex();
    box->clear();
    for (const domain::Role role : AllRoles)
        box->addItem(UsersModel::roleText(role), int(role));
    box->setCurrentIndex(current < 0 ? 0 : current);
}

QWidget *SettingsView::buildSessionPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    sessionLabel_ = new QLabel(page);
    sessionLabel_->setObjectName(QStringLiteral("sessionLabel"));
    QFont strong = sessionLabel_->font();
    strong.setBold(true);
    sessionLabel_->setFont(strong);
    layout->addWidget(sessionLabel_);
    sessionForm_ = new QFormLayout;
    sessionUser_ = new QComboBox(page);
    sessionUser_->setObjectName(QStringLiteral("sessionUser"));
    sessionUser_->setEditable(true);
    sessionUser_->setInsertPolicy(QComboBox::NoInsert);
    sessionRole_ = new QComboBox(page);
    sessionRole_->setObjectName(QStringLiteral("sessionRole"));
    sessionForm_->addRow(new QLabel(this), sessionUser_);
    sessionForm_->addRow(new QLabel(this), sessionRole_);
    layout->addLayout(sessionForm_);
    auto *use =
        makeAction(page, QStringLiteral("useSession"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *useButton = new QToolButton(page);
    useButton->setDefaultAction(use);
    useButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(useButton, 0, Qt::AlignLeft);
    sessionHelp_ = new QLabel(page);
    sessionHelp_->setWordWrap(true);
    layout->addWidget(sessionHelp_);
    layout->addStretch(1);
    connect(use, &QAction::triggered, this, [this] {
        useSession(sessionUser_->currentText().trimmed(),
                   domain::Role(sessionRole_->currentData().toInt()));
    });
    // With a registry the role is the registry's: picking a user shows it.
    connect(sessionUser_, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        for (const auto &user : usersModel_->users())
            if (QString::fromStdString(user.name) == name)
                sessionRole_->setCurrentIndex(sessionRole_->findData(int(user.role)));
    });
    setTabOrder(sessionUser_, sessionRole_);
    setTabOrder(sessionRole_, useButton);
    return page;
}

QWidget *SettingsView::buildUsersPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    usersTable_ = makeTable(usersModel_, QStringLiteral("usersTable"), page);
    layout->addWidget(usersTable_, 1);
    usersForm_ = new QFormLayout;
    userName_ = new QLineEdit(page);
    userName_->setObjectName(QStringLiteral("userName"));
    userRole_ = new QComboBox(page);
    userRole_->setObjectName(QStringLiteral("userRole"));
    usersForm_->addRow(new QLabel(this), userName_);
    usersForm_->addRow(new QLabel(this), userRole_);
    layout->addLayout(usersForm_);
    auto *buttons = new QHBoxLayout;
    auto *setRole =
        makeAction(page, QStringLiteral("setRole"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *remove = makeAction(page, QStringLiteral("removeUser"), QKeySequence::Delete);
    for (QAction *act : {setRole, remove}) {
        auto *button = new QToolButton(page);
        button->setDefaultAction(act);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        usersTable_->addAction(act);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    usersHelp_ = new QLabel(page);
    usersHelp_->setWordWrap(true);
    layout->addWidget(usersHelp_);
    connect(setRole, &QAction::triggered, this, [this] {
        setUserRole(userName_->text().trimmed(), domain::Role(userRole_->currentData().toInt()));
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = usersTable_->currentIndex();
        if (current.isValid())
            removeUser(usersModel_->index(current.row(), UsersModel::NameColumn).data().toString());
    });
    auto fillFromRow = [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        userName_->setText(
            usersModel_->index(current.row(), UsersModel::NameColumn).data().toString());
        userRole_->setCurrentIndex(userRole_->findData(
            usersModel_->index(current.row(), UsersModel::RoleColumn).data(Qt::UserRole)));
    };
    connect(usersTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            fillFromRow);
    // Enter on a user opens it in the form, ready for a new role.
    connect(usersTable_, &QTableView::activated, this, [this, fillFromRow](const QModelIndex &i) {
        fillFromRow(i);
        userRole_->setFocus();
    });
    setTabOrder(usersTable_, userName_);
    setTabOrder(userName_, userRole_);
    return page;
}

QWidget *SettingsView::buildServiceLevelsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    targetsTable_ = makeTable(sloTargetsModel_, QStringLiteral("targetsTable"), page);
    layout->addWidget(targetsTable_, 1);
    targetsForm_ = new QFormLayout;
    targetDomain_ = new QComboBox(page);
    targetDomain_->setObjectName(QStringLiteral("targetDomain"));
    for (const Domain domain : AllDomains)
        targetDomain_->addItem(QString(), int(domain));
    targetSeconds_ = new QSpinBox(page);
    targetSeconds_->setObjectName(QStringLiteral("targetSeconds"));
    targetSeconds_->setRange(1, MaxTargetSeconds);
    targetOwner_ = new QLineEdit(page);
    targetOwner_->setObjectName(QStringLiteral("targetOwner"));
    targetEscalation_ = new QLineEdit(page);
    targetEscalation_->setObjectName(QStringLiteral("targetEscalation"));
    targetsForm_->addRow(new QLabel(this), targetDomain_);
    targetsForm_->addRow(new QLabel(this), targetSeconds_);
    targetsForm_->addRow(new QLabel(this), targetOwner_);
    targetsForm_->addRow(new QLabel(this), targetEscalation_);
    layout->addLayout(targetsForm_);
    auto *save =
        makeAction(page, QStringLiteral("saveTarget"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *saveButton = new QToolButton(page);
    saveButton->setDefaultAction(save);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    targetsTable_->addAction(save);
    connect(save, &QAction::triggered, this, [this] {
        saveSloTarget({Domain(targetDomain_->currentData().toInt()),
                       Millis(std::int64_t(targetSeconds_->value()) * 1000),
                       targetOwner_->text().trimmed().toStdString(),
                       targetEscalation_->text().trimmed().toStdString()});
    });
    auto fillFrom = [this](Domain domain) {
        for (const auto &target : sloTargetsModel_->targets()) {
            if (target.domain != domain)
                continue;
            targetSeconds_->setValue(int(std::min<std::int64_t>(
                MaxTargetSeconds, std::max<std::int64_t>(1, target.target.count() / 1000))));
            targetOwner_->setText(QString::fromStdString(target.owner));
            targetEscalation_->setText(QString::fromStdString(target.escalation));
        }
    };
    connect(targetDomain_, &QComboBox::currentIndexChanged, this,
            [this, fillFrom](int) { fillFrom(Domain(targetDomain_->currentData().toInt())); });
    connect(targetsTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    targetDomain_->setCurrentIndex(current.row());
            });
    connect(targetsTable_, &QTableView::activated, this, [this](const QModelIndex &i) {
        targetDomain_->setCurrentIndex(i.row());
        targetSeconds_->setFocus();
    });
    setTabOrder(targetsTable_, targetDomain_);
    setTabOrder(targetDomain_, targetSeconds_);
    setTabOrder(targetSeconds_, targetOwner_);
    setTabOrder(targetOwner_, targetEscalation_);
    return page;
}

QWidget *SettingsView::buildConnectionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    feedsLabel_ = new QLabel(page);
    layout->addWidget(feedsLabel_);
    layout->addWidget(makeTable(feedsModel_, QStringLiteral("connectionsTable"), page), 1);
    endpointsLabel_ = new QLabel(page);
    layout->addWidget(endpointsLabel_);
    layout->addWidget(makeTable(endpointsModel_, QStringLiteral("endpointsTable"), page), 1);
    return page;
}

QWidget *SettingsView::buildThresholdsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    thresholdsForm_ = new QFormLayout;
    layout->addLayout(thresholdsForm_);
    thresholdsHelp_ = new QLabel(page);
    thresholdsHelp_->setWordWrap(true);
    layout->addWidget(thresholdsHelp_);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsView::buildLanguagePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    languageForm_ = new QFormLayout;
    language_ = new QComboBox(page);
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(QString(), QString());
    for (const QString &code : availableLanguages())
        language_->addItem(QLocale(code).nativeLanguageName(), code);
    language_->setCurrentIndex(std::max(0, language_->findData(configuredLanguage())));
    languageForm_->addRow(new QLabel(this), language_);
    layout->addLayout(languageForm_);
    auto *apply =
        makeAction(page, QStringLiteral("applyLanguage"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *applyButton = new QToolButton(page);
    applyButton->setDefaultAction(apply);
    applyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(applyButton, 0, Qt::AlignLeft);
    languageHelp_ = new QLabel(page);
    languageHelp_->setWordWrap(true);
    layout->addWidget(languageHelp_);
    layout->addStretch(1);
    connect(apply, &QAction::triggered, this,
            [this] { setLanguage(language_->currentData().toString()); });
    return page;
}

void SettingsView::fillThresholds()
{
    while (thresholdsForm_->rowCount() > 0)
        thresholdsForm_->removeRow(0);
    const EngineOptions &options = bridge_.engine().options();
    auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        thresholdsForm_->addRow(label, field);
    };
    row(tr("Attempts after a transient failure:"),
        QString::number(options.retry.transientMaxAttempts));
    row(tr("Attempts while rate limited:"), QString::number(options.retry.rateLimitedMaxAttempts));
    row(tr("First retry within:"), millisText(options.retry.base));
    row(tr("Longest wait between retries:"), millisText(options.retry.cap));
    row(tr("Failures in a row that pause an endpoint:"),
        QString::number(options.breaker.failureThreshold));
    row(tr("First pause of an endpoint:"), millisText(options.breaker.openFor));
    row(tr("Longest pause of an endpoint:"), millisText(options.breaker.maxOpenFor));
    row(tr("Due retries looked for every:"), millisText(options.outboxPollInterval));
}

void SettingsView::retranslate()
{
    tabs_->setTabText(SessionPage, tr("&Session"));
    tabs_->setTabText(UsersPage, tr("&Users and roles"));
    tabs_->setTabText(ServiceLevelsPage, tr("Service &levels"));
    tabs_->setTabText(ConnectionsPage, tr("&Connections"));
    tabs_->setTabText(ThresholdsPage, tr("&Thresholds"));
    tabs_->setTabText(LanguagePage, tr("L&anguage"));

    fillRoleBox(sessionRole_);
    fillRoleBox(userRole_);
    setLabel(sessionForm_, sessionUser_, tr("User:"));
    setLabel(sessionForm_, sessionRole_, tr("Role:"));
    setLabel(usersForm_, userName_, tr("User:"));
    setLabel(usersForm_, userRole_, tr("Role:"));
    setLabel(targetsForm_, targetDomain_, tr("Domain:"));
    setLabel(targetsForm_, targetSeconds_, tr("Target:"));
    setLabel(targetsForm_, targetOwner_, tr("Owner:"));
    setLabel(targetsForm_, targetEscalation_, tr("Escalation:"));
    setLabel(languageForm_, language_, tr("Language:"));
    targetSeconds_->setSuffix(tr(" s"));
    for (int i = 0; i < targetDomain_->count(); ++i)
        targetDomain_->setItemText(
            i, Presentation::domainText(Domain(targetDomain_->itemData(i).toInt())));
    language_->setItemText(0,
                           tr("System default (%1)").arg(QLocale::system().nativeLanguageName()));
    userName_->setPlaceholderText(tr("user name as the operator signs in"));

    action(QStringLiteral("useSession"))->setText(tr("&Use this user"));
    action(QStringLiteral("setRole"))->setText(tr("&Add or set role"));
    action(QStringLiteral("removeUser"))->setText(tr("&Remove user"));
    action(QStringLiteral("saveTarget"))->setText(tr("&Save target"));
    action(QStringLiteral("applyLanguage"))->setText(tr("&Apply"));
    if (auto *refresh = action(QStringLiteral("refresh")))
        refresh->setText(tr("&Refresh"));

    sessionHelp_->setText(tr("Commands are sent as this user. Once the users registry names "
                             "anyone, the engine takes the role from the registry, whatever is "
                             "chosen here, and refuses users it does not know."));
    usersHelp_->setText(tr("Only an admin may change users and roles; the engine keeps at least "
                           "one admin. On a fresh store the first change registers you as admin."));
    thresholdsHelp_->setText(tr("Set in the engine's configuration file; a change applies when "
                                "the engine starts again."));
    languageHelp_->setText(tr("Views switch at once; everything else follows at the next start."));
    feedsLabel_->setText(tr("Feeds"));
    endpointsLabel_->setText(tr("Delivery endpoints"));
    if (thresholdsForm_->rowCount() > 0)
        fillThresholds();
    updateSessionLabel();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             usersModel_, sloTargetsModel_, endpointsModel_, feedsModel_})
        emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsView::updateActions()
{
    const bool admin = session_.mayAdministerUsers();
    action(QStringLiteral("setRole"))->setEnabled(admin);
    action(QStringLiteral("removeUser"))->setEnabled(admin);
    userName_->setEnabled(admin);
    userRole_->setEnabled(admin);
    const bool targets = session_.maySetSloTargets();
    action(QStringLiteral("saveTarget"))->setEnabled(targets);
    for (QWidget *field :
         std::initializer_list<QWidget *>{targetSeconds_, targetOwner_, targetEscalation_})
        field->setEnabled(targets);
}

void SettingsView::updateSessionLabel()
{
    sessionLabel_->setText(
        tr("Signed in as %1 (%2)").arg(session_.userName(), UsersModel::roleText(session_.role())));
    if (sessionUser_->currentText() != session_.userName())
        sessionUser_->setCurrentText(session_.userName());
    sessionRole_->setCurrentIndex(sessionRole_->findData(int(session_.role())));
}

void SettingsView::reload()
{
    bridge_.whenReady(
        bridge_.engine().users(), this,
        [this](std::vector<domain::User> users) {
            showUsers(std::move(users));
            showTargets();
            emit reloaded();
        },
        [this](const QString &error) {
            setMessage(tr("The users registry could not be read: %1").arg(error), false);
        });
}

void SettingsView::showUsers(std::vector<domain::User> users)
{
    const QString typed = sessionUser_->currentText();
    {
        const QSignalBlocker block(sessionUser_);
        sessionUser_->clear();
        for (const auto &user : users)
            sessionUser_->addItem(QString::fromStdString(user.name));
        sessionUser_->setCurrentText(typed.isEmpty() ? session_.userName() : typed);
    }
    // With a registry, the role is not the operator's to claim.
    sessionRole_->setEnabled(users.empty());
    usersModel_->setUsers(users);
    if (!session_.adoptRegistry(users))
        setMessage(tr("%1 is not in the users registry: the engine refuses every command sent "
                      "as this user. Choose a registered user on the Session page.")
                       .arg(session_.userName()),
                   false);
}

void SettingsView::showTargets()
{
    sloTargetsModel_->setTargets(bridge_.engine().sloTargets());
    if (!targetOwner_->hasFocus() && !targetEscalation_->hasFocus() && !targetSeconds_->hasFocus())
        emit targetDomain_->currentIndexChanged(targetDomain_->currentIndex());
}

void SettingsView::useSession(const QString &userName, domain::Role claimedRole)
{
    if (userName.isEmpty()) {
        setMessage(tr("Enter a user name."), false);
        return;
    }
    const auto &users = usersModel_->users();
    if (users.empty()) {
        session_.setUser(userName, claimedRole);
        setMessage(tr("Commands are now sent as %1 (%2).")
                       .arg(userName, UsersModel::roleText(claimedRole)));
        return;
    }
    for (const auto &user : users) {
        if (QString::fromStdString(user.name) == userName) {
            session_.setUser(userName, user.role);
            setMessage(tr("Commands are now sent as %1 (%2, from the users registry).")
                           .arg(userName, UsersModel::roleText(user.role)));
            return;
        }
    }
    setMessage(tr("%1 is not in the users registry: an admin adds users on the Users and roles "
                  "page.")
                   .arg(userName),
               false);
}

void SettingsView::setUserRole(const QString &userName, domain::Role role)
{
    send(bridge_.engine().setUserRole(userName.toStdString(), role, session_.actor()),
         tr("Role of %1").arg(userName));
}

void SettingsView::removeUser(const QString &userName)
{
    send(bridge_.engine().removeUser(userName.toStdString(), session_.actor()),
         tr("Removing %1").arg(userName));
}

void SettingsView::saveSloTarget(const domain::SloTarget &target)
{
    send(bridge_.engine().setSloTarget(target, session_.actor()),
         tr("Target of %1").arg(Presentation::domainText(target.domain)));
}

void SettingsView::send(std::future<CommandResult> command, const QString &what)
{
    bridge_.whenReady(
        std::move(command), this,
        [this, what](CommandResult result) {
            const QString text = QString::fromStdString(result.message);
            setMessage(result.ok ? tr("%1: done (%2).").arg(what, text)
                                 : tr("%1: refused. %2").arg(what, text),
                       result.ok);
            reload();
            emit commandFinished(result.ok, text);
        },
        [this, what](const QString &error) {
            setMessage(tr("%1: failed. %2").arg(what, error), false);
            emit commandFinished(false, error);
        });
}

void SettingsView::setLanguage(const QString &code)
{
    setConfiguredLanguage(code);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    installTranslators(locale);
    language_->setCurrentIndex(std::max(0, language_->findData(code)));
    setMessage(tr("Language set to %1.").arg(language_->currentText()));
}

void SettingsView::setMessage(const QString &text, bool ok)
{
    message_->setText(text);
    QPalette palette = message_->palette();
    palette.setColor(QPalette::WindowText, ok ? QApplication::palette().color(QPalette::WindowText)
                                              : Presentation::stateColor(FeedState::Failing));
    message_->setPalette(palette);
}

} // namespace syncline::ui
