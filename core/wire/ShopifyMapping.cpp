#include "wire/ShopifyMapping.h"

#include "model/Canonical.h"
#include "model/Json.h"
#include "wire/JsonFields.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline::wire {

namespace {

using model::PaymentState;

std::string lookupOr(const ShopifyLookups::Lookup &lookup, const std::string &id,
                     std::string_view fallbackPrefix)
{
    if (lookup && !id.empty()) {
        if (auto found = lookup(id); found && !found->empty())
            return *found;
    }
    return std::string(fallbackPrefix) + id;
}

PaymentState paymentStateOf(std::string_view financialStatus)
{
    if (financialStatus == "pending")
        return PaymentState::Pending;
    if (financialStatus == "authorized")
        return PaymentState::Authorized;
    if (financialStatus == "paid")
        return PaymentState::Paid;
    if (financialStatus == "partially_paid")
        return PaymentState::PartiallyPaid;
    // The money was taken and part of it returned; the order stays paid for fulfilment.
    if (financialStatus == "partially_refunded")
        return PaymentState::Paid;
    if (financialStatus == "refunded")
        return PaymentState::Refunded;
    if (financialStatus == "voided" || financialStatus == "expired")
        return PaymentState::Voided;
    return PaymentState::Unknown;
}

std::string skuOrVariant(const Fields &item)
{
    auto sku = item.text("sku");
    if (!sku.empty())
        return sku;
    const auto variant = item.id("variant_id");
    return variant.empty() ? std::string() : "shopify-variant:" + variant;
}

model::Address addressOf(const Fields &a)
{
    model::Address address;
    address.name = a.text("name");
    if (address.name.empty()) {
        const auto first = a.text("first_name");
        const auto last = a.text("last_name");
        address.name = first.empty() || last.empty() ? first + last : first + " " + last;
    }
    address.company = a.text("company");
    address.line1 = a.text("address1");
    address.line2 = a.text("address2");
    address.city = a.text("city");
    address.region = a.text("province_code");
    if (address.region.empty())
        address.region = a.text("province");
    address.postalCode = a.text("zip");
    address.country = a.text("country_code");
    address.phone = a.text("phone");
    return address;
}

Decimal sumOf(const std::vector<Fields> &rows, std::string_view key)
{
    Decimal total;
    for (const auto &row : rows)
        total = total + row.money(key).value_or(Decimal{});
    return total;
}

Event envelope(const ShopifyContext &ctx, Domain domain, std::string type,
               std::string correlationId, const json::value &payload,
               std::optional<TimePoint> occurredAt)
{
    Event e;
    e.sourceSystem = ctx.sourceSystem;
    e.connection = ctx.connection;
    e.domain = domain;
    e.type = std::move(type);
    e.correlationId = std::move(correlationId);
    e.occurredAt = occurredAt.value_or(TimePoint{});
    e.payload = syncline::serialize(payload);
    return e;
}

Event mapOrder(const Fields &o, std::string_view type, const ShopifyContext &ctx)
{
    model::Order order;
    order.storefrontOrderId = o.id("id", true);
    order.orderNumber = o.text("name");
    if (order.orderNumber.empty())
        order.orderNumber =
            o.has("order_number") ? "#" + o.text("order_number") : o.text("name", true);
    order.channel = ctx.connection;
    order.currency = o.text("currency");
    order.customer.email = o.text("email");
    if (const auto customer = o.child("customer")) {
        order.customer.id = customer->id("id");
        if (order.customer.email.empty())
            order.customer.email = customer->text("email");
        const auto first = customer->text("first_name");
        const auto last = customer->text("last_name");
        order.customer.name = first.empty() || last.empty() ? first + last : first + " " + last;
    }
    if (const auto billing = o.child("billing_address"))
        order.billingAddress = addressOf(*billing);
    if (const auto shipping = o.child("shipping_address"))
        order.shippingAddress = addressOf(*shipping);
    for (const auto &item : o.children("line_items")) {
        model::OrderLine line;
        line.lineId = item.id("id", true);
        line.sku = skuOrVariant(item);
        line.quantity = item.requiredInteger("quantity");
        const auto price = item.money("price");
        if (!price)
            throw MappingError(item.pathOf("price") + " is required");
        line.unitPrice = *price;
        line.tax = sumOf(item.children("tax_lines"), "price");
        order.lines.push_back(std::move(line));
    }
    order.subtotal = o.money("subtotal_price").value_or(Decimal{});
    order.taxTotal = o.money("total_tax").value_or(Decimal{});
    order.shippingTotal = sumOf(o.children("shipping_lines"), "price");
    const auto total = o.money("total_price");
    if (!total)
        throw MappingError(o.pathOf("total_price") + " is required");
    order.total = *total;
    order.paymentState = paymentStateOf(o.text("financial_status"));
    order.placedAt = o.time("processed_at");
    if (!order.placedAt)
        order.placedAt = o.time("created_at");
    order.cancelled = type == "order.cancelled" || o.has("cancelled_at");

    const auto updated = o.time("updated_at");
    auto event = envelope(ctx, Domain::Order, std::string(type), order.orderNumber,
                          json::value_from(order), updated ? updated : order.placedAt);
    return event;
}

Event mapInventoryLevel(const Fields &l, const ShopifyContext &ctx)
{
    const auto itemId = l.id("inventory_item_id", true);
    const auto locationId = l.id("location_id", true);
    model::InventoryLevel level;
    level.sku = lookupOr(ctx.lookups.skuForInventoryItem, itemId, "shopify-item:");
    level.location = lookupOr(ctx.lookups.locationCode, locationId, "shopify-location:");
    // The webhook carries only the available quantity; on hand and reserved are not sent.
    level.available = l.requiredInteger("available");
    level.onHand = level.available;
    level.reserved = 0;
    const auto updated = l.time("updated_at");
    level.asOf = updated.value_or(TimePoint{});
    auto event = envelope(ctx, Domain::Inventory, "inventory.level", level.sku,
                          json::value_from(level), updated);
    // One entity per SKU and location: two locations of one SKU never supersede each other.
    event.entityKey =
        std::string(toString(Domain::Inventory)) + ":" + level.sku + "@" + level.location;
    return event;
}

std::vector<Event> mapProduct(const Fields &p, std::string_view type, const ShopifyContext &ctx)
{
    const auto title = p.text("title");
    std::vector<std::string> images;
    for (const auto &image : p.children("images")) {
        if (auto src = image.text("src"); !src.empty())
            images.push_back(std::move(src));
    }
    const auto updated = p.time("updated_at");
    std::vector<Event> events;
    for (const auto &variant : p.children("variants")) {
        model::Product product;
        product.sku = variant.text("sku");
        if (product.sku.empty())
            continue; // without a SKU a variant has no business key to sync under
        const auto variantTitle = variant.text("title");
        product.name = variantTitle.empty() || variantTitle == "Default Title"
                           ? title
                           : title + " - " + variantTitle;
        product.weightGrams = variant.integer("grams");
        product.basePrice = variant.money("price");
        product.description = p.text("body_html");
        product.images = images;
        product.category = p.text("product_type");
        events.push_back(envelope(ctx, Domain::Product, std::string(type), product.sku,
                                  json::value_from(product), updated));
    }
    return events;
}

std::string orderNumberFor(const Fields &resource, const ShopifyContext &ctx)
{
    const auto orderId = resource.id("order_id", true);
    if (ctx.lookups.orderNumber) {
        if (auto found = ctx.lookups.orderNumber(orderId); found && !found->empty())
            return *found;
    }
    // A fulfillment is named after its order: "#1001.1" belongs to "#1001".
    const auto name = resource.text("name");
    if (const auto dot = name.rfind('.');
        !name.empty() && name.front() == '#' && dot != std::string::npos && dot > 1)
        return name.substr(0, dot);
    return "shopify-order:" + orderId;
}

Event mapFulfillment(const Fields &f, std::string_view type, const ShopifyContext &ctx)
{
    model::Shipment shipment;
    shipment.shipmentId = f.id("id", true);
    shipment.orderNumber = orderNumberFor(f, ctx);
    shipment.carrier = f.text("tracking_company");
    shipment.trackingNumber = f.text("tracking_number");
    if (shipment.trackingNumber.empty()) {
        if (const auto *numbers = f.find("tracking_numbers"); numbers && numbers->is_array() &&
                                                              !numbers->get_array().empty() &&
                                                              numbers->get_array()[0].is_string())
            shipment.trackingNumber = std::string(numbers->get_array()[0].get_string());
    }
    shipment.trackingUrl = f.text("tracking_url");
    if (const auto locationId = f.id("location_id"); !locationId.empty())
        shipment.fromLocation = lookupOr(ctx.lookups.locationCode, locationId, "shopify-location:");
    for (const auto &item : f.children("line_items"))
        shipment.lines.push_back({skuOrVariant(item), item.requiredInteger("quantity")});
    shipment.shippedAt = f.time("created_at");
    const auto updated = f.time("updated_at");
    auto event = envelope(ctx, Domain::Fulfilment, std::string(type), shipment.orderNumber,
                          json::value_from(shipment), updated ? updated : shipment.shippedAt);
    event.entityKey = std::string(toString(Domain::Fulfilment)) + ":" + shipment.orderNumber +
                      "/shipment/" + shipment.shipmentId;
    return event;
}

Event mapRefund(const Fields &r, const ShopifyContext &ctx)
{
    model::ReturnCredit credit;
    credit.returnId = r.id("id", true);
    credit.orderNumber = orderNumberFor(r, ctx);
    const auto note = r.text("note");
    for (const auto &row : r.children("refund_line_items")) {
        model::ReturnLine line;
        if (const auto item = row.child("line_item"))
            line.sku = skuOrVariant(*item);
        line.quantity = row.requiredInteger("quantity");
        line.reason = note;
        credit.lines.push_back(std::move(line));
    }
    for (const auto &transaction : r.children("transactions")) {
        if (transaction.text("kind") != "refund" || transaction.text("status") == "failure" ||
            transaction.text("status") == "error")
            continue;
        credit.refundAmount = credit.refundAmount + transaction.money("amount").value_or(Decimal{});
        if (credit.currency.empty())
            credit.currency = transaction.text("currency");
    }
    credit.status = "refunded";
    credit.createdAt = r.time("created_at");
    auto event = envelope(ctx, Domain::Order, "return.refunded", credit.orderNumber,
                          json::value_from(credit), credit.createdAt);
    event.entityKey = std::string(toString(Domain::Order)) + ":" + credit.orderNumber + "/refund/" +
                      credit.returnId;
    return event;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

std::vector<Event> mapShopifyWebhook(std::string_view topic, std::string_view body,
                                     const ShopifyContext &ctx)
{
    const auto document = parseJson(body);
    if (startsWith(topic, "locations/") || startsWith(topic, "fulfillment_orders/"))
        return {};

    std::vector<Event> events;
    if (topic == "orders/create" || topic == "orders/updated" || topic == "orders/paid" ||
        topic == "orders/fulfilled" || topic == "orders/partially_fulfilled" ||
        topic == "orders/cancelled") {
        const std::string_view type = topic == "orders/create"      ? "order.created"
                                      : topic == "orders/cancelled" ? "order.cancelled"
                                                                    : "order.updated";
        for (const auto *order : resourcesOf(document, "order", "orders"))
            events.push_back(mapOrder(Fields(*order, "order"), type, ctx));
    } else if (topic == "inventory_levels/update") {
        for (const auto *level : resourcesOf(document, "inventory_level", "inventory_levels"))
            events.push_back(mapInventoryLevel(Fields(*level, "inventory_level"), ctx));
    } else if (topic == "products/update" || topic == "products/create") {
        const std::string_view type =
            topic == "products/create" ? "product.created" : "product.updated";
        for (const auto *product : resourcesOf(document, "product", "products")) {
            auto variants = mapProduct(Fields(*product, "product"), type, ctx);
            std::move(variants.begin(), variants.end(), std::back_inserter(events));
        }
    } else if (topic == "fulfillments/create" || topic == "fulfillments/update") {
        const std::string_view type =
            topic == "fulfillments/create" ? "shipment.created" : "shipment.updated";
        for (const auto *fulfillment : resourcesOf(document, "fulfillment", "fulfillments"))
            events.push_back(mapFulfillment(Fields(*fulfillment, "fulfillment"), type, ctx));
    } else if (topic == "refunds/create") {
        for (const auto *refund : resourcesOf(document, "refund", "refunds"))
            events.push_back(mapRefund(Fields(*refund, "refund"), ctx));
    } else {
        throw MappingError("topic: unsupported Shopify topic \"" + std::string(topic) + "\"");
    }
    return events;
}

} // namespace syncline::wire
