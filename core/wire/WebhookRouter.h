#pragma once

#include "model/Event.h"
#include "model/Types.h"
#include "util/Clock.h"
#include "wire/HttpServer.h"
#include "wire/ShopifyMapping.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace syncline::wire {

// One configured webhook connection: POST /webhooks/<kind>/<connection>.
struct WebhookEndpoint {
    enum Kind { Shopify, WooCommerce, Generic };
    enum Encoding { Base64, Hex };

    std::string connection;
    Kind kind = Shopify;
    std::string secret;
    std::string previousSecret; // still accepted while the platform rotates to the new secret
    std::string signatureHeader = "X-Syncline-Signature"; // generic only
    Encoding signatureEncoding = Hex;                     // generic only
    std::string sourceSystem;             // empty: "shopify", "woocommerce"; generic default
    Domain genericDomain = Domain::Order; // generic events that name no domain
    ShopifyLookups shopifyLookups;        // Shopify only
};

// What to do with one webhook request: answer at once (refusals, pings, topics with nothing to
// sync), or ingest events and answer once the sink has committed them.
struct WebhookDecision {
    int status = 200;
    std::string body;
    std::vector<HttpHeader> headers;
    std::string connection;    // the connection named by the path, when any
    std::string rejection;     // non-empty: the request is refused and recorded with this reason
    std::vector<Event> events; // non-empty: ingest, then acknowledge
};

// Verifies signatures, checks headers and maps bodies. No I/O: the listener does the rest.
class WebhookRouter {
public:
    explicit WebhookRouter(std::vector<WebhookEndpoint> endpoints = {});

    // Thread-safe; requests already being routed keep the settings they started with.
    void setEndpoints(std::vector<WebhookEndpoint> endpoints);

    WebhookDecision route(const HttpRequest &request, TimePoint now) const;

    // Path "/webhooks/<kind>/<connection>" (a query string is ignored); false otherwise.
    static bool parsePath(std::string_view target, std::string &kind, std::string &connection);

private:
    std::shared_ptr<const std::vector<WebhookEndpoint>> endpoints() const;

    mutable std::mutex mutex_;
    std::shared_ptr<const std::vector<WebhookEndpoint>> endpoints_;
};

} // namespace syncline::wire
