#include "engine/Engine.h"

#include "engine/EngineImpl.h"

namespace syncline {

std::unique_ptr<Engine> Engine::open(EngineOptions options)
{
    const bool autoStart = options.autoStart;
    auto impl = std::make_unique<EngineImpl>(std::move(options));
    if (autoStart)
        impl->start();
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Engine::Engine(std::unique_ptr<EngineImpl> impl)
    : impl_(std::move(impl))
{}

Engine::~Engine() = default;

void Engine::shutdown()
{
    impl_->shutdown();
}

void Engine::start()
{
    impl_->start();
}
bool Engine::processing() const
{
    return impl_->processing();
}

void Engine::ingest(Event event, std::function<void(IngestResult)> done)
{
    impl_->ingest(std::move(event), std::move(done));
}

std::future<IngestResult> Engine::ingest(Event event)
{
    auto promise = std::make_shared<std::promise<IngestResult>>();
    auto future = promise->get_future();
    impl_->ingest(std::move(event),
                  [promise](IngestResult r) { promise->set_value(std::move(r)); });
    return future;
}

void Engine::recordRejected(RejectedInput input, std::function<void(std::int64_t)> done)
{
    impl_->recordRejected(std::move(input), std::move(done));
}

InboundSink &Engine::inbound()
{
    return impl_->inbound();
}

void Engine::addTarget(std::shared_ptr<DeliveryTarget> target)
{
    impl_->addTarget(std::move(target));
}
void Engine::addRoute(Route route)
{
    impl_->addRoute(std::move(route));
}
void Engine::addValidator(Domain domain, Validator validator)
{
    impl_->addValidator(domain, std::move(validator));
}
void Engine::setRejectedReplayer(std::string channel, RejectedReplayer replayer)
{
    impl_->setRejectedReplayer(std::move(channel), std::move(replayer));
}

std::future<CommandResult>
Engine::resubmitDeadLetter(std::int64_t id, std::optional<std::string> editedPayload, Actor actor)
{
    return impl_->resubmitDeadLetter(id, std::move(editedPayload), std::move(actor));
}

std::future<CommandResult> Engine::discardDeadLetter(std::int64_t id, std::string reason,
                                                     Actor actor)
{
    return impl_->discardDeadLetter(id, std::move(reason), std::move(actor));
}

std::future<ReplayPlan> Engine::replay(ReplaySpec spec, bool dryRun, Actor actor)
{
    return impl_->replay(std::move(spec), dryRun, std::move(actor));
}

std::future<CommandResult> Engine::replayRejected(std::int64_t id, Actor actor)
{
    return impl_->replayRejected(id, std::move(actor));
}

std::shared_ptr<const FeedsSnapshot> Engine::feeds() const
{
    return impl_->feeds();
}

std::future<std::vector<EndpointStatus>> Engine::endpoints() const
{
    return impl_->query<std::vector<EndpointStatus>>(
        [](store::Reader &r) { return r.endpoints(); });
}

std::future<std::vector<DeadLetter>> Engine::deadLetters(DeadLetterQuery query) const
{
    return impl_->query<std::vector<DeadLetter>>(
        [query = std::move(query)](store::Reader &r) { return r.deadLetters(query); });
}

std::future<std::vector<AuditEntry>> Engine::audit(AuditQuery query) const
{
    return impl_->query<std::vector<AuditEntry>>(
        [query = std::move(query)](store::Reader &r) { return r.audit(query); });
}

std::future<AuditVerification> Engine::verifyAudit() const
{
    return impl_->query<AuditVerification>([](store::Reader &r) { return r.verifyAudit(); });
}

std::future<std::vector<FeedMinute>> Engine::feedMetrics(TimePoint from, TimePoint to) const
{
    return impl_->query<std::vector<FeedMinute>>(
        [from, to](store::Reader &r) { return r.feedMinutes(from, to); });
}

std::future<std::vector<RejectedInput>> Engine::rejectedInputs(int limit) const
{
    return impl_->query<std::vector<RejectedInput>>(
        [limit](store::Reader &r) { return r.rejectedInputs(limit); });
}

std::uint64_t Engine::subscribe(Listener listener)
{
    return impl_->subscribe(std::move(listener));
}
void Engine::unsubscribe(std::uint64_t id)
{
    impl_->unsubscribe(id);
}

std::future<void> Engine::drain()
{
    return impl_->drain();
}

const std::filesystem::path &Engine::dataDirectory() const
{
    return impl_->options.dataDirectory;
}
boost::asio::io_context &Engine::ioContext()
{
    return impl_->io;
}
const Clock &Engine::clock() const
{
    return impl_->clock;
}

} // namespace syncline
