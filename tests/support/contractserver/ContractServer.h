#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// A local stand-in for the storefront APIs that enforces their published contracts (Shopify
// Admin GraphQL 2026-04 and REST limits, WooCommerce REST v3 batch) and records every effect, so
// tests can assert what a platform would have seen: which items changed, under which idempotency
// key, whether anything was applied twice, how fast the client called and how many requests the
// platform had to refuse. It binds 127.0.0.1 on an ephemeral port and runs on its own thread.
//
// GraphQL operations are recognised by their field name (inventorySetQuantities, fulfillmentOrders,
// fulfillmentCreate) and read their arguments from `variables`; the key of @idempotent may be
// inline or a variable.
namespace syncline::contract {

struct SelfSignedCertificate {
    std::string certificatePem;
    std::string privateKeyPem;
};
// A P-256 key and a self-signed certificate for 127.0.0.1 and localhost, made with OpenSSL.
SelfSignedCertificate generateSelfSignedCertificate();

struct ServerOptions {
    bool tls = false;
    unsigned short port = 0;           // 0: an ephemeral port
    SelfSignedCertificate certificate; // required when tls

    std::string apiVersion = "2026-04";
    std::string shopifyAccessToken = "shpat_contract";
    // GraphQL calculated query cost.
    double graphqlMaximumAvailable = 1000;
    double graphqlRestoreRate = 100; // points per second
    double mutationCost = 10;
    double queryCost = 5;
    bool throttleWith429 = false; // THROTTLED answered with 429 instead of 200
    // REST leaky bucket.
    double restCapacity = 40;
    double restLeakPerSecond = 2;

    std::string wooConsumerKey = "ck_contract";
    std::string wooConsumerSecret = "cs_contract";
    std::size_t wooBatchLimit = 100;
};

struct RecordedRequest {
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string operation; // GraphQL operation recognised ("inventorySetQuantities", ...)
};

// A change the platform applied to its state.
struct AppliedEffect {
    std::string platform; // "shopify-inventory", "shopify-fulfillment", "woocommerce"
    std::string item;     // inventory item gid / fulfillment order line item gid / product id
    std::string location;
    std::int64_t quantity = 0;
    std::string idempotencyKey;
};

struct FulfillmentOrderLine {
    std::string id; // gid://shopify/FulfillmentOrderLineItem/N
    std::string sku;
    std::int64_t remaining = 0;
};

struct FulfillmentOrderSpec {
    std::string id; // gid://shopify/FulfillmentOrder/N
    std::string status = "OPEN";
    std::vector<FulfillmentOrderLine> lines;
};

struct RecordedFulfillment {
    std::string id;
    std::string orderId;
    std::string trackingCompany;
    std::string trackingNumber;
    std::string trackingUrl;
    bool notifyCustomer = false;
    std::vector<std::pair<std::string, std::int64_t>> lines; // line item id, quantity
};

enum class DropWhen {
    BeforeHandling, // the request is read, then the connection closes: nothing applied
    AfterHandling,  // the effect is applied, then the connection closes without an answer
};

class ContractServer {
public:
    explicit ContractServer(ServerOptions options = {});
    ~ContractServer();
    ContractServer(const ContractServer &) = delete;
    ContractServer &operator=(const ContractServer &) = delete;

    unsigned short port() const;
    std::string baseUrl() const; // "http://127.0.0.1:<port>" or https

    // --- fault injection ---------------------------------------------------------------
    void failNext(int count, int status = 500);
    void dropNext(int count, DropWhen when);
    void setResponseDelay(std::chrono::milliseconds delay);
    // Empties the GraphQL budget before each of the next `count` calls, as another app would.
    void throttleNext(int count);
    void setThrottleWith429(bool use429);
    // Closes every connection after answering while still announcing keep-alive, as a server
    // with a short idle timeout does: the client's pooled connection is found closed later.
    void setCloseAfterResponse(bool close);
    // Answers with this status and body (and optional Retry-After) instead of handling.
    void answerNext(int count, int status, std::string body, std::string retryAfter = {});

    // --- platform state ----------------------------------------------------------------
    void setInventory(const std::string &item, const std::string &location, std::int64_t qty);
    std::optional<std::int64_t> inventory(const std::string &item,
                                          const std::string &location) const;
    void addOrder(const std::string &orderId, std::vector<FulfillmentOrderSpec> fulfillmentOrders);
    std::vector<FulfillmentOrderSpec> fulfillmentOrders(const std::string &orderId) const;
    std::vector<RecordedFulfillment> fulfillments() const;
    void addWooProduct(std::int64_t id, std::string sku, std::int64_t stock);
    std::optional<std::int64_t> wooStock(std::int64_t id) const;

    // --- records -----------------------------------------------------------------------
    std::vector<RecordedRequest> requests() const;
    std::vector<AppliedEffect> effects() const;
    // Effects that repeated the previous effect on the same item under another key: a retry
    // the client failed to make recognisable. Must stay 0.
    int duplicateEffects() const;
    int idempotentReplays() const;  // requests answered from the idempotency store
    int throttledResponses() const; // GraphQL THROTTLED answers (200 or 429)
    int restOverflows() const;      // REST requests refused because the bucket was full
    int contractViolations() const; // requests refused for breaking the contract
    std::vector<std::string> violations() const;
    double peakRequestsPerSecond() const; // most requests seen within any one second
    int maxConcurrentRequests() const;
    int connectionsAccepted() const;
    double lowestGraphqlAvailable() const; // lowest currentlyAvailable after a charge

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace syncline::contract
