#include "Arguments.h"
#include "Commands.h"
#include "host/ConfigWiring.h"
#include "host/PipelineHost.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

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
    "configuration, delivery to targets, the order desk's rules, and the admin endpoints\n"
    "GET /metrics (Prometheus) and GET /healthz (loopback by default). Stops on SIGINT or\n"
    "SIGTERM (or after --duration), after writing everything it acknowledged. --ports-file\n"
    "receives the bound ports as \"webhook=PORT admin=PORT\" (useful with port 0).\n";

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
        config = host::loadConfigOrReport(*file, io.err);
        if (!config)
            return 2;
    }
    host::HostOptions options = config ? host::hostOptionsFor(*config) : host::HostOptions{};
    if (!config)
        options.dataDirectory = "data";
    if (const auto data = arguments.value("data"))
        options.dataDirectory = *data;
    for (const auto &[name, endpoint] :
         {std::pair{"listen", &options.webhook}, std::pair{"admin", &options.admin}}) {
        const auto text = arguments.value(name);
        if (!text)
            continue;
        const auto parsed = host::parseListenAddress(*text);
        if (!parsed) {
            io.err << "synclined run: --" << name << " must be ADDRESS:PORT\n";
            return 2;
        }
        *endpoint = *parsed;
    }
    std::optional<std::chrono::seconds> duration;
    if (const auto text = arguments.value("duration")) {
        try {
            duration = std::chrono::seconds(std::stol(*text));
        } catch (const std::exception &) {
            io.err << "synclined run: --duration must be a number of seconds\n";
            return 2;
        }
    }

    const std::string dataDirectory = options.dataDirectory.string();
    std::unique_ptr<host::PipelineHost> pipeline;
    host::HostReport report;
    try {
        pipeline = std::make_unique<host::PipelineHost>(options, std::move(config));
        report = pipeline->start();
    } catch (const host::HostError &error) {
        io.err << "synclined run: " << error.what() << "\n";
        return 2;
    }
    for (const auto &problem : report.problems)
        io.err << problem << "\n";
    for (const auto &target : report.targets)
        io.out << "synclined: delivering to " << target << "\n";
    io.out << "synclined: engine on " << dataDirectory << ", webhooks on "
           << report.webhook->address << ":" << report.webhook->port << ", admin on "
           << report.admin->address << ":" << report.admin->port << std::endl;
    if (const auto portsFile = arguments.value("ports-file")) {
        try {
            host::writePortsFile(*portsFile, report);
        } catch (const host::HostError &error) {
            io.err << "synclined run: " << error.what() << "\n";
            return 2;
        }
    }

    {
        // The signal set and the timer run on the engine's io_context: gone before it is.
        std::promise<void> stopRequested;
        std::once_flag stopOnce;
        auto requestStop = [&stopRequested, &stopOnce] {
            std::call_once(stopOnce, [&stopRequested] { stopRequested.set_value(); });
        };
        auto &ioContext = pipeline->engine().ioContext();
        boost::asio::signal_set signals(ioContext, SIGINT, SIGTERM);
        signals.async_wait([requestStop](const boost::system::error_code &ec, int) {
            if (!ec)
                requestStop();
        });
        boost::asio::steady_timer deadline(ioContext);
        if (duration) {
            deadline.expires_after(*duration);
            deadline.async_wait([requestStop](const boost::system::error_code &ec) {
                if (!ec)
                    requestStop();
            });
        }
        stopRequested.get_future().wait();
        signals.cancel();
        deadline.cancel();
    }
    pipeline->stop();
    pipeline.reset();
    io.out << "synclined: stopped" << std::endl;
    return 0;
}

} // namespace syncline::cli
