#include "connectors/Transport.h"

#include "client/HttpClient.h"

#include <future>

namespace syncline::connectors {

BlockingTransport blockingTransport(client::HttpClient &http)
{
    return [&http](client::HttpRequest request) {
        auto promise = std::make_shared<std::promise<client::HttpResponse>>();
        auto answer = promise->get_future();
        http.request(std::move(request), [promise](client::HttpResponse response) {
            promise->set_value(std::move(response));
        });
        return answer.get();
    };
}

std::optional<CallError> classifyHttpFailure(const client::HttpResponse &response,
                                             std::string_view system)
{
    const std::string who(system);
    if (response.transportFailed())
        return CallError{
            ErrorClass::Transient,
            who + " unreachable (" + std::string(client::toString(response.transportError)) +
                (response.errorMessage.empty() ? "" : ": " + response.errorMessage) + ")",
            std::nullopt};
    const int status = response.status;
    if (status >= 200 && status < 300)
        return std::nullopt;
    const std::string code = "HTTP " + std::to_string(status);
    if (status == 401 || status == 403)
        return CallError{ErrorClass::Auth, who + " refused the credentials (" + code + ")",
                         std::nullopt};
    if (status == 429) {
        const auto retryAfter =
            client::parseRetryAfter(response.header("Retry-After"), SystemClock::instance().now());
        return CallError{ErrorClass::RateLimited, who + " is rate limiting (" + code + ")",
                         retryAfter};
    }
    if (status >= 500 || status == 408)
        return CallError{ErrorClass::Transient, who + " failed (" + code + ")", std::nullopt};
    std::string excerpt = response.body.substr(0, 200);
    return CallError{ErrorClass::Data,
                     who + " refused the request (" + code + ")" +
                         (excerpt.empty() ? "" : ": " + excerpt),
                     std::nullopt};
}

} // namespace syncline::connectors
