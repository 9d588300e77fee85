#include "Arguments.h"
#include "Commands.h"
#include "EngineSession.h"
#include "util/Time.h"

#include <ostream>

namespace syncline::cli {

int holdsCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "reason", "status", "search"}, {"help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined holds --data DIR [--reason CODE] [--status S] [--search TEXT]\n"
               "\nLists the orders the order desk holds, one hold per rule an order breaks, with\n"
               "its reason code, message and suggested fix. Without --status the active holds\n"
               "(open and snoozed); S is open, snoozed, resolved, approved or rejected.\n";
        return arguments.flag("help") ? 0 : 2;
    }
    HoldQuery query;
    query.reason = arguments.value("reason");
    if (const auto status = arguments.value("status")) {
        query.status = domain::holdStatusFromString(*status);
        if (!query.status) {
            io.err << "synclined holds: unknown status " << *status
                   << " (open, snoozed, resolved, approved, rejected)\n";
            return 2;
        }
    }
    query.text = arguments.value("search").value_or("");
    query.limit = 100'000;
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    const auto holds = engine->holds(query).get();
    for (const auto &h : holds)
        io.out << h.id << "  " << formatIso8601(h.createdAt) << "  " << h.orderNumber << "  "
               << h.channel << "  reason=" << h.reasonCode << "  " << domain::toString(h.status)
               << (h.owner.empty() ? "" : "  owner=" + h.owner) << "\n    " << h.message
               << "\n    fix: " << h.suggestedFix << "\n";
    io.out << holds.size() << " hold(s)\n";
    return 0;
}

} // namespace syncline::cli
