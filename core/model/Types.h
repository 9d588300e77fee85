#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace syncline {

// The five sync domains; each has its own system of record, pattern and latency target.
enum class Domain { Product, Inventory, Pricing, Order, Fulfilment };

// The stages every inbound record passes; each has its own dead letter.
enum class Stage { Ingest, Map, Validate, Route, Deliver };

// Failure classes decide what happens next: transient failures are retried with backoff,
// rate limits wait what the server says, data errors are never retried blindly (they need a
// fix), and auth failures pause the endpoint until its credentials are fixed.
enum class ErrorClass { Transient, RateLimited, Data, Auth };

std::string_view toString(Domain value);
std::string_view toString(Stage value);
std::string_view toString(ErrorClass value);
std::optional<Domain> domainFromString(std::string_view text);
std::optional<Stage> stageFromString(std::string_view text);
std::optional<ErrorClass> errorClassFromString(std::string_view text);

// Exact decimal with four fractional digits, for money and prices: the platforms send them as
// strings ("19.90") and a double would round them.
class Decimal {
public:
    static constexpr std::int64_t Scale = 10'000;

    constexpr Decimal() = default;
    static constexpr Decimal fromUnits(std::int64_t scaledUnits)
    {
        Decimal d;
        d.units_ = scaledUnits;
        return d;
    }
    static constexpr Decimal fromInteger(std::int64_t whole) { return fromUnits(whole * Scale); }
    // For integers from outside (JSON numbers): nothing when the amount does not fit, where
    // fromInteger would overflow.
    static constexpr std::optional<Decimal> fromIntegerChecked(std::int64_t whole)
    {
        if (whole > INT64_MAX / Scale || whole < INT64_MIN / Scale)
            return std::nullopt;
        return fromInteger(whole);
    }
    // "19.9", "-3", "0.0001"; more than four fractional digits, or anything else, is refused.
    static std::optional<Decimal> parse(std::string_view text);

    constexpr std::int64_t units() const { return units_; }
    // Shortest text that keeps at least `minFractionDigits` digits: "19.90" with 2.
    std::string toString(int minFractionDigits = 2) const;

    friend constexpr Decimal operator+(Decimal a, Decimal b)
    {
        return fromUnits(a.units_ + b.units_);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b)
    {
        return fromUnits(a.units_ - b.units_);
    }
    friend constexpr Decimal operator*(Decimal a, std::int64_t n)
    {
        return fromUnits(a.units_ * n);
    }
    friend constexpr auto operator<=>(Decimal, Decimal) = default; // NOLINT(modernize-use-nullptr)
    Decimal abs() const { return fromUnits(units_ < 0 ? -units_ : units_); }

private:
    std::int64_t units_ = 0;
};

} // namespace syncline
