// Operator commands: each is one transaction that changes the state and appends its audit entry,
// so an action is never applied without its record, nor recorded without being applied.

#include "engine/EngineImpl.h"
#include "model/Json.h"
#include "util/Uuid.h"

#include <stdexcept>

namespace syncline {

namespace {

template <typename T>
std::future<T> failedFuture(T value)
{
    std::promise<T> promise;
    promise.set_value(std::move(value));
    return promise.get_future();
}

std::string describe(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return e.what();
    } catch (...) {
        return "unknown error";
    }
}

} // namespace

std::future<CommandResult>
EngineImpl::resubmitDeadLetter(std::int64_t id, std::optional<std::string> edited, Actor actor)
{
    if (edited) {
        try {
            (void)parseJson(*edited);
        } catch (const MappingError &error) {
            return failedFuture(CommandResult::failure(std::string("the edited payload is not "
                                                                   "valid JSON: ") +
                                                       error.what()));
        }
    }
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto result = std::make_shared<CommandResult>();
    auto stage = std::make_shared<Stage>(Stage::Ingest);
    store_->write(
        [id, edited, actor = std::move(actor), result, stage](store::Tx &tx) {
            Actor sender = actor;
            if (auto refusal = authorizeOperations(tx.users(), sender)) {
                *result = CommandResult::failure(*refusal);
                return;
            }
            const auto letter = tx.deadLetter(id);
            if (!letter) {
                *result = CommandResult::failure("no dead letter #" + std::to_string(id));
                return;
            }
            if (letter->status != "parked") {
                *result = CommandResult::failure("dead letter #" + std::to_string(id) +
                                                 " is already " + letter->status);
                return;
            }
            *stage = letter->stage;
            const std::string after = edited.value_or(letter->payload);
            if (letter->stage == Stage::Deliver) {
                tx.requeueOutbox(letter->outboxId, edited);
            } else {
                if (edited)
                    tx.updateEventPayload(letter->eventId, *edited);
                // Map failures start again at map; a record that failed later resumes there.
                const Stage from = letter->stage == Stage::Ingest ? Stage::Map : letter->stage;
                tx.setEventState(letter->eventId, "received", from);
            }
            tx.resolveDeadLetter(id, "resubmitted",
                                 edited ? "resubmitted with an edited payload" : "resubmitted");
            tx.appendAudit({sender, "dead_letter.resubmit", "dead_letter", std::to_string(id),
                            letter->payload, after,
                            "from stage " + std::string(toString(letter->stage))});
            *result = CommandResult::success("resubmitted from stage " +
                                             std::string(toString(letter->stage)));
        },
        [this, promise, result, stage](const std::exception_ptr &error) {
            if (error) {
                promise->set_value(CommandResult::failure(describe(error)));
                return;
            }
            if (result->ok) {
                markChanged(true, true, true, true, false);
                if (*stage == Stage::Deliver) {
                    kickAllTargets();
                } else {
                    kickPipeline(true);
                }
            }
            promise->set_value(*result);
        });
    return promise->get_future();
}

std::future<CommandResult> EngineImpl::discardDeadLetter(std::int64_t id, std::string reason,
                                                         Actor actor)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return failedFuture(CommandResult::failure("a reason is required to discard"));
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto result = std::make_shared<CommandResult>();
    store_->write(
        [id, reason = std::move(reason), actor = std::move(actor), result](store::Tx &tx) {
            Actor sender = actor;
            if (auto refusal = authorizeOperations(tx.users(), sender)) {
                *result = CommandResult::failure(*refusal);
                return;
            }
            const auto letter = tx.deadLetter(id);
            if (!letter) {
                *result = CommandResult::failure("no dead letter #" + std::to_string(id));
                return;
            }
            if (letter->status != "parked") {
                *result = CommandResult::failure("dead letter #" + std::to_string(id) +
                                                 " is already " + letter->status);
                return;
            }
            tx.resolveDeadLetter(id, "discarded", reason);
            if (letter->stage != Stage::Deliver)
                tx.setEventState(letter->eventId, "discarded", letter->stage);
            tx.appendAudit({sender, "dead_letter.discard", "dead_letter", std::to_string(id),
                            letter->payload, "", reason});
            *result = CommandResult::success("discarded");
        },
        [this, promise, result](const std::exception_ptr &error) {
            if (!error && result->ok)
                markChanged(true, true, true, false, false);
            promise->set_value(error ? CommandResult::failure(describe(error)) : *result);
        });
    return promise->get_future();
}

