#include "wire/WebhookRouter.h"

#include "model/Json.h"
#include "util/Crypto.h"
#include "util/Time.h"
#include "wire/WooCommerceMapping.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace syncline::wire {

namespace {

WebhookDecision refuse(int status, std::string connection, std::string reason)
{
    WebhookDecision d;
    d.status = status;
    d.connection = std::move(connection);
    d.body = reason;
    d.rejection = std::move(reason);
    return d;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The signature matches with the current secret, or with the previous one during a rotation.
bool signatureMatches(const WebhookEndpoint &endpoint, std::string_view body,
                      std::string_view provided, WebhookEndpoint::Encoding encoding)
{
    const auto sign = [&](const std::string &secret) {
        return encoding == WebhookEndpoint::Hex ? crypto::hmacSha256Hex(secret, body)
                                                : crypto::hmacSha256Base64(secret, body);
    };
    bool matches = crypto::constantTimeEquals(sign(endpoint.secret), provided);
    if (!endpoint.previousSecret.empty())
        matches = crypto::constantTimeEquals(sign(endpoint.previousSecret), provided) || matches;
    return matches;
}

// Shopify sends "X-Shopify-<Name>"; its newer event deliveries also send "shopify-<name>".
const std::string *shopifyHeader(const HttpRequest &request, std::string_view name)
{
    if (const auto *value = request.header("X-Shopify-" + std::string(name)); value)
        return value;
    return request.header("Shopify-" + std::string(name));
}

// Deliveries that map to several events (a product's variants) give each its own key.
void assignIdempotencyKeys(std::vector<Event> &events, const std::string &deliveryKey)
{
    for (auto &event : events) {
        event.idempotencyKey =
            events.size() == 1
                ? deliveryKey
                : deliveryKey + ":" +
                      (event.entityKey.empty() ? event.correlationId : event.entityKey);
    }
}

WebhookDecision mapped(std::string connection, std::vector<Event> events)
{
    WebhookDecision d;
    d.connection = std::move(connection);
    if (events.empty())
        d.body = "nothing to synchronise";
    d.events = std::move(events);
    return d;
}

WebhookDecision routeShopify(const WebhookEndpoint &endpoint, const HttpRequest &request)
{
    const auto *signature = shopifyHeader(request, "Hmac-Sha256");
    if (!signature)
        return refuse(400, endpoint.connection, "missing signature header X-Shopify-Hmac-Sha256");
    if (!signatureMatches(endpoint, request.body, trimmed(*signature), WebhookEndpoint::Base64))
        return refuse(401, endpoint.connection, "signature mismatch");
    for (const auto *required : {"Topic", "Shop-Domain", "API-Version", "Webhook-Id"}) {
        const auto *value = shopifyHeader(request, required);
        if (!value || trimmed(*value).empty())
            return refuse(400, endpoint.connection,
                          std::string("missing header X-Shopify-") + required);
    }
    const auto topic = trimmed(*shopifyHeader(request, "Topic"));
    const auto shop = trimmed(*shopifyHeader(request, "Shop-Domain"));
    ShopifyContext ctx;
    ctx.connection = endpoint.connection;
    ctx.shopDomain = shop;
    if (!endpoint.sourceSystem.empty())
        ctx.sourceSystem = endpoint.sourceSystem;
    ctx.lookups = endpoint.shopifyLookups;

    std::vector<Event> events;
    try {
        events = mapShopifyWebhook(topic, request.body, ctx);
    } catch (const MappingError &error) {
        return refuse(400, endpoint.connection, std::string("cannot map: ") + error.what());
    }

    const auto *eventId = shopifyHeader(request, "Event-Id");
    const auto deliveryId = eventId && !trimmed(*eventId).empty()
                                ? trimmed(*eventId)
                                : trimmed(*shopifyHeader(request, "Webhook-Id"));
    assignIdempotencyKeys(events, "shopify:" + shop + ":" + deliveryId);
    // A retry carries the payload as it was when the event fired: ordering by the time it fired
    // keeps an old retry from overwriting what a newer delivery already brought.
    if (const auto *triggered = shopifyHeader(request, "Triggered-At")) {
        if (const auto at = parseIso8601(trimmed(*triggered))) {
            for (auto &event : events)
                event.occurredAt = *at;
        }
    }
    return mapped(endpoint.connection, std::move(events));
}

bool isWooCommercePing(const HttpRequest &request)
{
    constexpr std::string_view prefix = "webhook_id=";
    const std::string_view body = request.body;
    if (request.header("X-WC-Webhook-Signature") || body.substr(0, prefix.size()) != prefix ||
        body.size() == prefix.size())
        return false;
    return std::all_of(body.begin() + prefix.size(), body.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

WebhookDecision routeWooCommerce(const WebhookEndpoint &endpoint, const HttpRequest &request)
{
    if (isWooCommercePing(request)) {
        WebhookDecision d;
        d.connection = endpoint.connection;
        d.body = "pong";
        return d;
    }
    const auto *signature = request.header("X-WC-Webhook-Signature");
    if (!signature)
        return refuse(400, endpoint.connection, "missing signature header X-WC-Webhook-Signature");
    if (!signatureMatches(endpoint, request.body, trimmed(*signature), WebhookEndpoint::Base64))
        return refuse(401, endpoint.connection, "signature mismatch");
    for (const auto *required : {"X-WC-Webhook-Topic", "X-WC-Webhook-Delivery-ID"}) {
        const auto *value = request.header(required);
        if (!value || trimmed(*value).empty())
            return refuse(400, endpoint.connection, std::string("missing header ") + required);
    }
    WooCommerceContext ctx;
    ctx.connection = endpoint.connection;
    if (!endpoint.sourceSystem.empty())
        ctx.sourceSystem = endpoint.sourceSystem;
    std::vector<Event> events;
    try {
        events = mapWooCommerceWebhook(trimmed(*request.header("X-WC-Webhook-Topic")), request.body,
                                       ctx);
    } catch (const MappingError &error) {
        return refuse(400, endpoint.connection, std::string("cannot map: ") + error.what());
    }
    const auto *source = request.header("X-WC-Webhook-Source");
    const auto sourceName =
        source && !trimmed(*source).empty() ? trimmed(*source) : endpoint.connection;
    assignIdempotencyKeys(events, "woocommerce:" + sourceName + ":" +
                                      trimmed(*request.header("X-WC-Webhook-Delivery-ID")));
    return mapped(endpoint.connection, std::move(events));
}

WebhookDecision routeGeneric(const WebhookEndpoint &endpoint, const HttpRequest &request)
{
    const auto *signature = request.header(endpoint.signatureHeader);
    if (!signature)
        return refuse(400, endpoint.connection,
                      "missing signature header " + endpoint.signatureHeader);
    auto provided = trimmed(*signature);
    if (provided.rfind("sha256=", 0) == 0)
        provided.erase(0, 7);
    if (endpoint.signatureEncoding == WebhookEndpoint::Hex)
        provided = lowercase(std::move(provided));
    if (!signatureMatches(endpoint, request.body, provided, endpoint.signatureEncoding))
        return refuse(401, endpoint.connection, "signature mismatch");

    std::vector<Event> events;
    try {
        auto document = parseJson(request.body);
        std::vector<json::value> items;
        if (document.is_array()) {
            for (auto &item : document.get_array())
                items.push_back(std::move(item));
        } else {
            items.push_back(std::move(document));
        }
        if (items.empty())
            throw MappingError("body: an empty array carries no event");
        for (auto &item : items) {
            if (auto *object = item.if_object()) {
                // The connection is the one the request came through, whatever the body says.
                (*object)["connection"] = endpoint.connection;
                if (!object->contains("domain"))
                    (*object)["domain"] = toString(endpoint.genericDomain);
                if (!object->contains("source_system") && !endpoint.sourceSystem.empty())
                    (*object)["source_system"] = endpoint.sourceSystem;
            }
            events.push_back(eventFromJson(item));
        }
    } catch (const MappingError &error) {
        return refuse(400, endpoint.connection, std::string("cannot map: ") + error.what());
    }
    return mapped(endpoint.connection, std::move(events));
}

std::optional<WebhookEndpoint::Kind> kindFromPath(std::string_view kind)
{
    if (kind == "shopify")
        return WebhookEndpoint::Shopify;
    if (kind == "woocommerce")
        return WebhookEndpoint::WooCommerce;
    if (kind == "generic")
        return WebhookEndpoint::Generic;
    return std::nullopt;
}

} // namespace

WebhookRouter::WebhookRouter(std::vector<WebhookEndpoint> endpoints)
    : endpoints_(std::make_shared<const std::vector<WebhookEndpoint>>(std::move(endpoints)))
{}

void WebhookRouter::setEndpoints(std::vector<WebhookEndpoint> endpoints)
{
    auto replacement = std::make_shared<const std::vector<WebhookEndpoint>>(std::move(endpoints));
    std::lock_guard lock(mutex_);
    endpoints_ = std::move(replacement);
}

std::shared_ptr<const std::vector<WebhookEndpoint>> WebhookRouter::endpoints() const
{
    std::lock_guard lock(mutex_);
    return endpoints_;
}

bool WebhookRouter::parsePath(std::string_view target, std::string &kind, std::string &connection)
{
    target = target.substr(0, target.find('?'));
    constexpr std::string_view prefix = "/webhooks/";
    if (target.substr(0, prefix.size()) != prefix)
        return false;
    target.remove_prefix(prefix.size());
    const auto slash = target.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= target.size())
        return false;
    auto rest = target.substr(slash + 1);
    if (rest.back() == '/')
        rest.remove_suffix(1);
    if (rest.empty() || rest.find('/') != std::string_view::npos)
        return false;
    kind = std::string(target.substr(0, slash));
    connection = std::string(rest);
    return true;
}

WebhookDecision WebhookRouter::route(const HttpRequest &request, TimePoint now) const
{
    std::string kindText;
    std::string connection;
    if (!parsePath(request.target, kindText, connection))
        return refuse(404, {}, "no webhook endpoint at " + request.target);
    if (request.method != "POST") {
        auto d = refuse(405, connection, "method " + request.method + " not allowed");
        d.headers.push_back({"Allow", "POST"});
        return d;
    }
    const auto kind = kindFromPath(kindText);
    const auto all = endpoints();
    const auto endpoint = std::find_if(all->begin(), all->end(), [&](const WebhookEndpoint &e) {
        return e.connection == connection && kind && e.kind == *kind;
    });
    if (!kind || endpoint == all->end())
        return refuse(404, connection,
                      "no " + kindText + " webhook connection named " + connection);
    if (endpoint->secret.empty())
        return refuse(401, connection, "no webhook secret is configured for " + connection);

    WebhookDecision decision;
    switch (endpoint->kind) {
    case WebhookEndpoint::Shopify:
        decision = routeShopify(*endpoint, request);
        break;
    case WebhookEndpoint::WooCommerce:
        decision = routeWooCommerce(*endpoint, request);
        break;
    case WebhookEndpoint::Generic:
        decision = routeGeneric(*endpoint, request);
        break;
    }
    for (auto &event : decision.events)
        completeEnvelope(event, now);
    return decision;
}

} // namespace syncline::wire
