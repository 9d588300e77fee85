// CSV files from warehouse systems: record splitting, decoding and mapping, under the option
// sets the tests and the sample configurations use.
#include "FuzzSupport.h"
#include "files/CsvReader.h"

#include <string>
#include <vector>

using namespace syncline;
using namespace syncline::files;

namespace {

std::vector<CsvOptions> optionSets()
{
    std::vector<CsvOptions> sets;
    CsvOptions inventory;
    inventory.connection = "wms";
    inventory.defaultLocation = "WH1";
    sets.push_back(inventory);

    CsvOptions shipments = inventory;
    shipments.kind = CsvOptions::Kind::ShipmentConfirmation;
    sets.push_back(shipments);

    CsvOptions legacy = inventory;
    legacy.delimiter = ';';
    legacy.encoding = "windows-1252";
    legacy.header = CsvOptions::Header::Present;
    legacy.columns = {{"sku", "Artikel"}, {"location", "Lager"}, {"on_hand", "Bestand"}};
    sets.push_back(legacy);

    CsvOptions byIndex = inventory;
    byIndex.encoding = "utf-16le";
    byIndex.header = CsvOptions::Header::Absent;
    byIndex.columns = {{"sku", "1"}, {"location", "2"}, {"on_hand", "3"}, {"reserved", "4"}};
    sets.push_back(byIndex);
    return sets;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const auto sets = optionSets();
    const auto bytes = fuzz::asText(data, size);

    for (const auto &record : splitCsvRecords(bytes, ',', '"'))
        fuzz::require(record.line >= 1, "a CSV record starts on line 1 or later");

    for (const auto &options : sets) {
        const auto result = readCsv(bytes, options, "fuzz.csv");
        fuzz::require(!result.fatal || !result.fatalReason.empty(), "a refused file says why");
        fuzz::require(!result.fatal || result.events.empty(), "a refused file yields no event");
        for (const auto &issue : result.errors)
            fuzz::require(!issue.message.empty(), "a refused row says why");
        for (const auto &event : result.events)
            fuzz::require(!event.idempotencyKey.empty(), "every event has an idempotency key");
    }
    return 0;
}
