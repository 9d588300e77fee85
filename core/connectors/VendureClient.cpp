#include "connectors/VendureClient.h"

#include "model/Json.h"
#include "util/Time.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdint>

namespace json = boost::json;

namespace syncline::connectors {
namespace vendure {

namespace {

const json::value *member(const json::object &object, std::string_view key)
{
    const auto *value = object.if_contains(key);
    return value && !value->is_null() ? value : nullptr;
}

std::string text(const json::object &object, std::string_view key)
{
    const auto *value = member(object, key);
    if (!value)
        return {};
    if (value->is_string())
        return std::string(value->get_string());
    if (value->is_int64())
        return std::to_string(value->get_int64());
    return {};
}

// Vendure's numbers are GraphQL Ints. A server (or a proxy) sending 1e300 or 2^64 gets a
// MappingError naming the field: converting such a double to int64 would be undefined.
std::int64_t integer(const json::object &object, std::string_view key, std::string_view path)
{
    const auto *value = member(object, key);
    const std::string field = std::string(path) + "." + std::string(key);
    if (!value)
        throw MappingError(field + " is required");
    if (const auto whole = model::exactInt64(*value))
        return *whole;
    if (value->is_uint64() || (value->is_double() && !model::fitsInt64(value->get_double())))
        throw MappingError(field + " is out of range: " + json::serialize(*value));
    if (value->is_double())
        throw MappingError(field + " must be a whole number, not " + json::serialize(*value));
    throw MappingError(field + " must be a number");
}

// Amounts are limited to what a Decimal holds as whole units (about 9.2e14), so that
// fromMinorUnits and the sums and differences of two amounts cannot overflow.
constexpr std::int64_t LargestAmount = INT64_MAX / Decimal::Scale;

std::int64_t minorUnits(const json::object &object, std::string_view key, std::string_view path)
{
    const std::int64_t minor = integer(object, key, path);
    if (!Decimal::fromIntegerChecked(minor))
        throw MappingError(std::string(path) + "." + std::string(key) +
                           " is out of range: " + std::to_string(minor));
    return minor;
}

Decimal amount(const json::object &object, std::string_view key, std::string_view path)
{
    return fromMinorUnits(minorUnits(object, key, path));
}

const json::object &objectAt(const json::object &object, std::string_view key,
                             std::string_view path)
{
    const auto *value = member(object, key);
    if (!value || !value->is_object())
        throw MappingError(std::string(path) + "." + std::string(key) + " is required");
    return value->get_object();
}

} // namespace

Reply parseReply(const client::HttpResponse &response)
{
    Reply reply;
    if (auto failure = classifyHttpFailure(response, "Vendure")) {
        reply.error = std::move(failure);
        return reply;
    }
    json::value body;
    try {
        body = parseJson(response.body);
    } catch (const MappingError &error) {
        reply.error = CallError{ErrorClass::Transient,
                                std::string("Vendure answered with invalid JSON: ") + error.what(),
                                std::nullopt};
        return reply;
    }
    const auto *object = body.if_object();
    if (!object) {
        reply.error = CallError{ErrorClass::Transient, "Vendure answered without a GraphQL result",
                                std::nullopt};
        return reply;
    }
    if (const auto *errors = member(*object, "errors");
        errors && errors->is_array() && !errors->get_array().empty()) {
        const auto &first = errors->get_array().front();
        std::string message = "Vendure error";
        std::string code;
        if (first.is_object()) {
            if (auto m = text(first.get_object(), "message"); !m.empty())
                message = "Vendure: " + m;
            if (const auto *extensions = member(first.get_object(), "extensions");
                extensions && extensions->is_object())
                code = text(extensions->get_object(), "code");
        }
        if (!code.empty())
            message += " (" + code + ")";
        ErrorClass errorClass = ErrorClass::Data;
        if (code == "FORBIDDEN" || code == "UNAUTHORIZED")
            errorClass = ErrorClass::Auth;
        else if (code == "INTERNAL_SERVER_ERROR")
            errorClass = ErrorClass::Transient;
        reply.error = CallError{errorClass, message, std::nullopt};
        return reply;
    }
    if (const auto *data = member(*object, "data"))
        reply.data = *data;
    else
        reply.error = CallError{ErrorClass::Transient,
                                "Vendure answered with neither data nor errors", std::nullopt};
    return reply;
}

std::optional<CallError> errorResultOf(const json::value &node, std::string_view operation)
{
    const auto *object = node.if_object();
    if (!object)
        return std::nullopt;
    const auto code = text(*object, "errorCode");
    if (code.empty())
        return std::nullopt;
    std::string message = "Vendure " + std::string(operation) + ": " + code;
    if (auto detail = text(*object, "message"); !detail.empty())
        message += " (" + detail + ")";
    return CallError{ErrorClass::Data, message, std::nullopt};
}

const char *const OrderFields =
    "id code state active orderPlacedAt currencyCode subTotalWithTax subTotal shippingWithTax "
    "totalWithTax total "
    "customer { id emailAddress firstName lastName } "
    "shippingAddress { fullName company streetLine1 streetLine2 city province postalCode "
    "countryCode phoneNumber } "
    "billingAddress { fullName company streetLine1 streetLine2 city province postalCode "
    "countryCode phoneNumber } "
    "lines { id quantity unitPriceWithTax unitPrice productVariant { sku } } "
    "payments { method amount state }";

Decimal fromMinorUnits(std::int64_t minor)
{
    return Decimal::fromUnits(minor * (Decimal::Scale / 100));
}

model::Order orderFromVendure(const json::object &o)
{
    model::Order order;
    order.orderNumber = text(o, "code");
    if (order.orderNumber.empty())
        throw MappingError("order.code is required");
    order.storefrontOrderId = text(o, "id");
    order.channel = "vendure";
    order.currency = text(o, "currencyCode");
    if (const auto *customer = member(o, "customer"); customer && customer->is_object()) {
        const auto &c = customer->get_object();
        order.customer.id = text(c, "id");
        order.customer.email = text(c, "emailAddress");
        const auto first = text(c, "firstName");
        const auto last = text(c, "lastName");
        order.customer.name = first.empty() ? last : last.empty() ? first : first + " " + last;
    }
    auto address = [&](std::string_view key) {
        model::Address a;
        if (const auto *value = member(o, key); value && value->is_object()) {
            const auto &v = value->get_object();
            a.name = text(v, "fullName");
            a.company = text(v, "company");
            a.line1 = text(v, "streetLine1");
            a.line2 = text(v, "streetLine2");
            a.city = text(v, "city");
            a.region = text(v, "province");
            a.postalCode = text(v, "postalCode");
            a.country = text(v, "countryCode");
            a.phone = text(v, "phoneNumber");
        }
        return a;
    };
    order.shippingAddress = address("shippingAddress");
    order.billingAddress = address("billingAddress");
    if (order.billingAddress.line1.empty())
        order.billingAddress = order.shippingAddress;

    const auto *lines = member(o, "lines");
    if (!lines || !lines->is_array())
        throw MappingError("order.lines is required");
    std::size_t index = 0;
    for (const auto &value : lines->get_array()) {
        const std::string path = "order.lines[" + std::to_string(index++) + "]";
        if (!value.is_object())
            throw MappingError(path + " must be an object");
        const auto &l = value.get_object();
        model::OrderLine line;
        line.lineId = text(l, "id");
        line.sku = text(objectAt(l, "productVariant", path), "sku");
        if (line.sku.empty())
            throw MappingError(path + ".productVariant.sku is required");
        line.quantity = integer(l, "quantity", path);
        line.unitPrice = amount(l, "unitPriceWithTax", path);
        if (member(l, "unitPrice"))
            line.tax = line.unitPrice - amount(l, "unitPrice", path);
        order.lines.push_back(std::move(line));
    }
    if (member(o, "subTotalWithTax"))
        order.subtotal = amount(o, "subTotalWithTax", "order");
    if (member(o, "shippingWithTax"))
        order.shippingTotal = amount(o, "shippingWithTax", "order");
    order.total = amount(o, "totalWithTax", "order");
    if (member(o, "total"))
        order.taxTotal = order.total - amount(o, "total", "order");

    std::int64_t settled = 0;
    bool authorized = false;
    bool pending = false;
    bool refunded = false;
    if (const auto *payments = member(o, "payments"); payments && payments->is_array()) {
        for (const auto &value : payments->get_array()) {
            if (!value.is_object())
                continue;
            const auto state = text(value.get_object(), "state");
            // Kept within twice the largest amount: still above any total, and never overflowing
            // however many payments there are.
            if (state == "Settled" && member(value.get_object(), "amount"))
                settled = std::clamp(settled + minorUnits(value.get_object(), "amount", "payment"),
                                     -2 * LargestAmount, 2 * LargestAmount);
            else if (state == "Authorized")
                authorized = true;
            else if (state == "Created")
                pending = true;
            else if (state == "Refunded")
                refunded = true;
        }
    }
    const auto total = minorUnits(o, "totalWithTax", "order");
    if (settled > 0)
        order.paymentState =
            settled >= total ? model::PaymentState::Paid : model::PaymentState::PartiallyPaid;
    else if (authorized)
        order.paymentState = model::PaymentState::Authorized;
    else if (refunded)
        order.paymentState = model::PaymentState::Refunded;
    else if (pending)
        order.paymentState = model::PaymentState::Pending;
    if (const auto placed = text(o, "orderPlacedAt"); !placed.empty())
        order.placedAt = parseIso8601(placed);
    order.cancelled = text(o, "state") == "Cancelled";
    return order;
}

} // namespace vendure

VendureClient::VendureClient(BlockingTransport transport, VendureConnection connection)
    : transport_(std::move(transport))
    , connection_(std::move(connection))
{}

vendure::Reply VendureClient::query(std::string_view document, json::object variables)
{
    client::HttpRequest request;
    request.method = "POST";
    std::string base = connection_.baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    request.url = base + "/" + connection_.adminApiPath;
    request.headers["Content-Type"] = "application/json";
    request.headers["Accept"] = "application/json";
    request.headers[connection_.apiKeyHeader] = connection_.apiKey;
    if (!connection_.channelToken.empty())
        request.headers["vendure-token"] = connection_.channelToken;
    request.body =
        syncline::serialize(json::object{{"query", document}, {"variables", std::move(variables)}});
    return vendure::parseReply(transport_(std::move(request)));
}

} // namespace syncline::connectors
