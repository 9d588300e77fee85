// Orders end to end through the engine: ingest (durable, deduplicated), map, validate with the
// domain rules (holds for the failures), route, outbox and delivery to an in-process ERP target.
// Prints the throughput when flooding, and the engine-added latency (ingest call to delivery)
// percentiles at a paced rate.
#include "MachineInfo.h"
#include "engine/Engine.h"
#include "model/Json.h"

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace syncline;
using SteadyClock = std::chrono::steady_clock;

namespace {

// Answers at once and notes when each order arrived.
class ErpTarget final : public DeliveryTarget {
public:
    std::string name() const override { return "erp"; }
    std::size_t maxBatchSize() const override { return 100; }
    void deliver(std::vector<Delivery> batch,
                 std::function<void(std::vector<DeliveryOutcome>)> done) override
    {
        const auto now = SteadyClock::now();
        {
            std::lock_guard lock(mutex_);
            for (const auto &d : batch)
                arrived_.emplace(d.correlationId, now);
        }
        done(std::vector<DeliveryOutcome>(batch.size(), DeliveryOutcome::success()));
    }
    std::map<std::string, SteadyClock::time_point> arrived() const
    {
        std::lock_guard lock(mutex_);
        return arrived_;
    }

private:
    mutable std::mutex mutex_;
    std::map<std::string, SteadyClock::time_point> arrived_;
};

// Every tenth order has a SKU the ERP does not know, and is held.
Event orderEvent(const std::string &run, int i)
{
    model::Order o;
    o.orderNumber = run + "-" + std::to_string(i);
    o.storefrontOrderId = "sf-" + o.orderNumber;
    o.channel = "shop";
    o.customer = {"cust-" + std::to_string(i % 500),
                  "buyer" + std::to_string(i % 500) + "@example.com", "Buyer", "ACME"};
    o.shippingAddress = {"Jane Buyer", "", "Hauptstr. 1", "", "Berlin", "", "10115", "DE", ""};
    o.billingAddress = o.shippingAddress;
    const int lines = 1 + i % 4;
    for (int l = 0; l < lines; ++l) {
        const std::string sku = (i % 10 == 7 && l == 0) ? "NEW-" + std::to_string(i % 50)
                                                        : "SKU-" + std::to_string((i + l) % 200);
        o.lines.push_back(
            {std::to_string(l + 1), sku, 1 + l, Decimal::fromInteger(10), Decimal::fromInteger(2)});
        o.subtotal = o.subtotal + Decimal::fromInteger(10 * (1 + l));
        o.taxTotal = o.taxTotal + Decimal::fromInteger(2);
    }
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = "shop";
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

Event inventoryEvent(int i)
{
    Event e;
    e.idempotencyKey = "wms:" + std::to_string(i);
    e.sourceSystem = "wms";
    e.connection = "wms";
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = "I-" + std::to_string(i);
    e.payload = R"({"sku":"SKU-)" + std::to_string(i % 200) + R"(","location":"WH1","on_hand":)" +
                std::to_string(i % 50) + "}";
    return e;
}

// CPU seconds this process used (all threads): on a shared machine the wall-clock rate depends
// on the other load, the CPU cost per event does much less.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

struct Setup {
    std::filesystem::path dir;
    std::shared_ptr<ErpTarget> erp = std::make_shared<ErpTarget>();
    std::unique_ptr<Engine> engine;

    explicit Setup(const std::string &name)
    {
        dir = std::filesystem::temp_directory_path() /
              ("syncline-bench-orders-" + name + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        EngineOptions options;
        options.dataDirectory = dir;
        options.autoStart = false;
        options.outboxPollInterval = Millis(20);
        engine = Engine::open(options);
        engine->addTarget(erp);
        engine->addRoute(Route{Domain::Order, "erp", "", ""});
        engine->addRoute(Route{Domain::Inventory, "erp", "", ""});
        engine->start();
        std::vector<std::string> catalog;
        for (int s = 0; s < 200; ++s)
            catalog.push_back("SKU-" + std::to_string(s));
        engine->setErpCatalog(catalog, Actor{}).get();
    }
    ~Setup()
    {
        engine.reset();
        std::filesystem::remove_all(dir);
    }
};

std::int64_t activeHolds(Engine &engine)
{
    HoldQuery q;
    q.limit = 1'000'000;
    return static_cast<std::int64_t>(engine.holds(q).get().size());
}

} // namespace

int main(int argc, char **argv)
{
    const int flood = argc > 1 ? std::atoi(argv[1]) : 20'000;
    const int rate = argc > 2 ? std::atoi(argv[2]) : 2'000;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;
    if (flood <= 0 || rate <= 0 || seconds <= 0) {
        std::fprintf(stderr, "usage: %s [flood orders] [paced rate/s] [paced seconds]\n", argv[0]);
        return 2;
    }
    bench::printMachine();

    {
        Setup setup("flood");
        std::atomic<int> acknowledged{0};
        const double cpuStart = processCpuSeconds();
        const auto start = SteadyClock::now();
        for (int i = 0; i < flood; ++i)
            setup.engine->ingest(orderEvent("F", i), [&](IngestResult) { ++acknowledged; });
        // Every twentieth order arrives twice (webhook retries): deduplicated, not processed.
        for (int i = 0; i < flood; i += 20)
            setup.engine->ingest(orderEvent("F", i), [&](IngestResult) { ++acknowledged; });
        setup.engine->drain().get();
        const double elapsed = std::chrono::duration<double>(SteadyClock::now() - start).count();
        const double cpu = processCpuSeconds() - cpuStart;
        const int events = flood + (flood + 19) / 20;
        std::printf("flood: %d events (%d orders, %d duplicates) in %.2f s: %.0f events/s "
                    "(CPU %.2f s: %.0f events per CPU second); delivered %zu, held %lld\n",
                    events, flood, events - flood, elapsed, events / elapsed, cpu, events / cpu,
                    setup.erp->arrived().size(),
                    static_cast<long long>(activeHolds(*setup.engine)));
    }

    {
        // The same volume of inventory levels, which skip the order desk: the desk's share of
        // the cost is the difference.
        Setup setup("baseline");
        const double cpuStart = processCpuSeconds();
        const auto start = SteadyClock::now();
        for (int i = 0; i < flood; ++i)
            setup.engine->ingest(inventoryEvent(i), {});
        setup.engine->drain().get();
        const double elapsed = std::chrono::duration<double>(SteadyClock::now() - start).count();
        const double cpu = processCpuSeconds() - cpuStart;
        std::printf("baseline (inventory, no order desk): %d events in %.2f s: %.0f events/s "
                    "(CPU %.2f s: %.0f events per CPU second)\n",
                    flood, elapsed, flood / elapsed, cpu, flood / cpu);
    }

    {
        Setup setup("paced");
        const int total = rate * seconds;
        std::vector<SteadyClock::time_point> sentAt(static_cast<std::size_t>(total));
        const auto interval = std::chrono::nanoseconds(1'000'000'000LL / rate);
        const auto start = SteadyClock::now();
        for (int i = 0; i < total; ++i) {
            const auto due = start + interval * i;
            std::this_thread::sleep_until(due);
            sentAt[static_cast<std::size_t>(i)] = SteadyClock::now();
            setup.engine->ingest(orderEvent("P", i), {});
        }
        setup.engine->drain().get();
        const double elapsed = std::chrono::duration<double>(SteadyClock::now() - start).count();
        const auto arrived = setup.erp->arrived();
        std::vector<double> latencies;
        for (int i = 0; i < total; ++i) {
            const auto it = arrived.find("P-" + std::to_string(i));
            if (it != arrived.end())
                latencies.push_back(std::chrono::duration<double, std::milli>(
                                        it->second - sentAt[static_cast<std::size_t>(i)])
                                        .count());
        }
        std::printf("paced: %d orders at %d/s over %.2f s: delivered %zu, held %lld; engine-added "
                    "latency (ingest call to delivery) p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                    total, rate, elapsed, latencies.size(),
                    static_cast<long long>(activeHolds(*setup.engine)), percentile(latencies, 0.5),
                    percentile(latencies, 0.99), percentile(latencies, 1.0));
    }
    return 0;
}
