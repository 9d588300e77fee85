// Durable ingest through the engine's facade: N producers, each sending one event and waiting
// for its acknowledgement (which comes only after the group commit that holds it), for a fixed
// number of events. Prints events/s and the acknowledgement latency percentiles.
//
//   bench_ingest [--producers 1,10,50] [--events 100000] [--process] [--dir DIR]
//
// --process also runs the pipeline (map, validate, route) while ingesting.

#include "MachineInfo.h"
#include "engine/Engine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

using namespace syncline;
using Clock_ = std::chrono::steady_clock;

namespace {

struct Result {
    double eventsPerSecond = 0;
    double p50Ms = 0, p99Ms = 0, maxMs = 0;
    std::uint64_t transactions = 0;
};

Event makeEvent(int producer, int i)
{
    Event e;
    const std::string key = "p" + std::to_string(producer) + "-" + std::to_string(i);
    e.idempotencyKey = "bench:" + key;
    e.sourceSystem = "bench";
    e.connection = "bench-" + std::to_string(producer % 4);
    e.domain = Domain::Inventory;
    e.type = "inventory.level";
    e.correlationId = "SKU-" + std::to_string(i % 50'000);
    e.entityKey = "inventory:" + key;
    e.payload = R"({"sku":")" + e.correlationId + R"(","location":"WH1","on_hand":)" +
                std::to_string(i % 1000) + R"(,"reserved":0})";
    return e;
}

Result run(const std::filesystem::path &dir, int producers, int events, bool process)
{
    std::filesystem::remove_all(dir);
    EngineOptions options;
    options.dataDirectory = dir;
    options.autoStart = process;
    auto engine = Engine::open(options);

    const int perProducer = events / producers;
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(producers));
    std::vector<std::thread> threads;
    const auto start = Clock_::now();
    for (int p = 0; p < producers; ++p) {
        threads.emplace_back([&, p] {
            auto &mine = latencies[static_cast<std::size_t>(p)];
            mine.reserve(static_cast<std::size_t>(perProducer));
            std::mutex m;
            std::condition_variable cv;
            for (int i = 0; i < perProducer; ++i) {
                bool done = false;
                const auto sent = Clock_::now();
                engine->ingest(makeEvent(p, i), [&](IngestResult) {
                    std::lock_guard lock(m);
                    done = true;
                    cv.notify_one();
                });
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return done; });
                mine.push_back(
                    std::chrono::duration<double, std::milli>(Clock_::now() - sent).count());
            }
        });
    }
    for (auto &t : threads)
        t.join();
    const double seconds = std::chrono::duration<double>(Clock_::now() - start).count();
    if (process)
        engine->drain().get();

    std::vector<double> all;
    for (auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    Result r;
    r.eventsPerSecond = static_cast<double>(all.size()) / seconds;
    r.p50Ms = all[all.size() / 2];
    r.p99Ms = all[static_cast<std::size_t>(static_cast<double>(all.size() - 1) * 0.99)];
    r.maxMs = all.back();
    engine.reset();
    std::filesystem::remove_all(dir);
    return r;
}

std::vector<int> parseList(const char *text)
{
    std::vector<int> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(std::stoi(item));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> producers{1, 10, 50};
    int events = 100'000;
    bool process = false;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "syncline-bench-ingest";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--producers") && i + 1 < argc)
            producers = parseList(argv[++i]);
        else if (!std::strcmp(argv[i], "--events") && i + 1 < argc)
            events = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--process"))
            process = true;
        else if (!std::strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else {
            std::cerr << "usage: bench_ingest [--producers 1,10,50] [--events N] [--process] "
                         "[--dir DIR]\n";
            return 2;
        }
    }
    bench::printMachine();
    std::cout << "durable ingest (WAL, synchronous=FULL, group commit), " << events
              << " events per run" << (process ? ", pipeline running" : "") << "\n";
    std::cout << std::left << std::setw(10) << "producers" << std::setw(14) << "events/s"
              << std::setw(12) << "p50 ms" << std::setw(12) << "p99 ms"
              << "max ms\n";
    for (const int n : producers) {
        // One producer cannot do many events in reasonable time: each waits for an fsync.
        const int count = n == 1 ? std::min(events, 5'000) : events;
        const Result r = run(dir, n, count, process);
        std::cout << std::left << std::setw(10) << n << std::setw(14) << std::fixed
                  << std::setprecision(0) << r.eventsPerSecond << std::setw(12)
                  << std::setprecision(2) << r.p50Ms << std::setw(12) << r.p99Ms << r.maxMs << "\n";
    }
    return 0;
}
