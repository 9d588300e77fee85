#pragma once

#include "files/CsvReader.h"
#include "files/ParseResult.h"

#include <string_view>

namespace syncline::files {

// `synclined parse`: reads one file as the drop folder would, without ingesting anything, so
// that support can see what a partner's file turns into and why rows are refused.
// `format` is "x12" or "csv"; anything else is a fatal result naming the formats.
ParseResult parseFileForSupport(std::string_view format, std::string_view bytes,
                                const CsvOptions &csv, std::string_view connection,
                                std::string_view fileName);

} // namespace syncline::files
