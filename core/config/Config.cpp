#include "config/Config.h"

#include <algorithm>
#include <utility>

namespace syncline::config {

namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<SystemKind, 9> systemKindNames{{
    {SystemKind::Shopify, "shopify"},
    {SystemKind::WooCommerce, "woocommerce"},
    {SystemKind::Vendure, "vendure"},
    {SystemKind::Tryton, "tryton"},
    {SystemKind::NetSuite, "netsuite"},
    {SystemKind::BusinessCentral, "business-central"},
    {SystemKind::Wms, "wms"},
    {SystemKind::Carrier, "carrier"},
    {SystemKind::Generic, "generic"},
}};
constexpr NameTable<Direction, 3> directionNames{{
    {Direction::In, "in"},
    {Direction::Out, "out"},
    {Direction::Both, "both"},
}};
constexpr NameTable<Transport, 4> transportNames{{
    {Transport::Webhook, "webhook"},
    {Transport::Api, "api"},
    {Transport::Poll, "poll"},
    {Transport::DropFolder, "drop-folder"},
}};
constexpr NameTable<FileFormat, 3> fileFormatNames{{
    {FileFormat::None, "none"},
    {FileFormat::Csv, "csv"},
    {FileFormat::X12, "x12"},
}};
constexpr NameTable<CsvHeader, 3> csvHeaderNames{{
    {CsvHeader::Auto, "auto"},
    {CsvHeader::Present, "present"},
    {CsvHeader::Absent, "absent"},
}};
constexpr NameTable<CsvKind, 2> csvKindNames{{
    {CsvKind::Inventory, "inventory"},
    {CsvKind::Shipment, "shipment"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table)
        if (candidate == value)
            return name;
    return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, std::string_view text)
{
    for (const auto &[candidate, name] : table)
        if (name == text)
            return candidate;
    return std::nullopt;
}

template <typename Range, typename Predicate>
auto findPointer(const Range &range, Predicate predicate) -> decltype(&*range.begin())
{
    const auto it = std::find_if(range.begin(), range.end(), predicate);
    return it == range.end() ? nullptr : &*it;
}

} // namespace

std::string_view toString(SystemKind value)
{
    return nameOf(systemKindNames, value);
}
std::string_view toString(Direction value)
{
    return nameOf(directionNames, value);
}
std::string_view toString(Transport value)
{
    return nameOf(transportNames, value);
}
std::string_view toString(FileFormat value)
{
    return nameOf(fileFormatNames, value);
}
std::string_view toString(CsvHeader value)
{
    return nameOf(csvHeaderNames, value);
}
std::string_view toString(CsvKind value)
{
    return nameOf(csvKindNames, value);
}
std::optional<SystemKind> systemKindFromString(std::string_view text)
{
    return valueOf(systemKindNames, text);
}
std::optional<Direction> directionFromString(std::string_view text)
{
    return valueOf(directionNames, text);
}
std::optional<Transport> transportFromString(std::string_view text)
{
    return valueOf(transportNames, text);
}
std::optional<FileFormat> fileFormatFromString(std::string_view text)
{
    if (text == "none")
        return std::nullopt; // "none" is the absence of a format, not something to write
    return valueOf(fileFormatNames, text);
}
std::optional<CsvHeader> csvHeaderFromString(std::string_view text)
{
    return valueOf(csvHeaderNames, text);
}
std::optional<CsvKind> csvKindFromString(std::string_view text)
{
    return valueOf(csvKindNames, text);
}

const std::vector<std::string_view> &csvFields(CsvKind kind)
{
    static const std::vector<std::string_view> inventory{"sku",      "location",  "on_hand",
                                                         "reserved", "available", "as_of"};
    static const std::vector<std::string_view> shipment{
        "shipment_id",   "order_number", "carrier",  "tracking_number", "tracking_url",
        "from_location", "sku",          "quantity", "shipped_at"};
    return kind == CsvKind::Inventory ? inventory : shipment;
}

const std::vector<std::string_view> &requiredCsvFields(CsvKind kind)
{
    static const std::vector<std::string_view> inventory{"sku", "on_hand"};
    static const std::vector<std::string_view> shipment{"order_number", "sku", "quantity"};
    return kind == CsvKind::Inventory ? inventory : shipment;
}

Millis defaultLatencyTarget(Domain domain)
{
    using namespace std::chrono;
    switch (domain) {
    case Domain::Inventory:
        return duration_cast<Millis>(seconds(60));
    case Domain::Order:
        return duration_cast<Millis>(minutes(5));
    case Domain::Fulfilment:
        return duration_cast<Millis>(minutes(15));
    case Domain::Pricing:
        return duration_cast<Millis>(hours(1));
    case Domain::Product:
        return duration_cast<Millis>(hours(24));
    }
    return duration_cast<Millis>(hours(24));
}

std::array<DomainConfig, 5> Config::defaultDomains()
{
    std::array<DomainConfig, 5> result;
    const std::array all{Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order,
                         Domain::Fulfilment};
    for (std::size_t i = 0; i < all.size(); ++i) {
        result[i].domain = all[i];
        result[i].latencyTarget = defaultLatencyTarget(all[i]);
    }
    return result;
}

const SystemConfig *Config::findSystem(std::string_view name) const
{
    return findPointer(systems, [name](const auto &s) { return s.name == name; });
}

const ConnectionConfig *Config::findConnection(std::string_view name) const
{
    return findPointer(connections, [name](const auto &c) { return c.name == name; });
}

std::vector<const ConnectionConfig *> Config::connectionsOf(std::string_view systemName) const
{
    std::vector<const ConnectionConfig *> result;
    for (const auto &connection : connections)
        if (connection.system == systemName)
            result.push_back(&connection);
    return result;
}

const SystemConfig *Config::systemOf(const ConnectionConfig &connection) const
{
    return findSystem(connection.system);
}

const DomainConfig &Config::domain(Domain which) const
{
    for (const auto &entry : domains)
        if (entry.domain == which)
            return entry;
    return domains.front(); // unreachable: every domain has an entry
}

const UnitConversion *Config::findUnitConversion(std::string_view from, std::string_view to,
                                                 std::string_view sku) const
{
    const auto matches = [&](std::string_view skuWanted) {
        return findPointer(units, [&](const auto &u) {
            return u.from == from && u.to == to && u.sku == skuWanted;
        });
    };
    if (!sku.empty())
        if (const auto *specific = matches(sku))
            return specific;
    return matches({});
}

std::optional<std::string> Config::canonicalSku(std::string_view connection,
                                                std::string_view externalId) const
{
    return xrefs.toCanonical(XrefKind::Sku, connection, externalId);
}
std::optional<std::string> Config::externalSku(std::string_view connection,
                                               std::string_view canonicalId) const
{
    return xrefs.toExternal(XrefKind::Sku, connection, canonicalId);
}
std::optional<std::string> Config::canonicalCustomer(std::string_view connection,
                                                     std::string_view externalId) const
{
    return xrefs.toCanonical(XrefKind::Customer, connection, externalId);
}
std::optional<std::string> Config::externalCustomer(std::string_view connection,
                                                    std::string_view canonicalId) const
{
    return xrefs.toExternal(XrefKind::Customer, connection, canonicalId);
}
std::optional<std::string> Config::canonicalLocation(std::string_view connection,
                                                     std::string_view externalId) const
{
    return xrefs.toCanonical(XrefKind::Location, connection, externalId);
}
std::optional<std::string> Config::externalLocation(std::string_view connection,
                                                    std::string_view canonicalId) const
{
    return xrefs.toExternal(XrefKind::Location, connection, canonicalId);
}

std::string formatDiagnostic(const Diagnostic &diagnostic, std::string_view severity)
{
    std::string text = diagnostic.file;
    if (diagnostic.line > 0) {
        text += ':' + std::to_string(diagnostic.line);
        if (diagnostic.column > 0)
            text += ':' + std::to_string(diagnostic.column);
    }
    text += ": ";
    text += severity;
    text += ": ";
    if (!diagnostic.key.empty()) {
        text += diagnostic.key;
        text += ": ";
    }
    text += diagnostic.message;
    return text;
}

std::vector<Diagnostic> checkSecrets(const Config &config)
{
    std::vector<Diagnostic> problems;
    for (const auto &connection : config.connections) {
        for (const SecretRef *ref : {&connection.secret, &connection.previousSecret}) {
            if (ref->empty())
                continue;
            std::string error;
            // The value is only needed to prove it can be read; it is dropped at once.
            if (!ref->resolve(error).has_value())
                problems.push_back(diagnosticAt(ref->origin, error));
        }
    }
    return problems;
}

} // namespace syncline::config
