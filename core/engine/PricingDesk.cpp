#include "engine/PricingDesk.h"

#include "domain/ReasonCodes.h"
#include "engine/OrderDesk.h"
#include "model/Json.h"
#include "store/Store.h"
#include "store/StorePricing.h"

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <future>

namespace json = boost::json;

namespace syncline {

// Runs an ERP call on a thread of its own and waits for it at most a timeout. A call that does
// not return in time is abandoned (its answer is dropped) and joined when it finally returns or
// when the desk is destroyed, so no thread outlives the engine.
class PricingDesk::BoundedCaller {
public:
    ~BoundedCaller()
    {
        std::lock_guard lock(mutex_);
        for (auto &call : abandoned_)
            if (call.thread.joinable())
                call.thread.join();
    }

    template <typename R>
    std::optional<R> call(std::function<std::optional<R>()> function, Millis timeout)
    {
        pruneFinished();
        auto promise = std::make_shared<std::promise<std::optional<R>>>();
        auto finished = std::make_shared<std::atomic<bool>>(false);
        auto future = promise->get_future();
        std::thread thread([promise, finished, function = std::move(function)] {
            std::optional<R> answer;
            try {
                answer = function();
            } catch (...) {
                // An ERP call that throws did not answer.
                answer.reset();
            }
            promise->set_value(std::move(answer));
            *finished = true;
        });
        if (future.wait_for(timeout) != std::future_status::ready) {
            std::lock_guard lock(mutex_);
            abandoned_.push_back({std::move(thread), finished});
            return std::nullopt;
        }
        thread.join();
        return future.get();
    }

private:
    struct Abandoned {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };

    void pruneFinished()
    {
        std::lock_guard lock(mutex_);
        for (auto it = abandoned_.begin(); it != abandoned_.end();) {
            if (*it->finished) {
                it->thread.join();
                it = abandoned_.erase(it);
            } else {
                ++it;
            }
        }
    }

