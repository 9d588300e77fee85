#pragma once

#include "domain/OrderRules.h"
#include "domain/PricingCache.h"
#include "engine/PricingSnapshots.h"
#include "model/Event.h"
#include "util/Clock.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace syncline {

namespace store {
class Store;
class Tx;
} // namespace store

class OrderDesk;

// Customer prices and credit inside the engine: the ERP's answers are cached (in memory and in
// the store), pushed updates arrive as pricing-domain events, and the order rules read them.
//
// ERP calls are never made inside a store transaction: the validate stage runs on the writer
// thread, where a slow ERP would stall every other write. Instead the pipeline calls prepare()
// for the orders of a batch before its transaction opens; each call waits at most
// PricingSettings::fetchTimeout. Inside the transaction the rules read only what is cached, so a
// price older than its time to live there means the ERP did not answer in time: the order is
// checked against it and flagged.
class PricingDesk {
public:
    // Runs a transaction that re-validates the credit-limit holds of the given accounts.
    using CreditReleaser =
        std::function<void(std::vector<std::string> accounts, std::string cause)>;

    PricingDesk(const Clock &clock, store::Store &store, OrderDesk &orders);
    ~PricingDesk();
    PricingDesk(const PricingDesk &) = delete;
    PricingDesk &operator=(const PricingDesk &) = delete;

    // What the store kept from earlier runs.
    void load();
    void setPricingSource(PricingSource source, PricingSettings settings);
    void setCreditSource(CreditSource source);
    void setCreditReleaser(CreditReleaser releaser);

    // Before a batch's transaction: refreshes stale prices and asks for the credit of the
    // accounts the batch's orders (canonical JSON) post to.
    void prepare(const std::vector<std::string> &orderPayloads, const domain::OrderPolicy &policy);
    // Asks the ERP again for the credit of accounts with held orders (even while it rests after
    // a failure); returns the accounts it answered for, whose holds are then validated again.
    std::vector<std::string> recheckCredit(const std::vector<std::string> &accounts);

    // A pricing-domain event (contract, price list, credit), inside the pipeline's transaction.
    // A credit update re-validates that account's credit holds at once.
    void absorb(store::Tx &tx, const Event &event, const std::string &canonical, bool &requeued);

    // Wires the price and credit rules once there is something to check against.
    void extend(domain::OrderLookups &lookups);

    PricingStatus status() const;

private:
    struct AccountPricing {
        domain::CustomerPricing pricing;
        TimePoint fetchedAt{};
        std::string source;
        bool lastFetchFailed = false;
        std::optional<TimePoint> lastFailureAt;
    };
    struct AccountCredit {
        Decimal available;
        TimePoint asOf{};
        bool fromCache = false;
    };
    class BoundedCaller;

    void keepPricing(store::Tx *tx, const std::string &account, AccountPricing entry);
    void refreshPricing(const std::string &account);
    // True when the ERP answered and the credit rose (or was not known before). `force` asks
    // even while the ERP is resting after a failure.
    bool refreshCredit(const std::string &account, bool force, bool &answered);
    void releaseCredit(const std::string &account, std::string cause);
    void markErp(bool pricing, bool ok);

    const Clock &clock_;
    store::Store &store_;
    OrderDesk &orders_;
    std::unique_ptr<BoundedCaller> caller_;
    PricingSettings settings_;

    mutable std::mutex mutex_;
    PricingSource pricingSource_;
    CreditSource creditSource_;
    CreditReleaser releaser_;
    std::shared_ptr<domain::PricingCache> cache_;
    std::vector<std::shared_ptr<domain::PricingCache>> retiredCaches_;
    std::map<std::string, AccountPricing, std::less<>> pricing_;
    std::map<std::string, AccountCredit, std::less<>> credit_;
    std::optional<TimePoint> pricingDownSince_;
    std::optional<TimePoint> creditDownSince_;
    TimePoint pricingRetryAt_{};
    TimePoint creditRetryAt_{};
};

} // namespace syncline
