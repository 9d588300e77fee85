// The facade's inventory: the policy, publishing on the engine's clock, reconciliation against
// what a channel shows, and the queries of the inventory view.

#include "engine/Engine.h"
#include "engine/EngineImpl.h"
#include "model/ChannelLevels.h"

#include <algorithm>

namespace syncline {

namespace asio = boost::asio;

void EngineImpl::loadInventory()
{
    auto [positions, published] = store_->read([](store::Reader &r) {
        return std::make_pair(r.inventoryPositions(), r.latestInventoryPublications());
    });
    inventory_->load(positions, published);
}

void EngineImpl::setInventoryPolicy(InventoryPolicy policy)
{
    inventory_->setPolicy(std::move(policy));
    orders_->setStockLookup(
        [desk = inventory_.get()](const std::string &channel, const std::string &sku) {
            return desk->stockFor(channel, sku);
        });
    markInventoryChanged();
}

void EngineImpl::markInventoryChanged()
{
    std::lock_guard lock(changesMutex_);
    dirty_ = true;
    pending_.inventory = true;
}

void EngineImpl::inventoryTick()
{
    const TimePoint now = clock.now();
    if (inventory_->publishDue(now))
        flushInventory();
    if (inventory_->alertsChanged(now) || inventory_->takeChanged())
        markInventoryChanged();
}

void EngineImpl::flushInventory()
{
    if (inventoryFlushing_.exchange(true))
        return;
    auto rows =
        std::make_shared<std::vector<store::OutboxRow>>(inventory_->takePublications(clock.now()));
    if (rows->empty()) {
        inventoryFlushing_ = false;
        return;
    }
    auto touched = std::make_shared<std::vector<std::string>>();
    store_->write(
        [rows, touched](store::Tx &tx) {
            for (const auto &row : *rows)
                if (tx.enqueueOutbox(row))
                    touched->push_back(row.target);
        },
        [this, rows, touched](const std::exception_ptr &error) {
            if (error)
                inventory_->requeue(*rows);
            std::sort(touched->begin(), touched->end());
            touched->erase(std::unique(touched->begin(), touched->end()), touched->end());
            kickTargets(*touched);
            markChanged(false, false, false, true, false);
            markInventoryChanged();
            inventoryFlushing_ = false;
        });
}

std::future<InventoryReconcileReport> EngineImpl::reconcileInventory(std::string channel,
                                                                     Actor actor)
{
    auto promise = std::make_shared<std::promise<InventoryReconcileReport>>();
    auto future = promise->get_future();
    // Every run is audited, the refused ones too, with what it found or why it could not run.
    const auto finish = [this, promise, actor = std::move(actor)](InventoryReconcileReport report) {
        auto shared = std::make_shared<InventoryReconcileReport>(std::move(report));
        std::string after;
        if (shared->ok)
            after = std::to_string(shared->checked) + " checked, " +
                    std::to_string(shared->matching) + " matching, " +
                    std::to_string(shared->corrections.size()) + " corrected, " +
                    std::to_string(shared->alerts.size()) + " above the threshold, " +
                    std::to_string(shared->unknown.size()) + " unknown";
        std::string reason = shared->ok ? "inventory reconciled" : shared->error;
        for (const auto &alert : shared->alerts)
            reason += " | " + alert.message;
        store_->write(
            [shared, actor, after, reason](store::Tx &tx) {
                tx.appendAudit({actor, "inventory.reconcile", "inventory_channel", shared->channel,
                                "", after, reason});
            },
            [this, promise, shared](const std::exception_ptr &) {
                markChanged(false, false, true, false, false);
                markInventoryChanged();
                promise->set_value(*shared);
            });
    };
    InventoryReconcileReport refused;
    refused.channel = channel;
    const auto policy = inventory_->policy();
    const auto *configured = policy.channel(channel);
    if (!configured) {
        refused.error = "The inventory policy has no channel " + channel + ".";
        finish(std::move(refused));
        return future;
    }
    std::shared_ptr<DeliveryTarget> target;
    {
        std::lock_guard lock(targetsMutex_);
        if (const auto it = targets_.find(configured->target); it != targets_.end())
            target = it->second;
    }
    auto *reader = dynamic_cast<ChannelLevelReader *>(target.get());
    if (!reader) {
        refused.error = target ? "The target " + configured->target +
                                     " cannot read back the levels channel " + channel +
                                     " shows, so it cannot be reconciled."
                               : "No delivery target " + configured->target +
                                     " is configured for channel " + channel + ".";
        finish(std::move(refused));
        return future;
    }
    reader->readLevels(inventory_->skus(), [this, target, channel = std::move(channel),
                                            finish](const std::vector<ShownLevel> &levels,
                                                    const std::string &error) {
        if (!error.empty()) {
            InventoryReconcileReport failed;
            failed.channel = channel;
            failed.error = "Reading the levels of " + channel + " failed: " + error;
            finish(std::move(failed));
            return;
        }
        finish(inventory_->reconcile(channel, levels, clock.now()));
    });
    return future;
}

// --- facade ----------------------------------------------------------------------------

void Engine::setInventoryPolicy(InventoryPolicy policy)
{
    impl_->setInventoryPolicy(std::move(policy));
}

std::future<InventoryReconcileReport> Engine::reconcileInventory(std::string channel, Actor actor)
{
    return impl_->reconcileInventory(std::move(channel), std::move(actor));
}

std::future<InventoryPage> Engine::inventory(InventoryQuery query) const
{
    const TimePoint now = impl_->clock.now();
    return impl_->query<InventoryPage>([desk = &impl_->inventory(), query = std::move(query),
                                        now](store::Reader &) { return desk->page(query, now); });
}

std::future<std::vector<InventoryAlert>> Engine::inventoryAlerts() const
{
    const TimePoint now = impl_->clock.now();
    return impl_->query<std::vector<InventoryAlert>>(
        [desk = &impl_->inventory(), now](store::Reader &) { return desk->alerts(now); });
}

std::future<InventoryDrillDown> Engine::inventorySku(std::string sku) const
{
    const TimePoint now = impl_->clock.now();
    return impl_->query<InventoryDrillDown>(
        [desk = &impl_->inventory(), sku = std::move(sku), now](store::Reader &r) {
            InventoryDrillDown drill;
            drill.sku = sku;
            drill.positions = r.inventoryPositions(sku);
            drill.history = r.inventoryPublications(sku, 200);
            drill.channels = desk->channelsOf(sku, now);
            return drill;
        });
}

} // namespace syncline
