#pragma once

#include "engine/Engine.h"
#include "wire/WebhookRouter.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>

namespace syncline::testing {

// Replays a refused webhook request as the listener would read it now: the stored path,
// headers and body go through the router with the endpoints as they are configured at replay
// time (a rotated secret, a connection added since), and its events are ingested.
inline RejectedReplayer webhookReplayer(std::shared_ptr<wire::WebhookRouter> router,
                                        InboundSink &sink, const Clock &clock)
{
    return
        [router, &sink, &clock](const RejectedInput &input, std::function<void(std::string)> done) {
            wire::HttpRequest request;
            request.method = "POST";
            request.target = input.path;
            request.body = input.body;
            request.peer = input.peer;
            std::istringstream lines(input.headers);
            for (std::string line; std::getline(lines, line);) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                const auto colon = line.find(':');
                if (colon == std::string::npos)
                    continue;
                auto value = line.substr(colon + 1);
                value.erase(0, value.find_first_not_of(' '));
                request.headers.push_back({line.substr(0, colon), value});
            }
            auto decision = router->route(request, clock.now());
            if (!decision.rejection.empty())
                return done(decision.rejection);
            if (decision.events.empty())
                return done({});
            struct Pending {
                std::mutex mutex;
                std::size_t remaining = 0;
                std::string problems;
                std::function<void(std::string)> done;
            };
            auto pending = std::make_shared<Pending>();
            pending->remaining = decision.events.size();
            pending->done = std::move(done);
            for (auto &event : decision.events) {
                sink.ingest(std::move(event), [pending](IngestResult result) {
                    std::function<void(std::string)> finish;
                    std::string problems;
                    {
                        std::lock_guard lock(pending->mutex);
                        if (result.status == IngestResult::Status::Rejected ||
                            result.status == IngestResult::Status::Failed)
                            pending->problems +=
                                (pending->problems.empty() ? "" : "; ") + result.message;
                        if (--pending->remaining == 0) {
                            finish = std::move(pending->done);
                            problems = pending->problems;
                        }
                    }
                    if (finish)
                        finish(problems);
                });
            }
        };
}

} // namespace syncline::testing
