// The order desk's tables: orders, their transitions and holds, mappings, ERP items and the
// service-level aggregates. Tx and Reader share the queries through the functions below.

#include "domain/DomainJson.h"
#include "store/Database.h"
#include "store/Store.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace syncline::store {

namespace {

using domain::Hold;
using domain::HoldStatus;

std::optional<std::int64_t> optionalMs(const std::optional<TimePoint> &t)
{
    return t ? std::optional<std::int64_t>(toEpochMs(*t)) : std::nullopt;
}

std::optional<TimePoint> optionalTime(Statement &s, int column)
{
    if (const auto v = s.optionalInteger(column))
        return fromEpochMs(*v);
    return std::nullopt;
}

constexpr const char *orderColumns =
    "order_number, channel, connection, storefront_order_id, state, payload, customer_email, "
    "event_id, occurred_at, created_at, updated_at, posted_at, acknowledged_at";

OrderRecord readOrder(Statement &s)
{
    OrderRecord o;
    o.orderNumber = s.text(0);
    o.channel = s.text(1);
    o.connection = s.text(2);
    o.storefrontOrderId = s.text(3);
    o.state = domain::orderStateFromString(s.text(4)).value_or(domain::OrderState::Received);
    o.payload = s.text(5);
    o.customerEmail = s.text(6);
    o.eventId = s.text(7);
    o.occurredAt = fromEpochMs(s.integer(8));
    o.createdAt = fromEpochMs(s.integer(9));
    o.updatedAt = fromEpochMs(s.integer(10));
    o.postedAt = optionalTime(s, 11);
    o.acknowledgedAt = optionalTime(s, 12);
    return o;
}

std::optional<OrderRecord> loadOrder(Database &db, const std::string &number)
{
    auto &s =
        db.cached(std::string("SELECT ") + orderColumns + " FROM orders WHERE order_number = ?");
    s.bind(1, number);
    std::optional<OrderRecord> out;
    if (s.step())
        out = readOrder(s);
    s.reset();
    return out;
}

constexpr const char *holdColumns =
    "h.id, h.order_number, h.channel, h.reason_code, h.message, h.suggested_fix, h.subjects, "
    "h.owner, h.created_at, h.due_at, h.status, h.snoozed_until, h.notes, h.resolution, "
    "h.closed_at";

Hold readHold(Statement &s)
{
    Hold h;
    h.id = s.text(0);
    h.orderNumber = s.text(1);
    h.channel = s.text(2);
    h.reasonCode = s.text(3);
    h.message = s.text(4);
    h.suggestedFix = s.text(5);
    h.subjects = json::value_to<std::vector<std::string>>(json::parse(s.text(6)));
    h.owner = s.text(7);
    h.createdAt = fromEpochMs(s.integer(8));
    h.dueAt = fromEpochMs(s.integer(9));
    h.status = domain::holdStatusFromString(s.text(10)).value_or(HoldStatus::Open);
    h.snoozedUntil = optionalTime(s, 11);
    h.notes = json::value_to<std::vector<domain::HoldNote>>(json::parse(s.text(12)));
    h.resolution = s.text(13);
    h.closedAt = optionalTime(s, 14);
    return h;
}

std::vector<Hold> loadHolds(Database &db, const std::string &where, const std::string &value)
{
    auto &s = db.cached(std::string("SELECT ") + holdColumns + " FROM holds h " + where);
    s.bind(1, value);
    std::vector<Hold> out;
    while (s.step())
        out.push_back(readHold(s));
    s.reset();
    return out;
}

std::optional<std::string> lookupSkuMapping(Database &db, const std::string &channel,
                                            const std::string &sku)
{
    // A mapping of the channel wins over one for every channel ('').
    auto &s = db.cached("SELECT erp_sku FROM sku_mappings WHERE storefront_sku = ? "
                        "AND (channel = ? OR channel = '') ORDER BY channel DESC LIMIT 1");
    s.bind(1, sku).bind(2, channel);
    std::optional<std::string> out;
    if (s.step())
        out = s.text(0);
    s.reset();
    return out;
}

std::int64_t hourOf(TimePoint t)
{
    return toEpochMs(t) / 3'600'000 * 3'600'000;
}

} // namespace

