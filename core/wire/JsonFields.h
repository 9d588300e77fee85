#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Field access for platform payloads. Every failure names the full path of the field
// ("order.line_items[2].price"), so a rejected webhook says exactly what was wrong with it.
namespace syncline::wire {

class Fields {
public:
    // Throws MappingError when `value` is not an object.
    Fields(const boost::json::value &value, std::string path);

    const std::string &path() const { return path_; }
    std::string pathOf(std::string_view key) const;

    // Present and not null.
    const boost::json::value *find(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }

    // A string; an integer is accepted and rendered exactly.
    std::string text(std::string_view key, bool required = false) const;
    // A platform id: integer (read exactly, never through a double) or string.
    std::string id(std::string_view key, bool required = false) const;
    std::optional<std::int64_t> integer(std::string_view key) const;
    std::int64_t requiredInteger(std::string_view key) const;
    // Money as the platforms send it: a decimal string; plain JSON numbers are tolerated.
    std::optional<Decimal> money(std::string_view key) const;
    std::optional<TimePoint> time(std::string_view key) const;
    bool boolean(std::string_view key, bool fallback = false) const;

    // Child object; std::nullopt when absent or null.
    std::optional<Fields> child(std::string_view key) const;
    // Child array as objects; empty when absent or null.
    std::vector<Fields> children(std::string_view key) const;

private:
    [[noreturn]] void fail(std::string_view key, std::string_view problem) const;

    const boost::json::object *object_ = nullptr;
    std::string path_;
};

// Webhook bodies carry the bare resource, while REST responses (and the published samples) wrap
// it as {"order": {...}} or {"orders": [...]}. All three forms yield the list of resources.
std::vector<const boost::json::value *>
resourcesOf(const boost::json::value &document, std::string_view singular, std::string_view plural);

} // namespace syncline::wire
