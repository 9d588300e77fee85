#include "Arguments.h"
#include "Commands.h"
#include "EngineSession.h"
#include "model/Json.h"
#include "util/Crypto.h"

#include <deque>
#include <fstream>
#include <future>
#include <iostream>
#include <ostream>

namespace syncline::cli {

namespace {

constexpr const char *usage =
    "usage: synclined ingest --data DIR [--no-wait] FILE|-\n"
    "\n"
    "Loads canonical events, one JSON object per line, through the engine's inbox: duplicates\n"
    "are acknowledged and not processed again, older versions are recorded as superseded, and a\n"
    "line that cannot be read is recorded as a rejected input with its line number and reason.\n"
    "Waits until the events are processed unless --no-wait is given (or another process is the\n"
    "one processing this data directory).\n"
    "\n"
    "Exit status: 0 every line read, 1 some lines rejected, 2 usage or store error.\n";

constexpr std::size_t MaxInFlight = 20'000;

} // namespace

int ingestCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data"}, {"no-wait", "help"});
    if (arguments.flag("help")) {
        io.out << usage;
        return 0;
    }
    if (!arguments.ok() || !arguments.value("data") || arguments.positional().size() != 1) {
        io.err << (arguments.ok() ? "" : "synclined ingest: " + arguments.error() + "\n") << usage;
        return 2;
    }
    const std::string path = arguments.positional()[0];
    std::ifstream file;
    if (path != "-") {
        file.open(path);
        if (!file) {
            io.err << "synclined ingest: cannot read " << path << "\n";
            return 2;
        }
    }
    std::istream &in = path == "-" ? std::cin : file;

    auto engine = openEngine(*arguments.value("data"), io.err);
    if (!engine)
        return 2;

    std::int64_t counts[5] = {0, 0, 0, 0, 0};
    std::int64_t unreadable = 0;
    std::deque<std::future<IngestResult>> pending;
    auto collect = [&](std::size_t keep) {
        while (pending.size() > keep) {
            const IngestResult result = pending.front().get();
            ++counts[static_cast<int>(result.status)];
            pending.pop_front();
        }
    };

    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        try {
            pending.push_back(engine->ingest(eventFromJson(parseJson(line))));
        } catch (const MappingError &error) {
            ++unreadable;
            RejectedInput input;
            input.channel = "ingest";
            input.path = path + ":" + std::to_string(lineNumber);
            input.reason = std::string("line ") + std::to_string(lineNumber) + ": " + error.what();
            input.body = line;
            input.bodySize = static_cast<std::int64_t>(line.size());
            input.bodySha256 = crypto::sha256Hex(line);
            io.err << path << ":" << lineNumber << ": " << error.what() << "\n";
            engine->recordRejected(std::move(input));
        }
        if (pending.size() >= MaxInFlight)
            collect(MaxInFlight / 2);
    }
    collect(0);
    if (!arguments.flag("no-wait") && engine->processing())
        engine->drain().get();

    using S = IngestResult::Status;
    io.out << "accepted " << counts[int(S::Accepted)] << ", duplicates "
           << counts[int(S::Duplicate)] << ", superseded " << counts[int(S::Superseded)]
           << ", rejected " << counts[int(S::Rejected)] + unreadable << ", failed "
           << counts[int(S::Failed)] << "\n";
    engine.reset(); // writes what is still queued (the rejected-input records) before exiting
    if (counts[int(S::Failed)] > 0)
        return 2;
    return counts[int(S::Rejected)] + unreadable > 0 ? 1 : 0;
}

} // namespace syncline::cli
