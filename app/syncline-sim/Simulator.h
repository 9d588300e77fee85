#pragma once

#include "sim/ErpLedger.h"
#include "sim/Scenario.h"

#include <boost/json/value.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace syncline::simapp {

struct SimulatorOptions {
    sim::Scenario scenario;
    double speed = 1.0; // scenario seconds per real second
    std::uint16_t shopPort = 0;
    std::uint16_t erpPort = 0;
    // Shopify webhooks go to synclineWebhookUrl, ERP events (invoices) to erpWebhookUrl (empty:
    // not sent). "{webhook-port}" in either is replaced by the webhook port that `synclined run
    // --ports-file` wrote to synclinePortsFile; the day starts once that file exists.
    std::string synclineWebhookUrl;
    std::string erpWebhookUrl;
    std::filesystem::path synclinePortsFile;
    std::filesystem::path effectsFile; // rewritten while the day runs, see effects()
    std::filesystem::path dropFolder;  // <dir>/stock/inbox and <dir>/asn/inbox
    std::string webhookSecret;
    std::string erpWebhookSecret;
    std::string shopAccessToken;
    std::string erpApiKey;
    int maxWebhookAttempts = 9; // the first delivery and 8 retries, as Shopify does
    std::chrono::milliseconds firstRetryDelay{1000}; // scenario time, doubled per retry
};

// The storefront, ERP and warehouse of a scenario, on loopback. Thread-safe.
class Simulator {
public:
    Simulator(boost::asio::io_context &io, SimulatorOptions options);
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    // Binds the servers (throws on failure) and starts playing the scenario.
    void start();
    void stop();

    std::uint16_t shopPort() const;
    std::uint16_t erpPort() const;
    bool finished() const; // every step played and every webhook settled

    void injectFault(const sim::FaultSpec &fault);
    // Everything the simulated systems received and sent.
    boost::json::value effects() const;

    struct State;

private:
    std::shared_ptr<State> state_;
};

} // namespace syncline::simapp
