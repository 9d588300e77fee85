#include "OrderFixtures.h"
#include "domain/OrderRules.h"

#include <QtTest>

#include <functional>

using namespace syncline;
using namespace syncline::domain;
using namespace syncline::domain::testing;

using Scenario = std::function<void(model::Order &, FakeWorld &, OrderPolicy &)>;
Q_DECLARE_METATYPE(Scenario)

namespace {

void addRow(const char *name, std::string_view code, Scenario scenario, bool fails,
            QString subject = {})
{
    QTest::newRow(name) << QString::fromUtf8(code.data(), qsizetype(code.size())) << scenario
                        << fails << subject;
}

} // namespace

class TestOrderRules : public QObject {
    Q_OBJECT

private slots:
    void goodOrderPassesEveryRule()
    {
        FakeWorld world;
        const auto report = validate(goodOrder(), world.context());
        for (const auto &f : report.failures)
            qWarning("%s: %s", f.reasonCode.c_str(), f.message.c_str());
        QVERIFY(report.passed());
        QVERIFY(report.flags.empty());
        QCOMPARE(orderRules().size(), std::size_t(9));
    }

    void rule_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<bool>("fails");
        QTest::addColumn<QString>("subject");
        using O = model::Order;
        using W = FakeWorld;
        using P = OrderPolicy;

        // unknown_sku
        addRow(
            "sku: cross-referenced", reason::UnknownSku, [](O &, W &, P &) {}, false);
        addRow(
            "sku: ERP knows it directly", reason::UnknownSku,
            [](O &o, W &, P &) { o.lines[0].sku = "C-300"; }, false);
        addRow(
            "sku: no cross-reference, ERP does not know it", reason::UnknownSku,
            [](O &o, W &, P &) { o.lines[1].sku = "NEW-9"; }, true, "NEW-9");
        addRow(
            "sku: cross-reference to an item the ERP lacks", reason::UnknownSku,
            [](O &, W &w, P &) { w.erpItems.erase("ERP-B"); }, true, "B-2");
        addRow(
            "sku: empty SKU", reason::UnknownSku, [](O &o, W &, P &) { o.lines[0].sku = ""; },
            true);

        // unknown_customer
        addRow(
            "customer: mapped", reason::UnknownCustomer, [](O &, W &, P &) {}, false);
        addRow(
            "customer: carries its account", reason::UnknownCustomer,
            [](O &o, W &w, P &) {
                w.customerAccounts.clear();
                o.customer.accountNumber = "ACME";
            },
            false);
        addRow(
            "customer: channel guest account", reason::UnknownCustomer,
            [](O &o, W &, P &p) {
                o.customer.id = "guest-7";
                p.guestAccountByChannel["shop"] = "WEB-GUEST";
            },
            false);
        addRow(
            "customer: unmapped", reason::UnknownCustomer,
            [](O &o, W &, P &) { o.customer.id = "cust-404"; }, true, "cust-404");

        // credit_limit (only for orders not already paid)
        addRow(
            "credit: within", reason::CreditLimit,
            [](O &o, W &, P &) { o.paymentState = model::PaymentState::Authorized; }, false);
        addRow(
            "credit: paid orders draw no credit", reason::CreditLimit,
            [](O &o, W &w, P &) {
                o.paymentState = model::PaymentState::Paid;
                w.credit["ACME"]->available = Decimal::fromInteger(1);
            },
            false);
        addRow(
            "credit: exceeded", reason::CreditLimit,
            [](O &o, W &w, P &) {
                o.paymentState = model::PaymentState::Authorized;
                w.credit["ACME"]->available = Decimal::fromInteger(47);
            },
            true, "ACME");
        addRow(
            "credit: exceeded on cached value", reason::CreditLimit,
            [](O &o, W &w, P &) {
                o.paymentState = model::PaymentState::Authorized;
                w.credit["ACME"] = CreditStatus{Decimal::fromInteger(10), true, fixtureNow()};
            },
            true, "ACME");
        addRow(
            "credit: unknown", reason::CreditLimit,
            [](O &o, W &w, P &) {
                o.paymentState = model::PaymentState::Authorized;
                w.credit.erase("ACME");
            },
            true, "ACME");

        // price_mismatch
        addRow(
            "price: matches contract", reason::PriceMismatch, [](O &, W &, P &) {}, false);
        addRow(
            "price: within absolute tolerance", reason::PriceMismatch,
            [](O &o, W &, P &) { o.lines[0].unitPrice = *Decimal::parse("10.01"); }, false);
        addRow(
            "price: within relative tolerance", reason::PriceMismatch,
            [](O &o, W &, P &p) {
                p.priceToleranceBasisPoints = 100; // 1 % of 20.00 = 0.20
                o.lines[1].unitPrice = *Decimal::parse("20.19");
            },
            false);
        addRow(
            "price: beyond tolerance", reason::PriceMismatch,
            [](O &o, W &, P &) { o.lines[1].unitPrice = *Decimal::parse("18.00"); }, true, "B-2");
        addRow(
            "price: tier break applies", reason::PriceMismatch,
            [](O &o, W &, P &) {
                o.lines[0].quantity = 12; // 9.00 from 10 units
                o.lines[0].unitPrice = Decimal::fromInteger(10);
            },
            true, "A-1");
        addRow(
            "price: no price known for the SKU", reason::PriceMismatch,
            [](O &o, W &w, P &) {
                w.acmePricing.contracts[0].entries.pop_back();
                o.lines[0].sku = "C-300";
                o.lines[0].unitPrice = Decimal::fromInteger(99);
            },
            false);

