// The facade's order desk: commands run through OrderDesk in one store transaction each; queries
// read the store on an io thread.

#include "engine/Engine.h"
#include "engine/EngineImpl.h"

#include <map>

namespace syncline {

namespace asio = boost::asio;

namespace {

TimePoint bucketStart(TimePoint hour, SloBucket bucket)
{
    constexpr std::int64_t day = 86'400'000;
    // 1970-01-01 was a Thursday: Mondays fall four days after the epoch, modulo a week.
    constexpr std::int64_t mondayOffset = 4 * day;
    const std::int64_t ms = toEpochMs(hour);
    switch (bucket) {
    case SloBucket::Hour:
        break;
    case SloBucket::Day:
        return fromEpochMs(ms / day * day);
    case SloBucket::Week:
        return fromEpochMs((ms - mondayOffset) / (7 * day) * (7 * day) + mondayOffset);
    }
    return hour;
}

} // namespace

std::future<CommandResult>
EngineImpl::orderCommand(std::function<CommandResult(store::Tx &, bool &)> command)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto result = std::make_shared<CommandResult>();
    auto requeued = std::make_shared<bool>(false);
    store_->write([command = std::move(command), result,
                   requeued](store::Tx &tx) { *result = command(tx, *requeued); },
                  [this, promise, result, requeued](const std::exception_ptr &error) {
                      if (error) {
                          try {
                              std::rethrow_exception(error);
                          } catch (const std::exception &e) {
                              promise->set_value(CommandResult::failure(e.what()));
                          } catch (...) {
                              promise->set_value(CommandResult::failure("unknown error"));
                          }
                          return;
                      }
                      markChanged(true, false, true, false, false);
                      if (*requeued && processing_)
                          kickPipeline(true);
                      promise->set_value(*result);
                  });
    return promise->get_future();
}

void Engine::setOrderPolicy(domain::OrderPolicy policy)
{
    impl_->orders().setPolicy(std::move(policy));
}

void Engine::setSloTarget(domain::SloTarget target)
{
    impl_->orders().setSloTarget(std::move(target));
}

std::future<CommandResult> Engine::setErpCatalog(std::vector<std::string> erpSkus, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->orderCommand([&desk, erpSkus = std::move(erpSkus),
                                actor = std::move(actor)](store::Tx &tx, bool &requeued) {
        return desk.setErpCatalog(tx, erpSkus, actor, requeued);
    });
}

std::future<CommandResult> Engine::mapSku(domain::SkuMapping mapping, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(
        std::move(actor),
        [&desk, mapping = std::move(mapping)](store::Tx &tx, const Actor &sender, bool &requeued) {
            return desk.mapSku(tx, mapping, sender, requeued);
        });
}

std::future<CommandResult> Engine::mapCustomer(domain::CustomerMapping mapping, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(
        std::move(actor),
        [&desk, mapping = std::move(mapping)](store::Tx &tx, const Actor &sender, bool &requeued) {
            return desk.mapCustomer(tx, mapping, sender, requeued);
        });
}

std::future<CommandResult> Engine::approveHold(std::string holdId, std::string reason, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(std::move(actor),
                                  [&desk, holdId = std::move(holdId), reason = std::move(reason)](
                                      store::Tx &tx, const Actor &sender, bool &requeued) {
                                      return desk.approve(tx, holdId, reason, sender, requeued);
                                  });
}

std::future<CommandResult> Engine::fixHold(std::string holdId, domain::OrderFix fix, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(std::move(actor),
                                  [&desk, holdId = std::move(holdId), fix = std::move(fix)](
                                      store::Tx &tx, const Actor &sender, bool &requeued) {
                                      return desk.fix(tx, holdId, fix, sender, requeued);
                                  });
}

std::future<CommandResult> Engine::rejectHold(std::string holdId, std::string reason, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(std::move(actor),
                                  [&desk, holdId = std::move(holdId), reason = std::move(reason)](
                                      store::Tx &tx, const Actor &sender, bool &) {
                                      return desk.reject(tx, holdId, reason, sender);
                                  });
}

std::future<CommandResult> Engine::assignHold(std::string holdId, std::string owner, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(std::move(actor),
                                  [&desk, holdId = std::move(holdId), owner = std::move(owner)](
                                      store::Tx &tx, const Actor &sender, bool &) {
                                      return desk.assign(tx, holdId, owner, sender);
                                  });
}

std::future<CommandResult> Engine::noteHold(std::string holdId, std::string text, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(std::move(actor),
                                  [&desk, holdId = std::move(holdId), text = std::move(text)](
                                      store::Tx &tx, const Actor &sender, bool &) {
                                      return desk.note(tx, holdId, text, sender);
                                  });
}

std::future<CommandResult> Engine::snoozeHold(std::string holdId, TimePoint until,
                                              std::string reason, Actor actor)
{
    auto &desk = impl_->orders();
    return impl_->operatorCommand(
        std::move(actor), [&desk, holdId = std::move(holdId), until,
                           reason = std::move(reason)](store::Tx &tx, const Actor &sender, bool &) {
            return desk.snooze(tx, holdId, until, reason, sender);
        });
}

std::future<std::vector<domain::Hold>> Engine::holds(HoldQuery query) const
{
    const TimePoint now = impl_->clock.now();
    return impl_->query<std::vector<domain::Hold>>(
        [query = std::move(query), now](store::Reader &r) { return r.holds(query, now); });
}

std::future<OrderHistory> Engine::orderHistory(std::string orderNumber) const
{
    return impl_->query<OrderHistory>([orderNumber = std::move(orderNumber)](store::Reader &r) {
        return r.orderHistory(orderNumber);
    });
}

std::future<std::vector<OrderRecord>> Engine::findOrders(std::string text) const
{
    return impl_->query<std::vector<OrderRecord>>(
        [text = std::move(text)](store::Reader &r) { return r.findOrders(text, 200); });
}

std::future<SloReport> Engine::sloCompliance(Domain domain, TimePoint from, TimePoint to,
                                             SloBucket bucket) const
{
    const Millis target = impl_->orders().sloTable().target(domain).target;
    return impl_->query<SloReport>([domain, from, to, bucket, target](store::Reader &r) {
        SloReport report;
        report.domain = domain;
        report.target = target;
        const auto hours = r.sloHours(domain, from, to);
        std::map<TimePoint, domain::ComplianceBucket> buckets;
        for (const auto &hour : hours) {
            const TimePoint start = bucketStart(hour.start, bucket);
            auto &b = buckets[start];
            b.domain = domain;
            b.start = start;
            b.total += hour.total;
            b.withinTarget += hour.withinTarget;
            report.total += hour.total;
            report.withinTarget += hour.withinTarget;
        }
        for (const auto &[start, b] : buckets)
            report.buckets.push_back(b);
        report.breaches = r.sloBreaches(domain, from, to);
        return report;
    });
}

std::future<std::vector<domain::AcknowledgementAlert>> Engine::alerts() const
{
    const auto table = impl_->orders().sloTable();
    const TimePoint now = impl_->clock.now();
    return impl_->query<std::vector<domain::AcknowledgementAlert>>([table, now](store::Reader &r) {
        return domain::delayedAcknowledgements(r.postedOrders(), now, table);
    });
}

} // namespace syncline
