#include "engine/ProductDesk.h"

#include "model/Json.h"
#include "store/Store.h"
#include "store/StorePricing.h"
#include "util/Uuid.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace syncline {

namespace {

using domain::ProductField;

// Absent optional values are sent as null, so that a value the ERP removed is removed on the
// channel too.
json::value fieldValue(const model::Product &product, ProductField field)
{
    switch (field) {
    case ProductField::Sku:
        return json::value(product.sku);
    case ProductField::Name:
        return json::value(product.name);
    case ProductField::Unit:
        return json::value(product.unit);
    case ProductField::Weight:
        return product.weightGrams ? json::value(*product.weightGrams) : json::value(nullptr);
    case ProductField::BasePrice:
        return product.basePrice ? json::value(product.basePrice->toString())
                                 : json::value(nullptr);
    case ProductField::Currency:
        return json::value(product.currency);
    case ProductField::Category:
        return json::value(product.category);
    case ProductField::Description:
        return json::value(product.description);
    case ProductField::Images:
        return json::value_from(product.images);
    case ProductField::SeoTitle:
        return json::value(product.seoTitle);
    case ProductField::SeoDescription:
        return json::value(product.seoDescription);
    }
    return json::value(nullptr);
}

// The canonical JSON key of each field (model/Json.cpp).
std::string_view jsonKey(ProductField field)
{
    switch (field) {
    case ProductField::Weight:
        return "weight_grams";
    default:
        return domain::toString(field);
    }
}

} // namespace

void ProductDesk::setOwnership(domain::OwnershipTable table)
{
    std::lock_guard lock(mutex_);
    ownership_ = std::move(table);
}

domain::OwnershipTable ProductDesk::ownership() const
{
    std::lock_guard lock(mutex_);
    return ownership_;
}

void ProductDesk::addChannel(const std::string &channel)
{
    std::lock_guard lock(mutex_);
    channels_.insert(channel);
}

std::vector<std::string> ProductDesk::channels() const
{
    std::lock_guard lock(mutex_);
    return {channels_.begin(), channels_.end()};
}

std::string ProductDesk::payloadOf(const domain::ProductPublish &publish)
{
    json::object o{{"sku", publish.sku}};
    for (const auto field : publish.fields)
        o[jsonKey(field)] = fieldValue(publish.values, field);
    return json::serialize(o);
}

model::Product ProductDesk::absorb(store::Tx &tx, const std::string &canonical)
{
    auto product = json::value_to<model::Product>(parseJson(canonical));
    store::saveErpProduct(tx, product);
    return product;
}

std::optional<std::string> ProductDesk::deltaFor(store::Tx &tx, const std::string &channel,
                                                 const model::Product &product)
{
    const auto previous = store::publishedProduct(tx, channel, product.sku);
    const auto publish =
        domain::planPublish(previous, product, domain::PublishMode::Delta, ownership());
    // The SKU alone is the key, not a change.
    const bool changed = std::any_of(publish.fields.begin(), publish.fields.end(),
                                     [](ProductField f) { return f != ProductField::Sku; });
    if (!changed)
        return std::nullopt;
    store::savePublishedProduct(tx, channel, product);
    return payloadOf(publish);
}

std::size_t ProductDesk::publishCatalog(store::Tx &tx, const std::string &channel,
                                        const Actor &actor, std::size_t &enqueued)
{
    const auto table = ownership();
    const auto products = store::erpProducts(tx);
    const std::string run = newUuid();
    enqueued = 0;
    for (const auto &product : products) {
        const auto publish =
            domain::planPublish(std::nullopt, product, domain::PublishMode::Full, table);
        store::OutboxRow row;
        row.eventId = "catalog-" + run;
        row.target = channel;
        row.idempotencyKey = "catalog:" + run + ":" + product.sku + "->" + channel;
        row.connection = "catalog";
        row.domain = Domain::Product;
        row.type = "product.published";
        row.correlationId = product.sku;
        row.payload = payloadOf(publish);
        row.nextAttemptAt = tx.now();
        if (tx.enqueueOutbox(row))
            ++enqueued;
        store::savePublishedProduct(tx, channel, product);
    }
    tx.appendAudit({actor, "catalog.publish", "channel", channel, "",
                    std::to_string(products.size()) + " products",
                    "full publish of the ERP product master (run " + run + ")"});
    return products.size();
}

} // namespace syncline