// --- Tx ------------------------------------------------------------------------------

std::optional<OrderRecord> Tx::order(const std::string &orderNumber)
{
    return loadOrder(db_, orderNumber);
}

void Tx::saveOrder(const OrderRecord &order,
                   const std::vector<std::pair<std::string, std::int64_t>> &lines)
{
    auto &s = db_.cached(
        "INSERT INTO orders(order_number, channel, connection, storefront_order_id, state, "
        "payload, "
        "customer_email, event_id, occurred_at, created_at, updated_at, posted_at, "
        "acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(order_number) DO UPDATE SET channel = excluded.channel, "
        "connection = excluded.connection, storefront_order_id = excluded.storefront_order_id, "
        "state = excluded.state, payload = excluded.payload, "
        "customer_email = excluded.customer_email, event_id = excluded.event_id, "
        "occurred_at = excluded.occurred_at, updated_at = excluded.updated_at, "
        "posted_at = excluded.posted_at, acknowledged_at = excluded.acknowledged_at");
    s.bind(1, order.orderNumber)
        .bind(2, order.channel)
        .bind(3, order.connection)
        .bind(4, order.storefrontOrderId)
        .bind(5, domain::toString(order.state))
        .bind(6, order.payload)
        .bind(7, order.customerEmail)
        .bind(8, order.eventId)
        .bind(9, toEpochMs(order.occurredAt))
        .bind(10, toEpochMs(order.createdAt))
        .bind(11, toEpochMs(now_))
        .bind(12, optionalMs(order.postedAt))
        .bind(13, optionalMs(order.acknowledgedAt));
    s.run();
    auto &clear = db_.cached("DELETE FROM order_lines WHERE order_number = ?");
    clear.bind(1, order.orderNumber);
    clear.run();
    auto &line = db_.cached(
        "INSERT INTO order_lines(order_number, line, sku, quantity) VALUES (?, ?, ?, ?)");
    std::int64_t index = 0;
    for (const auto &[sku, quantity] : lines) {
        line.bind(1, order.orderNumber).bind(2, index++).bind(3, sku).bind(4, quantity);
        line.run();
    }
}

void Tx::setOrderState(const std::string &orderNumber, domain::OrderState state)
{
    auto &s = db_.cached("UPDATE orders SET state = ?, updated_at = ? WHERE order_number = ?");
    s.bind(1, domain::toString(state)).bind(2, toEpochMs(now_)).bind(3, orderNumber);
    s.run();
}

void Tx::setOrderPosted(const std::string &orderNumber, TimePoint at)
{
    auto &s = db_.cached("UPDATE orders SET state = 'posted', posted_at = ?, updated_at = ? "
                         "WHERE order_number = ?");
    s.bind(1, toEpochMs(at)).bind(2, toEpochMs(now_)).bind(3, orderNumber);
    s.run();
}

void Tx::setOrderAcknowledged(const std::string &orderNumber, TimePoint at)
{
    auto &s = db_.cached("UPDATE orders SET state = 'acknowledged', acknowledged_at = ?, "
                         "updated_at = ? WHERE order_number = ?");
    s.bind(1, toEpochMs(at)).bind(2, toEpochMs(now_)).bind(3, orderNumber);
    s.run();
}

