// Outbox drain, excluding the remote call: rows claimed (marked in flight) and marked delivered,
// in batches of a target's size, as a delivery worker does: the transaction that records a
// batch's results also claims the next batch.
//
//   bench_outbox [--rows 200000] [--batch 250] [--dir DIR]

#include "MachineInfo.h"
#include "store/Store.h"

#include <chrono>
#include <cstring>
#include <future>
#include <iostream>

using namespace syncline;
using Clock_ = std::chrono::steady_clock;

namespace {

template <typename F>
void writeAndWait(store::Store &store, F work)
{
    std::promise<void> done;
    store.write(work, [&done](std::exception_ptr) { done.set_value(); });
    done.get_future().wait();
}

} // namespace

int main(int argc, char **argv)
{
    int rows = 200'000;
    std::size_t batch = 250;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "syncline-bench-outbox";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rows") && i + 1 < argc)
            rows = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = static_cast<std::size_t>(std::stoul(argv[++i]));
        else if (!std::strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else {
            std::cerr << "usage: bench_outbox [--rows N] [--batch N] [--dir DIR]\n";
            return 2;
        }
    }
    std::filesystem::remove_all(dir);
    const ManualClock clock;
    store::Store store(dir, clock, {});

    const auto fillStart = Clock_::now();
    for (int done = 0; done < rows;) {
        const int chunk = std::min(10'000, rows - done);
        writeAndWait(store, [&, done, chunk](store::Tx &tx) {
            for (int i = done; i < done + chunk; ++i) {
                store::OutboxRow row;
                row.eventId = "e" + std::to_string(i);
                row.target = "shop";
                row.idempotencyKey = "k" + std::to_string(i);
                row.connection = "wms";
                row.domain = Domain::Inventory;
                row.type = "inventory.level";
                row.correlationId = "SKU-" + std::to_string(i);
                row.payload = R"({"sku":"SKU","location":"WH1","on_hand":5})";
                row.nextAttemptAt = clock.now();
                tx.enqueueOutbox(row);
            }
        });
        done += chunk;
    }
    const double fillSeconds = std::chrono::duration<double>(Clock_::now() - fillStart).count();

    std::size_t drained = 0;
    const auto start = Clock_::now();
    std::vector<store::OutboxRow> claimed;
    writeAndWait(store, [&](store::Tx &tx) { claimed = tx.claimDue("shop", batch); });
    while (!claimed.empty()) {
        drained += claimed.size();
        writeAndWait(store, [&](store::Tx &tx) {
            tx.markBatchDelivered("shop", claimed.front().id, claimed.back().id);
            claimed = tx.claimDue("shop", batch);
        });
    }
    const double seconds = std::chrono::duration<double>(Clock_::now() - start).count();
    bench::printMachine();
    std::cout << "outbox: " << rows << " rows enqueued in " << fillSeconds << " s ("
              << static_cast<double>(rows) / fillSeconds << " rows/s)\n";
    std::cout << "outbox drain, batch " << batch << ": " << drained
              << " rows claimed and marked in " << seconds
              << " s = " << static_cast<double>(drained) / seconds << " rows/s\n";
    std::filesystem::remove_all(dir);
    return drained == static_cast<std::size_t>(rows) ? 0 : 1;
}
