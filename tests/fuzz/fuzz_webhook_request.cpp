// A raw HTTP request as the webhook listener receives it: Beast's parser with the listener's
// limits, then the router (path, method, signature, headers, platform mapping). No sockets.
// Every request is routed twice: as received, and signed with the endpoint's secret, since a
// fuzzer cannot forge an HMAC and would otherwise never get past the signature check.
#include "FuzzSupport.h"
#include "util/Crypto.h"
#include "wire/HttpServer.h"
#include "wire/WebhookRouter.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

using namespace syncline;
using namespace syncline::wire;
namespace http = boost::beast::http;

namespace {

constexpr std::string_view secret = "fuzz-webhook-secret";

std::vector<WebhookEndpoint> endpoints()
{
    WebhookEndpoint shopify;
    shopify.connection = "shop";
    shopify.kind = WebhookEndpoint::Shopify;
    shopify.secret = secret;
    shopify.previousSecret = "fuzz-previous-secret";
    WebhookEndpoint woo;
    woo.connection = "store";
    woo.kind = WebhookEndpoint::WooCommerce;
    woo.secret = secret;
    WebhookEndpoint generic;
    generic.connection = "erp";
    generic.kind = WebhookEndpoint::Generic;
    generic.secret = secret;
    WebhookEndpoint genericBase64 = generic;
    genericBase64.connection = "wms";
    genericBase64.signatureHeader = "X-Wms-Signature";
    genericBase64.signatureEncoding = WebhookEndpoint::Base64;
    return {shopify, woo, generic, genericBase64};
}

// What HttpServer hands the handler once Beast has read a complete request.
std::optional<HttpRequest> parseRequest(std::string_view raw)
{
    const HttpServerOptions limits;
    http::request_parser<http::string_body> parser;
    parser.eager(true);
    parser.body_limit(limits.maxBodyBytes);
    parser.header_limit(static_cast<std::uint32_t>(limits.maxHeaderBytes));
    boost::beast::error_code ec;
    while (!raw.empty() && !parser.is_done()) {
        const auto used = parser.put(boost::asio::buffer(raw.data(), raw.size()), ec);
        if (ec == http::error::need_more)
            break;
        if (ec)
            return std::nullopt;
        raw.remove_prefix(used);
        if (used == 0)
            break;
    }
    if (!parser.is_done()) {
        parser.put_eof(ec);
        if (ec || !parser.is_done())
            return std::nullopt;
    }
    auto message = parser.release();
    HttpRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    request.version = message.version();
    for (const auto &field : message)
        request.headers.push_back({std::string(field.name_string()), std::string(field.value())});
    request.body = std::move(message.body());
    request.peer = "127.0.0.1:40000";
    return request;
}

void setHeader(HttpRequest &request, const std::string &name, const std::string &value)
{
    const auto existing =
        std::find_if(request.headers.begin(), request.headers.end(), [&](const HttpHeader &h) {
            return std::equal(h.name.begin(), h.name.end(), name.begin(), name.end(),
                              [](char a, char b) { return std::tolower(a) == std::tolower(b); });
        });
    if (existing != request.headers.end())
        existing->value = value;
    else
        request.headers.push_back({name, value});
}

HttpRequest signedCopy(HttpRequest request)
{
    const auto base64 = crypto::hmacSha256Base64(secret, request.body);
    const auto hex = crypto::hmacSha256Hex(secret, request.body);
    setHeader(request, "X-Shopify-Hmac-Sha256", base64);
    setHeader(request, "X-WC-Webhook-Signature", base64);
    setHeader(request, "X-Syncline-Signature", "sha256=" + hex);
    setHeader(request, "X-Wms-Signature", base64);
    return request;
}

void checkDecision(const WebhookDecision &decision)
{
    fuzz::require(decision.status >= 200 && decision.status <= 599, "an HTTP status");
    fuzz::require(decision.rejection.empty() || decision.status >= 400,
                  "a refused request is answered with an error status");
    fuzz::require(decision.rejection.empty() || decision.events.empty(),
                  "a refused request ingests nothing");
    for (const auto &event : decision.events) {
        fuzz::require(!event.idempotencyKey.empty(), "every event has an idempotency key");
        fuzz::require(!event.eventId.empty(), "every event has an id");
        fuzz::require(event.connection == decision.connection,
                      "events carry the connection the request came through");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const WebhookRouter router(endpoints());
    const auto request = parseRequest(fuzz::asText(data, size));
    if (!request)
        return 0; // HttpServer answers 400/413/431 without consulting the router
    const auto now = fromEpochMs(1'780'000'000'000);
    (void)request->headerLines();
    checkDecision(router.route(*request, now));
    checkDecision(router.route(signedCopy(*request), now));
    return 0;
}
