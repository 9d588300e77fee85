#include "files/DropFolder.h"

#include "files/X12Writer.h"
#include "util/Crypto.h"
#include "util/Time.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace syncline::files {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<std::string> readWholeFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return std::nullopt;
    return bytes;
}

// Written under a temporary name and renamed, so whoever watches the folder never sees a part.
bool writeFileAtomically(const fs::path &path, std::string_view text)
{
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            return false;
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out.flush())
            return false;
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    return !ec;
}

bool moveFile(const fs::path &from, const fs::path &to)
{
    std::error_code ec;
    fs::rename(from, to, ec);
    if (!ec)
        return true;
    // Another file system: copy, then remove the original only once the copy is complete.
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return false;
    fs::remove(from, ec);
    return !ec;
}

std::string compactTimestamp(TimePoint t)
{
    std::string stamp;
    for (const char c : formatIso8601(t))
        if (c != '-' && c != ':' && c != '.')
            stamp.push_back(c);
    return stamp;
}

fs::path uniqueTarget(const fs::path &directory, const std::string &stamp, const std::string &name)
{
    fs::path target = directory / (stamp + "_" + name);
    for (int n = 1; fs::exists(target); ++n)
        target = directory / (stamp + "_" + std::to_string(n) + "_" + name);
    return target;
}

} // namespace

struct DropFolder::Shared {
    Shared(DropFolderOptions opts, InboundSink &target)
        : options(std::move(opts))
        , sink(target)
    {}

    TimePoint now() const
    {
        return options.clock ? options.clock->now() : SystemClock::instance().now();
    }

    DropFolderOptions options;
    InboundSink &sink;
    mutable std::mutex mutex;
    std::set<std::string> inFlight;
    std::int64_t nextAcknowledgementControl = 1;
};

// One file between pick-up and its move out of the inbox. Sink callbacks may arrive on any
// thread; the last one to arrive finishes the file.
class DropFolder::FileJob : public std::enable_shared_from_this<DropFolder::FileJob> {
public:
    FileJob(std::shared_ptr<Shared> shared, fs::path path, std::string bytes)
        : shared_(std::move(shared))
        , path_(std::move(path))
        , name_(path_.filename().string())
        , bytes_(std::move(bytes))
    {}

    void run()
    {
        const auto &options = shared_->options;
        if (options.format == FileFormat::Csv) {
            auto csv = options.csv;
            csv.connection = options.connection;
            result_ = readCsv(bytes_, csv, name_);
        } else {
            auto x12 = options.x12;
            x12.connection = options.connection;
            x12.fileName = name_;
            auto document = readX12(bytes_, x12);
            result_ = std::move(document.result);
            if (document.interchange && options.writeAcknowledgements)
                acknowledge(*document.interchange);
        }

        // One extra count held while dispatching, so the file cannot finish half-dispatched.
        pending_ = 1;
        if (result_.fatal) {
            pending_ += 1;
            record(name_, result_.fatalReason, bytes_);
        } else {
            const auto refused = refusedRecords();
            pending_ += result_.events.size() + refused.size();
            for (auto &event : result_.events) {
                auto self = shared_from_this();
                const auto key = event.idempotencyKey;
                shared_->sink.ingest(event, [self, key](const IngestResult &outcome) {
                    self->ingested(key, outcome);
                });
            }
            for (const auto &[path, reason, body] : refused)
                record(path, reason, body);
        }
        oneDone();
    }

private:
    struct Refused {
        std::string path;
        std::string reason;
        std::string body;
    };

    // Errors sharing one excerpt (several issues in one X12 set) are one refused record.
    std::vector<Refused> refusedRecords() const
    {
        std::vector<Refused> refused;
        const bool x12 = shared_->options.format == FileFormat::X12;
        for (const auto &error : result_.errors) {
            // An error of the envelope (a group without its trailer) has no record of its own:
            // what it refused is the file, which is kept whole so that it can be replayed.
            const std::string &body = error.excerpt.empty() ? bytes_ : error.excerpt;
            if (!refused.empty() && refused.back().body == body) {
                refused.back().reason += "; " + describe(error);
                continue;
            }
            const auto position =
                x12 ? "segment " + std::to_string(error.segment) : std::to_string(error.line);
            refused.push_back({name_ + ":" + position, describe(error), body});
        }
        return refused;
    }

    void record(const std::string &path, const std::string &reason, const std::string &body)
    {
        RejectedInput input;
        input.at = shared_->now();
        input.channel = "file";
        input.connection = shared_->options.connection;
        input.path = path;
        input.reason = reason;
        input.bodySha256 = crypto::sha256Hex(body);
        input.bodySize = static_cast<std::int64_t>(body.size());
        input.body = body;
        input.status = "rejected";
        auto self = shared_from_this();
        shared_->sink.recordRejected(std::move(input), [self](std::int64_t) { self->oneDone(); });
    }

    void ingested(const std::string &key, const IngestResult &outcome)
    {
        if (outcome.status == IngestResult::Status::Rejected) {
            std::lock_guard lock(mutex_);
            ingestNotes_.push_back("event " + key + " refused by the engine: " + outcome.message);
        }
        oneDone();
    }

    void acknowledge(const X12Interchange &interchange)
    {
        auto options = replyOptionsFor(interchange);
        {
            std::lock_guard lock(shared_->mutex);
            const auto control = shared_->nextAcknowledgementControl++;
            options.interchangeControlNumber = control;
            options.groupControlNumber = control;
        }
        options.createdAt = shared_->now();
        try {
            acknowledgement_ = write997(interchange, options);
            acknowledgementName_ = "997_" + std::to_string(options.interchangeControlNumber) +
                                   "_for_" + interchange.controlNumber() + ".edi";
        } catch (const X12WriteError &error) {
            result_.warnings.push_back(
                ParseIssue{0, 0, 0, "997", std::string("no acknowledgement: ") + error.what()});
        }
    }

