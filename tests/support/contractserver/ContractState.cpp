#include "ContractState.h"

#include "util/Crypto.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace json = boost::json;

namespace syncline::contract {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point then, Clock::time_point now)
{
    return std::chrono::duration<double>(now - then).count();
}

std::string text(const json::object &object, std::string_view key)
{
    const auto *v = object.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

const json::object *objectField(const json::object &object, std::string_view key)
{
    const auto *v = object.if_contains(key);
    return v && v->is_object() ? &v->get_object() : nullptr;
}

const json::array *arrayField(const json::object &object, std::string_view key)
{
    const auto *v = object.if_contains(key);
    return v && v->is_array() ? &v->get_array() : nullptr;
}

std::optional<std::int64_t> integer(const json::value &v)
{
    if (v.is_int64())
        return v.get_int64();
    if (v.is_uint64())
        return static_cast<std::int64_t>(v.get_uint64());
    return std::nullopt;
}

json::value graphqlError(std::string message, std::string code)
{
    return json::object{{"errors", json::array{json::object{
                                       {"message", std::move(message)},
                                       {"extensions", json::object{{"code", std::move(code)}}}}}}};
}

// The key of `@idempotent(key: ...)`, given inline as a string or through a variable.
std::optional<std::string> idempotencyKeyOf(const std::string &query, const json::object &variables)
{
    const auto at = query.find("@idempotent");
    if (at == std::string::npos)
        return std::nullopt;
    const auto keyAt = query.find("key", at);
    const auto colon = keyAt == std::string::npos ? keyAt : query.find(':', keyAt);
    if (colon == std::string::npos)
        return std::nullopt;
    auto pos = colon + 1;
    while (pos < query.size() && std::isspace(static_cast<unsigned char>(query[pos])))
        ++pos;
    if (pos >= query.size())
        return std::nullopt;
    if (query[pos] == '"') {
        const auto end = query.find('"', pos + 1);
        if (end == std::string::npos)
            return std::nullopt;
        return query.substr(pos + 1, end - pos - 1);
    }
    if (query[pos] == '$') {
        auto end = pos + 1;
        while (end < query.size() &&
               (std::isalnum(static_cast<unsigned char>(query[end])) || query[end] == '_'))
            ++end;
        const std::string name = query.substr(pos + 1, end - pos - 1);
        const auto value = text(variables, name);
        if (value.empty())
            return std::nullopt;
        return value;
    }
    return std::nullopt;
}

} // namespace

std::string header(const RecordedRequest &request, const std::string &lowerName)
{
    const auto it = request.headers.find(lowerName);
    return it == request.headers.end() ? std::string() : it->second;
}

ContractState::ContractState(ServerOptions serverOptions)
    : options(std::move(serverOptions))
    , graphqlAvailable(options.graphqlMaximumAvailable)
    , graphqlAt(Clock::now())
    , restAt(Clock::now())
{}

HandledResponse ContractState::violation(int status, std::string message, json::value body)
{
    violationLog.push_back(std::move(message));
    return HandledResponse{status, {{"Content-Type", "application/json"}}, json::serialize(body)};
}

void ContractState::recordEffect(AppliedEffect effect)
{
    const auto key = std::make_pair(effect.platform + "|" + effect.item, effect.location);
    if (!effect.idempotencyKey.empty()) {
        const auto last = lastEffect.find(key);
        if (last != lastEffect.end() && last->second.first == effect.quantity &&
            last->second.second != effect.idempotencyKey)
            ++duplicates;
        lastEffect[key] = {effect.quantity, effect.idempotencyKey};
    }
    effects.push_back(std::move(effect));
}