void Tx::recordTransition(const std::string &orderNumber, const domain::Transition &transition)
{
    auto &s = db_.cached("INSERT INTO order_transitions(order_number, from_state, to_state, at, "
                         "actor, cause) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, orderNumber)
        .bind(2, domain::toString(transition.from))
        .bind(3, domain::toString(transition.to))
        .bind(4, toEpochMs(transition.at))
        .bind(5, transition.actor)
        .bind(6, transition.cause);
    s.run();
}

std::optional<std::string> Tx::orderNumberByStorefrontId(const std::string &channel,
                                                         const std::string &storefrontOrderId)
{
    auto &s = db_.cached("SELECT order_number FROM orders WHERE channel = ? AND "
                         "storefront_order_id = ? ORDER BY created_at LIMIT 1");
    s.bind(1, channel).bind(2, storefrontOrderId);
    std::optional<std::string> out;
    if (s.step())
        out = s.text(0);
    s.reset();
    return out;
}

void Tx::saveHold(const Hold &hold)
{
    auto &s = db_.cached(
        "INSERT INTO holds(id, order_number, channel, reason_code, message, suggested_fix, "
        "subjects, owner, created_at, due_at, status, snoozed_until, notes, resolution, closed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "message = excluded.message, suggested_fix = excluded.suggested_fix, "
        "subjects = excluded.subjects, owner = excluded.owner, due_at = excluded.due_at, "
        "status = excluded.status, snoozed_until = excluded.snoozed_until, "
        "notes = excluded.notes, resolution = excluded.resolution, closed_at = excluded.closed_at");
    s.bind(1, hold.id)
        .bind(2, hold.orderNumber)
        .bind(3, hold.channel)
        .bind(4, hold.reasonCode)
        .bind(5, hold.message)
        .bind(6, hold.suggestedFix)
        .bind(7, json::serialize(json::value_from(hold.subjects)))
        .bind(8, hold.owner)
        .bind(9, toEpochMs(hold.createdAt))
        .bind(10, toEpochMs(hold.dueAt))
        .bind(11, domain::toString(hold.status))
        .bind(12, optionalMs(hold.snoozedUntil))
        .bind(13, json::serialize(json::value_from(hold.notes)))
        .bind(14, hold.resolution)
        .bind(15, optionalMs(hold.closedAt));
    s.run();
    auto &clear = db_.cached("DELETE FROM hold_subjects WHERE hold_id = ?");
    clear.bind(1, hold.id);
    clear.run();
    if (!domain::isActive(hold))
        return; // the subject index serves "fix once, resolve all alike": active holds only
    auto &subject =
        db_.cached("INSERT OR IGNORE INTO hold_subjects(subject, hold_id) VALUES (?, ?)");
    for (const auto &name : hold.subjects) {
        subject.bind(1, name).bind(2, hold.id);
        subject.run();
    }
}

std::optional<Hold> Tx::hold(const std::string &id)
{
    auto holds = loadHolds(db_, "WHERE h.id = ?", id);
    if (holds.empty())
        return std::nullopt;
    return holds.front();
}

std::vector<Hold> Tx::holdsOfOrder(const std::string &orderNumber)
{
    return loadHolds(db_, "WHERE h.order_number = ? ORDER BY h.created_at, h.id", orderNumber);
}

std::vector<Hold> Tx::activeHoldsWithSubject(const std::string &subject)
{
    return loadHolds(db_,
                     "JOIN hold_subjects hs ON hs.hold_id = h.id WHERE hs.subject = ? "
                     "AND h.status IN ('open', 'snoozed') ORDER BY h.created_at, h.id",
                     subject);
}

std::vector<Hold> Tx::activeHoldsWithReason(std::string_view reasonCode)
{
    return loadHolds(db_,
                     "WHERE h.status IN ('open', 'snoozed') AND h.reason_code = ? "
                     "ORDER BY h.created_at, h.id",
                     std::string(reasonCode));
}

void Tx::saveSkuMapping(const domain::SkuMapping &mapping)
{
    auto &s = db_.cached("INSERT INTO sku_mappings(channel, storefront_sku, erp_sku, created_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT(channel, storefront_sku) DO UPDATE SET "
                         "erp_sku = excluded.erp_sku, created_at = excluded.created_at");
    s.bind(1, mapping.channel)
        .bind(2, mapping.storefrontSku)
        .bind(3, mapping.erpSku)
        .bind(4, toEpochMs(now_));
    s.run();
}

std::optional<std::string> Tx::skuMapping(const std::string &channel,
                                          const std::string &storefrontSku)
{
    return lookupSkuMapping(db_, channel, storefrontSku);
}

std::vector<domain::SkuMapping> Tx::skuMappingsTo(const std::string &erpSku)
{
    Statement s(db_, "SELECT channel, storefront_sku, erp_sku FROM sku_mappings WHERE erp_sku = ?");
    s.bind(1, erpSku);
    std::vector<domain::SkuMapping> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2)});
    return out;
}

