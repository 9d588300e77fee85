#pragma once

#include "domain/ProductOwnership.h"
#include "engine/Snapshots.h"
#include "model/Canonical.h"

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline {

namespace store {
class Tx;
} // namespace store

// The ERP's product master, published to the storefront channels. Product events the routes
// send to channels are the master's (a storefront's own product events are not routed back to
// the storefronts). The ERP owns some attributes
// and the storefront the others (domain/ProductOwnership.h); a publish carries only ERP-owned
// attributes, so it can never overwrite what the storefront owns. Product events publish a
// delta (the ERP-owned fields that changed since the last publish to that channel); the
// scheduled full publish sends every ERP-owned field of every product to repair drift.
// Every method that takes a Tx runs inside that store transaction.
class ProductDesk {
public:
    void setOwnership(domain::OwnershipTable table);
    domain::OwnershipTable ownership() const;

    // Channels product events are routed to: the scheduled full publish goes to each of them.
    void addChannel(const std::string &channel);
    std::vector<std::string> channels() const;

    // A product event from the ERP (canonical JSON): its values become the master's current
    // version. Throws when the payload is not a product.
    model::Product absorb(store::Tx &tx, const std::string &canonical);
    // The payload of the delta to `channel`, recorded as published; no value: nothing changed
    // there since the last publish.
    std::optional<std::string> deltaFor(store::Tx &tx, const std::string &channel,
                                        const model::Product &product);
    // Enqueues a full publish of every product to `channel` through the outbox; returns the
    // number of products, and the outbox rows added in `enqueued`.
    std::size_t publishCatalog(store::Tx &tx, const std::string &channel, const Actor &actor,
                               std::size_t &enqueued);

    // The JSON a channel receives: the SKU and the planned fields, nothing else.
    static std::string payloadOf(const domain::ProductPublish &publish);

private:
    mutable std::mutex mutex_;
    domain::OwnershipTable ownership_ = domain::OwnershipTable::defaults();
    std::set<std::string> channels_;
};

} // namespace syncline
