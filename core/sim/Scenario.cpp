#include "sim/Scenario.h"

#include <boost/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace syncline::sim {

namespace json = boost::json;

namespace {

struct Fields {
    const json::object &object;
    std::string where;

    const json::value *find(std::string_view key) const { return object.if_contains(key); }

    std::string text(std::string_view key, bool required = false) const
    {
        const auto *value = find(key);
        if (!value || value->is_null()) {
            if (required)
                throw ScenarioError(where + "." + std::string(key) + " is required");
            return {};
        }
        if (value->is_string())
            return std::string(value->get_string());
        if (value->is_int64())
            return std::to_string(value->get_int64());
        throw ScenarioError(where + "." + std::string(key) + " must be a string");
    }

    std::int64_t integer(std::string_view key, std::int64_t fallback, bool required = false) const
    {
        const auto *value = find(key);
        if (!value) {
            if (required)
                throw ScenarioError(where + "." + std::string(key) + " is required");
            return fallback;
        }
        if (value->is_int64())
            return value->get_int64();
        if (value->is_uint64())
            return static_cast<std::int64_t>(value->get_uint64());
        throw ScenarioError(where + "." + std::string(key) + " must be an integer");
    }

    double number(std::string_view key, double fallback) const
    {
        const auto *value = find(key);
        if (!value)
            return fallback;
        if (value->is_number())
            return value->to_number<double>();
        throw ScenarioError(where + "." + std::string(key) + " must be a number");
    }

    const json::array *array(std::string_view key) const
    {
        const auto *value = find(key);
        if (!value)
            return nullptr;
        if (!value->is_array())
            throw ScenarioError(where + "." + std::string(key) + " must be an array");
        return &value->get_array();
    }

    const json::object *child(std::string_view key) const
    {
        const auto *value = find(key);
        if (!value || value->is_null())
            return nullptr;
        if (!value->is_object())
            throw ScenarioError(where + "." + std::string(key) + " must be an object");
        return &value->get_object();
    }
};

const json::object &objectAt(const json::value &value, const std::string &where)
{
    if (!value.is_object())
        throw ScenarioError(where + " must be an object");
    return value.get_object();
}

std::vector<StockRow> stockRows(const Fields &f, std::string_view key)
{
    std::vector<StockRow> rows;
    if (const auto *items = f.array(key)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const Fields row{objectAt((*items)[i], f.where + "." + std::string(key) + "[" +
                                                       std::to_string(i) + "]"),
                             f.where + "." + std::string(key) + "[" + std::to_string(i) + "]"};
            rows.push_back(StockRow{row.text("sku", true), row.text("location", true),
                                    row.integer("on_hand", 0, true), row.integer("reserved", 0)});
        }
    }
    return rows;
}

std::vector<OrderLineSpec> lineSpecs(const Fields &f)
{
    std::vector<OrderLineSpec> lines;
    if (const auto *items = f.array("lines")) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const std::string where = f.where + ".lines[" + std::to_string(i) + "]";
            const Fields line{objectAt((*items)[i], where), where};
            lines.push_back(OrderLineSpec{line.text("sku", true), line.integer("quantity", 0, true),
                                          line.text("price")});
        }
    }
    return lines;
}

OrderSpec orderSpec(const Fields &f)
{
    OrderSpec order;
    order.number = f.integer("number", 0, true);
    order.customerId = f.text("customer_id");
    order.email = f.text("email");
    if (f.find("financial_status"))
        order.financialStatus = f.text("financial_status");
    if (f.find("currency"))
        order.currency = f.text("currency");
    if (const auto *address = f.child("shipping_address")) {
        const Fields a{*address, f.where + ".shipping_address"};
        order.shippingAddress =
            AddressSpec{a.text("name"), a.text("address1"),     a.text("city"),
                        a.text("zip"),  a.text("country_code"), a.text("province_code")};
    }
    order.lines = lineSpecs(f);
    return order;
}

Delivery deliveryFromString(const std::string &text, const std::string &where)
{
    if (text.empty() || text == "normal")
        return Delivery::Normal;
    if (text == "duplicate")
        return Delivery::Duplicate;
    if (text == "malformed")
        return Delivery::Malformed;
    if (text == "bad-signature")
        return Delivery::BadSignature;
    throw ScenarioError(where + ".delivery: unknown delivery \"" + text +
                        "\" (normal, duplicate, malformed, bad-signature)");
}

