#include "wire/JsonFields.h"

#include "model/Json.h"
#include "util/Time.h"

#include <boost/json.hpp>

#include <cmath>

namespace json = boost::json;

namespace syncline::wire {

namespace {

// Amounts up to this size keep four exact decimals through a double (2^53 / 10^4).
constexpr double MaxExactMoney = 9.0e11;

std::string describe(const json::value &value)
{
    switch (value.kind()) {
    case json::kind::object:
        return "an object";
    case json::kind::array:
        return "an array";
    case json::kind::string:
        return "a string";
    case json::kind::bool_:
        return "a boolean";
    case json::kind::double_:
        return "a fractional number";
    case json::kind::int64:
    case json::kind::uint64:
        return "an integer";
    case json::kind::null:
        return "null";
    }
    return "a value";
}

} // namespace

Fields::Fields(const json::value &value, std::string path)
    : path_(std::move(path))
{
    if (!value.is_object())
        throw MappingError(path_ + " must be a JSON object, not " + describe(value));
    object_ = &value.get_object();
}

std::string Fields::pathOf(std::string_view key) const
{
    return path_ + "." + std::string(key);
}

void Fields::fail(std::string_view key, std::string_view problem) const
{
    throw MappingError(pathOf(key) + " " + std::string(problem));
}

const json::value *Fields::find(std::string_view key) const
{
    const auto *v = object_->if_contains(key);
    return v && !v->is_null() ? v : nullptr;
}

std::string Fields::text(std::string_view key, bool required) const
{
    const auto *v = find(key);
    if (!v) {
        if (required)
            fail(key, "is required");
        return {};
    }
    if (v->is_string())
        return std::string(v->get_string());
    if (v->is_int64())
        return std::to_string(v->get_int64());
    if (v->is_uint64())
        return std::to_string(v->get_uint64());
    fail(key, "must be a string, not " + describe(*v));
}

std::string Fields::id(std::string_view key, bool required) const
{
    const auto *v = find(key);
    if (v && v->is_double())
        fail(key, "must be an exact integer or string id, not a fractional number");
    auto value = text(key, required);
    if (required && value.empty())
        fail(key, "is required");
    return value;
}

std::optional<std::int64_t> Fields::integer(std::string_view key) const
{
    const auto *v = find(key);
    if (!v)
        return std::nullopt;
    if (v->is_int64())
        return v->get_int64();
    if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(v->get_uint64());
    if (v->is_string()) {
        const auto parsed = Decimal::parse(v->get_string());
        if (parsed && parsed->units() % Decimal::Scale == 0)
            return parsed->units() / Decimal::Scale;
    }
    fail(key, "must be an integer, not " + describe(*v));
}

std::int64_t Fields::requiredInteger(std::string_view key) const
{
    const auto value = integer(key);
    if (!value)
        fail(key, "is required");
    return *value;
}

std::optional<Decimal> Fields::money(std::string_view key) const
{
    const auto *v = find(key);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        if (v->get_string().empty())
            return std::nullopt;
        if (const auto parsed = Decimal::parse(v->get_string()))
            return parsed;
        fail(key, "must be a decimal amount such as \"19.90\", not \"" +
                      std::string(v->get_string()) + "\"");
    }
    if (v->is_int64()) {
        if (const auto whole = Decimal::fromIntegerChecked(v->get_int64()))
            return whole;
        fail(key, "is out of range: " + describe(*v));
    }
    if (v->is_double()) {
        // WooCommerce sends line prices as JSON numbers. The written amount has at most four
        // decimals, so the nearest four-decimal value to the double is the amount itself.
        const double d = v->get_double();
        if (std::isfinite(d) && std::fabs(d) < MaxExactMoney)
            return Decimal::fromUnits(std::llround(d * static_cast<double>(Decimal::Scale)));
    }
    fail(key, "must be a decimal amount such as \"19.90\", not " + describe(*v));
}

std::optional<TimePoint> Fields::time(std::string_view key) const
{
    const auto *v = find(key);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        if (v->get_string().empty())
            return std::nullopt;
        if (const auto t = parseIso8601(v->get_string()))
            return t;
    }
    fail(key, "must be an ISO 8601 time");
}

bool Fields::boolean(std::string_view key, bool fallback) const
{
    const auto *v = find(key);
    if (!v)
        return fallback;
    if (!v->is_bool())
        fail(key, "must be true or false, not " + describe(*v));
    return v->get_bool();
}

std::optional<Fields> Fields::child(std::string_view key) const
{
    const auto *v = find(key);
    if (!v)
        return std::nullopt;
    return Fields(*v, pathOf(key));
}

std::vector<Fields> Fields::children(std::string_view key) const
{
    std::vector<Fields> result;
    const auto *v = find(key);
    if (!v)
        return result;
    if (!v->is_array())
        fail(key, "must be an array, not " + describe(*v));
    const auto &array = v->get_array();
    result.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        result.emplace_back(array[i], pathOf(key) + "[" + std::to_string(i) + "]");
    return result;
}

std::vector<const json::value *> resourcesOf(const json::value &document, std::string_view singular,
                                             std::string_view plural)
{
    if (!document.is_object())
        throw MappingError(std::string(singular) + " must be a JSON object, not " +
                           describe(document));
    const auto &object = document.get_object();
    if (object.size() == 1) {
        if (const auto *wrapped = object.if_contains(singular); wrapped && wrapped->is_object())
            return {wrapped};
        if (const auto *list = object.if_contains(plural); list && list->is_array()) {
            std::vector<const json::value *> result;
            for (const auto &item : list->get_array())
                result.push_back(&item);
            return result;
        }
    }
    return {&document};
}

} // namespace syncline::wire
