#pragma once

#include <iosfwd>
#include <string>
#include <vector>

// The subcommands of `synclined`. Each takes its own arguments (without the command words),
// writes results to `out` and diagnostics to `err`, and returns the process exit code.
namespace syncline::cli {

struct CommandIo {
    std::ostream &out;
    std::ostream &err;
};

int runEngine(const std::vector<std::string> &args, CommandIo io);     // synclined run
int ingestCommand(const std::vector<std::string> &args, CommandIo io); // synclined ingest
int auditVerifyCommand(const std::vector<std::string> &args, CommandIo io);
int auditExportCommand(const std::vector<std::string> &args, CommandIo io);
int deadLettersCommand(const std::vector<std::string> &args, CommandIo io);
int holdsCommand(const std::vector<std::string> &args, CommandIo io);
int holdCommand(const std::vector<std::string> &args, CommandIo io); // hold approve, reject...
int replayCommand(const std::vector<std::string> &args, CommandIo io);
int rejectedCommand(const std::vector<std::string> &args, CommandIo io);
int parseCommand(const std::vector<std::string> &args, CommandIo io); // synclined parse
int configCheckCommand(const std::vector<std::string> &args, CommandIo io);

} // namespace syncline::cli