HandledResponse ContractState::handle(RecordedRequest &request)
{
    std::lock_guard lock(mutex);
    const std::string prefix = "/admin/api/";
    HandledResponse response;
    if (request.target.starts_with(prefix)) {
        const auto version = request.target.substr(prefix.size(), options.apiVersion.size());
        if (version != options.apiVersion) {
            response = violation(404, "unsupported API version in " + request.target,
                                 json::object{{"errors", "Not Found"}});
        } else if (header(request, "x-shopify-access-token") != options.shopifyAccessToken) {
            response = HandledResponse{
                401,
                {{"Content-Type", "application/json"}},
                R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json"};
        } else if (request.target.ends_with("/graphql.json")) {
            response = shopifyGraphql(request);
        } else {
            response = shopifyRest(request);
        }
    } else if (request.target == "/wp-json/wc/v3/products/batch") {
        response = wooBatch(request);
    } else {
        response = HandledResponse{404, {{"Content-Type", "text/plain"}}, "no such endpoint"};
    }
    requests.push_back(request);
    return response;
}

// --- Shopify REST ---------------------------------------------------------------------------

HandledResponse ContractState::shopifyRest(const RecordedRequest &)
{
    const auto now = Clock::now();
    restLevel = std::max(0.0, restLevel - options.restLeakPerSecond * secondsSince(restAt, now));
    restAt = now;
    char limit[64];
    if (restLevel + 1 > options.restCapacity) {
        ++overflows;
        std::snprintf(limit, sizeof limit, "%d/%d", static_cast<int>(std::ceil(restLevel)),
                      static_cast<int>(options.restCapacity));
        return HandledResponse{
            429,
            {{"Content-Type", "application/json"},
             {"Retry-After", "2.0"},
             {"X-Shopify-Shop-Api-Call-Limit", limit}},
            R"({"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})"};
    }
    restLevel += 1;
    std::snprintf(limit, sizeof limit, "%d/%d", static_cast<int>(std::ceil(restLevel)),
                  static_cast<int>(options.restCapacity));
    return HandledResponse{
        200,
        {{"Content-Type", "application/json"}, {"X-Shopify-Shop-Api-Call-Limit", limit}},
        R"({"shop":{"name":"contract"}})"};
}

// --- Shopify GraphQL ------------------------------------------------------------------------