Step parseStep(const json::object &object, const std::string &where)
{
    const Fields f{object, where};
    Step step;
    step.at = f.number("at", 0);
    if (step.at < 0)
        throw ScenarioError(where + ".at must not be negative");
    step.label = f.text("label");
    const auto action = f.text("action", true);
    if (action == "stock-snapshot") {
        step.kind = Step::Kind::StockSnapshot;
        step.stock = stockRows(f, "rows");
        if (step.stock.empty())
            throw ScenarioError(where + ".rows: a stock snapshot needs at least one row");
    } else if (action == "order") {
        step.kind = Step::Kind::Order;
        if (f.find("topic"))
            step.topic = f.text("topic");
        if (f.find("occurred_at"))
            step.occurredAt = f.number("occurred_at", step.at);
        const auto *order = f.child("order");
        if (!order)
            throw ScenarioError(where + ".order is required");
        step.order = orderSpec(Fields{*order, where + ".order"});
        step.delivery = deliveryFromString(f.text("delivery"), where);
    } else if (action == "ship-notice") {
        step.kind = Step::Kind::ShipNotice;
        const Fields s{f.object, where};
        step.shipment = ShipmentSpec{s.text("shipment_id", true), s.text("order", true),
                                     s.text("carrier", true),     s.text("tracking", true),
                                     s.text("location"),          lineSpecs(s)};
        if (step.shipment.lines.empty())
            throw ScenarioError(where + ".lines: a ship notice needs at least one line");
    } else if (action == "invoice") {
        step.kind = Step::Kind::Invoice;
        const auto *invoice = f.child("invoice");
        if (!invoice)
            throw ScenarioError(where + ".invoice is required");
        step.invoice = *invoice;
    } else if (action == "fault") {
        step.kind = Step::Kind::Fault;
        step.fault = parseFault(object);
    } else {
        throw ScenarioError(where + ".action: unknown action \"" + action +
                            "\" (stock-snapshot, order, ship-notice, invoice, fault)");
    }
    return step;
}

std::map<std::string, std::string> stringMap(const Fields &f, std::string_view key)
{
    std::map<std::string, std::string> out;
    if (const auto *object = f.child(key)) {
        const Fields m{*object, f.where + "." + std::string(key)};
        for (const auto &entry : *object)
            out.emplace(std::string(entry.key()), m.text(entry.key(), true));
    }
    return out;
}

} // namespace

std::string_view toString(FaultKind kind)
{
    switch (kind) {
    case FaultKind::ShopOutage:
        return "shop-outage";
    case FaultKind::ShopThrottle:
        return "shop-throttle";
    case FaultKind::ShopSlow:
        return "shop-slow";
    case FaultKind::ErpOutage:
        return "erp-outage";
    case FaultKind::ErpThrottle:
        return "erp-throttle";
    case FaultKind::ErpSlow:
        return "erp-slow";
    case FaultKind::WebhookRefused:
        return "webhook-refused";
    }
    return "unknown";
}

std::optional<FaultKind> faultKindFromString(std::string_view text)
{
    for (auto kind :
         {FaultKind::ShopOutage, FaultKind::ShopThrottle, FaultKind::ShopSlow, FaultKind::ErpOutage,
          FaultKind::ErpThrottle, FaultKind::ErpSlow, FaultKind::WebhookRefused})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

FaultSpec parseFault(const json::object &object)
{
    const Fields f{object, "fault"};
    FaultSpec fault;
    const auto name = f.text("fault", true);
    const auto kind = faultKindFromString(name);
    if (!kind)
        throw ScenarioError("fault: unknown fault \"" + name +
                            "\" (shop-outage, shop-throttle, shop-slow, erp-outage, "
                            "erp-throttle, erp-slow, webhook-refused)");
    fault.kind = *kind;
    fault.count = static_cast<int>(f.integer("count", 0));
    fault.duration =
        std::chrono::milliseconds(static_cast<std::int64_t>(f.number("seconds", 0) * 1000.0));
    fault.delay = std::chrono::milliseconds(f.integer("delay_ms", 0));
    const bool counted = fault.kind == FaultKind::ShopOutage ||
                         fault.kind == FaultKind::ShopThrottle ||
                         fault.kind == FaultKind::WebhookRefused;
    if (counted && fault.count <= 0)
        throw ScenarioError("fault " + name + ": count must be positive");
    if (!counted && fault.duration.count() <= 0)
        throw ScenarioError("fault " + name + ": seconds must be positive");
    if ((fault.kind == FaultKind::ShopSlow || fault.kind == FaultKind::ErpSlow) &&
        fault.delay.count() <= 0)
        throw ScenarioError("fault " + name + ": delay_ms must be positive");
    return fault;
}

Scenario parseScenario(std::string_view text)
{
    boost::system::error_code ec;
    const auto document = json::parse(text, ec);
    if (ec)
        throw ScenarioError("scenario is not JSON: " + ec.message());
    const Fields f{objectAt(document, "scenario"), "scenario"};
    Scenario scenario;
    scenario.name = f.text("name", true);
    if (f.find("shop_domain"))
        scenario.shopDomain = f.text("shop_domain");
    if (f.find("api_version"))
        scenario.apiVersion = f.text("api_version");
    scenario.inventoryItems = stringMap(f, "inventory_items");
    scenario.locations = stringMap(f, "locations");
    scenario.initialStock = stockRows(f, "initial_stock");
    if (const auto *refused = f.array("expected_refused_orders"))
        for (const auto &item : *refused)
            if (item.is_string())
                scenario.expectedRefusedOrders.emplace_back(item.get_string());
    const auto *steps = f.array("steps");
    if (!steps || steps->empty())
        throw ScenarioError("scenario.steps: a scenario needs at least one step");
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const std::string where = "steps[" + std::to_string(i) + "]";
        scenario.steps.push_back(parseStep(objectAt((*steps)[i], where), where));
    }
    std::stable_sort(scenario.steps.begin(), scenario.steps.end(),
                     [](const Step &a, const Step &b) { return a.at < b.at; });
    return scenario;
}

Scenario loadScenario(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ScenarioError("cannot read scenario " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return parseScenario(text.str());
}

} // namespace syncline::sim
