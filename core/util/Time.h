#pragma once

#include "util/Clock.h"

#include <optional>
#include <string>
#include <string_view>

namespace syncline {

// "2026-11-26T16:34:44.123Z"
std::string formatIso8601(TimePoint t);
// Accepts "YYYY-MM-DDTHH:MM:SS", optional fraction, and "Z" or a "+hh:mm"/"-hh:mm" offset (the
// forms Shopify, WooCommerce and Vendure send). A missing offset is read as UTC.
std::optional<TimePoint> parseIso8601(std::string_view text);

} // namespace syncline
