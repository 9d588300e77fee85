#pragma once

#include "sim/ErpLedger.h"
#include "wire/HttpServer.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace syncline::testing {

// The ERP's order API on 127.0.0.1 (POST /erp/orders), recording every order under its
// idempotency key in an ErpLedger: a repeated key is a recognised redelivery, the same order
// under a second key is a doubled effect.
class ErpRecorder {
public:
    explicit ErpRecorder(std::string apiKey)
        : apiKey_(std::move(apiKey))
        , work_(boost::asio::make_work_guard(io_))
    {
        server_ = std::make_unique<wire::HttpServer>(
            io_, wire::HttpServerOptions{},
            [this](wire::HttpRequest request, wire::HttpServer::Respond respond) {
                respond(handle(request));
            });
        server_->start();
        thread_ = std::thread([this] { io_.run(); });
    }
    ~ErpRecorder()
    {
        server_->stop();
        work_.reset();
        io_.stop();
        thread_.join();
    }
    ErpRecorder(const ErpRecorder &) = delete;
    ErpRecorder &operator=(const ErpRecorder &) = delete;

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }
    const sim::ErpLedger &ledger() const { return ledger_; }

    // Order number -> every idempotency key it was applied or replayed under.
    std::map<std::string, std::set<std::string>> keysByOrder() const
    {
        std::lock_guard lock(mutex_);
        return keysByOrder_;
    }

private:
    wire::HttpResponse handle(const wire::HttpRequest &request)
    {
        if (request.method != "POST" || request.target != "/erp/orders")
            return wire::HttpResponse::text(404, "no such resource");
        const auto *authorization = request.header("Authorization");
        if (!authorization || *authorization != "Bearer " + apiKey_)
            return wire::HttpResponse::text(401, "unknown API key");
        const auto *key = request.header("Idempotency-Key");
        if (!key || key->empty())
            return wire::HttpResponse::text(400, "Idempotency-Key is required");
        boost::system::error_code ec;
        const auto body = boost::json::parse(request.body, ec);
        const auto *order = body.if_object();
        const auto *number = order ? order->if_contains("order_number") : nullptr;
        if (ec || !number || !number->is_string())
            return wire::HttpResponse::text(422, "an order with an order_number is required");
        const std::string reference(number->get_string());
        const auto result = ledger_.record("order", reference, *key, request.body);
        {
            std::lock_guard lock(mutex_);
            keysByOrder_[reference].insert(*key);
        }
        switch (result.outcome) {
        case sim::ErpLedger::Outcome::Applied:
            return wire::HttpResponse::text(201, "created");
        case sim::ErpLedger::Outcome::Replayed:
            return wire::HttpResponse::text(200, "already recorded");
        case sim::ErpLedger::Outcome::Conflict:
            break;
        }
        return wire::HttpResponse::text(409, "the key was used for another order");
    }

    std::string apiKey_;
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
    std::unique_ptr<wire::HttpServer> server_;
    std::thread thread_;
    sim::ErpLedger ledger_;
    mutable std::mutex mutex_;
    std::map<std::string, std::set<std::string>> keysByOrder_;
};

} // namespace syncline::testing
