#include "connectors/TrytonClient.h"

#include "model/Json.h"
#include "util/Crypto.h"

#include <boost/json.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace json = boost::json;

namespace syncline::connectors {
namespace tryton {

namespace {

const json::object *taggedAs(const json::value &value, std::string_view tag)
{
    const auto *object = value.if_object();
    if (!object)
        return nullptr;
    const auto *cls = object->if_contains("__class__");
    if (!cls || !cls->is_string() || cls->get_string() != tag)
        return nullptr;
    return object;
}

// A whole number in int64's range; a fraction, a number out of range or anything else is none.
std::optional<std::int64_t> integerField(const json::object &object, std::string_view key)
{
    const auto *field = object.if_contains(key);
    return field ? model::exactInt64(*field) : std::nullopt;
}

// A field of a date or datetime within [low, high]; none when absent or outside, so that a
// server's 2^40 hours can neither wrap into a plausible time nor overflow the arithmetic.
std::optional<int> boundedField(const json::object &object, std::string_view key, int low, int high)
{
    const auto value = integerField(object, key);
    if (!value || *value < low || *value > high)
        return std::nullopt;
    return static_cast<int>(*value);
}

std::string messageOf(const json::value &detail)
{
    if (detail.is_string())
        return std::string(detail.get_string());
    // UserError: [message, description, domain]
    if (const auto *parts = detail.if_array();
        parts && !parts->empty() && (*parts)[0].is_string()) {
        std::string message((*parts)[0].get_string());
        if (parts->size() > 1 && (*parts)[1].is_string() && !(*parts)[1].get_string().empty())
            message += " (" + std::string((*parts)[1].get_string()) + ")";
        return message;
    }
    return syncline::serialize(detail);
}

CallError errorFromRpc(const json::value &error)
{
    const auto *parts = error.if_array();
    if (!parts || parts->empty() || !(*parts)[0].is_string())
        return {ErrorClass::Data, "Tryton error: " + syncline::serialize(error), std::nullopt};
    const std::string kind((*parts)[0].get_string());
    const json::value detail = parts->size() > 1 ? (*parts)[1] : json::value();
    const std::string detailText = detail.is_null() ? std::string() : messageOf(detail);
    auto describe = [&](std::string_view label) {
        return "Tryton " + std::string(label) + (detailText.empty() ? "" : ": " + detailText);
    };
    if (kind == "UserError" || kind == "UserWarning")
        return {ErrorClass::Data, describe(kind), std::nullopt};
    if (kind == "ConcurrencyException")
        return {ErrorClass::Transient, describe(kind), std::nullopt};
    if (kind == "LoginException")
        return {ErrorClass::Auth, describe(kind), std::nullopt};
    if (kind == "RateLimitException")
        return {ErrorClass::RateLimited, describe(kind), std::nullopt};
    // Anything else is the server's own exception text: the request cannot succeed as sent.
    return {ErrorClass::Data, "Tryton error: " + kind, std::nullopt};
}

} // namespace

json::value encodeDecimal(Decimal value)
{
    return json::object{{"__class__", "Decimal"}, {"decimal", value.toString(0)}};
}

json::value encodeDate(Date value)
{
    return json::object{
        {"__class__", "date"}, {"year", value.year}, {"month", value.month}, {"day", value.day}};
}

json::value encodeDateTime(TimePoint value)
{
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(value);
    const year_month_day ymd{days};
    const hh_mm_ss hms{value - days};
    return json::object{{"__class__", "datetime"},
                        {"year", static_cast<int>(ymd.year())},
                        {"month", static_cast<unsigned>(ymd.month())},
                        {"day", static_cast<unsigned>(ymd.day())},
                        {"hour", hms.hours().count()},
                        {"minute", hms.minutes().count()},
                        {"second", hms.seconds().count()},
                        {"microsecond", hms.subseconds().count() * 1000}};
}

std::optional<Decimal> decodeDecimal(const json::value &value)
{
    if (const auto *tagged = taggedAs(value, "Decimal")) {
        const auto *text = tagged->if_contains("decimal");
        if (!text || !text->is_string())
            return std::nullopt;
        return Decimal::parse(text->get_string());
    }
    if (value.is_int64())
        return Decimal::fromIntegerChecked(value.get_int64());
    if (value.is_uint64())
        return std::nullopt; // beyond int64, so beyond what a Decimal holds
    if (value.is_double()) {
        // Floats (quantities) carry at most the four digits a Decimal keeps.
        const double scaled = value.get_double() * static_cast<double>(Decimal::Scale);
        const double rounded = std::round(scaled);
        if (!model::fitsInt64(rounded))
            return std::nullopt;
        return Decimal::fromUnits(static_cast<std::int64_t>(rounded));
    }
    if (value.is_string())
        return Decimal::parse(value.get_string());
    return std::nullopt;
}

std::optional<Date> decodeDate(const json::value &value)
{
    const auto *tagged = taggedAs(value, "date");
    if (!tagged)
        return std::nullopt;
    // Python's date holds years 1 to 9999.
    const auto year = boundedField(*tagged, "year", 1, 9999);
    const auto month = boundedField(*tagged, "month", 1, 12);
    const auto day = boundedField(*tagged, "day", 1, 31);
    if (!year || !month || !day)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(*year),
                                          std::chrono::month(static_cast<unsigned>(*month)),
                                          std::chrono::day(static_cast<unsigned>(*day))};
    if (!ymd.ok())
        return std::nullopt;
    return Date{*year, *month, *day};
}

std::optional<TimePoint> decodeDateTime(const json::value &value)
{
    using namespace std::chrono;
    const auto *tagged = taggedAs(value, "datetime");
    if (!tagged)
        return std::nullopt;
    json::value asDate = *tagged;
    asDate.as_object()["__class__"] = "date";
    const auto date = decodeDate(asDate);
    if (!date)
        return std::nullopt;
    // An absent part is zero; one outside its range makes the whole value unreadable.
    std::array<int, 4> parts{};
    const std::array<std::tuple<std::string_view, int>, 4> ranges{
        {{"hour", 23}, {"minute", 59}, {"second", 59}, {"microsecond", 999'999}}};
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const auto &[key, high] = ranges[i];
        if (!tagged->if_contains(key))
            continue;
        const auto part = boundedField(*tagged, key, 0, high);
        if (!part)
            return std::nullopt;
        parts[i] = *part;
    }
    const auto days =
        sys_days{year_month_day{year(date->year), month(static_cast<unsigned>(date->month)),
                                day(static_cast<unsigned>(date->day))}};
    const auto time = hours(parts[0]) + minutes(parts[1]) + seconds(parts[2]) +
                      duration_cast<milliseconds>(microseconds(parts[3]));
    return time_point_cast<milliseconds>(days + time);
}

std::string buildRequest(std::int64_t id, std::string_view method, const json::array &params)
{
    return syncline::serialize(json::object{{"id", id}, {"method", method}, {"params", params}});
}

Reply parseReply(const client::HttpResponse &response)
{
    Reply reply;
    if (!response.transportFailed() && response.status == 401) {
        reply.needsLogin = true;
        reply.error =
            CallError{ErrorClass::Auth, "Tryton refused the session (HTTP 401)", std::nullopt};
        return reply;
    }
    if (auto failure = classifyHttpFailure(response, "Tryton")) {
        reply.error = std::move(failure);
        return reply;
    }
    json::value body;
    try {
        body = parseJson(response.body);
    } catch (const MappingError &error) {
        // A proxy or a half-written answer: the call may well succeed when repeated.
        reply.error = CallError{ErrorClass::Transient,
                                std::string("Tryton answered with invalid JSON: ") + error.what(),
                                std::nullopt};
        return reply;
    }
    const auto *object = body.if_object();
    if (!object) {
        reply.error = CallError{ErrorClass::Transient,
                                "Tryton answered without a JSON-RPC envelope", std::nullopt};
        return reply;
    }
    if (const auto *error = object->if_contains("error"); error && !error->is_null()) {
        reply.error = errorFromRpc(*error);
        return reply;
    }
    if (const auto *result = object->if_contains("result"))
        reply.result = *result;
    return reply;
}

std::optional<std::int64_t> idOf(const json::value &value)
{
    if (value.is_double())
        return std::nullopt;         // ids are integers on the wire
    return model::exactInt64(value); // Tryton ids are int64: a larger number names no record
}

} // namespace tryton

TrytonClient::TrytonClient(BlockingTransport transport, TrytonConnection connection)
    : transport_(std::move(transport))
    , connection_(std::move(connection))
{}

tryton::Reply TrytonClient::send(std::string_view method, const json::array &params,
                                 bool authenticated)
{
    client::HttpRequest request;
    request.method = "POST";
    std::string base = connection_.baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    request.url = base + "/" + connection_.database + "/";
    request.headers["Content-Type"] = "application/json";
    request.headers["Accept"] = "application/json";
    // Without it an unauthenticated answer carries a Basic challenge meant for browsers.
    request.headers["X-Requested-With"] = "XMLHttpRequest";
    if (authenticated)
        request.headers["Authorization"] = sessionHeader_;
    request.body = tryton::buildRequest(nextId_++, method, params);
    return tryton::parseReply(transport_(std::move(request)));
}

std::optional<CallError> TrytonClient::loginLocked()
{
    sessionHeader_.clear();
    ++logins_;
    const json::array loginParams{
        connection_.login, json::object{{"password", connection_.password}}, connection_.language};
    auto reply = send("common.db.login", loginParams, false);
    if (reply.needsLogin)
        return CallError{ErrorClass::Auth,
                         "Tryton refused the login of user " + connection_.login + " (HTTP 401)",
                         std::nullopt};
    if (!reply.ok())
        return reply.error;
    const auto *pair = reply.result.if_array();
    if (!pair || pair->size() != 2 || !tryton::idOf((*pair)[0]) || !(*pair)[1].is_string())
        return CallError{ErrorClass::Auth,
                         "Tryton login returned no session: " + syncline::serialize(reply.result),
                         std::nullopt};
    const auto userId = *tryton::idOf((*pair)[0]);
    sessionHeader_ =
        "Session " + crypto::base64Encode(connection_.login + ":" + std::to_string(userId) + ":" +
                                          std::string((*pair)[1].get_string()));

    auto preferences =
        send("model.res.user.get_preferences", json::array{true, json::object{}}, true);
    if (!preferences.ok()) {
        sessionHeader_.clear();
        return preferences.error;
    }
    context_ = preferences.result.is_object() ? preferences.result.get_object() : json::object{};
    if (connection_.company)
        context_["company"] = *connection_.company;
    const auto company =
        context_.contains("company") ? tryton::idOf(context_["company"]) : std::nullopt;
    if (!company) {
        sessionHeader_.clear();
        return CallError{ErrorClass::Data,
                         "Tryton user " + connection_.login + " has no current company; set one",
                         std::nullopt};
    }
    company_ = *company;
    return std::nullopt;
}

tryton::Reply TrytonClient::call(std::string_view method, json::array args)
{
    return call(method, std::move(args), json::object{});
}

tryton::Reply TrytonClient::call(std::string_view method, json::array args,
                                 const json::object &extraContext)
{
    std::lock_guard lock(mutex_);
    bool freshSession = false;
    if (sessionHeader_.empty()) {
        if (auto error = loginLocked())
            return tryton::Reply{{}, std::move(error), false};
        freshSession = true;
    }
    auto withContext = [&] {
        json::object context = context_;
        for (const auto &entry : extraContext)
            context[entry.key()] = entry.value();
        json::array params = args;
        params.emplace_back(std::move(context));
        return params;
    };
    auto reply = send(method, withContext(), true);
    if (reply.needsLogin && !freshSession) {
        // The session expired or was revoked: one new login, then the call once more.
        if (auto error = loginLocked())
            return tryton::Reply{{}, std::move(error), false};
        reply = send(method, withContext(), true);
    }
    if (reply.needsLogin)
        reply.error->message = "Tryton refused the session right after logging in (HTTP 401)";
    return reply;
}

std::optional<json::object> TrytonClient::context()
{
    std::lock_guard lock(mutex_);
    if (sessionHeader_.empty() && loginLocked())
        return std::nullopt;
    return context_;
}

std::int64_t TrytonClient::company() const
{
    std::lock_guard lock(mutex_);
    return company_;
}

int TrytonClient::logins() const
{
    std::lock_guard lock(mutex_);
    return logins_;
}

} // namespace syncline::connectors
