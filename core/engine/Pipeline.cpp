#include "engine/Pipeline.h"

#include "model/Json.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace syncline {

namespace {

template <typename T>
json::value normalise(const json::value &payload)
{
    return json::value_from(json::value_to<T>(payload));
}

// The ERP's credit answer for an account: {"account": "ACME", "available": "1200.00"}.
json::value normaliseCredit(const json::value &payload)
{
    const auto *o = payload.if_object();
    const json::value *account = o ? o->if_contains("account") : nullptr;
    const json::value *available = o ? o->if_contains("available") : nullptr;
    if (!account || !account->is_string() || account->get_string().empty())
        throw MappingError("credit.account is required");
    if (!available || !available->is_string() || !Decimal::parse(available->get_string()))
        throw MappingError("credit.available is required: a decimal as a string");
    return json::object{{"account", *account},
                        {"available", Decimal::parse(available->get_string())->toString()}};
}

// Map: the payload must be the canonical shape of its domain. Normalising (read, then write
// back) drops unknown fields and fills defaults, so later stages and targets see one shape.
json::value mapPayload(const Event &event, const json::value &payload)
{
    const std::string_view type = event.type;
    switch (event.domain) {
    case Domain::Product:
        return normalise<model::Product>(payload);
    case Domain::Inventory:
        return normalise<model::InventoryLevel>(payload);
    case Domain::Pricing:
        if (type.starts_with("credit"))
            return normaliseCredit(payload);
        if (type.starts_with("contract"))
            return normalise<model::CustomerContract>(payload);
        return normalise<model::PriceList>(payload);
    case Domain::Order:
        return normalise<model::Order>(payload);
    case Domain::Fulfilment:
        if (type.starts_with("invoice") || type.starts_with("credit"))
            return normalise<model::Invoice>(payload);
        if (type.starts_with("return"))
            return normalise<model::ReturnCredit>(payload);
        return normalise<model::Shipment>(payload);
    }
    throw MappingError("unknown domain");
}

// The checks every record of a domain must pass whatever the connection; business rules
// (holds, prices, credit) are added with addValidator.
std::optional<std::string> basicChecks(const Event &event, const json::value &canonical)
{
    const auto &o = canonical.as_object();
    auto integer = [&o](std::string_view key) {
        const auto *v = o.if_contains(key);
        return v && v->is_int64() ? v->get_int64() : 0;
    };
    switch (event.domain) {
    case Domain::Inventory:
        if (integer("on_hand") < 0)
            return "on hand quantity is negative (" + std::to_string(integer("on_hand")) + ")";
        if (integer("reserved") < 0)
            return "reserved quantity is negative (" + std::to_string(integer("reserved")) + ")";
        break;
    case Domain::Order: {
        const auto &lines = o.at("lines").as_array();
        if (lines.empty() && !o.at("cancelled").as_bool())
            return std::string("the order has no lines");
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto &line = lines[i].as_object();
            if (line.at("sku").as_string().empty())
                return "line " + std::to_string(i + 1) + " has no SKU";
            if (line.at("quantity").as_int64() <= 0)
                return "line " + std::to_string(i + 1) + " has a quantity below 1";
        }
        break;
    }
    case Domain::Fulfilment:
        if (const auto *lines = o.if_contains("lines"); lines && lines->is_array())
            for (const auto &line : lines->as_array())
                if (const auto *q = line.as_object().if_contains("quantity");
                    q && q->is_int64() && q->get_int64() < 0)
                    return std::string("a line has a negative quantity");
        break;
    case Domain::Product:
    case Domain::Pricing:
        break;
    }
    return std::nullopt;
}

} // namespace

Pipeline::Pipeline() = default;

void Pipeline::addValidator(Domain domain, Validator validator)
{
    std::lock_guard lock(mutex_);
    validators_.emplace(domain, std::move(validator));
}

void Pipeline::addRoute(Route route)
{
    std::lock_guard lock(mutex_);
    routes_.push_back(std::move(route));
}

void Pipeline::setKnownTargets(std::set<std::string> targets)
{
    std::lock_guard lock(mutex_);
    knownTargets_ = std::move(targets);
}

bool Pipeline::routesTo(const std::string &connection, Domain domain,
                        const std::string &target) const
{
    std::lock_guard lock(mutex_);
    return std::any_of(routes_.begin(), routes_.end(), [&](const Route &route) {
        return route.domain == domain && route.target == target &&
               (route.fromConnection.empty() || route.fromConnection == connection);
    });
}

PipelineResult Pipeline::process(const Event &event, Stage from) const
{
    PipelineResult result;
    auto failAt = [&result](Stage stage, std::string message,
                            ErrorClass errorClass = ErrorClass::Data) {
        result.failure = StageFailure{stage, errorClass, std::move(message)};
        return result;
    };

    // Ingest stage: the payload must be well-formed JSON.
    json::value payload;
    try {
        payload = parseJson(event.payload);
    } catch (const MappingError &error) {
        return failAt(Stage::Ingest, error.what());
    }

    json::value canonical;
    try {
        canonical = mapPayload(event, payload);
    } catch (const MappingError &error) {
        return failAt(Stage::Map, error.what());
    } catch (const std::exception &error) {
        return failAt(Stage::Map, std::string("cannot map the payload: ") + error.what());
    }
    result.canonicalPayload = json::serialize(canonical);

    std::lock_guard lock(mutex_);
    if (from <= Stage::Validate) {
        if (auto problem = basicChecks(event, canonical))
            return failAt(Stage::Validate, *problem);
        const auto [first, last] = validators_.equal_range(event.domain);
        for (auto it = first; it != last; ++it)
            if (auto problem = it->second(event, canonical))
                return failAt(Stage::Validate, *problem);
    }

    for (const Route &route : routes_) {
        if (route.domain != event.domain ||
            (!route.fromConnection.empty() && route.fromConnection != event.connection) ||
            (!route.typePrefix.empty() && !event.type.starts_with(route.typePrefix)))
            continue;
        if (!knownTargets_.contains(route.target))
            return failAt(Stage::Route, "no target named \"" + route.target + "\" is configured");
        result.targets.push_back(route.target);
    }
    return result;
}

} // namespace syncline
