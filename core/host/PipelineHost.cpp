#include "host/PipelineHost.h"

#include "files/DropFolder.h"
#include "host/ConfigWiring.h"
#include "host/Metrics.h"
#include "host/TargetWiring.h"
#include "wire/AdminListener.h"
#include "wire/WebhookListener.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace syncline::host {

namespace {

// The host loads the ERP catalog on behalf of the configuration, not of an operator.
const Actor ConfigurationActor{"configuration", "admin"};

void appendLines(std::vector<std::string> &lines, const std::string &text)
{
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        if (!line.empty())
            lines.push_back(line);
}

} // namespace

struct PipelineHost::Targets {
    TargetWiring wiring;
};

std::optional<ListenAddress> parseListenAddress(const std::string &text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return std::nullopt;
    const std::string port = text.substr(colon + 1);
    if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const int value = std::stoi(port);
    if (value > 65535)
        return std::nullopt;
    return ListenAddress{text.substr(0, colon), static_cast<std::uint16_t>(value)};
}

HostOptions hostOptionsFor(const config::Config &config)
{
    HostOptions options;
    options.dataDirectory = config.engine.dataDirectory;
    options.webhook = {config.engine.listenAddress,
                       static_cast<std::uint16_t>(config.engine.listenPort)};
    options.admin = {config.engine.adminAddress,
                     static_cast<std::uint16_t>(config.engine.adminPort)};
    return options;
}

PipelineHost::PipelineHost(HostOptions options, std::optional<config::Config> config)
    : options_(std::move(options))
    , config_(std::move(config))
    , targets_(std::make_unique<Targets>())
{
    try {
        EngineOptions engineOptions;
        engineOptions.dataDirectory = options_.dataDirectory;
        if (config_)
            engineOptions.ioThreads = std::max(1, config_->engine.ioThreads);
        engineOptions.autoStart = false; // targets and routes first, then the first event
        engine_ = Engine::open(std::move(engineOptions));
    } catch (const std::exception &error) {
        throw HostError("cannot open the data directory " + options_.dataDirectory.string() + ": " +
                        error.what());
    }
    if (!engine_)
        throw HostError("cannot open the data directory " + options_.dataDirectory.string());
}

PipelineHost::~PipelineHost()
{
    stop();
    // The listeners, folders and the targets' HTTP client live on the engine's io_context: its
    // threads stop first (nothing runs their handlers any more), then they go, then the engine
    // that owns the context.
    engine_->shutdown();
    admin_.reset();
    listener_.reset();
    folders_.clear();
    targets_.reset();
    engine_.reset();
}

HostReport PipelineHost::start()
{
    std::lock_guard lock(mutex_);
    if (stopped_)
        throw HostError("the pipeline was stopped before it started");
    HostReport report;
    std::ostringstream problems;
    std::vector<wire::WebhookEndpoint> endpoints;
    if (config_) {
        report.targets = targets_->wiring.wire(*engine_, *config_, problems);
        endpoints = webhookEndpointsFor(*config_, problems);
        report.webhookEndpoints = endpoints.size();
    }
    engine_->start();
    if (!engine_->processing())
        throw HostError("another process is already running the engine of " +
                        options_.dataDirectory.string());

    if (config_) {
        auto catalog = erpCatalogFor(*config_);
        report.erpCatalogItems = catalog.size();
        if (!catalog.empty()) {
            auto loaded = engine_->setErpCatalog(std::move(catalog), ConfigurationActor);
            // A store that cannot take the catalog within a minute cannot take orders either.
            if (loaded.wait_for(std::chrono::minutes(1)) != std::future_status::ready)
                throw HostError("the ERP catalog of the configuration could not be stored");
            if (const auto result = loaded.get(); !result.ok)
                problems << "ERP catalog: " << result.message << "\n";
        }
        auto &io = engine_->ioContext();
        for (auto &folderOptions : dropFoldersFor(*config_)) {
            report.dropFolders.push_back(folderOptions.inbox.string());
            folders_.push_back(std::make_unique<files::DropFolder>(io, std::move(folderOptions),
                                                                   engine_->inbound()));
            folders_.back()->start();
        }
    }
    appendLines(report.problems, problems.str());

    if (!options_.serve && !config_)
        return report;
    wire::WebhookListenerOptions listenOptions;
    listenOptions.http.address = options_.webhook.address;
    listenOptions.http.port = options_.webhook.port;
    wire::AdminListenerOptions adminOptions;
    adminOptions.address = options_.admin.address;
    adminOptions.port = options_.admin.port;
    Engine *engine = engine_.get();
    listener_ = std::make_unique<wire::WebhookListener>(engine_->ioContext(), listenOptions,
                                                        std::move(endpoints), engine_->inbound());
    admin_ = std::make_unique<wire::AdminListener>(
        engine_->ioContext(), adminOptions, [engine] { return metricsText(*engine->feeds()); },
        [engine] {
            wire::HealthReport health;
            health.json = healthJson(*engine->feeds(), health.healthy);
            return health;
        });
    try {
        listener_->start();
        admin_->start();
    } catch (const std::exception &error) {
        throw HostError(error.what());
    }
    report.webhook = ListenAddress{options_.webhook.address, listener_->port()};
    report.admin = ListenAddress{options_.admin.address, admin_->port()};
    return report;
}

void PipelineHost::stop()
{
    std::lock_guard lock(mutex_);
    stopped_ = true;
    if (listener_)
        listener_->stop();
    if (admin_)
        admin_->stop();
    for (auto &folder : folders_)
        folder->stop();
}

void writePortsFile(const std::filesystem::path &file, const HostReport &report)
{
    const auto partial = std::filesystem::path(file.string() + ".tmp");
    {
        std::ofstream ports(partial);
        ports << "webhook=" << (report.webhook ? report.webhook->port : 0)
              << " admin=" << (report.admin ? report.admin->port : 0) << "\n";
        if (!ports.flush())
            throw HostError("cannot write the ports file " + partial.string());
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error)
        throw HostError("cannot write the ports file " + file.string() + ": " + error.message());
}

} // namespace syncline::host