HandledResponse ContractState::shopifyGraphql(RecordedRequest &request)
{
    if (request.method != "POST")
        return violation(405, "GraphQL needs POST", graphqlError("Use POST", "BAD_REQUEST"));
    boost::system::error_code ec;
    const auto body = json::parse(request.body, ec);
    if (ec || !body.is_object() || text(body.get_object(), "query").empty())
        return violation(400, "GraphQL body is not {query, variables}",
                         graphqlError("Invalid JSON body", "BAD_REQUEST"));
    const std::string query = text(body.get_object(), "query");
    json::object variables;
    if (const auto *v = objectField(body.get_object(), "variables"))
        variables = *v;

    double cost = options.queryCost;
    if (query.find("inventorySetQuantities") != std::string::npos) {
        request.operation = "inventorySetQuantities";
        cost = options.mutationCost;
    } else if (query.find("fulfillmentCreate") != std::string::npos) {
        request.operation = "fulfillmentCreate";
        cost = options.mutationCost;
    } else if (query.find("fulfillmentOrders") != std::string::npos) {
        request.operation = "fulfillmentOrders";
    } else if (query.find("inventoryLevel(") != std::string::npos) {
        request.operation = "inventoryLevels";
    } else {
        return violation(
            200, "unsupported GraphQL operation",
            graphqlError("Operation not supported by the contract server", "BAD_REQUEST"));
    }

    const auto now = Clock::now();
    graphqlAvailable =
        std::min(options.graphqlMaximumAvailable,
                 graphqlAvailable + options.graphqlRestoreRate * secondsSince(graphqlAt, now));
    graphqlAt = now;
    auto throttleStatus = [&] {
        return json::object{{"maximumAvailable", options.graphqlMaximumAvailable},
                            {"currentlyAvailable", std::floor(graphqlAvailable)},
                            {"restoreRate", options.graphqlRestoreRate}};
    };
    if (throttleNextCount > 0) {
        // As if another client had just spent the whole budget: the answer carries real numbers.
        --throttleNextCount;
        graphqlAvailable = 0;
    }
    if (graphqlAvailable < cost) {
        ++throttled;
        json::object answer{
            {"errors",
             json::array{json::object{
                 {"message", "Throttled"},
                 {"extensions",
                  json::object{{"code", "THROTTLED"},
                               {"documentation", "https://shopify.dev/api/usage/rate-limits"}}}}}},
            {"extensions",
             json::object{{"cost", json::object{{"requestedQueryCost", cost},
                                                {"actualQueryCost", nullptr},
                                                {"throttleStatus", throttleStatus()}}}}}};
        return HandledResponse{options.throttleWith429 ? 429 : 200,
                               {{"Content-Type", "application/json"}},
                               json::serialize(answer)};
    }
    graphqlAvailable -= cost;
    lowestAvailable = std::min(lowestAvailable, graphqlAvailable);

    json::object data;
    if (request.operation == "inventorySetQuantities") {
        const auto key = idempotencyKeyOf(query, variables);
        if (!key)
            return violation(200, "inventorySetQuantities without @idempotent key",
                             graphqlError("The @idempotent directive with a key is required for "
                                          "this mutation",
                                          "BAD_REQUEST"));
        if (const auto stored = idempotencyStore.find(*key); stored != idempotencyStore.end()) {
            ++replays;
            return HandledResponse{200, {{"Content-Type", "application/json"}}, stored->second};
        }
        std::string problem;
        data = setQuantities(variables, *key, problem);
        if (!problem.empty())
            return violation(200, problem, graphqlError(problem, "BAD_REQUEST"));
        json::object answer{
            {"data", std::move(data)},
            {"extensions",
             json::object{{"cost", json::object{{"requestedQueryCost", cost},
                                                {"actualQueryCost", cost},
                                                {"throttleStatus", throttleStatus()}}}}}};
        auto serialized = json::serialize(answer);
        idempotencyStore[*key] = serialized;
        return HandledResponse{200, {{"Content-Type", "application/json"}}, std::move(serialized)};
    }
    if (request.operation == "inventoryLevels") {
        std::string problem;
        data = readInventoryLevels(variables, problem);
        if (!problem.empty())
            return violation(200, problem, graphqlError(problem, "BAD_REQUEST"));
    } else {
        data = request.operation == "fulfillmentOrders" ? readFulfillmentOrders(variables)
                                                        : createFulfillment(variables);
    }
    json::object answer{
        {"data", std::move(data)},
        {"extensions", json::object{{"cost", json::object{{"requestedQueryCost", cost},
                                                          {"actualQueryCost", cost},
                                                          {"throttleStatus", throttleStatus()}}}}}};
    return HandledResponse{200, {{"Content-Type", "application/json"}}, json::serialize(answer)};
}

