#include "config/Config.h"
#include "config/FileFormats.h"
#include "config/TomlReader.h"

#include <algorithm>
#include <arpa/inet.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

namespace syncline::config {

namespace {

using detail::Diagnostics;
using detail::inQuotes;
using detail::joinNames;
using detail::TableReader;

const std::vector<std::string_view> systemKindList{"shopify", "woocommerce", "vendure",
                                                   "tryton",  "netsuite",    "business-central",
                                                   "wms",     "carrier",     "generic"};
const std::vector<std::string_view> domainList{"product", "inventory", "pricing", "order",
                                               "fulfilment"};
const std::vector<std::string_view> transportKeys{
    "secret",        "previous_secret", "requests_per_second",
    "burst",         "batch_size",      "timeout",
    "poll_interval", "inbox",           "archive",
    "quarantine",    "outbox",          "format",
    "csv",           "columns",         "x12"};

// Names end up in URLs, file names and log lines, so they are kept to a safe alphabet.
bool isValidName(std::string_view name)
{
    if (name.empty())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '-' && c != '_' && c != '.')))
            return false;
    }
    return true;
}

bool isIpAddress(const std::string &text)
{
    unsigned char buffer[16];
    return ::inet_pton(AF_INET, text.c_str(), buffer) == 1 ||
           ::inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

bool isLoopback(const std::string &address)
{
    return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

std::string indexed(std::string_view array, std::size_t index)
{
    return std::string(array) + "[" + std::to_string(index) + "]";
}

class Loader {
public:
    Loader(std::string file, std::filesystem::path baseDirectory)
        : diagnostics_(std::move(file), std::move(baseDirectory))
    {}

    LoadResult load(std::string_view text);

private:
    bool readVersion(TableReader &root);
    void readEngine(TableReader &root);
    void readSystems(TableReader &root);
    void readSystem(const toml::table &table, std::size_t index);
    void readConnections(TableReader &root);
    void readConnection(const toml::table &table, std::size_t index);
    void readSecrets(TableReader &reader, ConnectionConfig &connection);
    void readApiLimits(TableReader &reader, ConnectionConfig &connection,
                       const SystemConfig *system);
    void readDropFolder(TableReader &reader, ConnectionConfig &connection);
    void readDomains(TableReader &root);
    void readXrefs(TableReader &root);
    void readUnits(TableReader &root);
    void warnUnusedSystems();

    std::optional<std::string> readName(TableReader &reader, std::string_view key = "name");
    // Records a name; false (with an error) when an earlier entry already has it.
    bool declare(std::map<std::string, int, std::less<>> &declared, TableReader &reader,
                 std::string_view what, const std::string &name);
    void refuseUnless(TableReader &reader, bool allowed,
                      std::initializer_list<std::string_view> keys, std::string_view reason);

    Diagnostics diagnostics_;
    Config config_;
    std::set<std::string, std::less<>> webhookPaths_;
    // Names of entries that were declared but had errors of their own: references to them are
    // not reported again, so one mistake gives one error.
    // Name -> line of every entry declared, valid or not.
    std::map<std::string, int, std::less<>> declaredSystems_;
    std::map<std::string, int, std::less<>> declaredConnections_;
    std::set<std::string, std::less<>> referencedSystems_;
};

LoadResult Loader::load(std::string_view text)
{
    LoadResult result;
    toml::table root;
    try {
        root = toml::parse(text, std::string_view(diagnostics_.file()));
    } catch (const toml::parse_error &error) {
        diagnostics_.error(diagnostics_.positionOf(error.source(), {}),
                           "TOML syntax error: " + std::string(error.description()));
        result.errors = diagnostics_.takeErrors();
        return result;
    }

    TableReader reader(diagnostics_, root, {});
    if (readVersion(reader)) {
        readEngine(reader);
        readSystems(reader);
        readConnections(reader);
        readDomains(reader);
        readXrefs(reader);
        readUnits(reader);
        reader.finish();
        warnUnusedSystems();
    }
    result.warnings = diagnostics_.takeWarnings();
    result.errors = diagnostics_.takeErrors();
    if (result.errors.empty()) {
        config_.sourceFile = diagnostics_.file();
        result.config = std::move(config_);
    }
    return result;
}

bool Loader::readVersion(TableReader &root)
{
    const toml::node *node = root.get("version");
    if (node == nullptr) {
        diagnostics_.error(root.position("version"),
                           "required key is missing; the first line of a configuration is "
                           "`version = 1`");
        return true; // still check the rest, read as the current version
    }
    const auto *value = node->as_integer();
    if (value == nullptr) {
        diagnostics_.error(root.position("version"),
                           "expected an integer, found " + std::string(detail::typeName(*node)));
        return true;
    }
    if (value->get() != CurrentVersion) {
        // A different version may mean anything; checking it against this schema would only
        // produce noise, so stop here.
        diagnostics_.error(root.position("version"),
                           "configuration version " + std::to_string(value->get()) +
                               " is not supported; this build of Syncline reads version " +
                               std::to_string(CurrentVersion));
        return false;
    }
    config_.version = CurrentVersion;
    return true;
}

void Loader::readEngine(TableReader &root)
{
    const toml::table *table = root.subTable("engine");
    if (table == nullptr) {
        config_.engine.dataDirectory =
            diagnostics_.resolvePath(config_.engine.dataDirectory.string());
        return;
    }
    TableReader reader(diagnostics_, *table, "engine");
    auto &engine = config_.engine;
    if (const auto dir = reader.text("data_directory"))
        engine.dataDirectory = diagnostics_.resolvePath(*dir);
    else
        engine.dataDirectory = diagnostics_.resolvePath(engine.dataDirectory.string());
    if (const auto threads = reader.integer("io_threads", 1, 64))
        engine.ioThreads = static_cast<int>(*threads);
    for (const auto &[addressKey, portKey, address, port] :
         {std::tuple{"listen_address", "listen_port", &engine.listenAddress, &engine.listenPort},
          std::tuple{"admin_address", "admin_port", &engine.adminAddress, &engine.adminPort}}) {
        if (const auto value = reader.text(addressKey)) {
            if (isIpAddress(*value) || *value == "localhost")
                *address = *value;
            else
                diagnostics_.error(reader.position(addressKey),
                                   inQuotes(*value) + " is not an IP address (or \"localhost\")");
        }
        if (const auto value = reader.integer(portKey, 0, 65535))
            *port = static_cast<int>(*value);
    }
    if (!isLoopback(engine.adminAddress))
        diagnostics_.warning(reader.position("admin_address"),
                             "the admin interface is reachable from other hosts; keep it on a "
                             "loopback address unless a firewall guards it");
    if (engine.listenPort != 0 && engine.listenPort == engine.adminPort)
        diagnostics_.error(reader.position("admin_port"),
                           "the admin port must differ from listen_port (" +
                               std::to_string(engine.listenPort) + ")");
    reader.finish();
}

std::optional<std::string> Loader::readName(TableReader &reader, std::string_view key)
{
    auto name = reader.text(key, true);
    if (name && !isValidName(*name)) {
        diagnostics_.error(reader.position(key),
                           inQuotes(*name) + " is not a valid name; use letters, digits, '-', '_' "
                                             "and '.', starting with a letter or digit");
        return std::nullopt;
    }
    return name;
}

bool Loader::declare(std::map<std::string, int, std::less<>> &declared, TableReader &reader,
                     std::string_view what, const std::string &name)
{
    const auto where = reader.position("name");
    const auto [it, added] = declared.emplace(name, reader.tablePosition().line);
    if (!added)
        diagnostics_.error(where, "duplicate " + std::string(what) + " name " + inQuotes(name) +
                                      "; first defined at line " + std::to_string(it->second));
    return added;
}

void Loader::refuseUnless(TableReader &reader, bool allowed,
                          std::initializer_list<std::string_view> keys, std::string_view reason)
{
    for (const auto key : keys)
        if (reader.has(key) && !allowed)
            diagnostics_.error(reader.position(key), "applies only to " + std::string(reason));
}

void Loader::readSystems(TableReader &root)
{
    const toml::array *array = root.tableArray("system");
    if (array == nullptr)
        return;
    for (std::size_t i = 0; i < array->size(); ++i)
        readSystem(*array->get(i)->as_table(), i);
}

void Loader::readSystem(const toml::table &table, std::size_t index)
{
    TableReader reader(diagnostics_, table, indexed("system", index));
    SystemConfig system;
    system.position = reader.tablePosition();
    const auto name = readName(reader);
    const bool duplicate = name && !declare(declaredSystems_, reader, "system", *name);
    const auto kind = reader.choice<SystemKind>("kind", systemKindFromString, systemKindList, true);
    if (const auto url = reader.text("base_url")) {
        const auto scheme = url->find("://");
        const auto prefix = url->substr(0, scheme);
        const auto authority =
            scheme == std::string::npos ? std::string() : url->substr(scheme + 3);
        if (scheme == std::string::npos || (prefix != "http" && prefix != "https"))
            diagnostics_.error(reader.position("base_url"), "must start with http:// or https://");
        else if (authority.substr(0, authority.find('/')).find('@') != std::string::npos)
            // The URL is not repeated: whatever precedes '@' is a credential.
            diagnostics_.error(reader.position("base_url"),
                               "must not contain credentials; give them as a connection secret");
        else
            system.baseUrl = *url;
    }
    if (const auto version = reader.text("api_version"))
        system.apiVersion = *version;
    reader.finish();
    if (!name || !kind || duplicate)
        return;
    system.name = *name;
    system.kind = *kind;
    config_.systems.push_back(std::move(system));
}

void Loader::readConnections(TableReader &root)
{
    const toml::array *array = root.tableArray("connection");
    if (array == nullptr)
        return;
    for (std::size_t i = 0; i < array->size(); ++i)
        readConnection(*array->get(i)->as_table(), i);
}

void Loader::readConnection(const toml::table &table, std::size_t index)
{
    TableReader reader(diagnostics_, table, indexed("connection", index));
    ConnectionConfig connection;
    connection.position = reader.tablePosition();
    bool valid = true;
    const auto name = readName(reader);
    valid = valid && name.has_value();
    const bool duplicate = name && !declare(declaredConnections_, reader, "connection", *name);
    valid = valid && !duplicate;

    const SystemConfig *system = nullptr;
    if (const auto systemName = reader.text("system", true)) {
        referencedSystems_.insert(*systemName);
        system = config_.findSystem(*systemName);
        if (system == nullptr && declaredSystems_.contains(*systemName)) {
            valid = false;
        } else if (system == nullptr) {
            std::vector<std::string_view> known;
            for (const auto &s : config_.systems)
                known.push_back(s.name);
            std::string message = "unknown system " + inQuotes(*systemName);
            if (const auto hint = detail::closestMatch(*systemName, known))
                message += "; did you mean " + inQuotes(*hint) + "?";
            else
                message += known.empty() ? "; no [[system]] is defined"
                                         : "; defined systems: " + joinNames(known);
            diagnostics_.error(reader.position("system"), message);
            valid = false;
        } else {
            connection.system = *systemName;
        }
    } else {
        valid = false;
    }

    const auto direction =
        reader.choice<Direction>("direction", directionFromString, {"in", "out", "both"}, true);
    const auto transport = reader.choice<Transport>(
        "transport", transportFromString, {"webhook", "api", "poll", "drop-folder"}, true);
    valid = valid && direction && transport;
    if (direction)
        connection.direction = *direction;
    if (transport)
        connection.transport = *transport;

    if (const auto domains = reader.stringArray("domains")) {
        for (const auto &domainName : *domains) {
            const auto domain = domainFromString(domainName);
            if (!domain) {
                diagnostics_.error(reader.position("domains"),
                                   "unknown domain " + inQuotes(domainName) + "; expected " +
                                       joinNames(domainList));
                valid = false;
            } else if (std::find(connection.domains.begin(), connection.domains.end(), *domain) !=
                       connection.domains.end()) {
                diagnostics_.error(reader.position("domains"),
                                   "domain " + inQuotes(domainName) + " is listed twice");
                valid = false;
            } else {
                connection.domains.push_back(*domain);
            }
        }
    }

    const bool inbound = connection.direction != Direction::Out;
    if (transport == Transport::Webhook || transport == Transport::Poll) {
        if (direction && !inbound) {
            diagnostics_.error(reader.position("direction"),
                               "transport " + std::string(toString(*transport)) +
                                   " only receives; direction must be \"in\"");
            valid = false;
        }
    }

    const bool webhook = transport == Transport::Webhook;
    refuseUnless(reader, webhook || !transport, {"path"}, "transport webhook");
    if (webhook && name && !duplicate) {
        connection.webhookPath = reader.string("path").value_or("/webhooks/" + *name);
        if (connection.webhookPath.empty() || connection.webhookPath.front() != '/') {
            diagnostics_.error(reader.position("path"), "must start with '/'");
            valid = false;
        } else if (!webhookPaths_.insert(connection.webhookPath).second) {
            diagnostics_.error(reader.position("path"),
                               "another webhook connection already listens on " +
                                   connection.webhookPath);
            valid = false;
        }
    }

    if (transport) {
        readSecrets(reader, connection);
        readApiLimits(reader, connection, system);
        readDropFolder(reader, connection);
    } else {
        // Which of these keys belong depends on the transport; without one, judging them would
        // only repeat the missing-transport error in other words.
        for (const auto key : transportKeys)
            (void)reader.get(key);
    }
    reader.finish();

    if (!valid)
        return;
    connection.name = *name;
    config_.connections.push_back(std::move(connection));
}

void Loader::readSecrets(TableReader &reader, ConnectionConfig &connection)
{
    const bool dropFolder = connection.transport == Transport::DropFolder;
    bool hasSecret = false;
    for (const auto &[key, target] : {std::pair{"secret", &connection.secret},
                                      std::pair{"previous_secret", &connection.previousSecret}}) {
        const toml::node *node = reader.get(key);
        if (node == nullptr)
            continue;
        if (dropFolder) {
            diagnostics_.error(reader.position(key),
                               "drop-folder connections take no secret; protect the folders "
                               "with file permissions");
            continue;
        }
        const auto *value = node->as_string();
        if (value == nullptr) {
            diagnostics_.error(reader.position(key),
                               "expected a string reference (\"env:NAME\" or \"file:/path\"), "
                               "found " +
                                   std::string(detail::typeName(*node)));
            continue;
        }
        std::string error;
        auto ref = SecretRef::parse(value->get(), error, diagnostics_.baseDirectory());
        if (!ref) {
            diagnostics_.error(reader.position(key), error);
            continue;
        }
        ref->origin = reader.position(key);
        *target = std::move(*ref);
        if (std::string_view(key) == "secret")
            hasSecret = true;
    }
    if (!connection.previousSecret.empty() && !reader.has("secret"))
        diagnostics_.error(reader.position("previous_secret"),
                           "previous_secret is only accepted next to a current secret");
    else if (!connection.previousSecret.empty() && connection.previousSecret == connection.secret)
        diagnostics_.warning(reader.position("previous_secret"),
                             "names the same secret as secret; after a rotation it should name "
                             "the old one");
    if (connection.transport == Transport::Webhook && !hasSecret && !reader.has("secret"))
        diagnostics_.error(reader.position("secret"),
                           "required key is missing; webhook deliveries are verified with it");
}

void Loader::readApiLimits(TableReader &reader, ConnectionConfig &connection,
                           const SystemConfig *system)
{
    const bool api =
        connection.transport == Transport::Api || connection.transport == Transport::Poll;
    refuseUnless(reader, api, {"requests_per_second", "burst", "batch_size", "timeout"},
                 "transport api or poll");
    refuseUnless(reader,
                 connection.transport != Transport::Webhook &&
                     connection.transport != Transport::Api,
                 {"poll_interval"}, "transport poll or drop-folder");
    if (const auto interval = reader.duration("poll_interval"))
        connection.pollInterval = interval;
    if (!api)
        return;
    if (system != nullptr && system->baseUrl.empty())
        diagnostics_.error(reader.position("system"),
                           "system " + inQuotes(system->name) +
                               " has no base_url, which transport " +
                               std::string(toString(connection.transport)) + " needs");
    auto &limits = connection.limits;
    if (const auto rate = reader.number("requests_per_second")) {
        if (*rate > 0)
            limits.requestsPerSecond = rate;
        else
            diagnostics_.error(reader.position("requests_per_second"), "must be greater than zero");
    }
    if (const auto burst = reader.integer("burst", 1, 10'000))
        limits.burst = static_cast<int>(*burst);
    if (const auto batch = reader.integer("batch_size", 1, 10'000)) {
        limits.batchSize = static_cast<int>(*batch);
        // The platforms refuse larger batches outright; better to hear it now than at 3 a.m.
        const auto warnAbove = [&](SystemKind kind, int limit, std::string_view why) {
            if (system != nullptr && system->kind == kind && *batch > limit)
                diagnostics_.warning(reader.position("batch_size"), std::string(why));
        };
        warnAbove(SystemKind::WooCommerce, 100,
                  "WooCommerce refuses batches of more than 100 items unless the site raises "
                  "woocommerce_rest_batch_items_limit");
        warnAbove(SystemKind::Shopify, 250, "Shopify caps GraphQL input arrays at 250 items");
    }
    if (const auto timeout = reader.duration("timeout"))
        limits.timeout = *timeout;
}

void Loader::readDropFolder(TableReader &reader, ConnectionConfig &connection)
{
    const bool dropFolder = connection.transport == Transport::DropFolder;
    refuseUnless(reader, dropFolder,
                 {"inbox", "archive", "quarantine", "outbox", "format", "csv", "columns", "x12"},
                 "transport drop-folder");
    if (!dropFolder)
        return;

    const bool reads = connection.direction != Direction::Out;
    const bool writes = connection.direction != Direction::In;
    auto &folders = connection.folders;
    std::vector<std::pair<std::string_view, std::filesystem::path *>> wanted;
    if (reads) {
        wanted.emplace_back("inbox", &folders.inbox);
        wanted.emplace_back("archive", &folders.archive);
        wanted.emplace_back("quarantine", &folders.quarantine);
    } else {
        refuseUnless(reader, false, {"inbox", "archive", "quarantine"},
                     "direction in or both (files read from the folder)");
    }
    if (writes)
        wanted.emplace_back("outbox", &folders.outbox);
    else
        refuseUnless(reader, false, {"outbox"}, "direction out or both (files written)");

    std::map<std::filesystem::path, std::string_view> seen;
    for (const auto &[key, target] : wanted) {
        const auto text = reader.text(key, true);
        if (!text)
            continue;
        *target = diagnostics_.resolvePath(*text);
        if (const auto [it, added] = seen.emplace(*target, key); !added)
            diagnostics_.error(reader.position(key),
                               "must be a different folder from " + std::string(it->second));
    }
    if (reads && !folders.inbox.empty()) {
        for (const auto &other : config_.connections)
            if (other.transport == Transport::DropFolder && other.folders.inbox == folders.inbox)
                diagnostics_.error(reader.position("inbox"),
                                   "connection " + inQuotes(other.name) +
                                       " already reads this folder; two readers would take "
                                       "each other's files");
    }

    const auto format =
        reader.choice<FileFormat>("format", fileFormatFromString, {"csv", "x12"}, true);
    if (format)
        connection.format = *format;
    refuseUnless(reader, format != FileFormat::X12, {"csv", "columns"}, "format csv");
    refuseUnless(reader, format != FileFormat::Csv, {"x12"}, "format x12");
    if (format == FileFormat::Csv)
        detail::readCsvOptions(diagnostics_, reader, connection.csv);
    else if (format == FileFormat::X12)
        detail::readX12Options(diagnostics_, reader, connection.x12);
}

void Loader::readDomains(TableReader &root)
{
    const toml::table *table = root.subTable("domain");
    if (table == nullptr)
        return;
    for (const auto &[key, node] : *table) {
        const std::string name(key.str());
        const std::string path = "domain." + name;
        const auto domain = domainFromString(name);
        if (!domain) {
            std::string message = "unknown domain " + inQuotes(name);
            if (const auto hint = detail::closestMatch(name, domainList))
                message += "; did you mean " + inQuotes(*hint) + "?";
            else
                message += "; expected " + joinNames(domainList);
            diagnostics_.error(diagnostics_.positionOf(key.source(), path), message);
            continue;
        }
        const auto *domainTable = node.as_table();
        if (domainTable == nullptr) {
            diagnostics_.error(diagnostics_.positionOf(node, path),
                               "expected a table, found " + std::string(detail::typeName(node)));
            continue;
        }
        TableReader reader(diagnostics_, *domainTable, path);
        DomainConfig &entry = config_.domains[static_cast<std::size_t>(*domain)];
        entry.position = reader.tablePosition();
        if (const auto system = reader.text("system_of_record", true)) {
            if (config_.findSystem(*system) == nullptr && !declaredSystems_.contains(*system))
                diagnostics_.error(reader.position("system_of_record"),
                                   inQuotes(*system) + " is not a defined system");
            else
                entry.systemOfRecord = *system;
        }
        if (const auto latency = reader.duration("latency_target"))
            entry.latencyTarget = *latency;
        if (const auto owner = reader.text("owner"))
            entry.owner = *owner;
        if (const auto escalation = reader.text("escalation"))
            entry.escalation = *escalation;
        reader.finish();
    }
}

void Loader::readXrefs(TableReader &root)
{
    const toml::table *table = root.subTable("xref");
    if (table == nullptr)
        return;
    TableReader xrefReader(diagnostics_, *table, "xref");
    for (const auto kind : {XrefKind::Sku, XrefKind::Customer, XrefKind::Location}) {
        const std::string kindName(toString(kind));
        const toml::array *array = xrefReader.tableArray(kindName);
        if (array == nullptr)
            continue;
        for (std::size_t i = 0; i < array->size(); ++i) {
            TableReader reader(diagnostics_, *array->get(i)->as_table(),
                               indexed("xref." + kindName, i));
            CrossReference entry;
            entry.kind = kind;
            entry.position = reader.tablePosition();
            const auto connection = reader.text("connection", true);
            const auto external = reader.text("external_id", true);
            const auto canonical = reader.text("canonical_id", true);
            reader.finish();
            if (connection && config_.findConnection(*connection) == nullptr) {
                if (!declaredConnections_.contains(*connection))
                    diagnostics_.error(reader.position("connection"),
                                       "unknown connection " + inQuotes(*connection));
                continue;
            }
            if (!connection || !external || !canonical)
                continue;
            entry.connection = *connection;
            entry.externalId = *external;
            entry.canonicalId = *canonical;
            const CrossReference *clash = nullptr;
            switch (config_.xrefs.add(std::move(entry), &clash)) {
            case CrossReferences::AddResult::Added:
                break;
            case CrossReferences::AddResult::DuplicateExternal:
                diagnostics_.error(reader.position("external_id"),
                                   kindName + " " + inQuotes(*external) + " of connection " +
                                       inQuotes(*connection) + " is already mapped at line " +
                                       std::to_string(clash->position.line));
                break;
            case CrossReferences::AddResult::DuplicateCanonical:
                diagnostics_.error(reader.position("canonical_id"),
                                   kindName + " " + inQuotes(*canonical) +
                                       " already has an id in "
                                       "connection " +
                                       inQuotes(*connection) + " (line " +
                                       std::to_string(clash->position.line) + ")");
                break;
            }
        }
    }
    xrefReader.finish();
}

void Loader::readUnits(TableReader &root)
{
    const toml::array *array = root.tableArray("unit");
    if (array == nullptr)
        return;
    for (std::size_t i = 0; i < array->size(); ++i) {
        TableReader reader(diagnostics_, *array->get(i)->as_table(), indexed("unit", i));
        UnitConversion unit;
        unit.position = reader.tablePosition();
        const auto from = reader.text("from", true);
        const auto to = reader.text("to", true);
        unit.sku = reader.text("sku").value_or("");
        std::optional<Decimal> factor;
        if (const toml::node *node = reader.get("factor"); node == nullptr) {
            reader.missing("factor");
        } else if (const auto *text = node->as_string()) {
            factor = Decimal::parse(text->get());
            if (!factor)
                diagnostics_.error(reader.position("factor"),
                                   inQuotes(text->get()) + " is not a decimal number with at most "
                                                           "four fractional digits");
            else if (factor->units() <= 0)
                diagnostics_.error(reader.position("factor"), "must be greater than zero");
        } else {
            diagnostics_.error(reader.position("factor"),
                               "write the factor as a decimal string, such as \"12\" or "
                               "\"0.5\", so that it stays exact; found " +
                                   std::string(detail::typeName(*node)));
        }
        reader.finish();
        if (from && to && *from == *to)
            diagnostics_.error(reader.position("to"), "must differ from 'from'");
        if (!from || !to || *from == *to || !factor || factor->units() <= 0)
            continue;
        if (const auto *first = config_.findUnitConversion(*from, *to, unit.sku);
            first != nullptr && first->sku == unit.sku) {
            diagnostics_.error(reader.position("from"), "conversion from " + inQuotes(*from) +
                                                            " to " + inQuotes(*to) +
                                                            " is already defined at line " +
                                                            std::to_string(first->position.line));
            continue;
        }
        unit.from = *from;
        unit.to = *to;
        unit.factor = *factor;
        config_.units.push_back(std::move(unit));
    }
}

void Loader::warnUnusedSystems()
{
    for (const auto &system : config_.systems)
        if (!referencedSystems_.contains(system.name))
            diagnostics_.warning(system.position, "system " + inQuotes(system.name) +
                                                      " is not used by any connection");
}

} // namespace

LoadResult parseConfig(std::string_view text, std::string fileName)
{
    std::filesystem::path base = std::filesystem::path(fileName).parent_path();
    Loader loader(std::move(fileName), std::move(base));
    return loader.load(text);
}

LoadResult loadConfig(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        LoadResult result;
        std::error_code ec;
        const bool exists = std::filesystem::exists(file, ec);
        result.errors.push_back(
            {file.string(),
             0,
             0,
             {},
             exists ? "cannot be read (check its permissions)" : "no such file"});
        return result;
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parseConfig(content.str(), file.string());
}

} // namespace syncline::config
