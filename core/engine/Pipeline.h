#pragma once

#include "model/Delivery.h"
#include "model/Event.h"

#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline {

struct StageFailure {
    Stage stage = Stage::Map;
    ErrorClass errorClass = ErrorClass::Data;
    std::string message;
};

struct PipelineResult {
    std::optional<StageFailure> failure;
    std::string canonicalPayload;     // the payload after the map stage
    std::vector<std::string> targets; // where the route stage sends it
};

// A domain rule run at the validate stage: returns a message when the record must not go on.
using Validator = std::function<std::optional<std::string>(const Event &event,
                                                           const boost::json::value &canonical)>;

// The map, validate and route stages. Pure: no I/O, so the same event always gives the same
// result, which is what makes reprocessing after a crash or a resubmit safe.
class Pipeline {
public:
    Pipeline();

    void addValidator(Domain domain, Validator validator);
    void addRoute(Route route);
    void setKnownTargets(std::set<std::string> targets);
    // Whether some records of this feed (connection and domain) are routed to the target.
    bool routesTo(const std::string &connection, Domain domain, const std::string &target) const;

    // Runs the stages from `from` on (earlier stages are skipped, except that the payload is
    // always read, since validation needs it).
    PipelineResult process(const Event &event, Stage from = Stage::Ingest) const;

private:
    mutable std::mutex mutex_; // guards configuration; processing takes a copy of nothing big
    std::multimap<Domain, Validator> validators_;
    std::vector<Route> routes_;
    std::set<std::string> knownTargets_;
};

} // namespace syncline
