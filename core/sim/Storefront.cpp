#include "sim/Storefront.h"

#include "util/Crypto.h"
#include "util/Uuid.h"

#include <boost/json.hpp>

namespace syncline::sim {

namespace json = boost::json;

std::string shopifyOrderId(std::int64_t number)
{
    return std::to_string(820'000'000'000LL + number);
}

std::string shopifyOrderGid(std::int64_t number)
{
    return "gid://shopify/Order/" + shopifyOrderId(number);
}

std::string orderName(std::int64_t number)
{
    return "#" + std::to_string(number);
}

std::string shopifyOrderBody(const OrderSpec &order, const std::string &createdAt,
                             const std::string &updatedAt)
{
    json::array lineItems;
    std::int64_t totalCents = 0;
    std::int64_t lineNumber = 0;
    for (const auto &line : order.lines) {
        ++lineNumber;
        const std::string price = line.price.empty() ? "10.00" : line.price;
        const auto dot = price.find('.');
        const std::int64_t cents =
            std::stoll(price.substr(0, dot)) * 100 +
            (dot == std::string::npos ? 0
                                      : std::stoll((price.substr(dot + 1) + "00").substr(0, 2)));
        totalCents += cents * line.quantity;
        lineItems.push_back(json::object{
            {"id", std::stoll(shopifyOrderId(order.number)) * 10 + lineNumber},
            {"sku", line.sku},
            {"title", line.sku},
            {"quantity", line.quantity},
            {"price", price},
            {"tax_lines", json::array{}},
        });
    }
    const auto total = std::to_string(totalCents / 100) + "." + (totalCents % 100 < 10 ? "0" : "") +
                       std::to_string(totalCents % 100);
    json::object body{
        {"id", std::stoll(shopifyOrderId(order.number))},
        {"admin_graphql_api_id", shopifyOrderGid(order.number)},
        {"name", orderName(order.number)},
        {"order_number", order.number},
        {"email", order.email},
        {"currency", order.currency},
        {"financial_status", order.financialStatus},
        {"created_at", createdAt},
        {"processed_at", createdAt},
        {"updated_at", updatedAt.empty() ? createdAt : updatedAt},
        {"subtotal_price", total},
        {"total_tax", "0.00"},
        {"total_price", total},
        {"line_items", std::move(lineItems)},
        {"shipping_lines", json::array{}},
    };
    if (!order.customerId.empty())
        body["customer"] = json::object{{"id", std::stoll(order.customerId)},
                                        {"email", order.email},
                                        {"first_name", "Customer"},
                                        {"last_name", order.customerId}};
    if (order.shippingAddress) {
        const auto &a = *order.shippingAddress;
        body["shipping_address"] = json::object{{"name", a.name},
                                                {"address1", a.address1},
                                                {"city", a.city},
                                                {"zip", a.zip},
                                                {"country_code", a.countryCode}};
        if (!a.provinceCode.empty())
            body["shipping_address"].as_object()["province_code"] = a.provinceCode;
    }
    return json::serialize(body);
}

HeaderList shopifyWebhookHeaders(const WebhookMessage &message, const std::string &secret,
                                 const std::string &shopDomain, const std::string &apiVersion)
{
    return {
        {"Content-Type", "application/json"},
        {"X-Shopify-Hmac-Sha256", crypto::hmacSha256Base64(secret, message.body)},
        {"X-Shopify-Topic", message.topic},
        {"X-Shopify-Shop-Domain", shopDomain},
        {"X-Shopify-API-Version", apiVersion},
        {"X-Shopify-Webhook-Id", newUuid()},
        {"X-Shopify-Event-Id", message.eventId},
        {"X-Shopify-Triggered-At", message.triggeredAt},
    };
}

HeaderList genericWebhookHeaders(const std::string &body, const std::string &secret)
{
    return {{"Content-Type", "application/json"},
            {"X-Syncline-Signature", "sha256=" + crypto::hmacSha256Hex(secret, body)}};
}

} // namespace syncline::sim
