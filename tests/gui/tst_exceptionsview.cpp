#include "EngineBridge.h"
#include "ExceptionActions.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "dialogs/ExceptionDialogs.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/DeadLettersModel.h"
#include "models/HoldsModel.h"
#include "util/Uuid.h"
#include "views/ExceptionsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <boost/json.hpp>

#include <atomic>
#include <future>

using namespace syncline;
using namespace syncline::ui;

namespace {

// Passes every rule but the address check: a German postal code needs five digits.
model::Order orderWithPostalCode(const std::string &number, const std::string &postalCode)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           postalCode,  "DE",          ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "A-1", 1, Decimal::fromInteger(10), Decimal::fromInteger(2)});
    o.subtotal = Decimal::fromInteger(10);
    o.taxTotal = Decimal::fromInteger(2);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.eventId = newUuid();
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.occurredAt = SystemClock::instance().now();
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

// An inventory record without its SKU: refused by the mapping stage and parked.
Event brokenInventoryEvent(int i)
{
    Event e;
    e.eventId = newUuid();
    e.idempotencyKey = "wms:broken:" + std::to_string(i);
    e.sourceSystem = "wms";
    e.connection = "wms-main";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = "SKU-" + std::to_string(i);
    e.occurredAt = SystemClock::instance().now();
    e.payload = R"({"location":"WH1","on_hand":1})";
    return e;
}

template <typename T>
T *waitForChild(QObject *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = nullptr;
            for (T *child : parent->findChildren<T *>()) {
                if (child->isVisible())
                    found = child;
            }
            return found != nullptr;
        },
        10000);
    return found;
}

} // namespace

class TestExceptionsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynclineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exceptionsview"));
    }

    void init()
    {
        dataDirectory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDirectory_->isValid());
        EngineOptions options;
        options.dataDirectory = dataDirectory_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        QVERIFY(engine_);
        bridge_ = std::make_unique<EngineBridge>(*engine_);
        session_ =
            std::make_unique<OperatorSession>(QStringLiteral("olga"), domain::Role::Operator);
    }

    void cleanup()
    {
        if (window_)
            bridge_->waitForPendingResults();
        holdsTester_.reset();
        lettersTester_.reset();
        window_.reset();
        bridge_.reset();
        engine_.reset();
        session_.reset();
        dataDirectory_.reset();
    }

    void triageAHoldByKeyboard()
    {
        for (const char *number : {"SO-1", "SO-2", "SO-3"})
            ingest(orderEvent(orderWithPostalCode(number, "1011")));
        engine_->drain().get();
        ExceptionsView *view = openView();
        QTRY_COMPARE(view->holdsModel()->rowCount(), 3);
        QTableView *table = view->holdsTable();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());

        // The table starts on its first row once it has focus.
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_K);
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 0);
        // The details follow the current row, with the order's history and payload.
        const QString firstOrder =
            table->currentIndex().siblingAtColumn(HoldsModel::OrderColumn).data().toString();
        QTRY_VERIFY(view->details()->toPlainText().contains(QStringLiteral("\"postal_code\"")));
        QVERIFY(view->details()->toPlainText().contains(firstOrder));

        // Approve: A asks for the reason, Enter sends it.
        const std::string approvedId = view->holdsModel()->holdAt(0).id;
        QVERIFY(view->action(QStringLiteral("approve"))->isEnabled());
        QVERIFY(view->action(QStringLiteral("approve"))->toolTip().contains(QStringLiteral("A")));
        QTest::keyClick(table, Qt::Key_A);
        auto *prompt = waitForChild<QInputDialog>(view);
        QVERIFY(prompt);
        prompt->setTextValue(QStringLiteral("address confirmed by phone"));
        QTest::keyClick(prompt, Qt::Key_Return);
        QTRY_COMPARE(view->holdsModel()->rowCount(), 2);
        backToTable(view, table);
        const auto history = engine_->orderHistory(firstOrder.toStdString()).get();
        QCOMPARE(history.holds.size(), std::size_t(1));
        QCOMPARE(history.holds[0].id, approvedId);
        QVERIFY(history.holds[0].status == domain::HoldStatus::Approved);
        QCOMPARE(history.holds[0].resolution.find("address confirmed by phone") !=
                     std::string::npos,
                 true);
        // The next hold takes the approved one's place.
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().row(), 0);

        // Assign to oneself: Ctrl+Shift+A offers the operator's own name.
        const std::string assignedId = view->holdsModel()->holdAt(0).id;
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        prompt = waitForChild<QInputDialog>(view);
        QVERIFY(prompt);
        QCOMPARE(prompt->textValue(), QStringLiteral("olga"));
        QTest::keyClick(prompt, Qt::Key_Return);
        QTRY_COMPARE(holdById(assignedId).owner, std::string("olga"));
        backToTable(view, table);

        // A note, then snooze.
        QTest::keyClick(table, Qt::Key_N);
        prompt = waitForChild<QInputDialog>(view);
        QVERIFY(prompt);
        prompt->setTextValue(QStringLiteral("called the customer"));
        prompt->accept();
        QTRY_COMPARE(holdById(assignedId).notes.size(), std::size_t(1));
        QCOMPARE(holdById(assignedId).notes[0].text, std::string("called the customer"));
        backToTable(view, table);

        QTest::keyClick(table, Qt::Key_S);
        auto *snooze = waitForChild<SnoozeDialog>(view);
        QVERIFY(snooze);
        snooze->setDuration(std::chrono::minutes(240));
        snooze->setReason(QStringLiteral("waiting for the customer"));
        snooze->accept();
        QTRY_VERIFY(holdById(assignedId).status == domain::HoldStatus::Snoozed);
        // The engine's answer reaches the view after the store has it.
        QTRY_VERIFY(!view->message().isEmpty());
    }

    void fixShowsTheDiffAndResubmits()
    {
        ingest(orderEvent(orderWithPostalCode("SO-20", "1011")));
        engine_->drain().get();
        ExceptionsView *view = openView();
        QTRY_COMPARE(view->holdsModel()->rowCount(), 1);
        QTableView *table = view->holdsTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_J);
        QTest::keyClick(table, Qt::Key_F);
        auto *dialog = waitForChild<FixDialog>(view);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // A field the order does not have is refused before anything is sent.
        dialog->setFieldEdit(QStringLiteral("/shipping_address/zip"), QStringLiteral("10115"));
        QVERIFY(!dialog->fix());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("/shipping_address/zip")));

        dialog->setFieldEdit(QStringLiteral("/shipping_address/postal_code"),
                             QStringLiteral("10115"));
        QVERIFY2(dialog->fix().has_value(), qPrintable(dialog->problem()));
        QVERIFY(ok->isEnabled());
        const QString diff = dialog->diffText();
        QVERIFY2(diff.contains(QStringLiteral("/shipping_address/postal_code")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("\"1011\"")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("\"10115\"")), qPrintable(diff));
        QVERIFY(diff.indexOf(QStringLiteral("\"1011\"")) <
                diff.indexOf(QStringLiteral("\"10115\"")));
        saveScreenshot(dialog, QStringLiteral("exceptions-fix"));
        ok->click();

        QTRY_COMPARE(view->holdsModel()->rowCount(), 0);
        const auto history = engine_->orderHistory("SO-20").get();
        QVERIFY(history.order);
        QVERIFY(history.holds.at(0).status == domain::HoldStatus::Resolved);
        QVERIFY(history.order->payload.find("\"postal_code\":\"10115\"") != std::string::npos);

        // A dead letter resubmitted with an edited payload.
        ingest(brokenInventoryEvent(1));
        engine_->drain().get();
        view->showPage(ExceptionsView::DeadLettersPage);
        QTRY_COMPARE(view->deadLettersModel()->rowCount(), 1);
        const qint64 letterId = view->deadLettersModel()->letterAt(0).id;
        backToTable(view, view->deadLettersTable());
        QTest::keyClick(view->deadLettersTable(), Qt::Key_J);
        QVERIFY(view->action(QStringLiteral("resubmitEdited"))->isEnabled());
        QTest::keyClick(view->deadLettersTable(), Qt::Key_R, Qt::ShiftModifier);
        auto *payload = waitForChild<PayloadDialog>(view);
        QVERIFY(payload);
        payload->setPayload(QStringLiteral("{\"sku\": \"SKU-1\", \"location\": "));
        QVERIFY(!payload->payload());
        QVERIFY(!payload->problem().isEmpty());
        payload->setPayload(QStringLiteral("{\"sku\": \"SKU-1\", \"location\": \"WH1\", "
                                           "\"on_hand\": 1}"));
        QVERIFY(payload->payload());
        payload->accept();
        QTRY_COMPARE(letterStatus(letterId), std::string("resubmitted"));
        engine_->drain().get();
        QTRY_COMPARE(view->deadLettersModel()->rowCount(), 0);
    }

    void bulkResubmitWithProgressAndCancel()
    {
        constexpr int Letters = 5000;
        std::vector<std::future<IngestResult>> pending;
        pending.reserve(Letters);
        for (int i = 0; i < Letters; ++i)
            pending.push_back(engine_->ingest(brokenInventoryEvent(i)));
        for (auto &result : pending)
            QVERIFY(result.get().status == IngestResult::Status::Accepted);
        engine_->drain().get();

        ExceptionsView *view = openView();
        view->showPage(ExceptionsView::DeadLettersPage);
        QTRY_COMPARE_WITH_TIMEOUT(view->deadLettersModel()->rowCount(), Letters, 30000);
        const QList<qint64> originals = view->deadLettersModel()->filteredIds();

        QTableView *table = view->deadLettersTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), Letters);

        int maxProgress = 0;
        connect(view->bulkProgress(), &QProgressBar::valueChanged, this,
                [&maxProgress](int value) { maxProgress = std::max(maxProgress, value); });
        int sent = -1, succeeded = -1, failed = -1, total = -1;
        connect(view, &ExceptionsView::bulkStarted, this, [&](BulkCommand *command) {
            QVERIFY(view->bulkProgress()->isVisible());
            QVERIFY(view->cancelButton()->isVisible());
            // The operator cancels once some have gone through.
            connect(command, &BulkCommand::progress, view, [view](int completed, int) {
                if (completed == 200)
                    view->cancelButton()->click();
            });
            connect(command, &BulkCommand::finished, view, [&, command] {
                sent = command->sent();
                succeeded = command->succeeded();
                failed = command->failed();
                total = command->total();
            });
        });
        QSignalSpy finished(view, &ExceptionsView::bulkFinished);
        QTest::keyClick(table, Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);

        QCOMPARE(total, Letters);
        QVERIFY(maxProgress > 0);
        QVERIFY2(sent < Letters, qPrintable(QString::number(sent)));
        QVERIFY(sent >= 200);
        QCOMPARE(failed, 0);
        QCOMPARE(succeeded, sent);
        QVERIFY(!view->bulkProgress()->isVisible());
        QVERIFY(finished.at(0).at(0).toString().contains(QStringLiteral("not sent")));

        // Every one sent is resolved; none of the others is.
        DeadLetterQuery all;
        all.includeResolved = true;
        all.limit = 1'000'000;
        std::map<std::int64_t, std::string> status;
        for (const auto &letter : engine_->deadLetters(all).get())
            status[letter.id] = letter.status;
        int resubmitted = 0;
        for (qint64 id : originals) {
            const std::string &s = status.at(id);
            QVERIFY(s == "resubmitted" || s == "parked");
            resubmitted += s == "resubmitted" ? 1 : 0;
        }
        QCOMPARE(resubmitted, sent);
    }

    void supportMayNotApprove()
    {
        session_ = std::make_unique<OperatorSession>(QStringLiteral("sam"), domain::Role::Support);
        ingest(orderEvent(orderWithPostalCode("SO-30", "1011")));
        engine_->drain().get();
        ExceptionsView *view = openView();
        QTRY_COMPARE(view->holdsModel()->rowCount(), 1);
        QTableView *table = view->holdsTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_J);
        QVERIFY(!view->action(QStringLiteral("approve"))->isEnabled());
        QVERIFY(!view->action(QStringLiteral("reject"))->isEnabled());
        QVERIFY(view->action(QStringLiteral("note"))->isEnabled());
        QTest::keyClick(table, Qt::Key_A);
        QTest::qWait(100);
        QVERIFY(!view->findChild<QInputDialog *>());

        // Forced anyway: the engine refuses, and the view shows the engine's words.
        const std::string holdId = view->holdsModel()->holdAt(0).id;
        view->approveSelected(QStringLiteral("customer insists"));
        QTRY_VERIFY(!view->message().isEmpty());
        const auto refusal =
            engine_->approveHold(holdId, "customer insists", session_->actor()).get();
        QVERIFY(!refusal.ok);
        QCOMPARE(view->message(), QString::fromStdString(refusal.message));
        QVERIFY(holdById(holdId).status == domain::HoldStatus::Open);

        // Another role at the same console: the action follows the session.
        session_->setUser(QStringLiteral("olga"), domain::Role::Operator, false);
        QVERIFY(view->action(QStringLiteral("approve"))->isEnabled());
    }

    void filtersNarrowAndAreSaved()
    {
        ingest(orderEvent(orderWithPostalCode("SO-40", "1011")));
        ingest(orderEvent(orderWithPostalCode("SO-41", "1011")));
        ingest(brokenInventoryEvent(7));
        engine_->drain().get();
        ExceptionsView *view = openView();
        QTRY_COMPARE(view->holdsModel()->rowCount(), 2);
        QTRY_COMPARE(view->deadLettersModel()->rowCount(), 1);
        const std::string second = view->holdsModel()->holdAt(1).id;
        QVERIFY(engine_->assignHold(second, "olga", session_->actor()).get().ok);
        QTRY_COMPARE(view->holdsModel()
                         ->holdAt(view->holdsModel()->rowOf(QString::fromStdString(second)))
                         .owner,
                     std::string("olga"));

        ExceptionFilter mine;
        mine.owner = QStringLiteral("olga");
        view->setFilter(mine);
        QCOMPARE(view->holdsModel()->rowCount(), 1);
        QCOMPARE(view->filter().owner, std::optional<QString>(QStringLiteral("olga")));
        view->saveFilter(QStringLiteral("Mine"));
        QVERIFY(view->savedFilterNames().contains(QStringLiteral("Mine")));

        ExceptionFilter text;
        text.text = QStringLiteral("so-40");
        view->setFilter(text);
        QCOMPARE(view->holdsModel()->rowCount(), 1);
        QCOMPARE(view->holdsModel()->holdAt(0).orderNumber, std::string("SO-40"));
        ExceptionFilter inventory;
        inventory.domain = Domain::Inventory;
        view->setFilter(inventory);
        QCOMPARE(view->holdsModel()->rowCount(), 0);
        QCOMPARE(view->deadLettersModel()->rowCount(), 1);

        view->setFilter({});
        QCOMPARE(view->holdsModel()->rowCount(), 2);
        QVERIFY(view->applySavedFilter(QStringLiteral("Mine")));
        QCOMPARE(view->holdsModel()->rowCount(), 1);
        QCOMPARE(view->holdsModel()->holdAt(0).id, second);
        view->removeSavedFilter(QStringLiteral("Mine"));
        QVERIFY(!view->savedFilterNames().contains(QStringLiteral("Mine")));

        view->setFilter({});
        view->holdsTable()->selectRow(0);
        saveScreenshot(window_.get(), QStringLiteral("exceptions-holds"));
    }

