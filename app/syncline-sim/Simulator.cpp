#include "Simulator.h"

#include "client/HttpClient.h"
#include "contractserver/ContractServer.h"
#include "sim/Storefront.h"
#include "sim/Warehouse.h"
#include "util/Time.h"
#include "util/Uuid.h"
#include "wire/HttpServer.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json.hpp>

#include <cmath>
#include <fstream>
#include <iostream>
#include <mutex>

namespace syncline::simapp {

namespace asio = boost::asio;
namespace json = boost::json;
using Steady = std::chrono::steady_clock;

namespace {

TimePoint nowUtc()
{
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

void log(const std::string &line)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::cout << "syncline-sim: " << line << std::endl;
}

wire::HttpResponse jsonResponse(int status, const json::value &body)
{
    wire::HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = json::serialize(body);
    return response;
}

wire::HttpResponse errorResponse(int status, const std::string &message)
{
    return jsonResponse(status, json::object{{"error", message}});
}

} // namespace

struct Simulator::State : std::enable_shared_from_this<Simulator::State> {
    State(asio::io_context &ioContext, SimulatorOptions simOptions)
        : io(ioContext)
        , options(std::move(simOptions))
        , http(ioContext, httpOptions())
    {}

    static client::HttpClientOptions httpOptions()
    {
        client::HttpClientOptions o;
        o.connectTimeout = Millis(1000); // Shopify's own limits for webhook delivery
        o.requestTimeout = Millis(5000);
        return o;
    }

    asio::io_context &io;
    SimulatorOptions options;
    client::HttpClient http;
    std::unique_ptr<contract::ContractServer> shop;
    std::unique_ptr<wire::HttpServer> erp;
    sim::ErpLedger ledger;
    TimePoint dayStart{};
    Steady::time_point dayStartSteady{};

    mutable std::mutex mutex; // guards what follows
    std::vector<std::shared_ptr<asio::steady_timer>> timers;
    Steady::time_point erpOutageUntil{}, erpThrottleUntil{}, erpSlowUntil{};
    std::chrono::milliseconds erpDelay{0};
    int webhookRefusals = 0;
    int stepsPlayed = 0;
    int webhooksPending = 0;
    int webhooksDelivered = 0;
    int webhookAttempts = 0;
    int webhooksAbandoned = 0;
    int filesDropped = 0;
    std::int64_t controlNumber = 0;
    std::vector<sim::StockRow> erpStock;
    bool stopped = false;
    bool announcedFinish = false;

    Steady::duration real(double scenarioSeconds) const
    {
        return std::chrono::duration_cast<Steady::duration>(
            std::chrono::duration<double>(scenarioSeconds / options.speed));
    }
    TimePoint scenarioTime(double seconds) const
    {
        return dayStart + Millis(static_cast<std::int64_t>(seconds * 1000.0));
    }

    void after(Steady::duration delay, std::function<void()> action)
    {
        auto timer = std::make_shared<asio::steady_timer>(io, delay);
        {
            std::lock_guard lock(mutex);
            if (stopped)
                return;
            timers.push_back(timer);
        }
        timer->async_wait([self = shared_from_this(), timer,
                           action = std::move(action)](const boost::system::error_code &ec) {
            {
                std::lock_guard lock(self->mutex);
                std::erase(self->timers, timer);
                if (ec || self->stopped)
                    return;
            }
            action();
        });
    }

    // --- the storefront's webhooks ----------------------------------------------------
    using Signer = std::function<sim::HeaderList()>;

    void sendWebhook(std::string url, std::string body, Signer sign, std::string what)
    {
        {
            std::lock_guard lock(mutex);
            ++webhooksPending;
        }
        attempt(std::move(url), std::move(body), std::move(sign), std::move(what), 1);
    }

