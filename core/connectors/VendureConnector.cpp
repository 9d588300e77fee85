#include "connectors/VendureConnector.h"

#include "model/Json.h"
#include "util/Time.h"

#include <boost/asio/post.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <future>
#include <set>

namespace json = boost::json;

namespace syncline::connectors {

namespace {

CallError dataError(std::string message)
{
    return CallError{ErrorClass::Data, std::move(message), std::nullopt};
}

std::string text(const json::object &object, std::string_view key)
{
    const auto *value = object.if_contains(key);
    if (!value)
        return {};
    if (value->is_string())
        return std::string(value->get_string());
    if (value->is_int64())
        return std::to_string(value->get_int64());
    return {};
}

const json::array *arrayAt(const json::value &value, std::initializer_list<std::string_view> path)
{
    const json::value *node = &value;
    for (auto key : path) {
        const auto *object = node->if_object();
        if (!object || !object->contains(key))
            return nullptr;
        node = &object->at(key);
    }
    return node->if_array();
}

constexpr std::string_view VariantsBySku =
    "query VariantsBySku($skus: [String!]!) { productVariants(options: { filter: { sku: { in: "
    "$skus } }, "
    "take: 1000 }) { items { id sku } } }";
constexpr std::string_view UpdateStock =
    "mutation UpdateStock($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: "
    "$input) "
    "{ id sku stockOnHand } }";
constexpr std::string_view OrderByCode =
    "query OrderByCode($code: String!) { orders(options: { filter: { code: { eq: $code } }, take: "
    "1 }) "
    "{ items { id code state lines { id quantity productVariant { sku } } "
    "fulfillments { id state method trackingCode } } } }";
constexpr std::string_view AddFulfillment =
    "mutation AddFulfillment($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) { "
    "__typename ... on Fulfillment { id state trackingCode } ... on ErrorResult { errorCode "
    "message } } }";
constexpr std::string_view ShipFulfillment =
    "mutation ShipFulfillment($id: ID!) { transitionFulfillmentToState(id: $id, state: "
    "\"Shipped\") { "
    "__typename ... on Fulfillment { id state } ... on ErrorResult { errorCode message } } }";

} // namespace

// --- stock ----------------------------------------------------------------------------------

VendureStockTarget::VendureStockTarget(std::shared_ptr<VendureClient> client,
                                       VendureStockOptions options)
    : client_(std::move(client))
    , options_(std::move(options))
{}

VendureStockTarget::~VendureStockTarget()
{
    worker_.join();
}

void VendureStockTarget::deliver(std::vector<Delivery> batch,
                                 std::function<void(std::vector<DeliveryOutcome>)> done)
{
    boost::asio::post(worker_, [this, batch = std::move(batch), done = std::move(done)] {
        done(deliverNow(batch));
    });
}

std::vector<DeliveryOutcome> VendureStockTarget::deliverNow(const std::vector<Delivery> &batch)
{
    std::vector<std::optional<DeliveryOutcome>> outcomes(batch.size());
    std::vector<std::optional<model::InventoryLevel>> levels(batch.size());
    std::set<std::string> unresolved;
    {
        std::lock_guard lock(mutex_);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            try {
                levels[i] = json::value_to<model::InventoryLevel>(parseJson(batch[i].payload));
                if (!variantIds_.contains(levels[i]->sku))
                    unresolved.insert(levels[i]->sku);
            } catch (const std::exception &error) {
                outcomes[i] = DeliveryOutcome::failure(
                    ErrorClass::Data, std::string("inventory payload unreadable: ") + error.what());
            }
        }
    }
    auto failAll = [&](const CallError &error) {
        std::vector<DeliveryOutcome> out;
        out.reserve(outcomes.size());
        for (auto &outcome : outcomes)
            out.push_back(outcome ? *outcome : error.toOutcome());
        return out;
    };
    if (!unresolved.empty()) {
        json::array skus;
        for (const auto &sku : unresolved)
            skus.emplace_back(sku);
        auto reply = client_->query(VariantsBySku, json::object{{"skus", skus}});
        if (!reply.ok())
            return failAll(*reply.error);
        std::lock_guard lock(mutex_);
        if (const auto *items = arrayAt(reply.data, {"productVariants", "items"}))
            for (const auto &item : *items)
                if (item.is_object())
                    variantIds_[text(item.get_object(), "sku")] = text(item.get_object(), "id");
    }