        // tax_inconsistent
        addRow(
            "tax: consistent", reason::TaxInconsistent, [](O &, W &, P &) {}, false);
        addRow(
            "tax: within rounding", reason::TaxInconsistent,
            [](O &o, W &, P &) { o.taxTotal = *Decimal::parse("8.01"); }, false);
        addRow(
            "tax: header differs from lines", reason::TaxInconsistent,
            [](O &o, W &, P &) { o.taxTotal = *Decimal::parse("8.50"); }, true);
        addRow(
            "tax: missing", reason::TaxInconsistent,
            [](O &o, W &, P &) {
                o.taxTotal = Decimal();
                for (auto &line : o.lines)
                    line.tax = Decimal();
            },
            true);
        addRow(
            "tax: none due for an exempt country", reason::TaxInconsistent,
            [](O &o, W &, P &p) {
                p.taxExemptCountries.insert("CH");
                o.shippingAddress.country = "CH";
                o.shippingAddress.postalCode = "8001";
                o.taxTotal = Decimal();
                for (auto &line : o.lines)
                    line.tax = Decimal();
            },
            false);

        // payment_not_captured
        addRow(
            "payment: paid", reason::PaymentNotCaptured, [](O &, W &, P &) {}, false);
        addRow(
            "payment: authorized is enough", reason::PaymentNotCaptured,
            [](O &o, W &, P &) { o.paymentState = model::PaymentState::Authorized; }, false);
        addRow(
            "payment: authorized, capture required", reason::PaymentNotCaptured,
            [](O &o, W &, P &p) {
                o.paymentState = model::PaymentState::Authorized;
                p.payment = PaymentRequirement::Captured;
            },
            true);
        addRow(
            "payment: pending", reason::PaymentNotCaptured,
            [](O &o, W &, P &) { o.paymentState = model::PaymentState::Pending; }, true);
        addRow(
            "payment: pending on an account channel", reason::PaymentNotCaptured,
            [](O &o, W &, P &p) {
                o.paymentState = model::PaymentState::Pending;
                p.paymentExemptChannels.insert("shop");
            },
            false);

