#include "Arguments.h"
#include "Commands.h"
#include "EngineSession.h"
#include "util/Time.h"

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace syncline::cli {

int deadLettersCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "connection", "stage", "search"}, {"all", "help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined deadletters --data DIR [--connection C] [--stage S] "
               "[--search TEXT] [--all]\n\nLists the records parked in a dead letter, with their "
               "stage, error class and error (--all includes resolved ones).\n";
        return arguments.flag("help") ? 0 : 2;
    }
    DeadLetterQuery query;
    query.connection = arguments.value("connection");
    if (const auto stage = arguments.value("stage")) {
        query.stage = stageFromString(*stage);
        if (!query.stage) {
            io.err << "synclined deadletters: unknown stage " << *stage
                   << " (ingest, map, validate, route, deliver)\n";
            return 2;
        }
    }
    query.text = arguments.value("search").value_or("");
    query.includeResolved = arguments.flag("all");
    query.limit = 100'000;
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    const auto letters = engine->deadLetters(query).get();
    for (const auto &d : letters)
        io.out << "#" << d.id << "  " << formatIso8601(d.createdAt) << "  " << d.connection << "/"
               << toString(d.domain) << "  " << d.correlationId << "  stage=" << toString(d.stage)
               << "  class=" << toString(d.errorClass)
               << (d.target.empty() ? "" : "  target=" + d.target) << "  " << d.status << "\n    "
               << d.error << "\n";
    io.out << letters.size() << " dead letter(s)\n";
    return 0;
}

int replayCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(
        args, {"data", "connection", "domain", "from", "to", "entity", "target", "actor"},
        {"dry-run", "help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined replay --data DIR [--connection C] [--domain D] [--from TIME] "
               "[--to TIME] [--entity KEY] [--target T] [--dry-run] [--actor NAME]\n\n"
               "Re-sends processed events to their targets: by feed, time window (ISO 8601) or\n"
               "entity. --dry-run lists what would be sent and sends nothing.\n";
        return arguments.flag("help") ? 0 : 2;
    }
    ReplaySpec spec;
    spec.connection = arguments.value("connection");
    spec.correlationId = arguments.value("entity");
    spec.target = arguments.value("target");
    if (const auto domain = arguments.value("domain")) {
        spec.domain = domainFromString(*domain);
        if (!spec.domain) {
            io.err << "synclined replay: unknown domain " << *domain << "\n";
            return 2;
        }
    }
    for (const auto &[name, slot] : {std::pair{"from", &spec.from}, std::pair{"to", &spec.to}}) {
        if (const auto text = arguments.value(name)) {
            *slot = parseIso8601(*text);
            if (!*slot) {
                io.err << "synclined replay: --" << name << " is not an ISO 8601 time: " << *text
                       << "\n";
                return 2;
            }
        }
    }
    auto engine = openEngine(*arguments.value("data"), io.err);
    if (!engine)
        return 2;
    const bool dryRun = arguments.flag("dry-run");
    const auto plan = engine->replay(spec, dryRun, commandActor(arguments.value("actor"))).get();
    for (const auto &item : plan.items)
        io.out << (dryRun ? "would " : "") << item.action << "  " << item.correlationId << "  "
               << item.type << "  -> " << item.target << "  (event " << item.eventId << ")\n";
    io.out << plan.items.size() << " deliveries " << (dryRun ? "would be re-sent" : "queued")
           << "\n";
    return 0;
}

} // namespace syncline::cli

namespace syncline::cli {

int rejectedCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "limit", "show"}, {"help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined rejected --data DIR [--limit N] [--show ID]\n\nLists the "
               "requests, "
               "files and records the engine refused, newest first, with their reason;\n--show "
               "prints one whole (headers and body) for inspection.\n";
        return arguments.flag("help") ? 0 : 2;
    }
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    int limit = 100;
    if (const auto text = arguments.value("limit"))
        limit = std::max(1, std::atoi(text->c_str()));
    const auto show = arguments.value("show");
    const auto inputs = engine->rejectedInputs(show ? 1'000'000 : limit).get();
    for (const auto &r : inputs) {
        if (show && std::to_string(r.id) != *show)
            continue;
        io.out << "#" << r.id << "  " << formatIso8601(r.at) << "  " << r.channel << "  "
               << (r.connection.empty() ? "-" : r.connection) << "  " << r.path << "  "
               << (r.peer.empty() ? "" : "from " + r.peer + "  ") << r.bodySize << " bytes  "
               << r.status << "\n    " << r.reason << "\n";
        if (show)
            io.out << "--- headers\n"
                   << r.headers << "\n--- body (sha256 " << r.bodySha256 << ")\n"
                   << r.body << "\n";
    }
    if (!show)
        io.out << inputs.size() << " rejected input(s)\n";
    return 0;
}

} // namespace syncline::cli
