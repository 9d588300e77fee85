#pragma once

#include "engine/Engine.h"

#include <memory>
#include <ostream>
#include <string>

namespace syncline::cli {

// Opens the engine of a data directory for an admin command, reporting a failure in words.
std::unique_ptr<Engine> openEngine(const std::string &dataDirectory, std::ostream &err,
                                   bool autoStart = true);

// The operator behind an admin command: --actor, else $USER.
Actor commandActor(const std::optional<std::string> &actor);

} // namespace syncline::cli
