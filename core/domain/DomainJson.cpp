#include "domain/DomainJson.h"

#include "model/Json.h"
#include "util/Time.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline::domain {

namespace {

// Field access that names the field on failure.
class Fields {
public:
    Fields(const json::value &value, std::string what)
        : what_(std::move(what))
    {
        if (!value.is_object())
            throw MappingError(what_ + ": expected a JSON object");
        object_ = &value.get_object();
    }

    const json::value *find(std::string_view key) const
    {
        const auto *v = object_->if_contains(key);
        return v && !v->is_null() ? v : nullptr;
    }

    std::string text(std::string_view key, bool required = false) const
    {
        const auto *v = find(key);
        if (!v) {
            if (required)
                throw MappingError(where(key) + " is required");
            return {};
        }
        if (!v->is_string())
            throw MappingError(where(key) + " must be a string");
        return std::string(v->get_string());
    }

    std::int64_t integer(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return 0;
        if (!v->is_int64())
            throw MappingError(where(key) + " must be an integer");
        return v->get_int64();
    }

    std::optional<TimePoint> time(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return std::nullopt;
        if (v->is_string())
            if (const auto t = parseIso8601(v->get_string()))
                return t;
        throw MappingError(where(key) + " must be an ISO 8601 time");
    }

    TimePoint requiredTime(std::string_view key) const
    {
        if (const auto t = time(key))
            return *t;
        throw MappingError(where(key) + " is required");
    }

    Decimal decimal(std::string_view key) const
    {
        const std::string value = text(key);
        if (value.empty())
            return {};
        if (const auto parsed = Decimal::parse(value))
            return *parsed;
        throw MappingError(where(key) + " must be a decimal string such as \"19.90\"");
    }

    template <typename T>
    std::vector<T> list(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return {};
        if (!v->is_array())
            throw MappingError(where(key) + " must be an array");
        std::vector<T> out;
        for (const auto &item : v->get_array())
            out.push_back(json::value_to<T>(item));
        return out;
    }

    std::vector<std::string> strings(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return {};
        if (!v->is_array())
            throw MappingError(where(key) + " must be an array");
        std::vector<std::string> out;
        for (const auto &item : v->get_array()) {
            if (!item.is_string())
                throw MappingError(where(key) + " must hold strings");
            out.emplace_back(item.get_string());
        }
        return out;
    }

    std::string where(std::string_view key) const { return what_ + "." + std::string(key); }

private:
    const json::object *object_ = nullptr;
    std::string what_;
};

json::array stringArray(const std::vector<std::string> &items)
{
    json::array out;
    for (const auto &item : items)
        out.emplace_back(item);
    return out;
}

template <typename T>
json::array valueArray(const std::vector<T> &items)
{
    json::array out;
    for (const auto &item : items)
        out.push_back(json::value_from(item));
    return out;
}

} // namespace

void tag_invoke(const json::value_from_tag &, json::value &out, const Transition &v)
{
    out = json::object{{"from", toString(v.from)},
                       {"to", toString(v.to)},
                       {"at", formatIso8601(v.at)},
                       {"actor", v.actor},
                       {"cause", v.cause}};
}

Transition tag_invoke(const json::value_to_tag<Transition> &, const json::value &in)
{
    const Fields f(in, "transition");
    const auto state = [&](std::string_view key) {
        if (const auto parsed = orderStateFromString(f.text(key, true)))
            return *parsed;
        throw MappingError(f.where(key) + " is not an order state");
    };
    return Transition{state("from"), state("to"), f.requiredTime("at"), f.text("actor"),
                      f.text("cause")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const HoldNote &v)
{
    out = json::object{{"at", formatIso8601(v.at)}, {"author", v.author}, {"text", v.text}};
}

HoldNote tag_invoke(const json::value_to_tag<HoldNote> &, const json::value &in)
{
    const Fields f(in, "note");
    return HoldNote{f.requiredTime("at"), f.text("author"), f.text("text")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Hold &v)
{
    json::object o{{"id", v.id},
                   {"order_number", v.orderNumber},
                   {"channel", v.channel},
                   {"reason_code", v.reasonCode},
                   {"message", v.message},
                   {"suggested_fix", v.suggestedFix},
                   {"subjects", stringArray(v.subjects)},
                   {"owner", v.owner},
                   {"created_at", formatIso8601(v.createdAt)},
                   {"due_at", formatIso8601(v.dueAt)},
                   {"notes", valueArray(v.notes)},
                   {"status", toString(v.status)},
                   {"resolution", v.resolution}};
    if (v.snoozedUntil)
        o["snoozed_until"] = formatIso8601(*v.snoozedUntil);
    if (v.closedAt)
        o["closed_at"] = formatIso8601(*v.closedAt);
    out = std::move(o);
}

Hold tag_invoke(const json::value_to_tag<Hold> &, const json::value &in)
{
    const Fields f(in, "hold");
    Hold h;
    h.id = f.text("id", true);
    h.orderNumber = f.text("order_number", true);
    h.channel = f.text("channel");
    h.reasonCode = f.text("reason_code", true);
    h.message = f.text("message");
    h.suggestedFix = f.text("suggested_fix");
    h.subjects = f.strings("subjects");
    h.owner = f.text("owner");
    h.createdAt = f.requiredTime("created_at");
    h.dueAt = f.requiredTime("due_at");
    h.notes = f.list<HoldNote>("notes");
    const auto status = holdStatusFromString(f.text("status", true));
    if (!status)
        throw MappingError(f.where("status") + " is not a hold status");
    h.status = *status;
    h.snoozedUntil = f.time("snoozed_until");
    h.resolution = f.text("resolution");
    h.closedAt = f.time("closed_at");
    return h;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const LineProgress &v)
{
    out = json::object{{"line_id", v.lineId},
                       {"sku", v.sku},
                       {"ordered", v.ordered},
                       {"shipped", v.shipped},
                       {"returned", v.returned}};
}

LineProgress tag_invoke(const json::value_to_tag<LineProgress> &, const json::value &in)
{
    const Fields f(in, "line");
    return LineProgress{f.text("line_id"), f.text("sku", true), f.integer("ordered"),
                        f.integer("shipped"), f.integer("returned")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const OrderFulfilment &v)
{
    json::object o{{"order_number", v.orderNumber},
                   {"lines", valueArray(v.lines)},
                   {"shipment_ids", stringArray(v.shipmentIds)},
                   {"return_ids", stringArray(v.returnIds)},
                   {"invoice_status", model::toString(v.invoiceStatus)},
                   {"credit_notes", stringArray(v.creditNotes)},
                   {"credited", v.credited.toString()}};
    if (v.invoiceNumber)
        o["invoice_number"] = *v.invoiceNumber;
    out = std::move(o);
}

OrderFulfilment tag_invoke(const json::value_to_tag<OrderFulfilment> &, const json::value &in)
{
    const Fields f(in, "fulfilment");
    OrderFulfilment o;
    o.orderNumber = f.text("order_number", true);
    o.lines = f.list<LineProgress>("lines");
    o.shipmentIds = f.strings("shipment_ids");
    o.returnIds = f.strings("return_ids");
    if (const std::string number = f.text("invoice_number"); !number.empty())
        o.invoiceNumber = number;
    o.invoiceStatus = model::invoiceStatusFromString(f.text("invoice_status"));
    o.creditNotes = f.strings("credit_notes");
    o.credited = f.decimal("credited");
    return o;
}

} // namespace syncline::domain
