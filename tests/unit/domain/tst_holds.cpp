#include "OrderFixtures.h"
#include "domain/DomainJson.h"
#include "domain/Hold.h"

#include <QtTest>

#include <boost/json.hpp>

using namespace syncline;
using namespace syncline::domain;
using namespace syncline::domain::testing;

Q_DECLARE_METATYPE(syncline::domain::Role)

namespace {

Hold holdFor(const model::Order &order, FakeWorld &world, std::string_view code,
             std::string id = "H-1")
{
    const auto report = validate(order, world.context());
    for (const auto &failure : report.failures)
        if (failure.reasonCode == code)
            return openHold(failure, order, fixtureNow(), std::chrono::minutes(5), std::move(id));
    qFatal("the order does not fail %s", std::string(code).c_str());
    return {};
}

Hold simpleHold(std::string_view code)
{
    Hold hold;
    hold.id = "H-9";
    hold.orderNumber = "SO-9";
    hold.channel = "shop";
    hold.reasonCode = std::string(code);
    hold.createdAt = fixtureNow();
    return hold;
}

const User maria{"maria", Role::Operator};
const User olaf{"olaf", Role::Manager};
const User sam{"sam", Role::Support};

} // namespace

class TestHolds : public QObject {
    Q_OBJECT

private slots:
    void openHoldTakesTheFailureAndTheOrderSlo()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.lines[1].sku = "NEW-9";
        const Hold hold = holdFor(order, world, reason::UnknownSku);
        QCOMPARE(hold.orderNumber, std::string("SO-1001"));
        QCOMPARE(hold.channel, std::string("shop"));
        QCOMPARE(hold.reasonCode, std::string(reason::UnknownSku));
        QVERIFY(!hold.message.empty());
        QVERIFY(!hold.suggestedFix.empty());
        QCOMPARE(hold.subjects, std::vector<std::string>{"NEW-9"});
        QVERIFY(hold.status == HoldStatus::Open);
        QVERIFY(hold.owner.empty());
        // Due five minutes after the customer placed the order, not after the hold opened.
        QCOMPARE(hold.dueAt, *order.placedAt + std::chrono::minutes(5));
    }

    void approveByRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("operator / credit") << Role::Operator << "credit_limit" << false;
        QTest::newRow("manager / credit") << Role::Manager << "credit_limit" << true;
        QTest::newRow("admin / credit") << Role::Admin << "credit_limit" << true;
        QTest::newRow("support / credit") << Role::Support << "credit_limit" << false;
        QTest::newRow("operator / address") << Role::Operator << "invalid_address" << true;
        QTest::newRow("support / address") << Role::Support << "invalid_address" << false;
        QTest::newRow("operator / price") << Role::Operator << "price_mismatch" << false;
        QTest::newRow("manager / price") << Role::Manager << "price_mismatch" << true;
        QTest::newRow("manager / payment") << Role::Manager << "payment_not_captured" << true;
        QTest::newRow("operator / duplicate") << Role::Operator << "duplicate_order" << false;
        QTest::newRow("admin / unknown sku") << Role::Admin << "unknown_sku" << false;
        QTest::newRow("admin / unknown customer") << Role::Admin << "unknown_customer" << false;
        QTest::newRow("admin / unlisted code") << Role::Admin << "made_up" << false;
    }

    void approveByRole()
    {
        QFETCH(Role, role);
        QFETCH(QString, code);
        QFETCH(bool, allowed);
        const Hold hold = simpleHold(code.toStdString());
        const auto decision = approveHold(hold, User{"u", role}, "customer confirmed by phone",
                                          HoldPolicy::defaults(), fixtureNow());
        QCOMPARE(decision.accepted, allowed);
        if (allowed) {
            QVERIFY(decision.hold.status == HoldStatus::Approved);
            QCOMPARE(decision.hold.resolution, std::string("customer confirmed by phone"));
            QCOMPARE(decision.audit.action, std::string("hold.approve"));
            QCOMPARE(decision.audit.reason, std::string("customer confirmed by phone"));
            QVERIFY(decision.audit.before != decision.audit.after);
        } else {
            QVERIFY(!decision.refusal.empty());
            QVERIFY(decision.hold.status == HoldStatus::Open);
            QVERIFY(decision.audit.action.empty());
        }
    }

    void approveNeedsAReason()
    {
        const Hold hold = simpleHold(reason::CreditLimit);
        for (const std::string reason : {"", "   "}) {
            const auto decision =
                approveHold(hold, olaf, reason, HoldPolicy::defaults(), fixtureNow());
            QVERIFY(!decision.accepted);
            QVERIFY(decision.refusal.find("reason") != std::string::npos);
        }
    }

    void overrideTableIsConfigurable()
    {
        HoldPolicy policy = HoldPolicy::defaults();
        policy.overrideRoles[std::string(reason::CreditLimit)].insert(Role::Operator);
        const auto decision = approveHold(simpleHold(reason::CreditLimit), maria, "known customer",
                                          policy, fixtureNow());
        QVERIFY(decision.accepted);
    }

    void closedHoldsRefuseDecisions()
    {
        Hold hold = simpleHold(reason::InvalidAddress);
        hold.status = HoldStatus::Resolved;
        const auto policy = HoldPolicy::defaults();
        QVERIFY(!approveHold(hold, olaf, "x", policy, fixtureNow()).accepted);
        QVERIFY(!rejectHold(hold, olaf, "x", policy, fixtureNow()).accepted);
        QVERIFY(!assignHold(hold, olaf, "maria", policy, fixtureNow()).accepted);
        QVERIFY(
            !snoozeHold(hold, olaf, fixtureNow() + std::chrono::hours(1), "x", policy, fixtureNow())
                 .accepted);
        // A note can still be added to a closed hold, for the record.
        QVERIFY(noteHold(hold, olaf, "for the record", policy, fixtureNow()).accepted);
    }

    void supportMayOnlyNote()
    {
        const Hold hold = simpleHold(reason::InvalidAddress);
        const auto policy = HoldPolicy::defaults();
        const auto now = fixtureNow();
        QVERIFY(!rejectHold(hold, sam, "spam", policy, now).accepted);
        QVERIFY(!assignHold(hold, sam, "sam", policy, now).accepted);
        QVERIFY(!snoozeHold(hold, sam, now + std::chrono::hours(1), "x", policy, now).accepted);
        auto order = goodOrder();
        OrderFix fix;
        fix.edits.push_back({"/shipping_address/city", "Hamburg"});
        const auto fixed = fixHold(hold, order, fix, sam, policy, now);
        QVERIFY(!fixed.decision.accepted);
        QVERIFY(fixed.decision.refusal.find("support") != std::string::npos);
        QCOMPARE(fixed.order.shippingAddress.city, std::string("Berlin"));

        const auto noted = noteHold(hold, sam, "customer called, address follows", policy, now);
        QVERIFY(noted.accepted);
        QCOMPARE(noted.hold.notes.size(), std::size_t(1));
        QCOMPARE(noted.hold.notes[0].author, std::string("sam"));
    }

    void rejectCancelsTheOrder()
    {
        const Hold hold = simpleHold(reason::DuplicateOrder);
        const auto policy = HoldPolicy::defaults();
        QVERIFY(!rejectHold(hold, maria, "", policy, fixtureNow()).accepted);
        const auto decision =
            rejectHold(hold, maria, "same purchase as SO-0999", policy, fixtureNow());
        QVERIFY(decision.accepted);
        QVERIFY(decision.hold.status == HoldStatus::Rejected);
        QVERIFY(orderStateAfterHolds({decision.hold, simpleHold(reason::CreditLimit)}) ==
                OrderState::Cancelled);
    }

    void orderStateFollowsItsHolds()
    {
        Hold open = simpleHold(reason::CreditLimit);
        Hold approved = open;
        approved.status = HoldStatus::Approved;
        Hold snoozed = open;
        snoozed.status = HoldStatus::Snoozed;
        QVERIFY(orderStateAfterHolds({}) == OrderState::Ready);
        QVERIFY(orderStateAfterHolds({approved}) == OrderState::Ready);
        QVERIFY(orderStateAfterHolds({approved, open}) == OrderState::Held);
        QVERIFY(orderStateAfterHolds({snoozed}) == OrderState::Held);
    }

    void assignAndSnooze()
    {
        const auto policy = HoldPolicy::defaults();
        const auto now = fixtureNow();
        Hold hold = simpleHold(reason::PaymentNotCaptured);
        const auto assigned = assignHold(hold, olaf, "maria", policy, now);
        QVERIFY(assigned.accepted);
        QCOMPARE(assigned.hold.owner, std::string("maria"));
        QVERIFY(assigned.audit.description.find("maria") != std::string::npos);

        QVERIFY(!snoozeHold(hold, maria, now - std::chrono::minutes(1), "x", policy, now).accepted);
        QVERIFY(
            !snoozeHold(hold, maria, now + std::chrono::hours(24 * 8), "x", policy, now).accepted);
        const auto snoozed = snoozeHold(assigned.hold, maria, now + std::chrono::hours(2),
                                        "bank transfer", policy, now);
        QVERIFY(snoozed.accepted);
        QVERIFY(snoozed.hold.status == HoldStatus::Snoozed);
        QVERIFY(isActive(snoozed.hold));
        QVERIFY(wakeIfDue(snoozed.hold, now + std::chrono::hours(1)).status == HoldStatus::Snoozed);
        const Hold woken = wakeIfDue(snoozed.hold, now + std::chrono::hours(2));
        QVERIFY(woken.status == HoldStatus::Open);
        QVERIFY(!woken.snoozedUntil.has_value());
        QCOMPARE(woken.owner, std::string("maria"));
    }

    void fixEditsFieldsAndRecordsTheDiff()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.shippingAddress.postalCode = "1011";
        const Hold hold = holdFor(order, world, reason::InvalidAddress);
        OrderFix fix;
        fix.edits.push_back({"/shipping_address/postal_code", "10117"});
        const auto result = fixHold(hold, order, fix, maria, HoldPolicy::defaults(), fixtureNow());
        QVERIFY2(result.decision.accepted, result.decision.refusal.c_str());
        QCOMPARE(result.order.shippingAddress.postalCode, std::string("10117"));
        QCOMPARE(result.order.lines.size(), order.lines.size());
        QVERIFY(isActive(result.decision.hold)); // validation decides, not the fix

        const auto diff = boost::json::parse(result.diffJson).as_object();
        QCOMPARE(diff.at("before").at("/shipping_address/postal_code").as_string(), "1011");
        QCOMPARE(diff.at("after").at("/shipping_address/postal_code").as_string(), "10117");
        QCOMPARE(result.decision.audit.action, std::string("hold.fix"));
        QVERIFY(result.decision.audit.before.find("1011") != std::string::npos);

        const auto release =
            revalidateHold(hold, validate(result.order, world.context()), fixtureNow());
        QVERIFY(release.release);
        QCOMPARE(release.reason, std::string("shipping address now valid"));
        QVERIFY(release.hold.status == HoldStatus::Resolved);
        QVERIFY(release.hold.closedAt.has_value());
    }

    void fixRefusesBadEdits_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::newRow("no such field") << "/shipping_address/planet"
                                       << "Mars";
        QTest::newRow("no such line") << "/lines/7/sku"
                                      << "X";
        QTest::newRow("a whole object") << "/shipping_address"
                                        << "x";
        QTest::newRow("the order number") << "/order_number"
                                          << "SO-2";
        QTest::newRow("not a pointer") << "shipping_address"
                                       << "x";
    }

    void fixRefusesBadEdits()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        const auto order = goodOrder();
        OrderFix fix;
        fix.edits.push_back({pointer.toStdString(), boost::json::string(value.toStdString())});
        const auto result = fixHold(simpleHold(reason::InvalidAddress), order, fix, maria,
                                    HoldPolicy::defaults(), fixtureNow());
        QVERIFY(!result.decision.accepted);
        QVERIFY(!result.decision.refusal.empty());
        QCOMPARE(result.order.orderNumber, order.orderNumber);
        QCOMPARE(result.order.shippingAddress.city, order.shippingAddress.city);
    }

    void skuMappingFixResolvesAllAlike()
    {
        FakeWorld world;
        auto first = goodOrder();
        first.lines[1].sku = "NEW-9";
        auto second = goodOrder();
        second.orderNumber = "SO-1002";
        second.storefrontOrderId = "5500000000000000002";
        second.lines[0].sku = "NEW-9";
        auto other = goodOrder();
        other.orderNumber = "SO-1003";
        other.storefrontOrderId = "5500000000000000003";
        other.lines[0].sku = "OTHER-1";
        std::vector<Hold> holds{holdFor(first, world, reason::UnknownSku, "H-1"),
                                holdFor(second, world, reason::UnknownSku, "H-2"),
                                holdFor(other, world, reason::UnknownSku, "H-3")};
        Hold elsewhere = holds[1];
        elsewhere.id = "H-4";
        elsewhere.channel = "wholesale";
        Hold closed = holds[0];
        closed.id = "H-5";
        closed.status = HoldStatus::Rejected;
        holds.push_back(elsewhere);
        holds.push_back(closed);

        OrderFix fix;
        fix.skuMapping = SkuMapping{"shop", "NEW-9", "C-300"};
        const auto result =
            fixHold(holds[0], first, fix, maria, HoldPolicy::defaults(), fixtureNow());
        QVERIFY(result.decision.accepted);
        QVERIFY(result.skuMapping.has_value());
        const auto diff = boost::json::parse(result.diffJson).as_object();
        QVERIFY(diff.at("before").at("sku_mapping/shop/NEW-9").is_null());
        QCOMPARE(diff.at("after").at("sku_mapping/shop/NEW-9").as_string(), "C-300");

        const auto ids = holdsToRevalidate(*result.skuMapping, holds);
        QCOMPARE(ids, (std::vector<std::string>{"H-1", "H-2"}));
        // Any channel: the hold on the wholesale channel is included too.
        QCOMPARE(holdsToRevalidate(SkuMapping{"", "NEW-9", "C-300"}, holds),
                 (std::vector<std::string>{"H-1", "H-2", "H-4"}));

        // The engine stores the mapping; validating again releases both holds.
        world.crossReference[{"shop", "NEW-9"}] = "C-300";
        for (const auto &[hold, order] :
             {std::pair{holds[0], first}, std::pair{holds[1], second}}) {
            const auto release =
                revalidateHold(hold, validate(order, world.context()), fixtureNow());
            QVERIFY(release.release);
            QCOMPARE(release.reason, std::string("SKU now known to the ERP"));
        }
        const auto stillHeld =
            revalidateHold(holds[2], validate(other, world.context()), fixtureNow());
        QVERIFY(!stillHeld.release);
        QVERIFY(stillHeld.hold.status == HoldStatus::Open);
    }

    void customerMappingFixResolvesAllAlike()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.customer.id = "cust-77";
        std::vector<Hold> holds{holdFor(order, world, reason::UnknownCustomer, "H-1")};
        Hold otherCustomer = holds[0];
        otherCustomer.id = "H-2";
        otherCustomer.subjects = {"cust-78"};
        holds.push_back(otherCustomer);

        OrderFix fix;
        fix.customerMapping = CustomerMapping{"shop", "cust-77", "ACME"};
        const auto result =
            fixHold(holds[0], order, fix, maria, HoldPolicy::defaults(), fixtureNow());
        QVERIFY(result.decision.accepted);
        QCOMPARE(result.order.customer.accountNumber, std::string("ACME"));
        QCOMPARE(holdsToRevalidate(*result.customerMapping, holds),
                 std::vector<std::string>{"H-1"});
        const auto release =
            revalidateHold(holds[0], validate(result.order, world.context()), fixtureNow());
        QVERIFY(release.release);
        QCOMPARE(release.reason, std::string("customer now mapped to an ERP account"));
    }

    void autoResolveWhenTheCauseDisappears_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("stock arrived") << "no_fulfilment_branch"
                                       << "stock arrived";
        QTest::newRow("credit released") << "credit_limit"
                                         << "credit released";
        QTest::newRow("payment captured") << "payment_not_captured"
                                          << "payment captured";
    }

    void autoResolveWhenTheCauseDisappears()
    {
        QFETCH(QString, code);
        QFETCH(QString, expectedReason);
        FakeWorld world;
        auto order = goodOrder();
        order.paymentState = model::PaymentState::Pending;
        world.stock["ERP-B"] = {{"north", 0}};
        world.credit["ACME"]->available = Decimal::fromInteger(10);
        const Hold hold = holdFor(order, world, code.toStdString());

        // Nothing changed yet: the hold stays.
        QVERIFY(!revalidateHold(hold, validate(order, world.context()), fixtureNow()).release);

        world.stock["ERP-B"] = {{"north", 5}};
        world.credit["ACME"]->available = Decimal::fromInteger(5000);
        order.paymentState = model::PaymentState::Authorized;
        const auto release = revalidateHold(hold, validate(order, world.context()), fixtureNow());
        QVERIFY(release.release);
        QCOMPARE(QString::fromStdString(release.reason), expectedReason);
        QCOMPARE(QString::fromStdString(release.hold.resolution), expectedReason);
        QVERIFY(release.hold.status == HoldStatus::Resolved);
    }

    void stockArrivalFindsHoldsBySku()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.lines[1].quantity = 9;
        const Hold hold = holdFor(order, world, reason::NoFulfilmentBranch);
        QCOMPARE(holdsToRevalidate(reason::NoFulfilmentBranch, "ERP-B", {hold}),
                 std::vector<std::string>{"H-1"});
        QVERIFY(holdsToRevalidate(reason::NoFulfilmentBranch, "ERP-A", {hold}).empty());
    }

    void stillFailingHoldNarrowsItsMessage()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.lines[0].sku = "NEW-1";
        order.lines[1].sku = "NEW-2";
        const Hold hold = holdFor(order, world, reason::UnknownSku);
        QCOMPARE(hold.subjects.size(), std::size_t(2));
        world.crossReference[{"shop", "NEW-1"}] = "C-300";
        const auto decision = revalidateHold(hold, validate(order, world.context()), fixtureNow());
        QVERIFY(!decision.release);
        QCOMPARE(decision.hold.subjects, std::vector<std::string>{"NEW-2"});
        QVERIFY(decision.hold.message.find("NEW-1") == std::string::npos);
    }

    void holdsRoundTripThroughJson()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.lines[1].sku = "NEW-9";
        Hold hold = holdFor(order, world, reason::UnknownSku);
        hold = noteHold(hold, maria, "asked purchasing", HoldPolicy::defaults(), fixtureNow()).hold;
        hold = snoozeHold(hold, maria, fixtureNow() + std::chrono::hours(1), "waiting",
                          HoldPolicy::defaults(), fixtureNow())
                   .hold;
        const auto back = boost::json::value_to<Hold>(boost::json::value_from(hold));
        QCOMPARE(back.id, hold.id);
        QCOMPARE(back.subjects, hold.subjects);
        QCOMPARE(back.dueAt, hold.dueAt);
        QVERIFY(back.status == HoldStatus::Snoozed);
        QCOMPARE(back.snoozedUntil, hold.snoozedUntil);
        QCOMPARE(back.notes.size(), std::size_t(1));
        QCOMPARE(back.notes[0].text, std::string("asked purchasing"));
        QCOMPARE(back.message, hold.message);

        auto broken = boost::json::value_from(hold);
        broken.as_object()["status"] = "paused";
        try {
            (void)boost::json::value_to<Hold>(broken);
            QFAIL("an unknown status was accepted");
        } catch (const std::exception &error) {
            QVERIFY(std::string(error.what()).find("hold.status") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestHolds)
#include "tst_holds.moc"
