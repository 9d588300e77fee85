#include "store/Store.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <algorithm>
#include <chrono>

namespace syncline::store {

namespace {

// The WAL size that starts a checkpoint pass: 16 MiB of 4 KiB pages.
constexpr int CheckpointFrames = 4000;

} // namespace

Store::Store(const std::filesystem::path &dataDirectory, const Clock &clock,
             CompletionExecutor executor, std::size_t maxBatch,
             std::chrono::microseconds maxGatherDelay)
    : file_(dataDirectory / FileName)
    , clock_(clock)
    , executor_(std::move(executor))
    , maxBatch_(maxBatch)
    , maxGatherDelay_(maxGatherDelay)
{
    std::filesystem::create_directories(dataDirectory);
    writerDb_ = std::make_unique<Database>(file_, Database::Mode::ReadWrite);
    writerDb_->exec("PRAGMA journal_mode = WAL");
    // FULL: a commit is on disk before it is acknowledged, power loss included. Group commit
    // is what keeps this affordable.
    writerDb_->exec("PRAGMA synchronous = FULL");
    writerDb_->exec("PRAGMA foreign_keys = ON");
    // The hot pages (the upper levels of the indexes of the inbox and outbox) stay in memory;
    // the rest is read through the memory map. No bigger: a B-tree split parks a page under a
    // number past the end of the file, and SQLite then walks its whole page cache at every
    // commit to drop such pages (sqlite3PcacheTruncate), so a 64 MiB cache cost the writer
    // about a fifth of its time.
    writerDb_->exec("PRAGMA cache_size = -8192");
    writerDb_->exec("PRAGMA mmap_size = 268435456");
    writerDb_->exec("PRAGMA temp_store = MEMORY");
    migrate(*writerDb_);
    checkpointer_ = std::make_unique<Checkpointer>(file_, CheckpointFrames);
    checkpointer_->attach(*writerDb_);
    writer_ = std::thread([this] { writerLoop(); });
}

Store::~Store()
{
    stop();
}

void Store::stop()
{
    {
        std::lock_guard lock(mutex_);
        if (stopping_)
            return;
        stopping_ = true;
    }
    wake_.notify_all();
    if (writer_.joinable())
        writer_.join();
    if (checkpointer_)
        checkpointer_->stop();
}

void Store::write(Work work, Done done)
{
    {
        std::lock_guard lock(mutex_);
        if (stopping_) {
            if (done)
                done(std::make_exception_ptr(DatabaseError("the store is shutting down", 0)));
            return;
        }
        queue_.emplace_back(std::move(work), std::move(done));
        // While the writer gathers a group, one wake-up when it is complete, not one per item.
        if (queue_.size() < wakeAt_)
            return;
    }
    wake_.notify_one();
}

WriterStats Store::writerStats() const
{
    std::lock_guard lock(mutex_);
    auto stats = stats_;
    if (checkpointer_)
        stats.checkpoints = checkpointer_->stats();
    return stats;
}

void Store::writerLoop()
{
    Statement savepoint(*writerDb_, "SAVEPOINT item");
    Statement release(*writerDb_, "RELEASE item");
    Statement rollbackTo(*writerDb_, "ROLLBACK TO item");

    // Senders that wait for their acknowledgement (webhooks, producers) come back together once
    // a group is committed. The first of them to arrive would otherwise start a transaction
    // alone, and all the others would wait for its commit and then for their own: two fsyncs
    // instead of one. So when fewer items are waiting than the last group held, the writer
    // waits a little for the others: never longer than the last transaction took (what a
    // group of one would cost them) nor than maxGatherDelay_. After a group of one (a single
    // sender) and when stopping, it does not wait.
    std::size_t lastGroup = 0;
    std::chrono::steady_clock::duration lastTransaction{};
    for (;;) {
        std::vector<std::pair<Work, Done>> batch;
        {
            std::unique_lock lock(mutex_);
            wakeAt_ = 1;
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty())
                return; // stopping, and everything submitted has been written
            if (lastGroup > 1 && queue_.size() < lastGroup && !stopping_) {
                const auto delay =
                    std::min<std::chrono::steady_clock::duration>(lastTransaction, maxGatherDelay_);
                wakeAt_ = std::min(lastGroup, maxBatch_);
                wake_.wait_for(lock, delay,
                               [this] { return stopping_ || queue_.size() >= wakeAt_; });
                wakeAt_ = 1;
            }
            const std::size_t take = std::min(queue_.size(), maxBatch_);
            batch.reserve(take);
            for (std::size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(queue_.front()));
                queue_.pop_front();
            }
        }

        const auto started = std::chrono::steady_clock::now();
        std::vector<std::exception_ptr> itemErrors(batch.size());
        std::exception_ptr commitError;
        // Work items rarely fail, so the group first runs without a savepoint per item. If one
        // throws, the whole transaction is rolled back and the group runs again with each item
        // in its own savepoint, so that only the failing item is undone.
        bool isolate = false;
        for (;;) {
            try {
                Transaction transaction(*writerDb_);
                Tx tx(*writerDb_, clock_.now());
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    if (!isolate) {
                        batch[i].first(tx);
                        continue;
                    }
                    savepoint.run();
                    try {
                        batch[i].first(tx);
                        release.run();
                    } catch (...) {
                        itemErrors[i] = std::current_exception();
                        rollbackTo.run();
                        release.run();
                    }
                }
                tx.flushCounters();
                transaction.commit();
            } catch (...) {
                if (!isolate) {
                    isolate = true; // the transaction was rolled back: run the group again
                    continue;
                }
                commitError = std::current_exception();
            }
            break;
        }

        lastTransaction = std::chrono::steady_clock::now() - started;
        lastGroup = batch.size();
        {
            std::lock_guard lock(mutex_);
            ++stats_.transactions;
            stats_.items += batch.size();
        }

        auto complete = [batch = std::move(batch), itemErrors = std::move(itemErrors),
                         commitError]() mutable {
            for (std::size_t i = 0; i < batch.size(); ++i)
                if (batch[i].second)
                    batch[i].second(commitError ? commitError : itemErrors[i]);
        };
        if (executor_)
            executor_(std::move(complete));
        else
            complete();
        // After the acknowledgements are on their way, not before.
        checkpointer_->afterCommit();
    }
}

Store::Lease Store::acquireReader()
{
    {
        std::lock_guard lock(readersMutex_);
        if (!idleReaders_.empty()) {
            auto reader = std::move(idleReaders_.back());
            idleReaders_.pop_back();
            return Lease{this, std::move(reader)};
        }
    }
    return Lease{this, std::make_unique<Reader>(file_)};
}

Store::Lease::~Lease()
{
    if (!reader)
        return;
    std::lock_guard lock(store->readersMutex_);
    store->idleReaders_.push_back(std::move(reader));
}

} // namespace syncline::store
