#include "Commands.h"
#include "config/Config.h"

#include <ostream>

namespace syncline::cli {

namespace {

constexpr const char *usage =
    "usage: synclined config check [--skip-secrets] FILE\n"
    "\n"
    "Validates a Syncline configuration file and resolves its secret references.\n"
    "Prints FILE:LINE:COLUMN: error: KEY: message for each problem; secret values are never "
    "printed.\n"
    "\n"
    "  --skip-secrets  only check the file, not whether its secrets can be read here\n"
    "\n"
    "Exit status: 0 valid, 1 invalid or secrets unresolved, 2 usage error.\n";

} // namespace

int configCheckCommand(const std::vector<std::string> &args, CommandIo io)
{
    bool checkSecretRefs = true;
    std::vector<std::string> files;
    for (const auto &arg : args) {
        if (arg == "-h" || arg == "--help") {
            io.out << usage;
            return 0;
        }
        if (arg == "--skip-secrets") {
            checkSecretRefs = false;
        } else if (arg.size() > 1 && arg.front() == '-') {
            io.err << "synclined config check: unknown option " << arg << "\n" << usage;
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() != 1) {
        io.err << "synclined config check: expected exactly one FILE\n" << usage;
        return 2;
    }

    const config::LoadResult result = config::loadConfig(files.front());
    for (const auto &warning : result.warnings)
        io.err << config::formatDiagnostic(warning, "warning") << "\n";
    for (const auto &error : result.errors)
        io.err << config::formatDiagnostic(error, "error") << "\n";
    if (!result.config)
        return 1;

    if (checkSecretRefs) {
        const auto unresolved = config::checkSecrets(*result.config);
        for (const auto &problem : unresolved)
            io.err << config::formatDiagnostic(problem, "error") << "\n";
        if (!unresolved.empty())
            return 1;
    }

    const auto &cfg = *result.config;
    io.out << files.front() << ": ok (" << cfg.systems.size() << " systems, "
           << cfg.connections.size() << " connections)\n";
    return 0;
}

} // namespace syncline::cli
