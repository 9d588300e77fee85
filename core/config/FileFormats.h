#pragma once

// Internal to the configuration library: the file-format tables of drop-folder connections.

#include "config/Config.h"
#include "config/TomlReader.h"

namespace syncline::config::detail {

// `connection` reads the [[connection]] table; these read its [connection.csv] and
// [connection.columns], or its [connection.x12], reporting what is missing or wrong.
void readCsvOptions(Diagnostics &diagnostics, TableReader &connection, CsvOptions &csv);
void readX12Options(Diagnostics &diagnostics, TableReader &connection, X12Options &x12);

} // namespace syncline::config::detail
