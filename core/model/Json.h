#pragma once

#include "model/Canonical.h"
#include "model/Event.h"

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

// Boost.JSON conversions of the canonical model. value_to<T> throws MappingError naming the
// field when a required field is missing or has the wrong type, so a rejected record always
// says what was wrong with it.
namespace syncline {

class MappingError : public std::runtime_error {
public:
    explicit MappingError(const std::string &message)
        : std::runtime_error(message)
    {}
};

namespace model {

// Converting a double outside [-2^63, 2^63) to int64 is undefined, so every reader of untrusted
// numbers checks this first.
bool fitsInt64(double value);
// A JSON number that is a whole number within int64: an int64, a uint64 up to INT64_MAX, or a
// double without fraction inside int64's range. None for anything else (1e300, 2.5, 2^64, text).
std::optional<std::int64_t> exactInt64(const boost::json::value &value);

void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Product &v);
Product tag_invoke(const boost::json::value_to_tag<Product> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const InventoryLevel &v);
InventoryLevel tag_invoke(const boost::json::value_to_tag<InventoryLevel> &,
                          const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const PriceEntry &v);
PriceEntry tag_invoke(const boost::json::value_to_tag<PriceEntry> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const PriceList &v);
PriceList tag_invoke(const boost::json::value_to_tag<PriceList> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const CustomerContract &v);
CustomerContract tag_invoke(const boost::json::value_to_tag<CustomerContract> &,
                            const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Address &v);
Address tag_invoke(const boost::json::value_to_tag<Address> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Customer &v);
Customer tag_invoke(const boost::json::value_to_tag<Customer> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const OrderLine &v);
OrderLine tag_invoke(const boost::json::value_to_tag<OrderLine> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Order &v);
Order tag_invoke(const boost::json::value_to_tag<Order> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const ShipmentLine &v);
ShipmentLine tag_invoke(const boost::json::value_to_tag<ShipmentLine> &,
                        const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Shipment &v);
Shipment tag_invoke(const boost::json::value_to_tag<Shipment> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Invoice &v);
Invoice tag_invoke(const boost::json::value_to_tag<Invoice> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const ReturnLine &v);
ReturnLine tag_invoke(const boost::json::value_to_tag<ReturnLine> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const ReturnCredit &v);
ReturnCredit tag_invoke(const boost::json::value_to_tag<ReturnCredit> &,
                        const boost::json::value &in);

} // namespace model

// Events as JSON objects: the format of `synclined ingest` (one per line) and of the canonical
// output of `synclined parse`. Times are ISO 8601 strings; the payload is embedded as JSON.
boost::json::object eventToJson(const Event &event);
// Throws MappingError naming the offending field.
Event eventFromJson(const boost::json::value &value);

// Parses text as JSON, throwing MappingError with the parser's position on failure.
boost::json::value parseJson(std::string_view text);
std::string serialize(const boost::json::value &value);

} // namespace syncline
