#include "model/Types.h"

#include <array>
#include <charconv>
#include <cstdlib>
#include <utility>

namespace syncline {

namespace {

constexpr std::array domainNames{std::pair{Domain::Product, std::string_view("product")},
                                 std::pair{Domain::Inventory, std::string_view("inventory")},
                                 std::pair{Domain::Pricing, std::string_view("pricing")},
                                 std::pair{Domain::Order, std::string_view("order")},
                                 std::pair{Domain::Fulfilment, std::string_view("fulfilment")}};
constexpr std::array stageNames{std::pair{Stage::Ingest, std::string_view("ingest")},
                                std::pair{Stage::Map, std::string_view("map")},
                                std::pair{Stage::Validate, std::string_view("validate")},
                                std::pair{Stage::Route, std::string_view("route")},
                                std::pair{Stage::Deliver, std::string_view("deliver")}};
constexpr std::array errorClassNames{
    std::pair{ErrorClass::Transient, std::string_view("transient")},
    std::pair{ErrorClass::RateLimited, std::string_view("rate_limited")},
    std::pair{ErrorClass::Data, std::string_view("data")},
    std::pair{ErrorClass::Auth, std::string_view("auth")}};

template <typename Table, typename Enum>
std::string_view nameOf(const Table &table, Enum value)
{
    for (const auto &[candidate, name] : table)
        if (candidate == value)
            return name;
    return "unknown";
}

template <typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, std::string_view text)
{
    for (const auto &[candidate, name] : table)
        if (name == text)
            return candidate;
    return std::nullopt;
}

} // namespace

std::string_view toString(Domain value)
{
    return nameOf(domainNames, value);
}
std::string_view toString(Stage value)
{
    return nameOf(stageNames, value);
}
std::string_view toString(ErrorClass value)
{
    return nameOf(errorClassNames, value);
}
std::optional<Domain> domainFromString(std::string_view text)
{
    return valueOf<Domain>(domainNames, text);
}
std::optional<Stage> stageFromString(std::string_view text)
{
    return valueOf<Stage>(stageNames, text);
}
std::optional<ErrorClass> errorClassFromString(std::string_view text)
{
    return valueOf<ErrorClass>(errorClassNames, text);
}

std::optional<Decimal> Decimal::parse(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if ((whole.empty() && fraction.empty()) || fraction.size() > 4 ||
        (dot != std::string_view::npos && fraction.empty() && whole.empty()))
        return std::nullopt;
    std::int64_t wholeValue = 0;
    if (!whole.empty()) {
        const auto result = std::from_chars(whole.data(), whole.data() + whole.size(), wholeValue);
        if (result.ec != std::errc() || result.ptr != whole.data() + whole.size())
            return std::nullopt;
    }
    std::int64_t fractionValue = 0;
    for (char c : fraction) {
        if (c < '0' || c > '9')
            return std::nullopt;
        fractionValue = fractionValue * 10 + (c - '0');
    }
    for (std::size_t i = fraction.size(); i < 4; ++i)
        fractionValue *= 10;
    if (wholeValue > (INT64_MAX - fractionValue) / Scale)
        return std::nullopt;
    const std::int64_t units = wholeValue * Scale + fractionValue;
    return fromUnits(negative ? -units : units);
}

std::string Decimal::toString(int minFractionDigits) const
{
    const bool negative = units_ < 0;
    const std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(units_ + 1)) + 1
                                             : static_cast<std::uint64_t>(units_);
    const std::uint64_t whole = magnitude / Scale;
    std::uint64_t fraction = magnitude % Scale;
    std::string digits = std::to_string(fraction);
    digits.insert(0, 4 - digits.size(), '0');
    while (static_cast<int>(digits.size()) > minFractionDigits && digits.back() == '0')
        digits.pop_back();
    std::string out = negative ? "-" : "";
    out += std::to_string(whole);
    if (!digits.empty())
        out += "." + digits;
    return out;
}

} // namespace syncline
