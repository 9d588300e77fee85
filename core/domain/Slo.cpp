#include "domain/Slo.h"

#include <algorithm>

namespace syncline::domain {

namespace {

using std::chrono::floor;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

std::string humanDuration(Millis d)
{
    const auto s = std::chrono::duration_cast<seconds>(d).count();
    if (s < 120)
        return std::to_string(s) + " s";
    if (s < 7200)
        return std::to_string(s / 60) + " min";
    return std::to_string(s / 3600) + " h " + std::to_string((s % 3600) / 60) + " min";
}

} // namespace

SloTable SloTable::defaults()
{
    SloTable table;
    table.set({Domain::Inventory, seconds(60), "Warehouse operations",
               "Check the WMS feed and the storefront publish queue; oversell risk grows with "
               "every minute."});
    table.set({Domain::Order, minutes(5), "Order desk",
               "Check the ERP endpoint and the held orders; call the ERP administrator if "
               "posting is failing."});
    table.set({Domain::Fulfilment, minutes(15), "Shipping desk",
               "Check the carrier and WMS files; customers are waiting for tracking numbers."});
    table.set({Domain::Pricing, hours(1), "Pricing team",
               "Check the ERP price export; orders are being validated on cached prices."});
    table.set({Domain::Product, hours(24), "Catalog team",
               "Check the product publish; storefront data is out of date."});
    return table;
}

const SloTarget &SloTable::target(Domain domain) const
{
    const auto it = targets_.find(domain);
    if (it != targets_.end())
        return it->second;
    static const SloTarget none{Domain::Order, Millis::max(), {}, {}};
    return none;
}

void SloTable::set(SloTarget target)
{
    targets_[target.domain] = std::move(target);
}

SloAccumulator::SloAccumulator(SloTable table, std::size_t maxBreaches)
    : table_(std::move(table))
    , maxBreaches_(maxBreaches)
{}

std::optional<SloBreach> SloAccumulator::record(const SloSample &sample)
{
    const Millis latency = sample.completedAt - sample.occurredAt;
    const Millis target = table_.target(sample.domain).target;
    const bool within = latency <= target;
    const TimePoint hourStart = floor<hours>(sample.completedAt);
    const TimePoint dayStart = floor<std::chrono::days>(sample.completedAt);
    for (auto *buckets : {&hours_, &days_}) {
        const TimePoint start = buckets == &hours_ ? hourStart : dayStart;
        auto &bucket = (*buckets)[{sample.domain, start}];
        bucket.domain = sample.domain;
        bucket.start = start;
        ++bucket.total;
        if (within)
            ++bucket.withinTarget;
    }
    if (within)
        return std::nullopt;
    SloBreach breach{sample.eventId, sample.domain, sample.completedAt, latency, target};
    if (breaches_.size() >= maxBreaches_ && !breaches_.empty())
        breaches_.erase(breaches_.begin());
    breaches_.push_back(breach);
    return breach;
}

std::vector<ComplianceBucket> SloAccumulator::of(const Buckets &buckets, Domain domain)
{
    std::vector<ComplianceBucket> out;
    for (const auto &[key, bucket] : buckets)
        if (key.first == domain)
            out.push_back(bucket);
    return out;
}

std::vector<ComplianceBucket> SloAccumulator::hourly(Domain domain) const
{
    return of(hours_, domain);
}

std::vector<ComplianceBucket> SloAccumulator::daily(Domain domain) const
{
    return of(days_, domain);
}

std::optional<ComplianceBucket> SloAccumulator::hour(Domain domain, TimePoint anyTimeInHour) const
{
    const auto it = hours_.find({domain, floor<hours>(anyTimeInHour)});
    if (it == hours_.end())
        return std::nullopt;
    return it->second;
}

std::optional<ComplianceBucket> SloAccumulator::day(Domain domain, TimePoint anyTimeInDay) const
{
    const auto it = days_.find({domain, floor<std::chrono::days>(anyTimeInDay)});
    if (it == days_.end())
        return std::nullopt;
    return it->second;
}

std::vector<AcknowledgementAlert> delayedAcknowledgements(const std::vector<PostedOrder> &posted,
                                                          TimePoint now, const SloTable &table)
{
    const SloTarget &slo = table.target(Domain::Order);
    std::vector<AcknowledgementAlert> alerts;
    for (const auto &order : posted) {
        if (order.acknowledgedAt)
            continue;
        const Millis waiting = now - order.postedAt;
        if (waiting <= slo.target)
            continue;
        alerts.push_back(AcknowledgementAlert{
            order.orderNumber, order.postedAt, waiting, slo.target, slo.owner,
            "Order " + order.orderNumber + " was posted to the ERP " + humanDuration(waiting) +
                " ago and is not acknowledged (target " + humanDuration(slo.target) + "). " +
                slo.escalation});
    }
    std::sort(alerts.begin(), alerts.end(),
              [](const auto &a, const auto &b) { return a.waiting > b.waiting; });
    return alerts;
}

} // namespace syncline::domain
