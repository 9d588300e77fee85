#include "connectors/TrytonConnector.h"

#include "model/Json.h"

#include <boost/asio/post.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <future>
#include <set>
#include <thread>

namespace json = boost::json;

namespace syncline::connectors {

namespace {

CallError dataError(std::string message)
{
    return CallError{ErrorClass::Data, std::move(message), std::nullopt};
}

std::string text(const json::object &row, std::string_view key)
{
    const auto *value = row.if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::optional<std::int64_t> id(const json::object &row, std::string_view key)
{
    const auto *value = row.if_contains(key);
    return value ? tryton::idOf(*value) : std::nullopt;
}

std::vector<std::int64_t> ids(const json::object &row, std::string_view key)
{
    std::vector<std::int64_t> out;
    if (const auto *value = row.if_contains(key); value && value->is_array())
        for (const auto &item : value->get_array())
            if (auto one = tryton::idOf(item))
                out.push_back(*one);
    return out;
}

json::array idArray(const std::vector<std::int64_t> &values)
{
    json::array out;
    for (auto v : values)
        out.emplace_back(v);
    return out;
}

// The rows of a search_read or read result; a reply that is not a list of objects is refused.
std::variant<std::vector<json::object>, CallError> rows(tryton::Reply reply, std::string_view what)
{
    if (!reply.ok())
        return *reply.error;
    std::vector<json::object> out;
    if (!reply.result.is_array())
        return dataError("Tryton " + std::string(what) + " returned " +
                         syncline::serialize(reply.result));
    for (auto &row : reply.result.get_array())
        if (row.is_object())
            out.push_back(std::move(row.get_object()));
    return out;
}

json::array searchReadArgs(json::array domain, json::array fields, json::value limit = nullptr,
                           json::value order = nullptr)
{
    return json::array{std::move(domain), 0, std::move(limit), std::move(order), std::move(fields)};
}

std::int64_t roundQuantity(const json::value &value)
{
    const auto decimal = tryton::decodeDecimal(value);
    if (!decimal)
        return 0;
    return static_cast<std::int64_t>(
        std::llround(static_cast<double>(decimal->units()) / static_cast<double>(Decimal::Scale)));
}

bool isFinishedState(const std::string &state)
{
    return state == "processing" || state == "done";
}

} // namespace

// --- orders ---------------------------------------------------------------------------------

TrytonOrderTarget::TrytonOrderTarget(std::shared_ptr<TrytonClient> client,
                                     TrytonOrderOptions options)
    : client_(std::move(client))
    , options_(std::move(options))
{}

TrytonOrderTarget::~TrytonOrderTarget()
{
    worker_.join();
}

void TrytonOrderTarget::deliver(std::vector<Delivery> batch,
                                std::function<void(std::vector<DeliveryOutcome>)> done)
{
    boost::asio::post(worker_, [this, batch = std::move(batch), done = std::move(done)] {
        std::vector<DeliveryOutcome> outcomes;
        for (const auto &delivery : batch) {
            model::Order order;
            try {
                order = json::value_to<model::Order>(parseJson(delivery.payload));
            } catch (const std::exception &error) {
                outcomes.push_back(DeliveryOutcome::failure(
                    ErrorClass::Data, std::string("order payload unreadable: ") + error.what()));
                continue;
            }
            auto result = postOrder(order);
            if (auto *error = std::get_if<CallError>(&result))
                outcomes.push_back(error->toOutcome());
            else
                outcomes.push_back(DeliveryOutcome::success());
        }
        done(std::move(outcomes));
    });
}

std::variant<TrytonSaleResult, CallError> TrytonOrderTarget::postOrder(const model::Order &order)
{
    if (order.orderNumber.empty())
        return dataError("order has no order number");
    auto &tryton = *client_;
    const std::string label = "order " + order.orderNumber;

    auto readSale = [&](std::int64_t saleId) -> std::variant<json::object, CallError> {
        auto found =
            rows(tryton.call("model.sale.sale.read",
                             json::array{json::array{saleId},
                                         json::array{"id", "number", "state", "shipments"}}),
                 "sale.read");
        if (auto *error = std::get_if<CallError>(&found))
            return *error;
        auto &list = std::get<std::vector<json::object>>(found);
        if (list.empty())
            return dataError("Tryton sale " + std::to_string(saleId) + " for " + label +
                             " vanished");
        return list.front();
    };
    auto button = [&](std::string_view method, std::int64_t saleId) -> std::optional<CallError> {
        auto reply = tryton.call(method, json::array{json::array{saleId}});
        return reply.ok() ? std::nullopt : reply.error;
    };
    // Confirm succeeds even when the processing after it fails; only the read-back tells.
    auto judge = [&](std::int64_t saleId,
                     bool created) -> std::variant<TrytonSaleResult, CallError> {
        const auto deadline = std::chrono::steady_clock::now() + options_.processingGrace;
        while (true) {
            auto sale = readSale(saleId);
            if (auto *error = std::get_if<CallError>(&sale))
                return *error;
            const auto &row = std::get<json::object>(sale);
            TrytonSaleResult result{saleId, text(row, "state"), ids(row, "shipments"), created};
            if (isFinishedState(result.state))
                return result;
            if (std::chrono::steady_clock::now() >= deadline)
                return dataError("Tryton sale " + text(row, "number") + " (reference " +
                                 order.orderNumber + ") is " + result.state +
                                 " but was not processed: no shipment was created. The Tryton "
                                 "server log names the cause (often a product without an "
                                 "account category); processing is retried when the order is "
                                 "delivered again");
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    };
    auto advance = [&](std::int64_t saleId, const std::string &state,
                       bool created) -> std::variant<TrytonSaleResult, CallError> {
        if (state == "draft")
            if (auto error = button("model.sale.sale.quote", saleId))
                return *error;
        if (state == "draft" || state == "quotation")
            if (auto error = button("model.sale.sale.confirm", saleId))
                return *error;
        if (state == "confirmed")
            if (auto error = button("model.sale.sale.process", saleId))
                return *error;
        if (state == "cancelled")
            return dataError("Tryton sale for " + label + " was cancelled in Tryton");
        return judge(saleId, created);
    };

    // 1. A sale with this reference means an earlier delivery got (at least) that far.
    auto existing =
        rows(tryton.call("model.sale.sale.search_read",
                         searchReadArgs(
                             json::array{json::array{"reference", "=", order.orderNumber}},
                             json::array{"id", "state"}, 1, json::array{json::array{"id", "ASC"}})),
             "sale.search_read");
    if (auto *error = std::get_if<CallError>(&existing))
        return *error;
    if (const auto &found = std::get<std::vector<json::object>>(existing); !found.empty()) {
        const auto saleId = id(found.front(), "id").value_or(0);
        return advance(saleId, text(found.front(), "state"), false);
    }

    // 2. Products by code, before anything is created.
    if (order.lines.empty())
        return dataError(label + " has no lines");
    json::array skus;
    for (const auto &line : order.lines)
        skus.emplace_back(line.sku);
    auto products =
        rows(tryton.call("model.product.product.search_read",
                         searchReadArgs(json::array{json::array{"code", "in", skus}},
                                        json::array{"id", "code", "sale_uom", "default_uom"})),
             "product.search_read");
    if (auto *error = std::get_if<CallError>(&products))
        return *error;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> productBySku; // id, unit
    for (const auto &row : std::get<std::vector<json::object>>(products)) {
        const auto unit = id(row, "sale_uom") ? id(row, "sale_uom") : id(row, "default_uom");
        productBySku[text(row, "code")] = {id(row, "id").value_or(0), unit.value_or(0)};
    }
    std::set<std::string> unknown;
    for (const auto &line : order.lines)
        if (!productBySku.contains(line.sku))
            unknown.insert(line.sku);
    if (!unknown.empty()) {
        std::string list;
        for (const auto &sku : unknown)
            list += (list.empty() ? "" : ", ") + sku;
        return dataError(label + ": no Tryton product with code " + list);
    }

    // 3. The party, by its e-mail address, with an address for invoice and shipment.
    std::optional<std::int64_t> partyId;
    if (!order.customer.email.empty()) {
        auto mechanisms =
            rows(tryton.call("model.party.contact_mechanism.search_read",
                             searchReadArgs(
                                 json::array{json::array{"type", "=", "email"},
                                             json::array{"value", "=", order.customer.email}},
                                 json::array{"party"}, 1, json::array{json::array{"id", "ASC"}})),
                 "contact_mechanism.search_read");
        if (auto *error = std::get_if<CallError>(&mechanisms))
            return *error;
        if (const auto &list = std::get<std::vector<json::object>>(mechanisms); !list.empty())
            partyId = id(list.front(), "party");
    }
    const auto &address =
        order.shippingAddress.line1.empty() ? order.billingAddress : order.shippingAddress;
    json::object addressValues{
        {"street", address.line2.empty() ? address.line1 : address.line1 + "\n" + address.line2},
        {"postal_code", address.postalCode},
        {"city", address.city}};
    if (!address.name.empty())
        addressValues["name"] = address.name;
    if (!address.country.empty()) {
        auto country = tryton.call(
            "model.country.country.search",
            json::array{json::array{json::array{"code", "=", address.country}}, 0, 1, nullptr});
        if (country.ok() && country.result.is_array() && !country.result.get_array().empty())
            if (auto countryId = tryton::idOf(country.result.get_array().front()))
                addressValues["country"] = *countryId;
    }
    if (!partyId) {
        std::string partyName = order.customer.name;
        if (partyName.empty())
            partyName = !address.name.empty() ? address.name : order.customer.email;
        json::object party{{"name", partyName}};
        party["addresses"] = json::array{json::array{"create", json::array{addressValues}}};
        if (!order.customer.email.empty())
            party["contact_mechanisms"] = json::array{json::array{
                "create",
                json::array{json::object{{"type", "email"}, {"value", order.customer.email}}}}};
        auto created = tryton.call("model.party.party.create", json::array{json::array{party}});
        if (!created.ok())
            return *created.error;
        if (!created.result.is_array() || created.result.get_array().empty())
            return dataError("Tryton party.create returned " + syncline::serialize(created.result));
        partyId = tryton::idOf(created.result.get_array().front());
    }
    if (!partyId)
        return dataError("Tryton party for " + label + " has no id");
    auto addresses = rows(
        tryton.call("model.party.address.search_read",
                    searchReadArgs(json::array{json::array{"party", "=", *partyId}},
                                   json::array{"id"}, 1, json::array{json::array{"id", "ASC"}})),
        "address.search_read");
    if (auto *error = std::get_if<CallError>(&addresses))
        return *error;
    std::optional<std::int64_t> addressId;
    if (const auto &list = std::get<std::vector<json::object>>(addresses); !list.empty())
        addressId = id(list.front(), "id");
    if (!addressId) {
        addressValues["party"] = *partyId;
        auto created =
            tryton.call("model.party.address.create", json::array{json::array{addressValues}});
        if (!created.ok())
            return *created.error;
        if (created.result.is_array() && !created.result.get_array().empty())
            addressId = tryton::idOf(created.result.get_array().front());
        if (!addressId)
            return dataError("Tryton address.create returned " +
                             syncline::serialize(created.result));
    }

    // 4. The sale, then quote and confirm.
    json::array lines;
    for (const auto &line : order.lines) {
        const auto &[productId, unit] = productBySku.at(line.sku);
        json::object values{{"type", "line"},
                            {"product", productId},
                            {"quantity", static_cast<double>(line.quantity)},
                            {"unit_price", tryton::encodeDecimal(line.unitPrice)}};
        if (unit != 0)
            values["unit"] = unit;
        lines.emplace_back(std::move(values));
    }
    json::object sale{{"company", tryton.company()},
                      {"party", *partyId},
                      {"invoice_address", *addressId},
                      {"shipment_address", *addressId},
                      {"reference", order.orderNumber},
                      {"description", "Storefront order " + order.orderNumber},
                      {"lines", json::array{json::array{"create", std::move(lines)}}}};
    if (!options_.invoiceMethod.empty())
        sale["invoice_method"] = options_.invoiceMethod;
    auto created = tryton.call("model.sale.sale.create", json::array{json::array{sale}});
    if (!created.ok())
        return *created.error;
    if (!created.result.is_array() || created.result.get_array().empty() ||
        !tryton::idOf(created.result.get_array().front()))
        return dataError("Tryton sale.create returned " + syncline::serialize(created.result));
    return advance(*tryton::idOf(created.result.get_array().front()), "draft", true);
}

// --- inbound --------------------------------------------------------------------------------

std::optional<CallError> ingestAll(InboundSink &sink, std::vector<Event> events, PollReport &report)
{
    std::vector<std::future<IngestResult>> pending;
    for (auto &event : events) {
        auto promise = std::make_shared<std::promise<IngestResult>>();
        pending.push_back(promise->get_future());
        sink.ingest(std::move(event),
                    [promise](IngestResult result) { promise->set_value(std::move(result)); });
    }
    std::optional<CallError> firstError;
    for (auto &future : pending) {
        const auto result = future.get();
        ++report.events;
        if (result.status == IngestResult::Status::Accepted)
            ++report.accepted;
        else if (result.status == IngestResult::Status::Rejected) {
            if (!firstError)
                firstError = dataError("event refused: " + result.message);
        } else
            ++report.duplicates;
    }
    return firstError;
}

TrytonStockPoller::TrytonStockPoller(std::shared_ptr<TrytonClient> client, InboundSink &sink,
                                     TrytonStockOptions options)
    : client_(std::move(client))
    , sink_(sink)
    , options_(std::move(options))
    , cursor_(options_.cursor)
{}

PollReport TrytonStockPoller::poll()
{
    PollReport report;
    report.cursor = cursor_;
    auto &tryton = *client_;
    const auto since = tryton::encodeDateTime(cursor_);
    const json::array changedDomain{"OR", json::array{"write_date", ">=", since},
                                    json::array{"create_date", ">=", since}};
    const json::array changeFields{"write_date", "create_date"};

    std::set<std::int64_t> productIds;
    TimePoint newest = cursor_;
    auto collect = [&](std::string_view method,
                       std::string_view productField) -> std::optional<CallError> {
        json::array fields = changeFields;
        fields.emplace_back(productField);
        auto found = rows(tryton.call(method, searchReadArgs(changedDomain, fields)), method);
        if (auto *error = std::get_if<CallError>(&found))
            return *error;
        for (const auto &row : std::get<std::vector<json::object>>(found)) {
            if (auto product = id(row, productField))
                productIds.insert(*product);
            for (const auto *key : {"write_date", "create_date"})
                if (const auto *value = row.if_contains(key))
                    if (auto at = tryton::decodeDateTime(*value))
                        newest = std::max(newest, *at);
        }
        return std::nullopt;
    };
    if (auto error = collect("model.stock.move.search_read", "product")) {
        report.error = error;
        return report;
    }
    if (auto error = collect("model.product.product.search_read", "id")) {
        report.error = error;
        return report;
    }
    if (productIds.empty())
        return report;

    const auto sequence = std::max(lastSequence_ + 1, toEpochMs(newest));
    const std::vector<std::int64_t> idList(productIds.begin(), productIds.end());
    std::vector<Event> events;
    for (const auto &[location, warehouse] : options_.warehouses) {
        auto levels =
            rows(tryton.call("model.product.product.read",
                             json::array{idArray(idList),
                                         json::array{"code", "quantity", "forecast_quantity"}},
                             json::object{{"locations", json::array{warehouse}}}),
                 "product.read");
        if (auto *error = std::get_if<CallError>(&levels)) {
            report.error = *error;
            return report;
        }
        for (const auto &row : std::get<std::vector<json::object>>(levels)) {
            const auto sku = text(row, "code");
            if (sku.empty())
                continue; // a product without a code has no storefront counterpart
            model::InventoryLevel level;
            level.sku = sku;
            level.location = location;
            level.onHand =
                roundQuantity(row.contains("quantity") ? row.at("quantity") : json::value());
            const auto forecast = roundQuantity(
                row.contains("forecast_quantity") ? row.at("forecast_quantity") : json::value());
            level.available = std::min(level.onHand, forecast);
            level.reserved = level.onHand - level.available;
            level.asOf = newest;
            level.sourceSequence = sequence;

            Event event;
            event.sourceSystem = "tryton";
            event.connection = options_.connection;
            event.domain = Domain::Inventory;
            event.type = "inventory.level";
            event.occurredAt = newest;
            event.correlationId = sku;
            event.entityKey = "inventory:" + sku + "@" + location;
            event.sourceSequence = sequence;
            // Same product, place, quantity and change time: the same fact, however often read.
            event.idempotencyKey = "tryton:" + tryton.connection().database +
                                   ":stock:" + std::to_string(id(row, "id").value_or(0)) + "@" +
                                   location + "=" + std::to_string(level.onHand) + "/" +
                                   std::to_string(level.available) + "#" +
                                   std::to_string(toEpochMs(newest));
            event.payload = syncline::serialize(json::value_from(level));
            events.push_back(std::move(event));
        }
    }
    if (auto error = ingestAll(sink_, std::move(events), report)) {
        report.error = error;
        return report;
    }
    lastSequence_ = sequence;
    cursor_ = newest; // read again from the newest change on: equal timestamps are not skipped
    report.cursor = cursor_;
    return report;
}

TrytonShipmentPoller::TrytonShipmentPoller(std::shared_ptr<TrytonClient> client, InboundSink &sink,
                                           TrytonShipmentOptions options)
    : client_(std::move(client))
    , sink_(sink)
    , options_(std::move(options))
    , cursor_(options_.cursor)
{}

PollReport TrytonShipmentPoller::poll()
{
    PollReport report;
    report.cursor = cursor_;
    auto &tryton = *client_;
    auto fail = [&](CallError error) {
        report.error = std::move(error);
        return report;
    };
    auto shipments = rows(
        tryton.call(
            "model.stock.shipment.out.search_read",
            searchReadArgs(
                json::array{json::array{"state", "=", "done"},
                            json::array{"write_date", ">=", tryton::encodeDateTime(cursor_)}},
                json::array{"id", "number", "reference", "effective_date", "write_date",
                            "outgoing_moves"},
                nullptr, json::array{json::array{"write_date", "ASC"}, json::array{"id", "ASC"}})),
        "shipment.search_read");
    if (auto *error = std::get_if<CallError>(&shipments))
        return fail(*error);

    TimePoint newest = cursor_;
    std::vector<Event> events;
    for (const auto &shipment : std::get<std::vector<json::object>>(shipments)) {
        TimePoint writeDate{};
        if (const auto *value = shipment.if_contains("write_date"))
            if (auto at = tryton::decodeDateTime(*value))
                writeDate = *at;
        newest = std::max(newest, writeDate);
        auto moves = rows(tryton.call("model.stock.move.read",
                                      json::array{idArray(ids(shipment, "outgoing_moves")),
                                                  json::array{"product", "quantity", "origin"}}),
                          "move.read");
        if (auto *error = std::get_if<CallError>(&moves))
            return fail(*error);
        std::vector<std::int64_t> productIds;
        std::vector<std::int64_t> saleLineIds;
        for (const auto &move : std::get<std::vector<json::object>>(moves)) {
            if (auto product = id(move, "product"))
                productIds.push_back(*product);
            const auto origin = text(move, "origin"); // "sale.line,12"
            if (origin.starts_with("sale.line,"))
                saleLineIds.push_back(std::stoll(origin.substr(10)));
        }
        auto products = rows(tryton.call("model.product.product.read",
                                         json::array{idArray(productIds), json::array{"code"}}),
                             "product.read");
        if (auto *error = std::get_if<CallError>(&products))
            return fail(*error);
        std::map<std::int64_t, std::string> codes;
        for (const auto &row : std::get<std::vector<json::object>>(products))
            codes[id(row, "id").value_or(0)] = text(row, "code");

        std::string orderNumber;
        if (!saleLineIds.empty()) {
            auto saleLines =
                rows(tryton.call("model.sale.line.read",
                                 json::array{idArray({saleLineIds.front()}), json::array{"sale"}}),
                     "sale.line.read");
            if (auto *error = std::get_if<CallError>(&saleLines))
                return fail(*error);
            const auto &lines = std::get<std::vector<json::object>>(saleLines);
            if (auto saleId = lines.empty() ? std::nullopt : id(lines.front(), "sale")) {
                auto sales = rows(tryton.call("model.sale.sale.read",
                                              json::array{json::array{*saleId},
                                                          json::array{"reference", "number"}}),
                                  "sale.read");
                if (auto *error = std::get_if<CallError>(&sales))
                    return fail(*error);
                if (const auto &list = std::get<std::vector<json::object>>(sales); !list.empty())
                    orderNumber = text(list.front(), "reference");
            }
        }
        if (orderNumber.empty())
            continue; // not a storefront order: nothing to tell a storefront

        model::Shipment canonical;
        canonical.shipmentId = text(shipment, "number");
        canonical.orderNumber = orderNumber;
        canonical.trackingNumber = text(shipment, "reference");
        if (canonical.trackingNumber.empty())
            canonical.trackingNumber = canonical.shipmentId;
        canonical.fromLocation = options_.location;
        std::map<std::string, std::int64_t> quantities;
        for (const auto &move : std::get<std::vector<json::object>>(moves)) {
            const auto code = codes[id(move, "product").value_or(0)];
            if (!code.empty())
                quantities[code] +=
                    roundQuantity(move.contains("quantity") ? move.at("quantity") : json::value());
        }
        for (const auto &[sku, quantity] : quantities)
            canonical.lines.push_back({sku, quantity});
        if (const auto *effective = shipment.if_contains("effective_date"))
            if (auto date = tryton::decodeDate(*effective))
                canonical.shippedAt = std::chrono::sys_days{std::chrono::year_month_day{
                    std::chrono::year(date->year),
                    std::chrono::month(static_cast<unsigned>(date->month)),
                    std::chrono::day(static_cast<unsigned>(date->day))}};

        Event event;
        event.sourceSystem = "tryton";
        event.connection = options_.connection;
        event.domain = Domain::Fulfilment;
        event.type = "shipment.created";
        event.occurredAt = writeDate;
        event.correlationId = orderNumber;
        event.entityKey = "shipment:" + canonical.shipmentId + "/" + orderNumber;
        // A shipment is done once: its id names the fact.
        event.idempotencyKey = "tryton:" + tryton.connection().database +
                               ":shipment.out:" + std::to_string(id(shipment, "id").value_or(0));
        event.payload = syncline::serialize(json::value_from(canonical));
        events.push_back(std::move(event));
    }
    if (auto error = ingestAll(sink_, std::move(events), report))
        return fail(*error);
    cursor_ = newest;
    report.cursor = cursor_;
    return report;
}

} // namespace syncline::connectors
