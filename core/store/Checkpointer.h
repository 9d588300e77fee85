#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace syncline::store {

class Database;

struct CheckpointStats {
    std::uint64_t background = 0; // passes run on the checkpoint thread
    std::uint64_t onWriter = 0;   // passes run by the writer between two transactions
};

// Copies committed pages from the WAL into the database file on a thread and connection of its
// own. SQLite's automatic checkpoint runs inside the COMMIT that crosses the threshold: the
// writer then copies thousands of pages and waits for the database file's fsync while every
// request of the next group waits for it, which is what made the ingest tail. Here the bulk is
// copied off the writer; the writer only finishes the pass (the frames committed meanwhile),
// so that its next transaction can start the WAL again from the beginning and the file stays
// bounded. Commits are unchanged: each one is still synced before it is acknowledged.
class Checkpointer {
public:
    // `thresholdFrames`: the WAL size (in frames, one page each) that starts a pass.
    Checkpointer(const std::filesystem::path &file, int thresholdFrames);
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Takes over checkpointing for the writer's connection (SQLite's automatic checkpoint is
    // off from then on). Call on the writer's thread, before its first transaction.
    void attach(Database &writer);
    // On the writer's thread, after each commit: finishes a pass the thread has done, or asks
    // for one when the WAL has grown past the threshold.
    void afterCommit();
    // Waits for a pass in progress; no pass starts afterwards.
    void stop();

    CheckpointStats stats() const;
    // Whether a pass has been asked for and not finished yet.
    bool pending() const;

private:
    static int onWalCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void run();

    std::filesystem::path file_;
    int threshold_;
    sqlite3 *writer_ = nullptr;
    int walFrames_ = 0; // writer's thread only: the WAL's size after its last commit

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool requested_ = false;
    bool stopping_ = false;
    std::atomic<bool> backgroundDone_{false};
    std::atomic<std::uint64_t> background_{0};
    std::atomic<std::uint64_t> onWriter_{0};
    std::unique_ptr<Database> connection_;
    std::thread thread_;
};

} // namespace syncline::store
