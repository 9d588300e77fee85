// The inventory tables: positions per SKU, location and source, and what each channel was sent.

#include "store/Database.h"
#include "store/Store.h"

namespace syncline::store {

namespace {

constexpr const char *positionColumns = "source, sku, location, on_hand, reserved, as_of, sequence";

domain::StockPosition readPosition(Statement &s)
{
    domain::StockPosition p;
    p.source = s.text(0);
    p.sku = s.text(1);
    p.location = s.text(2);
    p.onHand = s.integer(3);
    p.reserved = s.integer(4);
    p.asOf = fromEpochMs(s.integer(5));
    p.sequence = s.integer(6);
    return p;
}

constexpr const char *publicationColumns = "channel, sku, location, quantity, published_at";

InventoryPublication readPublication(Statement &s)
{
    InventoryPublication p;
    p.channel = s.text(0);
    p.sku = s.text(1);
    p.location = s.text(2);
    p.quantity = s.integer(3);
    p.at = fromEpochMs(s.integer(4));
    return p;
}

} // namespace

bool Tx::saveInventoryPosition(const domain::StockPosition &position)
{
    // The same ordering as the in-memory book: the source's sequence, else the as-of time. The
    // store enforces it too, so a late update can never overwrite a newer one, whoever writes.
    auto &s = db_.cached(
        "INSERT INTO inventory_positions(sku, location, source, on_hand, reserved, as_of, "
        "sequence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(sku, location, source) DO UPDATE SET on_hand = excluded.on_hand, "
        "reserved = excluded.reserved, as_of = excluded.as_of, sequence = excluded.sequence, "
        "updated_at = excluded.updated_at "
        "WHERE (CASE WHEN excluded.sequence != 0 THEN excluded.sequence ELSE excluded.as_of END) "
        "> (CASE WHEN inventory_positions.sequence != 0 THEN inventory_positions.sequence "
        "ELSE inventory_positions.as_of END)");
    s.bind(1, position.sku)
        .bind(2, position.location)
        .bind(3, position.source)
        .bind(4, position.onHand)
        .bind(5, position.reserved)
        .bind(6, toEpochMs(position.asOf))
        .bind(7, position.sequence)
        .bind(8, toEpochMs(now_));
    s.run();
    return db_.changes() > 0;
}

void Tx::recordInventoryPublication(const InventoryPublication &publication)
{
    auto &latest = db_.cached(
        "INSERT INTO inventory_published(channel, sku, location, quantity, published_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(channel, sku, location) DO UPDATE SET "
        "quantity = excluded.quantity, published_at = excluded.published_at");
    latest.bind(1, publication.channel)
        .bind(2, publication.sku)
        .bind(3, publication.location)
        .bind(4, publication.quantity)
        .bind(5, toEpochMs(publication.at));
    latest.run();
    auto &history =
        db_.cached("INSERT INTO inventory_publications(channel, sku, location, quantity, "
                   "published_at) VALUES (?, ?, ?, ?, ?)");
    history.bind(1, publication.channel)
        .bind(2, publication.sku)
        .bind(3, publication.location)
        .bind(4, publication.quantity)
        .bind(5, toEpochMs(publication.at));
    history.run();
}

std::vector<domain::StockPosition> Reader::inventoryPositions(const std::string &sku)
{
    auto s = sku.empty() ? db_->prepare(std::string("SELECT ") + positionColumns +
                                        " FROM inventory_positions ORDER BY sku, location, source")
                         : db_->prepare(std::string("SELECT ") + positionColumns +
                                        " FROM inventory_positions WHERE sku = ? "
                                        "ORDER BY location, source");
    if (!sku.empty())
        s.bind(1, sku);
    std::vector<domain::StockPosition> out;
    while (s.step())
        out.push_back(readPosition(s));
    return out;
}

std::vector<InventoryPublication> Reader::latestInventoryPublications()
{
    auto s = db_->prepare(std::string("SELECT ") + publicationColumns +
                          " FROM inventory_published ORDER BY channel, sku, location");
    std::vector<InventoryPublication> out;
    while (s.step())
        out.push_back(readPublication(s));
    return out;
}

std::vector<InventoryPublication> Reader::inventoryPublications(const std::string &sku, int limit)
{
    auto s = db_->prepare(std::string("SELECT ") + publicationColumns +
                          " FROM inventory_publications WHERE sku = ? ORDER BY id DESC LIMIT ?");
    s.bind(1, sku).bind(2, limit);
    std::vector<InventoryPublication> out;
    while (s.step())
        out.push_back(readPublication(s));
    return out;
}

} // namespace syncline::store
