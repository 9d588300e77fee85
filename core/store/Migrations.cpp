#include "store/Migrations.h"

#include "store/Database.h"

#include <array>
#include <string>
#include <string_view>

namespace syncline::store {

namespace {

// Never edit a step that has shipped: add a new one.
constexpr std::array<std::string_view, 9> steps{
    // 1: inbox, entity versions, dead letters, outbox, audit trail, feed counters.
    R"sql(
CREATE TABLE events (
    seq             INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    source_system   TEXT NOT NULL,
    connection      TEXT NOT NULL,
    domain          TEXT NOT NULL,
    type            TEXT NOT NULL,
    occurred_at     INTEGER NOT NULL,
    received_at     INTEGER NOT NULL,
    correlation_id  TEXT NOT NULL,
    entity_key      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    stage           TEXT NOT NULL,
    processed_at    INTEGER
);
CREATE INDEX events_pending ON events(seq) WHERE status = 'received';
CREATE INDEX events_correlation ON events(correlation_id);
CREATE INDEX events_feed_time ON events(connection, received_at);

CREATE TABLE entity_versions (
    entity_key TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    event_id   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE duplicates (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL,
    original_event  TEXT NOT NULL,
    connection      TEXT NOT NULL,
    domain          TEXT NOT NULL,
    received_at     INTEGER NOT NULL
);

CREATE TABLE dead_letters (
    id             INTEGER PRIMARY KEY,
    event_id       TEXT NOT NULL,
    connection     TEXT NOT NULL,
    domain         TEXT NOT NULL,
    type           TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    stage          TEXT NOT NULL,
    error_class    TEXT NOT NULL,
    error          TEXT NOT NULL,
    target         TEXT NOT NULL DEFAULT '',
    outbox_id      INTEGER,
    attempts       INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'parked',
    resolution     TEXT NOT NULL DEFAULT '',
    resolved_at    INTEGER
);
CREATE INDEX dead_letters_open ON dead_letters(status, id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL,
    target          TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    connection      TEXT NOT NULL,
    domain          TEXT NOT NULL,
    type            TEXT NOT NULL,
    correlation_id  TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER
);
CREATE INDEX outbox_queue ON outbox(target, id) WHERE status = 'pending';
CREATE INDEX outbox_event ON outbox(event_id);

CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    before      TEXT NOT NULL,
    after       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

CREATE TABLE feed_counters (
    connection    TEXT NOT NULL,
    domain        TEXT NOT NULL,
    received      INTEGER NOT NULL DEFAULT 0,
    processed     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    retried       INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    superseded    INTEGER NOT NULL DEFAULT 0,
    last_received INTEGER,
    last_success  INTEGER,
    last_failure  INTEGER,
    PRIMARY KEY (connection, domain)
) WITHOUT ROWID;
)sql",
    // 2: per-minute metrics and the inputs refused before they became events.
    R"sql(
CREATE TABLE feed_minutes (
    connection    TEXT NOT NULL,
    domain        TEXT NOT NULL,
    minute        INTEGER NOT NULL,
    received      INTEGER NOT NULL DEFAULT 0,
    processed     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    retried       INTEGER NOT NULL DEFAULT 0,
    dead_lettered INTEGER NOT NULL DEFAULT 0,
    lag_p50       INTEGER NOT NULL DEFAULT 0,
    lag_p95       INTEGER NOT NULL DEFAULT 0,
    lag_p99       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (connection, domain, minute)
) WITHOUT ROWID;

CREATE TABLE rejected_inputs (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    connection  TEXT NOT NULL,
    peer        TEXT NOT NULL,
    path        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    body_size   INTEGER NOT NULL,
    body        BLOB NOT NULL,
    headers     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'rejected'
);
CREATE INDEX rejected_inputs_time ON rejected_inputs(at);
)sql",
    // 3: breaker state survives restarts; the audit chain's head (so that deleting the newest
    // entries is detected too); audit lookups by actor and object.
    R"sql(
CREATE TABLE endpoint_state (
    target               TEXT PRIMARY KEY,
    breaker              TEXT NOT NULL,
    consecutive_failures INTEGER NOT NULL,
    open_until           INTEGER,
    last_error           TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_actor ON audit(actor, seq);
CREATE INDEX audit_object ON audit(object_id, seq);
)sql",
    // 4: the order desk: orders with their lines and transitions, holds, SKU and customer
    // mappings, the items the ERP is known to have, and per-hour service-level aggregates.
    R"sql(
CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    order_number        TEXT NOT NULL UNIQUE,
    channel             TEXT NOT NULL,
    connection          TEXT NOT NULL,
    storefront_order_id TEXT NOT NULL,
    state               TEXT NOT NULL,
    payload             TEXT NOT NULL,
    customer_email      TEXT NOT NULL,
    event_id            TEXT NOT NULL,
    occurred_at         INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    posted_at           INTEGER,
    acknowledged_at     INTEGER
);
CREATE INDEX orders_storefront ON orders(channel, storefront_order_id);
CREATE INDEX orders_email ON orders(customer_email COLLATE NOCASE);
CREATE INDEX orders_state ON orders(state, updated_at);

CREATE TABLE order_lines (
    order_number TEXT NOT NULL,
    line         INTEGER NOT NULL,
    sku          TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (order_number, line)
) WITHOUT ROWID;
CREATE INDEX order_lines_sku ON order_lines(sku COLLATE NOCASE);

CREATE TABLE order_transitions (
    id           INTEGER PRIMARY KEY,
    order_number TEXT NOT NULL,
    from_state   TEXT NOT NULL,
    to_state     TEXT NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    cause        TEXT NOT NULL
);
CREATE INDEX order_transitions_order ON order_transitions(order_number, id);

CREATE TABLE holds (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    order_number  TEXT NOT NULL,
    channel       TEXT NOT NULL,
    reason_code   TEXT NOT NULL,
    message       TEXT NOT NULL,
    suggested_fix TEXT NOT NULL,
    subjects      TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    due_at        INTEGER NOT NULL,
    status        TEXT NOT NULL,
    snoozed_until INTEGER,
    notes         TEXT NOT NULL DEFAULT '[]',
    resolution    TEXT NOT NULL DEFAULT '',
    closed_at     INTEGER
);
CREATE INDEX holds_order ON holds(order_number);
CREATE INDEX holds_status_reason ON holds(status, reason_code, created_at);

CREATE TABLE hold_subjects (
    subject TEXT NOT NULL,
    hold_id TEXT NOT NULL,
    PRIMARY KEY (subject, hold_id)
) WITHOUT ROWID;

CREATE TABLE sku_mappings (
    channel        TEXT NOT NULL,
    storefront_sku TEXT NOT NULL,
    erp_sku        TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (channel, storefront_sku)
) WITHOUT ROWID;
CREATE INDEX sku_mappings_erp ON sku_mappings(erp_sku);

CREATE TABLE customer_mappings (
    channel     TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    account     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (channel, customer_id)
) WITHOUT ROWID;

CREATE TABLE erp_items (
    sku     TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    seen_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE slo_hours (
    domain TEXT NOT NULL,
    hour   INTEGER NOT NULL,
    within INTEGER NOT NULL DEFAULT 0,
    total  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (domain, hour)
) WITHOUT ROWID;

CREATE TABLE slo_breaches (
    id           INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL,
    domain       TEXT NOT NULL,
    completed_at INTEGER NOT NULL,
    latency_ms   INTEGER NOT NULL,
    target_ms    INTEGER NOT NULL
);
CREATE INDEX slo_breaches_time ON slo_breaches(domain, completed_at);
)sql",
    // 5: the users registry the engine takes operators' roles from, and the service-level
    // targets operators set.
    R"sql(
CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE slo_targets (
    domain     TEXT PRIMARY KEY,
    target_ms  INTEGER NOT NULL,
    owner      TEXT NOT NULL,
    escalation TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
    // 6: the ERP's customer pricing and credit as last fetched, its product master, and what was
    // last published of each product to each channel (the base of the next delta).
    R"sql(
CREATE TABLE pricing_accounts (
    account    TEXT PRIMARY KEY,
    pricing    TEXT NOT NULL,
    fetched_at INTEGER NOT NULL,
    source     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE credit_accounts (
    account   TEXT PRIMARY KEY,
    available TEXT NOT NULL,
    as_of     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE erp_products (
    sku        TEXT PRIMARY KEY,
    payload    TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE channel_products (
    channel      TEXT NOT NULL,
    sku          TEXT NOT NULL,
    payload      TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (channel, sku)
) WITHOUT ROWID;
)sql",
    // 7: what is queued, per feed and per target, read from small partial indexes alone: the
    // engine's snapshot counts it several times a second, and a table scan grows with the backlog.
    R"sql(
CREATE INDEX events_pending_feed ON events(connection, domain) WHERE status = 'received';
CREATE INDEX outbox_open ON outbox(target, connection, domain)
    WHERE status IN ('pending', 'inflight');
)sql",
    // 8: inventory: positions per SKU, location and source (an older version never overwrites
    // a newer one), and what was published to each channel (the latest value and the history).
    R"sql(
CREATE TABLE inventory_positions (
    sku        TEXT NOT NULL,
    location   TEXT NOT NULL,
    source     TEXT NOT NULL,
    on_hand    INTEGER NOT NULL,
    reserved   INTEGER NOT NULL,
    as_of      INTEGER NOT NULL,
    sequence   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (sku, location, source)
) WITHOUT ROWID;

CREATE TABLE inventory_published (
    channel      TEXT NOT NULL,
    sku          TEXT NOT NULL,
    location     TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (channel, sku, location)
) WITHOUT ROWID;

CREATE TABLE inventory_publications (
    id           INTEGER PRIMARY KEY,
    channel      TEXT NOT NULL,
    sku          TEXT NOT NULL,
    location     TEXT NOT NULL,
    quantity     INTEGER NOT NULL,
    published_at INTEGER NOT NULL
);
CREATE INDEX inventory_publications_sku ON inventory_publications(sku, id);
)sql",
    // 9: a delivery batch is kept with its outbox rows, so that a batch interrupted by a crash or
    // retried is sent again as the same batch under the same idempotency key; and the audit
    // trail's sortable columns get indexes, so sorting a large trail reads an index.
    R"sql(
ALTER TABLE outbox ADD COLUMN batch INTEGER NOT NULL DEFAULT 0;
CREATE INDEX audit_time ON audit(at, seq);
CREATE INDEX audit_role ON audit(role, seq);
CREATE INDEX audit_action ON audit(action, seq);
CREATE INDEX audit_object_type ON audit(object_type, seq);
CREATE INDEX audit_reason ON audit(reason, seq);
)sql",
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(steps.size());
}

void migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw DatabaseError("the store " + db.file().string() + " has schema version " +
                                std::to_string(current) + ", newer than this build (" +
                                std::to_string(latestSchemaVersion()) + ")",
                            0);
    for (int version = current + 1; version <= targetVersion; ++version) {
        Transaction transaction(db);
        db.exec(steps[static_cast<std::size_t>(version - 1)]);
        db.setUserVersion(version);
        transaction.commit();
    }
}

} // namespace syncline::store
