#include "EngineSession.h"

#include <cstdlib>

namespace syncline::cli {

std::unique_ptr<Engine> openEngine(const std::string &dataDirectory, std::ostream &err,
                                   bool autoStart)
{
    try {
        EngineOptions options;
        options.dataDirectory = dataDirectory;
        options.autoStart = autoStart;
        return Engine::open(options);
    } catch (const std::exception &error) {
        err << "synclined: cannot open the data directory " << dataDirectory << ": " << error.what()
            << "\n";
        return nullptr;
    }
}

Actor commandActor(const std::optional<std::string> &actor)
{
    if (actor)
        return Actor{*actor, "admin"};
    const char *user = std::getenv("USER");
    return Actor{user && *user ? user : "admin", "admin"};
}

} // namespace syncline::cli
