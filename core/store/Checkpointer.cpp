#include "store/Checkpointer.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace syncline::store {

Checkpointer::Checkpointer(const std::filesystem::path &file, int thresholdFrames)
    : file_(file)
    , threshold_(thresholdFrames)
    , connection_(std::make_unique<Database>(file, Database::Mode::ReadWrite))
{
    // A pass syncs the WAL before it copies and the database file after, as the writer's
    // automatic checkpoint did.
    connection_->exec("PRAGMA synchronous = FULL");
    thread_ = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    stop();
}

void Checkpointer::attach(Database &writer)
{
    writer_ = writer.handle();
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer_, &Checkpointer::onWalCommit, this);
}

int Checkpointer::onWalCommit(void *self, sqlite3 *, const char *, int frames)
{
    static_cast<Checkpointer *>(self)->walFrames_ = frames;
    return SQLITE_OK;
}

void Checkpointer::afterCommit()
{
    if (!writer_ || walFrames_ < threshold_)
        return;
    if (backgroundDone_.exchange(false)) {
        // What is left is what was committed during the background pass: a short copy, after
        // which the next transaction starts the WAL from its beginning again (when no reader
        // still needs the old frames; the next pass catches up otherwise). Busy (a pass still
        // running) and other failures leave the frames for the next pass.
        if (sqlite3_wal_checkpoint_v2(writer_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                      nullptr) == SQLITE_OK)
            ++onWriter_;
        return;
    }
    {
        std::lock_guard lock(mutex_);
        if (requested_ || stopping_)
            return;
        requested_ = true;
    }
    wake_.notify_one();
}

void Checkpointer::stop()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
    connection_.reset();
}

CheckpointStats Checkpointer::stats() const
{
    return {background_, onWriter_};
}

bool Checkpointer::pending() const
{
    std::lock_guard lock(mutex_);
    return requested_;
}

void Checkpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || requested_; });
            if (stopping_)
                return;
        }
        // Passive: copies what no reader still needs and never blocks the writer; a pass that
        // finds another one running (SQLITE_BUSY) has nothing to add.
        const int rc = sqlite3_wal_checkpoint_v2(connection_->handle(), nullptr,
                                                 SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc == SQLITE_OK)
            ++background_;
        backgroundDone_ = true;
        std::lock_guard lock(mutex_);
        requested_ = false;
    }
}

} // namespace syncline::store