void Tx::saveCustomerMapping(const domain::CustomerMapping &mapping)
{
    auto &s = db_.cached("INSERT INTO customer_mappings(channel, customer_id, account, created_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT(channel, customer_id) DO UPDATE SET "
                         "account = excluded.account, created_at = excluded.created_at");
    s.bind(1, mapping.channel)
        .bind(2, mapping.customerId)
        .bind(3, mapping.account)
        .bind(4, toEpochMs(now_));
    s.run();
}

std::optional<std::string> Tx::customerAccount(const std::string &channel,
                                               const std::string &customerId)
{
    auto &s = db_.cached("SELECT account FROM customer_mappings WHERE customer_id = ? "
                         "AND (channel = ? OR channel = '') ORDER BY channel DESC LIMIT 1");
    s.bind(1, customerId).bind(2, channel);
    std::optional<std::string> out;
    if (s.step())
        out = s.text(0);
    s.reset();
    return out;
}

bool Tx::erpKnowsItem(const std::string &sku)
{
    auto &s = db_.cached("SELECT 1 FROM erp_items WHERE sku = ?");
    s.bind(1, sku);
    const bool known = s.step();
    s.reset();
    return known;
}

bool Tx::hasErpItems()
{
    auto &s = db_.cached("SELECT 1 FROM erp_items LIMIT 1");
    const bool any = s.step();
    s.reset();
    return any;
}

bool Tx::addErpItem(const std::string &sku, std::string_view source)
{
    auto &s = db_.cached("INSERT OR IGNORE INTO erp_items(sku, source, seen_at) VALUES (?, ?, ?)");
    s.bind(1, sku).bind(2, source).bind(3, toEpochMs(now_));
    s.run();
    return db_.changes() > 0;
}

void Tx::recordSlo(const std::string &eventId, Domain domain, TimePoint completedAt, Millis latency,
                   Millis target)
{
    const bool within = latency <= target;
    auto &s = db_.cached("INSERT INTO slo_hours(domain, hour, within, total) VALUES (?, ?, ?, 1) "
                         "ON CONFLICT(domain, hour) DO UPDATE SET within = within + "
                         "excluded.within, total = total + 1");
    s.bind(1, toString(domain)).bind(2, hourOf(completedAt)).bind(3, within ? 1 : 0);
    s.run();
    if (within)
        return;
    auto &breach = db_.cached("INSERT INTO slo_breaches(event_id, domain, completed_at, "
                              "latency_ms, target_ms) VALUES (?, ?, ?, ?, ?)");
    breach.bind(1, eventId)
        .bind(2, toString(domain))
        .bind(3, toEpochMs(completedAt))
        .bind(4, static_cast<std::int64_t>(latency.count()))
        .bind(5, static_cast<std::int64_t>(target.count()));
    breach.run();
}

// --- Reader --------------------------------------------------------------------------

std::optional<OrderRecord> Reader::order(const std::string &orderNumber)
{
    return loadOrder(*db_, orderNumber);
}

