#include "config/FileFormats.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace syncline::config::detail {

namespace {

const std::vector<std::string_view> encodingList{"utf-8", "windows-1252", "iso-8859-1", "utf-16le",
                                                 "utf-16be"};

void readColumns(Diagnostics &diagnostics, TableReader &reader, CsvOptions &csv)
{
    const toml::table *table = reader.subTable("columns");
    if (table == nullptr) {
        if (csv.header == CsvHeader::Absent && !reader.has("columns"))
            diagnostics.error(reader.position("columns"),
                              "files without a header need a [connection.columns] table that "
                              "maps each field to its column position");
        return;
    }
    const auto &fields = csvFields(csv.kind);
    std::map<std::string, std::string, std::less<>> usedBy;
    std::set<std::string, std::less<>> mentioned; // mapped, rightly or not
    for (const auto &[key, node] : *table) {
        const std::string field(key.str());
        mentioned.insert(field);
        const auto where =
            diagnostics.positionOf(key.source(), reader.keyPath("columns") + "." + field);
        if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
            std::string message = "unknown field " + inQuotes(field) + " for CSV kind " +
                                  std::string(toString(csv.kind));
            if (const auto hint = closestMatch(field, fields))
                message += "; did you mean " + inQuotes(*hint) + "?";
            else
                message += "; expected " + joinNames(fields);
            diagnostics.error(where, message);
            continue;
        }
        CsvColumn column;
        if (const auto *name = node.as_string(); name != nullptr && !name->get().empty()) {
            if (csv.header == CsvHeader::Absent) {
                diagnostics.error(where, "the file has no header, so columns are given by "
                                         "position (1 for the first column)");
                continue;
            }
            column.name = name->get();
        } else if (const auto *position = node.as_integer();
                   position != nullptr && position->get() >= 1 && position->get() <= 1000) {
            column.position = static_cast<int>(position->get());
        } else {
            diagnostics.error(where, "expected a column name or a position from 1 to 1000, found " +
                                         std::string(typeName(node)));
            continue;
        }
        const std::string columnKey =
            column.name.empty() ? "#" + std::to_string(column.position) : column.name;
        if (const auto [it, added] = usedBy.emplace(columnKey, field); !added) {
            diagnostics.error(where, "column already mapped to field " + inQuotes(it->second));
            continue;
        }
        csv.columns.emplace(field, std::move(column));
    }
    if (csv.header == CsvHeader::Absent) {
        std::vector<std::string_view> required = requiredCsvFields(csv.kind);
        if (csv.kind == CsvKind::Inventory && csv.defaultLocation.empty())
            required.emplace_back("location");
        for (const auto field : required)
            if (!mentioned.contains(field))
                diagnostics.error(reader.position("columns"),
                                  "field " + inQuotes(field) + " needs a column position");
    }
}

} // namespace

void readCsvOptions(Diagnostics &diagnostics, TableReader &reader, CsvOptions &csv)
{
    const toml::table *table = reader.subTable("csv");
    if (table == nullptr) {
        if (!reader.has("csv"))
            diagnostics.error(reader.position("csv"),
                              "format csv needs a [connection.csv] table with at least kind");
        return;
    }
    TableReader csvReader(diagnostics, *table, reader.keyPath("csv"));
    for (const auto &[key, target] :
         {std::pair{"delimiter", &csv.delimiter}, std::pair{"quote", &csv.quote}}) {
        const auto value = csvReader.string(key);
        if (!value)
            continue;
        if (value->size() != 1 || (*value)[0] == '\n' || (*value)[0] == '\r')
            diagnostics.error(csvReader.position(key),
                              "must be exactly one character (not a line break)");
        else
            *target = (*value)[0];
    }
    if (csv.delimiter == csv.quote)
        diagnostics.error(csvReader.position("quote"), "must differ from the delimiter");
    if (const auto encoding = csvReader.text("encoding")) {
        if (std::find(encodingList.begin(), encodingList.end(), *encoding) == encodingList.end())
            diagnostics.error(csvReader.position("encoding"),
                              "unsupported encoding " + inQuotes(*encoding) + "; expected " +
                                  joinNames(encodingList));
        else
            csv.encoding = *encoding;
    }
    if (const auto header = csvReader.choice<CsvHeader>("header", csvHeaderFromString,
                                                        {"auto", "present", "absent"}, false))
        csv.header = *header;
    if (const auto location = csvReader.text("default_location"))
        csv.defaultLocation = *location;
    const auto kind =
        csvReader.choice<CsvKind>("kind", csvKindFromString, {"inventory", "shipment"}, true);
    csvReader.finish();
    if (!kind)
        return;
    csv.kind = *kind;
    readColumns(diagnostics, reader, csv);
}

void readX12Options(Diagnostics &diagnostics, TableReader &reader, X12Options &x12)
{
    const toml::table *table = reader.subTable("x12");
    if (table == nullptr) {
        if (!reader.has("x12"))
            diagnostics.error(reader.position("x12"),
                              "format x12 needs a [connection.x12] table with sender_id and "
                              "receiver_id");
        return;
    }
    TableReader x12Reader(diagnostics, *table, reader.keyPath("x12"));
    // ISA fields are fixed width: qualifiers 2 characters, ids up to 15.
    for (const auto &[key, target, width, required] :
         {std::tuple{"sender_id", &x12.senderId, std::size_t(15), true},
          std::tuple{"receiver_id", &x12.receiverId, std::size_t(15), true},
          std::tuple{"sender_qualifier", &x12.senderQualifier, std::size_t(2), false},
          std::tuple{"receiver_qualifier", &x12.receiverQualifier, std::size_t(2), false}}) {
        const auto value = x12Reader.text(key, required);
        if (!value)
            continue;
        const bool exact = width == 2;
        if ((exact && value->size() != width) || value->size() > width)
            diagnostics.error(x12Reader.position(key),
                              std::string(exact ? "must be exactly " : "must be at most ") +
                                  std::to_string(width) + " characters (an ISA field)");
        else
            *target = *value;
    }
    x12Reader.finish();
}

} // namespace syncline::config::detail
