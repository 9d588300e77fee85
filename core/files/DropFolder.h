#pragma once

#include "files/CsvReader.h"
#include "files/X12Reader.h"
#include "model/Inbound.h"
#include "util/Clock.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace syncline::files {

enum class FileFormat { Csv, X12 };

struct DropFolderOptions {
    std::filesystem::path inbox;
    std::filesystem::path archive;
    std::filesystem::path quarantine;
    std::string connection;
    FileFormat format = FileFormat::Csv;
    CsvOptions csv;
    std::chrono::milliseconds pollInterval{2000};
    // X12 only: where 997 acknowledgements are written. Empty: "outbox" next to the archive.
    std::filesystem::path outbox;
    bool writeAcknowledgements = true;
    X12ReadOptions x12;                                 // sourceSystem, defaultLocation
    std::int64_t firstAcknowledgementControlNumber = 0; // 0: derived from the clock
    const Clock *clock = nullptr; // archive timestamps; the system clock if null
};

// Picks up complete files from an inbox, hands their events to the sink and moves each file to
// the archive only once every event and every refused record is durably committed; until then
// the file stays in the inbox, so a crash re-reads it (the idempotency keys dedupe the repeat).
//
// A file is complete when its name is not hidden or temporary (.*, *.tmp, *.part, *.partial)
// and its size and modification time did not change between two scans. Files refused as a
// whole go to quarantine with "<name>.reason.txt"; refused records are recorded one by one
// through the sink and listed in a reason file beside the archived file.
class DropFolder {
public:
    DropFolder(boost::asio::io_context &io, DropFolderOptions options, InboundSink &sink);
    ~DropFolder();
    DropFolder(const DropFolder &) = delete;
    DropFolder &operator=(const DropFolder &) = delete;

    void start();
    void stop();

    // One scan of the inbox; returns the number of files taken up for processing.
    std::size_t scanOnce();
    // Files handed to the sink whose commits are still outstanding.
    std::size_t inFlight() const;

    // Whether a name is one a writer uses while the file is incomplete.
    static bool isIgnoredName(const std::string &fileName);

private:
    struct Seen {
        std::uintmax_t size = 0;
        std::filesystem::file_time_type modified;
        bool operator==(const Seen &) const = default;
    };
    struct Shared;
    class FileJob;

    void schedule();
    void process(const std::filesystem::path &path);

    boost::asio::steady_timer timer_;
    std::shared_ptr<Shared> shared_;
    std::map<std::string, Seen> seen_;
    std::shared_ptr<int> alive_; // timer callbacks check it: the folder may be gone
    bool running_ = false;
};

} // namespace syncline::files
