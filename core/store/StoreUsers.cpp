// The users registry and the service-level targets: small tables an administrator edits.

#include "store/Database.h"
#include "store/Store.h"

namespace syncline::store {

namespace {

constexpr const char *userColumns = "name, role";
constexpr const char *sloTargetColumns = "domain, target_ms, owner, escalation";

domain::User readUser(const Statement &s)
{
    // Only the engine writes the table, with toString(Role); a role this build does not know
    // (a newer build wrote it) gets the least privileged one.
    return {s.text(0), domain::roleFromString(s.text(1)).value_or(domain::Role::Support)};
}

std::vector<domain::User> allUsers(Database &db)
{
    Statement s(db, std::string("SELECT ") + userColumns + " FROM users ORDER BY name");
    std::vector<domain::User> out;
    while (s.step())
        out.push_back(readUser(s));
    return out;
}

} // namespace

void Tx::saveSloTarget(const domain::SloTarget &target)
{
    auto &s =
        db_.cached("INSERT INTO slo_targets(domain, target_ms, owner, escalation, updated_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(domain) DO UPDATE SET "
                   "target_ms = excluded.target_ms, owner = excluded.owner, "
                   "escalation = excluded.escalation, updated_at = excluded.updated_at");
    s.bind(1, toString(target.domain))
        .bind(2, static_cast<std::int64_t>(target.target.count()))
        .bind(3, target.owner)
        .bind(4, target.escalation)
        .bind(5, toEpochMs(now_));
    s.run();
}

std::vector<domain::User> Tx::users()
{
    return allUsers(db_);
}

std::optional<domain::User> Tx::user(const std::string &name)
{
    auto &s = db_.cached(std::string("SELECT ") + userColumns + " FROM users WHERE name = ?");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    auto found = readUser(s);
    s.reset();
    return found;
}

void Tx::saveUser(const domain::User &user)
{
    auto &s =
        db_.cached("INSERT INTO users(name, role, created_at, updated_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(name) DO UPDATE SET role = excluded.role, "
                   "updated_at = excluded.updated_at");
    s.bind(1, user.name)
        .bind(2, domain::toString(user.role))
        .bind(3, toEpochMs(now_))
        .bind(4, toEpochMs(now_));
    s.run();
}

bool Tx::removeUser(const std::string &name)
{
    auto &s = db_.cached("DELETE FROM users WHERE name = ?");
    s.bind(1, name);
    s.run();
    return db_.changes() > 0;
}

std::vector<domain::SloTarget> Reader::sloTargets()
{
    Statement s(*db_, std::string("SELECT ") + sloTargetColumns + " FROM slo_targets");
    std::vector<domain::SloTarget> out;
    while (s.step()) {
        const auto domain = domainFromString(s.text(0));
        if (!domain)
            continue;
        out.push_back({*domain, Millis(s.integer(1)), s.text(2), s.text(3)});
    }
    return out;
}

std::vector<domain::User> Reader::users()
{
    return allUsers(*db_);
}

} // namespace syncline::store
