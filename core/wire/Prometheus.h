#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Prometheus text exposition format (version 0.0.4), as served on the admin /metrics endpoint.
namespace syncline::wire {

using PrometheusLabels = std::vector<std::pair<std::string, std::string>>;

// Cumulative-bucket histogram of observed values (latencies in seconds, sizes in bytes).
class PrometheusHistogram {
public:
    // Upper bounds in increasing order; the +Inf bucket is implicit.
    explicit PrometheusHistogram(std::vector<double> upperBounds);

    // A histogram kept elsewhere (per-bucket counts, one per bound plus +Inf).
    static PrometheusHistogram fromCounts(std::vector<double> upperBounds,
                                          std::vector<std::uint64_t> bucketCounts, double sum);

    void observe(double value);

    const std::vector<double> &upperBounds() const { return upperBounds_; }
    // Per-bucket counts (not cumulative), one per upper bound plus the +Inf bucket.
    const std::vector<std::uint64_t> &bucketCounts() const { return counts_; }
    double sum() const { return sum_; }
    std::uint64_t count() const { return count_; }

private:
    std::vector<double> upperBounds_;
    std::vector<std::uint64_t> counts_;
    double sum_ = 0;
    std::uint64_t count_ = 0;
};

// Builds one exposition text. Each metric family is declared once with its HELP and TYPE lines,
// followed by its samples. Names are checked against the format's grammar (std::invalid_argument
// otherwise); label values and help text are escaped.
class PrometheusText {
public:
    PrometheusText &counter(std::string_view name, std::string_view help);
    PrometheusText &gauge(std::string_view name, std::string_view help);
    PrometheusText &histogram(std::string_view name, std::string_view help);

    // A sample of the last declared counter or gauge family.
    PrometheusText &sample(double value, const PrometheusLabels &labels = {});
    // The _bucket, _sum and _count samples of the last declared histogram family.
    PrometheusText &sample(const PrometheusHistogram &histogram,
                           const PrometheusLabels &labels = {});

    const std::string &text() const { return text_; }

    static std::string escapeLabelValue(std::string_view value);
    static std::string formatValue(double value);

private:
    enum class Type { None, Counter, Gauge, Histogram };
    PrometheusText &family(std::string_view name, std::string_view help, Type type);
    void line(std::string_view name, const PrometheusLabels &labels, double value);

    std::string text_;
    std::string current_;
    Type currentType_ = Type::None;
    std::vector<std::string> declared_;
};

} // namespace syncline::wire
