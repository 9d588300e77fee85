#include "wire/WooCommerceMapping.h"

#include "model/Canonical.h"
#include "model/Json.h"
#include "wire/JsonFields.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline::wire {

namespace {

using model::PaymentState;

PaymentState paymentStateOf(std::string_view status, bool datePaid)
{
    if (status == "refunded")
        return PaymentState::Refunded;
    if (status == "cancelled" || status == "failed")
        return datePaid ? PaymentState::Refunded : PaymentState::Voided;
    // "processing" and "completed" are only reached once the gateway confirmed the payment.
    if (status == "processing" || status == "completed" || datePaid)
        return PaymentState::Paid;
    if (status == "pending" || status == "on-hold")
        return PaymentState::Pending;
    return PaymentState::Unknown;
}

model::Address addressOf(const Fields &a)
{
    model::Address address;
    const auto first = a.text("first_name");
    const auto last = a.text("last_name");
    address.name = first.empty() || last.empty() ? first + last : first + " " + last;
    address.company = a.text("company");
    address.line1 = a.text("address_1");
    address.line2 = a.text("address_2");
    address.city = a.text("city");
    address.region = a.text("state");
    address.postalCode = a.text("postcode");
    address.country = a.text("country");
    address.phone = a.text("phone");
    return address;
}

// The GMT fields carry no offset and are read as UTC; the local ones are the site's wall clock.
std::optional<TimePoint> gmtTime(const Fields &f, std::string_view key)
{
    return f.time(std::string(key) + "_gmt");
}

Event envelope(const WooCommerceContext &ctx, Domain domain, std::string type,
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

Event mapOrder(const Fields &o, std::string_view topic, const WooCommerceContext &ctx)
{
    model::Order order;
    order.storefrontOrderId = o.id("id", true);
    order.orderNumber = o.text("number");
    if (order.orderNumber.empty())
        order.orderNumber = order.storefrontOrderId; // the number defaults to the id
    order.channel = ctx.connection;
    order.currency = o.text("currency");
    const auto status = o.text("status", true);
    if (const auto billing = o.child("billing")) {
        order.billingAddress = addressOf(*billing);
        order.customer.email = billing->text("email");
        order.customer.name = order.billingAddress.name;
    }
    if (const auto shipping = o.child("shipping"))
        order.shippingAddress = addressOf(*shipping);
    if (const auto customerId = o.id("customer_id"); customerId != "0")
        order.customer.id = customerId;

    Decimal subtotal;
    for (const auto &item : o.children("line_items")) {
        model::OrderLine line;
        line.lineId = item.id("id", true);
        line.sku = item.text("sku");
        if (line.sku.empty()) {
            const auto variation = item.id("variation_id");
            line.sku =
                "woocommerce-product:" +
                (variation.empty() || variation == "0" ? item.id("product_id", true) : variation);
        }
        line.quantity = item.requiredInteger("quantity");
        const auto price = item.money("price");
        if (!price)
            throw MappingError(item.pathOf("price") + " is required");
        line.unitPrice = *price;
        line.tax = item.money("total_tax").value_or(Decimal{});
        subtotal = subtotal + item.money("subtotal").value_or(line.unitPrice * line.quantity);
        order.lines.push_back(std::move(line));
    }
    order.subtotal = subtotal;
    order.taxTotal = o.money("total_tax").value_or(Decimal{});
    order.shippingTotal = o.money("shipping_total").value_or(Decimal{});
    const auto total = o.money("total");
    if (!total)
        throw MappingError(o.pathOf("total") + " is required");
    order.total = *total;
    order.paymentState = paymentStateOf(status, o.has("date_paid_gmt") || o.has("date_paid"));
    order.placedAt = gmtTime(o, "date_created");
    order.cancelled = status == "cancelled";

    std::string type = topic == "order.created" ? "order.created" : "order.updated";
    if (order.cancelled)
        type = "order.cancelled";
    const auto modified = gmtTime(o, "date_modified");
    return envelope(ctx, Domain::Order, std::move(type), order.orderNumber, json::value_from(order),
                    modified ? modified : order.placedAt);
}

std::vector<Event> mapProduct(const Fields &p, std::string_view topic,
                              const WooCommerceContext &ctx)
{
    model::Product product;
    product.sku = p.text("sku");
    if (product.sku.empty())
        return {}; // without a SKU (a variable product's parent) there is no key to sync under
    product.name = p.text("name");
    product.basePrice = p.money("regular_price");
    if (!product.basePrice)
        product.basePrice = p.money("price");
    product.description = p.text("description");
    for (const auto &image : p.children("images")) {
        if (auto src = image.text("src"); !src.empty())
            product.images.push_back(std::move(src));
    }
    const auto categories = p.children("categories");
    if (!categories.empty())
        product.category = categories.front().text("name");
    const std::string type = topic == "product.created" ? "product.created" : "product.updated";
    return {envelope(ctx, Domain::Product, type, product.sku, json::value_from(product),
                     gmtTime(p, "date_modified"))};
}

} // namespace

std::vector<Event> mapWooCommerceWebhook(std::string_view topic, std::string_view body,
                                         const WooCommerceContext &ctx)
{
    const auto document = parseJson(body);
    if (topic == "order.created" || topic == "order.updated" || topic == "order.restored")
        return {mapOrder(Fields(document, "order"), topic, ctx)};
    if (topic == "product.created" || topic == "product.updated" || topic == "product.restored")
        return mapProduct(Fields(document, "product"), topic, ctx);
    throw MappingError("topic: unsupported WooCommerce topic \"" + std::string(topic) + "\"");
}

} // namespace syncline::wire
