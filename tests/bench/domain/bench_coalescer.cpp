// Publish coalescing throughput: 1M inventory updates over 50k SKUs through one window, then the
// flush into Shopify-sized batches. Prints updates/s per run and the median.
#include "MachineInfo.h"
#include "domain/InventoryCoalescer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace syncline;
using namespace syncline::domain;

int main(int argc, char **argv)
{
    const int updates = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const int skus = argc > 2 ? std::atoi(argv[2]) : 50'000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    if (updates <= 0 || skus <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: %s [updates] [skus] [runs]\n", argv[0]);
        return 2;
    }

    std::vector<std::string> skuNames;
    skuNames.reserve(std::size_t(skus));
    for (int i = 0; i < skus; ++i)
        skuNames.push_back("SKU-" + std::to_string(i));
    std::vector<std::pair<std::uint32_t, std::int64_t>> stream; // sku index, quantity
    stream.reserve(std::size_t(updates));
    std::uint64_t state = 42;
    for (int i = 0; i < updates; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        stream.emplace_back(std::uint32_t((state >> 33) % std::uint64_t(skus)),
                            std::int64_t((state >> 17) % 500));
    }

    bench::printMachine();
    std::printf("coalescer: %d updates over %d SKUs, %d runs\n", updates, skus, runs);
    const TimePoint t0 = fromEpochMs(1'790'000'000'000);
    const std::string channel = "shopify-eu";
    const std::string location = "main";
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        PublishCoalescer coalescer(std::chrono::seconds(5),
                                   [](const std::string &) { return ShopifyBatchLimit; });
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < stream.size(); ++i)
            coalescer.add(PublishUpdate{channel, skuNames[stream[i].first], location,
                                        stream[i].second, t0 + Millis(std::int64_t(i) / 1000)});
        const auto added = std::chrono::steady_clock::now();
        const auto batches = coalescer.flush();
        const auto end = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(end - start).count();
        const double flushMs = std::chrono::duration<double, std::milli>(end - added).count();
        rates.push_back(double(updates) / seconds);
        std::printf("  run %d: %.0f updates/s (%.3f s total, flush %.1f ms), %lld writes in %zu "
                    "batches\n",
                    run + 1, rates.back(), seconds, flushMs,
                    static_cast<long long>(coalescer.stats().flushed), batches.size());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("coalescer median: %.0f updates/s\n", rates[rates.size() / 2]);
    return 0;
}