    void oneDone()
    {
        {
            std::lock_guard lock(mutex_);
            if (--pending_ != 0)
                return;
        }
        finish();
    }

    std::string reasonText() const
    {
        std::ostringstream text;
        text << "file: " << name_ << "\n";
        text << "connection: " << shared_->options.connection << "\n";
        if (result_.fatal)
            text << "refused as a whole: " << result_.fatalReason << "\n";
        else
            text << "events ingested: " << result_.events.size() << "\n";
        if (!result_.errors.empty()) {
            text << "refused records (" << result_.errors.size() << "):\n";
            for (const auto &error : result_.errors)
                text << "  " << describe(error) << "\n";
        }
        if (!result_.warnings.empty()) {
            text << "warnings:\n";
            for (const auto &warning : result_.warnings)
                text << "  " << describe(warning) << "\n";
        }
        if (!ingestNotes_.empty()) {
            text << "engine:\n";
            for (const auto &note : ingestNotes_)
                text << "  " << note << "\n";
        }
        return text.str();
    }

    void finish()
    {
        const auto &options = shared_->options;
        const auto stamp = compactTimestamp(shared_->now());
        const auto &directory = result_.fatal ? options.quarantine : options.archive;
        std::error_code ec;
        fs::create_directories(directory, ec);
        const auto target = uniqueTarget(directory, stamp, name_);
        const bool needsReason = result_.fatal || !result_.errors.empty() ||
                                 !result_.warnings.empty() || !ingestNotes_.empty();
        // The reason is written first: a file is never seen in quarantine without it.
        if (needsReason)
            writeFileAtomically(target.string() + ".reason.txt", reasonText());
        const bool moved = moveFile(path_, target);
        if (!acknowledgement_.empty()) {
            const auto outbox =
                options.outbox.empty() ? options.archive.parent_path() / "outbox" : options.outbox;
            fs::create_directories(outbox, ec);
            writeFileAtomically(outbox / acknowledgementName_, acknowledgement_);
        }
        std::lock_guard lock(shared_->mutex);
        shared_->inFlight.erase(name_);
        (void)moved; // a file that could not be moved stays in the inbox and is read again
    }

    std::shared_ptr<Shared> shared_;
    fs::path path_;
    std::string name_;
    std::string bytes_;
    ParseResult result_;
    std::string acknowledgement_;
    std::string acknowledgementName_;
    std::mutex mutex_;
    std::size_t pending_ = 0;
    std::vector<std::string> ingestNotes_;
};

DropFolder::DropFolder(boost::asio::io_context &io, DropFolderOptions options, InboundSink &sink)
    : timer_(io)
    , shared_(std::make_shared<Shared>(std::move(options), sink))
    , alive_(std::make_shared<int>(0))
{
    auto &first = shared_->options.firstAcknowledgementControlNumber;
    shared_->nextAcknowledgementControl =
        first > 0 ? first : (toEpochMs(shared_->now()) / 1000) % 900'000'000 + 1;
}

DropFolder::~DropFolder()
{
    stop();
}

void DropFolder::start()
{
    running_ = true;
    schedule();
}

void DropFolder::stop()
{
    running_ = false;
    timer_.cancel();
}

void DropFolder::schedule()
{
    timer_.expires_after(shared_->options.pollInterval);
    std::weak_ptr<int> alive = alive_;
    timer_.async_wait([this, alive](const boost::system::error_code &ec) {
        if (ec || alive.expired() || !running_)
            return;
        scanOnce();
        schedule();
    });
}

bool DropFolder::isIgnoredName(const std::string &fileName)
{
    if (fileName.empty() || fileName.front() == '.')
        return true;
    const auto name = lower(fileName);
    for (const std::string_view suffix : {".tmp", ".part", ".partial", ".reason.txt"})
        if (name.size() >= suffix.size() && name.ends_with(suffix))
            return true;
    return false;
}

std::size_t DropFolder::inFlight() const
{
    std::lock_guard lock(shared_->mutex);
    return shared_->inFlight.size();
}

std::size_t DropFolder::scanOnce()
{
    std::error_code ec;
    std::set<std::string> present;
    std::vector<fs::path> ready;
    for (auto it = fs::directory_iterator(shared_->options.inbox, ec);
         !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entryError;
        if (!it->is_regular_file(entryError))
            continue;
        const auto name = it->path().filename().string();
        if (isIgnoredName(name))
            continue;
        present.insert(name);
        {
            std::lock_guard lock(shared_->mutex);
            if (shared_->inFlight.count(name))
                continue;
        }
        const Seen now{it->file_size(entryError), it->last_write_time(entryError)};
        if (entryError)
            continue;
        // Only a file that did not change since the previous scan is complete.
        const auto previous = seen_.find(name);
        if (previous != seen_.end() && previous->second == now) {
            ready.push_back(it->path());
            seen_.erase(previous);
        } else {
            seen_[name] = now;
        }
    }
    std::erase_if(seen_, [&](const auto &entry) { return !present.count(entry.first); });
    std::sort(ready.begin(), ready.end());
    std::size_t taken = 0;
    for (const auto &path : ready) {
        auto bytes = readWholeFile(path);
        if (!bytes)
            continue;
        {
            std::lock_guard lock(shared_->mutex);
            shared_->inFlight.insert(path.filename().string());
        }
        ++taken;
        std::make_shared<FileJob>(shared_, path, std::move(*bytes))->run();
    }
    return taken;
}

} // namespace syncline::files