json::object ContractState::setQuantities(const json::object &variables, const std::string &key,
                                          std::string &problem)
{
    const auto *input = objectField(variables, "input");
    if (!input) {
        problem = "inventorySetQuantities: $input variable is required";
        return {};
    }
    const std::string name = text(*input, "name");
    if (name != "available" && name != "on_hand") {
        problem = "inventorySetQuantities: name must be available or on_hand";
        return {};
    }
    if (text(*input, "reason").empty()) {
        problem = "inventorySetQuantities: reason is required";
        return {};
    }
    if (const auto uri = text(*input, "referenceDocumentUri");
        !uri.empty() && !uri.starts_with("gid://")) {
        problem = "inventorySetQuantities: referenceDocumentUri must be a gid:// URI";
        return {};
    }
    const auto *quantities = arrayField(*input, "quantities");
    if (!quantities || quantities->empty()) {
        problem = "inventorySetQuantities: quantities are required";
        return {};
    }
    if (quantities->size() > 250) {
        problem = "inventorySetQuantities: at most 250 quantities, got " +
                  std::to_string(quantities->size());
        return {};
    }
    json::array userErrors;
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < quantities->size(); ++i) {
        const auto *q = (*quantities)[i].if_object();
        const std::string where = "quantities[" + std::to_string(i) + "]";
        if (!q || text(*q, "inventoryItemId").empty() || text(*q, "locationId").empty() ||
            !q->if_contains("quantity") || !integer(q->at("quantity"))) {
            problem = where + ": inventoryItemId, locationId and quantity are required";
            return {};
        }
        if (!q->if_contains("changeFromQuantity")) {
            problem = where + ": changeFromQuantity is required (2026-04); pass null to skip "
                              "the check";
            return {};
        }
        if (q->if_contains("compareQuantity") || q->if_contains("ignoreCompareQuantity")) {
            problem = where + ": compareQuantity was removed in 2026-04";
            return {};
        }
        const auto id = std::make_pair(text(*q, "inventoryItemId"), text(*q, "locationId"));
        if (!seen.insert(id).second) {
            problem = where + ": the same item and location appear twice";
            return {};
        }
        const auto &from = q->at("changeFromQuantity");
        if (!from.is_null()) {
            const auto expected = integer(from);
            const auto current = levels.contains(id) ? levels[id] : 0;
            if (!expected || *expected != current) {
                userErrors.push_back(json::object{
                    {"code", "CHANGE_FROM_QUANTITY_STALE"},
                    {"field",
                     json::array{"input", "quantities", std::to_string(i), "changeFromQuantity"}},
                    {"message", "The changeFromQuantity doesn't match the current quantity (" +
                                    std::to_string(current) + ")"}});
            }
        }
    }
    if (!userErrors.empty()) // all or nothing
        return json::object{
            {"inventorySetQuantities", json::object{{"inventoryAdjustmentGroup", nullptr},
                                                    {"userErrors", std::move(userErrors)}}}};
    for (const auto &value : *quantities) {
        const auto &q = value.get_object();
        const auto id = std::make_pair(text(q, "inventoryItemId"), text(q, "locationId"));
        const auto quantity = *integer(q.at("quantity"));
        levels[id] = quantity;
        recordEffect(AppliedEffect{"shopify-inventory", id.first, id.second, quantity, key});
    }
    return json::object{
        {"inventorySetQuantities",
         json::object{
             {"inventoryAdjustmentGroup",
              json::object{{"id", "gid://shopify/InventoryAdjustmentGroup/" +
                                      std::to_string(effects.size())},
                           {"reason", text(*input, "reason")},
                           {"referenceDocumentUri", text(*input, "referenceDocumentUri")}}},
             {"userErrors", json::array{}}}}};
}

json::object ContractState::readInventoryLevels(const json::object &variables, std::string &problem)
{
    const std::string location = text(variables, "locationId");
    const auto *ids = variables.if_contains("ids");
    if (location.empty() || !ids || !ids->is_array()) {
        problem = "inventoryLevel: $ids and $locationId are required";
        return {};
    }
    if (ids->get_array().size() > 250) {
        problem = "nodes: at most 250 ids, got " + std::to_string(ids->get_array().size());
        return {};
    }
    json::array nodes;
    for (const auto &id : ids->get_array()) {
        const std::string item = id.is_string() ? std::string(id.get_string()) : std::string();
        const auto level = levels.find({item, location});
        json::value inventoryLevel = nullptr;
        if (level != levels.end())
            inventoryLevel = json::object{
                {"quantities",
                 json::array{json::object{{"name", "available"}, {"quantity", level->second}}}}};
        nodes.push_back(json::object{{"id", item}, {"inventoryLevel", std::move(inventoryLevel)}});
    }
    return json::object{{"nodes", std::move(nodes)}};
}

json::object ContractState::readFulfillmentOrders(const json::object &variables)
{
    const std::string orderId = text(variables, "id");
    const auto order = orders.find(orderId);
    if (order == orders.end())
        return json::object{{"order", nullptr}};
    json::array nodes;
    for (const auto &fo : order->second) {
        json::array lines;
        for (const auto &line : fo.lines)
            lines.push_back(json::object{
                {"id", line.id}, {"sku", line.sku}, {"remainingQuantity", line.remaining}});
        nodes.push_back(json::object{{"id", fo.id},
                                     {"status", fo.status},
                                     {"lineItems", json::object{{"nodes", std::move(lines)}}}});
    }
    json::array fulfillments;
    for (const auto &f : fulfillmentsMade)
        if (f.orderId == orderId)
            fulfillments.push_back(json::object{
                {"id", f.id},
                {"trackingInfo", json::array{json::object{{"number", f.trackingNumber}}}}});
    return json::object{
        {"order", json::object{{"id", orderId},
                               {"fulfillments", std::move(fulfillments)},
                               {"fulfillmentOrders", json::object{{"nodes", std::move(nodes)}}}}}};
}

