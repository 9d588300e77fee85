#pragma once

#include "sim/Scenario.h"
#include "util/Clock.h"

#include <filesystem>
#include <string>

// What the simulated warehouse drops: CSV stock snapshots and X12 856 ship notices.
namespace syncline::sim {

// "sku,location,on_hand,reserved,as_of" with a header row.
std::string stockSnapshotCsv(const std::vector<StockRow> &rows, const std::string &asOf);

struct X12Parties {
    std::string senderId = "DEMOWMS";
    std::string receiverId = "SYNCLINE";
};

// One interchange with one 856: shipment (S) level with carrier, tracking and ship-from, one
// order (O) level with the order number as PRF, one item (I) level per line.
std::string shipNotice856(const ShipmentSpec &shipment, const X12Parties &parties,
                          std::int64_t controlNumber, TimePoint shippedAt);

// Writes `content` to `folder`/`name` so that a reader never sees a partial file: the bytes go to
// a sibling ".partial" directory first and are renamed into place. Returns the final path.
std::filesystem::path dropFile(const std::filesystem::path &folder, const std::string &name,
                               const std::string &content);

} // namespace syncline::sim
