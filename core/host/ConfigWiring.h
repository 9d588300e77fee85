#pragma once

#include "config/Config.h"
#include "files/CsvReader.h"
#include "files/DropFolder.h"
#include "wire/WebhookRouter.h"

#include <ostream>
#include <vector>

// Turns the configuration file's view of connections into the options of the adapters.
namespace syncline::host {

files::CsvOptions csvOptionsFor(const config::ConnectionConfig &connection);

// Webhook endpoints of every webhook connection. Secrets are resolved here; a connection whose
// secret cannot be resolved is left out and reported on `err` (never with the secret).
std::vector<wire::WebhookEndpoint> webhookEndpointsFor(const config::Config &config,
                                                       std::ostream &err);

std::vector<files::DropFolderOptions> dropFoldersFor(const config::Config &config);

// Loads and validates a configuration file, printing its diagnostics; nullopt when invalid.
std::optional<config::Config> loadConfigOrReport(const std::string &file, std::ostream &err);

} // namespace syncline::host