    std::mutex mutex_;
    std::vector<Abandoned> abandoned_;
};

namespace {

// Inside a transaction the cache never calls out: a stale entry there means the ERP did not
// answer before the transaction, so the cache answers with its last value, flagged.
std::optional<domain::CustomerPricing> noCallInsideTransaction(const std::string &)
{
    return std::nullopt;
}

std::optional<std::string> accountOf(store::Store &store, const model::Order &order,
                                     const domain::OrderPolicy &policy)
{
    if (!order.customer.accountNumber.empty())
        return order.customer.accountNumber;
    if (!order.customer.id.empty())
        if (auto mapped = store.read([&order](store::Reader &r) {
                return store::customerAccount(r, order.channel, order.customer.id);
            });
            mapped && !mapped->empty())
            return mapped;
    if (const auto guest = policy.guestAccountByChannel.find(order.channel);
        guest != policy.guestAccountByChannel.end())
        return guest->second;
    return std::nullopt;
}

} // namespace

PricingDesk::PricingDesk(const Clock &clock, store::Store &store, OrderDesk &orders)
    : clock_(clock)
    , store_(store)
    , orders_(orders)
    , caller_(std::make_unique<BoundedCaller>())
    , cache_(std::make_shared<domain::PricingCache>(clock, settings_.timeToLive,
                                                    &noCallInsideTransaction))
{}

PricingDesk::~PricingDesk() = default;

void PricingDesk::load()
{
    const auto pricing = store_.read([](store::Reader &r) { return store::loadPricing(r); });
    const auto credit = store_.read([](store::Reader &r) { return store::loadCredit(r); });
    std::lock_guard lock(mutex_);
    for (const auto &stored : pricing) {
        pricing_[stored.account] =
            AccountPricing{stored.pricing, stored.fetchedAt, stored.source, false, std::nullopt};
        cache_->put(stored.account, stored.pricing, stored.fetchedAt);
    }
    for (const auto &stored : credit)
        credit_[stored.account] = AccountCredit{stored.available, stored.asOf, false};
}

void PricingDesk::setPricingSource(PricingSource source, PricingSettings settings)
{
    std::lock_guard lock(mutex_);
    pricingSource_ = std::move(source);
    settings_ = settings;
    // A validation in flight may still hold the old cache: it is retired, not destroyed.
    retiredCaches_.push_back(cache_);
    cache_ = std::make_shared<domain::PricingCache>(clock_, settings_.timeToLive,
                                                    &noCallInsideTransaction);
    for (const auto &[account, entry] : pricing_)
        cache_->put(account, entry.pricing, entry.fetchedAt);
}

void PricingDesk::setCreditSource(CreditSource source)
{
    std::lock_guard lock(mutex_);
    creditSource_ = std::move(source);
}

void PricingDesk::setCreditReleaser(CreditReleaser releaser)
{
    std::lock_guard lock(mutex_);
    releaser_ = std::move(releaser);
}

void PricingDesk::markErp(bool pricing, bool ok)
{
    auto &downSince = pricing ? pricingDownSince_ : creditDownSince_;
    if (ok)
        downSince.reset();
    else if (!downSince)
        downSince = clock_.now();
}

void PricingDesk::keepPricing(store::Tx *tx, const std::string &account, AccountPricing entry)
{
    store::StoredPricing row{account, entry.pricing, entry.fetchedAt, entry.source};
    {
        std::lock_guard lock(mutex_);
        cache_->put(account, entry.pricing, entry.fetchedAt);
        pricing_[account] = std::move(entry);
    }
    if (tx)
        store::savePricing(*tx, row);
    else
        store_.write([row = std::move(row)](store::Tx &t) { store::savePricing(t, row); }, {});
}

void PricingDesk::refreshPricing(const std::string &account)
{
    PricingSource source;
    Millis timeout{};
    const TimePoint now = clock_.now();
    {
        std::lock_guard lock(mutex_);
        if (!pricingSource_ || now < pricingRetryAt_)
            return;
        if (const auto it = pricing_.find(account);
            it != pricing_.end() && now - it->second.fetchedAt < settings_.timeToLive)
            return;
        source = pricingSource_;
        timeout = settings_.fetchTimeout;
    }
    auto answer = caller_->call<domain::CustomerPricing>(
        [source, account] { return source(account); }, timeout);
    if (answer) {
        keepPricing(nullptr, account,
                    AccountPricing{std::move(*answer), now, "erp", false, std::nullopt});
        std::lock_guard lock(mutex_);
        markErp(true, true);
        return;
    }
    std::lock_guard lock(mutex_);
    if (const auto it = pricing_.find(account); it != pricing_.end()) {
        it->second.lastFetchFailed = true;
        it->second.lastFailureAt = now;
    }
    pricingRetryAt_ = now + settings_.retryAfterFailure;
    markErp(true, false);
}

bool PricingDesk::refreshCredit(const std::string &account, bool force, bool &answered)
{
    CreditSource source;
    Millis timeout{};
    const TimePoint now = clock_.now();
    answered = false;
    {
        std::lock_guard lock(mutex_);
        if (!creditSource_)
            return false;
        if (!force && now < creditRetryAt_) {
            if (const auto it = credit_.find(account); it != credit_.end())
                it->second.fromCache = true;
            return false;
        }
        source = creditSource_;
        timeout = settings_.fetchTimeout;
    }
    const auto answer =
        caller_->call<Decimal>([source, account] { return source(account); }, timeout);
    std::lock_guard lock(mutex_);
    if (!answer) {
        if (const auto it = credit_.find(account); it != credit_.end())
            it->second.fromCache = true;
        creditRetryAt_ = now + settings_.retryAfterFailure;
        markErp(false, false);
        return false;
    }
    answered = true;
    markErp(false, true);
    const auto previous = credit_.find(account);
    const bool rose = previous == credit_.end() || previous->second.fromCache ||
                      *answer > previous->second.available;
    credit_[account] = AccountCredit{*answer, now, false};
    store_.write([row = store::StoredCredit{account, *answer, now}](
                     store::Tx &t) { store::saveCredit(t, row); },
                 {});
    return rose;
}

void PricingDesk::prepare(const std::vector<std::string> &orderPayloads,
                          const domain::OrderPolicy &policy)
{
    {
        std::lock_guard lock(mutex_);
        if (!pricingSource_ && !creditSource_)
            return;
    }
    std::set<std::string> pricingAccounts;
    std::set<std::string> creditAccounts;
    for (const auto &payload : orderPayloads) {
        model::Order order;
        try {
            order = json::value_to<model::Order>(parseJson(payload));
        } catch (const std::exception &) {
            continue; // the validate stage says what is wrong with it
        }
        const auto account = accountOf(store_, order, policy);
        if (!account)
            continue;
        pricingAccounts.insert(*account);
        if (order.paymentState != model::PaymentState::Paid)
            creditAccounts.insert(*account);
    }
    for (const auto &account : pricingAccounts)
        refreshPricing(account);
    for (const auto &account : creditAccounts) {
        bool answered = false;
        if (refreshCredit(account, false, answered))
            releaseCredit(account, "the ERP reported more credit for account " + account);
    }
}

std::vector<std::string> PricingDesk::recheckCredit(const std::vector<std::string> &accounts)
{
    std::vector<std::string> answeredFor;
    for (const auto &account : accounts) {
        bool answered = false;
        refreshCredit(account, true, answered);
        if (answered)
            answeredFor.push_back(account);
    }
    return answeredFor;
}

void PricingDesk::releaseCredit(const std::string &account, std::string cause)
{
    CreditReleaser releaser;
    {
        std::lock_guard lock(mutex_);
        releaser = releaser_;
        if (const auto it = credit_.find(account); it != credit_.end())
            cause += ": " + it->second.available.toString() + " available";
    }
    if (releaser)
        releaser({account}, std::move(cause));
}

void PricingDesk::absorb(store::Tx &tx, const Event &event, const std::string &canonical,
                         bool &requeued)
{
    const json::value value = parseJson(canonical);
    const TimePoint now = tx.now();
    if (event.type.starts_with("credit")) {
        const auto &o = value.as_object();
        const std::string account(o.at("account").as_string());
        const auto available = Decimal::parse(o.at("available").as_string());
        if (!available)
            return;
        {
            std::lock_guard lock(mutex_);
            credit_[account] = AccountCredit{*available, now, false};
        }
        store::saveCredit(tx, {account, *available, now});
        orders_.revalidateHeld(tx, domain::reason::CreditLimit, account,
                               "the ERP updated the credit of account " + account + ": " +
                                   available->toString() + " available",
                               requeued);
        return;
    }
    if (event.type.starts_with("contract")) {
        auto contract = json::value_to<model::CustomerContract>(value);
        const std::string account = contract.customerId;
        AccountPricing entry;
        {
            std::lock_guard lock(mutex_);
            if (const auto it = pricing_.find(account); it != pricing_.end())
                entry = it->second;
        }
        auto &contracts = entry.pricing.contracts;
        const auto same = std::find_if(contracts.begin(), contracts.end(), [&](const auto &c) {
            return c.contractId == contract.contractId;
        });
        if (same != contracts.end())
            *same = std::move(contract);
        else
            contracts.push_back(std::move(contract));
        entry.fetchedAt = now;
        entry.source = "event";
        entry.lastFetchFailed = false;
        keepPricing(&tx, account, std::move(entry));
        return;
    }
    // A price list: it replaces the list of every account it is assigned to.
    const auto list = json::value_to<model::PriceList>(value);
    std::vector<std::pair<std::string, AccountPricing>> updated;
    {
        std::lock_guard lock(mutex_);
        for (const auto &[account, entry] : pricing_)
            if (entry.pricing.priceList && entry.pricing.priceList->id == list.id)
                updated.emplace_back(account, entry);
    }
    for (auto &[account, entry] : updated) {
        entry.pricing.priceList = list;
        entry.fetchedAt = now;
        entry.source = "event";
        entry.lastFetchFailed = false;
        keepPricing(&tx, account, std::move(entry));
    }
}

void PricingDesk::extend(domain::OrderLookups &lookups)
{
    std::lock_guard lock(mutex_);
    if (pricingSource_ || !pricing_.empty())
        lookups.pricing = cache_.get();
    if (creditSource_ || !credit_.empty())
        lookups.creditAvailable =
            [this](const std::string &account) -> std::optional<domain::CreditStatus> {
            std::lock_guard creditLock(mutex_);
            const auto it = credit_.find(account);
            if (it == credit_.end())
                return std::nullopt;
            return domain::CreditStatus{it->second.available, it->second.fromCache,
                                        it->second.asOf};
        };
}

PricingStatus PricingDesk::status() const
{
    const TimePoint now = clock_.now();
    std::lock_guard lock(mutex_);
    PricingStatus out;
    out.degraded = pricingDownSince_ || creditDownSince_;
    if (pricingDownSince_ && creditDownSince_)
        out.degradedSince = std::min(*pricingDownSince_, *creditDownSince_);
    else
        out.degradedSince = pricingDownSince_ ? pricingDownSince_ : creditDownSince_;
    for (const auto &[account, entry] : pricing_)
        out.accounts.push_back({account, entry.fetchedAt,
                                now - entry.fetchedAt >= settings_.timeToLive, entry.source,
                                entry.lastFetchFailed, entry.lastFailureAt});
    for (const auto &[account, entry] : credit_)
        out.credit.push_back({account, entry.available, entry.asOf, entry.fromCache});
    return out;
}

} // namespace syncline
