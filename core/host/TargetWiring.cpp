#include "host/TargetWiring.h"

#include "client/HttpClient.h"
#include "client/ShopifyTargets.h"
#include "sim/ErpOrderTarget.h"

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace syncline::host {

namespace json = boost::json;

namespace {

bool carries(const config::ConnectionConfig &connection, Domain domain)
{
    return connection.domains.empty() ||
           std::find(connection.domains.begin(), connection.domains.end(), domain) !=
               connection.domains.end();
}

bool writes(const config::ConnectionConfig &connection)
{
    return connection.transport == config::Transport::Api &&
           (connection.direction == config::Direction::Out ||
            connection.direction == config::Direction::Both);
}

// Invoices travel in the order domain too; the order rules are for orders only.
bool isOrder(const Event &event)
{
    return event.type.starts_with("order.");
}

std::string stringAt(const json::object &object, std::string_view key)
{
    const auto *value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

// Order number -> storefront order id, learnt from the orders the pipeline sees, for ship
// notices that only name the order number.
class OrderDirectory {
public:
    void remember(const std::string &orderNumber, const std::string &storefrontOrderId)
    {
        std::lock_guard lock(mutex_);
        ids_[orderNumber] = storefrontOrderId;
    }
    std::optional<std::string> find(const std::string &orderNumber) const
    {
        std::lock_guard lock(mutex_);
        const auto it = ids_.find(orderNumber);
        return it == ids_.end() ? std::nullopt : std::optional<std::string>(it->second);
    }

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::string> ids_;
};

std::map<std::string, std::string> externalIds(const config::Config &config, config::XrefKind kind,
                                               const std::string &connection)
{
    std::map<std::string, std::string> ids;
    for (const auto &entry : config.xrefs.entries())
        if (entry.kind == kind && entry.connection == connection)
            ids.emplace(entry.canonicalId, entry.externalId);
    return ids;
}

} // namespace

std::vector<Validator> orderValidatorsFor(const config::Config &)
{
    // An order the ERP could not even be asked about is refused here (a dead letter to resubmit
    // once the storefront sends it again); every other rule an order may break (address,
    // payment, unknown SKU, ...) is the order desk's, which holds the order for an operator.
    std::vector<Validator> validators;
    validators.emplace_back(
        [](const Event &event, const json::value &canonical) -> std::optional<std::string> {
            if (!isOrder(event))
                return std::nullopt;
            const auto *order = canonical.if_object();
            if (!order)
                return "the order is not an object";
            const auto *lines = order->if_contains("lines");
            if (!lines || !lines->is_array() || lines->get_array().empty())
                return "the order has no lines";
            return std::nullopt;
        });
    return validators;
}

std::vector<std::string> erpCatalogFor(const config::Config &config)
{
    std::set<std::string> skus;
    for (const auto &connection : config.connections) {
        if (!writes(connection) || !carries(connection, Domain::Order))
            continue;
        for (const auto &[canonical, external] :
             externalIds(config, config::XrefKind::Sku, connection.name))
            skus.insert(canonical);
    }
    return {skus.begin(), skus.end()};
}

TargetWiring::TargetWiring() = default;
TargetWiring::~TargetWiring() = default;

std::vector<std::string> TargetWiring::wire(Engine &engine, const config::Config &config,
                                            std::ostream &err)
{
    if (!http_) {
        client::HttpClientOptions options;
        for (const auto &connection : config.connections)
            if (writes(connection))
                options.requestTimeout =
                    std::max(options.requestTimeout, connection.limits.timeout);
        http_ = std::make_unique<client::HttpClient>(engine.ioContext(), options);
    }
    auto directory = std::make_shared<OrderDirectory>();
    std::vector<std::string> added;
    auto add = [&](std::shared_ptr<DeliveryTarget> target, Domain domain, std::string typePrefix) {
        const auto name = target->name();
        engine.addTarget(std::move(target));
        engine.addRoute(Route{domain, name, {}, std::move(typePrefix)});
        added.push_back(name);
    };

    for (const auto &connection : config.connections) {
        if (!writes(connection))
            continue;
        const auto *system = config.systemOf(connection);
        if (!system)
            continue;
        std::string error;
        std::string secret;
        if (!connection.secret.empty()) {
            const auto resolved = connection.secret.resolve(error);
            if (!resolved) {
                err << "connection " << connection.name << ": secret "
                    << connection.secret.toString() << " cannot be read: " << error
                    << "; nothing is sent to " << system->name << "\n";
                continue;
            }
            secret = *resolved;
        }
        if (system->kind == config::SystemKind::Shopify) {
            client::ShopifyConnection shop;
            shop.baseUrl = system->baseUrl;
            while (!shop.baseUrl.empty() && shop.baseUrl.back() == '/')
                shop.baseUrl.pop_back();
            shop.accessToken = secret;
            if (!system->apiVersion.empty())
                shop.apiVersion = system->apiVersion;
            shop.budget = std::make_shared<client::ShopifyCostBudget>(SystemClock::instance());
            if (carries(connection, Domain::Inventory)) {
                client::ShopifyInventoryOptions options;
                options.name = connection.name + "/inventory";
                options.connection = shop;
                options.inventoryItemIds =
                    externalIds(config, config::XrefKind::Sku, connection.name);
                options.locationIds =
                    externalIds(config, config::XrefKind::Location, connection.name);
                add(std::make_shared<client::ShopifyInventoryTarget>(*http_, std::move(options)),
                    Domain::Inventory, {});
            }
            if (carries(connection, Domain::Fulfilment)) {
                client::ShopifyFulfillmentOptions options;
                options.name = connection.name + "/fulfilment";
                options.connection = shop;
                options.resolveOrderId = [directory](const std::string &orderNumber) {
                    return directory->find(orderNumber);
                };
                add(std::make_shared<client::ShopifyFulfillmentTarget>(*http_, std::move(options)),
                    Domain::Fulfilment, "shipment.");
            }
        } else if (system->kind == config::SystemKind::Generic) {
            if (carries(connection, Domain::Order)) {
                sim::ErpOrderTargetOptions options;
                options.name = connection.name + "/orders";
                options.baseUrl = system->baseUrl;
                options.apiKey = secret;
                add(std::make_shared<sim::ErpOrderTarget>(*http_, std::move(options)),
                    Domain::Order, "order.");
            }
        } else {
            err << "connection " << connection.name << ": writing to a " << toString(system->kind)
                << " system is done by its connector, not by the configured pipeline\n";
        }
    }

    for (auto &validator : orderValidatorsFor(config))
        engine.addValidator(Domain::Order, std::move(validator));
    // Never refuses: it only learns which storefront order each order number is.
    engine.addValidator(
        Domain::Order,
        [directory](const Event &, const json::value &canonical) -> std::optional<std::string> {
            if (const auto *order = canonical.if_object()) {
                const auto number = stringAt(*order, "order_number");
                const auto id = stringAt(*order, "storefront_order_id");
                if (!number.empty() && !id.empty())
                    directory->remember(number, id);
            }
            return std::nullopt;
        });
    return added;
}

} // namespace syncline::host
