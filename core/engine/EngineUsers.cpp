// Users and roles: the registry the engine takes operators' roles from, so a role is enforced
// whatever a front end claims, and the service-level targets operators set.

#include "engine/EngineImpl.h"

#include <algorithm>
#include <array>

namespace syncline {

namespace {

constexpr std::array AllDomains{Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order,
                                Domain::Fulfilment};

std::string roleName(domain::Role role)
{
    return std::string(domain::toString(role));
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

bool hasAdmin(const std::vector<domain::User> &registry)
{
    return std::any_of(registry.begin(), registry.end(),
                       [](const domain::User &u) { return u.role == domain::Role::Admin; });
}

std::optional<std::string> requireAdmin(const std::vector<domain::User> &registry, Actor &actor)
{
    if (auto refusal = EngineImpl::authorize(registry, actor))
        return refusal;
    if (actor.role != roleName(domain::Role::Admin))
        return "Only an admin may change users and roles; " + actor.name + " is " + actor.role +
               ".";
    return std::nullopt;
}

} // namespace

std::optional<std::string> EngineImpl::authorize(const std::vector<domain::User> &registry,
                                                 Actor &actor)
{
    if (registry.empty())
        return std::nullopt;
    const auto it = std::find_if(registry.begin(), registry.end(),
                                 [&actor](const domain::User &u) { return u.name == actor.name; });
    if (it == registry.end())
        return "\"" + actor.name +
               "\" is not a registered user: the command is refused. An admin adds users "
               "in Settings.";
    actor.role = roleName(it->role);
    return std::nullopt;
}

std::optional<std::string>
EngineImpl::authorizeOperations(const std::vector<domain::User> &registry, Actor &actor)
{
    if (auto refusal = authorize(registry, actor))
        return refusal;
    if (actor.role == roleName(domain::Role::Support))
        return "A user with the support role may not resubmit, discard or replay: the command "
               "is refused.";
    return std::nullopt;
}

std::future<CommandResult> EngineImpl::operatorCommand(
    Actor actor, std::function<CommandResult(store::Tx &, const Actor &, bool &)> command)
{
    return orderCommand(
        [actor = std::move(actor), command = std::move(command)](store::Tx &tx, bool &requeued) {
            Actor resolved = actor;
            if (auto refusal = authorize(tx.users(), resolved))
                return CommandResult::failure(*refusal);
            return command(tx, resolved, requeued);
        });
}

std::future<CommandResult> EngineImpl::setUserRole(std::string name, domain::Role role, Actor actor)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto result = std::make_shared<CommandResult>();
    store_->write(
        [name, role, actor = std::move(actor), result](store::Tx &tx) {
            if (name.find_first_not_of(" \t\r\n") == std::string::npos) {
                *result = CommandResult::failure("A user needs a name.");
                return;
            }
            auto registry = tx.users();
            Actor resolved = actor;
            if (auto refusal = requireAdmin(registry, resolved)) {
                *result = CommandResult::failure(*refusal);
                return;
            }
            // The first change of a fresh store registers the admin making it, so that the
            // registry is never left without someone who can change it.
            if (registry.empty() && name != resolved.name) {
                tx.saveUser({resolved.name, domain::Role::Admin});
                tx.appendAudit({resolved, "user.role", "user", resolved.name, "",
                                roleName(domain::Role::Admin), "first registered admin"});
                registry.push_back({resolved.name, domain::Role::Admin});
            }
            const auto before = tx.user(name);
            auto after = registry;
            std::erase_if(after, [&name](const domain::User &u) { return u.name == name; });
            after.push_back({name, role});
            if (!hasAdmin(after)) {
                *result = CommandResult::failure(
                    "The registry must keep an admin: make someone else admin first.");
                return;
            }
            if (before && before->role == role) {
                *result = CommandResult::success(name + " is " + roleName(role) + " already");
                return;
            }
            tx.saveUser({name, role});
            tx.appendAudit({resolved, "user.role", "user", name,
                            before ? roleName(before->role) : "", roleName(role), ""});
            *result = CommandResult::success(name + " is " + roleName(role));
        },
        [this, promise, result](const std::exception_ptr &error) {
            if (!error && result->ok)
                markChanged(false, false, true, false, false);
            promise->set_value(error ? CommandResult::failure(describe(error)) : *result);
        });
    return promise->get_future();
}

std::future<CommandResult> EngineImpl::removeUser(std::string name, Actor actor)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto result = std::make_shared<CommandResult>();
    store_->write(
        [name, actor = std::move(actor), result](store::Tx &tx) {
            auto registry = tx.users();
            Actor resolved = actor;
            if (auto refusal = requireAdmin(registry, resolved)) {
                *result = CommandResult::failure(*refusal);
                return;
            }
            const auto before = tx.user(name);
            if (!before) {
                *result = CommandResult::failure("There is no user \"" + name + "\".");
                return;
            }
            std::erase_if(registry, [&name](const domain::User &u) { return u.name == name; });
            if (!hasAdmin(registry)) {
                *result = CommandResult::failure(
                    "The registry must keep an admin: make someone else admin first.");
                return;
            }
            tx.removeUser(name);
            tx.appendAudit({resolved, "user.remove", "user", name, roleName(before->role), "", ""});
            *result = CommandResult::success(name + " removed");
        },
        [this, promise, result](const std::exception_ptr &error) {
            if (!error && result->ok)
                markChanged(false, false, true, false, false);
            promise->set_value(error ? CommandResult::failure(describe(error)) : *result);
        });
    return promise->get_future();
}

