// Order validation throughput: orders/s through all nine rules with in-memory lookups (the ERP
// and the store are not part of the figure) and a warm pricing cache.
#include "MachineInfo.h"
#include "OrderFixtures.h"
#include "domain/OrderRules.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace syncline;
using namespace syncline::domain;
using namespace syncline::domain::testing;

int main(int argc, char **argv)
{
    const int orders = argc > 1 ? std::atoi(argv[1]) : 200'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    if (orders <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: %s [orders] [runs]\n", argv[0]);
        return 2;
    }

    FakeWorld world;
    const ValidationContext context = world.context();
    // A mix: most orders pass, some fail one rule each, as in a normal day.
    std::vector<model::Order> sample;
    for (int i = 0; i < 100; ++i) {
        model::Order order = goodOrder();
        order.orderNumber = "SO-" + std::to_string(10'000 + i);
        order.storefrontOrderId = std::to_string(5'500'000'000'000'000'000LL + i);
        if (i % 10 == 1)
            order.lines[1].sku = "NEW-" + std::to_string(i);
        if (i % 10 == 2)
            order.shippingAddress.postalCode = "1";
        if (i % 10 == 3)
            order.lines[0].unitPrice = Decimal::fromInteger(7);
        for (int extra = 0; extra < i % 4; ++extra)
            order.lines.push_back(
                {std::to_string(3 + extra), "C-300", 1, *Decimal::parse("4.50"), {}});
        sample.push_back(std::move(order));
    }

    bench::printMachine();
    std::printf("validation: %d orders, %zu rules, %d runs\n", orders, orderRules().size(), runs);
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        std::size_t failures = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < orders; ++i)
            failures += validate(sample[std::size_t(i) % sample.size()], context).failures.size();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rates.push_back(double(orders) / seconds);
        std::printf("  run %d: %.0f orders/s (%.3f s, %zu rule failures)\n", run + 1, rates.back(),
                    seconds, failures);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("validation median: %.0f orders/s\n", rates[rates.size() / 2]);
    return 0;
}