    void attempt(std::string url, std::string body, Signer sign, std::string what, int number)
    {
        client::HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = body;
        for (auto &[name, value] : sign())
            request.headers[name] = value;
        {
            std::lock_guard lock(mutex);
            ++webhookAttempts;
        }
        http.request(std::move(request), [self = shared_from_this(), url, body, sign, what,
                                          number](client::HttpResponse response) {
            bool ok = response.ok();
            {
                std::lock_guard lock(self->mutex);
                if (ok && self->webhookRefusals > 0) {
                    --self->webhookRefusals; // the answer is lost on the way back
                    ok = false;
                }
            }
            const std::string answer = response.transportFailed()
                                           ? std::string(client::toString(response.transportError))
                                           : std::to_string(response.status);
            if (ok) {
                log(what + " delivered (" + answer + ", attempt " + std::to_string(number) + ")");
                std::lock_guard lock(self->mutex);
                --self->webhooksPending;
                ++self->webhooksDelivered;
                return;
            }
            if (number >= self->options.maxWebhookAttempts) {
                log(what + " abandoned after " + std::to_string(number) + " attempts (" + answer +
                    ")");
                std::lock_guard lock(self->mutex);
                --self->webhooksPending;
                ++self->webhooksAbandoned;
                return;
            }
            const double wait = static_cast<double>(self->options.firstRetryDelay.count()) /
                                1000.0 * std::pow(2.0, number - 1);
            log(what + " refused (" + answer + "), retry " + std::to_string(number) + " in " +
                std::to_string(wait) + " scenario s");
            self->after(self->real(wait), [self, url, body, sign, what, number] {
                self->attempt(url, body, sign, what, number + 1);
            });
        });
    }

    void sendShopifyWebhook(const std::string &topic, std::string body, sim::Delivery delivery,
                            const std::string &what)
    {
        if (options.synclineWebhookUrl.empty())
            return;
        sim::WebhookMessage message{topic, std::move(body), newUuid(), formatIso8601(nowUtc())};
        if (delivery == sim::Delivery::Malformed)
            message.body = message.body.substr(0, message.body.size() / 2);
        const std::string secret = delivery == sim::Delivery::BadSignature
                                       ? options.webhookSecret + "-rotated-away"
                                       : options.webhookSecret;
        auto sign = [message, secret, domain = options.scenario.shopDomain,
                     version = options.scenario.apiVersion] {
            return sim::shopifyWebhookHeaders(message, secret, domain, version);
        };
        sendWebhook(options.synclineWebhookUrl, message.body, sign, what);
        if (delivery == sim::Delivery::Duplicate)
            sendWebhook(options.synclineWebhookUrl, message.body, sign, what + " (duplicate)");
    }

    // --- the scenario ------------------------------------------------------------------
    void play(const sim::Step &step)
    {
        try {
            switch (step.kind) {
            case sim::Step::Kind::StockSnapshot:
                playStock(step);
                break;
            case sim::Step::Kind::Order:
                playOrder(step);
                break;
            case sim::Step::Kind::ShipNotice:
                playShipNotice(step);
                break;
            case sim::Step::Kind::Invoice:
                playInvoice(step);
                break;
            case sim::Step::Kind::Fault:
                applyFault(step.fault);
                break;
            }
        } catch (const std::exception &error) {
            log("step at " + std::to_string(step.at) + " failed: " + error.what());
        }
        std::lock_guard lock(mutex);
        ++stepsPlayed;
    }

    void playStock(const sim::Step &step)
    {
        std::int64_t sequence;
        {
            std::lock_guard lock(mutex);
            erpStock = step.stock;
            sequence = ++controlNumber;
        }
        const auto name = "stock-" + std::to_string(sequence) + ".csv";
        sim::dropFile(options.dropFolder / "stock" / "inbox", name,
                      sim::stockSnapshotCsv(step.stock, formatIso8601(scenarioTime(step.at))));
        log("warehouse dropped " + name + " (" + std::to_string(step.stock.size()) + " rows)");
        std::lock_guard lock(mutex);
        ++filesDropped;
    }

    void playOrder(const sim::Step &step)
    {
        const auto &order = step.order;
        if (step.topic == "orders/create") {
            contract::FulfillmentOrderSpec fulfillmentOrder;
            fulfillmentOrder.id =
                "gid://shopify/FulfillmentOrder/" + sim::shopifyOrderId(order.number);
            std::int64_t line = 0;
            for (const auto &l : order.lines)
                fulfillmentOrder.lines.push_back(contract::FulfillmentOrderLine{
                    "gid://shopify/FulfillmentOrderLineItem/" + sim::shopifyOrderId(order.number) +
                        std::to_string(++line),
                    l.sku, l.quantity});
            shop->addOrder(sim::shopifyOrderGid(order.number), {fulfillmentOrder});
        }
        const auto created = formatIso8601(scenarioTime(step.at));
        const auto updated = formatIso8601(scenarioTime(step.occurredAt.value_or(step.at)));
        sendShopifyWebhook(step.topic, sim::shopifyOrderBody(order, created, updated),
                           step.delivery,
                           step.topic + " " + sim::orderName(order.number) +
                               (step.label.empty() ? "" : " [" + step.label + "]"));
    }

