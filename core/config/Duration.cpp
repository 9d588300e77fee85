#include "config/Duration.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <utility>

namespace syncline::config {

namespace {

constexpr std::array units{
    std::pair{std::string_view("d"), std::int64_t(86'400'000)},
    std::pair{std::string_view("h"), std::int64_t(3'600'000)},
    std::pair{std::string_view("m"), std::int64_t(60'000)},
    std::pair{std::string_view("s"), std::int64_t(1'000)},
    std::pair{std::string_view("ms"), std::int64_t(1)},
};

std::optional<std::int64_t> unitMillis(std::string_view unit)
{
    for (const auto &[name, millis] : units)
        if (name == unit)
            return millis;
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLetter(char c)
{
    return c >= 'a' && c <= 'z';
}

} // namespace

std::optional<Millis> parseDuration(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::int64_t total = 0;
    while (!text.empty()) {
        std::size_t digits = 0;
        while (digits < text.size() && isDigit(text[digits]))
            ++digits;
        std::size_t letters = digits;
        while (letters < text.size() && isLetter(text[letters]))
            ++letters;
        if (digits == 0 || letters == digits)
            return std::nullopt;
        std::int64_t amount = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, amount);
        if (ec != std::errc() || end != text.data() + digits)
            return std::nullopt;
        const auto scale = unitMillis(text.substr(digits, letters - digits));
        if (!scale)
            return std::nullopt;
        if (amount > (std::numeric_limits<std::int64_t>::max() - total) / *scale)
            return std::nullopt;
        total += amount * *scale;
        text.remove_prefix(letters);
    }
    return Millis(total);
}

std::string formatDuration(Millis value)
{
    const std::int64_t ms = value.count();
    if (ms == 0)
        return "0s";
    // Days are left out on purpose: "24h" reads better than "1d" for latency targets.
    for (const auto &[name, millis] : units) {
        if (name == "d")
            continue;
        if (ms % millis == 0)
            return std::to_string(ms / millis) + std::string(name);
    }
    return std::to_string(ms) + "ms";
}

} // namespace syncline::config
