#include "engine/InventoryDesk.h"

#include "engine/OrderDesk.h"
#include "model/Json.h"
#include "util/Uuid.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

namespace json = boost::json;

namespace syncline {

namespace {

bool containsIgnoringCase(const std::string &text, const std::string &part)
{
    if (part.empty())
        return true;
    const auto it =
        std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
        });
    return it != text.end();
}

std::int64_t sellable(const std::optional<domain::StockPosition> &position)
{
    return position ? std::max<std::int64_t>(0, position->onHand - position->reserved) : 0;
}

} // namespace

InventoryDesk::InventoryDesk(const Clock &clock, BatchLimit batchLimit)
    : clock_(clock)
    , batchLimit_(std::move(batchLimit))
{
    std::lock_guard lock(mutex_);
    rebuildLocked(clock_.now());
}

void InventoryDesk::setPolicy(InventoryPolicy policy)
{
    std::lock_guard lock(mutex_);
    policy_ = std::move(policy);
    configured_ = true;
    rebuildLocked(clock_.now());
    changed_ = true;
}

InventoryPolicy InventoryDesk::policy() const
{
    std::lock_guard lock(mutex_);
    return policy_;
}

bool InventoryDesk::configured() const
{
    std::lock_guard lock(mutex_);
    return configured_;
}

void InventoryDesk::load(const std::vector<domain::StockPosition> &positions,
                         const std::vector<InventoryPublication> &published)
{
    std::lock_guard lock(mutex_);
    for (const auto &position : positions) {
        sources_.insert(position.source);
        book_.apply(position);
    }
    for (const auto &publication : published) {
        auto &value = values_[{publication.channel, publication.sku}];
        if (!value.published || publication.at >= value.publishedAt) {
            value.published = publication.quantity;
            value.publishedAt = publication.at;
        }
    }
    rebuildLocked(clock_.now());
    changed_ = true;
}

void InventoryDesk::rebuildLocked(TimePoint now)
{
    coalescer_ = std::make_unique<domain::PublishCoalescer>(
        policy_.publishWindow, [this](const std::string &channel) -> std::size_t {
            const auto *c = policy_.channel(channel);
            return c && batchLimit_ ? std::max<std::size_t>(1, batchLimit_(c->target)) : 1;
        });
    detector_ = std::make_unique<domain::StaleDetector>(clock_);
    for (const auto &feed : policy_.feeds)
        detector_->expect(feed);
    for (const auto &[connection, at] : arrivals_)
        detector_->arrived(connection, at);
    // What each channel shows is known before the truth is compared with it, so that a drift
    // found now counts from now.
    for (const auto &[key, value] : values_) {
        const auto *channel = policy_.channel(key.first);
        if (!channel || !value.published)
            continue;
        coalescer_->confirm(
            domain::PublishBatch{key.first,
                                 {domain::PublishUpdate{key.first, key.second, channel->location,
                                                        *value.published, value.publishedAt}}});
        detector_->recordPublished(key.first, key.second, *value.published, value.publishedAt);
    }
    for (const auto &sku : book_.skus())
        recomputeLocked(sku, now);
}

void InventoryDesk::recomputeLocked(const std::string &sku, TimePoint now)
{
    for (const auto &channel : policy_.channels) {
        const std::int64_t available =
            domain::availableToSellAt(book_, sku, channel.sourceLocations, policy_.safetyStock);
        auto &value = values_[{channel.name, sku}];
        value.truth = available;
        value.truthAt = now;
        detector_->recordTruth(channel.name, sku, available, now);
        coalescer_->add(domain::PublishUpdate{channel.name, sku, channel.location, available, now});
    }
}

InventoryDesk::Applied InventoryDesk::apply(const domain::StockPosition &position,
                                            const std::string &connection, TimePoint receivedAt)
{
    std::lock_guard lock(mutex_);
    auto &arrival = arrivals_[connection];
    arrival = std::max(arrival, receivedAt);
    detector_->arrived(connection, receivedAt);
    sources_.insert(position.source);

    Applied applied;
    const auto before = sellable(book_.position(position.sku, position.location, position.source));
    applied.update = book_.apply(position);
    if (applied.update != domain::PositionUpdate::Applied)
        return applied;
    applied.moreSellable = sellable(position) > before;
    recomputeLocked(position.sku, clock_.now());
    changed_ = true;
    return applied;
}

