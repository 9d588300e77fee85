#pragma once

#include "config/CrossReferences.h"
#include "config/SecretRef.h"
#include "config/SourcePosition.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One versioned TOML file describes a whole deployment: the engine's own settings, the systems
// it talks to, how it talks to each (connections), who owns each domain, and the identifier and
// unit mappings between systems. Loading validates everything up front and reports every
// problem with its file, line and key, so a deployment either starts with a configuration that
// makes sense or does not start at all.
namespace syncline::config {

constexpr int CurrentVersion = 1;

enum class SystemKind {
    Shopify,
    WooCommerce,
    Vendure,
    Tryton,
    NetSuite,
    BusinessCentral,
    Wms,
    Carrier,
    Generic
};
enum class Direction { In, Out, Both };
enum class Transport { Webhook, Api, Poll, DropFolder };
enum class FileFormat { None, Csv, X12 };
enum class CsvHeader { Auto, Present, Absent };
enum class CsvKind { Inventory, Shipment };

std::string_view toString(SystemKind value);
std::string_view toString(Direction value);
std::string_view toString(Transport value);
std::string_view toString(FileFormat value);
std::string_view toString(CsvHeader value);
std::string_view toString(CsvKind value);
std::optional<SystemKind> systemKindFromString(std::string_view text);
std::optional<Direction> directionFromString(std::string_view text);
std::optional<Transport> transportFromString(std::string_view text);
std::optional<FileFormat> fileFormatFromString(std::string_view text);
std::optional<CsvHeader> csvHeaderFromString(std::string_view text);
std::optional<CsvKind> csvKindFromString(std::string_view text);

// The canonical fields a CSV file of each kind can carry, and those it must carry (an inventory
// file also needs a location column unless the connection names a default location).
const std::vector<std::string_view> &csvFields(CsvKind kind);
const std::vector<std::string_view> &requiredCsvFields(CsvKind kind);

struct EngineSettings {
    std::filesystem::path dataDirectory = "data";
    int ioThreads = 2;
    std::string listenAddress = "127.0.0.1"; // webhook listener; usually behind a TLS proxy
    int listenPort = 8080;                   // 0: any free port
    std::string adminAddress = "127.0.0.1";
    int adminPort = 8081;
};

struct SystemConfig {
    std::string name;
    SystemKind kind = SystemKind::Generic;
    std::string baseUrl;    // empty for systems reached only through files
    std::string apiVersion; // e.g. Shopify's "2026-04"; empty when the system has none
    SourcePosition position;
};

// A CSV column, by header name or, for files without a header, by 1-based position.
struct CsvColumn {
    std::string name;
    int position = 0;
};

struct CsvOptions {
    char delimiter = ',';
    char quote = '"';
    // utf-8 | windows-1252 | iso-8859-1 | utf-16le | utf-16be; a byte order mark overrides it.
    std::string encoding = "utf-8";
    CsvHeader header = CsvHeader::Auto;
    CsvKind kind = CsvKind::Inventory;
    // Canonical field -> column. Fields not listed are looked up by their own name.
    std::map<std::string, CsvColumn, std::less<>> columns;
    std::string defaultLocation; // for files without a location column
};

struct X12Options {
    std::string senderQualifier = "ZZ";
    std::string senderId;
    std::string receiverQualifier = "ZZ";
    std::string receiverId;
};

struct DropFolders {
    std::filesystem::path inbox;      // files to read (direction in/both)
    std::filesystem::path archive;    // files read successfully
    std::filesystem::path quarantine; // files refused, kept with the reason for replay
    std::filesystem::path outbox;     // files written (direction out/both)
};

struct ApiLimits {
    std::optional<double> requestsPerSecond; // steady rate; unlimited when absent
    int burst = 1;                           // requests allowed at once before the rate applies
    int batchSize = 1;                       // records per request where the API batches
    Millis timeout{30'000};
};

struct ConnectionConfig {
    std::string name;
    std::string system;
    Direction direction = Direction::In;
    Transport transport = Transport::Api;
    std::vector<Domain> domains; // empty: all domains the system takes part in
    std::string webhookPath;     // transport webhook: route on the listener
    SecretRef secret;
    SecretRef previousSecret;           // still accepted while a rotated secret propagates
    std::optional<Millis> pollInterval; // transport poll and drop-folder
    ApiLimits limits;                   // transport api and poll
    DropFolders folders;                // transport drop-folder
    FileFormat format = FileFormat::None;
    CsvOptions csv;
    X12Options x12;
    SourcePosition position;
};

struct DomainConfig {
    Domain domain = Domain::Inventory;
    std::string systemOfRecord; // empty when not configured
    Millis latencyTarget{0};
    std::string owner;
    std::string escalation;
    SourcePosition position;
};

// Default latency targets: how stale each domain may be before someone should look.
Millis defaultLatencyTarget(Domain domain);

struct UnitConversion {
    std::string from;
    std::string to;
    Decimal factor;  // quantity_in_to = quantity_in_from * factor
    std::string sku; // empty: applies to every SKU
    SourcePosition position;
};

struct Config {
    int version = CurrentVersion;
    std::filesystem::path sourceFile;
    EngineSettings engine;
    std::vector<SystemConfig> systems;
    std::vector<ConnectionConfig> connections;
    std::array<DomainConfig, 5> domains = defaultDomains();
    CrossReferences xrefs;
    std::vector<UnitConversion> units;

    static std::array<DomainConfig, 5> defaultDomains();

    const SystemConfig *findSystem(std::string_view name) const;
    const ConnectionConfig *findConnection(std::string_view name) const;
    std::vector<const ConnectionConfig *> connectionsOf(std::string_view systemName) const;
    // The system a connection talks to; null when either is unknown.
    const SystemConfig *systemOf(const ConnectionConfig &connection) const;
    const DomainConfig &domain(Domain which) const;
    // A SKU-specific conversion wins over a general one with the same units.
    const UnitConversion *findUnitConversion(std::string_view from, std::string_view to,
                                             std::string_view sku = {}) const;

    std::optional<std::string> canonicalSku(std::string_view connection,
                                            std::string_view externalId) const;
    std::optional<std::string> externalSku(std::string_view connection,
                                           std::string_view canonicalId) const;
    std::optional<std::string> canonicalCustomer(std::string_view connection,
                                                 std::string_view externalId) const;
    std::optional<std::string> externalCustomer(std::string_view connection,
                                                std::string_view canonicalId) const;
    std::optional<std::string> canonicalLocation(std::string_view connection,
                                                 std::string_view externalId) const;
    std::optional<std::string> externalLocation(std::string_view connection,
                                                std::string_view canonicalId) const;
};

struct LoadResult {
    std::optional<Config> config; // set only when there are no errors
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings;

    bool ok() const { return config.has_value(); }
};

// Reads and validates a configuration file. Relative paths in it (data directory, drop
// folders, secret files) are taken relative to the file's directory.
LoadResult loadConfig(const std::filesystem::path &file);
// Validates configuration text; `fileName` names it in diagnostics and its directory anchors
// relative paths.
LoadResult parseConfig(std::string_view text, std::string fileName);

// Resolves every secret reference of every connection and reports those that cannot be
// resolved, at the line that names them. Values are read and dropped; none is reported.
std::vector<Diagnostic> checkSecrets(const Config &config);

} // namespace syncline::config
