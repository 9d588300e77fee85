#include "domain/InventoryReconcile.h"

namespace syncline::domain {

ReconcileResult reconcile(const std::vector<ChannelLevel> &channelLevels, const TruthLookup &truth,
                          const ReconcilePolicy &policy, TimePoint now)
{
    ReconcileResult result;
    for (const auto &level : channelLevels) {
        const auto expected =
            truth ? truth(level.channel, level.sku, level.location) : std::nullopt;
        if (!expected) {
            result.unknown.push_back(level);
            continue;
        }
        const std::int64_t difference = level.quantity - *expected;
        if (difference == 0) {
            ++result.matching;
            continue;
        }
        const std::int64_t size = difference < 0 ? -difference : difference;
        if (size <= policy.autoCorrectUnits) {
            result.corrections.push_back(
                PublishUpdate{level.channel, level.sku, level.location, *expected, now});
            continue;
        }
        ReconcileAlert alert;
        alert.level = level;
        alert.truthQuantity = *expected;
        alert.difference = difference;
        alert.oversellRisk = difference > 0;
        alert.message = level.sku + " at " + level.location + " on " + level.channel + " shows " +
                        std::to_string(level.quantity) + " but " + std::to_string(*expected) +
                        " are available: a difference of " + std::to_string(difference) +
                        " is above the " + std::to_string(policy.autoCorrectUnits) +
                        " units corrected automatically" +
                        (alert.oversellRisk ? " (risk of overselling)." : ".");
        result.alerts.push_back(std::move(alert));
    }
    return result;
}

} // namespace syncline::domain
