#pragma once

#include "connectors/Transport.h"
#include "model/Types.h"
#include "util/Clock.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <variant>

namespace syncline::connectors {

// Tryton's JSON-RPC value encoding: Decimal, date and datetime travel as tagged objects
// ({"__class__":"Decimal","decimal":"19.90"}), in both directions.
namespace tryton {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Date &, const Date &) = default;
};

boost::json::value encodeDecimal(Decimal value);
boost::json::value encodeDate(Date value);
// Tryton stores naive UTC datetimes; milliseconds become microseconds.
boost::json::value encodeDateTime(TimePoint value);

// Accepts the tagged form and, for decimals, plain JSON numbers and numeric strings (a float
// field such as quantity comes back as 3.0).
std::optional<Decimal> decodeDecimal(const boost::json::value &value);
std::optional<Date> decodeDate(const boost::json::value &value);
std::optional<TimePoint> decodeDateTime(const boost::json::value &value);

// The request body: exactly {"id","method","params"}. With any other key set (a "jsonrpc"
// member, say) the server answers bare results and maps errors to HTTP statuses instead.
std::string buildRequest(std::int64_t id, std::string_view method,
                         const boost::json::array &params);

// The reply to one call: the result, or the failure in the engine's classes.
// needsLogin is set for HTTP 401 (no, expired or revoked session).
struct Reply {
    boost::json::value result;
    std::optional<CallError> error;
    bool needsLogin = false;
    bool ok() const { return !error; }
};
Reply parseReply(const client::HttpResponse &response);

// Reads the id of a many2one/one2many value as returned by read (an integer or null).
std::optional<std::int64_t> idOf(const boost::json::value &value);

} // namespace tryton

struct TrytonConnection {
    std::string baseUrl; // "http://127.0.0.1:8000"
    std::string database;
    std::string login = "admin";
    std::string password;
    std::string language = "en";
    // The company every call works in. Unset: the user's current company from its preferences.
    std::optional<std::int64_t> company;
};

// A session on one Tryton database. Logs in on first use (common.db.login -> [user id, key],
// sent as "Authorization: Session base64(login:id:key)"), and once more when a call is
// answered 401, in case the session expired. Every model call gets the context as its last
// argument: the user's preferences, with the company set explicitly. Thread-safe; calls block.
class TrytonClient {
public:
    TrytonClient(BlockingTransport transport, TrytonConnection connection);

    // Calls "model.<...>" (or wizard./report.) with `args`; the context is appended.
    tryton::Reply call(std::string_view method, boost::json::array args);
    // Same, with extra context entries (e.g. {"locations":[5]} for stock quantities).
    tryton::Reply call(std::string_view method, boost::json::array args,
                       const boost::json::object &extraContext);

    // The context sent with every call (logs in first if needed).
    std::optional<boost::json::object> context();
    std::int64_t company() const;
    const TrytonConnection &connection() const { return connection_; }
    int logins() const;

private:
    std::optional<CallError> loginLocked();
    tryton::Reply send(std::string_view method, const boost::json::array &params,
                       bool authenticated);

    BlockingTransport transport_;
    TrytonConnection connection_;
    mutable std::mutex mutex_;
    std::string sessionHeader_;
    boost::json::object context_;
    std::int64_t company_ = 0;
    std::int64_t nextId_ = 1;
    int logins_ = 0;
};

} // namespace syncline::connectors
