#pragma once

#include <boost/json/object.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

// A simulated business day as data: what the storefront, the ERP and the warehouse do, and when.
// The same files drive the demo, the end-to-end tests and the benchmarks.
namespace syncline::sim {

class ScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct StockRow {
    std::string sku;
    std::string location;
    std::int64_t onHand = 0;
    std::int64_t reserved = 0;
};

struct OrderLineSpec {
    std::string sku;
    std::int64_t quantity = 0;
    std::string price; // decimal text, as Shopify sends it
};

struct AddressSpec {
    std::string name;
    std::string address1;
    std::string city;
    std::string zip;
    std::string countryCode;
    std::string provinceCode; // state or province: required for US, CA and AU addresses
};

struct OrderSpec {
    std::int64_t number = 0; // shown as "#<number>"; the Shopify id is derived from it
    std::string customerId;  // numeric Shopify customer id
    std::string email;
    std::string financialStatus = "paid";
    std::string currency = "USD";
    std::optional<AddressSpec> shippingAddress;
    std::vector<OrderLineSpec> lines;
};

// How one webhook is delivered: as Shopify would, twice (a duplicate with the same event id),
// with a body that is not JSON (still correctly signed), or with a wrong signature.
enum class Delivery { Normal, Duplicate, Malformed, BadSignature };

struct ShipmentSpec {
    std::string shipmentId;
    std::string orderNumber; // "#1001"
    std::string carrier;
    std::string trackingNumber;
    std::string location;
    std::vector<OrderLineSpec> lines; // price unused
};

enum class FaultKind {
    ShopOutage,     // the Admin API answers 503 to the next `count` requests
    ShopThrottle,   // the next `count` GraphQL calls find the cost budget empty
    ShopSlow,       // the Admin API answers after `delay` for `duration`
    ErpOutage,      // the ERP answers 503 for `duration`
    ErpThrottle,    // the ERP answers 429 with Retry-After for `duration`
    ErpSlow,        // the ERP answers after `delay` for `duration`
    WebhookRefused, // Syncline's answer is ignored: the next `count` deliveries are retried
};

struct FaultSpec {
    FaultKind kind = FaultKind::ShopOutage;
    int count = 0;
    std::chrono::milliseconds duration{0};
    std::chrono::milliseconds delay{0};
};

struct Step {
    enum class Kind { StockSnapshot, Order, ShipNotice, Invoice, Fault };
    Kind kind = Kind::Order;
    double at = 0; // seconds into the business day (scenario time)
    std::string label;

    std::vector<StockRow> stock; // StockSnapshot
    std::string topic = "orders/create";
    // Order: when the change happened (scenario seconds; default `at`). A step whose
    // occurredAt is earlier than an earlier step's delivers its event out of order.
    std::optional<double> occurredAt;
    OrderSpec order;
    Delivery delivery = Delivery::Normal;
    ShipmentSpec shipment;
    boost::json::object invoice; // Invoice: canonical invoice payload, sent as an ERP event
    FaultSpec fault;
};

struct Scenario {
    std::string name;
    std::string shopDomain = "demo-shop.myshopify.com";
    std::string apiVersion = "2026-04";
    std::map<std::string, std::string> inventoryItems; // SKU -> InventoryItem gid
    std::map<std::string, std::string> locations;      // location code -> Location gid
    std::vector<StockRow> initialStock;                // what the storefront shows at opening
    std::vector<Step> steps;                           // sorted by `at`

    // What the scenario should lead to, for tests: order numbers Syncline must refuse.
    std::vector<std::string> expectedRefusedOrders;
};

std::string_view toString(FaultKind kind);
std::optional<FaultKind> faultKindFromString(std::string_view text);

// Parses a scenario; throws ScenarioError naming the step and field on bad input.
Scenario parseScenario(std::string_view text);
Scenario loadScenario(const std::filesystem::path &file);
FaultSpec parseFault(const boost::json::object &object);

} // namespace syncline::sim
