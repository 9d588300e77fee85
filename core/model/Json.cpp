#include "model/Json.h"

#include "util/Time.h"
#include "util/Uuid.h"

#include <cmath>

namespace json = boost::json;

namespace syncline {

namespace {

// Field access that reports the field's name on failure.
class Reader {
public:
    Reader(const json::value &value, std::string_view what)
        : what_(what)
    {
        if (!value.is_object())
            throw MappingError(std::string(what) + ": expected a JSON object");
        object_ = &value.get_object();
    }

    const json::value *find(std::string_view key) const
    {
        const auto *v = object_->if_contains(key);
        return v && !v->is_null() ? v : nullptr;
    }

    std::string string(std::string_view key, bool required = false) const
    {
        const auto *v = find(key);
        if (!v) {
            if (required)
                throw MappingError(where(key) + " is required");
            return {};
        }
        if (v->is_string())
            return std::string(v->get_string());
        // Ids are read exactly: an integer id stays an integer, never a double.
        if (v->is_int64())
            return std::to_string(v->get_int64());
        if (v->is_uint64())
            return std::to_string(v->get_uint64());
        throw MappingError(where(key) + " must be a string");
    }

    std::int64_t integer(std::string_view key, std::int64_t fallback = 0) const
    {
        const auto *v = find(key);
        if (!v)
            return fallback;
        if (const auto whole = model::exactInt64(*v))
            return *whole;
        if (v->is_string()) {
            const auto parsed = Decimal::parse(v->get_string());
            if (parsed && parsed->units() % Decimal::Scale == 0)
                return parsed->units() / Decimal::Scale;
        }
        throw MappingError(where(key) + " must be an integer");
    }

    std::optional<std::int64_t> optionalInteger(std::string_view key) const
    {
        if (!find(key))
            return std::nullopt;
        return integer(key);
    }

    Decimal decimal(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return {};
        if (v->is_string()) {
            if (const auto parsed = Decimal::parse(v->get_string()))
                return *parsed;
        } else if (v->is_int64()) {
            if (const auto whole = Decimal::fromIntegerChecked(v->get_int64()))
                return *whole;
            throw MappingError(where(key) + " is out of range");
        }
        throw MappingError(where(key) + " must be a decimal string such as \"19.90\"");
    }

    std::optional<Decimal> optionalDecimal(std::string_view key) const
    {
        if (!find(key))
            return std::nullopt;
        return decimal(key);
    }

    bool boolean(std::string_view key, bool fallback = false) const
    {
        const auto *v = find(key);
        if (!v)
            return fallback;
        if (!v->is_bool())
            throw MappingError(where(key) + " must be true or false");
        return v->get_bool();
    }

    std::optional<TimePoint> time(std::string_view key) const
    {
        const auto *v = find(key);
        if (!v)
            return std::nullopt;
        if (v->is_string()) {
            if (const auto t = parseIso8601(v->get_string()))
                return t;
        } else if (v->is_int64()) {
            return fromEpochMs(v->get_int64());
        }
        throw MappingError(where(key) + " must be an ISO 8601 time");
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
        out.reserve(v->get_array().size());
        for (const auto &item : v->get_array())
            out.push_back(json::value_to<T>(item));
        return out;
    }

    template <typename T>
    T object(std::string_view key) const
    {
        const auto *v = find(key);
        return v ? json::value_to<T>(*v) : T{};
    }

private:
    std::string where(std::string_view key) const
    {
        return std::string(what_) + "." + std::string(key);
    }