OrderHistory Reader::orderHistory(const std::string &orderNumber)
{
    OrderHistory history;
    history.order = loadOrder(*db_, orderNumber);
    if (!history.order)
        return history;
    {
        Statement s(*db_, "SELECT from_state, to_state, at, actor, cause FROM order_transitions "
                          "WHERE order_number = ? ORDER BY id");
        s.bind(1, orderNumber);
        while (s.step()) {
            domain::Transition t;
            t.from = domain::orderStateFromString(s.text(0)).value_or(domain::OrderState::Received);
            t.to = domain::orderStateFromString(s.text(1)).value_or(domain::OrderState::Received);
            t.at = fromEpochMs(s.integer(2));
            t.actor = s.text(3);
            t.cause = s.text(4);
            history.transitions.push_back(std::move(t));
        }
    }
    history.holds =
        loadHolds(*db_, "WHERE h.order_number = ? ORDER BY h.created_at, h.id", orderNumber);
    {
        Statement s(*db_, "SELECT event_id, connection, type, status, occurred_at, received_at, "
                          "payload FROM events WHERE correlation_id = ?1 OR event_id = ?2 "
                          "ORDER BY seq");
        s.bind(1, orderNumber).bind(2, history.order->eventId);
        while (s.step())
            history.events.push_back({s.text(0), s.text(1), s.text(2), s.text(3),
                                      fromEpochMs(s.integer(4)), fromEpochMs(s.integer(5)),
                                      s.text(6)});
    }
    for (const auto &event : history.events) {
        Statement s(*db_, "SELECT event_id, target, status, attempts, last_error, delivered_at "
                          "FROM outbox WHERE event_id = ? ORDER BY id");
        s.bind(1, event.eventId);
        while (s.step())
            history.deliveries.push_back(
                {s.text(0), s.text(1), s.text(2), s.integer(3), s.text(4), optionalTime(s, 5)});
    }
    std::vector<std::string> objects{orderNumber};
    for (const auto &hold : history.holds)
        objects.push_back(hold.id);
    for (const auto &object : objects) {
        AuditQuery q;
        q.objectId = object;
        for (auto &entry : audit(q))
            history.audit.push_back(std::move(entry));
    }
    std::sort(history.audit.begin(), history.audit.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.sequence < b.sequence; });
    return history;
}

std::vector<OrderRecord> Reader::findOrders(const std::string &text, int limit)
{
    Statement s(*db_, std::string("SELECT ") + orderColumns +
                          " FROM orders WHERE order_number IN ("
                          "SELECT order_number FROM orders WHERE order_number = ?1 "
                          "UNION SELECT order_number FROM orders WHERE order_number LIKE ?2 "
                          "ESCAPE '\\' "
                          "UNION SELECT order_number FROM orders WHERE customer_email = ?1 "
                          "COLLATE NOCASE "
                          "UNION SELECT order_number FROM order_lines WHERE sku = ?1 "
                          "COLLATE NOCASE "
                          // Customer names are typed partly and in any case ("acme" finds
                          // "Acme GmbH"); only names are searched this way, not numbers.
                          "UNION SELECT order_number FROM orders WHERE length(?1) >= 2 AND "
                          "instr(lower(json_extract(payload, '$.customer.name')), lower(?1)) > 0"
                          ") ORDER BY created_at DESC, order_number LIMIT ?3");
    // The text is a literal beginning of an order number: its wildcards match only themselves,
    // so that "%" or "_" typed into the search box does not list every order.
    std::string prefix;
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            prefix += '\\';
        prefix += c;
    }
    s.bind(1, text).bind(2, prefix + "%").bind(3, limit);
    std::vector<OrderRecord> out;
    if (text.empty())
        return out;
    while (s.step())
        out.push_back(readOrder(s));
    return out;
}

