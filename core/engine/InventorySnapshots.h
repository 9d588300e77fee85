#pragma once

#include "domain/Inventory.h"
#include "domain/InventoryCoalescer.h"
#include "domain/InventoryReconcile.h"
#include "domain/InventoryStale.h"
#include "util/Clock.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Inventory as the engine drives it: the policy a deployment sets, and the values the facade
// hands out (the store fills some of them). Copies, like the other snapshots.
namespace syncline {

// One storefront whose stock levels the engine publishes.
struct InventoryChannel {
    std::string name;                      // the channel, as its orders name it ("shop")
    std::string target;                    // the delivery target that publishes its levels
    std::string location;                  // the location the storefront shows the quantity at
    std::set<std::string> sourceLocations; // the warehouses whose stock it sells
};

struct InventoryPolicy {
    std::vector<InventoryChannel> channels;
    domain::SafetyStockPolicy safetyStock;
    // Within one window only the latest value per SKU and location goes out.
    Millis publishWindow{std::chrono::seconds(30)};
    // How long a channel may show something other than the available quantity before it is an
    // alert.
    Millis driftSlo{std::chrono::minutes(15)};
    // The stock feeds (connections) expected to send, with their silence thresholds and hours.
    std::vector<domain::FeedExpectation> feeds;
    domain::ReconcilePolicy reconcile;

    const InventoryChannel *channel(const std::string &name) const
    {
        for (const auto &c : channels)
            if (c.name == name)
                return &c;
        return nullptr;
    }
};

// What one channel should show and what it was last sent.
struct ChannelStock {
    std::string channel;
    std::int64_t available = 0; // on hand - reserved - safety stock over its locations
    std::optional<std::int64_t> published;
    std::optional<TimePoint> publishedAt;
    bool drifting = false;     // published differs from available for longer than the SLO
    bool oversellRisk = false; // published shows more than is available
};

struct InventoryRow {
    std::string sku;
    std::int64_t onHand = 0; // over every location, the current position per location
    std::int64_t reserved = 0;
    std::optional<TimePoint> asOf; // the newest position
    std::vector<ChannelStock> channels;
    bool drifting = false;
    bool oversellRisk = false;
    std::int64_t oversellUnits = 0; // the largest excess shown on one channel
};

struct InventoryQuery {
    std::string skuText;       // part of the SKU, any case; empty: every SKU
    bool problemsOnly = false; // drifting or at risk of overselling
    int offset = 0;
    int limit = 200;
};

// Oversell risks first (largest first), then by SKU.
struct InventoryPage {
    std::vector<InventoryRow> rows;
    std::int64_t total = 0; // rows matching the query, before offset and limit
    TimePoint takenAt{};
};

// One source's quantity behind an alert, with how old it is.
struct SourceQuantity {
    std::string source; // "wms", "erp"
    std::string location;
    std::int64_t onHand = 0;
    std::int64_t reserved = 0;
    TimePoint asOf{};
    Millis age{};
};

enum class InventoryAlertKind { FeedSilent, Drift, ReconcileMismatch };
inline std::string_view toString(InventoryAlertKind kind)
{
    switch (kind) {
    case InventoryAlertKind::FeedSilent:
        return "feed_silent";
    case InventoryAlertKind::ReconcileMismatch:
        return "reconcile_mismatch";
    case InventoryAlertKind::Drift:
        break;
    }
    return "drift";
}

// Raised while its condition holds and gone once it does not: a feed sends again, the channel
// shows the available quantity again.
struct InventoryAlert {
    InventoryAlertKind kind = InventoryAlertKind::Drift;
    std::string connection; // FeedSilent: the feed
    std::string channel;    // Drift, ReconcileMismatch
    std::string sku;
    bool oversellRisk = false;
    std::int64_t oversellUnits = 0;
    std::optional<std::int64_t> channelQuantity;
    Millis channelAge{};
    std::int64_t availableQuantity = 0;
    Millis availableAge{};
    std::vector<SourceQuantity> sources;  // ERP, WMS... at the channel's locations
    std::optional<TimePoint> lastArrival; // FeedSilent
    Millis duration{};                    // silent or drifting for this long
    std::string message;
};

struct InventoryPublication {
    std::string channel;
    std::string sku;
    std::string location;
    std::int64_t quantity = 0;
    TimePoint at{};
};

struct InventoryDrillDown {
    std::string sku;
    std::vector<domain::StockPosition> positions; // per location and source
    std::vector<ChannelStock> channels;
    std::vector<InventoryPublication> history; // newest first
};

struct InventoryReconcileReport {
    bool ok = false;
    std::string channel;
    std::string error; // why it could not run
    std::int64_t checked = 0;
    std::int64_t matching = 0;
    std::vector<domain::PublishUpdate> corrections; // queued for the next publish window
    std::vector<domain::ReconcileAlert> alerts;     // above the auto-correct threshold
    std::vector<domain::ChannelLevel> unknown;      // SKUs the engine holds no stock for
};

} // namespace syncline
