#include "sim/ErpLedger.h"

#include <boost/json.hpp>

namespace syncline::sim {

ErpLedger::Result ErpLedger::record(const std::string &kind, const std::string &reference,
                                    const std::string &idempotencyKey, const std::string &body)
{
    std::lock_guard lock(mutex_);
    if (const auto it = byKey_.find(idempotencyKey); it != byKey_.end()) {
        const auto &first = effects_[it->second];
        if (first.kind == kind && first.body == body) {
            ++replays_;
            return {Outcome::Replayed, first};
        }
        return {Outcome::Conflict, first};
    }
    if (!bodies_.emplace(kind, reference, body).second)
        ++duplicates_;
    ErpEffect effect{static_cast<std::int64_t>(effects_.size()) + 1, kind, reference,
                     idempotencyKey, body};
    byKey_.emplace(idempotencyKey, effects_.size());
    effects_.push_back(effect);
    return {Outcome::Applied, std::move(effect)};
}

std::vector<ErpEffect> ErpLedger::effects() const
{
    std::lock_guard lock(mutex_);
    return effects_;
}

std::size_t ErpLedger::replays() const
{
    std::lock_guard lock(mutex_);
    return replays_;
}

std::size_t ErpLedger::duplicates() const
{
    std::lock_guard lock(mutex_);
    return duplicates_;
}

boost::json::value ErpLedger::toJson() const
{
    std::lock_guard lock(mutex_);
    boost::json::array effects;
    for (const auto &effect : effects_)
        effects.push_back(boost::json::object{{"sequence", effect.sequence},
                                              {"kind", effect.kind},
                                              {"reference", effect.reference},
                                              {"idempotency_key", effect.idempotencyKey}});
    return boost::json::object{
        {"effects", std::move(effects)}, {"replays", replays_}, {"duplicates", duplicates_}};
}

std::string_view toString(ErpLedger::Outcome outcome)
{
    switch (outcome) {
    case ErpLedger::Outcome::Applied:
        return "applied";
    case ErpLedger::Outcome::Replayed:
        return "replayed";
    case ErpLedger::Outcome::Conflict:
        return "conflict";
    }
    return "unknown";
}

} // namespace syncline::sim