std::future<CommandResult> EngineImpl::setSloTarget(domain::SloTarget target, Actor actor)
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    if (target.target <= Millis::zero()) {
        promise->set_value(
            CommandResult::failure("A service-level target must be longer than zero."));
        return promise->get_future();
    }
    auto result = std::make_shared<CommandResult>();
    const auto before = orders().sloTable().target(target.domain);
    auto save = [target, before, actor = std::move(actor), result](store::Tx &tx) {
        Actor resolved = actor;
        if (auto refusal = authorize(tx.users(), resolved)) {
            *result = CommandResult::failure(*refusal);
            return;
        }
        if (resolved.role != roleName(domain::Role::Manager) &&
            resolved.role != roleName(domain::Role::Admin)) {
            *result = CommandResult::failure(
                "Only a manager or an admin may change service-level targets; " + resolved.name +
                " is " + resolved.role + ".");
            return;
        }
        auto describeTarget = [](const domain::SloTarget &t) {
            return std::to_string(t.target.count()) + " ms, owner " + t.owner + ", escalation " +
                   t.escalation;
        };
        tx.saveSloTarget(target);
        tx.appendAudit({resolved, "slo.target", "slo_target", std::string(toString(target.domain)),
                        describeTarget(before), describeTarget(target), ""});
        *result =
            CommandResult::success("target of " + std::string(toString(target.domain)) + " set");
    };
    store_->write(std::move(save), [this, promise, result,
                                    target = std::move(target)](const std::exception_ptr &error) {
        if (!error && result->ok) {
            orders().setSloTarget(target);
            markChanged(false, false, true, false, false);
        }
        promise->set_value(error ? CommandResult::failure(describe(error)) : *result);
    });
    return promise->get_future();
}

// --- facade --------------------------------------------------------------------------------

std::future<CommandResult> Engine::setUserRole(std::string name, domain::Role role, Actor actor)
{
    return impl_->setUserRole(std::move(name), role, std::move(actor));
}

std::future<CommandResult> Engine::removeUser(std::string name, Actor actor)
{
    return impl_->removeUser(std::move(name), std::move(actor));
}

std::future<std::vector<domain::User>> Engine::users() const
{
    return impl_->query<std::vector<domain::User>>([](store::Reader &r) { return r.users(); });
}

std::future<CommandResult> Engine::setSloTarget(domain::SloTarget target, Actor actor)
{
    return impl_->setSloTarget(std::move(target), std::move(actor));
}

std::vector<domain::SloTarget> Engine::sloTargets() const
{
    const auto table = impl_->orders().sloTable();
    std::vector<domain::SloTarget> out;
    for (const Domain domain : AllDomains) {
        auto target = table.target(domain);
        target.domain = domain; // a domain without a target reads as one that never breaches
        out.push_back(std::move(target));
    }
    return out;
}

const EngineOptions &Engine::options() const
{
    return impl_->options;
}

} // namespace syncline
