#pragma once

#include "config/Config.h"
#include "engine/Engine.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace syncline::files {
class DropFolder;
}
namespace syncline::wire {
class AdminListener;
class WebhookListener;
} // namespace syncline::wire

// What a running engine hosts for a configuration: the signed webhook listener, the drop folders,
// the delivery targets with their routes, the order rules and the admin listener. `synclined run`
// and the console host the same pipeline through this class.
namespace syncline::host {

struct ListenAddress {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0; // 0: any free port, read back after start()
};

// "ADDRESS:PORT" (the port may be 0); nullopt when it is not of that form.
std::optional<ListenAddress> parseListenAddress(const std::string &text);

struct HostOptions {
    std::filesystem::path dataDirectory;
    // Serve webhooks and the admin endpoints. Without a configuration and with serve false the
    // host only starts the engine (the console on a plain data directory).
    bool serve = true;
    ListenAddress webhook{"127.0.0.1", 8080};
    ListenAddress admin{"127.0.0.1", 8081};
};

// The data directory, listen and admin addresses of a configuration's [engine] table.
HostOptions hostOptionsFor(const config::Config &config);

// What start() set up, for the operator to read.
struct HostReport {
    std::vector<std::string> targets;     // "<connection>/inventory", ...
    std::vector<std::string> dropFolders; // the inboxes watched
    std::vector<std::string> problems;    // connections left out and why (never with a secret)
    std::optional<ListenAddress> webhook; // bound, with the port read back
    std::optional<ListenAddress> admin;
    std::size_t webhookEndpoints = 0;
    std::size_t erpCatalogItems = 0;
};

class HostError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class PipelineHost {
public:
    // Opens the engine of options.dataDirectory, not yet processing; throws HostError when the
    // data directory cannot be opened.
    PipelineHost(HostOptions options, std::optional<config::Config> config);
    // Stops serving, stops the engine's threads, then closes the engine.
    ~PipelineHost();
    PipelineHost(const PipelineHost &) = delete;
    PipelineHost &operator=(const PipelineHost &) = delete;

    Engine &engine() { return *engine_; }
    const HostOptions &options() const { return options_; }
    const config::Config *config() const { return config_ ? &*config_ : nullptr; }

    // Wires targets, routes and order rules, starts the engine, then the drop folders and the
    // listeners. Blocking (binds sockets, writes the ERP catalog): call it off a GUI thread.
    // Throws HostError when another process already runs this data directory's engine or a
    // listener cannot bind; the engine stays open for queries either way.
    HostReport start();
    // Stops the listeners and drop folders; the engine keeps running until destruction.
    // Idempotent, and safe while start() runs on another thread.
    void stop();

private:
    struct Targets;

    HostOptions options_;
    std::optional<config::Config> config_;
    std::mutex mutex_; // start() against stop()
    bool stopped_ = false;
    // Destroyed in the order the destructor spells out.
    std::unique_ptr<Targets> targets_;
    std::unique_ptr<Engine> engine_;
    std::vector<std::unique_ptr<files::DropFolder>> folders_;
    std::unique_ptr<wire::WebhookListener> listener_;
    std::unique_ptr<wire::AdminListener> admin_;
};

// Writes "webhook=PORT admin=PORT" to `file` in one rename, so that a reader (the simulator
// waiting for the engine's ports) never sees half a line. Throws HostError when it cannot.
void writePortsFile(const std::filesystem::path &file, const HostReport &report);

} // namespace syncline::host
