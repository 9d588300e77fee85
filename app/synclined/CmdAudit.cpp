#include "Arguments.h"
#include "Commands.h"
#include "EngineSession.h"
#include "util/Time.h"

#include <fstream>
#include <ostream>

namespace syncline::cli {

namespace {

std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

} // namespace

int auditVerifyCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data"}, {"help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined audit verify --data DIR\n\n"
               "Checks the hash chain of the audit trail. Exit status: 0 intact, 1 an entry was\n"
               "edited, deleted or reordered (the first bad one is named), 2 usage error.\n";
        return arguments.flag("help") ? 0 : 2;
    }
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    const AuditVerification result = engine->verifyAudit().get();
    if (result.ok) {
        io.out << "audit trail intact: " << result.checked << " entries verified\n";
        return 0;
    }
    io.out << "audit trail BROKEN at entry #" << result.firstBadSequence.value_or(0) << ": "
           << result.problem << " (" << result.checked << " entries verified before it)\n";
    return 1;
}

int auditExportCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"data", "output", "actor", "action", "object"}, {"help"});
    if (arguments.flag("help") || !arguments.ok() || !arguments.value("data")) {
        (arguments.flag("help") ? io.out : io.err)
            << "usage: synclined audit export --data DIR [--output FILE] [--actor A] "
               "[--action X] [--object ID]\n\nWrites the audit trail as CSV (to standard output "
               "without --output).\n";
        return arguments.flag("help") ? 0 : 2;
    }
    auto engine = openEngine(*arguments.value("data"), io.err, false);
    if (!engine)
        return 2;
    std::ofstream file;
    if (const auto output = arguments.value("output")) {
        file.open(*output);
        if (!file) {
            io.err << "synclined audit export: cannot write " << *output << "\n";
            return 2;
        }
    }
    std::ostream &out = arguments.value("output") ? file : io.out;
    out << "sequence,time,actor,role,action,object_type,object_id,before,after,reason,"
           "previous_hash,hash\n";
    AuditQuery query;
    query.actor = arguments.value("actor").value_or("");
    query.action = arguments.value("action").value_or("");
    query.objectId = arguments.value("object").value_or("");
    query.limit = 10'000;
    std::int64_t written = 0;
    for (;;) {
        const auto page = engine->audit(query).get();
        for (const auto &e : page) {
            out << e.sequence << "," << formatIso8601(e.at) << "," << csvField(e.actor) << ","
                << csvField(e.role) << "," << csvField(e.action) << "," << csvField(e.objectType)
                << "," << csvField(e.objectId) << "," << csvField(e.before) << ","
                << csvField(e.after) << "," << csvField(e.reason) << "," << e.previousHash << ","
                << e.hash << "\n";
        }
        written += static_cast<std::int64_t>(page.size());
        if (page.size() < static_cast<std::size_t>(query.limit))
            break;
        query.afterSequence = page.back().sequence;
    }
    if (arguments.value("output"))
        io.err << "exported " << written << " audit entries to " << *arguments.value("output")
               << "\n";
    return 0;
}

} // namespace syncline::cli