    void playShipNotice(const sim::Step &step)
    {
        std::int64_t sequence;
        {
            std::lock_guard lock(mutex);
            sequence = ++controlNumber;
        }
        const auto name = "asn-" + step.shipment.shipmentId + ".edi";
        sim::dropFile(options.dropFolder / "asn" / "inbox", name,
                      sim::shipNotice856(step.shipment, {}, sequence, scenarioTime(step.at)));
        log("warehouse dropped " + name + " for " + step.shipment.orderNumber);
        std::lock_guard lock(mutex);
        ++filesDropped;
    }

    void playInvoice(const sim::Step &step)
    {
        if (options.erpWebhookUrl.empty()) {
            log("invoice not sent: no --erp-webhook");
            return;
        }
        const auto number = step.invoice.contains("invoice_number")
                                ? json::value_to<std::string>(step.invoice.at("invoice_number"))
                                : newUuid();
        const auto order = step.invoice.contains("order_number")
                               ? json::value_to<std::string>(step.invoice.at("order_number"))
                               : number;
        const json::object event{
            {"event_id", newUuid()},
            {"idempotency_key", "erp-invoice:" + number},
            {"domain", "order"},
            {"source_system", "erp"},
            {"type", "invoice.issued"},
            {"correlation_id", order},
            {"entity_key", "invoice:" + number},
            {"occurred_at", formatIso8601(scenarioTime(step.at))},
            {"payload", step.invoice},
        };
        auto body = json::serialize(event);
        auto sign = [body, secret = options.erpWebhookSecret] {
            return sim::genericWebhookHeaders(body, secret);
        };
        sendWebhook(options.erpWebhookUrl, body, sign, "invoice " + number);
    }

    void applyFault(const sim::FaultSpec &fault)
    {
        const auto until =
            Steady::now() + real(static_cast<double>(fault.duration.count()) / 1000.0);
        log("fault " + std::string(sim::toString(fault.kind)));
        switch (fault.kind) {
        case sim::FaultKind::ShopOutage:
            shop->answerNext(fault.count, 503, R"({"errors":"Service Unavailable"})");
            break;
        case sim::FaultKind::ShopThrottle:
            shop->throttleNext(fault.count);
            break;
        case sim::FaultKind::ShopSlow:
            shop->setResponseDelay(fault.delay);
            after(until - Steady::now(), [self = shared_from_this()] {
                self->shop->setResponseDelay(std::chrono::milliseconds(0));
                log("shop answers at full speed again");
            });
            break;
        case sim::FaultKind::ErpOutage: {
            std::lock_guard lock(mutex);
            erpOutageUntil = until;
            break;
        }
        case sim::FaultKind::ErpThrottle: {
            std::lock_guard lock(mutex);
            erpThrottleUntil = until;
            break;
        }
        case sim::FaultKind::ErpSlow: {
            std::lock_guard lock(mutex);
            erpSlowUntil = until;
            erpDelay = fault.delay;
            break;
        }
        case sim::FaultKind::WebhookRefused: {
            std::lock_guard lock(mutex);
            webhookRefusals += fault.count;
            break;
        }
        }
    }

    // --- the ERP and the control endpoints ----------------------------------------------
    void handle(wire::HttpRequest request, wire::HttpServer::Respond respond)
    {
        auto path = request.target.substr(0, request.target.find('?'));
        if (path == "/sim/effects" && request.method == "GET")
            return void(respond(jsonResponse(200, effects())));
        if (path == "/sim/faults" && request.method == "POST") {
            try {
                boost::system::error_code ec;
                const auto body = json::parse(request.body, ec);
                if (ec || !body.is_object())
                    return void(respond(errorResponse(400, "the body must be a JSON object")));
                applyFault(sim::parseFault(body.get_object()));
                return void(respond(jsonResponse(202, json::object{{"accepted", true}})));
            } catch (const std::exception &error) {
                return void(respond(errorResponse(400, error.what())));
            }
        }
        if (path == "/erp/products" && request.method == "GET") {
            json::array products;
            for (const auto &[sku, item] : options.scenario.inventoryItems)
                products.push_back(json::object{{"sku", sku}});
            return void(respond(jsonResponse(200, json::object{{"products", products}})));
        }
        if (path == "/erp/stock" && request.method == "GET") {
            json::array rows;
            std::lock_guard lock(mutex);
            for (const auto &row : erpStock)
                rows.push_back(json::object{{"sku", row.sku},
                                            {"location", row.location},
                                            {"on_hand", row.onHand},
                                            {"reserved", row.reserved}});
            return void(respond(jsonResponse(200, json::object{{"stock", rows}})));
        }
        if (path == "/erp/orders" && request.method == "GET")
            return void(respond(jsonResponse(200, ledger.toJson())));
        if (path == "/erp/orders" && request.method == "POST")
            return acceptOrder(std::move(request), std::move(respond));
        respond(errorResponse(404, "no such resource: " + request.method + " " + path));
    }

