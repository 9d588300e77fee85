#pragma once

#include "model/Event.h"

#include <cstddef>
#include <string>
#include <vector>

namespace syncline::files {

// One problem found in an input file. CSV issues carry line and column (1-based); X12 issues
// carry the segment position in the interchange (1-based, ISA = 1) and the physical line.
struct ParseIssue {
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t segment = 0; // X12 segment position, 1-based, 0 if n/a
    std::string field;       // "on_hand", "SE01"...
    std::string message;
    // The refused record on its own, so that it can be inspected and replayed: a CSV row with
    // its header (UTF-8, with a BOM when the file was in another encoding), or an X12
    // transaction set in its ISA/GS envelope. Empty when the issue has no record of its own.
    std::string excerpt{};
};

// "line 7, column 3 (on_hand): ..." or "segment 11 (SE01), line 11: ...".
std::string describe(const ParseIssue &issue);

// What a reader made of one input: the events it could map, the records it refused (each with
// its position), and whether the input as a whole was refused.
struct ParseResult {
    std::vector<Event> events;
    std::vector<ParseIssue> errors;   // records refused; the rest of the input is still used
    std::vector<ParseIssue> warnings; // tolerated deviations: nothing was dropped because of them
    bool fatal = false;               // whole input refused
    std::string fatalReason;
};

} // namespace syncline::files