std::optional<std::string> InventoryDesk::admit(store::Tx &tx, const Event &event,
                                                const std::string &canonical, OrderDesk &orders,
                                                bool &requeued)
{
    model::InventoryLevel level;
    try {
        level = json::value_to<model::InventoryLevel>(parseJson(canonical));
    } catch (const std::exception &error) {
        return std::string("the stock level cannot be read: ") + error.what();
    }
    domain::StockPosition position{event.sourceSystem,
                                   level.sku,
                                   level.location,
                                   level.onHand,
                                   level.reserved,
                                   level.asOf == TimePoint{} ? event.occurredAt : level.asOf,
                                   level.sourceSequence != 0 ? level.sourceSequence
                                                             : event.sourceSequence};
    const auto applied = apply(position, event.connection, event.receivedAt);
    if (applied.update != domain::PositionUpdate::Applied)
        return std::nullopt;
    tx.saveInventoryPosition(position);
    if (applied.moreSellable)
        orders.stockArrived(tx, position.sku,
                            "stock of " + position.sku + " arrived at " + position.location + " (" +
                                position.source + ", event " + event.eventId + ")",
                            requeued);
    return std::nullopt;
}

std::vector<domain::StockAtLocation> InventoryDesk::stockFor(const std::string &channel,
                                                             const std::string &sku) const
{
    std::lock_guard lock(mutex_);
    const auto *served = policy_.channel(channel);
    std::vector<domain::StockAtLocation> out;
    for (const auto &position : book_.currentBySku(sku)) {
        if (served && served->sourceLocations.count(position.location) == 0)
            continue;
        out.push_back({position.location, position.onHand - position.reserved});
    }
    return out;
}

bool InventoryDesk::publishDue(TimePoint now) const
{
    std::lock_guard lock(mutex_);
    return coalescer_->due(now);
}