    void acceptOrder(wire::HttpRequest request, wire::HttpServer::Respond respond)
    {
        const auto now = Steady::now();
        std::chrono::milliseconds delay{0};
        {
            std::lock_guard lock(mutex);
            if (now < erpOutageUntil)
                return void(respond(errorResponse(503, "the ERP is down for maintenance")));
            if (now < erpThrottleUntil) {
                auto response = errorResponse(429, "too many requests");
                response.headers.push_back({"Retry-After", "1"});
                return void(respond(std::move(response)));
            }
            if (now < erpSlowUntil)
                delay = erpDelay;
        }
        if (delay.count() > 0) {
            after(delay, [self = shared_from_this(), request = std::move(request),
                          respond = std::move(respond)]() mutable {
                self->recordOrder(request, respond);
            });
            return;
        }
        recordOrder(request, respond);
    }

    void recordOrder(const wire::HttpRequest &request, const wire::HttpServer::Respond &respond)
    {
        if (!options.erpApiKey.empty()) {
            const auto *authorization = request.header("Authorization");
            if (!authorization || *authorization != "Bearer " + options.erpApiKey)
                return void(respond(errorResponse(401, "unknown API key")));
        }
        const auto *key = request.header("Idempotency-Key");
        if (!key || key->empty())
            return void(respond(errorResponse(400, "Idempotency-Key is required")));
        boost::system::error_code ec;
        const auto body = json::parse(request.body, ec);
        const auto *order = body.if_object();
        const auto *number = order ? order->if_contains("order_number") : nullptr;
        if (ec || !number || !number->is_string() || number->get_string().empty())
            return void(respond(errorResponse(422, "an order with an order_number is required")));
        const auto result =
            ledger.record("order", std::string(number->get_string()), *key, request.body);
        const json::object answer{{"erp_order_id", result.effect.sequence},
                                  {"order_number", result.effect.reference},
                                  {"result", sim::toString(result.outcome)}};
        log("ERP order " + result.effect.reference + " " +
            std::string(sim::toString(result.outcome)));
        respond(jsonResponse(result.outcome == sim::ErpLedger::Outcome::Applied    ? 201
                             : result.outcome == sim::ErpLedger::Outcome::Replayed ? 200
                                                                                   : 409,
                             answer));
    }

    void beginDay()
    {
        dayStart = nowUtc();
        dayStartSteady = Steady::now();
        for (std::size_t i = 0; i < options.scenario.steps.size(); ++i) {
            after(real(options.scenario.steps[i].at),
                  [self = shared_from_this(), i] { self->play(self->options.scenario.steps[i]); });
        }
        log("playing " + options.scenario.name + " (" +
            std::to_string(options.scenario.steps.size()) + " steps) at speed " +
            std::to_string(options.speed));
    }

    // Reads "webhook=PORT ..." as `synclined run --ports-file` writes it (atomically).
    void waitForSyncline()
    {
        std::ifstream in(options.synclinePortsFile);
        std::string word;
        while (in >> word) {
            if (word.rfind("webhook=", 0) != 0)
                continue;
            const auto port = word.substr(8);
            for (auto *url : {&options.synclineWebhookUrl, &options.erpWebhookUrl})
                if (const auto at = url->find("{webhook-port}"); at != std::string::npos)
                    url->replace(at, 14, port);
            log("Syncline's webhooks are on port " + port);
            beginDay();
            return;
        }
        after(std::chrono::milliseconds(100),
              [self = shared_from_this()] { self->waitForSyncline(); });
    }

    void writeEffectsPeriodically()
    {
        if (options.effectsFile.empty())
            return;
        writeEffects();
        bool announce = false;
        {
            std::lock_guard lock(mutex);
            if (dayStarted() && finishedLocked() && !announcedFinish)
                announce = announcedFinish = true;
        }
        if (announce)
            log("scenario finished: every step played, every webhook settled");
        after(std::chrono::milliseconds(250),
              [self = shared_from_this()] { self->writeEffectsPeriodically(); });
    }

    bool dayStarted() const { return dayStartSteady != Steady::time_point{}; }

