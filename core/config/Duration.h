#pragma once

#include "util/Clock.h"

#include <optional>
#include <string>
#include <string_view>

namespace syncline::config {

// Durations are written as a number and a unit: "500ms", "60s", "5m", "1h", "24h", "2d", or a
// sequence of those ("1h30m"). A bare number is refused: "60" could mean seconds or minutes.
std::optional<Millis> parseDuration(std::string_view text);
// The shortest exact form: 90000 ms -> "90s", 5400000 ms -> "90m", 3600000 ms -> "1h".
std::string formatDuration(Millis value);

} // namespace syncline::config