    // One input per variant: the last level of a SKU in the batch is the current one.
    std::map<std::string, json::object> inputs;
    std::vector<std::string> order;
    {
        std::lock_guard lock(mutex_);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (outcomes[i])
                continue;
            const auto &level = *levels[i];
            const auto variant = variantIds_.find(level.sku);
            if (variant == variantIds_.end()) {
                outcomes[i] = DeliveryOutcome::failure(
                    ErrorClass::Data, "no Vendure product variant with SKU " + level.sku);
                continue;
            }
            auto &input = inputs[variant->second];
            if (input.empty())
                order.push_back(variant->second);
            input["id"] = variant->second;
            const auto location = options_.stockLocationIds.find(level.location);
            if (location == options_.stockLocationIds.end()) {
                input["stockOnHand"] = level.onHand;
            } else {
                auto &stockLevels = input["stockLevels"];
                if (!stockLevels.is_array())
                    stockLevels = json::array{};
                auto &list = stockLevels.get_array();
                for (auto entry = list.begin(); entry != list.end();)
                    entry =
                        entry->as_object().at("stockLocationId") == json::value(location->second)
                            ? list.erase(entry)
                            : entry + 1;
                list.push_back(json::object{{"stockLocationId", location->second},
                                            {"stockOnHand", level.onHand}});
            }
        }
    }
    if (!inputs.empty()) {
        json::array input;
        for (const auto &variant : order)
            input.push_back(inputs[variant]);
        auto reply = client_->query(UpdateStock, json::object{{"input", std::move(input)}});
        if (!reply.ok())
            return failAll(*reply.error);
        const auto *updated = reply.data.is_object()
                                  ? reply.data.get_object().if_contains("updateProductVariants")
                                  : nullptr;
        if (!updated || !updated->is_array() || updated->get_array().size() != order.size())
            return failAll(
                dataError("Vendure updateProductVariants answered " +
                          (updated ? syncline::serialize(*updated) : std::string("nothing"))));
    }
    std::vector<DeliveryOutcome> out;
    out.reserve(outcomes.size());
    for (auto &outcome : outcomes)
        out.push_back(outcome ? *outcome : DeliveryOutcome::success());
    return out;
}

// --- fulfilment -----------------------------------------------------------------------------

VendureFulfilmentTarget::VendureFulfilmentTarget(std::shared_ptr<VendureClient> client,
                                                 VendureFulfilmentOptions options)
    : client_(std::move(client))
    , options_(std::move(options))
{}

VendureFulfilmentTarget::~VendureFulfilmentTarget()
{
    worker_.join();
}

void VendureFulfilmentTarget::deliver(std::vector<Delivery> batch,
                                      std::function<void(std::vector<DeliveryOutcome>)> done)
{
    boost::asio::post(worker_, [this, batch = std::move(batch), done = std::move(done)] {
        std::vector<DeliveryOutcome> outcomes;
        for (const auto &delivery : batch) {
            try {
                const auto shipment = json::value_to<model::Shipment>(parseJson(delivery.payload));
                auto error = publish(shipment);
                outcomes.push_back(error ? error->toOutcome() : DeliveryOutcome::success());
            } catch (const std::exception &error) {
                outcomes.push_back(DeliveryOutcome::failure(
                    ErrorClass::Data, std::string("shipment payload unreadable: ") + error.what()));
            }
        }
        done(std::move(outcomes));
    });
}

std::optional<CallError> VendureFulfilmentTarget::publish(const model::Shipment &shipment)
{
    const std::string label =
        "shipment " + shipment.shipmentId + " of order " + shipment.orderNumber;
    auto found = client_->query(OrderByCode, json::object{{"code", shipment.orderNumber}});
    if (!found.ok())
        return found.error;
    const auto *items = arrayAt(found.data, {"orders", "items"});
    if (!items || items->empty() || !items->front().is_object())
        return dataError(label + ": no Vendure order with code " + shipment.orderNumber);
    const auto &order = items->front().get_object();

    auto ship = [&](const std::string &fulfillmentId) -> std::optional<CallError> {
        auto moved = client_->query(ShipFulfillment, json::object{{"id", fulfillmentId}});
        if (!moved.ok())
            return moved.error;
        const auto &result = moved.data.as_object().at("transitionFulfillmentToState");
        return vendure::errorResultOf(result, "transitionFulfillmentToState");
    };

    // The same tracking code on the order: this shipment was published before.
    if (const auto *fulfillments = order.if_contains("fulfillments");
        fulfillments && fulfillments->is_array())
        for (const auto &value : fulfillments->get_array()) {
            if (!value.is_object() ||
                text(value.get_object(), "trackingCode") != shipment.trackingNumber)
                continue;
            const auto state = text(value.get_object(), "state");
            if (state == "Shipped" || state == "Delivered")
                return std::nullopt;
            return ship(text(value.get_object(), "id"));
        }

    json::array lines;
    std::vector<std::string> unmatched;
    const auto *orderLines = order.if_contains("lines");
    for (const auto &line : shipment.lines) {
        bool matched = false;
        if (orderLines && orderLines->is_array())
            for (const auto &value : orderLines->get_array()) {
                const auto &l = value.as_object();
                const auto *variant = l.if_contains("productVariant");
                if (!variant || !variant->is_object() ||
                    text(variant->get_object(), "sku") != line.sku)
                    continue;
                const auto ordered = l.at("quantity").is_int64() ? l.at("quantity").get_int64() : 0;
                lines.push_back(json::object{{"orderLineId", text(l, "id")},
                                             {"quantity", std::min(ordered, line.quantity)}});
                matched = true;
                break;
            }
        if (!matched)
            unmatched.push_back(line.sku);
    }
    if (!unmatched.empty() || lines.empty()) {
        std::string list;
        for (const auto &sku : unmatched)
            list += (list.empty() ? "" : ", ") + sku;
        return dataError(label + ": no order line for SKU " +
                         (list.empty() ? "(none shipped)" : list));
    }
    const auto method = shipment.carrier.empty() ? options_.defaultMethod : shipment.carrier;
    json::object input{
        {"lines", std::move(lines)},
        {"handler", json::object{{"code", options_.handlerCode},
                                 {"arguments",
                                  json::array{json::object{{"name", "method"}, {"value", method}},
                                              json::object{{"name", "trackingCode"},
                                                           {"value", shipment.trackingNumber}}}}}}};
    auto added = client_->query(AddFulfillment, json::object{{"input", std::move(input)}});
    if (!added.ok())
        return added.error;
    const auto &result = added.data.as_object().at("addFulfillmentToOrder");
    if (auto error = vendure::errorResultOf(result, "addFulfillmentToOrder"))
        return error;
    return ship(text(result.as_object(), "id"));
}

