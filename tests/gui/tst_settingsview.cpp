#include "EngineBridge.h"
#include "Language.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "Presentation.h"
#include "engine/Engine.h"
#include "models/SettingsModels.h"
#include "views/ExceptionsView.h"
#include "views/SettingsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

// An inventory record without its SKU: refused by the mapping stage and parked.
Event brokenInventoryEvent()
{
    Event event;
    event.idempotencyKey = "wms:broken";
    event.sourceSystem = "wms";
    event.connection = "wms";
    event.domain = Domain::Inventory;
    event.type = "inventory.level";
    event.correlationId = "SKU-X";
    event.entityKey = "inventory:SKU-X@WH1";
    event.payload = R"({"location":"WH1","on_hand":1})";
    return event;
}

} // namespace

class TestSettingsView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dataDirectory_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    SettingsView *view_ = nullptr;

    bool command(const std::function<void()> &send, QString *message = nullptr)
    {
        QSignalSpy finished(view_, &SettingsView::commandFinished);
        QSignalSpy reloaded(view_, &SettingsView::reloaded);
        send();
        if (!finished.wait(10'000))
            return false;
        if (message)
            *message = finished.at(0).at(1).toString();
        const bool ok = finished.at(0).at(0).toBool();
        // Every command is followed by a fresh read of the registry.
        if (reloaded.isEmpty() && !reloaded.wait(10'000))
            return false;
        return ok;
    }

    QStringList userNames() const
    {
        QStringList names;
        for (int row = 0; row < view_->usersModel()->rowCount(); ++row)
            names << view_->usersModel()->index(row, UsersModel::NameColumn).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynclineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsview"));
    }

    void init()
    {
        dataDirectory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDirectory_->isValid());
        EngineOptions options;
        options.dataDirectory = dataDirectory_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        bridge_ = std::make_unique<EngineBridge>(*engine_);
        session_ = std::make_unique<OperatorSession>(QStringLiteral("ada"), domain::Role::Admin);
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard(), nullptr,
                                               session_.get());
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->showView(QStringLiteral("settings"));
        view_ = qobject_cast<SettingsView *>(window_->view(QStringLiteral("settings")));
        QVERIFY(view_);
    }

    void cleanup()
    {
        window_.reset();
        bridge_->waitForPendingResults();
        bridge_.reset();
        session_.reset();
        engine_.reset();
        dataDirectory_.reset();
    }

    void cleanupTestCase() { setConfiguredLanguage(QString()); }

    void adminAddsUsersAndSetsRoles()
    {
        QAbstractItemModelTester users(view_->usersModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view_->action(QStringLiteral("setRole"))->isEnabled());
        QVERIFY(
            command([this] { view_->setUserRole(QStringLiteral("sam"), domain::Role::Support); }));
        QCOMPARE(userNames(), (QStringList{QStringLiteral("ada"), QStringLiteral("sam")}));
        QCOMPARE(view_->usersModel()->index(1, UsersModel::RoleColumn).data().toString(),
                 QStringLiteral("Support"));
        // The engine has them too, with an audit entry for each.
        const auto registered = engine_->users().get();
        QCOMPARE(registered.size(), std::size_t(2));
        AuditQuery query;
        query.action = "user.role";
        QCOMPARE(engine_->audit(query).get().size(), std::size_t(2));

        QVERIFY(command([this] { view_->removeUser(QStringLiteral("sam")); }));
        QCOMPARE(userNames(), QStringList{QStringLiteral("ada")});
        // The last admin stays.
        QString refusal;
        QVERIFY(!command([this] { view_->removeUser(QStringLiteral("ada")); }, &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("admin")), qPrintable(refusal));
        QVERIFY(view_->message().contains(QStringLiteral("refused")));
    }

    void keyboardAddsAUser()
    {
        view_->showPage(SettingsView::UsersPage);
        view_->userNameEdit()->setFocus();
        QTest::keyClicks(view_->userNameEdit(), QStringLiteral("mira"));
        view_->userRoleBox()->setCurrentIndex(
            view_->userRoleBox()->findData(int(domain::Role::Manager)));
        QVERIFY(command([this] {
            QTest::keyClick(view_->userNameEdit(), Qt::Key_Return, Qt::ControlModifier);
        }));
        QCOMPARE(userNames(), (QStringList{QStringLiteral("ada"), QStringLiteral("mira")}));

        // Enter on a row puts the user in the form; Delete removes it.
        view_->usersTable()->setFocus();
        view_->usersTable()->setCurrentIndex(view_->usersModel()->index(1, 0));
        QTest::keyClick(view_->usersTable(), Qt::Key_Return);
        QCOMPARE(view_->userNameEdit()->text(), QStringLiteral("mira"));
        QCOMPARE(view_->userRoleBox()->currentData().toInt(), int(domain::Role::Manager));
        view_->usersTable()->setFocus();
        QVERIFY(command([this] { QTest::keyClick(view_->usersTable(), Qt::Key_Delete); }));
        QCOMPARE(userNames(), QStringList{QStringLiteral("ada")});
        QVERIFY(view_->grab().save(QStringLiteral(SYNCLINE_BINARY_DIR "/tst_settingsview.png")));
    }

    void supportRoleIsRefusedByTheEngine()
    {
        QVERIFY(
            command([this] { view_->setUserRole(QStringLiteral("sam"), domain::Role::Support); }));
        QVERIFY(engine_->ingest(brokenInventoryEvent()).get().status ==
                IngestResult::Status::Accepted);
        engine_->drain().get();

        auto *exceptions =
            qobject_cast<ExceptionsView *>(window_->view(QStringLiteral("exceptions")));
        QVERIFY(exceptions);
        window_->showView(QStringLiteral("exceptions"));
        exceptions->showPage(ExceptionsView::DeadLettersPage);
        exceptions->reload();
        QTRY_COMPARE(exceptions->deadLettersTable()->model()->rowCount(), 1);
        exceptions->deadLettersTable()->selectRow(0);
        QTRY_VERIFY(exceptions->action(QStringLiteral("resubmit"))->isEnabled());

        // Sam signs in claiming admin; the registry says support.
        view_->useSession(QStringLiteral("sam"), domain::Role::Admin);
        QCOMPARE(session_->userName(), QStringLiteral("sam"));
        QVERIFY(session_->role() == domain::Role::Support);
        QVERIFY(!exceptions->action(QStringLiteral("resubmit"))->isEnabled());
        QVERIFY(!exceptions->action(QStringLiteral("discard"))->isEnabled());
        QVERIFY(!exceptions->action(QStringLiteral("approve"))->isEnabled());
        QVERIFY(!view_->action(QStringLiteral("setRole"))->isEnabled());
        QVERIFY(!view_->action(QStringLiteral("saveTarget"))->isEnabled());

        // Sent anyway, the engine refuses, and the view says so.
        exceptions->resubmitSelected();
        QTRY_VERIFY_WITH_TIMEOUT(exceptions->message().contains(QStringLiteral("support")), 10'000);
        Actor claimed = session_->actor();
        claimed.role = "admin";
        auto direct = engine_->resubmitDeadLetter(
            engine_->deadLetters(DeadLetterQuery{}).get().at(0).id, std::nullopt, claimed);
        QVERIFY(!direct.get().ok);
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().at(0).status, std::string("parked"));
        QString refusal;
        QVERIFY(!command([this] { view_->setUserRole(QStringLiteral("sam"), domain::Role::Admin); },
                         &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("Only an admin")), qPrintable(refusal));

        // A name the registry does not know is not taken.
        view_->useSession(QStringLiteral("ghost"), domain::Role::Admin);
        QCOMPARE(session_->userName(), QStringLiteral("sam"));
        QVERIFY(view_->message().contains(QStringLiteral("not in the users registry")));
    }

    void managerSetsAServiceLevelTarget()
    {
        QAbstractItemModelTester targets(view_->sloTargetsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester endpoints(view_->endpointsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view_->sloTargetsModel()->rowCount(), 5);
        QVERIFY(
            command([this] { view_->setUserRole(QStringLiteral("mira"), domain::Role::Manager); }));
        view_->useSession(QStringLiteral("mira"), domain::Role::Operator);
        QVERIFY(session_->role() == domain::Role::Manager);
        QVERIFY(view_->action(QStringLiteral("saveTarget"))->isEnabled());
        QVERIFY(!view_->action(QStringLiteral("setRole"))->isEnabled());

        QVERIFY(command([this] {
            view_->saveSloTarget({Domain::Order, Millis(120'000), "Night desk", "page the lead"});
        }));
        const int order = int(Domain::Order);
        // The table follows the engine's change notification, which may come after the answer.
        QTRY_COMPARE(
            view_->sloTargetsModel()->index(order, SloTargetsModel::TargetColumn).data().toString(),
            QStringLiteral("2 min"));
        QTRY_COMPARE(
            view_->sloTargetsModel()->index(order, SloTargetsModel::OwnerColumn).data().toString(),
            QStringLiteral("Night desk"));
        QCOMPARE(engine_->sloTargets()[std::size_t(order)].target, Millis(120'000));
        AuditQuery query;
        query.action = "slo.target";
        const auto audit = engine_->audit(query).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("mira"));
        QCOMPARE(audit[0].role, std::string("manager"));
    }

    void languageSwitchesLive()
    {
        auto *domainBox = view_->findChild<QComboBox *>(QStringLiteral("targetDomain"));
        QVERIFY(domainBox);
        const int inventory = domainBox->findData(int(Domain::Inventory));
        QCOMPARE(domainBox->itemText(inventory), QStringLiteral("Inventory"));
        view_->setLanguage(QStringLiteral("de"));
        QCOMPARE(configuredLanguage(), QStringLiteral("de"));
        QTRY_COMPARE(domainBox->itemText(inventory), QStringLiteral("Bestand"));
        view_->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(domainBox->itemText(inventory), QStringLiteral("Inventory"));
        view_->setLanguage(QString());
        QVERIFY(configuredLanguage().isEmpty());
    }
};

QTEST_MAIN(TestSettingsView)
#include "tst_settingsview.moc"