std::future<ReplayPlan> EngineImpl::replay(ReplaySpec spec, bool dryRun, Actor actor)
{
    auto promise = std::make_shared<std::promise<ReplayPlan>>();
    auto future = promise->get_future();
    boost::asio::post(io, [this, spec, dryRun, actor = std::move(actor), promise] {
        // The plan is made from the same rows the real run uses, so a dry run lists exactly
        // what the real run would send.
        ReplayPlan plan;
        plan.dryRun = dryRun;
        std::vector<store::OutboxRow> rows;
        try {
            store_->read([&](store::Reader &r) {
                const auto events = r.events(spec.connection, spec.domain, spec.from, spec.to,
                                             spec.correlationId, "processed");
                for (const auto &stored : events)
                    for (auto &row : r.outboxForEvent(stored.event.eventId)) {
                        if (spec.target && row.target != *spec.target)
                            continue;
                        if (row.idempotencyKey.find("#replay-") != std::string::npos)
                            continue; // replay the original effect, not earlier replays
                        plan.items.push_back(
                            {row.eventId, row.correlationId, row.type, row.target, "redeliver"});
                        rows.push_back(std::move(row));
                    }
                return 0;
            });
        } catch (...) {
            promise->set_exception(std::current_exception());
            return;
        }
        const std::string replayId = newUuid();
        const std::string description = std::to_string(plan.items.size()) + " deliveries" +
                                        (spec.connection ? " of " + *spec.connection : "") +
                                        (spec.correlationId ? " for " + *spec.correlationId : "");
        store_->write(
            [rows, dryRun, actor, replayId, description](store::Tx &tx) {
                Actor sender = actor;
                if (auto refusal = authorizeOperations(tx.users(), sender))
                    throw std::runtime_error(*refusal);
                if (!dryRun) {
                    for (auto row : rows) {
                        // A new key: the target must apply the effect again, not dedupe it.
                        row.idempotencyKey += "#replay-" + replayId;
                        row.nextAttemptAt = tx.now();
                        tx.enqueueOutbox(row);
                    }
                }
                tx.appendAudit({sender, dryRun ? "replay.dry_run" : "replay.run", "replay",
                                replayId, "", description, ""});
            },
            [this, promise, plan, dryRun](const std::exception_ptr &error) {
                if (error) {
                    promise->set_exception(error);
                    return;
                }
                markChanged(true, false, true, !dryRun, false);
                if (!dryRun)
                    kickAllTargets();
                promise->set_value(plan);
            });
    });
    return future;
}

std::future<CommandResult> EngineImpl::replayRejected(std::int64_t id, Actor actor)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto future = promise->get_future();
    boost::asio::post(io, [this, id, claimed = std::move(actor), promise] {
        // Checked before the input is replayed: a refused user must not set anything in motion.
        Actor sender = claimed;
        const auto registry = store_->read([](store::Reader &r) { return r.users(); });
        if (auto refusal = authorizeOperations(registry, sender)) {
            promise->set_value(CommandResult::failure(*refusal));
            return;
        }
        const auto input = store_->read([id](store::Reader &r) { return r.rejectedInput(id); });
        if (!input) {
            promise->set_value(CommandResult::failure("no rejected input #" + std::to_string(id)));
            return;
        }
        auto finish = [this, id, sender, promise, input](const std::string &error) {
            if (!error.empty()) {
                promise->set_value(CommandResult::failure("still refused: " + error));
                return;
            }
            store_->write(
                [id, sender, input](store::Tx &tx) {
                    tx.setRejectedStatus(id, "replayed");
                    tx.appendAudit({sender, "rejected.replay", "rejected_input", std::to_string(id),
                                    input->reason, "replayed", ""});
                },
                [this, promise](const std::exception_ptr &e) {
                    markChanged(true, false, true, false, true);
                    promise->set_value(e ? CommandResult::failure(describe(e))
                                         : CommandResult::success("replayed"));
                });
        };
        if (input->channel == "ingest") {
            Event event;
            try {
                event = eventFromJson(parseJson(input->body));
            } catch (const MappingError &error) {
                finish(error.what());
                return;
            }
            ingest(std::move(event), [finish](const IngestResult &r) {
                finish(r.status == IngestResult::Status::Rejected ? r.message : std::string());
            });
            return;
        }
        RejectedReplayer replayer;
        {
            std::lock_guard lock(targetsMutex_);
            if (auto it = replayers_.find(input->channel); it != replayers_.end())
                replayer = it->second;
        }
        if (!replayer) {
            finish("no replayer for channel \"" + input->channel + "\"");
            return;
        }
        replayer(*input, finish);
    });
    return future;
}

} // namespace syncline
