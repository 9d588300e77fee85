#pragma once

#include "domain/OrderRules.h"
#include "domain/PricingCache.h"
#include "util/Clock.h"

#include <map>
#include <memory>
#include <set>
#include <string>

// An in-memory ERP and store behind the validation lookups, and an order that passes every rule
// against it. Tests change one thing and check what the rules say. Free of Qt so that the
// benchmarks use it too.
namespace syncline::domain::testing {

inline TimePoint fixtureNow()
{
    return fromEpochMs(1'790'000'000'000);
} // 2026-09-21

struct FakeWorld {
    std::map<std::pair<std::string, std::string>, std::string> crossReference; // channel,sku
    std::set<std::string> erpItems{"ERP-A", "ERP-B", "C-300"};
    std::map<std::string, std::string> customerAccounts{{"cust-1", "ACME"}};
    std::map<std::string, std::optional<CreditStatus>> credit{
        {"ACME", CreditStatus{Decimal::fromInteger(1000), false, fixtureNow()}}};
    std::map<std::string, std::vector<StockAtLocation>> stock{
        {"ERP-A", {{"north", 10}, {"south", 5}}},
        {"ERP-B", {{"north", 3}}},
        {"C-300", {{"north", 100}, {"south", 100}}}};
    std::map<std::pair<std::string, std::string>, std::string> seenOrders; // channel, id -> number
    bool erpUp = true;
    int erpPriceCalls = 0;
    CustomerPricing acmePricing;
    ManualClock clock{fixtureNow()};
    std::unique_ptr<PricingCache> pricing;

    FakeWorld()
    {
        crossReference[{"shop", "A-1"}] = "ERP-A";
        crossReference[{"shop", "B-2"}] = "ERP-B";
        model::CustomerContract contract;
        contract.contractId = "K-1";
        contract.customerId = "ACME";
        contract.entries = {{"ERP-A", 1, Decimal::fromInteger(10), {}, {}},
                            {"ERP-A", 10, Decimal::fromInteger(9), {}, {}},
                            {"ERP-B", 1, Decimal::fromInteger(20), {}, {}},
                            {"C-300", 1, *Decimal::parse("4.50"), {}, {}}};
        acmePricing.contracts.push_back(contract);
        pricing = std::make_unique<PricingCache>(
            clock, std::chrono::hours(1), [this](const std::string &account) {
                ++erpPriceCalls;
                if (!erpUp)
                    return std::optional<CustomerPricing>();
                if (account == "ACME")
                    return std::optional<CustomerPricing>(acmePricing);
                return std::optional<CustomerPricing>(CustomerPricing{});
            });
    }
    FakeWorld(const FakeWorld &) = delete;
    FakeWorld &operator=(const FakeWorld &) = delete;

    ValidationContext context()
    {
        ValidationContext ctx;
        auto &l = ctx.lookups;
        l.skuCrossReference = [this](const std::string &channel, const std::string &sku) {
            const auto it = crossReference.find({channel, sku});
            return it == crossReference.end() ? std::optional<std::string>() : it->second;
        };
        l.erpKnowsSku = [this](const std::string &sku) { return erpItems.count(sku) > 0; };
        l.customerAccount = [this](const std::string &, const model::Customer &customer) {
            const auto it = customerAccounts.find(customer.id);
            return it == customerAccounts.end() ? std::optional<std::string>() : it->second;
        };
        l.creditAvailable = [this](const std::string &account) {
            const auto it = credit.find(account);
            return it == credit.end() ? std::optional<CreditStatus>() : it->second;
        };
        l.stockByLocation = [this](const std::string &, const std::string &sku) {
            const auto it = stock.find(sku);
            return it == stock.end() ? std::vector<StockAtLocation>() : it->second;
        };
        l.previousOrderNumber = [this](const std::string &channel, const std::string &id) {
            const auto it = seenOrders.find({channel, id});
            return it == seenOrders.end() ? std::optional<std::string>() : it->second;
        };
        l.pricing = pricing.get();
        ctx.clock = &clock;
        return ctx;
    }
};

// Two lines: 2 x A-1 at 10.00 (contract: 10.00 from 1, 9.00 from 10) and 1 x B-2 at 20.00;
// 8.00 tax; paid; ships to Germany.
inline model::Order goodOrder()
{
    model::Order order;
    order.orderNumber = "SO-1001";
    order.storefrontOrderId = "5500000000000000001";
    order.channel = "shop";
    order.customer = {"cust-1", "buyer@acme.example", "Acme GmbH", ""};
    order.shippingAddress = {"Jane Buyer", "Acme GmbH", "Hauptstr. 1", "", "Berlin",
                             "",           "10115",     "DE",          ""};
    order.billingAddress = order.shippingAddress;
    order.lines = {{"1", "A-1", 2, Decimal::fromInteger(10), Decimal::fromInteger(4)},
                   {"2", "B-2", 1, Decimal::fromInteger(20), Decimal::fromInteger(4)}};
    order.currency = "EUR";
    order.subtotal = Decimal::fromInteger(40);
    order.taxTotal = Decimal::fromInteger(8);
    order.total = Decimal::fromInteger(48);
    order.paymentState = model::PaymentState::Paid;
    order.placedAt = fixtureNow() - std::chrono::minutes(2);
    return order;
}

} // namespace syncline::domain::testing