std::vector<store::OutboxRow> InventoryDesk::takePublications(TimePoint now)
{
    std::lock_guard lock(mutex_);
    const auto batches = coalescer_->flush();
    std::vector<store::OutboxRow> rows;
    if (batches.empty())
        return rows;
    const std::string flushId = newUuid();
    for (const auto &batch : batches) {
        const auto *channel = policy_.channel(batch.channel);
        if (!channel)
            continue; // removed from the policy while its values waited
        for (const auto &update : batch.updates) {
            model::InventoryLevel level;
            level.sku = update.sku;
            level.location = update.location;
            level.onHand = update.quantity;
            level.available = update.quantity;
            level.asOf = update.at;
            store::OutboxRow row;
            row.eventId = "inventory-publish:" + flushId;
            row.target = channel->target;
            row.idempotencyKey = "inventory:" + flushId + ":" + update.channel + "/" + update.sku +
                                 "/" + update.location;
            row.connection = update.channel;
            row.domain = Domain::Inventory;
            row.type = std::string(PublishType);
            row.correlationId = update.sku;
            row.payload = json::serialize(json::value_from(level));
            row.nextAttemptAt = now;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

void InventoryDesk::requeue(const std::vector<store::OutboxRow> &rows)
{
    std::lock_guard lock(mutex_);
    for (const auto &row : rows) {
        try {
            const auto level = json::value_to<model::InventoryLevel>(parseJson(row.payload));
            coalescer_->retry(domain::PublishBatch{
                row.connection,
                {domain::PublishUpdate{row.connection, level.sku, level.location, level.available,
                                       level.asOf}}});
        } catch (const std::exception &) {
            continue; // written by takePublications: cannot happen
        }
    }
}

void InventoryDesk::delivered(store::Tx &tx, const store::OutboxRow &row)
{
    if (row.domain != Domain::Inventory || row.type != PublishType)
        return;
    model::InventoryLevel level;
    try {
        level = json::value_to<model::InventoryLevel>(parseJson(row.payload));
    } catch (const std::exception &) {
        return; // written by takePublications: cannot happen short of an edited row
    }
    const TimePoint now = tx.now();
    tx.recordInventoryPublication(
        InventoryPublication{row.connection, level.sku, level.location, level.available, now});
    std::lock_guard lock(mutex_);
    coalescer_->confirm(domain::PublishBatch{
        row.connection,
        {domain::PublishUpdate{row.connection, level.sku, level.location, level.available, now}}});
    auto &value = values_[{row.connection, level.sku}];
    value.published = level.available;
    value.publishedAt = now;
    detector_->recordPublished(row.connection, level.sku, level.available, now);
    changed_ = true;
}

std::vector<std::string> InventoryDesk::skus() const
{
    std::lock_guard lock(mutex_);
    const auto all = book_.skus();
    return {all.begin(), all.end()};
}

InventoryReconcileReport InventoryDesk::reconcile(const std::string &channelName,
                                                  const std::vector<ShownLevel> &shown,
                                                  TimePoint now)
{
    std::lock_guard lock(mutex_);
    InventoryReconcileReport report;
    report.channel = channelName;
    const auto *channel = policy_.channel(channelName);
    if (!channel) {
        report.error = "The inventory policy has no channel " + channelName + ".";
        return report;
    }
    std::vector<domain::ChannelLevel> levels;
    levels.reserve(shown.size());
    for (const auto &level : shown)
        levels.push_back({channelName, level.sku, level.location, level.quantity});
    const auto truth = [this, channel](const std::string &, const std::string &sku,
                                       const std::string &location) -> std::optional<std::int64_t> {
        if (location != channel->location || book_.currentBySku(sku).empty())
            return std::nullopt;
        return domain::availableToSellAt(book_, sku, channel->sourceLocations, policy_.safetyStock);
    };
    auto result = domain::reconcile(levels, truth, policy_.reconcile, now);

    // What the channel shows is what it has now, whatever was sent before.
    for (const auto &level : levels) {
        if (!truth(channelName, level.sku, level.location))
            continue;
        coalescer_->confirm(domain::PublishBatch{
            channelName,
            {domain::PublishUpdate{channelName, level.sku, level.location, level.quantity, now}}});
        auto &value = values_[{channelName, level.sku}];
        value.published = level.quantity;
        value.publishedAt = now;
        detector_->recordPublished(channelName, level.sku, level.quantity, now);
    }
    for (const auto &correction : result.corrections)
        coalescer_->add(correction);
    reconcileAlerts_[channelName] = result.alerts;

    report.ok = true;
    report.checked = static_cast<std::int64_t>(shown.size());
    report.matching = result.matching;
    report.corrections = std::move(result.corrections);
    report.alerts = std::move(result.alerts);
    report.unknown = std::move(result.unknown);
    changed_ = true;
    return report;
}

std::set<InventoryDesk::ChannelSku> InventoryDesk::driftingLocked(TimePoint) const
{
    std::set<ChannelSku> out;
    for (const auto &drift : detector_->drifts(policy_.driftSlo))
        out.insert({drift.channel, drift.sku});
    return out;
}

std::vector<ChannelStock>
InventoryDesk::channelsOfLocked(const std::string &sku, const std::set<ChannelSku> &drifting) const
{
    std::vector<ChannelStock> out;
    for (const auto &channel : policy_.channels) {
        ChannelStock stock;
        stock.channel = channel.name;
        if (const auto it = values_.find({channel.name, sku}); it != values_.end()) {
            stock.available = it->second.truth.value_or(0);
            stock.published = it->second.published;
            if (it->second.published)
                stock.publishedAt = it->second.publishedAt;
        }
        stock.drifting = drifting.count({channel.name, sku}) > 0;
        stock.oversellRisk = stock.published && *stock.published > stock.available;
        out.push_back(std::move(stock));
    }
    return out;
}

std::vector<ChannelStock> InventoryDesk::channelsOf(const std::string &sku, TimePoint now) const
{
    std::lock_guard lock(mutex_);
    return channelsOfLocked(sku, driftingLocked(now));
}

InventoryPage InventoryDesk::page(const InventoryQuery &query, TimePoint now) const
{
    std::lock_guard lock(mutex_);
    const auto drifting = driftingLocked(now);
    std::vector<InventoryRow> rows;
    for (const auto &sku : book_.skus()) {
        if (!containsIgnoringCase(sku, query.skuText))
            continue;
        InventoryRow row;
        row.sku = sku;
        for (const auto &position : book_.currentBySku(sku)) {
            row.onHand += position.onHand;
            row.reserved += position.reserved;
            if (!row.asOf || position.asOf > *row.asOf)
                row.asOf = position.asOf;
        }
        row.channels = channelsOfLocked(sku, drifting);
        for (const auto &channel : row.channels) {
            row.drifting = row.drifting || channel.drifting;
            if (channel.oversellRisk) {
                row.oversellRisk = true;
                row.oversellUnits =
                    std::max(row.oversellUnits, *channel.published - channel.available);
            }
        }
        if (query.problemsOnly && !row.drifting && !row.oversellRisk)
            continue;
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const InventoryRow &a, const InventoryRow &b) {
        if (a.oversellRisk != b.oversellRisk)
            return a.oversellRisk;
        return a.oversellUnits > b.oversellUnits;
    });
    InventoryPage page;
    page.takenAt = now;
    page.total = static_cast<std::int64_t>(rows.size());
    const auto offset = std::min(rows.size(), static_cast<std::size_t>(std::max(0, query.offset)));
    const auto end =
        std::min(rows.size(), offset + static_cast<std::size_t>(std::max(0, query.limit)));
    page.rows.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(offset)),
                     std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(end)));
    return page;
}

