// The webhook listener on 127.0.0.1 with a sink that acknowledges every event at once, for
// run_webhook_bench.sh. Prints "port <n>" once listening; stops on SIGINT or SIGTERM and then
// prints how many events it acknowledged.
//
//   webhook_bench_server [--port N] [--threads N] [--secret S] [--sink immediate]

#include "wire/WebhookListener.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <atomic>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace {

// Stands in for the engine: every event counts as committed the moment it arrives.
class ImmediateSink final : public syncline::InboundSink {
public:
    void ingest(syncline::Event event, std::function<void(syncline::IngestResult)> done) override
    {
        ++ingested;
        done({syncline::IngestResult::Status::Accepted, event.eventId, {}});
    }

    void recordRejected(syncline::RejectedInput input,
                        std::function<void(std::int64_t)> done) override
    {
        ++rejected;
        std::cerr << "rejected: " << input.reason << "\n";
        if (done)
            done(rejected);
    }

    std::atomic<std::int64_t> ingested{0};
    std::atomic<std::int64_t> rejected{0};
};

} // namespace

int main(int argc, char **argv)
{
    std::uint16_t port = 0;
    int threads = 2;
    std::string secret = "bench-secret";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const std::string value = argv[i + 1];
        if (option == "--port") {
            port = static_cast<std::uint16_t>(std::stoi(value));
        } else if (option == "--threads") {
            threads = std::max(1, std::stoi(value));
        } else if (option == "--secret") {
            secret = value;
        } else if (option == "--sink" && value == "immediate") {
            // the only sink so far
        } else {
            std::cerr << "unknown option " << option << " " << value << "\n";
            return 2;
        }
    }

    boost::asio::io_context io(threads);
    ImmediateSink sink;
    syncline::wire::WebhookListenerOptions options;
    options.http.address = "127.0.0.1";
    options.http.port = port;
    options.http.maxConnections = 1024;
    syncline::wire::WebhookEndpoint endpoint;
    endpoint.connection = "bench";
    endpoint.kind = syncline::wire::WebhookEndpoint::Shopify;
    endpoint.secret = secret;
    syncline::wire::WebhookListener listener(io, options, {endpoint}, sink);
    listener.start();
    std::cout << "port " << listener.port() << std::endl;

    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code &, int) {
        listener.stop();
        io.stop();
    });
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back([&io] { io.run(); });
    io.run();
    for (auto &thread : pool)
        thread.join();
    std::cout << "acknowledged " << sink.ingested << " events, rejected " << sink.rejected
              << std::endl;
    return sink.rejected == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
