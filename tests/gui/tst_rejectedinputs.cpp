#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "engine/Engine.h"
#include "models/RejectedInputsModel.h"
#include "views/DashboardView.h"
#include "views/RejectedInputsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace syncline;
using namespace syncline::ui;

namespace {

RejectedInput refusedWebhook()
{
    RejectedInput input;
    input.channel = "webhook";
    input.connection = "shop-main";
    input.peer = "127.0.0.1:50412";
    input.path = "/webhooks/shopify/orders";
    input.reason = "unknown webhook topic \"orders/edited\"";
    input.body = R"({"id":4711,"name":"#4711","email":"anna@example.com"})";
    input.bodySize = std::int64_t(input.body.size());
    input.bodySha256 = "9f2c";
    input.headers = "X-Shopify-Topic: orders/edited\nX-Shopify-Hmac-Sha256: c2lnbmF0dXJl\n";
    return input;
}

RejectedInput refusedFile()
{
    RejectedInput input;
    input.channel = "file";
    input.connection = "wms-drop";
    input.path = "/srv/drop/stock-0412.csv";
    input.reason = "line 3: quantity \"-\" is not a number";
    input.body = "sku,qty\nA-1,4\nB-2,-\n";
    input.bodySize = std::int64_t(input.body.size());
    return input;
}

// The window with the view under test (and the dashboard, so it is not the only page), so
// that the test does not depend on every other view of the console.
ViewRegistry registryUnderTest()
{
    ViewRegistry registry;
    registry.add(DashboardView::descriptor());
    registry.add(RejectedInputsView::descriptor());
    return registry;
}

} // namespace

