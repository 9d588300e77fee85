#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/json.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace syncline;
using namespace syncline::testing;

namespace {

constexpr Millis TimeToLive = std::chrono::minutes(15);
constexpr Millis RetryAfterFailure = std::chrono::seconds(30);

// The ERP as the engine sees it: customer prices and credit, and whether it answers at all.
class FakeErp {
public:
    void setUp(bool up)
    {
        std::lock_guard lock(mutex_);
        up_ = up;
    }
    void setPrice(const std::string &sku, Decimal price)
    {
        std::lock_guard lock(mutex_);
        prices_[sku] = price;
    }
    void setCredit(Decimal available)
    {
        std::lock_guard lock(mutex_);
        credit_ = available;
    }
    // Until release(), pricing calls hang as a stuck ERP connection would.
    void hang()
    {
        std::lock_guard lock(mutex_);
        hanging_ = true;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex_);
            hanging_ = false;
        }
        wake_.notify_all();
    }
    int pricingCalls() const { return pricingCalls_; }
    int creditCalls() const { return creditCalls_; }

    std::optional<domain::CustomerPricing> pricing(const std::string &account)
    {
        ++pricingCalls_;
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return !hanging_; });
        if (!up_)
            return std::nullopt;
        domain::CustomerPricing pricing;
        model::PriceList list;
        list.id = "WHOLESALE-" + account;
        list.currency = "EUR";
        for (const auto &[sku, price] : prices_)
            list.entries.push_back({sku, 1, price, std::nullopt, std::nullopt});
        pricing.priceList = list;
        return pricing;
    }
    std::optional<Decimal> credit(const std::string &)
    {
        ++creditCalls_;
        std::lock_guard lock(mutex_);
        if (!up_)
            throw std::runtime_error("connection refused");
        return credit_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool up_ = true;
    bool hanging_ = false;
    std::map<std::string, Decimal> prices_{{"A-1", Decimal::fromInteger(10)}};
    Decimal credit_ = Decimal::fromInteger(1000);
    std::atomic<int> pricingCalls_{0};
    std::atomic<int> creditCalls_{0};
};

model::Order order(const std::string &number, Decimal unitPrice, std::int64_t quantity = 1,
                   model::PaymentState payment = model::PaymentState::Paid)
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           "10115",     "DE",          ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "A-1", quantity, unitPrice, Decimal{}});
    o.subtotal = unitPrice * quantity;
    o.total = o.subtotal;
    o.currency = "EUR";
    o.paymentState = payment;
    return o;
}