std::vector<Hold> Reader::holds(const HoldQuery &query, TimePoint now)
{
    std::string sql = std::string("SELECT ") + holdColumns +
                      " FROM holds h JOIN orders o ON o.order_number = h.order_number WHERE "
                      "(?1 IS NULL OR h.reason_code = ?1) AND "
                      "(CASE WHEN ?2 IS NULL THEN h.status IN ('open', 'snoozed') "
                      "WHEN ?2 = 'open' THEN h.status = 'open' OR (h.status = 'snoozed' AND "
                      "h.snoozed_until <= ?8) "
                      "WHEN ?2 = 'snoozed' THEN h.status = 'snoozed' AND h.snoozed_until > ?8 "
                      "ELSE h.status = ?2 END) AND (?3 IS NULL OR h.owner = ?3) AND "
                      "(?4 IS NULL OR o.connection = ?4) AND (?5 = '' OR h.order_number = ?5 OR "
                      "instr(lower(h.message), lower(?5)) > 0 OR "
                      "instr(lower(h.subjects), lower(?5)) > 0) "
                      "ORDER BY h.due_at, h.created_at, h.id LIMIT ?6 OFFSET ?7";
    Statement s(*db_, sql);
    s.bind(1, query.reason)
        .bind(2, query.status ? std::optional<std::string>(std::string(toString(*query.status)))
                              : std::nullopt)
        .bind(3, query.owner)
        .bind(4, query.connection)
        .bind(5, query.text)
        .bind(6, query.limit)
        .bind(7, query.offset)
        .bind(8, toEpochMs(now));
    std::vector<Hold> out;
    while (s.step())
        out.push_back(domain::wakeIfDue(readHold(s), now));
    return out;
}

std::vector<domain::PostedOrder> Reader::postedOrders()
{
    Statement s(*db_, "SELECT order_number, posted_at FROM orders WHERE state = 'posted' "
                      "ORDER BY updated_at");
    std::vector<domain::PostedOrder> out;
    while (s.step())
        out.push_back({s.text(0), fromEpochMs(s.optionalInteger(1).value_or(0)), std::nullopt});
    return out;
}

std::vector<domain::SkuMapping> Reader::skuMappings()
{
    Statement s(*db_, "SELECT channel, storefront_sku, erp_sku FROM sku_mappings");
    std::vector<domain::SkuMapping> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2)});
    return out;
}

std::vector<domain::CustomerMapping> Reader::customerMappings()
{
    Statement s(*db_, "SELECT channel, customer_id, account FROM customer_mappings");
    std::vector<domain::CustomerMapping> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2)});
    return out;
}

std::vector<std::string> Reader::erpItems()
{
    Statement s(*db_, "SELECT sku FROM erp_items");
    std::vector<std::string> out;
    while (s.step())
        out.push_back(s.text(0));
    return out;
}

std::vector<domain::ComplianceBucket> Reader::sloHours(Domain domain, TimePoint from, TimePoint to)
{
    Statement s(*db_, "SELECT hour, within, total FROM slo_hours WHERE domain = ? AND hour >= ? "
                      "AND hour < ? ORDER BY hour");
    s.bind(1, toString(domain)).bind(2, hourOf(from)).bind(3, toEpochMs(to));
    std::vector<domain::ComplianceBucket> out;
    while (s.step()) {
        domain::ComplianceBucket bucket;
        bucket.domain = domain;
        bucket.start = fromEpochMs(s.integer(0));
        bucket.withinTarget = s.integer(1);
        bucket.total = s.integer(2);
        out.push_back(bucket);
    }
    return out;
}

std::vector<domain::SloBreach> Reader::sloBreaches(Domain domain, TimePoint from, TimePoint to)
{
    Statement s(*db_, "SELECT event_id, completed_at, latency_ms, target_ms FROM slo_breaches "
                      "WHERE domain = ? AND completed_at >= ? AND completed_at < ? ORDER BY id");
    s.bind(1, toString(domain)).bind(2, hourOf(from)).bind(3, toEpochMs(to));
    std::vector<domain::SloBreach> out;
    while (s.step())
        out.push_back({s.text(0), domain, fromEpochMs(s.integer(1)), Millis(s.integer(2)),
                       Millis(s.integer(3))});
    return out;
}

} // namespace syncline::store
