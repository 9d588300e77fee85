#include "sim/ErpOrderTarget.h"

#include <mutex>

namespace syncline::sim {

ErpOrderTarget::ErpOrderTarget(client::HttpClient &http, ErpOrderTargetOptions options)
    : http_(http)
    , options_(std::move(options))
{
    while (!options_.baseUrl.empty() && options_.baseUrl.back() == '/')
        options_.baseUrl.pop_back();
}

void ErpOrderTarget::deliver(std::vector<Delivery> batch,
                             std::function<void(std::vector<DeliveryOutcome>)> done)
{
    // Each order is its own request; the batch completes when the last answer is in.
    struct Pending {
        std::mutex mutex;
        std::vector<DeliveryOutcome> outcomes;
        std::size_t remaining = 0;
        std::function<void(std::vector<DeliveryOutcome>)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->outcomes.resize(batch.size());
    pending->remaining = batch.size();
    pending->done = std::move(done);
    if (batch.empty()) {
        pending->done({});
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        client::HttpRequest request;
        request.method = "POST";
        request.url = options_.baseUrl + "/erp/orders";
        request.headers["Content-Type"] = "application/json";
        request.headers["Idempotency-Key"] = batch[i].idempotencyKey;
        request.headers["X-Correlation-Id"] = batch[i].correlationId;
        if (!options_.apiKey.empty())
            request.headers["Authorization"] = "Bearer " + options_.apiKey;
        request.body = batch[i].payload;
        http_.request(std::move(request), [pending, i](const client::HttpResponse &response) {
            auto outcome = client::toOutcome(
                response, std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now()));
            std::function<void(std::vector<DeliveryOutcome>)> finish;
            {
                std::lock_guard lock(pending->mutex);
                pending->outcomes[i] = std::move(outcome);
                if (--pending->remaining == 0)
                    finish = std::move(pending->done);
            }
            if (finish)
                finish(std::move(pending->outcomes));
        });
    }
}

} // namespace syncline::sim
