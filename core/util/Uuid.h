#pragma once

#include <string>

namespace syncline {

// A random (version 4) UUID in its canonical lowercase text form.
std::string newUuid();

} // namespace syncline
