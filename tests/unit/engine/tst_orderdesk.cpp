#include "RecordingTarget.h"
#include "engine/Engine.h"
#include "model/Json.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::testing;

namespace {

const Actor olga{"olga", "operator"};
const Actor mia{"mia", "manager"};
const Actor sam{"sam", "support"};

// Passes every rule once its SKUs are in the ERP catalog: mapped account, paid, taxed, a valid
// German address.
model::Order order(const std::string &number, std::vector<std::string> skus,
                   const std::string &email = "buyer@acme.example")
{
    model::Order o;
    o.orderNumber = number;
    o.storefrontOrderId = "sf-" + number;
    o.channel = "shop";
    o.customer = {"cust-1", email, "Acme GmbH", "ACME"};
    o.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                         "",           "10115",     "DE",          ""};
    o.billingAddress = o.shippingAddress;
    int line = 0;
    for (const auto &sku : skus) {
        o.lines.push_back(
            {std::to_string(++line), sku, 1, Decimal::fromInteger(10), Decimal::fromInteger(2)});
        o.subtotal = o.subtotal + Decimal::fromInteger(10);
        o.taxTotal = o.taxTotal + Decimal::fromInteger(2);
    }
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
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

Event acknowledgement(const std::string &number, const std::string &key)
{
    Event e;
    e.idempotencyKey = key;
    e.sourceSystem = "erp";
    e.connection = "erp";
    e.domain = Domain::Order;
    e.type = "order.acknowledged";
    e.correlationId = number;
    e.entityKey = "ack:" + key;
    e.payload = R"({"order_number":")" + number + R"("})";
    return e;
}

Event product(const std::string &sku)
{
    Event e;
    e.idempotencyKey = "erp:product:" + sku;
    e.sourceSystem = "erp";
    e.connection = "erp";
    e.domain = Domain::Product;
    e.type = "product.updated";
    e.correlationId = sku;
    e.payload = R"({"sku":")" + sku + R"(","name":"Item )" + sku + R"("})";
    return e;
}

Event inventory(const std::string &key, TimePoint occurredAt)
{
    Event e;
    e.idempotencyKey = key;
    e.sourceSystem = "wms";
    e.connection = "wms";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = "SKU-" + key;
    e.entityKey = "inventory:" + key;
    e.occurredAt = occurredAt;
    e.payload = R"({"sku":"SKU-1","location":"WH1","on_hand":3})";
    return e;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestOrderDesk : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    ManualClock clock_{fromEpochMs(1'790'000'400'000)};
    std::shared_ptr<RecordingTarget> erp_;
    std::unique_ptr<Engine> engine_;

    void ingest(const Event &e)
    {
        const auto r = engine_->ingest(e).get();
        QVERIFY2(r.status == IngestResult::Status::Accepted, r.message.c_str());
    }

    domain::OrderState stateOf(const std::string &number)
    {
        const auto history = engine_->orderHistory(number).get();
        if (!history.order)
            return domain::OrderState::Failed;
        return history.order->state;
    }

    std::vector<domain::Hold> holdsOf(const std::string &number)
    {
        HoldQuery q;
        q.text = number;
        return engine_->holds(q).get();
    }

    std::size_t deliveredTo(const std::string &number)
    {
        std::size_t n = 0;
        for (const auto &d : erp_->effects())
            n += d.correlationId == number ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        erp_ = std::make_shared<RecordingTarget>("erp", 50);
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.clock = &clock_;
        options.notifyInterval = Millis(20);
        options.outboxPollInterval = Millis(10);
        options.autoStart = false;
        engine_ = Engine::open(options);
        // A B2B deployment: accounts must be mapped and orders taxed.
        domain::OrderPolicy policy;
        policy.taxRequired = true;
        policy.customerAccountRequired = true;
        engine_->setOrderPolicy(policy);
        engine_->addTarget(erp_);
        engine_->addRoute(Route{Domain::Order, "erp", "", ""});
        engine_->start();
        QVERIFY(engine_->setErpCatalog({"A-1", "B-2", "ERP-X"}, Actor{}).get().ok);
    }

    void cleanup()
    {
        engine_.reset();
        erp_.reset();
        dir_.reset();
    }

    void unknownSkuIsHeldAndOneMappingReleasesEveryOrderAlike()
    {
        ingest(orderEvent(order("SO-1", {"A-1", "X-9"})));
        ingest(orderEvent(order("SO-2", {"X-9"})));
        ingest(orderEvent(order("SO-3", {"A-1"})));
        ingest(orderEvent(order("SO-4", {"Y-7"})));
        engine_->drain().get();

        QCOMPARE(deliveredTo("SO-3"), std::size_t(1));
        QCOMPARE(erp_->effects().size(), std::size_t(1));
        QCOMPARE(engine_->deadLetters(DeadLetterQuery{}).get().size(), std::size_t(0));
        const auto held = engine_->holds(HoldQuery{}).get();
        QCOMPARE(held.size(), std::size_t(3));
        for (const auto &hold : held)
            QCOMPARE(hold.reasonCode, std::string("unknown_sku"));
        QVERIFY(stateOf("SO-1") == domain::OrderState::Held);

        // Support may not fix; an operator's mapping on SO-1 resolves SO-2 as well.
        const auto hold1 = holdsOf("SO-1").at(0);
        domain::OrderFix fix;
        fix.skuMapping = domain::SkuMapping{"shop", "X-9", "ERP-X"};
        const auto refused = engine_->fixHold(hold1.id, fix, sam).get();
        QVERIFY(!refused.ok);
        QVERIFY2(contains(refused.message, "support"), refused.message.c_str());
        const auto fixed = engine_->fixHold(hold1.id, fix, olga).get();
        QVERIFY2(fixed.ok, fixed.message.c_str());
        engine_->drain().get();

        QCOMPARE(deliveredTo("SO-1"), std::size_t(1));
        QCOMPARE(deliveredTo("SO-2"), std::size_t(1));
        QCOMPARE(deliveredTo("SO-4"), std::size_t(0)); // another SKU: still held
        const auto still = engine_->holds(HoldQuery{}).get();
        QCOMPARE(still.size(), std::size_t(1));
        QCOMPARE(still[0].orderNumber, std::string("SO-4"));
        QVERIFY(stateOf("SO-2") == domain::OrderState::Posted);

        AuditQuery releases;
        releases.action = "hold.release";
        const auto audit = engine_->audit(releases).get();
        QCOMPARE(audit.size(), std::size_t(2));
        for (const auto &entry : audit)
            QCOMPARE(entry.actor, std::string("system"));
        QVERIFY(engine_->verifyAudit().get().ok);
    }

    void approveNeedsARoleThatMayOverrideAndAReason()
    {
        auto o = order("SO-10", {"A-1"});
        o.paymentState = model::PaymentState::Pending;
        ingest(orderEvent(o));
        engine_->drain().get();
        const auto holds = holdsOf("SO-10");
        QCOMPARE(holds.size(), std::size_t(1));
        QCOMPARE(holds[0].reasonCode, std::string("payment_not_captured"));

        const auto bySupport = engine_->approveHold(holds[0].id, "customer called", sam).get();
        QVERIFY(!bySupport.ok);
        QVERIFY2(contains(bySupport.message, "support"), bySupport.message.c_str());
        const auto byOperator = engine_->approveHold(holds[0].id, "customer called", olga).get();
        QVERIFY(!byOperator.ok);
        QVERIFY(!engine_->approveHold(holds[0].id, "  ", mia).get().ok);
        QCOMPARE(erp_->effects().size(), std::size_t(0));

        const auto approved = engine_->approveHold(holds[0].id, "paid on account", mia).get();
        QVERIFY2(approved.ok, approved.message.c_str());
        engine_->drain().get();
        QCOMPARE(deliveredTo("SO-10"), std::size_t(1));

        AuditQuery q;
        q.action = "hold.approve";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("mia"));
        QCOMPARE(audit[0].role, std::string("manager"));
        QVERIFY(contains(audit[0].reason, "paid on account"));
        QVERIFY(contains(audit[0].before, "open"));
        QVERIFY(contains(audit[0].after, "approved"));

        // The history support reads: received, validating, held, approved by mia, ready, posted.
        const auto history = engine_->orderHistory("SO-10").get();
        using S = domain::OrderState;
        const std::vector<S> expected{S::Received, S::Validating, S::Held, S::Ready, S::Posted};
        QCOMPARE(history.transitions.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY(history.transitions[i].to == expected[i]);
        QCOMPARE(history.transitions[3].actor, std::string("mia"));
        QVERIFY(contains(history.transitions[3].cause, "approved"));
        QCOMPARE(history.holds.size(), std::size_t(1));
        QVERIFY(history.holds[0].status == domain::HoldStatus::Approved);
        QCOMPARE(history.events.size(), std::size_t(1));
        QCOMPARE(history.deliveries.size(), std::size_t(1));
        QCOMPARE(history.deliveries[0].status, std::string("delivered"));
        QVERIFY(!history.audit.empty());
    }

    void anUnknownSkuCannotBeApprovedByAnyone()
    {
        ingest(orderEvent(order("SO-11", {"Z-1"})));
        engine_->drain().get();
        const auto hold = holdsOf("SO-11").at(0);
        const auto result = engine_->approveHold(hold.id, "ship it anyway", mia).get();
        QVERIFY(!result.ok);
        QVERIFY2(contains(result.message, "must be fixed"), result.message.c_str());
    }

    void fixRecordsTheDiffAndResubmits()
    {
        auto o = order("SO-20", {"B-2"});
        o.shippingAddress.postalCode = "1011";
        ingest(orderEvent(o));
        engine_->drain().get();
        const auto holds = holdsOf("SO-20");
        QCOMPARE(holds.size(), std::size_t(1));
        QCOMPARE(holds[0].reasonCode, std::string("invalid_address"));

        domain::OrderFix fix;
        fix.edits.push_back({"/shipping_address/postal_code", boost::json::value("10115")});
        const auto result = engine_->fixHold(holds[0].id, fix, olga).get();
        QVERIFY2(result.ok, result.message.c_str());
        engine_->drain().get();

        QCOMPARE(deliveredTo("SO-20"), std::size_t(1));
        QVERIFY(contains(erp_->effects()[0].payload, "\"postal_code\":\"10115\""));
        AuditQuery q;
        q.action = "hold.fix";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("olga"));
        QVERIFY(contains(audit[0].before, "\"/shipping_address/postal_code\":\"1011\""));
        QVERIFY(contains(audit[0].after, "\"/shipping_address/postal_code\":\"10115\""));
        const auto history = engine_->orderHistory("SO-20").get();
        QVERIFY(contains(history.order->payload, "10115"));
        QVERIFY(history.holds.at(0).status == domain::HoldStatus::Resolved);
    }

