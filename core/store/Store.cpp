#include "store/Store.h"

#include "store/Database.h"
#include "store/Migrations.h"

namespace syncline::store {

Store::Store(const std::filesystem::path &dataDirectory, const Clock &clock,
             CompletionExecutor executor, std::size_t maxBatch)
    : file_(dataDirectory / FileName)
    , clock_(clock)
    , executor_(std::move(executor))
    , maxBatch_(maxBatch)
{
    std::filesystem::create_directories(dataDirectory);
    writerDb_ = std::make_unique<Database>(file_, Database::Mode::ReadWrite);
    writerDb_->exec("PRAGMA journal_mode = WAL");
    // FULL: a commit is on disk before it is acknowledged, power loss included. Group commit
    // is what keeps this affordable.
    writerDb_->exec("PRAGMA synchronous = FULL");
    writerDb_->exec("PRAGMA foreign_keys = ON");
    writerDb_->exec("PRAGMA wal_autocheckpoint = 4000");
    // The hot pages (indexes of the inbox and outbox) stay in memory instead of being read back
    // through the kernel on every insert.
    writerDb_->exec("PRAGMA cache_size = -65536");
    writerDb_->exec("PRAGMA mmap_size = 268435456");
    writerDb_->exec("PRAGMA temp_store = MEMORY");
    migrate(*writerDb_);
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
    }
    wake_.notify_one();
}

WriterStats Store::writerStats() const
{
    std::lock_guard lock(mutex_);
    return stats_;
}

void Store::writerLoop()
{
    Statement savepoint(*writerDb_, "SAVEPOINT item");
    Statement release(*writerDb_, "RELEASE item");
    Statement rollbackTo(*writerDb_, "ROLLBACK TO item");

    for (;;) {
        std::vector<std::pair<Work, Done>> batch;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty())
                return; // stopping, and everything submitted has been written
            const std::size_t take = std::min(queue_.size(), maxBatch_);
            batch.reserve(take);
            for (std::size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(queue_.front()));
                queue_.pop_front();
            }
        }

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