private:
    // A closed dialog leaves the window to the platform to activate again (the offscreen one
    // does not); shortcuts need the active window and the focus in the view.
    // Back to the table once the last command's answer has reached the view: the store may have
    // the change before the view has its answer, and until then the view's actions stay disabled
    // (one command at a time), so a key pressed earlier would do nothing.
    void backToTable(ExceptionsView *view, QTableView *table)
    {
        QTRY_VERIFY(!view->action(QStringLiteral("cancelBulk"))->isEnabled());
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
    }

    ExceptionsView *openView()
    {
        window_ = std::make_unique<MainWindow>(*bridge_, ViewRegistry::standard(), nullptr,
                                               session_.get());
        window_->show();
        if (!QTest::qWaitForWindowExposed(window_.get()))
            return nullptr;
        window_->activateWindow();
        if (!QTest::qWaitForWindowActive(window_.get()))
            return nullptr;
        window_->showView(QStringLiteral("exceptions"));
        auto *view = qobject_cast<ExceptionsView *>(window_->view(QStringLiteral("exceptions")));
        if (view) {
            holdsTester_ = std::make_unique<QAbstractItemModelTester>(
                view->holdsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            lettersTester_ = std::make_unique<QAbstractItemModelTester>(
                view->deadLettersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        return view;
    }

    void ingest(const Event &event)
    {
        const auto result = engine_->ingest(event).get();
        QVERIFY2(result.status == IngestResult::Status::Accepted, result.message.c_str());
    }

    domain::Hold holdById(const std::string &id)
    {
        for (auto status :
             {domain::HoldStatus::Open, domain::HoldStatus::Snoozed, domain::HoldStatus::Approved,
              domain::HoldStatus::Resolved, domain::HoldStatus::Rejected}) {
            HoldQuery query;
            query.status = status;
            query.limit = 100000;
            for (auto &hold : engine_->holds(query).get()) {
                if (hold.id == id)
                    return hold;
            }
        }
        return {};
    }

    std::string letterStatus(qint64 id)
    {
        DeadLetterQuery query;
        query.includeResolved = true;
        for (const auto &letter : engine_->deadLetters(query).get()) {
            if (letter.id == id)
                return letter.status;
        }
        return {};
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QString path = QStringLiteral(SYNCLINE_BINARY_DIR "/screenshots/%1.png").arg(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(widget->grab().save(path));
    }

    std::unique_ptr<QTemporaryDir> dataDirectory_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<QAbstractItemModelTester> holdsTester_;
    std::unique_ptr<QAbstractItemModelTester> lettersTester_;
};

QTEST_MAIN(TestExceptionsView)
#include "tst_exceptionsview.moc"
