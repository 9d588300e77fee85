#include "wire/Prometheus.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace syncline::wire {

namespace {

bool validName(std::string_view name, bool allowColon)
{
    if (name.empty())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                            (allowColon && c == ':');
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

std::string escapeHelp(std::string_view help)
{
    std::string out;
    out.reserve(help.size());
    for (const char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace

PrometheusHistogram::PrometheusHistogram(std::vector<double> upperBounds)
    : upperBounds_(std::move(upperBounds))
    , counts_(upperBounds_.size() + 1, 0)
{
    if (!std::is_sorted(upperBounds_.begin(), upperBounds_.end()) ||
        std::adjacent_find(upperBounds_.begin(), upperBounds_.end()) != upperBounds_.end())
        throw std::invalid_argument("histogram bounds must be strictly increasing");
}

PrometheusHistogram PrometheusHistogram::fromCounts(std::vector<double> upperBounds,
                                                    std::vector<std::uint64_t> bucketCounts,
                                                    double sum)
{
    PrometheusHistogram histogram(std::move(upperBounds));
    if (bucketCounts.size() != histogram.counts_.size())
        throw std::invalid_argument("histogram needs one count per bound plus +Inf");
    histogram.counts_ = std::move(bucketCounts);
    histogram.sum_ = sum;
    for (const auto c : histogram.counts_)
        histogram.count_ += c;
    return histogram;
}

void PrometheusHistogram::observe(double value)
{
    const auto bucket = std::lower_bound(upperBounds_.begin(), upperBounds_.end(), value);
    ++counts_[static_cast<std::size_t>(bucket - upperBounds_.begin())];
    sum_ += value;
    ++count_;
}

std::string PrometheusText::escapeLabelValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string PrometheusText::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

PrometheusText &PrometheusText::family(std::string_view name, std::string_view help, Type type)
{
    if (!validName(name, true))
        throw std::invalid_argument("invalid metric name \"" + std::string(name) + "\"");
    if (std::find(declared_.begin(), declared_.end(), name) != declared_.end())
        throw std::invalid_argument("metric family \"" + std::string(name) +
                                    "\" is declared twice");
    declared_.emplace_back(name);
    current_ = std::string(name);
    currentType_ = type;
    const std::string_view typeName = type == Type::Counter ? "counter"
                                      : type == Type::Gauge ? "gauge"
                                                            : "histogram";
    text_ += "# HELP " + current_ + " " + escapeHelp(help) + "\n";
    text_ += "# TYPE " + current_ + " " + std::string(typeName) + "\n";
    return *this;
}

PrometheusText &PrometheusText::counter(std::string_view name, std::string_view help)
{
    return family(name, help, Type::Counter);
}

PrometheusText &PrometheusText::gauge(std::string_view name, std::string_view help)
{
    return family(name, help, Type::Gauge);
}

PrometheusText &PrometheusText::histogram(std::string_view name, std::string_view help)
{
    return family(name, help, Type::Histogram);
}

void PrometheusText::line(std::string_view name, const PrometheusLabels &labels, double value)
{
    text_ += name;
    if (!labels.empty()) {
        text_ += '{';
        bool first = true;
        for (const auto &[label, labelValue] : labels) {
            if (!validName(label, false))
                throw std::invalid_argument("invalid label name \"" + label + "\"");
            if (!first)
                text_ += ',';
            first = false;
            text_ += label + "=\"" + escapeLabelValue(labelValue) + "\"";
        }
        text_ += '}';
    }
    text_ += ' ';
    text_ += formatValue(value);
    text_ += '\n';
}

PrometheusText &PrometheusText::sample(double value, const PrometheusLabels &labels)
{
    if (currentType_ != Type::Counter && currentType_ != Type::Gauge)
        throw std::logic_error("declare a counter or gauge family before its samples");
    line(current_, labels, value);
    return *this;
}

PrometheusText &PrometheusText::sample(const PrometheusHistogram &histogram,
                                       const PrometheusLabels &labels)
{
    if (currentType_ != Type::Histogram)
        throw std::logic_error("declare a histogram family before its samples");
    for (const auto &[label, unused] : labels) {
        if (label == "le")
            throw std::invalid_argument("a histogram sample cannot carry the label \"le\"");
    }
    std::uint64_t cumulative = 0;
    const auto &bounds = histogram.upperBounds();
    const auto &counts = histogram.bucketCounts();
    for (std::size_t i = 0; i <= bounds.size(); ++i) {
        cumulative += counts[i];
        auto withLe = labels;
        withLe.emplace_back("le", i < bounds.size() ? formatValue(bounds[i]) : "+Inf");
        line(current_ + "_bucket", withLe, static_cast<double>(cumulative));
    }
    line(current_ + "_sum", labels, histogram.sum());
    line(current_ + "_count", labels, static_cast<double>(histogram.count()));
    return *this;
}

} // namespace syncline::wire