class TestRejectedInputs : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    RejectedInputsView *view_ = nullptr;
    // What the webhook adapter would have: the cause is "fixed" when the topic becomes known.
    std::shared_ptr<std::atomic<bool>> topicKnown_ = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> replays_ = std::make_shared<std::atomic<int>>(0);

    std::int64_t record(RejectedInput input)
    {
        std::promise<std::int64_t> id;
        engine_->recordRejected(std::move(input),
                                [&id](std::int64_t value) { id.set_value(value); });
        return id.get_future().get();
    }

    int rowOf(std::int64_t id) const { return view_->model()->rowOf(id); }

    QString cell(std::int64_t id, int column) const
    {
        return view_->model()->index(rowOf(id), column).data().toString();
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        topicKnown_->store(false);
        replays_->store(0);
        engine_->setRejectedReplayer(
            "webhook", [known = topicKnown_, replays = replays_](
                           const RejectedInput &input, std::function<void(std::string)> done) {
                ++*replays;
                done(known->load()
                         ? std::string()
                         : "unknown webhook topic \"orders/edited\" (" + input.connection + ")");
            });
        bridge_ = std::make_unique<EngineBridge>(*engine_, nullptr, std::chrono::milliseconds(50));
        session_ =
            std::make_unique<OperatorSession>(QStringLiteral("olga"), domain::Role::Operator);
        window_ =
            std::make_unique<MainWindow>(*bridge_, registryUnderTest(), nullptr, session_.get());
        window_->showView(QStringLiteral("rejected"));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        view_ = qobject_cast<RejectedInputsView *>(window_->view(QStringLiteral("rejected")));
        QVERIFY(view_);
    }

    void cleanup()
    {
        window_.reset();
        session_.reset();
        bridge_.reset();
        engine_.reset();
        dir_.reset();
    }

    void listsWhatWasRefusedWithItsContent()
    {
        QAbstractItemModelTester tester(view_->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::int64_t webhook = record(refusedWebhook());
        const std::int64_t file = record(refusedFile());
        // Live: the view follows the engine's notifications.
        QTRY_COMPARE(view_->model()->rowCount(), 2);
        QCOMPARE(rowOf(file), 0); // newest first
        QCOMPARE(cell(webhook, RejectedInputsModel::ChannelColumn), QStringLiteral("Webhook"));
        QCOMPARE(cell(webhook, RejectedInputsModel::ConnectionColumn), QStringLiteral("shop-main"));
        QCOMPARE(cell(webhook, RejectedInputsModel::ReasonColumn),
                 QStringLiteral("unknown webhook topic \"orders/edited\""));
        QCOMPARE(cell(webhook, RejectedInputsModel::StatusColumn), QStringLiteral("Refused"));
        QCOMPARE(cell(file, RejectedInputsModel::ChannelColumn), QStringLiteral("File"));
        QVERIFY(!cell(file, RejectedInputsModel::ReceivedColumn).isEmpty());

        // Keyboard: down to the webhook, Enter opens its raw content.
        view_->table()->setFocus();
        view_->table()->selectRow(0);
        QTest::keyClick(view_->table(), Qt::Key_Down);
        QCOMPARE(view_->table()->currentIndex().row(), rowOf(webhook));
        QTest::keyClick(view_->table(), Qt::Key_Return);
        QVERIFY(view_->content()->hasFocus());
        const QString content = view_->content()->toPlainText();
        QVERIFY2(content.contains(QStringLiteral("X-Shopify-Topic: orders/edited")),
                 qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("/webhooks/shopify/orders")));
        QVERIFY(content.contains(QStringLiteral("127.0.0.1:50412")));
        QVERIFY(content.contains(QStringLiteral("\"email\": \"anna@example.com\"")));
        QVERIFY(content.contains(QStringLiteral("Reason: unknown webhook topic")));

        view_->table()->selectRow(rowOf(file));
        QVERIFY(view_->content()->toPlainText().contains(QStringLiteral("sku,qty\nA-1,4\nB-2,-")));

        const QString path = QStringLiteral(SYNCLINE_BINARY_DIR "/screenshots/rejected-inputs.png");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(window_->grab().save(path));
    }

    void replayAfterTheCauseIsFixed()
    {
        const std::int64_t webhook = record(refusedWebhook());
        QTRY_COMPARE(view_->model()->rowCount(), 1);
        view_->table()->setFocus();
        view_->table()->selectRow(0);
        QVERIFY(view_->replayAction()->isEnabled());

        // Still broken: the refusal comes back and the input stays refused.
        QSignalSpy finished(view_, &RejectedInputsView::replayFinished);
        QTest::keyClick(view_->table(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(view_->resultLabel()->text(),
                 QStringLiteral("Input #%1 was not replayed: still refused: unknown webhook topic "
                                "\"orders/edited\" (shop-main)")
                     .arg(webhook));
        QCOMPARE(cell(webhook, RejectedInputsModel::StatusColumn), QStringLiteral("Refused"));

        topicKnown_->store(true);
        QTRY_VERIFY(view_->replayAction()->isEnabled());
        QTest::keyClick(view_->table(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QCOMPARE(view_->resultLabel()->text(),
                 QStringLiteral("Input #%1 replayed: replayed").arg(webhook));
        QTRY_COMPARE(cell(webhook, RejectedInputsModel::StatusColumn), QStringLiteral("Replayed"));
        QCOMPARE(replays_->load(), 2);
        // Audited with the operator's name.
        AuditQuery query;
        query.action = "rejected.replay";
        const auto audit = engine_->audit(query).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("olga"));
        QCOMPARE(audit[0].objectId, std::to_string(webhook));
    }

    void supportMayNotReplay()
    {
        record(refusedWebhook());
        QTRY_COMPARE(view_->model()->rowCount(), 1);
        view_->table()->setFocus();
        view_->table()->selectRow(0);
        QVERIFY(view_->replayAction()->isEnabled());
        session_->setUser(QStringLiteral("sam"), domain::Role::Support, false);
        QVERIFY(!view_->replayAction()->isEnabled());
        QVERIFY(view_->replayAction()->toolTip().contains(QStringLiteral("support")));
        QTest::keyClick(view_->table(), Qt::Key_R, Qt::ControlModifier);
        view_->replaySelected();
        QCOMPARE(replays_->load(), 0);
        QVERIFY(view_->resultLabel()->isHidden());
        session_->setUser(QStringLiteral("olga"), domain::Role::Operator, false);
        QVERIFY(view_->replayAction()->isEnabled());
    }

    void theConsoleListsTheView()
    {
        QStringList ids;
        const ViewRegistry console = ViewRegistry::standard();
        for (const ViewDescriptor &descriptor : console.views())
            ids << descriptor.id;
        QVERIFY(ids.contains(QStringLiteral("rejected")));
        QCOMPARE(window_->viewIds(),
                 (QStringList{QStringLiteral("dashboard"), QStringLiteral("rejected")}));
    }
};

QTEST_MAIN(TestRejectedInputs)
#include "tst_rejectedinputs.moc"
