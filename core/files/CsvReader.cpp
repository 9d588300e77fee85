#include "files/CsvReader.h"

#include "files/TextEncoding.h"
#include "model/Json.h"
#include "util/Crypto.h"
#include "util/Time.h"
#include "util/Uuid.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace syncline::files {

std::vector<CsvRecord> splitCsvRecords(std::string_view text, char delimiter, char quote)
{
    std::vector<CsvRecord> records;
    std::size_t line = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto atLineEnd = [&](std::size_t at) {
        return at < n && (text[at] == '\n' || text[at] == '\r');
    };
    // Consumes one line end (CRLF, LF or CR) at `at` and returns the position after it.
    auto skipLineEnd = [&](std::size_t at) {
        if (text[at] == '\r' && at + 1 < n && text[at + 1] == '\n')
            ++at;
        ++line;
        return at + 1;
    };
    while (i < n) {
        CsvRecord record;
        record.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text[i] == quote) {
                const std::size_t openLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (text[i] == quote) {
                        if (i + 1 < n && text[i + 1] == quote) {
                            field.push_back(quote);
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (text[i] == '\n' || (text[i] == '\r' && !(i + 1 < n && text[i + 1] == '\n')))
                        ++line;
                    field.push_back(text[i]);
                    ++i;
                }
                if (!closed) {
                    record.fields.push_back(field);
                    record.syntaxError = "quoted field opened on line " + std::to_string(openLine) +
                                         " is never closed";
                    record.syntaxErrorColumn = record.fields.size();
                    records.push_back(std::move(record));
                    return records;
                }
                if (i < n && text[i] != delimiter && !atLineEnd(i) && record.syntaxError.empty()) {
                    record.syntaxError =
                        std::string("unexpected character '") + text[i] + "' after a closing quote";
                    record.syntaxErrorColumn = record.fields.size() + 1;
                }
                // Keep what follows a stray closing quote so that nothing of the row is lost.
                while (i < n && text[i] != delimiter && !atLineEnd(i))
                    field.push_back(text[i++]);
            } else {
                while (i < n && text[i] != delimiter && !atLineEnd(i))
                    field.push_back(text[i++]);
            }
            record.fields.push_back(field);
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            endOfRecord = true;
            if (i < n)
                i = skipLineEnd(i);
        }
        const bool blank =
            record.fields.size() == 1 && record.fields[0].empty() && record.syntaxError.empty();
        if (!blank)
            records.push_back(std::move(record));
    }
    return records;
}