json::object ContractState::createFulfillment(const json::object &variables)
{
    auto fail = [](std::string field, std::string message) {
        return json::object{
            {"fulfillmentCreate",
             json::object{{"fulfillment", nullptr},
                          {"userErrors",
                           json::array{json::object{{"field", json::array{"fulfillment", field}},
                                                    {"message", std::move(message)}}}}}}};
    };
    const auto *fulfillment = objectField(variables, "fulfillment");
    const auto *groups =
        fulfillment ? arrayField(*fulfillment, "lineItemsByFulfillmentOrder") : nullptr;
    if (!groups || groups->empty())
        return fail("lineItemsByFulfillmentOrder", "at least one fulfillment order is required");
    // Validate everything first, then apply: a fulfilment is created whole or not at all.
    struct Take {
        FulfillmentOrderSpec *fo;
        FulfillmentOrderLine *line;
        std::int64_t quantity;
    };
    std::vector<Take> takes;
    std::string orderId;
    for (const auto &g : *groups) {
        const auto *group = g.if_object();
        const std::string foId = group ? text(*group, "fulfillmentOrderId") : "";
        FulfillmentOrderSpec *fo = nullptr;
        for (auto &[id, list] : orders)
            for (auto &candidate : list)
                if (candidate.id == foId) {
                    fo = &candidate;
                    orderId = id;
                }
        if (!fo)
            return fail("lineItemsByFulfillmentOrder", "fulfillment order " + foId + " not found");
        if (fo->status != "OPEN" && fo->status != "IN_PROGRESS")
            return fail("lineItemsByFulfillmentOrder",
                        "fulfillment order " + foId + " is " + fo->status);
        const auto *items = arrayField(*group, "fulfillmentOrderLineItems");
        if (!items || items->empty()) {
            for (auto &line : fo->lines)
                if (line.remaining > 0)
                    takes.push_back({fo, &line, line.remaining});
            continue;
        }
        for (const auto &i : *items) {
            const auto *item = i.if_object();
            const std::string lineId = item ? text(*item, "id") : "";
            const auto *quantityValue = item ? item->if_contains("quantity") : nullptr;
            const std::int64_t quantity =
                quantityValue ? integer(*quantityValue).value_or(0) : std::int64_t(0);
            auto line = std::find_if(fo->lines.begin(), fo->lines.end(),
                                     [&](const auto &l) { return l.id == lineId; });
            if (line == fo->lines.end() || quantity <= 0)
                return fail("lineItemsByFulfillmentOrder",
                            "invalid fulfillment order line item " + lineId);
            if (quantity > line->remaining)
                return fail("lineItemsByFulfillmentOrder",
                            "quantity " + std::to_string(quantity) + " exceeds remaining " +
                                std::to_string(line->remaining) + " of " + lineId);
            takes.push_back({fo, &*line, quantity});
        }
    }
    RecordedFulfillment made;
    made.id = "gid://shopify/Fulfillment/" + std::to_string(fulfillmentsMade.size() + 1);
    made.orderId = orderId;
    if (const auto *tracking = objectField(*fulfillment, "trackingInfo")) {
        made.trackingCompany = text(*tracking, "company");
        made.trackingNumber = text(*tracking, "number");
        made.trackingUrl = text(*tracking, "url");
    }
    if (const auto *notify = fulfillment->if_contains("notifyCustomer");
        notify && notify->is_bool())
        made.notifyCustomer = notify->get_bool();
    for (const auto &f : fulfillmentsMade)
        if (!made.trackingNumber.empty() && f.trackingNumber == made.trackingNumber)
            ++duplicates; // a second fulfilment for the same parcel
    for (auto &take : takes) {
        take.line->remaining -= take.quantity;
        made.lines.emplace_back(take.line->id, take.quantity);
        effects.push_back(AppliedEffect{"shopify-fulfillment", take.line->id, take.fo->id,
                                        take.quantity, made.trackingNumber});
        const bool done = std::all_of(take.fo->lines.begin(), take.fo->lines.end(),
                                      [](const auto &l) { return l.remaining == 0; });
        take.fo->status = done ? "CLOSED" : "IN_PROGRESS";
    }
    fulfillmentsMade.push_back(made);
    return json::object{
        {"fulfillmentCreate",
         json::object{{"fulfillment", json::object{{"id", made.id}, {"status", "SUCCESS"}}},
                      {"userErrors", json::array{}}}}};
}

