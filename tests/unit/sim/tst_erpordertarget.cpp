#include "client/HttpClient.h"
#include "sim/ErpOrderTarget.h"
#include "wire/HttpServer.h"

#include <QtTest>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <future>
#include <mutex>
#include <thread>

using namespace syncline;

namespace {

// A stand-in ERP that answers every order with the status the test sets, and records what it got.
class FakeErp {
public:
    FakeErp()
        : work_(boost::asio::make_work_guard(io_))
        , server_(io_, wire::HttpServerOptions{},
                  [this](wire::HttpRequest request, wire::HttpServer::Respond respond) {
                      std::lock_guard lock(mutex_);
                      requests_.push_back(request);
                      auto response = wire::HttpResponse::text(status_, "{}");
                      if (status_ == 429)
                          response.headers.push_back({"Retry-After", "3"});
                      respond(std::move(response));
                  })
    {
        server_.start();
        thread_ = std::thread([this] { io_.run(); });
    }
    ~FakeErp()
    {
        server_.stop();
        work_.reset();
        io_.stop();
        thread_.join();
    }

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(server_.port()); }
    void answer(int status)
    {
        std::lock_guard lock(mutex_);
        status_ = status;
    }
    std::vector<wire::HttpRequest> requests() const
    {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    wire::HttpServer server_;
    std::thread thread_;
    mutable std::mutex mutex_;
    int status_ = 201;
    std::vector<wire::HttpRequest> requests_;
};

Delivery order(const std::string &number, const std::string &key)
{
    Delivery d;
    d.target = "erp-api/orders";
    d.idempotencyKey = key;
    d.correlationId = number;
    d.domain = Domain::Order;
    d.type = "order.created";
    d.payload = "{\"order_number\":\"" + number + "\"}";
    return d;
}

} // namespace

class TestErpOrderTarget : public QObject {
    Q_OBJECT

private slots:
    void postsEachOrderWithItsKey();
    void classifiesAnswers_data();
    void classifiesAnswers();

private:
    std::vector<DeliveryOutcome> deliver(FakeErp &erp, std::vector<Delivery> batch);
};

std::vector<DeliveryOutcome> TestErpOrderTarget::deliver(FakeErp &erp, std::vector<Delivery> batch)
{
    boost::asio::io_context io;
    auto work = boost::asio::make_work_guard(io);
    std::thread runner([&io] { io.run(); });
    std::vector<DeliveryOutcome> outcomes;
    {
        client::HttpClient http(io);
        sim::ErpOrderTarget target(http, {"erp-api/orders", erp.baseUrl() + "/", "key-1"});
        std::promise<std::vector<DeliveryOutcome>> done;
        target.deliver(std::move(batch), [&done](std::vector<DeliveryOutcome> result) {
            done.set_value(std::move(result));
        });
        outcomes = done.get_future().get();
    }
    work.reset();
    io.stop();
    runner.join();
    return outcomes;
}

void TestErpOrderTarget::postsEachOrderWithItsKey()
{
    FakeErp erp;
    const auto outcomes = deliver(erp, {order("#1", "k-1"), order("#2", "k-2")});
    QCOMPARE(outcomes.size(), std::size_t(2));
    QVERIFY(outcomes[0].ok);
    QVERIFY(outcomes[1].ok);
    auto requests = erp.requests();
    QCOMPARE(requests.size(), std::size_t(2));
    std::sort(requests.begin(), requests.end(),
              [](const auto &a, const auto &b) { return a.body < b.body; });
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const auto &request = requests[i];
        QCOMPARE(request.method, std::string("POST"));
        QCOMPARE(request.target, std::string("/erp/orders"));
        QCOMPARE(*request.header("Idempotency-Key"), "k-" + std::to_string(i + 1));
        QCOMPARE(*request.header("Authorization"), std::string("Bearer key-1"));
        QCOMPARE(request.body, "{\"order_number\":\"#" + std::to_string(i + 1) + "\"}");
    }
}

void TestErpOrderTarget::classifiesAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorClass");
    QTest::newRow("created") << 201 << true << int(ErrorClass::Transient);
    QTest::newRow("replayed") << 200 << true << int(ErrorClass::Transient);
    QTest::newRow("down") << 503 << false << int(ErrorClass::Transient);
    QTest::newRow("throttled") << 429 << false << int(ErrorClass::RateLimited);
    QTest::newRow("bad key") << 401 << false << int(ErrorClass::Auth);
    QTest::newRow("refused order") << 422 << false << int(ErrorClass::Data);
}

void TestErpOrderTarget::classifiesAnswers()
{
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(int, errorClass);
    FakeErp erp;
    erp.answer(status);
    const auto outcomes = deliver(erp, {order("#9", "k-9")});
    QCOMPARE(outcomes.size(), std::size_t(1));
    QCOMPARE(outcomes[0].ok, ok);
    if (!ok)
        QCOMPARE(int(outcomes[0].errorClass), errorClass);
    if (status == 429)
        QCOMPARE(outcomes[0].retryAfter, std::optional<Millis>(Millis(3000)));
}

QTEST_APPLESS_MAIN(TestErpOrderTarget)
#include "tst_erpordertarget.moc"
