#include "sim/Warehouse.h"

#include <ctime>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace syncline::sim {

namespace {

std::string utcFormat(TimePoint at, const char *format)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::seconds>(at));
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::ostringstream out;
    out << std::put_time(&utc, format);
    return out.str();
}

std::string padded(std::string value, std::size_t width)
{
    value.resize(width, ' ');
    return value;
}

std::string zeroPadded(std::int64_t value, int width)
{
    std::ostringstream out;
    out << std::setw(width) << std::setfill('0') << value;
    return out.str();
}

} // namespace

std::string stockSnapshotCsv(const std::vector<StockRow> &rows, const std::string &asOf)
{
    std::string csv = "sku,location,on_hand,reserved,as_of\n";
    for (const auto &row : rows)
        csv += row.sku + "," + row.location + "," + std::to_string(row.onHand) + "," +
               std::to_string(row.reserved) + "," + asOf + "\n";
    return csv;
}

std::string shipNotice856(const ShipmentSpec &shipment, const X12Parties &parties,
                          std::int64_t controlNumber, TimePoint shippedAt)
{
    const auto date8 = utcFormat(shippedAt, "%Y%m%d");
    const auto date6 = utcFormat(shippedAt, "%y%m%d");
    const auto time4 = utcFormat(shippedAt, "%H%M");
    const auto control9 = zeroPadded(controlNumber, 9);
    std::vector<std::string> set;
    set.emplace_back("ST*856*0001");
    set.push_back("BSN*00*" + shipment.shipmentId + "*" + date8 + "*" + time4);
    set.emplace_back("HL*1**S");
    set.push_back("TD5**2*" + shipment.carrier);
    set.push_back("REF*CN*" + shipment.trackingNumber);
    set.push_back("DTM*011*" + date8 + "*" + time4);
    if (!shipment.location.empty())
        set.push_back("N1*SF*" + shipment.location);
    set.emplace_back("HL*2*1*O");
    set.push_back("PRF*" + shipment.orderNumber);
    int hl = 2;
    for (const auto &line : shipment.lines) {
        ++hl;
        set.push_back("HL*" + std::to_string(hl) + "*2*I");
        set.push_back("LIN*" + std::to_string(hl - 2) + "*VP*" + line.sku);
        set.push_back("SN1**" + std::to_string(line.quantity) + "*EA");
    }
    set.push_back("CTT*" + std::to_string(hl));
    set.push_back("SE*" + std::to_string(set.size() + 1) + "*0001");

    std::string out = "ISA*00*" + padded("", 10) + "*00*" + padded("", 10) + "*ZZ*" +
                      padded(parties.senderId, 15) + "*ZZ*" + padded(parties.receiverId, 15) + "*" +
                      date6 + "*" + time4 + "*U*00401*" + control9 + "*0*P*>~\n";
    out += "GS*SH*" + parties.senderId + "*" + parties.receiverId + "*" + date8 + "*" + time4 +
           "*" + std::to_string(controlNumber) + "*X*004010~\n";
    for (const auto &segment : set)
        out += segment + "~\n";
    out += "GE*1*" + std::to_string(controlNumber) + "~\n";
    out += "IEA*1*" + control9 + "~\n";
    return out;
}

std::filesystem::path dropFile(const std::filesystem::path &folder, const std::string &name,
                               const std::string &content)
{
    namespace fs = std::filesystem;
    const fs::path staging = folder.parent_path() / (".partial-" + folder.filename().string());
    fs::create_directories(folder);
    fs::create_directories(staging);
    const fs::path partial = staging / name;
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out.flush())
            throw std::runtime_error("cannot write " + partial.string());
    }
    fs::path final = folder / name;
    fs::rename(partial, final);
    return final;
}

} // namespace syncline::sim
