#pragma once

#include <boost/json/value.hpp>

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

// The simulated ERP's books: every effect a client applied, under its idempotency key, so that a
// test or an operator can see what the ERP would contain and whether anything arrived twice.
namespace syncline::sim {

struct ErpEffect {
    std::int64_t sequence = 0;
    std::string kind;      // "order"
    std::string reference; // business key, e.g. the order number
    std::string idempotencyKey;
    std::string body;
};

class ErpLedger {
public:
    enum class Outcome {
        Applied,  // new key: the effect is recorded
        Replayed, // same key, same body: the first answer is repeated, nothing recorded
        Conflict, // same key, another body: refused
    };
    struct Result {
        Outcome outcome = Outcome::Applied;
        ErpEffect effect; // the effect recorded under the key (the first one for a replay)
    };

    Result record(const std::string &kind, const std::string &reference,
                  const std::string &idempotencyKey, const std::string &body);

    std::vector<ErpEffect> effects() const;
    std::size_t replays() const;
    // Effects that repeated an earlier one (same kind, reference and body) under another key: a
    // retry the client did not make recognisable. Must stay 0. A changed body for the same
    // reference is an update, not a duplicate.
    std::size_t duplicates() const;

    // {"effects":[...],"replays":N,"duplicates":N}
    boost::json::value toJson() const;

private:
    mutable std::mutex mutex_;
    std::vector<ErpEffect> effects_;
    std::map<std::string, std::size_t> byKey_;
    std::set<std::tuple<std::string, std::string, std::string>> bodies_; // kind, reference, body
    std::size_t replays_ = 0;
    std::size_t duplicates_ = 0;
};

std::string_view toString(ErpLedger::Outcome outcome);

} // namespace syncline::sim
