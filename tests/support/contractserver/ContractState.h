#pragma once

#include "ContractServer.h"

#include <boost/json.hpp>

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

// The platforms' behaviour, separate from the transport so that only ContractServer.cpp
// compiles Beast.
namespace syncline::contract {

struct HandledResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

class ContractState {
public:
    explicit ContractState(ServerOptions options);

    // Everything a request does to the platforms; thread-safe.
    HandledResponse handle(RecordedRequest &request);

    ServerOptions options;
    mutable std::mutex mutex;

    // records
    std::vector<RecordedRequest> requests;
    std::vector<AppliedEffect> effects;
    std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::string>> lastEffect;
    int duplicates = 0;
    int replays = 0;
    int throttled = 0;
    int overflows = 0;
    std::vector<std::string> violationLog;
    double lowestAvailable = 1e18;

    // faults
    int throttleNextCount = 0;

    // Shopify
    std::map<std::pair<std::string, std::string>, std::int64_t> levels;
    std::map<std::string, std::string> idempotencyStore; // key -> response body
    double graphqlAvailable = 0;
    std::chrono::steady_clock::time_point graphqlAt;
    double restLevel = 0;
    std::chrono::steady_clock::time_point restAt;
    std::map<std::string, std::vector<FulfillmentOrderSpec>> orders;
    std::vector<RecordedFulfillment> fulfillmentsMade;

    // WooCommerce
    std::map<std::int64_t, std::pair<std::string, std::int64_t>> wooProducts; // id -> sku, stock

private:
    HandledResponse shopifyGraphql(RecordedRequest &request);
    HandledResponse shopifyRest(const RecordedRequest &request);
    HandledResponse wooBatch(const RecordedRequest &request);

    boost::json::object setQuantities(const boost::json::object &variables, const std::string &key,
                                      std::string &violation);
    boost::json::object readFulfillmentOrders(const boost::json::object &variables);
    boost::json::object readInventoryLevels(const boost::json::object &variables,
                                            std::string &violation);
    boost::json::object createFulfillment(const boost::json::object &variables);

    HandledResponse violation(int status, std::string message, boost::json::value body);
    void recordEffect(AppliedEffect effect);
};

std::string header(const RecordedRequest &request, const std::string &lowerName);

} // namespace syncline::contract
