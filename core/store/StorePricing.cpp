#include "store/StorePricing.h"

#include "model/Json.h"
#include "store/Database.h"
#include "store/Store.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline::store {

namespace {

std::string pricingToJson(const domain::CustomerPricing &pricing)
{
    json::object o{{"contracts", json::value_from(pricing.contracts)}};
    if (pricing.priceList)
        o["price_list"] = json::value_from(*pricing.priceList);
    return json::serialize(o);
}

domain::CustomerPricing pricingFromJson(const std::string &text)
{
    const json::value value = parseJson(text);
    domain::CustomerPricing pricing;
    const auto &o = value.as_object();
    if (const auto *contracts = o.if_contains("contracts"))
        pricing.contracts = json::value_to<std::vector<model::CustomerContract>>(*contracts);
    if (const auto *list = o.if_contains("price_list"))
        pricing.priceList = json::value_to<model::PriceList>(*list);
    return pricing;
}

std::string productToJson(const model::Product &product)
{
    return json::serialize(json::value_from(product));
}

model::Product productFromJson(const std::string &text)
{
    return json::value_to<model::Product>(parseJson(text));
}

} // namespace

void savePricing(Tx &tx, const StoredPricing &pricing)
{
    auto &s = tx.db().cached(
        "INSERT INTO pricing_accounts(account, pricing, fetched_at, source) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(account) DO UPDATE SET pricing = excluded.pricing, "
        "fetched_at = excluded.fetched_at, source = excluded.source");
    s.bind(1, pricing.account)
        .bind(2, pricingToJson(pricing.pricing))
        .bind(3, toEpochMs(pricing.fetchedAt))
        .bind(4, pricing.source);
    s.run();
}

std::vector<StoredPricing> loadPricing(Reader &reader)
{
    Statement s(reader.db(), "SELECT account, pricing, fetched_at, source FROM pricing_accounts "
                             "ORDER BY account");
    std::vector<StoredPricing> out;
    while (s.step())
        out.push_back(
            {s.text(0), pricingFromJson(s.text(1)), fromEpochMs(s.integer(2)), s.text(3)});
    return out;
}

void saveCredit(Tx &tx, const StoredCredit &credit)
{
    auto &s = tx.db().cached("INSERT INTO credit_accounts(account, available, as_of) "
                             "VALUES (?, ?, ?) ON CONFLICT(account) DO UPDATE SET "
                             "available = excluded.available, as_of = excluded.as_of");
    s.bind(1, credit.account).bind(2, credit.available.toString(4)).bind(3, toEpochMs(credit.asOf));
    s.run();
}

std::vector<StoredCredit> loadCredit(Reader &reader)
{
    Statement s(reader.db(),
                "SELECT account, available, as_of FROM credit_accounts ORDER BY account");
    std::vector<StoredCredit> out;
    while (s.step())
        if (const auto available = Decimal::parse(s.text(1)))
            out.push_back({s.text(0), *available, fromEpochMs(s.integer(2))});
    return out;
}

void saveErpProduct(Tx &tx, const model::Product &product)
{
    auto &s = tx.db().cached("INSERT INTO erp_products(sku, payload, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(sku) DO UPDATE SET payload = excluded.payload, "
                             "updated_at = excluded.updated_at");
    s.bind(1, product.sku).bind(2, productToJson(product)).bind(3, toEpochMs(tx.now()));
    s.run();
}

std::optional<model::Product> erpProduct(Tx &tx, const std::string &sku)
{
    auto &s = tx.db().cached("SELECT payload FROM erp_products WHERE sku = ?");
    s.bind(1, sku);
    std::optional<model::Product> out;
    if (s.step())
        out = productFromJson(s.text(0));
    s.reset();
    return out;
}

std::vector<model::Product> erpProducts(Tx &tx)
{
    Statement s(tx.db(), "SELECT payload FROM erp_products ORDER BY sku");
    std::vector<model::Product> out;
    while (s.step())
        out.push_back(productFromJson(s.text(0)));
    return out;
}

void savePublishedProduct(Tx &tx, const std::string &channel, const model::Product &product)
{
    auto &s = tx.db().cached(
        "INSERT INTO channel_products(channel, sku, payload, published_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(channel, sku) DO UPDATE SET payload = excluded.payload, "
        "published_at = excluded.published_at");
    s.bind(1, channel)
        .bind(2, product.sku)
        .bind(3, productToJson(product))
        .bind(4, toEpochMs(tx.now()));
    s.run();
}

std::optional<model::Product> publishedProduct(Tx &tx, const std::string &channel,
                                               const std::string &sku)
{
    auto &s = tx.db().cached("SELECT payload FROM channel_products WHERE channel = ? AND sku = ?");
    s.bind(1, channel).bind(2, sku);
    std::optional<model::Product> out;
    if (s.step())
        out = productFromJson(s.text(0));
    s.reset();
    return out;
}

std::optional<std::string> customerAccount(Reader &reader, const std::string &channel,
                                           const std::string &customerId)
{
    Statement s(reader.db(), "SELECT account FROM customer_mappings WHERE customer_id = ? "
                             "AND (channel = ? OR channel = '') ORDER BY channel DESC LIMIT 1");
    s.bind(1, customerId).bind(2, channel);
    if (s.step())
        return s.text(0);
    return std::nullopt;
}

} // namespace syncline::store