namespace {

using Kind = CsvOptions::Kind;

struct FieldSpec {
    std::string_view name;
    bool required;
};

std::vector<FieldSpec> fieldsOf(Kind kind, bool haveDefaultLocation)
{
    if (kind == Kind::InventorySnapshot)
        return {{"sku", true},        {"location", !haveDefaultLocation},
                {"on_hand", true},    {"reserved", false},
                {"available", false}, {"as_of", false}};
    return {{"shipment_id", true},   {"order_number", true},   {"sku", true},
            {"quantity", true},      {"carrier", false},       {"tracking_number", false},
            {"tracking_url", false}, {"from_location", false}, {"shipped_at", false}};
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::optional<std::size_t> columnIndexFromText(std::string_view text)
{
    if (text.empty() || text.size() > 6 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    const auto value = static_cast<std::size_t>(std::stoul(std::string(text)));
    if (value == 0)
        return std::nullopt;
    return value - 1;
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// Whole numbers as exports write them: "12", "+12", "12.00". Nothing else.
std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    const auto parsed = Decimal::parse(text);
    if (!parsed || parsed->units() % Decimal::Scale != 0)
        return std::nullopt;
    return parsed->units() / Decimal::Scale;
}

std::optional<TimePoint> dateTime(std::string_view text)
{
    if (auto t = parseIso8601(text))
        return t;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        return parseIso8601(std::string(text) + "T00:00:00Z");
    return std::nullopt;
}

struct RowError {
    std::size_t column = 0;
    std::string field;
    std::string message;
};

// The cells of one data row, looked up by canonical field.
class Row {
public:
    Row(const CsvRecord &record, const std::map<std::string, std::size_t, std::less<>> &columns)
        : record_(record)
        , columns_(columns)
    {}

    bool has(std::string_view field) const { return columns_.find(field) != columns_.end(); }
    std::size_t column(std::string_view field) const { return columns_.find(field)->second + 1; }

    // Empty when the column is not configured or the row is short.
    std::string_view value(std::string_view field) const
    {
        const auto it = columns_.find(field);
        if (it == columns_.end() || it->second >= record_.fields.size())
            return {};
        return trim(record_.fields[it->second]);
    }

    std::optional<RowError> requireText(std::string_view field) const
    {
        const auto it = columns_.find(field);
        if (it == columns_.end())
            return RowError{0, std::string(field), "has no column in this file"};
        if (it->second >= record_.fields.size())
            return RowError{it->second + 1, std::string(field),
                            "missing (the row has " + std::to_string(record_.fields.size()) +
                                " columns)"};
        if (value(field).empty())
            return RowError{it->second + 1, std::string(field), "is empty"};
        return std::nullopt;
    }

    // Reads an optional or required count; `minimum` 0 or 1.
    std::optional<RowError> count(std::string_view field, std::int64_t minimum, bool required,
                                  std::optional<std::int64_t> &out) const
    {
        if (!has(field))
            return std::nullopt;
        if (required)
            if (auto missing = requireText(field))
                return missing;
        const auto text = value(field);
        if (text.empty())
            return std::nullopt;
        const auto number = wholeNumber(text);
        if (!number || *number < minimum)
            return RowError{column(field), std::string(field),
                            quoted(text) + (minimum == 0 ? " is not a non-negative integer"
                                                         : " is not a positive integer")};
        out = number;
        return std::nullopt;
    }

    std::optional<RowError> time(std::string_view field, std::optional<TimePoint> &out) const
    {
        if (!has(field) || value(field).empty())
            return std::nullopt;
        out = dateTime(value(field));
        if (!out)
            return RowError{column(field), std::string(field),
                            quoted(value(field)) + " is not a date (YYYY-MM-DD or ISO 8601)"};
        return std::nullopt;
    }

private:
    const CsvRecord &record_;
    const std::map<std::string, std::size_t, std::less<>> &columns_;
};

struct Context {
    const CsvOptions &options;
    std::string keyPrefix;
    ParseResult result;

    Event newEvent(Domain domain, std::string type, std::size_t line) const
    {
        Event event;
        event.eventId = newUuid();
        event.sourceSystem = options.sourceSystem;
        event.connection = options.connection;
        event.domain = domain;
        event.type = std::move(type);
        event.idempotencyKey = keyPrefix + std::to_string(line);
        return event;
    }

    void rowError(std::size_t line, const RowError &error)
    {
        result.errors.push_back(ParseIssue{line, error.column, 0, error.field, error.message});
    }
};

std::optional<RowError> readInventoryRow(const Row &row, const CsvOptions &options,
                                         model::InventoryLevel &level)
{
    for (const auto field : {"sku", "on_hand"})
        if (auto e = row.requireText(field))
            return e;
    level.sku = std::string(row.value("sku"));
    level.location = std::string(row.value("location"));
    if (level.location.empty())
        level.location = options.defaultLocation;
    if (level.location.empty())
        return RowError{row.has("location") ? row.column("location") : 0, "location",
                        "is empty and no default location is configured"};
    std::optional<std::int64_t> onHand, reserved, available;
    if (auto e = row.count("on_hand", 0, true, onHand))
        return e;
    if (auto e = row.count("reserved", 0, false, reserved))
        return e;
    if (auto e = row.count("available", 0, false, available))
        return e;
    std::optional<TimePoint> asOf;
    if (auto e = row.time("as_of", asOf))
        return e;
    level.onHand = *onHand;
    level.reserved = reserved.value_or(0);
    level.available = available.value_or(std::max<std::int64_t>(0, level.onHand - level.reserved));
    level.asOf = asOf.value_or(TimePoint{});
    return std::nullopt;
}

void mapInventory(Context &context, const std::vector<std::pair<const CsvRecord *, Row>> &rows)
{
    for (const auto &[record, row] : rows) {
        model::InventoryLevel level;
        if (auto error = readInventoryRow(row, context.options, level)) {
            context.rowError(record->line, *error);
            continue;
        }
        Event event = context.newEvent(Domain::Inventory, "inventory.level", record->line);
        event.correlationId = level.sku;
        event.entityKey = "inventory:" + level.sku + "@" + level.location;
        event.occurredAt = level.asOf;
        event.payload = syncline::serialize(boost::json::value_from(level));
        context.result.events.push_back(std::move(event));
    }
}

struct ShipmentGroup {
    model::Shipment shipment;
    std::size_t firstLine = 0;
    std::vector<std::size_t> lines;
    std::optional<std::size_t> badLine;
};

std::optional<RowError> readShipmentRow(const Row &row, const CsvOptions &options,
                                        ShipmentGroup &group, bool first)
{
    for (const auto field : {"shipment_id", "order_number", "sku", "quantity"})
        if (auto e = row.requireText(field))
            return e;
    std::optional<std::int64_t> quantity;
    if (auto e = row.count("quantity", 1, true, quantity))
        return e;
    std::optional<TimePoint> shippedAt;
    if (auto e = row.time("shipped_at", shippedAt))
        return e;
    auto &shipment = group.shipment;
    const auto orderNumber = row.value("order_number");
    if (first) {
        shipment.shipmentId = std::string(row.value("shipment_id"));
        shipment.orderNumber = std::string(orderNumber);
    } else if (orderNumber != shipment.orderNumber) {
        return RowError{row.column("order_number"), "order_number",
                        quoted(orderNumber) + " differs from " + quoted(shipment.orderNumber) +
                            " on line " + std::to_string(group.firstLine) + " for shipment " +
                            quoted(shipment.shipmentId)};
    }
    auto fillOnce = [&](std::string &target, std::string_view field) {
        if (target.empty())
            target = std::string(row.value(field));
    };
    fillOnce(shipment.carrier, "carrier");
    fillOnce(shipment.trackingNumber, "tracking_number");
    fillOnce(shipment.trackingUrl, "tracking_url");
    fillOnce(shipment.fromLocation, "from_location");
    if (shipment.fromLocation.empty())
        shipment.fromLocation = options.defaultLocation;
    if (!shipment.shippedAt && shippedAt)
        shipment.shippedAt = shippedAt;
    const std::string sku(row.value("sku"));
    const auto existing = std::find_if(shipment.lines.begin(), shipment.lines.end(),
                                       [&](const auto &line) { return line.sku == sku; });
    if (existing != shipment.lines.end())
        existing->quantity += *quantity;
    else
        shipment.lines.push_back({sku, *quantity});
    return std::nullopt;
}

void mapShipments(Context &context, const std::vector<std::pair<const CsvRecord *, Row>> &rows)
{
    std::vector<ShipmentGroup> groups;
    std::map<std::string, std::size_t, std::less<>> groupOf;
    for (const auto &[record, row] : rows) {
        const std::string id(row.value("shipment_id"));
        if (id.empty()) {
            context.rowError(record->line, *row.requireText("shipment_id"));
            continue;
        }
        auto [it, inserted] = groupOf.try_emplace(id, groups.size());
        if (inserted) {
            groups.emplace_back();
            groups.back().firstLine = record->line;
        }
        auto &group = groups[it->second];
        group.lines.push_back(record->line);
        if (auto error = readShipmentRow(row, context.options, group, inserted)) {
            context.rowError(record->line, *error);
            if (!group.badLine)
                group.badLine = record->line;
        }
    }
    for (auto &group : groups) {
        if (group.badLine) {
            // A shipment is confirmed whole or not at all: its valid rows are refused too, so
            // that a replay after the fix delivers the complete shipment.
            for (const auto line : group.lines) {
                const bool alreadyReported =
                    std::any_of(context.result.errors.begin(), context.result.errors.end(),
                                [&](const ParseIssue &issue) { return issue.line == line; });
                if (!alreadyReported)
                    context.result.errors.push_back(
                        ParseIssue{line, 0, 0, "shipment_id",
                                   "shipment " + quoted(group.shipment.shipmentId) +
                                       " refused as a whole because line " +
                                       std::to_string(*group.badLine) + " is invalid"});
            }
            continue;
        }
        Event event = context.newEvent(Domain::Fulfilment, "shipment.created", group.firstLine);
        event.correlationId = group.shipment.orderNumber;
        event.entityKey = "shipment:" + group.shipment.shipmentId;
        event.occurredAt = group.shipment.shippedAt.value_or(TimePoint{});
        event.payload = syncline::serialize(boost::json::value_from(group.shipment));
        context.result.events.push_back(std::move(event));
    }
}

std::string csvField(std::string_view value, char delimiter, char quote)
{
    const bool needsQuotes =
        value.find_first_of(std::string{delimiter, quote, '\r', '\n'}) != std::string_view::npos ||
        (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needsQuotes)
        return std::string(value);
    std::string out(1, quote);
    for (const char c : value) {
        if (c == quote)
            out.push_back(quote);
        out.push_back(c);
    }
    out.push_back(quote);
    return out;
}

ParseResult fatal(std::string reason)
{
    ParseResult result;
    result.fatal = true;
    result.fatalReason = std::move(reason);
    return result;
}

} // namespace

ParseResult readCsv(std::string_view bytes, const CsvOptions &options, std::string_view fileName)
{
    if (bytes.empty())
        return fatal("the file is empty");
    if (options.delimiter == options.quote || options.delimiter == '\n' ||
        options.delimiter == '\r' || options.quote == '\n' || options.quote == '\r')
        return fatal("the delimiter and the quote character must differ and not be line ends");
    const auto encoding = textEncodingFromName(options.encoding);
    if (!encoding)
        return fatal("unknown encoding " + quoted(options.encoding));
    DecodeError decodeError;
    const auto decoded = decodeToUtf8(bytes, *encoding, &decodeError);
    if (!decoded)
        return fatal("cannot decode the file: " + decodeError.message + " at byte " +
                     std::to_string(decodeError.offset));
    const bool validateUtf8 = decoded->encoding == TextEncoding::Utf8;

    const auto specs = fieldsOf(options.kind, !options.defaultLocation.empty());
    for (const auto &mapping : options.columns) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const auto &field = mapping.first;
        if (std::none_of(specs.begin(), specs.end(),
                         [&](const FieldSpec &spec) { return spec.name == field; }))
            return fatal("unknown field " + quoted(field) + " in the column mapping");
    }

    auto records = splitCsvRecords(decoded->text, options.delimiter, options.quote);
    if (records.empty())
        return fatal("the file holds no rows");

    // The first row is a header when it holds a configured column name or a field name.
    std::vector<std::string> headerNames;
    for (const auto &spec : specs) {
        headerNames.emplace_back(spec.name);
        const auto it = options.columns.find(std::string(spec.name));
        if (it != options.columns.end() && !columnIndexFromText(it->second))
            headerNames.push_back(lower(trim(it->second)));
    }
    const auto &first = records.front();
    bool hasHeader = options.header == CsvOptions::Header::Present;
    if (options.header == CsvOptions::Header::Auto)
        hasHeader = first.syntaxError.empty() &&
                    std::any_of(first.fields.begin(), first.fields.end(), [&](const auto &cell) {
                        return std::find(headerNames.begin(), headerNames.end(),
                                         lower(trim(cell))) != headerNames.end();
                    });

    std::map<std::string, std::size_t, std::less<>> columns;
    for (const auto &spec : specs) {
        const auto it = options.columns.find(std::string(spec.name));
        const bool configured = it != options.columns.end();
        const std::string wanted =
            configured ? std::string(trim(it->second)) : std::string(spec.name);
        if (const auto index = columnIndexFromText(wanted)) {
            columns.emplace(spec.name, *index);
            continue;
        }
        std::optional<std::size_t> found;
        if (hasHeader)
            for (std::size_t c = 0; c < first.fields.size() && !found; ++c)
                if (lower(trim(first.fields[c])) == lower(wanted))
                    found = c;
        if (found) {
            columns.emplace(spec.name, *found);
            continue;
        }
        if (!spec.required && !configured)
            continue;
        if (!hasHeader)
            return fatal("the file has no header row, so the column " + quoted(wanted) +
                         " for field " + std::string(spec.name) + " cannot be found");
        std::string available;
        for (const auto &cell : first.fields)
            available += (available.empty() ? "" : ", ") + quoted(trim(cell));
        return fatal("line " + std::to_string(first.line) + ": the header has no column " +
                     quoted(wanted) + " for field " + std::string(spec.name) +
                     " (columns: " + available + ")");
    }

    Context context{options,
                    "csv:" + options.connection + ":" + std::string(fileName) + ":" +
                        crypto::sha256Hex(bytes) + ":",
                    {}};
    if (decoded->hadBom && decoded->encoding != *encoding)
        context.result.warnings.push_back(
            ParseIssue{0, 0, 0, "encoding",
                       std::string("the byte order mark overrides the configured encoding ") +
                           quoted(options.encoding)});

    std::vector<std::string> headerCells;
    if (hasHeader)
        headerCells = first.fields;
    std::vector<std::pair<const CsvRecord *, Row>> rows;
    for (std::size_t r = hasHeader ? 1 : 0; r < records.size(); ++r) {
        const auto &record = records[r];
        auto fieldName = [&](std::size_t column) -> std::string {
            for (const auto &[field, index] : columns)
                if (index + 1 == column)
                    return field;
            return column >= 1 && column <= headerCells.size()
                       ? std::string(trim(headerCells[column - 1]))
                       : std::string();
        };
        if (!record.syntaxError.empty()) {
            context.rowError(record.line,
                             RowError{record.syntaxErrorColumn, fieldName(record.syntaxErrorColumn),
                                      record.syntaxError});
            continue;
        }
        std::optional<RowError> invalidText;
        for (std::size_t c = 0; c < record.fields.size() && validateUtf8 && !invalidText; ++c)
            if (const auto bad = firstInvalidUtf8(record.fields[c]))
                invalidText =
                    RowError{c + 1, fieldName(c + 1),
                             "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the cell"};
        if (invalidText) {
            context.rowError(record.line, *invalidText);
            continue;
        }
        rows.emplace_back(&record, Row(record, columns));
    }
    if (options.kind == Kind::InventorySnapshot)
        mapInventory(context, rows);
    else
        mapShipments(context, rows);
    std::stable_sort(context.result.errors.begin(), context.result.errors.end(),
                     [](const ParseIssue &a, const ParseIssue &b) { return a.line < b.line; });

    // Each refused row on its own, with the header, readable by the same options.
    auto recordText = [&](const CsvRecord &record) {
        std::string text;
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            if (c > 0)
                text.push_back(options.delimiter);
            text += csvField(record.fields[c], options.delimiter, options.quote);
        }
        return text + "\r\n";
    };
    std::string excerptPrefix = validateUtf8 ? "" : "\xEF\xBB\xBF";
    if (hasHeader)
        excerptPrefix += recordText(first);
    std::map<std::size_t, const CsvRecord *> recordAtLine;
    for (const auto &record : records)
        recordAtLine.emplace(record.line, &record);
    for (auto &issue : context.result.errors)
        if (const auto it = recordAtLine.find(issue.line); it != recordAtLine.end())
            issue.excerpt = excerptPrefix + recordText(*it->second);
    return std::move(context.result);
}

} // namespace syncline::files
