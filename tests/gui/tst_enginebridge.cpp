#include "EngineBridge.h"
#include "model/Json.h"
#include "util/Uuid.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <future>
#include <stdexcept>

using namespace syncline;
using namespace syncline::ui;

namespace {

Event productEvent(const std::string &connection, const std::string &sku)
{
    model::Product product;
    product.sku = sku;
    product.name = "Product " + sku;
    Event event;
    event.eventId = newUuid();
    event.idempotencyKey = connection + ":" + sku;
    event.sourceSystem = "tryton";
    event.connection = connection;
    event.domain = Domain::Product;
    event.type = "product.updated";
    event.occurredAt = SystemClock::instance().now();
    event.correlationId = sku;
    event.payload = syncline::serialize(boost::json::value_from(product));
    return event;
}

} // namespace

class TestEngineBridge : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        directory_ = std::make_unique<QTemporaryDir>();
        QVERIFY(directory_->isValid());
        EngineOptions options;
        options.dataDirectory = directory_->path().toStdString();
        options.notifyInterval = Millis(20);
        engine_ = Engine::open(std::move(options));
        QVERIFY(engine_);
    }

    void cleanup()
    {
        engine_.reset();
        directory_.reset();
    }

    void feedChangesArriveOnTheGuiThread()
    {
        EngineBridge bridge(*engine_);
        QThread *emittedOn = nullptr;
        std::shared_ptr<const FeedsSnapshot> last;
        connect(&bridge, &EngineBridge::feedsChanged, this,
                [&](std::shared_ptr<const FeedsSnapshot> snapshot) {
                    emittedOn = QThread::currentThread();
                    last = std::move(snapshot);
                });
        engine_->ingest(productEvent("erp-tryton", "SKU-1")).get();
        engine_->ingest(productEvent("erp-tryton", "SKU-2")).get();
        engine_->drain().get();

        QTRY_VERIFY(last && last->feeds.size() == 1 && last->feeds[0].received == 2);
        QCOMPARE(emittedOn, QThread::currentThread());
        QCOMPARE(last->feeds[0].connection, std::string("erp-tryton"));
        QCOMPARE(bridge.feeds(), last);
        QTRY_COMPARE(bridge.eventsCommitted(), std::int64_t(2));
        QVERIFY(bridge.eventsPerSecond() > 0);
        QVERIFY(bridge.lastUpdate().isValid());
        QCOMPARE(bridge.dataDirectory(), directory_->path());
    }

    void theFirstSnapshotIsEmittedWithoutAChange()
    {
        EngineBridge bridge(*engine_);
        QSignalSpy spy(&bridge, &EngineBridge::feedsChanged);
        QVERIFY(spy.wait());
        QVERIFY(bridge.feeds());
    }

    void resultsAreDeliveredOnTheGuiThread()
    {
        EngineBridge bridge(*engine_);
        QObject receiver;
        std::promise<int> promise;
        int value = 0;
        QThread *calledOn = nullptr;
        bridge.whenReady(promise.get_future(), &receiver, [&](int result) {
            value = result;
            calledOn = QThread::currentThread();
        });
        promise.set_value(42);
        QTRY_COMPARE(value, 42);
        QCOMPARE(calledOn, QThread::currentThread());

        bool drained = false;
        bridge.whenReady(engine_->drain(), nullptr, [&] { drained = true; });
        QTRY_VERIFY(drained);
    }

    void anExceptionIsReportedToOnError()
    {
        EngineBridge bridge(*engine_);
        QObject receiver;
        std::promise<std::vector<DeadLetter>> promise;
        bool gotResult = false;
        QString error;
        bridge.whenReady(
            promise.get_future(), &receiver, [&](std::vector<DeadLetter>) { gotResult = true; },
            [&](const QString &message) { error = message; });
        promise.set_exception(std::make_exception_ptr(std::runtime_error("store is locked")));
        QTRY_COMPARE(error, QStringLiteral("store is locked"));
        QVERIFY(!gotResult);
    }

    void aDestroyedReceiverIsNotCalled()
    {
        EngineBridge bridge(*engine_);
        auto gone = std::make_unique<QObject>();
        QObject alive;
        std::promise<int> first;
        std::promise<int> second;
        int goneCalls = 0;
        int aliveCalls = 0;
        bridge.whenReady(first.get_future(), gone.get(), [&](int) { ++goneCalls; });
        bridge.whenReady(second.get_future(), &alive, [&](int) { ++aliveCalls; });
        gone.reset();
        first.set_value(1);
        second.set_value(2);
        bridge.waitForPendingResults();
        QCoreApplication::sendPostedEvents(&bridge);
        QCOMPARE(aliveCalls, 1);
        QCOMPARE(goneCalls, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> directory_;
    std::unique_ptr<Engine> engine_;
};

QTEST_MAIN(TestEngineBridge)
#include "tst_enginebridge.moc"