    const json::object *object_ = nullptr;
    std::string_view what_;
};

void putTime(json::object &o, std::string_view key, const std::optional<TimePoint> &t)
{
    if (t)
        o[key] = formatIso8601(*t);
}

void putDecimal(json::object &o, std::string_view key, const std::optional<Decimal> &d)
{
    if (d)
        o[key] = d->toString();
}

template <typename T>
json::array toArray(const std::vector<T> &items)
{
    json::array out;
    out.reserve(items.size());
    for (const auto &item : items)
        out.push_back(json::value_from(item));
    return out;
}

} // namespace

namespace model {

bool fitsInt64(double value)
{
    return value >= -0x1p63 && value < 0x1p63;
}

std::optional<std::int64_t> exactInt64(const json::value &value)
{
    if (value.is_int64())
        return value.get_int64();
    if (value.is_uint64() && value.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(value.get_uint64());
    if (value.is_double() && fitsInt64(value.get_double()) &&
        value.get_double() == std::trunc(value.get_double()))
        return static_cast<std::int64_t>(value.get_double());
    return std::nullopt;
}

std::string_view toString(PaymentState value)
{
    switch (value) {
    case PaymentState::Pending:
        return "pending";
    case PaymentState::Authorized:
        return "authorized";
    case PaymentState::Paid:
        return "paid";
    case PaymentState::PartiallyPaid:
        return "partially_paid";
    case PaymentState::Refunded:
        return "refunded";
    case PaymentState::Voided:
        return "voided";
    case PaymentState::Unknown:
        break;
    }
    return "unknown";
}

PaymentState paymentStateFromString(std::string_view text)
{
    for (auto state : {PaymentState::Pending, PaymentState::Authorized, PaymentState::Paid,
                       PaymentState::PartiallyPaid, PaymentState::Refunded, PaymentState::Voided})
        if (toString(state) == text)
            return state;
    return PaymentState::Unknown;
}

std::string_view toString(InvoiceStatus value)
{
    switch (value) {
    case InvoiceStatus::Draft:
        return "draft";
    case InvoiceStatus::Issued:
        return "issued";
    case InvoiceStatus::Paid:
        return "paid";
    case InvoiceStatus::Cancelled:
        return "cancelled";
    }
    return "issued";
}

InvoiceStatus invoiceStatusFromString(std::string_view text)
{
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::Paid,
                        InvoiceStatus::Cancelled})
        if (toString(status) == text)
            return status;
    return InvoiceStatus::Issued;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Product &v)
{
    json::object o{{"sku", v.sku}, {"name", v.name}, {"unit", v.unit}};
    if (v.weightGrams)
        o["weight_grams"] = *v.weightGrams;
    putDecimal(o, "base_price", v.basePrice);
    if (!v.currency.empty())
        o["currency"] = v.currency;
    if (!v.description.empty())
        o["description"] = v.description;
    if (!v.images.empty())
        o["images"] = json::value_from(v.images);
    if (!v.seoTitle.empty())
        o["seo_title"] = v.seoTitle;
    if (!v.seoDescription.empty())
        o["seo_description"] = v.seoDescription;
    if (!v.category.empty())
        o["category"] = v.category;
    out = std::move(o);
}

Product tag_invoke(const json::value_to_tag<Product> &, const json::value &in)
{
    const Reader r(in, "product");
    Product p;
    p.sku = r.string("sku", true);
    p.name = r.string("name");
    if (auto unit = r.string("unit"); !unit.empty())
        p.unit = std::move(unit);
    p.weightGrams = r.optionalInteger("weight_grams");
    p.basePrice = r.optionalDecimal("base_price");
    p.currency = r.string("currency");
    p.description = r.string("description");
    p.images = r.list<std::string>("images");
    p.seoTitle = r.string("seo_title");
    p.seoDescription = r.string("seo_description");
    p.category = r.string("category");
    return p;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const InventoryLevel &v)
{
    out = json::object{{"sku", v.sku},
                       {"location", v.location},
                       {"on_hand", v.onHand},
                       {"reserved", v.reserved},
                       {"available", v.available},
                       {"as_of", formatIso8601(v.asOf)},
                       {"source_sequence", v.sourceSequence}};
}

InventoryLevel tag_invoke(const json::value_to_tag<InventoryLevel> &, const json::value &in)
{
    const Reader r(in, "inventory");
    InventoryLevel l;
    l.sku = r.string("sku", true);
    l.location = r.string("location", true);
    l.onHand = r.integer("on_hand");
    l.reserved = r.integer("reserved");
    l.available = r.find("available") ? r.integer("available") : l.onHand - l.reserved;
    l.asOf = r.time("as_of").value_or(TimePoint{});
    l.sourceSequence = r.integer("source_sequence");
    return l;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const PriceEntry &v)
{
    json::object o{
        {"sku", v.sku}, {"min_quantity", v.minQuantity}, {"unit_price", v.unitPrice.toString()}};
    putTime(o, "valid_from", v.validFrom);
    putTime(o, "valid_to", v.validTo);
    out = std::move(o);
}

PriceEntry tag_invoke(const json::value_to_tag<PriceEntry> &, const json::value &in)
{
    const Reader r(in, "price");
    PriceEntry e;
    e.sku = r.string("sku", true);
    e.minQuantity = r.integer("min_quantity", 1);
    e.unitPrice = r.decimal("unit_price");
    e.validFrom = r.time("valid_from");
    e.validTo = r.time("valid_to");
    return e;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const PriceList &v)
{
    out = json::object{{"id", v.id}, {"currency", v.currency}, {"entries", toArray(v.entries)}};
}

PriceList tag_invoke(const json::value_to_tag<PriceList> &, const json::value &in)
{
    const Reader r(in, "price_list");
    return PriceList{r.string("id", true), r.string("currency"), r.list<PriceEntry>("entries")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const CustomerContract &v)
{
    json::object o{{"contract_id", v.contractId},
                   {"customer_id", v.customerId},
                   {"currency", v.currency},
                   {"entries", toArray(v.entries)}};
    putTime(o, "valid_from", v.validFrom);
    putTime(o, "valid_to", v.validTo);
    out = std::move(o);
}

CustomerContract tag_invoke(const json::value_to_tag<CustomerContract> &, const json::value &in)
{
    const Reader r(in, "contract");
    CustomerContract c;
    c.contractId = r.string("contract_id", true);
    c.customerId = r.string("customer_id", true);
    c.currency = r.string("currency");
    c.validFrom = r.time("valid_from");
    c.validTo = r.time("valid_to");
    c.entries = r.list<PriceEntry>("entries");
    return c;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Address &v)
{
    out = json::object{{"name", v.name},
                       {"company", v.company},
                       {"line1", v.line1},
                       {"line2", v.line2},
                       {"city", v.city},
                       {"region", v.region},
                       {"postal_code", v.postalCode},
                       {"country", v.country},
                       {"phone", v.phone}};
}

Address tag_invoke(const json::value_to_tag<Address> &, const json::value &in)
{
    const Reader r(in, "address");
    return Address{r.string("name"),        r.string("company"), r.string("line1"),
                   r.string("line2"),       r.string("city"),    r.string("region"),
                   r.string("postal_code"), r.string("country"), r.string("phone")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Customer &v)
{
    out = json::object{
        {"id", v.id}, {"email", v.email}, {"name", v.name}, {"account_number", v.accountNumber}};
}

Customer tag_invoke(const json::value_to_tag<Customer> &, const json::value &in)
{
    const Reader r(in, "customer");
    return Customer{r.string("id"), r.string("email"), r.string("name"),
                    r.string("account_number")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const OrderLine &v)
{
    out = json::object{{"line_id", v.lineId},
                       {"sku", v.sku},
                       {"quantity", v.quantity},
                       {"unit_price", v.unitPrice.toString()},
                       {"tax", v.tax.toString()}};
}

OrderLine tag_invoke(const json::value_to_tag<OrderLine> &, const json::value &in)
{
    const Reader r(in, "line");
    return OrderLine{r.string("line_id"), r.string("sku"), r.integer("quantity"),
                     r.decimal("unit_price"), r.decimal("tax")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Order &v)
{
    json::object o{{"order_number", v.orderNumber},
                   {"storefront_order_id", v.storefrontOrderId},
                   {"channel", v.channel},
                   {"customer", json::value_from(v.customer)},
                   {"billing_address", json::value_from(v.billingAddress)},
                   {"shipping_address", json::value_from(v.shippingAddress)},
                   {"lines", toArray(v.lines)},
                   {"currency", v.currency},
                   {"subtotal", v.subtotal.toString()},
                   {"tax_total", v.taxTotal.toString()},
                   {"shipping_total", v.shippingTotal.toString()},
                   {"total", v.total.toString()},
                   {"payment_state", model::toString(v.paymentState)},
                   {"cancelled", v.cancelled}};
    putTime(o, "placed_at", v.placedAt);
    out = std::move(o);
}

Order tag_invoke(const json::value_to_tag<Order> &, const json::value &in)
{
    const Reader r(in, "order");
    Order o;
    o.orderNumber = r.string("order_number", true);
    o.storefrontOrderId = r.string("storefront_order_id");
    o.channel = r.string("channel");
    o.customer = r.object<Customer>("customer");
    o.billingAddress = r.object<Address>("billing_address");
    o.shippingAddress = r.object<Address>("shipping_address");
    o.lines = r.list<OrderLine>("lines");
    o.currency = r.string("currency");
    o.subtotal = r.decimal("subtotal");
    o.taxTotal = r.decimal("tax_total");
    o.shippingTotal = r.decimal("shipping_total");
    o.total = r.decimal("total");
    o.paymentState = paymentStateFromString(r.string("payment_state"));
    o.placedAt = r.time("placed_at");
    o.cancelled = r.boolean("cancelled");
    return o;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const ShipmentLine &v)
{
    out = json::object{{"sku", v.sku}, {"quantity", v.quantity}};
}

ShipmentLine tag_invoke(const json::value_to_tag<ShipmentLine> &, const json::value &in)
{
    const Reader r(in, "shipment_line");
    return ShipmentLine{r.string("sku", true), r.integer("quantity")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Shipment &v)
{
    json::object o{{"shipment_id", v.shipmentId},   {"order_number", v.orderNumber},
                   {"carrier", v.carrier},          {"tracking_number", v.trackingNumber},
                   {"tracking_url", v.trackingUrl}, {"from_location", v.fromLocation},
                   {"lines", toArray(v.lines)}};
    putTime(o, "shipped_at", v.shippedAt);
    out = std::move(o);
}

Shipment tag_invoke(const json::value_to_tag<Shipment> &, const json::value &in)
{
    const Reader r(in, "shipment");
    Shipment s;
    s.shipmentId = r.string("shipment_id", true);
    s.orderNumber = r.string("order_number", true);
    s.carrier = r.string("carrier");
    s.trackingNumber = r.string("tracking_number");
    s.trackingUrl = r.string("tracking_url");
    s.fromLocation = r.string("from_location");
    s.lines = r.list<ShipmentLine>("lines");
    s.shippedAt = r.time("shipped_at");
    return s;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const Invoice &v)
{
    json::object o{{"invoice_number", v.invoiceNumber},
                   {"order_number", v.orderNumber},
                   {"credit_note", v.creditNote},
                   {"status", model::toString(v.status)},
                   {"currency", v.currency},
                   {"total", v.total.toString()},
                   {"tax_total", v.taxTotal.toString()},
                   {"lines", toArray(v.lines)}};
    putTime(o, "issued_at", v.issuedAt);
    out = std::move(o);
}

Invoice tag_invoke(const json::value_to_tag<Invoice> &, const json::value &in)
{
    const Reader r(in, "invoice");
    Invoice i;
    i.invoiceNumber = r.string("invoice_number", true);
    i.orderNumber = r.string("order_number");
    i.creditNote = r.boolean("credit_note");
    i.status = invoiceStatusFromString(r.string("status"));
    i.currency = r.string("currency");
    i.total = r.decimal("total");
    i.taxTotal = r.decimal("tax_total");
    i.lines = r.list<OrderLine>("lines");
    i.issuedAt = r.time("issued_at");
    return i;
}

void tag_invoke(const json::value_from_tag &, json::value &out, const ReturnLine &v)
{
    out = json::object{{"sku", v.sku}, {"quantity", v.quantity}, {"reason", v.reason}};
}

ReturnLine tag_invoke(const json::value_to_tag<ReturnLine> &, const json::value &in)
{
    const Reader r(in, "return_line");
    return ReturnLine{r.string("sku", true), r.integer("quantity"), r.string("reason")};
}

void tag_invoke(const json::value_from_tag &, json::value &out, const ReturnCredit &v)
{
    json::object o{{"return_id", v.returnId},   {"order_number", v.orderNumber},
                   {"lines", toArray(v.lines)}, {"refund_amount", v.refundAmount.toString()},
                   {"currency", v.currency},    {"status", v.status}};
    putTime(o, "created_at", v.createdAt);
    out = std::move(o);
}

ReturnCredit tag_invoke(const json::value_to_tag<ReturnCredit> &, const json::value &in)
{
    const Reader r(in, "return");
    ReturnCredit c;
    c.returnId = r.string("return_id", true);
    c.orderNumber = r.string("order_number", true);
    c.lines = r.list<ReturnLine>("lines");
    c.refundAmount = r.decimal("refund_amount");
    c.currency = r.string("currency");
    c.status = r.string("status");
    c.createdAt = r.time("created_at");
    return c;
}

} // namespace model

void completeEnvelope(Event &event, TimePoint receivedAt)
{
    if (event.eventId.empty())
        event.eventId = newUuid();
    if (event.receivedAt == TimePoint{})
        event.receivedAt = receivedAt;
    if (event.occurredAt == TimePoint{})
        event.occurredAt = event.receivedAt;
    if (event.entityKey.empty())
        event.entityKey = std::string(toString(event.domain)) + ":" + event.correlationId;
    if (event.idempotencyKey.empty())
        event.idempotencyKey = event.sourceSystem + ":" + event.eventId;
}

json::object eventToJson(const Event &event)
{
    json::value payload;
    if (!event.payload.empty()) {
        boost::system::error_code ec;
        payload = json::parse(event.payload, ec);
        if (ec)
            payload = event.payload; // keep unparseable payloads visible as text
    }
    return json::object{{"event_id", event.eventId},
                        {"idempotency_key", event.idempotencyKey},
                        {"source_system", event.sourceSystem},
                        {"connection", event.connection},
                        {"domain", toString(event.domain)},
                        {"type", event.type},
                        {"occurred_at", formatIso8601(event.occurredAt)},
                        {"received_at", formatIso8601(event.receivedAt)},
                        {"correlation_id", event.correlationId},
                        {"entity_key", event.entityKey},
                        {"source_sequence", event.sourceSequence},
                        {"payload", std::move(payload)}};
}

Event eventFromJson(const json::value &value)
{
    const Reader r(value, "event");
    Event e;
    e.eventId = r.string("event_id");
    e.idempotencyKey = r.string("idempotency_key", true);
    e.sourceSystem = r.string("source_system", true);
    e.connection = r.string("connection", true);
    const auto domainText = r.string("domain", true);
    const auto domain = domainFromString(domainText);
    if (!domain)
        throw MappingError("event.domain: unknown domain \"" + domainText + "\"");
    e.domain = *domain;
    e.type = r.string("type", true);
    e.occurredAt = r.time("occurred_at").value_or(TimePoint{});
    e.receivedAt = r.time("received_at").value_or(TimePoint{});
    e.correlationId = r.string("correlation_id", true);
    e.entityKey = r.string("entity_key");
    e.sourceSequence = r.integer("source_sequence");
    if (const auto *payload = r.find("payload"))
        e.payload =
            payload->is_string() ? std::string(payload->get_string()) : json::serialize(*payload);
    return e;
}

json::value parseJson(std::string_view text)
{
    boost::system::error_code ec;
    json::parse_options options;
    options.allow_invalid_utf8 = false;
    json::value value = json::parse(text, ec, {}, options);
    if (ec)
        throw MappingError("invalid JSON: " + ec.message());
    return value;
}

std::string serialize(const json::value &value)
{
    return json::serialize(value);
}

} // namespace syncline