// --- orders ---------------------------------------------------------------------------------

VendureOrderPoller::VendureOrderPoller(std::shared_ptr<VendureClient> client, InboundSink &sink,
                                       VendureOrderOptions options)
    : client_(std::move(client))
    , sink_(sink)
    , options_(std::move(options))
    , cursor_(options_.cursor)
{}

PollReport VendureOrderPoller::poll()
{
    PollReport report;
    report.cursor = cursor_;
    const std::string document =
        std::string(
            "query PlacedOrders($after: DateTime!, $skip: Int!, $take: Int!) { orders(options: { "
            "filter: { orderPlacedAt: { after: $after } }, sort: { orderPlacedAt: ASC }, skip: "
            "$skip, "
            "take: $take }) { totalItems items { ") +
        vendure::OrderFields + " } } }";
    // "after" is exclusive: start one millisecond early so an order placed exactly at the cursor
    // is read again (and recognised as a repeat) rather than skipped.
    const auto after = formatIso8601(cursor_ - Millis(1));
    TimePoint newest = cursor_;
    std::vector<Event> events;
    for (std::int64_t skip = 0;;) {
        auto reply = client_->query(
            document, json::object{{"after", after}, {"skip", skip}, {"take", options_.pageSize}});
        if (!reply.ok()) {
            report.error = reply.error;
            return report;
        }
        const auto *items = arrayAt(reply.data, {"orders", "items"});
        if (!items || items->empty())
            break;
        for (const auto &item : *items) {
            if (!item.is_object())
                continue;
            model::Order order;
            try {
                order = vendure::orderFromVendure(item.get_object());
            } catch (const MappingError &error) {
                RejectedInput rejected;
                rejected.channel = "poll";
                rejected.connection = options_.connection;
                rejected.path = "admin-api orders";
                rejected.reason = std::string("Vendure order unreadable: ") + error.what();
                rejected.body = syncline::serialize(item);
                rejected.bodySize = static_cast<std::int64_t>(rejected.body.size());
                std::promise<void> recorded;
                sink_.recordRejected(std::move(rejected),
                                     [&recorded](std::int64_t) { recorded.set_value(); });
                recorded.get_future().wait();
                continue;
            }
            if (order.placedAt)
                newest = std::max(newest, *order.placedAt);
            Event event;
            event.sourceSystem = "vendure";
            event.connection = options_.connection;
            event.domain = Domain::Order;
            event.type = order.cancelled ? "order.cancelled" : "order.created";
            event.occurredAt = order.placedAt.value_or(TimePoint{});
            event.correlationId = order.orderNumber;
            event.idempotencyKey =
                "vendure:" + options_.connection + ":" + event.type + ":" + order.orderNumber;
            event.payload = syncline::serialize(json::value_from(order));
            events.push_back(std::move(event));
        }
        skip += static_cast<std::int64_t>(items->size());
        const auto &orders = reply.data.as_object().at("orders").as_object();
        const auto total = orders.contains("totalItems") && orders.at("totalItems").is_int64()
                               ? orders.at("totalItems").get_int64()
                               : 0;
        if (skip >= total)
            break;
    }
    if (auto error = ingestAll(sink_, std::move(events), report)) {
        report.error = error;
        return report;
    }
    cursor_ = newest;
    report.cursor = cursor_;
    return report;
}

} // namespace syncline::connectors