Event orderEvent(const model::Order &o)
{
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

Event pricingEvent(const std::string &key, const std::string &type, const std::string &payload)
{
    Event e;
    e.idempotencyKey = key;
    e.sourceSystem = "erp";
    e.connection = "erp";
    e.domain = Domain::Pricing;
    e.type = type;
    e.correlationId = key;
    e.entityKey = "pricing:" + key;
    e.payload = payload;
    return e;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestPricingDesk : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_{fromEpochMs(1'790'000'400'000)};
    std::shared_ptr<FakeErp> fakeErp_;
    std::shared_ptr<RecordingTarget> erp_;
    std::unique_ptr<Engine> engine_;

    void open(bool withSources, Millis fetchTimeout = std::chrono::seconds(5))
    {
        erp_ = std::make_shared<RecordingTarget>("erp", 50);
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(options);
        engine_->addTarget(erp_);
        engine_->addRoute(Route{Domain::Order, "erp", "", ""});
        if (withSources) {
            PricingSettings settings;
            settings.timeToLive = TimeToLive;
            settings.fetchTimeout = fetchTimeout;
            settings.retryAfterFailure = RetryAfterFailure;
            engine_->setPricingSource(
                [erp = fakeErp_](const std::string &account) { return erp->pricing(account); },
                settings);
            engine_->setCreditSource(
                [erp = fakeErp_](const std::string &account) { return erp->credit(account); });
        }
        engine_->start();
    }

    void ingest(const Event &e)
    {
        const auto r = engine_->ingest(e).get();
        QVERIFY2(r.status == IngestResult::Status::Accepted, r.message.c_str());
    }

    void place(const model::Order &o)
    {
        ingest(orderEvent(o));
        engine_->drain().get();
    }

    domain::OrderState stateOf(const std::string &number)
    {
        const auto history = engine_->orderHistory(number).get();
        return history.order ? history.order->state : domain::OrderState::Failed;
    }

    // The flags an order carries in its history, by reason code.
    std::vector<AuditEntry> flagsOf(const std::string &number, std::string_view reasonCode)
    {
        std::vector<AuditEntry> out;
        for (const auto &entry : engine_->orderHistory(number).get().audit)
            if (entry.action == "order.flag" && entry.after == reasonCode)
                out.push_back(entry);
        return out;
    }

    std::vector<domain::Hold> holdsOf(const std::string &number)
    {
        HoldQuery q;
        q.text = number;
        return engine_->holds(q).get();
    }

    PricingAccountState accountState(const std::string &account)
    {
        for (const auto &state : engine_->pricingStatus().accounts)
            if (state.account == account)
                return state;
        return {};
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        fakeErp_ = std::make_shared<FakeErp>();
    }

    void cleanup()
    {
        if (fakeErp_)
            fakeErp_->release();
        engine_.reset();
        erp_.reset();
        fakeErp_.reset();
        dir_.reset();
    }

    void priceLookup_data()
    {
        QTest::addColumn<bool>("primed");          // an earlier order filled the cache
        QTest::addColumn<int>("minutesLater");     // when the order under test arrives
        QTest::addColumn<bool>("erpUp");           // whether the ERP answers then
        QTest::addColumn<int>("erpPriceNow");      // the ERP's price for A-1 by then
        QTest::addColumn<int>("orderPrice");       // the storefront's price on the order
        QTest::addColumn<int>("expectedCalls");    // pricing calls to the ERP in all
        QTest::addColumn<bool>("expectedHeld");    // held for price_mismatch
        QTest::addColumn<QString>("expectedFlag"); // part of the flag message; empty: no flag

        QTest::newRow("fresh cache: the ERP is not asked")
            << true << 5 << true << 12 << 10 << 1 << false << QString();
        QTest::newRow("fresh cache: a wrong price is held")
            << true << 5 << true << 10 << 12 << 1 << true << QString();
        QTest::newRow("stale cache: the ERP's new price applies")
            << true << 20 << true << 12 << 12 << 2 << false << QString();
        QTest::newRow("stale cache: the old price is now wrong")
            << true << 20 << true << 12 << 10 << 2 << true << QString();
        QTest::newRow("ERP down: the cached price, flagged")
            << true << 20 << false << 12 << 10 << 2 << false << QString("older than");
        QTest::newRow("ERP down: a wrong price against the cache is held, flagged")
            << true << 20 << false << 12 << 11 << 2 << true << QString("older than");
        QTest::newRow("ERP down, nothing cached: not checked, flagged")
            << false << 0 << false << 10 << 99 << 1 << false << QString("could not be checked");
    }

    void priceLookup()
    {
        QFETCH(bool, primed);
        QFETCH(int, minutesLater);
        QFETCH(bool, erpUp);
        QFETCH(int, erpPriceNow);
        QFETCH(int, orderPrice);
        QFETCH(int, expectedCalls);
        QFETCH(bool, expectedHeld);
        QFETCH(QString, expectedFlag);

        open(true);
        if (primed) {
            place(order("SO-0", Decimal::fromInteger(10)));
            QVERIFY(stateOf("SO-0") == domain::OrderState::Posted);
            QCOMPARE(flagsOf("SO-0", "price_mismatch").size(), std::size_t(0));
        }
        clock_.advance(std::chrono::minutes(minutesLater));
        fakeErp_->setPrice("A-1", Decimal::fromInteger(erpPriceNow));
        fakeErp_->setUp(erpUp);

        place(order("SO-1", Decimal::fromInteger(orderPrice)));
        QCOMPARE(fakeErp_->pricingCalls(), expectedCalls);
        const auto holds = holdsOf("SO-1");
        if (expectedHeld) {
            QCOMPARE(holds.size(), std::size_t(1));
            QCOMPARE(holds[0].reasonCode, std::string("price_mismatch"));
            QVERIFY(stateOf("SO-1") == domain::OrderState::Held);
        } else {
            QCOMPARE(holds.size(), std::size_t(0));
            QVERIFY(stateOf("SO-1") == domain::OrderState::Posted);
        }
        const auto flags = flagsOf("SO-1", "price_mismatch");
        if (expectedFlag.isEmpty()) {
            QCOMPARE(flags.size(), std::size_t(0));
        } else {
            QCOMPARE(flags.size(), std::size_t(1));
            QVERIFY2(contains(flags[0].reason, expectedFlag.toStdString()),
                     flags[0].reason.c_str());
        }
        QCOMPARE(engine_->pricingStatus().degraded, !erpUp);
    }

    // The ERP is down for hours: every order is priced from the cache and says so; once it is
    // back, orders are priced from fresh ERP prices and carry no flag.
    void longOutageUsesCachedPricesUntilTheErpRecovers()
    {
        open(true);
        place(order("SO-1", Decimal::fromInteger(10)));
        const TimePoint fetched = clock_.now();
        QCOMPARE(accountState("ACME").source, std::string("erp"));
        QVERIFY(!engine_->pricingStatus().degraded);

        fakeErp_->setUp(false);
        for (int hour = 1; hour <= 6; ++hour) {
            clock_.advance(std::chrono::hours(1));
            const std::string number = "SO-OUT-" + std::to_string(hour);
            place(order(number, Decimal::fromInteger(10)));
            QVERIFY2(stateOf(number) == domain::OrderState::Posted, number.c_str());
            const auto flags = flagsOf(number, "price_mismatch");
            QCOMPARE(flags.size(), std::size_t(1));
            QVERIFY(contains(flags[0].reason, "cached ERP prices"));
        }
        // A price the cache contradicts is still caught during the outage.
        place(order("SO-OUT-WRONG", Decimal::fromInteger(14)));
        QVERIFY(stateOf("SO-OUT-WRONG") == domain::OrderState::Held);
        QVERIFY(contains(holdsOf("SO-OUT-WRONG").at(0).message, "stale cached prices"));

        const auto during = engine_->pricingStatus();
        QVERIFY(during.degraded);
        QVERIFY(during.degradedSince.has_value());
        const auto account = accountState("ACME");
        QVERIFY(account.stale);
        QVERIFY(account.lastFetchFailed);
        QCOMPARE(account.fetchedAt, fetched);
        // Resting after a failure: one attempt per hour-long step; the order right after the
        // last one did not wait for the ERP again.
        QCOMPARE(fakeErp_->pricingCalls(), 1 + 6);

        fakeErp_->setUp(true);
        fakeErp_->setPrice("A-1", Decimal::fromInteger(11));
        clock_.advance(RetryAfterFailure);
        place(order("SO-BACK", Decimal::fromInteger(11)));
        QVERIFY(stateOf("SO-BACK") == domain::OrderState::Posted);
        QCOMPARE(flagsOf("SO-BACK", "price_mismatch").size(), std::size_t(0));
        const auto after = engine_->pricingStatus();
        QVERIFY(!after.degraded);
        QVERIFY(!accountState("ACME").stale);
        QVERIFY(!accountState("ACME").lastFetchFailed);
        QCOMPARE(accountState("ACME").fetchedAt, clock_.now());
    }

    void aHangingErpIsWaitedForOnlyUntilTheTimeout()
    {
        open(true, Millis(50));
        place(order("SO-1", Decimal::fromInteger(10)));
        clock_.advance(std::chrono::hours(1));
        fakeErp_->hang();
        place(order("SO-2", Decimal::fromInteger(10)));
        QVERIFY(stateOf("SO-2") == domain::OrderState::Posted);
        QCOMPARE(flagsOf("SO-2", "price_mismatch").size(), std::size_t(1));
        QVERIFY(engine_->pricingStatus().degraded);
        fakeErp_->release();
    }

    void pushedContractsPriceOrdersWithoutAskingTheErp()
    {
        open(false);
        ingest(pricingEvent("c-7", "contract.updated",
                            R"({"contract_id":"C-7","customer_id":"ACME","currency":"EUR",)"
                            R"("entries":[{"sku":"A-1","min_quantity":1,"unit_price":"8.00"},)"
                            R"({"sku":"A-1","min_quantity":10,"unit_price":"7.00"}]})"));
        engine_->drain().get();
        QCOMPARE(accountState("ACME").source, std::string("event"));

        place(order("SO-1", Decimal::fromInteger(7), 10));
        place(order("SO-2", Decimal::fromInteger(7), 2));
        QVERIFY(stateOf("SO-1") == domain::OrderState::Posted);
        QVERIFY(stateOf("SO-2") == domain::OrderState::Held);
        QVERIFY(contains(holdsOf("SO-2").at(0).message, "contract C-7 tier 1+"));
        QCOMPARE(fakeErp_->pricingCalls(), 0);

        // Without a source, a stale contract is all there is: used, and flagged.
        clock_.advance(TimeToLive);
        place(order("SO-3", Decimal::fromInteger(8)));
        QVERIFY(stateOf("SO-3") == domain::OrderState::Posted);
        QCOMPARE(flagsOf("SO-3", "price_mismatch").size(), std::size_t(1));
    }

    void cachedPricesSurviveARestart()
    {
        open(true);
        place(order("SO-1", Decimal::fromInteger(10)));
        engine_.reset();

        fakeErp_->setUp(false);
        fakeErp_->setPrice("A-1", Decimal::fromInteger(99));
        clock_.advance(std::chrono::minutes(1));
        open(true);
        place(order("SO-2", Decimal::fromInteger(10)));
        QVERIFY(stateOf("SO-2") == domain::OrderState::Posted);
        QCOMPARE(flagsOf("SO-2", "price_mismatch").size(), std::size_t(0));
        QCOMPARE(fakeErp_->pricingCalls(), 1);
        QCOMPARE(accountState("ACME").source, std::string("erp"));
    }

    void creditHoldIsReleasedWhenCreditIsReleased_data()
    {
        QTest::addColumn<QString>("release");
        QTest::newRow("the ERP pushes the new credit") << QString("event");
        QTest::newRow("the engine asks the ERP again") << QString("recheck");
        QTest::newRow("the next order of the account shows more credit") << QString("next order");
    }

    void creditHoldIsReleasedWhenCreditIsReleased()
    {
        QFETCH(QString, release);
        open(true);
        fakeErp_->setCredit(Decimal::fromInteger(50));
        place(order("SO-1", Decimal::fromInteger(10), 12, model::PaymentState::Authorized));
        QVERIFY(stateOf("SO-1") == domain::OrderState::Held);
        const auto holds = holdsOf("SO-1");
        QCOMPARE(holds.size(), std::size_t(1));
        QCOMPARE(holds[0].reasonCode, std::string("credit_limit"));
        QCOMPARE(erp_->effects().size(), std::size_t(0));

        // Still not enough: the hold stays.
        ingest(pricingEvent("credit-1", "credit.updated",
                            R"({"account":"ACME","available":"100.00"})"));
        engine_->drain().get();
        QVERIFY(stateOf("SO-1") == domain::OrderState::Held);

        fakeErp_->setCredit(Decimal::fromInteger(500));
        if (release == "event") {
            ingest(pricingEvent("credit-2", "credit.updated",
                                R"({"account":"ACME","available":"500.00"})"));
        } else if (release == "recheck") {
            const auto result = engine_->recheckCredit().get();
            QVERIFY2(result.ok, result.message.c_str());
            QVERIFY2(contains(result.message, "1 of 1"), result.message.c_str());
        } else {
            ingest(orderEvent(
                order("SO-2", Decimal::fromInteger(10), 1, model::PaymentState::Authorized)));
        }
        engine_->drain().get();

        QVERIFY(stateOf("SO-1") == domain::OrderState::Posted);
        QCOMPARE(holdsOf("SO-1").size(), std::size_t(0));
        AuditQuery q;
        q.action = "hold.release";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("system"));
        QCOMPARE(audit[0].objectId, holds[0].id);
        QVERIFY2(contains(audit[0].reason, "account ACME"), audit[0].reason.c_str());
        QVERIFY2(contains(audit[0].reason, "500.00"), audit[0].reason.c_str());
        QVERIFY(engine_->verifyAudit().get().ok);
    }

    void creditFromTheLastAnswerIsFlaggedWhenTheErpIsDown()
    {
        open(true);
        place(order("SO-1", Decimal::fromInteger(10), 1, model::PaymentState::Authorized));
        QCOMPARE(flagsOf("SO-1", "credit_limit").size(), std::size_t(0));

        fakeErp_->setUp(false);
        fakeErp_->setCredit(Decimal::fromInteger(0));
        place(order("SO-2", Decimal::fromInteger(10), 1, model::PaymentState::Authorized));
        QVERIFY(stateOf("SO-2") == domain::OrderState::Posted);
        const auto flags = flagsOf("SO-2", "credit_limit");
        QCOMPARE(flags.size(), std::size_t(1));
        QVERIFY(contains(flags[0].reason, "last value the ERP gave"));
        const auto status = engine_->pricingStatus();
        QVERIFY(status.degraded);
        QCOMPARE(status.credit.size(), std::size_t(1));
        QVERIFY(status.credit[0].fromCache);
        QCOMPARE(status.credit[0].available, Decimal::fromInteger(1000));
    }

    void creditNeverKnownHoldsTheOrder()
    {
        open(true);
        fakeErp_->setUp(false);
        place(order("SO-1", Decimal::fromInteger(10), 1, model::PaymentState::Authorized));
        QVERIFY(stateOf("SO-1") == domain::OrderState::Held);
        QVERIFY(contains(holdsOf("SO-1").at(0).message, "could not be checked"));

        fakeErp_->setUp(true);
        QVERIFY(engine_->recheckCredit().get().ok);
        engine_->drain().get();
        QVERIFY(stateOf("SO-1") == domain::OrderState::Posted);
    }

    void aMalformedCreditEventIsDeadLetteredWithItsReason()
    {
        open(false);
        ingest(pricingEvent("credit-bad", "credit.updated", R"({"account":"ACME"})"));
        engine_->drain().get();
        const auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(1));
        QVERIFY2(contains(letters[0].error, "available"), letters[0].error.c_str());
        QCOMPARE(engine_->pricingStatus().credit.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPricingDesk)
#include "tst_pricingdesk.moc"
