#pragma once

#include "domain/Inventory.h"
#include "domain/InventoryCoalescer.h"
#include "domain/InventoryReconcile.h"
#include "domain/InventoryStale.h"
#include "domain/OrderRules.h"
#include "engine/InventorySnapshots.h"
#include "model/ChannelLevels.h"
#include "model/Event.h"
#include "store/Store.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace syncline {

class OrderDesk;

// The inventory domain inside the engine. Stock events update positions per SKU, location and
// source; every change recomputes what each channel may sell and hands it to a publish coalescer,
// which sends at most one value per SKU and channel location per window. It watches the stock
// feeds and the published values against the truth (on the engine's clock) and reconciles a
// channel against what it shows. Thread-safe: the pipeline and deliveries call it on the writer
// thread, queries and the publish tick on the io threads.
class InventoryDesk {
public:
    // The largest batch a delivery target accepts, by target name.
    using BatchLimit = std::function<std::size_t(const std::string &target)>;

    InventoryDesk(const Clock &clock, BatchLimit batchLimit);

    // Recomputes every channel's available quantity under the new policy; values that differ
    // from what a channel was sent are queued for the next window.
    void setPolicy(InventoryPolicy policy);
    InventoryPolicy policy() const;
    bool configured() const;
    // Positions and publications from the store, after a restart.
    void load(const std::vector<domain::StockPosition> &positions,
              const std::vector<InventoryPublication> &published);

    // --- positions ------------------------------------------------------------------------
    struct Applied {
        domain::PositionUpdate update = domain::PositionUpdate::Unchanged;
        bool moreSellable = false; // on hand - reserved went up at that location
    };
    // A source's statement, arriving through `connection` (a feed watched for silence).
    Applied apply(const domain::StockPosition &position, const std::string &connection,
                  TimePoint receivedAt);
    // An inventory event inside the pipeline transaction: the position is stored, and the
    // orders held for lack of that SKU are validated again when it became more sellable.
    // Returns an error for a payload that is not a stock level.
    std::optional<std::string> admit(store::Tx &tx, const Event &event,
                                     const std::string &canonical, OrderDesk &orders,
                                     bool &requeued);
    // The sellable stock per location serving a channel (all locations when the channel is not
    // configured), for the order rules.
    std::vector<domain::StockAtLocation> stockFor(const std::string &channel,
                                                  const std::string &sku) const;

    // --- publishing -----------------------------------------------------------------------
    static constexpr std::string_view PublishType = "inventory.publish";
    bool publishDue(TimePoint now) const;
    // Ends the window: outbox rows for the channels' targets, in batches of their size.
    std::vector<store::OutboxRow> takePublications(TimePoint now);
    // Publications that could not be queued go back to the coalescer for the next window.
    void requeue(const std::vector<store::OutboxRow> &rows);
    // In the transaction that records a successful delivery: a published value is recorded.
    void delivered(store::Tx &tx, const store::OutboxRow &row);
    // True once after something the inventory view shows changed.
    bool takeChanged() { return changed_.exchange(false); }

    // --- reconciliation -------------------------------------------------------------------
    std::vector<std::string> skus() const;
    // Compares what the channel shows with the truth: small differences are queued as
    // corrections for the next window, larger ones raised as alerts.
    InventoryReconcileReport reconcile(const std::string &channel,
                                       const std::vector<ShownLevel> &shown, TimePoint now);

    // --- queries --------------------------------------------------------------------------
    InventoryPage page(const InventoryQuery &query, TimePoint now) const;
    std::vector<InventoryAlert> alerts(TimePoint now) const;
    // Whether alerts came or went since the last call; evaluated at most once a second (of
    // real time), since the publish tick asks several times a second.
    bool alertsChanged(TimePoint now);
    std::vector<ChannelStock> channelsOf(const std::string &sku, TimePoint now) const;
    domain::CoalescerStats publishStats() const;

private:
    struct ChannelValue {
        std::optional<std::int64_t> truth;
        TimePoint truthAt{};
        std::optional<std::int64_t> published;
        TimePoint publishedAt{};
    };
    using ChannelSku = std::pair<std::string, std::string>;

    void rebuildLocked(TimePoint now);
    void recomputeLocked(const std::string &sku, TimePoint now);
    std::set<ChannelSku> driftingLocked(TimePoint now) const;
    std::vector<ChannelStock> channelsOfLocked(const std::string &sku,
                                               const std::set<ChannelSku> &drifting) const;
    std::vector<SourceQuantity> sourcesLocked(const InventoryChannel &channel,
                                              const std::string &sku, TimePoint now) const;

    const Clock &clock_;
    BatchLimit batchLimit_;
    mutable std::mutex mutex_;
    bool configured_ = false;
    InventoryPolicy policy_;
    domain::InventoryBook book_;
    std::set<std::string> sources_;
    std::unique_ptr<domain::PublishCoalescer> coalescer_;
    std::unique_ptr<domain::StaleDetector> detector_;
    std::map<std::string, TimePoint> arrivals_; // per feed, to carry over a policy change
    std::map<ChannelSku, ChannelValue> values_;
    // The last reconciliation's alerts per channel, listed while the channel still differs.
    std::map<std::string, std::vector<domain::ReconcileAlert>> reconcileAlerts_;
    std::atomic<bool> changed_{false};
    std::chrono::steady_clock::time_point alertsCheckedAt_{};
    std::size_t alertCount_ = 0;
};

} // namespace syncline
