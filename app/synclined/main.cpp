// synclined: the headless engine and its admin commands.

#include "Commands.h"

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char *usage =
    "usage: synclined COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  run --data DIR [--config FILE]          run the engine headless (webhooks, files, "
    "delivery)\n"
    "  ingest --data DIR FILE|-                load canonical events (JSON lines) into the inbox\n"
    "  audit verify --data DIR                 check the audit chain; names the first bad entry\n"
    "  audit export --data DIR [--output F]    write the audit trail as CSV\n"
    "  deadletters --data DIR                  list the parked dead letters\n"
    "  holds --data DIR                        list the orders held by the order desk\n"
    "  hold approve|reject|note|assign --data DIR --hold ID --reason TEXT\n"
    "                                          decide on a hold (audited)\n"
    "  rejected --data DIR [--show ID]         list the requests, files and records refused\n"
    "  replay --data DIR [filters] [--dry-run] re-send processed events to their targets\n"
    "  parse --format F [--topic T] FILE       read a file or webhook body as the engine would\n"
    "  config check FILE                       validate a configuration file\n"
    "  version                                 print the version\n"
    "\n"
    "Run 'synclined COMMAND --help' for the options of a command.\n";

} // namespace

int main(int argc, char **argv)
{
    using namespace syncline::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    CommandIo io{std::cout, std::cerr};
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        (args.empty() ? std::cerr : std::cout) << usage;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    auto sub = [&rest](const char *word) {
        if (!rest.empty() && rest[0] == word) {
            rest.erase(rest.begin());
            return true;
        }
        return false;
    };

    if (command == "run")
        return runEngine(rest, io);
    if (command == "ingest")
        return ingestCommand(rest, io);
    if (command == "audit" && sub("verify"))
        return auditVerifyCommand(rest, io);
    if (command == "audit" && sub("export"))
        return auditExportCommand(rest, io);
    if (command == "deadletters")
        return deadLettersCommand(rest, io);
    if (command == "holds")
        return holdsCommand(rest, io);
    if (command == "hold")
        return holdCommand(rest, io);
    if (command == "rejected")
        return rejectedCommand(rest, io);
    if (command == "replay")
        return replayCommand(rest, io);
    if (command == "parse")
        return parseCommand(rest, io);
    if (command == "config" && sub("check"))
        return configCheckCommand(rest, io);
    if (command == "version" || command == "--version") {
        io.out << "synclined " << SYNCLINE_VERSION << "\n";
        return 0;
    }
    io.err << "synclined: unknown command '" << command << "'\n\n" << usage;
    return 2;
}
