#include "Simulator.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr const char *usage =
    "usage: syncline-sim --scenario FILE [--speed X] [--shop-port P] [--erp-port P]\n"
    "                    [--syncline-webhook URL] [--erp-webhook URL] [--drop-folder DIR]\n"
    "                    [--ports-file FILE] [--effects-file FILE] [--webhook-attempts N]\n"
    "                    [--syncline-ports-file FILE]\n"
    "\n"
    "Plays a business day on loopback: a Shopify-compatible storefront that sends signed\n"
    "webhooks to --syncline-webhook and serves the Admin GraphQL API (inventory, fulfilment,\n"
    "cost-based rate limits) on --shop-port; an ERP with a JSON API on --erp-port\n"
    "(GET /erp/products, GET /erp/stock, POST and GET /erp/orders) that also sends its\n"
    "invoices to --erp-webhook; a warehouse that drops CSV stock snapshots and X12 856 ship\n"
    "notices into DIR/stock/inbox and DIR/asn/inbox.\n"
    "\n"
    "Port 0 takes a free port; --ports-file receives \"shop=PORT erp=PORT\". With\n"
    "--syncline-ports-file (the --ports-file of synclined run) the day starts once that file\n"
    "exists, and {webhook-port} in the webhook URLs becomes the port it names.\n"
    "\n"
    "Faults on command, on the ERP port:\n"
    "  curl -d '{\"fault\":\"erp-outage\",\"seconds\":10}' http://127.0.0.1:PORT/sim/faults\n"
    "shop-outage, shop-throttle and webhook-refused take \"count\"; erp-outage, erp-throttle,\n"
    "shop-slow and erp-slow take \"seconds\", the slow ones also \"delay_ms\".\n"
    "GET /sim/effects lists what every system received; --effects-file gets the same,\n"
    "rewritten while the day runs.\n"
    "\n"
    "Secrets come from the environment: SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET,\n"
    "SYNCLINE_DEMO_SHOP_ACCESS_TOKEN, SYNCLINE_DEMO_ERP_API_KEY and\n"
    "SYNCLINE_DEMO_ERP_WEBHOOK_SECRET. Runs until SIGINT or SIGTERM.\n";

std::string environment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

} // namespace

int main(int argc, char **argv)
{
    using namespace syncline;
    std::map<std::string, std::string> values;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        }
        if (arg.rfind("--", 0) != 0 || i + 1 >= argc) {
            std::cerr << "syncline-sim: unexpected argument " << arg << "\n" << usage;
            return 2;
        }
        values[arg.substr(2)] = argv[++i];
    }
    static const std::vector<std::string> known{
        "scenario",           "speed",       "shop-port",  "erp-port",     "syncline-webhook",
        "erp-webhook",        "drop-folder", "ports-file", "effects-file", "webhook-attempts",
        "syncline-ports-file"};
    for (const auto &[name, value] : values) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::cerr << "syncline-sim: unknown option --" << name << "\n" << usage;
            return 2;
        }
    }
    if (!values.contains("scenario")) {
        std::cerr << usage;
        return 2;
    }

    simapp::SimulatorOptions options;
    try {
        options.scenario = sim::loadScenario(values["scenario"]);
        if (values.contains("speed"))
            options.speed = std::stod(values["speed"]);
        if (values.contains("shop-port"))
            options.shopPort = static_cast<std::uint16_t>(std::stoi(values["shop-port"]));
        if (values.contains("erp-port"))
            options.erpPort = static_cast<std::uint16_t>(std::stoi(values["erp-port"]));
        if (values.contains("webhook-attempts"))
            options.maxWebhookAttempts = std::stoi(values["webhook-attempts"]);
    } catch (const sim::ScenarioError &error) {
        std::cerr << "syncline-sim: " << values["scenario"] << ": " << error.what() << "\n";
        return 2;
    } catch (const std::exception &) {
        std::cerr << "syncline-sim: --speed, the ports and --webhook-attempts must be numbers\n";
        return 2;
    }
    if (options.speed <= 0 || options.maxWebhookAttempts < 1) {
        std::cerr << "syncline-sim: --speed and --webhook-attempts must be positive\n";
        return 2;
    }
    options.synclineWebhookUrl = values["syncline-webhook"];
    options.erpWebhookUrl = values["erp-webhook"];
    options.synclinePortsFile = values["syncline-ports-file"];
    options.effectsFile = values["effects-file"];
    options.dropFolder = values.contains("drop-folder") ? values["drop-folder"] : "sim-drop";
    options.webhookSecret = environment("SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET");
    options.shopAccessToken = environment("SYNCLINE_DEMO_SHOP_ACCESS_TOKEN");
    options.erpApiKey = environment("SYNCLINE_DEMO_ERP_API_KEY");
    options.erpWebhookSecret = environment("SYNCLINE_DEMO_ERP_WEBHOOK_SECRET");
    if (!options.synclineWebhookUrl.empty() && options.webhookSecret.empty()) {
        std::cerr << "syncline-sim: set SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET to sign webhooks\n";
        return 2;
    }
    if (!options.erpWebhookUrl.empty() && options.erpWebhookSecret.empty()) {
        std::cerr << "syncline-sim: set SYNCLINE_DEMO_ERP_WEBHOOK_SECRET to sign ERP events\n";
        return 2;
    }
    if (options.shopAccessToken.empty()) {
        std::cerr << "syncline-sim: set SYNCLINE_DEMO_SHOP_ACCESS_TOKEN (the Admin API token)\n";
        return 2;
    }

    boost::asio::io_context io;
    simapp::Simulator simulator(io, options);
    try {
        simulator.start();
    } catch (const std::exception &error) {
        std::cerr << "syncline-sim: " << error.what() << "\n";
        return 2;
    }
    std::cout << "syncline-sim: shop on 127.0.0.1:" << simulator.shopPort()
              << ", ERP on 127.0.0.1:" << simulator.erpPort() << std::endl;
    if (values.contains("ports-file")) {
        const std::string file = values["ports-file"];
        {
            std::ofstream ports(file + ".tmp");
            ports << "shop=" << simulator.shopPort() << " erp=" << simulator.erpPort() << "\n";
        }
        std::filesystem::rename(file + ".tmp", file); // readers never see half a file
    }

    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code &ec, int) {
        if (!ec) {
            simulator.stop();
            io.stop();
        }
    });
    std::thread second([&io] { io.run(); });
    io.run();
    second.join();

    std::cout << "syncline-sim: stopped" << std::endl;
    return 0;
}
