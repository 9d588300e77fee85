#include "client/WooCommerceTargets.h"

#include "model/Json.h"
#include "util/Crypto.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace syncline::client {

struct WooCommerceStockTarget::State {
    HttpClient &http;
    WooCommerceStockOptions options;
};

namespace {

std::string stringAt(const json::object &object, std::string_view key)
{
    const auto *v = object.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::optional<std::int64_t> idOf(const json::object &object)
{
    const auto *v = object.if_contains("id");
    if (v && v->is_int64())
        return v->get_int64();
    if (v && v->is_uint64())
        return static_cast<std::int64_t>(v->get_uint64());
    return std::nullopt;
}

// One item of the batch answer: the updated product, or {"id":..,"error":{code,message,data}}.
DeliveryOutcome itemOutcome(const json::value &item)
{
    if (!item.is_object())
        return DeliveryOutcome::failure(ErrorClass::Transient,
                                        "WooCommerce answered an item with something unexpected");
    const auto *error = item.get_object().if_contains("error");
    if (!error || !error->is_object())
        return DeliveryOutcome::success();
    const auto &e = error->get_object();
    std::int64_t status = 400;
    if (const auto *data = e.if_contains("data"); data && data->is_object()) {
        if (const auto *s = data->get_object().if_contains("status"); s && s->is_int64())
            status = s->get_int64();
    }
    const std::string message =
        "WooCommerce " + stringAt(e, "code") + ": " + stringAt(e, "message");
    if (status == 401 || status == 403)
        return DeliveryOutcome::failure(ErrorClass::Auth, message);
    if (status >= 500)
        return DeliveryOutcome::failure(ErrorClass::Transient, message);
    return DeliveryOutcome::failure(ErrorClass::Data, message);
}

} // namespace

WooCommerceStockTarget::WooCommerceStockTarget(HttpClient &http, WooCommerceStockOptions options)
    : state_(std::make_shared<State>(State{http, std::move(options)}))
{
    if (!state_->options.gate)
        state_->options.gate = std::make_shared<RetryAfterGate>(SystemClock::instance());
}

WooCommerceStockTarget::~WooCommerceStockTarget() = default;

std::string WooCommerceStockTarget::name() const
{
    return state_->options.name;
}

std::string WooCommerceStockTarget::batchUrl() const
{
    std::string base = state_->options.baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/wp-json/wc/v3/products/batch";
}

void WooCommerceStockTarget::deliver(std::vector<Delivery> batch,
                                     std::function<void(std::vector<DeliveryOutcome>)> done)
{
    struct Sent {
        std::size_t delivery;
        std::int64_t productId;
    };
    std::vector<DeliveryOutcome> outcomes(batch.size(), DeliveryOutcome::success());
    std::vector<Sent> sent;
    std::map<std::int64_t, std::size_t> sentIndex;
    json::array updates;
    const auto &options = state_->options;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        model::InventoryLevel level;
        try {
            level = json::value_to<model::InventoryLevel>(parseJson(batch[i].payload));
        } catch (const std::exception &error) {
            outcomes[i] = DeliveryOutcome::failure(ErrorClass::Data, error.what());
            continue;
        }
        const auto product = options.productIds.find(level.sku);
        if (product == options.productIds.end()) {
            outcomes[i] = DeliveryOutcome::failure(
                ErrorClass::Data, "no WooCommerce product is mapped to SKU '" + level.sku + "'");
            continue;
        }
        if (const auto earlier = sentIndex.find(product->second); earlier != sentIndex.end()) {
            // One product once per call: the later level of the batch is the newer one.
            auto &previous = sent[earlier->second];
            outcomes[previous.delivery].message = "superseded by a newer level in the same batch";
            previous.delivery = i;
            updates[earlier->second].as_object()["stock_quantity"] = level.available;
            continue;
        }
        sentIndex[product->second] = sent.size();
        sent.push_back(Sent{i, product->second});
        updates.push_back(
            json::object{{"id", product->second}, {"stock_quantity", level.available}});
    }
    if (sent.empty()) {
        done(std::move(outcomes));
        return;
    }
    HttpRequest request;
    request.method = "POST";
    request.url = batchUrl();
    request.headers["Content-Type"] = "application/json";
    request.headers["Accept"] = "application/json";
    request.headers["Authorization"] =
        "Basic " + crypto::base64Encode(options.consumerKey + ":" + options.consumerSecret);
    request.body = serialize(json::object{{"update", std::move(updates)}});
    request.gate = options.gate;
    state_->http.request(
        std::move(request), [sent = std::move(sent), outcomes = std::move(outcomes),
                             done = std::move(done)](const HttpResponse &response) mutable {
            auto failAll = [&](const DeliveryOutcome &outcome) {
                for (const auto &s : sent)
                    outcomes[s.delivery] = outcome;
                done(std::move(outcomes));
            };
            if (!response.ok()) {
                auto outcome = toOutcome(response, SystemClock::instance().now());
                if (response.status == 413)
                    outcome.message = "batch too large for WooCommerce (" +
                                      std::to_string(sent.size()) + " items): " + outcome.message;
                failAll(outcome);
                return;
            }
            boost::system::error_code ec;
            const auto body = json::parse(response.body, ec);
            const auto *answer =
                !ec && body.is_object() ? body.get_object().if_contains("update") : nullptr;
            if (!answer || !answer->is_array()) {
                failAll(DeliveryOutcome::failure(ErrorClass::Transient,
                                                 "WooCommerce batch answer has no 'update' list"));
                return;
            }
            const auto &items = answer->get_array();
            // Items come back in request order; the ids are checked so that a reordered or
            // shortened answer cannot be credited to the wrong delivery.
            std::map<std::int64_t, const json::value *> byId;
            for (const auto &item : items)
                if (item.is_object())
                    if (const auto id = idOf(item.get_object()))
                        byId[*id] = &item;
            for (std::size_t i = 0; i < sent.size(); ++i) {
                const json::value *item = nullptr;
                if (i < items.size() && items[i].is_object() &&
                    idOf(items[i].get_object()) == sent[i].productId)
                    item = &items[i];
                else if (const auto it = byId.find(sent[i].productId); it != byId.end())
                    item = it->second;
                if (!item) {
                    outcomes[sent[i].delivery] = DeliveryOutcome::failure(
                        ErrorClass::Transient, "WooCommerce did not answer for product " +
                                                   std::to_string(sent[i].productId));
                    continue;
                }
                auto outcome = itemOutcome(*item);
                if (outcome.ok)
                    outcome.message = outcomes[sent[i].delivery].message;
                outcomes[sent[i].delivery] = outcome;
            }
            done(std::move(outcomes));
        });
}

} // namespace syncline::client