    void writeEffects() const
    {
        const auto text = json::serialize(effects()) + "\n";
        const auto partial = options.effectsFile.string() + ".tmp";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            out << text;
        }
        std::error_code ec;
        std::filesystem::rename(partial, options.effectsFile, ec); // readers never see half a file
    }

    json::value effects() const
    {
        json::array inventory;
        for (const auto &effect : shop->effects())
            inventory.push_back(json::object{{"platform", effect.platform},
                                             {"item", effect.item},
                                             {"location", effect.location},
                                             {"quantity", effect.quantity},
                                             {"idempotency_key", effect.idempotencyKey}});
        json::array fulfillments;
        for (const auto &f : shop->fulfillments())
            fulfillments.push_back(json::object{{"order", f.orderId},
                                                {"tracking_company", f.trackingCompany},
                                                {"tracking_number", f.trackingNumber}});
        json::object out{
            {"shop", json::object{{"effects", std::move(inventory)},
                                  {"fulfillments", std::move(fulfillments)},
                                  {"duplicates", shop->duplicateEffects()},
                                  {"idempotent_replays", shop->idempotentReplays()},
                                  {"throttled", shop->throttledResponses()},
                                  {"contract_violations", shop->violations().size()}}},
            {"erp", ledger.toJson()},
        };
        std::lock_guard lock(mutex);
        out["webhooks"] = json::object{{"delivered", webhooksDelivered},
                                       {"attempts", webhookAttempts},
                                       {"abandoned", webhooksAbandoned},
                                       {"pending", webhooksPending}};
        out["steps_played"] = stepsPlayed;
        out["steps"] = options.scenario.steps.size();
        out["files_dropped"] = filesDropped;
        out["finished"] = finishedLocked();
        return out;
    }

    bool finishedLocked() const
    {
        return stepsPlayed == static_cast<int>(options.scenario.steps.size()) &&
               webhooksPending == 0;
    }
};

Simulator::Simulator(asio::io_context &io, SimulatorOptions options)
    : state_(std::make_shared<State>(io, std::move(options)))
{}

Simulator::~Simulator()
{
    stop();
}

void Simulator::start()
{
    auto &s = *state_;
    contract::ServerOptions shopOptions;
    shopOptions.port = s.options.shopPort;
    shopOptions.apiVersion = s.options.scenario.apiVersion;
    shopOptions.shopifyAccessToken = s.options.shopAccessToken;
    s.shop = std::make_unique<contract::ContractServer>(shopOptions);
    for (const auto &row : s.options.scenario.initialStock) {
        const auto item = s.options.scenario.inventoryItems.find(row.sku);
        const auto location = s.options.scenario.locations.find(row.location);
        if (item != s.options.scenario.inventoryItems.end() &&
            location != s.options.scenario.locations.end())
            s.shop->setInventory(item->second, location->second, row.onHand - row.reserved);
    }

    wire::HttpServerOptions erpOptions;
    erpOptions.port = s.options.erpPort;
    erpOptions.responseTimeout = Millis(60'000); // slow-ERP faults answer late on purpose
    std::weak_ptr<State> weak = state_;
    s.erp = std::make_unique<wire::HttpServer>(
        s.io, erpOptions, [weak](wire::HttpRequest request, wire::HttpServer::Respond respond) {
            if (auto self = weak.lock())
                self->handle(std::move(request), std::move(respond));
        });
    s.erp->start();

    if (s.options.synclinePortsFile.empty())
        s.beginDay();
    else
        s.waitForSyncline();
    s.writeEffectsPeriodically();
}

void Simulator::stop()
{
    std::vector<std::shared_ptr<asio::steady_timer>> timers;
    {
        std::lock_guard lock(state_->mutex);
        state_->stopped = true;
        timers.swap(state_->timers);
    }
    for (auto &timer : timers)
        timer->cancel();
    if (state_->erp)
        state_->erp->stop();
    if (!state_->options.effectsFile.empty())
        state_->writeEffects();
}

std::uint16_t Simulator::shopPort() const
{
    return state_->shop ? state_->shop->port() : 0;
}

std::uint16_t Simulator::erpPort() const
{
    return state_->erp ? state_->erp->port() : 0;
}

bool Simulator::finished() const
{
    std::lock_guard lock(state_->mutex);
    return state_->finishedLocked();
}

void Simulator::injectFault(const sim::FaultSpec &fault)
{
    state_->applyFault(fault);
}

json::value Simulator::effects() const
{
    return state_->effects();
}

} // namespace syncline::simapp
