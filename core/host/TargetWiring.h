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
// engine, and its cross-references into the ERP catalog the order desk checks SKUs against.
namespace syncline::host {

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

// The refusals of the validate stage: an order with no lines has nothing to post and becomes a
// dead letter. The order desk's rules (address, payment, unknown SKU...) hold the others.
std::vector<Validator> orderValidatorsFor(const config::Config &config);

// The ERP's item numbers as the configuration knows them: the canonical SKUs cross-referenced
// for a connection that writes orders. Loaded into the order desk, they make an order with any
// other SKU wait on an "unknown SKU" hold.
std::vector<std::string> erpCatalogFor(const config::Config &config);

} // namespace syncline::host