        // invalid_address
        addRow(
            "address: valid DE", reason::InvalidAddress, [](O &, W &, P &) {}, false);
        addRow(
            "address: valid US with ZIP+4", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress = {"Joe", "",           "1 Main St", "", "Springfield",
                                     "IL",  "62701-1234", "US",        ""};
            },
            false);
        addRow(
            "address: valid GB", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress.country = "GB";
                o.shippingAddress.postalCode = "sw1a 1aa";
            },
            false);
        addRow(
            "address: HK needs no postal code", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress.country = "HK";
                o.shippingAddress.postalCode = "";
            },
            false);
        addRow(
            "address: no street", reason::InvalidAddress,
            [](O &o, W &, P &) { o.shippingAddress.line1 = "  "; }, true);
        addRow(
            "address: no recipient", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress.name = "";
                o.shippingAddress.company = "";
            },
            true);
        addRow(
            "address: country not ISO", reason::InvalidAddress,
            [](O &o, W &, P &) { o.shippingAddress.country = "Germany"; }, true);
        addRow(
            "address: DE postal code pattern", reason::InvalidAddress,
            [](O &o, W &, P &) { o.shippingAddress.postalCode = "1011"; }, true);
        addRow(
            "address: NL postal code pattern", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress.country = "NL";
                o.shippingAddress.postalCode = "AB 1234";
            },
            true);
        addRow(
            "address: US without state", reason::InvalidAddress,
            [](O &o, W &, P &) {
                o.shippingAddress = {"Joe", "",      "1 Main St", "", "Springfield",
                                     "",    "62701", "US",        ""};
            },
            true);
        addRow(
            "address: missing postal code", reason::InvalidAddress,
            [](O &o, W &, P &) { o.shippingAddress.postalCode = ""; }, true);

        // no_fulfilment_branch
        addRow(
            "stock: one location has everything", reason::NoFulfilmentBranch, [](O &, W &, P &) {},
            false);
        addRow(
            "stock: only split, split not allowed", reason::NoFulfilmentBranch,
            [](O &o, W &, P &) { o.lines[0].quantity = 12; }, true);
        addRow(
            "stock: only split, split allowed", reason::NoFulfilmentBranch,
            [](O &o, W &, P &p) {
                o.lines[0].quantity = 12;
                p.splitShipmentAllowed = true;
            },
            false);
        addRow(
            "stock: not enough anywhere", reason::NoFulfilmentBranch,
            [](O &o, W &, P &p) {
                o.lines[1].quantity = 4;
                p.splitShipmentAllowed = true;
            },
            true, "ERP-B");
        addRow(
            "stock: same SKU on two lines adds up", reason::NoFulfilmentBranch,
            [](O &o, W &, P &) {
                o.lines[1] = o.lines[0];
                o.lines[1].lineId = "2";
                o.lines[0].quantity = 6;
                o.lines[1].quantity = 5; // 11 > 10 at north
            },
            true);

        // duplicate_order
        addRow(
            "duplicate: first time", reason::DuplicateOrder, [](O &, W &, P &) {}, false);
        addRow(
            "duplicate: same order validated again", reason::DuplicateOrder,
            [](O &o, W &w, P &) {
                w.seenOrders[{"shop", o.storefrontOrderId}] = "SO-1001";
            },
            false);
        addRow(
            "duplicate: seen as another order", reason::DuplicateOrder,
            [](O &o, W &w, P &) {
                w.seenOrders[{"shop", o.storefrontOrderId}] = "SO-0999";
            },
            true, "5500000000000000001");
        addRow(
            "duplicate: same id on another channel", reason::DuplicateOrder,
            [](O &o, W &w, P &) {
                w.seenOrders[{"other", o.storefrontOrderId}] = "SO-0999";
            },
            false);
    }

    void rule()
    {
        QFETCH(QString, code);
        QFETCH(Scenario, scenario);
        QFETCH(bool, fails);
        QFETCH(QString, subject);

        FakeWorld world;
        model::Order order = goodOrder();
        ValidationContext context = world.context();
        scenario(order, world, context.policy);

        const OrderRule *rule = findRule(code.toStdString());
        QVERIFY(rule);
        const RuleOutcome outcome = rule->check(order, context);
        QCOMPARE(outcome.failure.has_value(), fails);
        const ValidationReport report = validate(order, context);
        QCOMPARE(report.hasFailure(code.toStdString()), fails);
        if (!fails)
            return;
        QCOMPARE(QString::fromStdString(outcome.failure->reasonCode), code);
        QVERIFY(!outcome.failure->message.empty());
        QVERIFY(!outcome.failure->suggestedFix.empty());
        if (!subject.isEmpty()) {
            const auto &subjects = outcome.failure->subjects;
            QVERIFY2(std::find(subjects.begin(), subjects.end(), subject.toStdString()) !=
                         subjects.end(),
                     qPrintable(subject));
        }
    }

    void messagesNameWhatIsWrong()
    {
        FakeWorld world;
        auto order = goodOrder();
        order.lines[1].sku = "NEW-9";
        order.shippingAddress.postalCode = "1011";
        const auto failures = validateOrder(order, world.context());
        QCOMPARE(failures.size(), std::size_t(2));
        QVERIFY(failures[0].message.find("NEW-9") != std::string::npos);
        QVERIFY(failures[1].message.find("1011") != std::string::npos);
        QVERIFY(failures[1].message.find("10115") != std::string::npos); // the expected form
    }

    void stalePricesAreFlagged()
    {
        FakeWorld world;
        world.pricing->put("ACME", world.acmePricing, fixtureNow() - std::chrono::hours(3));
        world.erpUp = false;
        auto order = goodOrder();
        order.lines[1].unitPrice = Decimal::fromInteger(15);
        const auto report = validate(order, world.context());
        QVERIFY(report.hasFailure(reason::PriceMismatch));
        QCOMPARE(report.flags.size(), std::size_t(1));
        QCOMPARE(report.flags[0].reasonCode, std::string(reason::PriceMismatch));
        QVERIFY(report.failures[0].message.find("stale") != std::string::npos);

        world.erpUp = true;
        world.clock.advance(std::chrono::minutes(1));
        const auto fresh = validate(goodOrder(), world.context());
        QVERIFY(fresh.passed());
        QVERIFY(fresh.flags.empty());
    }

    void contextCarriesTheOverridePolicy()
    {
        FakeWorld world;
        ValidationContext context = world.context();
        QVERIFY(context.holdPolicy.mayOverride(Role::Manager, reason::CreditLimit));
        QVERIFY(!context.holdPolicy.mayOverride(Role::Operator, reason::CreditLimit));
        QVERIFY(!context.holdPolicy.mayOverride(Role::Admin, reason::UnknownSku));
        context.holdPolicy.overrideRoles[std::string(reason::CreditLimit)] = {Role::Operator};
        QVERIFY(context.holdPolicy.mayOverride(Role::Operator, reason::CreditLimit));
        QVERIFY(!context.holdPolicy.mayOverride(Role::Manager, reason::CreditLimit));
    }

    void unconfiguredLookupsSkipTheirRule()
    {
        ValidationContext bare;
        auto order = goodOrder();
        order.lines[0].sku = "NOT-KNOWN";
        order.customer.id = "nobody";
        const auto failures = validateOrder(order, bare);
        // Only customer mapping (no lookup, no account) is decidable without lookups.
        QCOMPARE(failures.size(), std::size_t(1));
        QCOMPARE(failures[0].reasonCode, std::string(reason::UnknownCustomer));
    }
};

QTEST_GUILESS_MAIN(TestOrderRules)
#include "tst_orderrules.moc"
