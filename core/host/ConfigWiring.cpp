#include "host/ConfigWiring.h"

namespace syncline::host {

files::CsvOptions csvOptionsFor(const config::ConnectionConfig &connection)
{
    files::CsvOptions csv;
    csv.delimiter = connection.csv.delimiter;
    csv.quote = connection.csv.quote;
    csv.encoding = connection.csv.encoding;
    switch (connection.csv.header) {
    case config::CsvHeader::Auto:
        csv.header = files::CsvOptions::Header::Auto;
        break;
    case config::CsvHeader::Present:
        csv.header = files::CsvOptions::Header::Present;
        break;
    case config::CsvHeader::Absent:
        csv.header = files::CsvOptions::Header::Absent;
        break;
    }
    csv.kind = connection.csv.kind == config::CsvKind::Shipment
                   ? files::CsvOptions::Kind::ShipmentConfirmation
                   : files::CsvOptions::Kind::InventorySnapshot;
    for (const auto &[field, column] : connection.csv.columns)
        csv.columns[field] = column.position > 0 ? std::to_string(column.position) : column.name;
    csv.connection = connection.name;
    csv.defaultLocation = connection.csv.defaultLocation;
    return csv;
}

std::vector<wire::WebhookEndpoint> webhookEndpointsFor(const config::Config &config,
                                                       std::ostream &err)
{
    std::vector<wire::WebhookEndpoint> endpoints;
    for (const auto &connection : config.connections) {
        if (connection.transport != config::Transport::Webhook)
            continue;
        const auto *system = config.systemOf(connection);
        wire::WebhookEndpoint endpoint;
        endpoint.connection = connection.name;
        endpoint.kind =
            !system                                           ? wire::WebhookEndpoint::Generic
            : system->kind == config::SystemKind::Shopify     ? wire::WebhookEndpoint::Shopify
            : system->kind == config::SystemKind::WooCommerce ? wire::WebhookEndpoint::WooCommerce
                                                              : wire::WebhookEndpoint::Generic;
        endpoint.sourceSystem = system ? system->name : connection.system;
        std::string error;
        if (const auto secret = connection.secret.resolve(error)) {
            endpoint.secret = *secret;
        } else {
            err << "connection " << connection.name << ": secret " << connection.secret.toString()
                << " cannot be read: " << error << "; its webhooks are refused\n";
            continue;
        }
        if (connection.previousSecret.kind() != config::SecretRef::Kind::None) {
            if (const auto previous = connection.previousSecret.resolve(error))
                endpoint.previousSecret = *previous;
        }
        if (!connection.domains.empty())
            endpoint.genericDomain = connection.domains.front();
        // Shopify ids to canonical keys through the configured cross-references.
        const std::string name = connection.name;
        // The lookups keep their own copy of the configuration: they outlive this call.
        auto shared = std::make_shared<const config::Config>(config);
        endpoint.shopifyLookups.skuForInventoryItem = [shared, name](std::string_view id) {
            return shared->canonicalSku(name, id);
        };
        endpoint.shopifyLookups.locationCode = [shared, name](std::string_view id) {
            return shared->canonicalLocation(name, id);
        };
        endpoints.push_back(std::move(endpoint));
    }
    return endpoints;
}

std::vector<files::DropFolderOptions> dropFoldersFor(const config::Config &config)
{
    std::vector<files::DropFolderOptions> folders;
    for (const auto &connection : config.connections) {
        if (connection.transport != config::Transport::DropFolder ||
            connection.folders.inbox.empty())
            continue;
        files::DropFolderOptions options;
        options.inbox = connection.folders.inbox;
        options.archive = connection.folders.archive;
        options.quarantine = connection.folders.quarantine;
        options.outbox = connection.folders.outbox;
        options.connection = connection.name;
        options.format = connection.format == config::FileFormat::X12 ? files::FileFormat::X12
                                                                      : files::FileFormat::Csv;
        options.csv = csvOptionsFor(connection);
        if (connection.pollInterval)
            options.pollInterval = *connection.pollInterval;
        folders.push_back(std::move(options));
    }
    return folders;
}

std::optional<config::Config> loadConfigOrReport(const std::string &file, std::ostream &err)
{
    auto result = config::loadConfig(file);
    for (const auto &warning : result.warnings)
        err << config::formatDiagnostic(warning, "warning") << "\n";
    for (const auto &error : result.errors)
        err << config::formatDiagnostic(error, "error") << "\n";
    if (!result.ok())
        return std::nullopt;
    return std::move(result.config);
}

} // namespace syncline::host
