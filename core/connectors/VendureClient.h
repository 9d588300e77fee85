#pragma once

#include "connectors/Transport.h"
#include "model/Canonical.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>

namespace syncline::connectors {

namespace vendure {

struct Reply {
    boost::json::value data; // the "data" member
    std::optional<CallError> error;
    bool ok() const { return !error; }
};

// GraphQL answers come with HTTP 200 whatever happened: "errors" with extensions.code
// FORBIDDEN is a credentials problem, other codes are refusals of the request (or, for
// INTERNAL_SERVER_ERROR, the server's own failure).
Reply parseReply(const client::HttpResponse &response);

// Mutation results are unions of the result type and ErrorResult types
// ({"__typename":"InsufficientStockError","errorCode":"INSUFFICIENT_STOCK_ERROR","message":...}),
// delivered under "data": an error of the data, never a success.
std::optional<CallError> errorResultOf(const boost::json::value &node, std::string_view operation);

// The fields the order poller selects, in the shape orderFromVendure reads.
extern const char *const OrderFields;

// A Vendure Order (as selected by OrderFields) in the canonical model: the order code is the
// order number, prices in minor units become decimals, payments give the payment state.
// Throws MappingError naming the missing field.
model::Order orderFromVendure(const boost::json::object &order);

// Minor units (1990) -> Decimal (19.90); Vendure stores every currency in hundredths. The
// readers of this file refuse amounts beyond INT64_MAX / Decimal::Scale before calling it.
Decimal fromMinorUnits(std::int64_t minor);

} // namespace vendure

struct VendureConnection {
    std::string baseUrl; // "http://127.0.0.1:3000"
    std::string adminApiPath = "admin-api";
    std::string apiKey; // sent as the vendure-api-key header
    std::string apiKeyHeader = "vendure-api-key";
    std::string channelToken; // vendure-token header; empty: the default channel
};

// The Admin GraphQL API with an API key. Thread-safe; calls block.
class VendureClient {
public:
    VendureClient(BlockingTransport transport, VendureConnection connection);

    vendure::Reply query(std::string_view document, boost::json::object variables = {});
    const VendureConnection &connection() const { return connection_; }

private:
    BlockingTransport transport_;
    VendureConnection connection_;
};

} // namespace syncline::connectors
