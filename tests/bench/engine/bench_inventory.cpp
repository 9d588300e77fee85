// Inventory through the engine's desk: 1M stock updates over 50k SKUs into one publish window
// (positions, available-to-sell per channel, drift bookkeeping, coalescing), then the window's
// publications. Prints updates/s per run and the median.
#include "MachineInfo.h"
#include "engine/InventoryDesk.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace syncline;

int main(int argc, char **argv)
{
    const int updates = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int skus = argc > 2 ? std::atoi(argv[2]) : 50'000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 3;
    if (updates <= 0 || skus <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: %s [updates] [skus] [runs]\n", argv[0]);
        return 2;
    }

    std::vector<std::string> skuNames;
    skuNames.reserve(std::size_t(skus));
    for (int i = 0; i < skus; ++i)
        skuNames.push_back("SKU-" + std::to_string(i));
    std::vector<std::pair<std::uint32_t, std::int64_t>> stream; // sku index, on hand
    stream.reserve(std::size_t(updates));
    std::uint64_t state = 42;
    for (int i = 0; i < updates; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        stream.emplace_back(std::uint32_t((state >> 33) % std::uint64_t(skus)),
                            std::int64_t((state >> 17) % 500));
    }

    bench::printMachine();
    std::printf("inventory desk: %d updates over %d SKUs, 2 channels, %d runs\n", updates, skus,
                runs);
    const TimePoint t0 = fromEpochMs(1'790'000'000'000);
    InventoryPolicy policy;
    policy.channels.push_back({"shopify-eu", "shopify-stock", "main", {"WH1", "WH2"}});
    policy.channels.push_back({"woo-b2b", "woo-stock", "default", {"WH1"}});
    policy.publishWindow = std::chrono::seconds(5);
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        ManualClock clock(t0);
        InventoryDesk desk(clock, [](const std::string &target) -> std::size_t {
            return target == "shopify-stock" ? 250 : 100;
        });
        desk.setPolicy(policy);
        domain::StockPosition position{"wms", {}, "WH1", 0, 0, t0, 0};
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < stream.size(); ++i) {
            position.sku = skuNames[stream[i].first];
            position.location = (i & 1) ? "WH1" : "WH2";
            position.onHand = stream[i].second;
            position.sequence = std::int64_t(i) + 1;
            desk.apply(position, "wms", clock.now());
        }
        const auto applied = std::chrono::steady_clock::now();
        clock.advance(std::chrono::seconds(5));
        const auto rows = desk.takePublications(clock.now());
        const auto end = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(end - start).count();
        const double flushMs = std::chrono::duration<double, std::milli>(end - applied).count();
        rates.push_back(double(updates) / seconds);
        std::printf("  run %d: %.0f updates/s (%.3f s total, publications %.1f ms), %zu writes\n",
                    run + 1, rates.back(), seconds, flushMs, rows.size());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("inventory desk median: %.0f updates/s\n", rates[rates.size() / 2]);
    return 0;
}
