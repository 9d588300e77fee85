#pragma once

#include "ViewRegistry.h"
#include "domain/Roles.h"
#include "domain/Slo.h"
#include "engine/Engine.h"

#include <QWidget>

#include <map>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace syncline::ui {

class EndpointsModel;
class EngineBridge;
class FeedsModel;
class OperatorSession;
class SloTargetsModel;
class UsersModel;

// Settings: who is at the console, users and roles (admins), service-level targets (managers),
// the connections and thresholds the engine runs with, and the console's language. Changes go to
// the engine as audited commands; the engine decides, the view shows its answer.
class SettingsView : public QWidget {
    Q_OBJECT

public:
    enum Page {
        SessionPage,
        UsersPage,
        ServiceLevelsPage,
        ConnectionsPage,
        ThresholdsPage,
        LanguagePage
    };

    SettingsView(EngineBridge &bridge, OperatorSession &session, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    QTabWidget *tabs() const { return tabs_; }
    void showPage(Page page);
    // "refresh", "useSession", "setRole", "removeUser", "saveTarget", "applyLanguage".
    QAction *action(const QString &name) const;
    QString message() const;
    UsersModel *usersModel() const { return usersModel_; }
    SloTargetsModel *sloTargetsModel() const { return sloTargetsModel_; }
    EndpointsModel *endpointsModel() const { return endpointsModel_; }
    FeedsModel *feedsModel() const { return feedsModel_; }
    QTableView *usersTable() const { return usersTable_; }
    QLineEdit *userNameEdit() const { return userName_; }
    QComboBox *userRoleBox() const { return userRole_; }
    QComboBox *sessionUserBox() const { return sessionUser_; }
    QComboBox *languageBox() const { return language_; }

    // What the actions do once their input is filled in. Commands are sent as the session's
    // user; commandFinished() reports the engine's answer.
    void useSession(const QString &userName, domain::Role claimedRole);
    void setUserRole(const QString &userName, domain::Role role);
    void removeUser(const QString &userName);
    void saveSloTarget(const domain::SloTarget &target);
    // Empty: follow the system. Remembered, and applied at once.
    void setLanguage(const QString &code);
    // Re-reads the users registry and the targets; reloaded() follows.
    void reload();

signals:
    void reloaded();
    void commandFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSessionPage();
    QWidget *buildUsersPage();
    QWidget *buildServiceLevelsPage();
    QWidget *buildConnectionsPage();
    QWidget *buildThresholdsPage();
    QWidget *buildLanguagePage();
    QAction *makeAction(QWidget *page, const QString &name, const QKeySequence &key);
    void retranslate();
    void fillRoleBox(QComboBox *box);
    void updateActions();
    void updateSessionLabel();
    void showUsers(std::vector<domain::User> users);
    void showTargets();
    void send(std::future<CommandResult> command, const QString &what);
    void setMessage(const QString &text, bool ok = true);
    void fillThresholds();

    EngineBridge &bridge_;
    OperatorSession &session_;
    UsersModel *usersModel_ = nullptr;
    SloTargetsModel *sloTargetsModel_ = nullptr;
    EndpointsModel *endpointsModel_ = nullptr;
    FeedsModel *feedsModel_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    QLabel *message_ = nullptr;
    std::map<QString, QAction *> actions_;

    // Session page.
    QLabel *sessionLabel_ = nullptr;
    QLabel *sessionHelp_ = nullptr;
    QComboBox *sessionUser_ = nullptr;
    QComboBox *sessionRole_ = nullptr;
    QFormLayout *sessionForm_ = nullptr;
    // Users page.
    QTableView *usersTable_ = nullptr;
    QLineEdit *userName_ = nullptr;
    QComboBox *userRole_ = nullptr;
    QFormLayout *usersForm_ = nullptr;
    QLabel *usersHelp_ = nullptr;
    // Service levels page.
    QTableView *targetsTable_ = nullptr;
    QComboBox *targetDomain_ = nullptr;
    QSpinBox *targetSeconds_ = nullptr;
    QLineEdit *targetOwner_ = nullptr;
    QLineEdit *targetEscalation_ = nullptr;
    QFormLayout *targetsForm_ = nullptr;
    // Connections page.
    QLabel *feedsLabel_ = nullptr;
    QLabel *endpointsLabel_ = nullptr;
    // Thresholds page.
    QFormLayout *thresholdsForm_ = nullptr;
    QLabel *thresholdsHelp_ = nullptr;
    // Language page.
    QComboBox *language_ = nullptr;
    QLabel *languageHelp_ = nullptr;
    QFormLayout *languageForm_ = nullptr;
};

} // namespace syncline::ui
