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

namespace {

constexpr const char *holdDecisionUsage =
    "usage: synclined hold approve|reject|note|assign --data DIR --hold ID --reason TEXT\n"
    "                      [--actor NAME]\n"
    "\nDecides on one hold of the order desk, as the console does: approve releases the order\n"
    "to the ERP once no other hold keeps it, reject cancels it, note adds the text to the\n"
    "hold's history, assign gives the hold to the user named by --reason. The engine checks\n"
    "the actor's role and writes the decision with its audit entry in one transaction.\n"
    "Exit status: 0 done, 1 refused (the reason is printed), 2 usage error.\n";

} // namespace

int holdCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "hold", "reason", "actor"}, {"help"});
    if (arguments.flag("help")) {
        io.out << holdDecisionUsage;
        return 0;
    }
    const auto &words = arguments.positional();
    const std::string decision = words.size() == 1 ? words[0] : std::string();
    const bool known =
        decision == "approve" || decision == "reject" || decision == "note" || decision == "assign";
    if (!arguments.ok() || !known || !arguments.value("data") || !arguments.value("hold") ||
        !arguments.value("reason")) {
        if (!arguments.ok())
            io.err << "synclined hold: " << arguments.error() << "\n";
        else if (!known)
            io.err << "synclined hold: name one decision: approve, reject, note or assign\n";
        io.err << holdDecisionUsage;
        return 2;
    }
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    const std::string hold = *arguments.value("hold");
    const std::string reason = *arguments.value("reason");
    const Actor actor = commandActor(arguments.value("actor"));
    CommandResult result;
    if (decision == "approve")
        result = engine->approveHold(hold, reason, actor).get();
    else if (decision == "reject")
        result = engine->rejectHold(hold, reason, actor).get();
    else if (decision == "note")
        result = engine->noteHold(hold, reason, actor).get();
    else
        result = engine->assignHold(hold, reason, actor).get();
    if (!result.ok) {
        io.err << "synclined hold " << decision << ": refused: " << result.message << "\n";
        return 1;
    }
    io.out << "hold " << hold << ": " << (result.message.empty() ? decision : result.message)
           << "\n";
    return 0;
}

} // namespace syncline::cli