std::vector<SourceQuantity> InventoryDesk::sourcesLocked(const InventoryChannel &channel,
                                                         const std::string &sku,
                                                         TimePoint now) const
{
    std::vector<SourceQuantity> out;
    for (const auto &location : channel.sourceLocations)
        for (const auto &source : sources_)
            if (const auto position = book_.position(sku, location, source))
                out.push_back({source, location, position->onHand, position->reserved,
                               position->asOf, now - position->asOf});
    return out;
}

std::vector<InventoryAlert> InventoryDesk::alerts(TimePoint now) const
{
    std::lock_guard lock(mutex_);
    std::vector<InventoryAlert> out;
    for (const auto &silence : detector_->silentFeeds()) {
        InventoryAlert alert;
        alert.kind = InventoryAlertKind::FeedSilent;
        alert.connection = silence.connection;
        alert.lastArrival = silence.lastArrival;
        alert.duration = silence.silentFor;
        alert.message = silence.message;
        out.push_back(std::move(alert));
    }
    std::set<ChannelSku> drifting;
    for (const auto &drift : detector_->drifts(policy_.driftSlo)) {
        InventoryAlert alert;
        alert.kind = InventoryAlertKind::Drift;
        alert.channel = drift.channel;
        alert.sku = drift.sku;
        alert.oversellRisk = drift.oversellRisk;
        alert.oversellUnits = drift.oversellUnits;
        alert.channelQuantity = drift.channelQuantity;
        alert.channelAge = drift.channelAge;
        alert.availableQuantity = drift.truthQuantity;
        alert.availableAge = drift.truthAge;
        alert.duration = drift.driftingFor;
        alert.message = drift.message;
        if (const auto *channel = policy_.channel(drift.channel))
            alert.sources = sourcesLocked(*channel, drift.sku, now);
        drifting.insert({drift.channel, drift.sku});
        out.push_back(std::move(alert));
    }
    // A reconciliation's finding stays until the channel shows the truth again (or a drift
    // alert for the same SKU says the same, longer).
    for (const auto &[channelName, found] : reconcileAlerts_) {
        const auto *channel = policy_.channel(channelName);
        if (!channel)
            continue;
        for (const auto &mismatch : found) {
            const auto it = values_.find({channelName, mismatch.level.sku});
            if (it == values_.end() || !it->second.published || !it->second.truth ||
                *it->second.published == *it->second.truth ||
                drifting.count({channelName, mismatch.level.sku}) > 0)
                continue;
            InventoryAlert alert;
            alert.kind = InventoryAlertKind::ReconcileMismatch;
            alert.channel = channelName;
            alert.sku = mismatch.level.sku;
            alert.channelQuantity = *it->second.published;
            alert.channelAge = now - it->second.publishedAt;
            alert.availableQuantity = *it->second.truth;
            alert.availableAge = now - it->second.truthAt;
            alert.oversellRisk = alert.channelQuantity > alert.availableQuantity;
            alert.oversellUnits =
                alert.oversellRisk ? *alert.channelQuantity - alert.availableQuantity : 0;
            alert.duration = alert.channelAge;
            alert.sources = sourcesLocked(*channel, mismatch.level.sku, now);
            alert.message = mismatch.message;
            out.push_back(std::move(alert));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const InventoryAlert &a, const InventoryAlert &b) {
        if (a.oversellRisk != b.oversellRisk)
            return a.oversellRisk;
        return a.oversellUnits > b.oversellUnits;
    });
    return out;
}

bool InventoryDesk::alertsChanged(TimePoint now)
{
    const auto checkedAt = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(mutex_);
        if (checkedAt - alertsCheckedAt_ < std::chrono::seconds(1))
            return false;
        alertsCheckedAt_ = checkedAt;
    }
    const std::size_t count = alerts(now).size();
    std::lock_guard lock(mutex_);
    return std::exchange(alertCount_, count) != count;
}

domain::CoalescerStats InventoryDesk::publishStats() const
{
    std::lock_guard lock(mutex_);
    return coalescer_->stats();
}

} // namespace syncline
