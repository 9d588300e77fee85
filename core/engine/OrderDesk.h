#pragma once

#include "domain/Hold.h"
#include "domain/OrderRules.h"
#include "domain/Slo.h"
#include "engine/Engine.h"
#include "engine/Pipeline.h"
#include "store/Store.h"

#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace syncline {

// The order domain inside the engine: records every order and its transitions, validates it with
// the domain rules at the validate stage, opens a hold per failed rule and releases the order
// when its holds are settled. Every method that takes a Tx runs inside that store transaction
// (on the writer thread), so the order, its holds, its event and the audit entry change together.
class OrderDesk {
public:
    OrderDesk();

    void setPolicy(domain::OrderPolicy policy);
    void setSloTarget(domain::SloTarget target);
    domain::SloTable sloTable() const;
    domain::HoldPolicy holdPolicy() const;
    domain::OrderPolicy policy() const;
    // Adds the lookups other desks provide (prices, credit) to every validation.
    void setLookupExtension(std::function<void(domain::OrderLookups &)> extend);
    // Where the no-branch-can-fulfil rule finds stock; until set, that rule does not run.
    using StockLookup = std::function<std::vector<domain::StockAtLocation>(
        const std::string &channel, const std::string &erpSku)>;
    void setStockLookup(StockLookup lookup);

    // "order.acknowledged" events carry no order: they bypass the map stage and move the order.
    static bool isAcknowledgement(const Event &event);
    static PipelineResult passThrough(const Event &event);

    struct Admission {
        std::optional<StageFailure> failure; // the event is dead-lettered with this
        bool held = false;                   // the event waits for its holds
    };
    // For an event that passed the map stage and the basic checks. `requeued` is set when held
    // orders were released back to the pipeline.
    Admission admit(store::Tx &tx, const store::StoredEvent &stored, const PipelineResult &result,
                    bool &requeued);
    // After an event was processed: its service-level sample (orders count when posted).
    void completed(store::Tx &tx, const Event &event);
    // In the transaction that records a successful delivery: a ready order is posted.
    void delivered(store::Tx &tx, const store::OutboxRow &row);

    // Operator commands; `requeued` as for admit.
    CommandResult approve(store::Tx &tx, const std::string &holdId, const std::string &reason,
                          const Actor &actor, bool &requeued);
    CommandResult fix(store::Tx &tx, const std::string &holdId, const domain::OrderFix &fix,
                      const Actor &actor, bool &requeued);
    CommandResult reject(store::Tx &tx, const std::string &holdId, const std::string &reason,
                         const Actor &actor);
    CommandResult assign(store::Tx &tx, const std::string &holdId, const std::string &owner,
                         const Actor &actor);
    CommandResult note(store::Tx &tx, const std::string &holdId, const std::string &text,
                       const Actor &actor);
    CommandResult snooze(store::Tx &tx, const std::string &holdId, TimePoint until,
                         const std::string &reason, const Actor &actor);
    CommandResult mapSku(store::Tx &tx, const domain::SkuMapping &mapping, const Actor &actor,
                         bool &requeued);
    CommandResult mapCustomer(store::Tx &tx, const domain::CustomerMapping &mapping,
                              const Actor &actor, bool &requeued);
    CommandResult setErpCatalog(store::Tx &tx, const std::vector<std::string> &erpSkus,
                                const Actor &actor, bool &requeued);
    // Validates again the held orders with an active hold of `reasonCode` naming `subject`
    // (credit released for an account); `cause` says why in the audit trail.
    void revalidateHeld(store::Tx &tx, std::string_view reasonCode, const std::string &subject,
                        const std::string &cause, bool &requeued);
    // Stock of an ERP SKU arrived: the orders held because no location could fulfil them are
    // validated again, and released (audited with `cause`) when one can now.
    void stockArrived(store::Tx &tx, const std::string &erpSku, const std::string &cause,
                      bool &requeued);

private:
    struct Settled {
        std::vector<domain::Hold> holds;
        std::vector<std::string> opened; // reason codes of the holds opened now
    };

    domain::ValidationContext context(store::Tx &tx) const;
    Admission acknowledge(store::Tx &tx, const Event &event);
    Admission productSeen(store::Tx &tx, const std::string &canonical, bool &requeued);
    // Validates the order and brings its holds up to date: releases those whose rule passes now
    // (audited by "system" with why), opens one for each new failure.
    Settled settle(store::Tx &tx, const OrderRecord &order, const model::Order &parsed,
                   const std::string &cause);
    // Moves a held order on once its holds allow it: ready (back to routing) or cancelled.
    void finish(store::Tx &tx, OrderRecord &order, const std::string &actor,
                const std::string &cause, bool &requeued);
    // Validates the held orders again ("fix once, resolve all alike").
    void revalidate(store::Tx &tx, const std::set<std::string> &orderNumbers,
                    const std::string &cause, bool &requeued);
    // Records the transition when the state machine allows it, else returns the refusal.
    // `persist` false: the caller writes the order (with its state) itself.
    std::optional<std::string> move(store::Tx &tx, OrderRecord &order, domain::OrderState to,
                                    const std::string &actor, const std::string &cause,
                                    bool persist = true);
    void recordSample(store::Tx &tx, const std::string &eventId, Domain domain,
                      TimePoint occurredAt, TimePoint completedAt);

    mutable std::mutex mutex_;
    // Until a deployment sets its policy, only what the engine can tell for itself holds an
    // order: tax and customer accounts depend on the ERP and the tax area, so they are opt-in.
    domain::OrderPolicy policy_ = defaultPolicy();
    static domain::OrderPolicy defaultPolicy()
    {
        domain::OrderPolicy policy;
        policy.taxRequired = false;
        policy.customerAccountRequired = false;
        return policy;
    }
    domain::HoldPolicy holdPolicy_ = domain::HoldPolicy::defaults();
    domain::SloTable slo_ = domain::SloTable::defaults();
    std::function<void(domain::OrderLookups &)> extendLookups_;
    StockLookup stockLookup_;
};

} // namespace syncline
