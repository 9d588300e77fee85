#include "client/Http.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <ctime>
#include <iomanip>
#include <sstream>

namespace syncline::client {

namespace {

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

// Bodies can be large HTML error pages; an operator needs the start of them, not all.
std::string excerpt(std::string_view body)
{
    constexpr std::size_t limit = 300;
    std::string text(body.substr(0, limit));
    if (body.size() > limit)
        text += "...";
    return text;
}

} // namespace

bool CaseInsensitiveLess::operator()(std::string_view a, std::string_view b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return lower(x) < lower(y); });
}

std::string_view toString(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return "none";
    case TransportError::Timeout:
        return "timeout";
    case TransportError::Refused:
        return "connection refused";
    case TransportError::Resolve:
        return "name resolution failed";
    case TransportError::Tls:
        return "TLS failure";
    case TransportError::Connection:
        return "connection failed";
    case TransportError::InvalidUrl:
        return "invalid URL";
    }
    return "unknown";
}

std::string HttpResponse::header(std::string_view name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::optional<Millis> parseRetryAfter(std::string_view value, TimePoint now)
{
    value = trim(value);
    if (value.empty())
        return std::nullopt;
    if (std::isdigit(static_cast<unsigned char>(value.front())) || value.front() == '.') {
        double seconds = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(seconds))
            return std::nullopt;
        return Millis(static_cast<std::int64_t>(std::ceil(std::max(0.0, seconds) * 1000.0)));
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    std::tm tm{};
    std::istringstream in{std::string(value)};
    in.imbue(std::locale::classic());
    in >> std::get_time(&tm, "%a, %d %b %Y %H:%M:%S");
    std::string zone;
    in >> zone;
    if (in.fail() || zone != "GMT")
        return std::nullopt;
    const std::time_t at = timegm(&tm);
    if (at == static_cast<std::time_t>(-1))
        return std::nullopt;
    const auto delta =
        std::chrono::duration_cast<Millis>(std::chrono::seconds(at)) - now.time_since_epoch();
    return delta.count() > 0 ? delta : Millis(0);
}

DeliveryOutcome toOutcome(const HttpResponse &response, TimePoint now)
{
    if (response.transportFailed()) {
        std::string message(toString(response.transportError));
        if (!response.errorMessage.empty())
            message += ": " + response.errorMessage;
        return DeliveryOutcome::failure(ErrorClass::Transient, message);
    }
    const int status = response.status;
    if (status >= 200 && status < 300)
        return DeliveryOutcome::success();
    const auto retryAfter = parseRetryAfter(response.header("Retry-After"), now);
    std::string message = "HTTP " + std::to_string(status);
    if (!response.body.empty())
        message += ": " + excerpt(response.body);
    if (status == 429)
        return DeliveryOutcome::failure(ErrorClass::RateLimited, message, retryAfter);
    if (status == 401 || status == 403)
        return DeliveryOutcome::failure(ErrorClass::Auth, message);
    if (status >= 500 || status == 408)
        return DeliveryOutcome::failure(ErrorClass::Transient, message, retryAfter);
    return DeliveryOutcome::failure(ErrorClass::Data, message);
}

std::optional<ParsedUrl> parseUrl(std::string_view url)
{
    ParsedUrl parsed;
    std::string_view rest;
    if (url.starts_with("https://")) {
        parsed.tls = true;
        rest = url.substr(8);
    } else if (url.starts_with("http://")) {
        rest = url.substr(7);
    } else {
        return std::nullopt;
    }
    const auto slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    parsed.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (parsed.target.front() == '?')
        parsed.target.insert(parsed.target.begin(), '/');
    if (authority.empty() || authority.find('@') != std::string_view::npos)
        return std::nullopt;
    std::string_view portText;
    if (authority.front() == '[') { // IPv6 literal
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        parsed.host = std::string(authority.substr(1, close - 1));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':')
                return std::nullopt;
            portText = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.rfind(':');
        parsed.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
    }
    if (parsed.host.empty())
        return std::nullopt;
    if (portText.empty()) {
        parsed.port = parsed.tls ? "443" : "80";
    } else {
        if (!std::all_of(portText.begin(), portText.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return std::nullopt;
        parsed.port = std::string(portText);
    }
    return parsed;
}

} // namespace syncline::client