// --- WooCommerce ----------------------------------------------------------------------------

HandledResponse ContractState::wooBatch(const RecordedRequest &request)
{
    auto wooError = [](int status, std::string code, std::string message) {
        return HandledResponse{
            status,
            {{"Content-Type", "application/json; charset=UTF-8"}},
            json::serialize(json::object{{"code", std::move(code)},
                                         {"message", std::move(message)},
                                         {"data", json::object{{"status", status}}}})};
    };
    const std::string authorization = header(request, "authorization");
    const auto credentials = authorization.starts_with("Basic ")
                                 ? crypto::base64Decode(authorization.substr(6))
                                 : std::nullopt;
    if (!credentials || *credentials != options.wooConsumerKey + ":" + options.wooConsumerSecret)
        return wooError(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");
    if (request.method != "POST")
        return wooError(404, "rest_no_route",
                        "No route was found matching the URL and request method.");
    boost::system::error_code ec;
    const auto body = json::parse(request.body, ec);
    if (ec || !body.is_object()) {
        violationLog.push_back("WooCommerce batch body is not a JSON object");
        return wooError(400, "rest_invalid_json", "Invalid JSON body passed.");
    }
    std::size_t total = 0;
    for (const auto *part : {"create", "update", "delete"})
        if (const auto *list = arrayField(body.get_object(), part))
            total += list->size();
    if (total > options.wooBatchLimit) {
        violationLog.push_back("WooCommerce batch of " + std::to_string(total) + " items");
        return wooError(413, "woocommerce_rest_request_entity_too_large",
                        "Unable to accept more than " + std::to_string(options.wooBatchLimit) +
                            " items for this request.");
    }
    json::array updated;
    if (const auto *updates = arrayField(body.get_object(), "update")) {
        for (const auto &u : *updates) {
            const auto *item = u.if_object();
            const auto id =
                item && item->if_contains("id") ? integer(item->at("id")) : std::nullopt;
            const auto product = id ? wooProducts.find(*id) : wooProducts.end();
            if (product == wooProducts.end()) {
                updated.push_back(json::object{
                    {"id", id ? json::value(*id) : json::value(nullptr)},
                    {"error", json::object{{"code", "woocommerce_rest_product_invalid_id"},
                                           {"message", "Invalid ID."},
                                           {"data", json::object{{"status", 400}}}}}});
                continue;
            }
            const auto *stock = item->if_contains("stock_quantity");
            const auto quantity = stock ? integer(*stock) : std::nullopt;
            if (stock && !quantity) {
                updated.push_back(json::object{
                    {"id", *id},
                    {"error", json::object{{"code", "rest_invalid_param"},
                                           {"message", "Invalid parameter(s): stock_quantity"},
                                           {"data", json::object{{"status", 400}}}}}});
                continue;
            }
            if (quantity) {
                product->second.second = *quantity;
                recordEffect(AppliedEffect{"woocommerce", std::to_string(*id), "", *quantity, ""});
            }
            updated.push_back(json::object{{"id", *id},
                                           {"sku", product->second.first},
                                           {"manage_stock", true},
                                           {"stock_quantity", product->second.second}});
        }
    }
    return HandledResponse{200,
                           {{"Content-Type", "application/json; charset=UTF-8"}},
                           json::serialize(json::object{{"update", std::move(updated)}})};
}

} // namespace syncline::contract
