#include "Arguments.h"
#include "Commands.h"
#include "ConfigWiring.h"
#include "EngineSession.h"
#include "Metrics.h"
#include "TargetWiring.h"
#include "wire/AdminListener.h"
#include "wire/WebhookListener.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <fstream>
#include <future>
#include <mutex>
#include <ostream>

namespace syncline::cli {

namespace {

constexpr const char *usage =
    "usage: synclined run --data DIR [--config FILE] [--listen ADDR:PORT] [--admin ADDR:PORT]\n"
    "                     [--ports-file FILE] [--duration SECONDS]\n"
    "\n"
    "Runs the engine headless: the signed webhook listener and the drop folders of the\n"
    "configuration, delivery to targets, and the admin endpoints GET /metrics (Prometheus) and\n"
    "GET /healthz (loopback by default). Stops on SIGINT or SIGTERM (or after --duration), after\n"
    "writing everything it acknowledged. --ports-file receives the bound ports as\n"
    "\"webhook=PORT admin=PORT\" (useful with port 0).\n";

bool splitAddress(const std::string &text, std::string &address, std::uint16_t &port)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    address = text.substr(0, colon);
    try {
        const int value = std::stoi(text.substr(colon + 1));
        if (value < 0 || value > 65535)
            return false;
        port = static_cast<std::uint16_t>(value);
    } catch (const std::exception &) {
        return false;
    }
    return !address.empty();
}

} // namespace

int runEngine(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "config", "listen", "admin", "ports-file", "duration"},
                              {"help"});
    if (arguments.flag("help")) {
        io.out << usage;
        return 0;
    }
    if (!arguments.ok() || (!arguments.value("data") && !arguments.value("config"))) {
        io.err << (arguments.ok() ? "" : "synclined run: " + arguments.error() + "\n") << usage;
        return 2;
    }

    std::optional<config::Config> config;
    if (const auto file = arguments.value("config")) {
        config = loadConfigOrReport(*file, io.err);
        if (!config)
            return 2;
    }
    wire::WebhookListenerOptions listenOptions;
    wire::AdminListenerOptions adminOptions;
    if (config) {
        listenOptions.http.address = config->engine.listenAddress;
        listenOptions.http.port = static_cast<std::uint16_t>(config->engine.listenPort);
        adminOptions.address = config->engine.adminAddress;
        adminOptions.port = static_cast<std::uint16_t>(config->engine.adminPort);
    } else {
        listenOptions.http.port = 8080;
        adminOptions.port = 8081;
    }
    if (const auto listen = arguments.value("listen");
        listen && !splitAddress(*listen, listenOptions.http.address, listenOptions.http.port)) {
        io.err << "synclined run: --listen must be ADDRESS:PORT\n";
        return 2;
    }
    if (const auto admin = arguments.value("admin");
        admin && !splitAddress(*admin, adminOptions.address, adminOptions.port)) {
        io.err << "synclined run: --admin must be ADDRESS:PORT\n";
        return 2;
    }

    const std::string dataDirectory =
        arguments.value("data").value_or(config ? config->engine.dataDirectory.string() : "data");
    TargetWiring targets; // outlives the engine: its targets send through this HTTP client
    auto engine = openEngine(dataDirectory, io.err, false);
    if (!engine)
        return 2;
    if (config) {
        for (const auto &target : targets.wire(*engine, *config, io.err))
            io.out << "synclined: delivering to " << target << "\n";
    }
    engine->start();
    if (!engine->processing()) {
        io.err << "synclined run: another process is already running the engine of "
               << dataDirectory << "\n";
        return 2;
    }
    auto &ioContext = engine->ioContext();

    std::vector<wire::WebhookEndpoint> endpoints;
    std::vector<std::unique_ptr<files::DropFolder>> folders;
    if (config) {
        endpoints = webhookEndpointsFor(*config, io.err);
        for (auto &options : dropFoldersFor(*config)) {
            folders.push_back(
                std::make_unique<files::DropFolder>(ioContext, options, engine->inbound()));
            folders.back()->start();
        }
    }
    wire::WebhookListener listener(ioContext, listenOptions, endpoints, engine->inbound());
    Engine *enginePtr = engine.get();
    wire::AdminListener admin(
        ioContext, adminOptions, [enginePtr] { return metricsText(*enginePtr->feeds()); },
        [enginePtr] {
            wire::HealthReport report;
            report.json = healthJson(*enginePtr->feeds(), report.healthy);
            return report;
        });
    try {
        listener.start();
        admin.start();
    } catch (const std::exception &error) {
        io.err << "synclined run: " << error.what() << "\n";
        return 2;
    }
    io.out << "synclined: engine on " << dataDirectory << ", webhooks on "
           << listenOptions.http.address << ":" << listener.port() << ", admin on "
           << adminOptions.address << ":" << admin.port() << std::endl;
    if (const auto portsFile = arguments.value("ports-file")) {
        std::ofstream ports(*portsFile + ".tmp");
        ports << "webhook=" << listener.port() << " admin=" << admin.port() << "\n";
        ports.close();
        std::filesystem::rename(*portsFile + ".tmp", *portsFile); // readers never see half a file
    }

    std::promise<void> stopRequested;
    std::once_flag stopOnce;
    auto requestStop = [&stopRequested, &stopOnce] {
        std::call_once(stopOnce, [&stopRequested] { stopRequested.set_value(); });
    };
    boost::asio::signal_set signals(ioContext, SIGINT, SIGTERM);
    signals.async_wait([requestStop](const boost::system::error_code &ec, int) {
        if (!ec)
            requestStop();
    });
    boost::asio::steady_timer deadline(ioContext);
    if (const auto duration = arguments.value("duration")) {
        deadline.expires_after(std::chrono::seconds(std::stol(*duration)));
        deadline.async_wait([requestStop](const boost::system::error_code &ec) {
            if (!ec)
                requestStop();
        });
    }
    stopRequested.get_future().wait();
    signals.cancel();
    deadline.cancel();
    listener.stop();
    admin.stop();
    for (auto &folder : folders)
        folder->stop();
    engine.reset();
    io.out << "synclined: stopped" << std::endl;
    return 0;
}

} // namespace syncline::cli
