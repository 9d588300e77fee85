#pragma once

#include "files/ParseResult.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::files {

struct CsvOptions {
    char delimiter = ',';
    char quote = '"';
    // utf-8, windows-1252, iso-8859-1, utf-16le, utf-16be. A byte order mark overrides it.
    std::string encoding = "utf-8";
    // Auto: the first row is a header when it holds one of the configured column names or a
    // canonical field name.
    enum class Header { Auto, Present, Absent } header = Header::Auto;
    enum class Kind { InventorySnapshot, ShipmentConfirmation } kind = Kind::InventorySnapshot;
    // Canonical field -> column header name, or 1-based column index as text ("3"). Fields
    // without an entry are looked up by their canonical name in the header row.
    // Inventory: sku, location, on_hand, reserved, available, as_of.
    // Shipment: shipment_id, order_number, sku, quantity, carrier, tracking_number,
    // tracking_url, from_location, shipped_at.
    std::map<std::string, std::string> columns;
    std::string connection;
    std::string sourceSystem = "wms";
    std::string defaultLocation; // used when a row (or the file) has no location column
};

// One physical CSV record (RFC 4180): fields, the line it starts on, and a syntax error if the
// record could not be read (an unterminated quote, text after a closing quote).
struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t line = 0;
    std::string syntaxError;
    std::size_t syntaxErrorColumn = 0;
};

// Splits UTF-8 text into records: quoted delimiters, doubled quotes and embedded newlines;
// CRLF, LF and CR line ends. Blank lines are skipped.
std::vector<CsvRecord> splitCsvRecords(std::string_view text, char delimiter, char quote);

// Reads a whole file. `fileName` takes part in the idempotency keys, together with the
// connection, a hash of the content and the line, so the same file dropped twice dedupes.
ParseResult readCsv(std::string_view bytes, const CsvOptions &options, std::string_view fileName);

} // namespace syncline::files
