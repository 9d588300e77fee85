#pragma once

#include "config/Config.h"
#include "engine/Engine.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace syncline::client {
class HttpClient;
}

// Turns the configuration's outbound API connections into delivery targets and routes of the
// engine, and its cross-references into the order rules that keep unusable orders out of the ERP.
namespace syncline::cli {

class TargetWiring {
public:
    TargetWiring();
    ~TargetWiring();
    TargetWiring(const TargetWiring &) = delete;
    TargetWiring &operator=(const TargetWiring &) = delete;

    // Call after Engine::open (autoStart=false) and before Engine::start(). For each api
    // connection with direction out or both: a Shopify system gets an inventory target
    // ("<connection>/inventory") and a fulfilment target ("<connection>/fulfilment"), a generic
    // system an order target ("<connection>/orders") posting to its order API. Connections
    // whose secret cannot be resolved are reported on `err` (never with the secret) and left
    // out; their events wait in the outbox until the configuration is fixed.
    // Keep this object alive as long as the engine: the targets use its HTTP client.
    std::vector<std::string> wire(Engine &engine, const config::Config &config, std::ostream &err);

private:
    std::unique_ptr<client::HttpClient> http_;
};

// The order rules of the validate stage: an order needs lines, a shipping address, a payment
// that is authorized or captured, and (when the connection that receives orders has SKU
// cross-references) only SKUs that the receiving system knows.
std::vector<Validator> orderValidatorsFor(const config::Config &config);

} // namespace syncline::cli
