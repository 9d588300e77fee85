#include "util/Time.h"

#include <charconv>
#include <cstdio>

namespace syncline {

namespace {

bool readInt(std::string_view text, std::size_t pos, std::size_t width, int &out)
{
    if (pos + width > text.size())
        return false;
    const char *first = text.data() + pos;
    const auto result = std::from_chars(first, first + width, out);
    return result.ec == std::errc() && result.ptr == first + width;
}

} // namespace

std::string formatIso8601(TimePoint t)
{
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(t);
    const year_month_day date(days);
    const hh_mm_ss time(t - days);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<long>(time.hours().count()),
                  static_cast<long>(time.minutes().count()),
                  static_cast<long>(time.seconds().count()),
                  static_cast<long>(time.subseconds().count()));
    return buffer;
}

std::optional<TimePoint> parseIso8601(std::string_view text)
{
    using namespace std::chrono;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readInt(text, 0, 4, y) || text.size() < 19 || text[4] != '-' || !readInt(text, 5, 2, mo) ||
        text[7] != '-' || !readInt(text, 8, 2, d) || (text[10] != 'T' && text[10] != ' ') ||
        !readInt(text, 11, 2, h) || text[13] != ':' || !readInt(text, 14, 2, mi) ||
        text[16] != ':' || !readInt(text, 17, 2, s))
        return std::nullopt;
    const year_month_day date{year(y), month(static_cast<unsigned>(mo)),
                              day(static_cast<unsigned>(d))};
    if (!date.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;

    std::size_t pos = 19;
    long millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    long offsetMinutes = 0;
    if (pos < text.size()) {
        if (text[pos] == 'Z' && pos + 1 == text.size()) {
            pos += 1;
        } else if ((text[pos] == '+' || text[pos] == '-') && pos + 6 == text.size() &&
                   text[pos + 3] == ':') {
            int oh = 0, om = 0;
            if (!readInt(text, pos + 1, 2, oh) || !readInt(text, pos + 4, 2, om))
                return std::nullopt;
            offsetMinutes = (text[pos] == '+' ? 1 : -1) * (oh * 60L + om);
            pos += 6;
        } else {
            return std::nullopt;
        }
    }
    const auto point = sys_days(date) + hours(h) + minutes(mi) + seconds(s) + milliseconds(millis) -
                       minutes(offsetMinutes);
    return time_point_cast<Millis>(point);
}

} // namespace syncline
