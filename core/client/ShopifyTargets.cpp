#include "client/ShopifyTargets.h"

#include "model/Json.h"
#include "util/Crypto.h"

#include <boost/json.hpp>

#include <algorithm>
#include <mutex>
#include <set>

namespace json = boost::json;

namespace syncline::client {

namespace {

constexpr const char *SetQuantitiesMutation =
    "mutation SynclineSetInventory($input: InventorySetQuantitiesInput!, $idempotencyKey: "
    "String!) { inventorySetQuantities(input: $input) @idempotent(key: $idempotencyKey) { "
    "inventoryAdjustmentGroup { id reason referenceDocumentUri } userErrors { code field message "
    "} } }";

constexpr const char *InventoryLevelsQuery =
    "query SynclineInventoryLevels($ids: [ID!]!, $locationId: ID!) { nodes(ids: $ids) { ... on "
    "InventoryItem { id inventoryLevel(locationId: $locationId) { quantities(names: "
    "[\"available\"]) { name quantity } } } } }";

constexpr const char *FulfillmentOrdersQuery =
    "query SynclineFulfillmentOrders($id: ID!) { order(id: $id) { id fulfillments(first: 50) { "
    "id trackingInfo(first: 10) { number } } fulfillmentOrders(first: 50) { nodes { id status "
    "lineItems(first: 250) { nodes { id sku remainingQuantity } } } } } }";

constexpr const char *FulfillmentCreateMutation =
    "mutation SynclineFulfillmentCreate($fulfillment: FulfillmentInput!) { "
    "fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } userErrors { field "
    "message } } }";

using Done = std::function<void(std::vector<DeliveryOutcome>)>;

const json::object *objectAt(const json::value *value, std::string_view key)
{
    if (!value || !value->is_object())
        return nullptr;
    const auto *child = value->get_object().if_contains(key);
    return child && child->is_object() ? &child->get_object() : nullptr;
}

const json::array *arrayAt(const json::object *object, std::string_view key)
{
    if (!object)
        return nullptr;
    const auto *child = object->if_contains(key);
    return child && child->is_array() ? &child->get_array() : nullptr;
}

std::string stringAt(const json::object &object, std::string_view key)
{
    const auto *child = object.if_contains(key);
    return child && child->is_string() ? std::string(child->get_string()) : std::string();
}

std::int64_t integerAt(const json::object &object, std::string_view key)
{
    const auto *child = object.if_contains(key);
    if (child && child->is_int64())
        return child->get_int64();
    if (child && child->is_uint64())
        return static_cast<std::int64_t>(child->get_uint64());
    return 0;
}

// The outcome of one GraphQL call: either a failure shared by everything the call carried, or
// the `data` object.
struct GraphqlResult {
    std::optional<DeliveryOutcome> failure;
    json::value body;
    const json::object *data() const { return objectAt(&body, "data"); }
    // data.<field>, the payload of the one operation the call carried
    const json::object *payload(std::string_view field) const
    {
        const auto *d = data();
        const auto *v = d ? d->if_contains(field) : nullptr;
        return v && v->is_object() ? &v->get_object() : nullptr;
    }
};

void ensureBudget(ShopifyConnection &connection)
{
    if (!connection.budget)
        connection.budget = std::make_shared<ShopifyCostBudget>(SystemClock::instance());
}

void postGraphql(HttpClient &http, const ShopifyConnection &connection, std::string costKey,
                 std::string_view query, json::object variables,
                 std::function<void(GraphqlResult)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = connection.graphqlUrl();
    request.headers["Content-Type"] = "application/json";
    request.headers["Accept"] = "application/json";
    request.headers["X-Shopify-Access-Token"] = connection.accessToken;
    request.body = serialize(json::object{{"query", query}, {"variables", std::move(variables)}});
    request.gate = connection.budget;
    request.costKey = costKey;
    auto budget = connection.budget;
    http.request(std::move(request), [budget, costKey = std::move(costKey),
                                      done = std::move(done)](const HttpResponse &response) {
        GraphqlResult result;
        const auto now = SystemClock::instance().now();
        if (response.transportFailed() || (!response.ok() && response.status != 429)) {
            result.failure = toOutcome(response, now);
            done(std::move(result));
            return;
        }
        boost::system::error_code ec;
        result.body = json::parse(response.body, ec);
        const GraphqlCost cost = ec ? GraphqlCost{} : parseGraphqlCost(result.body);
        if (response.status == 429 || cost.throttled) {
            auto wait = parseRetryAfter(response.header("Retry-After"), now);
            if (!wait)
                wait = budget->throttledWait(costKey, cost);
            result.failure = DeliveryOutcome::failure(ErrorClass::RateLimited,
                                                      "Shopify throttled the request (HTTP " +
                                                          std::to_string(response.status) + ")",
                                                      wait);
            done(std::move(result));
            return;
        }
        if (ec || !result.body.is_object()) {
            result.failure = DeliveryOutcome::failure(
                ErrorClass::Transient, "Shopify answered with invalid JSON: " + ec.message());
            done(std::move(result));
            return;
        }
        if (const auto *errors = arrayAt(&result.body.get_object(), "errors");
            errors && !errors->empty()) {
            std::string message = "Shopify GraphQL error:";
            ErrorClass errorClass = ErrorClass::Data;
            for (const auto &error : *errors) {
                if (!error.is_object())
                    continue;
                message += " " + stringAt(error.get_object(), "message");
                const auto *extensions = objectAt(&error, "extensions");
                const std::string code = extensions ? stringAt(*extensions, "code") : "";
                if (code == "ACCESS_DENIED" || code == "UNAUTHORIZED")
                    errorClass = ErrorClass::Auth;
                else if (code == "INTERNAL_SERVER_ERROR" && errorClass == ErrorClass::Data)
                    errorClass = ErrorClass::Transient;
                if (!code.empty())
                    message += " [" + code + "]";
            }
            result.failure = DeliveryOutcome::failure(errorClass, message);
            done(std::move(result));
            return;
        }
        if (!result.data()) {
            result.failure =
                DeliveryOutcome::failure(ErrorClass::Transient, "Shopify response has no data");
        }
        done(std::move(result));
    });
}

std::string userErrorText(const json::object &error)
{
    std::string text = stringAt(error, "message");
    if (const auto code = stringAt(error, "code"); !code.empty())
        text = code + ": " + text;
    return text;
}

// The quantity index a userError's field path points at (["input","quantities","3",...]).
std::optional<std::size_t> quantityIndex(const json::object &error)
{
    const auto *field = arrayAt(&error, "field");
    if (!field || field->size() < 3 || !(*field)[1].is_string() ||
        (*field)[1].get_string() != "quantities")
        return std::nullopt;
    const auto &index = (*field)[2];
    if (index.is_string()) {
        const std::string text(index.get_string());
        if (!text.empty() &&
            std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return static_cast<std::size_t>(std::stoull(text));
    } else if (index.is_int64() && index.get_int64() >= 0) {
        return static_cast<std::size_t>(index.get_int64());
    }
    return std::nullopt;
}

std::string orderGid(const std::string &id)
{
    if (id.starts_with("gid://"))
        return id;
    return "gid://shopify/Order/" + id;
}

} // namespace

std::string ShopifyConnection::graphqlUrl() const
{
    std::string base = baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/admin/api/" + apiVersion + "/graphql.json";
}

// --- inventory ----------------------------------------------------------------------------

struct ShopifyInventoryTarget::State {
    State(HttpClient &client, ShopifyInventoryOptions targetOptions)
        : http(client)
        , options(std::move(targetOptions))
    {}
    HttpClient &http;
    ShopifyInventoryOptions options;
    mutable std::mutex mutex;
    // (inventory item gid, location gid) -> last quantity Shopify confirmed from us.
    std::map<std::pair<std::string, std::string>, std::int64_t> published;
};

ShopifyInventoryTarget::ShopifyInventoryTarget(HttpClient &http, ShopifyInventoryOptions options)
    : state_(std::make_shared<State>(http, std::move(options)))
{
    ensureBudget(state_->options.connection);
}

ShopifyInventoryTarget::~ShopifyInventoryTarget() = default;

std::string ShopifyInventoryTarget::name() const
{
    return state_->options.name;
}

std::string ShopifyInventoryTarget::batchIdempotencyKey(const std::vector<std::string> &keys)
{
    std::string joined;
    for (const auto &key : keys) {
        joined += key;
        joined += '\n';
    }
    const std::string hex = crypto::sha256Hex(joined).substr(0, 32);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::optional<std::int64_t> ShopifyInventoryTarget::lastPublished(const std::string &sku,
                                                                  const std::string &location) const
{
    const auto item = state_->options.inventoryItemIds.find(sku);
    const auto place = state_->options.locationIds.find(location);
    if (item == state_->options.inventoryItemIds.end() ||
        place == state_->options.locationIds.end())
        return std::nullopt;
    std::lock_guard lock(state_->mutex);
    const auto it = state_->published.find({item->second, place->second});
    if (it == state_->published.end())
        return std::nullopt;
    return it->second;
}

void ShopifyInventoryTarget::rememberPublished(const std::string &sku, const std::string &location,
                                               std::int64_t quantity)
{
    const auto item = state_->options.inventoryItemIds.find(sku);
    const auto place = state_->options.locationIds.find(location);
    if (item == state_->options.inventoryItemIds.end() ||
        place == state_->options.locationIds.end())
        return;
    std::lock_guard lock(state_->mutex);
    state_->published[{item->second, place->second}] = quantity;
}

void ShopifyInventoryTarget::deliver(std::vector<Delivery> batch, Done done)
{
    struct Sent {
        std::size_t delivery;
        std::string itemId;
        std::string locationId;
        std::int64_t quantity;
    };
    std::vector<DeliveryOutcome> outcomes(batch.size(), DeliveryOutcome::success());
    std::vector<Sent> sent;
    std::map<std::pair<std::string, std::string>, std::size_t> sentIndex;
    const auto &options = state_->options;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        model::InventoryLevel level;
        try {
            level = json::value_to<model::InventoryLevel>(parseJson(batch[i].payload));
        } catch (const std::exception &error) {
            outcomes[i] = DeliveryOutcome::failure(ErrorClass::Data, error.what());
            continue;
        }
        const auto item = options.inventoryItemIds.find(level.sku);
        const auto place = options.locationIds.find(level.location);
        if (item == options.inventoryItemIds.end()) {
            outcomes[i] = DeliveryOutcome::failure(
                ErrorClass::Data, "no Shopify inventory item is mapped to SKU '" + level.sku + "'");
            continue;
        }
        if (place == options.locationIds.end()) {
            outcomes[i] = DeliveryOutcome::failure(ErrorClass::Data,
                                                   "no Shopify location is mapped to location '" +
                                                       level.location + "'");
            continue;
        }
        const auto key = std::make_pair(item->second, place->second);
        if (const auto earlier = sentIndex.find(key); earlier != sentIndex.end()) {
            // Shopify takes one quantity per item and location per call; the later level in the
            // batch is the newer one, so it replaces the earlier one.
            auto &previous = sent[earlier->second];
            outcomes[previous.delivery] = DeliveryOutcome::success();
            outcomes[previous.delivery].message =
                "superseded by a newer level in the same batch (outbox id " +
                std::to_string(batch[i].outboxId) + ")";
            previous.delivery = i;
            previous.quantity = level.available;
            continue;
        }
        sentIndex[key] = sent.size();
        sent.push_back(Sent{i, item->second, place->second, level.available});
    }
    if (sent.empty()) {
        done(std::move(outcomes));
        return;
    }

    std::vector<std::string> keys;
    json::array quantities;
    {
        std::lock_guard lock(state_->mutex);
        for (const auto &s : sent) {
            keys.push_back(batch[s.delivery].idempotencyKey);
            json::object quantity{{"inventoryItemId", s.itemId},
                                  {"locationId", s.locationId},
                                  {"quantity", s.quantity},
                                  {"changeFromQuantity", nullptr}};
            if (const auto it = state_->published.find({s.itemId, s.locationId});
                it != state_->published.end())
                quantity["changeFromQuantity"] = it->second;
            quantities.push_back(std::move(quantity));
        }
    }
    const std::string batchKey = batchIdempotencyKey(keys);
    json::object input{{"name", "available"},
                       {"reason", options.reason},
                       {"referenceDocumentUri", "gid://syncline/SyncBatch/" + batchKey},
                       {"quantities", std::move(quantities)}};
    json::object variables{{"input", std::move(input)}, {"idempotencyKey", batchKey}};

    auto state = state_;
    postGraphql(
        state->http, options.connection, "inventorySetQuantities", SetQuantitiesMutation,
        std::move(variables),
        [state, sent = std::move(sent), outcomes = std::move(outcomes),
         done = std::move(done)](GraphqlResult result) mutable {
            if (result.failure) {
                for (const auto &s : sent)
                    outcomes[s.delivery] = *result.failure;
                done(std::move(outcomes));
                return;
            }
            const auto *payload = result.payload("inventorySetQuantities");
            const auto *userErrors = arrayAt(payload, "userErrors");
            if (!payload) {
                for (const auto &s : sent)
                    outcomes[s.delivery] = DeliveryOutcome::failure(
                        ErrorClass::Transient, "Shopify response lacks inventorySetQuantities");
                done(std::move(outcomes));
                return;
            }
            if (userErrors && !userErrors->empty()) {
                // The mutation is all or nothing: quantities without an error of their own were
                // not applied either and go again in a new batch.
                std::vector<std::string> perItem(sent.size());
                std::string general;
                for (const auto &error : *userErrors) {
                    if (!error.is_object())
                        continue;
                    const auto &e = error.get_object();
                    const auto index = quantityIndex(e);
                    if (index && *index < sent.size()) {
                        perItem[*index] += (perItem[*index].empty() ? "" : "; ") + userErrorText(e);
                        if (stringAt(e, "code") == "CHANGE_FROM_QUANTITY_STALE") {
                            // Shopify changed meanwhile; the next publication (after an operator
                            // looked at it) sets the value without a stale comparison.
                            std::lock_guard lock(state->mutex);
                            state->published.erase({sent[*index].itemId, sent[*index].locationId});
                        }
                    } else {
                        general += (general.empty() ? "" : "; ") + userErrorText(e);
                    }
                }
                for (std::size_t i = 0; i < sent.size(); ++i) {
                    auto &outcome = outcomes[sent[i].delivery];
                    if (!perItem[i].empty())
                        outcome = DeliveryOutcome::failure(ErrorClass::Data, perItem[i]);
                    else if (!general.empty())
                        outcome = DeliveryOutcome::failure(ErrorClass::Data, general);
                    else
                        outcome = DeliveryOutcome::failure(
                            ErrorClass::Transient,
                            "not applied: another quantity in the same call was rejected");
                }
                done(std::move(outcomes));
                return;
            }
            {
                std::lock_guard lock(state->mutex);
                for (const auto &s : sent)
                    state->published[{s.itemId, s.locationId}] = s.quantity;
            }
            done(std::move(outcomes));
        });
}

namespace {

struct LevelQuery {
    std::string location;   // canonical
    std::string locationId; // gid
    std::vector<std::string> itemIds;
};

struct LevelReading {
    std::vector<LevelQuery> queries;
    std::size_t next = 0;
    std::map<std::string, std::string> skuOfItem;
    std::vector<ShownLevel> levels;
    std::function<void(std::vector<ShownLevel>, std::string)> done;
};

// One query after the other, so that a read-back stays within the shop's cost budget.
void readNextLevels(const std::shared_ptr<ShopifyInventoryTarget::State> &state,
                    const std::shared_ptr<LevelReading> &reading)
{
    if (reading->next == reading->queries.size()) {
        reading->done(std::move(reading->levels), {});
        return;
    }
    const LevelQuery &query = reading->queries[reading->next++];
    json::array ids;
    for (const auto &id : query.itemIds)
        ids.push_back(json::value(id));
    json::object variables{{"ids", std::move(ids)}, {"locationId", query.locationId}};
    postGraphql(state->http, state->options.connection, "inventoryLevels", InventoryLevelsQuery,
                std::move(variables),
                [state, reading, location = query.location,
                 locationId = query.locationId](GraphqlResult result) {
                    const auto *nodes = arrayAt(result.data(), "nodes");
                    if (result.failure || !nodes) {
                        reading->done({}, result.failure ? result.failure->message
                                                         : "Shopify response lacks nodes");
                        return;
                    }
                    for (const auto &node : *nodes) {
                        const auto *quantities =
                            arrayAt(objectAt(&node, "inventoryLevel"), "quantities");
                        if (!node.is_object() || !quantities)
                            continue;
                        const auto sku = reading->skuOfItem.find(stringAt(node.get_object(), "id"));
                        if (sku == reading->skuOfItem.end())
                            continue;
                        for (const auto &quantity : *quantities) {
                            if (!quantity.is_object() ||
                                stringAt(quantity.get_object(), "name") != "available")
                                continue;
                            const std::int64_t available =
                                integerAt(quantity.get_object(), "quantity");
                            reading->levels.push_back({sku->second, location, available});
                            std::lock_guard lock(state->mutex);
                            state->published[{sku->first, locationId}] = available;
                        }
                    }
                    readNextLevels(state, reading);
                });
}

} // namespace

void ShopifyInventoryTarget::readLevels(
    std::vector<std::string> skus, std::function<void(std::vector<ShownLevel>, std::string)> done)
{
    auto reading = std::make_shared<LevelReading>();
    reading->done = std::move(done);
    const auto &options = state_->options;
    std::vector<std::string> itemIds;
    for (const auto &sku : skus)
        if (const auto item = options.inventoryItemIds.find(sku);
            item != options.inventoryItemIds.end() &&
            reading->skuOfItem.emplace(item->second, sku).second)
            itemIds.push_back(item->second);
    for (const auto &[location, locationId] : options.locationIds)
        for (std::size_t start = 0; start < itemIds.size(); start += BatchLimit) {
            const auto end = std::min(itemIds.size(), start + BatchLimit);
            reading->queries.push_back(
                {location, locationId,
                 std::vector<std::string>(itemIds.begin() + static_cast<std::ptrdiff_t>(start),
                                          itemIds.begin() + static_cast<std::ptrdiff_t>(end))});
        }
    readNextLevels(state_, reading);
}

// --- fulfilment ---------------------------------------------------------------------------

struct ShopifyFulfillmentTarget::State {
    HttpClient &http;
    ShopifyFulfillmentOptions options;
};

namespace {

struct FulfillmentPlan {
    std::optional<DeliveryOutcome> outcome; // decided without creating a fulfilment
    json::array lineItemsByFulfillmentOrder;
};

bool isOpen(const std::string &status)
{
    return status == "OPEN" || status == "IN_PROGRESS";
}

// Maps the shipped lines to fulfillment order line items by SKU.
FulfillmentPlan planFulfillment(const model::Shipment &shipment, const json::object &order)
{
    FulfillmentPlan plan;
    if (!shipment.trackingNumber.empty()) {
        if (const auto *fulfillments = arrayAt(&order, "fulfillments")) {
            for (const auto &f : *fulfillments) {
                const auto *tracking =
                    f.is_object() ? arrayAt(&f.get_object(), "trackingInfo") : nullptr;
                for (const auto &t : tracking ? *tracking : json::array{}) {
                    if (t.is_object() &&
                        stringAt(t.get_object(), "number") == shipment.trackingNumber) {
                        plan.outcome = DeliveryOutcome::success();
                        plan.outcome->message =
                            "already fulfilled with tracking number " + shipment.trackingNumber;
                        return plan;
                    }
                }
            }
        }
    }
    struct Candidate {
        std::string fulfillmentOrderId;
        std::string lineItemId;
        std::string sku;
        std::int64_t remaining;
    };
    std::vector<Candidate> candidates;
    std::vector<std::string> openOrders;
    const json::object *connection = nullptr;
    if (const auto *v = order.if_contains("fulfillmentOrders"); v && v->is_object())
        connection = &v->get_object();
    const auto *fulfillmentOrders = arrayAt(connection, "nodes");
    for (const auto &fo : fulfillmentOrders ? *fulfillmentOrders : json::array{}) {
        if (!fo.is_object() || !isOpen(stringAt(fo.get_object(), "status")))
            continue;
        const std::string foId = stringAt(fo.get_object(), "id");
        openOrders.push_back(foId);
        const auto *lineItems = objectAt(&fo, "lineItems");
        for (const auto &li :
             arrayAt(lineItems, "nodes") ? *arrayAt(lineItems, "nodes") : json::array{}) {
            if (!li.is_object())
                continue;
            const auto &l = li.get_object();
            candidates.push_back(
                {foId, stringAt(l, "id"), stringAt(l, "sku"), integerAt(l, "remainingQuantity")});
        }
    }
    if (openOrders.empty()) {
        plan.outcome = DeliveryOutcome::failure(
            ErrorClass::Data, "order " + shipment.orderNumber + " has no open fulfillment order");
        return plan;
    }
    if (shipment.lines.empty()) { // the whole order ships
        for (const auto &id : openOrders)
            plan.lineItemsByFulfillmentOrder.push_back(json::object{
                {"fulfillmentOrderId", id}, {"fulfillmentOrderLineItems", json::array{}}});
        return plan;
    }
    std::map<std::string, json::array> byOrder;
    std::vector<std::string> orderOfFulfillmentOrders;
    for (const auto &line : shipment.lines) {
        std::int64_t left = line.quantity;
        for (auto &c : candidates) {
            if (left <= 0)
                break;
            if (c.sku != line.sku || c.remaining <= 0)
                continue;
            const std::int64_t take = std::min(left, c.remaining);
            c.remaining -= take;
            left -= take;
            if (!byOrder.contains(c.fulfillmentOrderId))
                orderOfFulfillmentOrders.push_back(c.fulfillmentOrderId);
            byOrder[c.fulfillmentOrderId].push_back(
                json::object{{"id", c.lineItemId}, {"quantity", take}});
        }
        if (left > 0) {
            plan.outcome = DeliveryOutcome::failure(
                ErrorClass::Data, "order " + shipment.orderNumber + ": SKU '" + line.sku +
                                      "' ships " + std::to_string(line.quantity) + " but only " +
                                      std::to_string(line.quantity - left) +
                                      " remain to be fulfilled");
            return plan;
        }
    }
    for (const auto &id : orderOfFulfillmentOrders)
        plan.lineItemsByFulfillmentOrder.push_back(json::object{
            {"fulfillmentOrderId", id}, {"fulfillmentOrderLineItems", std::move(byOrder[id])}});
    return plan;
}

void fulfilOne(const std::shared_ptr<ShopifyFulfillmentTarget::State> &state,
               const Delivery &delivery, std::function<void(DeliveryOutcome)> done);

} // namespace

ShopifyFulfillmentTarget::ShopifyFulfillmentTarget(HttpClient &http,
                                                   ShopifyFulfillmentOptions options)
    : state_(std::make_shared<State>(State{http, std::move(options)}))
{
    ensureBudget(state_->options.connection);
}

ShopifyFulfillmentTarget::~ShopifyFulfillmentTarget() = default;

std::string ShopifyFulfillmentTarget::name() const
{
    return state_->options.name;
}

void ShopifyFulfillmentTarget::deliver(std::vector<Delivery> batch, Done done)
{
    // One shipment after the other: each reads the fulfillment orders the previous one changed.
    struct Run {
        std::shared_ptr<State> state;
        std::vector<Delivery> batch;
        std::vector<DeliveryOutcome> outcomes;
        Done done;
    };
    auto run = std::make_shared<Run>(Run{state_, std::move(batch), {}, std::move(done)});
    auto next = std::make_shared<std::function<void()>>();
    *next = [run, weakNext = std::weak_ptr<std::function<void()>>(next)] {
        if (run->outcomes.size() == run->batch.size()) {
            run->done(std::move(run->outcomes));
            return;
        }
        auto self = weakNext.lock();
        fulfilOne(run->state, run->batch[run->outcomes.size()],
                  [run, self](DeliveryOutcome outcome) {
                      run->outcomes.push_back(std::move(outcome));
                      (*self)();
                  });
    };
    (*next)();
}

namespace {

void fulfilOne(const std::shared_ptr<ShopifyFulfillmentTarget::State> &state,
               const Delivery &delivery, std::function<void(DeliveryOutcome)> done)
{
    model::Shipment shipment;
    std::string orderId;
    try {
        const auto payload = parseJson(delivery.payload);
        shipment = json::value_to<model::Shipment>(payload);
        if (const auto *id = payload.get_object().if_contains("storefront_order_id")) {
            if (id->is_string())
                orderId = std::string(id->get_string());
            else if (id->is_int64() || id->is_uint64())
                orderId = json::serialize(*id);
        }
    } catch (const std::exception &error) {
        done(DeliveryOutcome::failure(ErrorClass::Data, error.what()));
        return;
    }
    if (orderId.empty() && state->options.resolveOrderId) {
        if (const auto resolved = state->options.resolveOrderId(shipment.orderNumber))
            orderId = *resolved;
    }
    if (orderId.empty()) {
        done(DeliveryOutcome::failure(ErrorClass::Data, "no Shopify order id is known for order " +
                                                            shipment.orderNumber));
        return;
    }
    const std::string gid = orderGid(orderId);
    const auto &connection = state->options.connection;
    postGraphql(
        state->http, connection, "fulfillmentOrders", FulfillmentOrdersQuery,
        json::object{{"id", gid}},
        [state, shipment, gid, done = std::move(done)](GraphqlResult read) mutable {
            if (read.failure) {
                done(*read.failure);
                return;
            }
            const auto *order = read.payload("order");
            if (!order) {
                done(DeliveryOutcome::failure(ErrorClass::Data, "Shopify has no order " + gid +
                                                                    " (order " +
                                                                    shipment.orderNumber + ")"));
                return;
            }
            auto plan = planFulfillment(shipment, *order);
            if (plan.outcome) {
                done(*plan.outcome);
                return;
            }
            const auto &options = state->options;
            const auto carrier = options.carrierNames.find(shipment.carrier);
            json::object tracking{{"company", carrier == options.carrierNames.end()
                                                  ? shipment.carrier
                                                  : carrier->second},
                                  {"number", shipment.trackingNumber}};
            if (!shipment.trackingUrl.empty())
                tracking["url"] = shipment.trackingUrl;
            json::object fulfillment{
                {"lineItemsByFulfillmentOrder", std::move(plan.lineItemsByFulfillmentOrder)},
                {"trackingInfo", std::move(tracking)},
                {"notifyCustomer", options.notifyCustomer}};
            postGraphql(
                state->http, options.connection, "fulfillmentCreate", FulfillmentCreateMutation,
                json::object{{"fulfillment", std::move(fulfillment)}},
                [done = std::move(done)](GraphqlResult created) {
                    if (created.failure) {
                        done(*created.failure);
                        return;
                    }
                    const auto *payload = created.payload("fulfillmentCreate");
                    const auto *userErrors = arrayAt(payload, "userErrors");
                    if (!payload) {
                        done(DeliveryOutcome::failure(ErrorClass::Transient,
                                                      "Shopify response lacks fulfillmentCreate"));
                        return;
                    }
                    if (userErrors && !userErrors->empty()) {
                        std::string message;
                        for (const auto &e : *userErrors)
                            if (e.is_object())
                                message +=
                                    (message.empty() ? "" : "; ") + userErrorText(e.get_object());
                        done(DeliveryOutcome::failure(ErrorClass::Data, message));
                        return;
                    }
                    done(DeliveryOutcome::success());
                });
        });
}

} // namespace

} // namespace syncline::client
