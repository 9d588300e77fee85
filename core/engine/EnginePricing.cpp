// The facade's prices, credit and product master: the desks do the work, the engine wires them
// to the pipeline, the store and its timers.

#include "domain/ReasonCodes.h"
#include "engine/Engine.h"
#include "engine/EngineImpl.h"

#include <boost/asio/bind_executor.hpp>

#include <map>
#include <set>

namespace syncline {

namespace asio = boost::asio;

void EngineImpl::setUpPricing()
{
    pricing_ = std::make_unique<PricingDesk>(clock, *store_, *orders_);
    pricing_->load();
    orders_->setLookupExtension(
        [desk = pricing_.get()](domain::OrderLookups &lookups) { desk->extend(lookups); });
    pricing_->setCreditReleaser([this](std::vector<std::string> accounts, std::string cause) {
        markPricingChanged();
        (void)orderCommand([this, accounts = std::move(accounts),
                            cause = std::move(cause)](store::Tx &tx, bool &requeued) {
            for (const auto &account : accounts)
                orders_->revalidateHeld(tx, domain::reason::CreditLimit, account, cause, requeued);
            return CommandResult::success();
        });
    });
}

void EngineImpl::markPricingChanged()
{
    std::lock_guard lock(changesMutex_);
    dirty_ = true;
    pending_.pricing = true;
}

std::future<CommandResult> EngineImpl::recheckCredit()
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto future = promise->get_future();
    asio::post(io, [this, promise] {
        // The ERP is asked outside any transaction; only the re-validation is one.
        const TimePoint now = clock.now();
        HoldQuery query;
        query.reason = std::string(domain::reason::CreditLimit);
        query.limit = 10'000;
        std::set<std::string> held;
        for (const auto &hold :
             store_->read([&query, now](store::Reader &r) { return r.holds(query, now); }))
            for (const auto &subject : hold.subjects)
                held.insert(subject);
        const std::vector<std::string> accounts(held.begin(), held.end());
        auto answered =
            std::make_shared<std::vector<std::string>>(pricing_->recheckCredit(accounts));
        auto causes = std::make_shared<std::map<std::string, std::string>>();
        for (const auto &credit : pricing_->status().credit)
            (*causes)[credit.account] =
                "credit of account " + credit.account +
                " checked again with the ERP: " + credit.available.toString() + " available";
        markPricingChanged();
        const std::string summary = "The ERP answered for " + std::to_string(answered->size()) +
                                    " of " + std::to_string(accounts.size()) +
                                    " accounts with orders held for credit.";
        auto requeued = std::make_shared<bool>(false);
        store_->write(
            [this, answered, causes, requeued](store::Tx &tx) {
                for (const auto &account : *answered)
                    orders_->revalidateHeld(tx, domain::reason::CreditLimit, account,
                                            (*causes)[account], *requeued);
            },
            [this, promise, requeued, summary](const std::exception_ptr &error) {
                if (error) {
                    promise->set_value(
                        CommandResult::failure("the re-validation failed: " + summary));
                    return;
                }
                markChanged(true, false, true, false, false);
                if (*requeued && processing_)
                    kickPipeline(true);
                promise->set_value(CommandResult::success(summary));
            });
    });
    return future;
}

std::future<CommandResult> EngineImpl::publishCatalog(std::string channel, Actor actor)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto future = promise->get_future();
    {
        std::lock_guard lock(targetsMutex_);
        if (!workers_.contains(channel)) {
            promise->set_value(
                CommandResult::failure("no target named \"" + channel + "\" is configured"));
            return future;
        }
    }
    auto counts = std::make_shared<std::pair<std::size_t, std::size_t>>();
    auto publish = [this, channel, actor = std::move(actor), counts](store::Tx &tx) {
        counts->first = products_->publishCatalog(tx, channel, actor, counts->second);
    };
    store_->write(std::move(publish), [this, promise, channel = std::move(channel),
                                       counts](const std::exception_ptr &error) {
        if (error) {
            try {
                std::rethrow_exception(error);
            } catch (const std::exception &e) {
                promise->set_value(CommandResult::failure(e.what()));
            }
            return;
        }
        kickTargets({channel});
        markChanged(false, false, true, true, false);
        promise->set_value(CommandResult::success("Published " + std::to_string(counts->first) +
                                                  " products to " + channel + "."));
    });
    return future;
}

void EngineImpl::setCatalogPublishInterval(Millis interval)
{
    catalogIntervalMs_ = interval.count();
    // The timer is only touched on the pipeline strand, so setting and firing never overlap.
    asio::post(pipelineStrand_, [this] {
        catalogTimer_.cancel();
        scheduleCatalogPublish();
    });
}

void EngineImpl::scheduleCatalogPublish()
{
    const Millis interval(catalogIntervalMs_.load());
    if (interval <= Millis(0) || stopped_)
        return;
    catalogTimer_.expires_after(interval);
    catalogTimer_.async_wait(
        asio::bind_executor(pipelineStrand_, [this](boost::system::error_code ec) {
            if (ec || stopped_)
                return;
            if (processing_)
                for (const auto &channel : products_->channels())
                    (void)publishCatalog(channel, Actor{});
            scheduleCatalogPublish();
        }));
}

void Engine::setPricingSource(PricingSource source, PricingSettings settings)
{
    impl_->pricing().setPricingSource(std::move(source), settings);
}

void Engine::setCreditSource(CreditSource source)
{
    impl_->pricing().setCreditSource(std::move(source));
}

std::future<CommandResult> Engine::recheckCredit()
{
    return impl_->recheckCredit();
}

PricingStatus Engine::pricingStatus() const
{
    return impl_->pricing().status();
}

void Engine::setProductOwnership(domain::OwnershipTable table)
{
    impl_->products().setOwnership(std::move(table));
}

std::future<CommandResult> Engine::publishCatalog(std::string channel, Actor actor)
{
    return impl_->publishCatalog(std::move(channel), std::move(actor));
}

void Engine::setCatalogPublishInterval(Millis interval)
{
    impl_->setCatalogPublishInterval(interval);
}

} // namespace syncline
