#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace syncline::config {

// Where something was written in a configuration file, so that a problem found later (an
// unresolvable secret, a rejected route) can still point the operator at the line to fix.
struct SourcePosition {
    std::string file;
    int line = 0;
    int column = 0;
    std::string key; // dotted path, e.g. "connection[2].secret"
};

struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string key;
    std::string message;
};

inline Diagnostic diagnosticAt(const SourcePosition &where, std::string message)
{
    return {where.file, where.line, where.column, where.key, std::move(message)};
}

// "FILE:LINE:COLUMN: SEVERITY: KEY: message"; parts that are unknown are left out.
std::string formatDiagnostic(const Diagnostic &diagnostic, std::string_view severity);

} // namespace syncline::config