    void rejectCancelsTheOrder()
    {
        auto o = order("SO-30", {"A-1"});
        o.paymentState = model::PaymentState::Voided;
        ingest(orderEvent(o));
        engine_->drain().get();
        const auto hold = holdsOf("SO-30").at(0);
        QVERIFY(!engine_->rejectHold(hold.id, "fraud", sam).get().ok);
        QVERIFY(!engine_->rejectHold(hold.id, "", olga).get().ok);
        const auto rejected = engine_->rejectHold(hold.id, "payment voided", olga).get();
        QVERIFY2(rejected.ok, rejected.message.c_str());
        engine_->drain().get();
        QVERIFY(stateOf("SO-30") == domain::OrderState::Cancelled);
        QCOMPARE(erp_->effects().size(), std::size_t(0));
        const auto again = engine_->rejectHold(hold.id, "payment voided", olga).get();
        QVERIFY(!again.ok);
        QVERIFY2(contains(again.message, "cancelled"), again.message.c_str());
        QVERIFY(!engine_->approveHold(hold.id, "changed my mind", mia).get().ok);
    }

    void aProductEventResolvesTheHoldByItself()
    {
        ingest(orderEvent(order("SO-40", {"NEW-1"})));
        engine_->drain().get();
        QCOMPARE(holdsOf("SO-40").size(), std::size_t(1));
        ingest(product("NEW-1"));
        engine_->drain().get();
        QCOMPARE(holdsOf("SO-40").size(), std::size_t(0));
        QCOMPARE(deliveredTo("SO-40"), std::size_t(1));
        AuditQuery q;
        q.action = "hold.release";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].actor, std::string("system"));
        QVERIFY2(contains(audit[0].reason, "SKU now known to the ERP"), audit[0].reason.c_str());
        QVERIFY2(contains(audit[0].reason, "product NEW-1"), audit[0].reason.c_str());
    }

    void transitionsTheStateMachineRefusesAreRefused()
    {
        ingest(orderEvent(order("SO-50", {"Q-1"}))); // held
        ingest(acknowledgement("SO-50", "ack-1"));
        ingest(acknowledgement("SO-404", "ack-2"));
        engine_->drain().get();
        auto letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(2));
        QVERIFY(letters[0].stage == Stage::Validate);
        QVERIFY2(contains(letters[0].error, "held") && contains(letters[0].error, "acknowledged"),
                 letters[0].error.c_str());
        QVERIFY2(contains(letters[1].error, "SO-404"), letters[1].error.c_str());
        QVERIFY(stateOf("SO-50") == domain::OrderState::Held);

        // A cancelled order cannot come back through a new version of it.
        const auto hold = holdsOf("SO-50").at(0);
        QVERIFY(engine_->rejectHold(hold.id, "test order", olga).get().ok);
        auto again = order("SO-50", {"A-1"});
        auto event = orderEvent(again);
        event.idempotencyKey = "shop:SO-50:v2";
        event.sourceSequence = 2;
        event.entityKey = "order:SO-50:v2";
        ingest(event);
        engine_->drain().get();
        QVERIFY(stateOf("SO-50") == domain::OrderState::Cancelled);
        letters = engine_->deadLetters(DeadLetterQuery{}).get();
        QCOMPARE(letters.size(), std::size_t(3));
        QCOMPARE(erp_->effects().size(), std::size_t(0));
    }

    void findsOrdersByNumberEmailAndSku()
    {
        ingest(orderEvent(order("SO-60", {"A-1"}, "anna@example.com")));
        ingest(orderEvent(order("SO-61", {"B-2", "A-1"}, "bert@example.com")));
        ingest(orderEvent(order("SO-70", {"B-2"}, "anna@example.com")));
        engine_->drain().get();
        QCOMPARE(engine_->findOrders("SO-61").get().size(), std::size_t(1));
        QCOMPARE(engine_->findOrders("SO-6").get().size(), std::size_t(2));
        const auto byEmail = engine_->findOrders("Anna@Example.com").get();
        QCOMPARE(byEmail.size(), std::size_t(2));
        QCOMPARE(engine_->findOrders("A-1").get().size(), std::size_t(2));
        QCOMPARE(engine_->findOrders("B-2").get().size(), std::size_t(2));
        QCOMPARE(engine_->findOrders("nobody@example.com").get().size(), std::size_t(0));
    }

    void findsOrdersByPartOfTheCustomerName()
    {
        auto first = order("SO-62", {"A-1"});
        first.customer.name = "Bergmann Werkzeuge KG";
        auto second = order("SO-63", {"B-2"});
        second.customer.name = "Werkzeughandel Nord";
        ingest(orderEvent(first));
        ingest(orderEvent(second));
        ingest(orderEvent(order("SO-64", {"A-1"})));
        engine_->drain().get();
        QCOMPARE(engine_->findOrders("werkzeug").get().size(), std::size_t(2));
        const auto bergmann = engine_->findOrders("BERGMANN").get();
        QCOMPARE(bergmann.size(), std::size_t(1));
        QCOMPARE(bergmann[0].orderNumber, std::string("SO-62"));
        QCOMPARE(engine_->findOrders("acme").get().size(), std::size_t(1));
        // A single letter would match nearly every name: it searches numbers and SKUs only.
        QCOMPARE(engine_->findOrders("k").get().size(), std::size_t(0));
    }

    void historyCarriesTheEventPayloads()
    {
        ingest(orderEvent(order("SO-65", {"A-1"})));
        engine_->drain().get();
        ingest(acknowledgement("SO-65", "ack-65"));
        engine_->drain().get();
        const auto history = engine_->orderHistory("SO-65").get();
        QCOMPARE(history.events.size(), std::size_t(2));
        QVERIFY(contains(history.events[0].payload, "\"order_number\":\"SO-65\""));
        QCOMPARE(history.events[1].type, std::string("order.acknowledged"));
        QVERIFY(contains(history.events[1].payload, "SO-65"));
    }

    void sloComplianceSharesAndBreaches()
    {
        const TimePoint hour = fromEpochMs(toEpochMs(clock_.now()) / 3'600'000 * 3'600'000);
        clock_.set(hour + std::chrono::minutes(10));
        using std::chrono::seconds;
        ingest(inventory("i1", clock_.now() - seconds(30)));
        ingest(inventory("i2", clock_.now() - seconds(90))); // misses the 60 s target
        ingest(inventory("i3", clock_.now() - seconds(60))); // exactly on target: compliant
        engine_->drain().get();
        clock_.set(hour + std::chrono::minutes(70));
        ingest(inventory("i4", clock_.now() - seconds(120)));
        ingest(inventory("i5", clock_.now() - seconds(5)));
        engine_->drain().get();

        const auto hourly = engine_
                                ->sloCompliance(Domain::Inventory, hour,
                                                hour + std::chrono::hours(2), SloBucket::Hour)
                                .get();
        QCOMPARE(hourly.buckets.size(), std::size_t(2));
        QCOMPARE(hourly.buckets[0].total, std::int64_t(3));
        QCOMPARE(hourly.buckets[0].withinTarget, std::int64_t(2));
        QVERIFY(hourly.buckets[0].start == hour);
        QCOMPARE(hourly.buckets[1].total, std::int64_t(2));
        QCOMPARE(hourly.buckets[1].withinTarget, std::int64_t(1));
        QCOMPARE(hourly.breaches.size(), std::size_t(2));
        QCOMPARE(hourly.breaches[0].latency.count(), std::int64_t(90'000));
        QCOMPARE(hourly.breaches[1].latency.count(), std::int64_t(120'000));
        QCOMPARE(hourly.share(), 0.6);

        const auto daily = engine_
                               ->sloCompliance(Domain::Inventory, hour,
                                               hour + std::chrono::hours(2), SloBucket::Day)
                               .get();
        QCOMPARE(daily.buckets.size(), std::size_t(1));
        QCOMPARE(daily.buckets[0].total, std::int64_t(5));
        QCOMPARE(daily.buckets[0].withinTarget, std::int64_t(3));

        const auto secondHour = engine_
                                    ->sloCompliance(Domain::Inventory, hour + std::chrono::hours(1),
                                                    hour + std::chrono::hours(2), SloBucket::Hour)
                                    .get();
        QCOMPARE(secondHour.total, std::int64_t(2));
        QCOMPARE(secondHour.breaches.size(), std::size_t(1));
    }

    void delayedAcknowledgementRaisesAnAlertUntilAcknowledged()
    {
        ingest(orderEvent(order("SO-80", {"A-1"})));
        engine_->drain().get();
        QVERIFY(stateOf("SO-80") == domain::OrderState::Posted);
        QCOMPARE(engine_->alerts().get().size(), std::size_t(0));
        clock_.advance(std::chrono::minutes(6)); // the order target is 5 minutes
        const auto alerts = engine_->alerts().get();
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].orderNumber, std::string("SO-80"));
        ingest(acknowledgement("SO-80", "ack-80"));
        engine_->drain().get();
        QVERIFY(stateOf("SO-80") == domain::OrderState::Acknowledged);
        QCOMPARE(engine_->alerts().get().size(), std::size_t(0));
    }

    void holdsAreAssignedNotedSnoozedAndFiltered()
    {
        ingest(orderEvent(order("SO-90", {"W-1"})));
        auto o = order("SO-91", {"A-1"});
        o.paymentState = model::PaymentState::Pending;
        ingest(orderEvent(o));
        engine_->drain().get();
        const auto hold = holdsOf("SO-90").at(0);
        QVERIFY(!engine_->assignHold(hold.id, "olga", sam).get().ok);
        QVERIFY(engine_->assignHold(hold.id, "olga", olga).get().ok);
        QVERIFY(engine_->noteHold(hold.id, "asked purchasing", sam).get().ok);
        QVERIFY(!engine_->snoozeHold(hold.id, clock_.now() - std::chrono::hours(1), "x", olga)
                     .get()
                     .ok);
        QVERIFY(engine_->snoozeHold(hold.id, clock_.now() + std::chrono::hours(2), "supplier", olga)
                    .get()
                    .ok);

        HoldQuery mine;
        mine.owner = "olga";
        const auto owned = engine_->holds(mine).get();
        QCOMPARE(owned.size(), std::size_t(1));
        QVERIFY(owned[0].status == domain::HoldStatus::Snoozed);
        QCOMPARE(owned[0].notes.size(), std::size_t(1));
        HoldQuery byReason;
        byReason.reason = "payment_not_captured";
        QCOMPARE(engine_->holds(byReason).get().size(), std::size_t(1));
        HoldQuery snoozed;
        snoozed.status = domain::HoldStatus::Snoozed;
        QCOMPARE(engine_->holds(snoozed).get().size(), std::size_t(1));
        HoldQuery paged;
        paged.limit = 1;
        paged.offset = 1;
        QCOMPARE(engine_->holds(paged).get().size(), std::size_t(1));
        HoldQuery otherFeed;
        otherFeed.connection = "wms";
        QCOMPARE(engine_->holds(otherFeed).get().size(), std::size_t(0));
        QVERIFY(!engine_->noteHold(hold.id, "x", Actor{"ghost", "system"}).get().ok);

        // Once its time has come, a snoozed hold is open again.
        HoldQuery open;
        open.status = domain::HoldStatus::Open;
        QCOMPARE(engine_->holds(open).get().size(), std::size_t(1));
        clock_.advance(std::chrono::hours(3));
        const auto woken = engine_->holds(open).get();
        QCOMPARE(woken.size(), std::size_t(2));
        QCOMPARE(engine_->holds(snoozed).get().size(), std::size_t(0));
    }

    void defaultPolicyHoldsOnlyWhatTheEngineCanTell()
    {
        // Without a deployment policy, an untaxed order of an unmapped customer goes through.
        auto plain = order("SO-200", {"A-1"});
        plain.customer = {"cust-7", "seven@example.com", "Seven", ""};
        plain.taxTotal = Decimal();
        plain.lines[0].tax = Decimal();
        plain.total = plain.subtotal;
        EngineOptions options;
        options.dataDirectory = (dir_->path() + "/default").toStdString();
        options.clock = &clock_;
        options.autoStart = false;
        auto engine = Engine::open(options);
        auto erp = std::make_shared<RecordingTarget>("erp", 50);
        QVERIFY(engine->setErpCatalog({"A-1"}, Actor{}).get().ok);
        engine->addTarget(erp);
        engine->addRoute(Route{Domain::Order, "erp", "", ""});
        engine->start();
        QVERIFY(engine->ingest(orderEvent(plain)).get().status == IngestResult::Status::Accepted);
        engine->drain().get();
        QCOMPARE(engine->holds(HoldQuery{}).get().size(), std::size_t(0));
        QCOMPARE(erp->effects().size(), std::size_t(1));
    }

    void mappingCommandsReleaseTheOrdersTheyConcern()
    {
        auto guest = order("SO-100", {"A-1"});
        guest.customer = {"cust-9", "nine@example.com", "Nine", ""};
        ingest(orderEvent(guest));
        ingest(orderEvent(order("SO-101", {"M-1"})));
        engine_->drain().get();
        QCOMPARE(holdsOf("SO-100").at(0).reasonCode, std::string("unknown_customer"));
        QCOMPARE(holdsOf("SO-101").at(0).reasonCode, std::string("unknown_sku"));

        const domain::CustomerMapping customer{"shop", "cust-9", "NINE"};
        QVERIFY(!engine_->mapCustomer(customer, sam).get().ok);
        QVERIFY(engine_->mapCustomer(customer, olga).get().ok);
        const domain::SkuMapping sku{"", "M-1", "ERP-X"}; // for every channel
        QVERIFY(!engine_->mapSku(sku, sam).get().ok);
        QVERIFY(engine_->mapSku(sku, olga).get().ok);
        engine_->drain().get();
        QCOMPARE(deliveredTo("SO-100"), std::size_t(1));
        QCOMPARE(deliveredTo("SO-101"), std::size_t(1));
        QCOMPARE(engine_->holds(HoldQuery{}).get().size(), std::size_t(0));
        AuditQuery q;
        q.actor = "olga";
        const auto audit = engine_->audit(q).get();
        QCOMPARE(audit.size(), std::size_t(2));
        QCOMPARE(audit[0].action, std::string("mapping.customer"));
        QCOMPARE(audit[1].action, std::string("mapping.sku"));
    }
};

QTEST_GUILESS_MAIN(TestOrderDesk)
#include "tst_orderdesk.moc"
