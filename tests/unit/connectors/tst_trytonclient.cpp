#include "ScriptedTransport.h"
#include "connectors/TrytonClient.h"
#include "model/Json.h"
#include "util/Crypto.h"
#include "util/Time.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::connectors;
namespace json = boost::json;

namespace {
syncline::connectors::TrytonConnection trytonConnection(std::string password)
{
    syncline::connectors::TrytonConnection connection;
    connection.baseUrl = "http://127.0.0.1:1";
    connection.database = "erp";
    connection.password = std::move(password);
    return connection;
}
} // namespace

// Enums are compared as int: QTest::toString would find syncline::toString by ADL.
class TestTrytonClient : public QObject {
    Q_OBJECT

    static void scriptLogin(ScriptedTransport &transport, const std::string &key = "k1")
    {
        transport.answer(200, "{\"id\":1,\"result\":[1,\"" + key + "\"]}");
        transport.answer(
            200, R"({"id":2,"result":{"company":1,"language":"en","company_filter":"one"}})");
    }

    static json::object bodyOf(const client::HttpRequest &request)
    {
        return parseJson(request.body).as_object();
    }

private slots:
    void decimalRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("price") << "19.90";
        QTest::newRow("negative") << "-3.5";
        QTest::newRow("whole") << "42";
        QTest::newRow("smallest") << "0.0001";
    }
    void decimalRoundTrips()
    {
        QFETCH(QString, text);
        const auto value = *Decimal::parse(text.toStdString());
        const auto encoded = tryton::encodeDecimal(value);
        QCOMPARE(encoded.at("__class__").as_string(), json::string("Decimal"));
        QCOMPARE(tryton::decodeDecimal(encoded), std::optional<Decimal>(value));
    }

    void decimalIsReadInEveryFormTrytonSends_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tagged") << R"({"__class__":"Decimal","decimal":"19.90"})"
                                << "19.90";
        QTest::newRow("float quantity") << "3.0"
                                        << "3";
        QTest::newRow("integer") << "7"
                                 << "7";
        QTest::newRow("fractional float") << "2.5"
                                          << "2.5";
        QTest::newRow("largest integer") << "922337203685477"
                                         << "922337203685477";
        QTest::newRow("large float") << "1e14"
                                     << "100000000000000";
    }
    void decimalIsReadInEveryFormTrytonSends()
    {
        QFETCH(QString, wire);
        QFETCH(QString, expected);
        QCOMPARE(tryton::decodeDecimal(parseJson(wire.toStdString())),
                 Decimal::parse(expected.toStdString()));
    }

    void malformedDecimalIsRefused()
    {
        QVERIFY(!tryton::decodeDecimal(parseJson(R"({"__class__":"Decimal","decimal":"abc"})")));
        QVERIFY(!tryton::decodeDecimal(parseJson(R"({"__class__":"Decimal"})")));
        QVERIFY(!tryton::decodeDecimal(parseJson("null")));
    }

    // Numbers a server may send that no int64 or Decimal holds: refused, not converted (a
    // double beyond int64's range converted to it is undefined behaviour).
    void outOfRangeDecimalIsRefused_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("1e300") << "1e300";
        QTest::newRow("-1e300") << "-1e300";
        QTest::newRow("float beyond the units") << "1e15";
        QTest::newRow("2^63") << "9223372036854775808";
        QTest::newRow("2^64-1") << "18446744073709551615";
        QTest::newRow("int64 max") << "9223372036854775807";
        QTest::newRow("int64 min") << "-9223372036854775808";
    }
    void outOfRangeDecimalIsRefused()
    {
        QFETCH(QString, wire);
        QCOMPARE(tryton::decodeDecimal(parseJson(wire.toStdString())), std::optional<Decimal>());
    }

    void outOfRangeDatePartIsRefused_data()
    {
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("wire");
        QTest::newRow("year 1e300") << "date"
                                    << "year"
                                    << "1e300";
        QTest::newRow("year 2^63") << "date"
                                   << "year"
                                   << "9223372036854775808";
        // 2^32 + 2026: cast to int it would read as 2026.
        QTest::newRow("year wrapping to 2026") << "date"
                                               << "year"
                                               << "4294969322";
        QTest::newRow("year -1") << "date"
                                 << "year"
                                 << "-1";
        QTest::newRow("fractional year") << "date"
                                         << "year"
                                         << "2026.5";
        QTest::newRow("month wrapping to 11") << "date"
                                              << "month"
                                              << "4294967307";
        QTest::newRow("day -1") << "date"
                                << "day"
                                << "-1";
        QTest::newRow("hour 1e300") << "datetime"
                                    << "hour"
                                    << "1e300";
        QTest::newRow("hour 2^40") << "datetime"
                                   << "hour"
                                   << "1099511627776";
        QTest::newRow("minute -1") << "datetime"
                                   << "minute"
                                   << "-1";
        QTest::newRow("second 2^63") << "datetime"
                                     << "second"
                                     << "9223372036854775808";
        QTest::newRow("microsecond 1e6") << "datetime"
                                         << "microsecond"
                                         << "1000000";
    }
    void outOfRangeDatePartIsRefused()
    {
        QFETCH(QString, cls);
        QFETCH(QString, part);
        QFETCH(QString, wire);
        auto value = parseJson(R"({"year":2026,"month":11,"day":26,"hour":1,"minute":2,)"
                               R"("second":3,"microsecond":4})")
                         .as_object();
        value["__class__"] = cls.toStdString();
        value[part.toStdString()] = parseJson(wire.toStdString());
        if (cls == "date")
            QCOMPARE(tryton::decodeDate(value), std::optional<tryton::Date>());
        QCOMPARE(tryton::decodeDateTime(value), std::optional<TimePoint>());
    }

    void idBeyondInt64IsNoId_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("2^63") << "9223372036854775808";
        QTest::newRow("1e300") << "1e300";
        QTest::newRow("null") << "null";
    }
    void idBeyondInt64IsNoId()
    {
        QFETCH(QString, wire);
        QCOMPARE(tryton::idOf(parseJson(wire.toStdString())), std::optional<std::int64_t>());
        QCOMPARE(tryton::idOf(parseJson("9223372036854775807")),
                 std::optional<std::int64_t>(INT64_MAX));
    }

    void dateRoundTrips()
    {
        const tryton::Date date{2026, 11, 26};
        const auto encoded = tryton::encodeDate(date);
        QCOMPARE(syncline::serialize(encoded),
                 std::string(R"({"__class__":"date","year":2026,"month":11,"day":26})"));
        QCOMPARE(tryton::decodeDate(encoded), std::optional<tryton::Date>(date));
    }

    void impossibleDateIsRefused()
    {
        QVERIFY(!tryton::decodeDate(
            parseJson(R"({"__class__":"date","year":2026,"month":2,"day":30})")));
        QVERIFY(!tryton::decodeDate(
            parseJson(R"({"__class__":"datetime","year":2026,"month":2,"day":3})")));
    }

    void dateTimeRoundTrips()
    {
        const auto at = *parseIso8601("2026-11-26T16:34:44.123Z");
        const auto encoded = tryton::encodeDateTime(at);
        const auto &o = encoded.as_object();
        QCOMPARE(o.at("__class__").as_string(), json::string("datetime"));
        QCOMPARE(o.at("year").to_number<int>(), 2026);
        QCOMPARE(o.at("month").to_number<int>(), 11);
        QCOMPARE(o.at("day").to_number<int>(), 26);
        QCOMPARE(o.at("hour").to_number<int>(), 16);
        QCOMPARE(o.at("minute").to_number<int>(), 34);
        QCOMPARE(o.at("second").to_number<int>(), 44);
        QCOMPARE(o.at("microsecond").to_number<int>(), 123000);
        QCOMPARE(tryton::decodeDateTime(encoded), std::optional<TimePoint>(at));
    }

    void dateTimeFromServerKeepsMilliseconds()
    {
        const auto value = parseJson(R"({"__class__":"datetime","year":2026,"month":1,"day":2,)"
                                     R"("hour":3,"minute":4,"second":5,"microsecond":678901})");
        QCOMPARE(tryton::decodeDateTime(value), parseIso8601("2026-01-02T03:04:05.678Z"));
    }

    void requestCarriesExactlyIdMethodParams()
    {
        const auto body =
            parseJson(tryton::buildRequest(7, "model.sale.sale.read", json::array{1, 2}));
        const auto &o = body.as_object();
        QCOMPARE(o.size(), std::size_t(3));
        QCOMPARE(o.at("id").as_int64(), std::int64_t(7));
        QCOMPARE(o.at("method").as_string(), json::string("model.sale.sale.read"));
        QVERIFY(!o.contains("jsonrpc"));
    }

    void errorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("user error")
            << 200
            << R"({"id":1,"error":["UserError",["To get a quote for sale \u0022S1\u0022 you must enter an invoice address.","",null]]})"
            << int(ErrorClass::Data) << "invoice address";
        QTest::newRow("concurrency")
            << 200
            << R"({"id":1,"error":["ConcurrencyException","Records were modified in the meanwhile"]})"
            << int(ErrorClass::Transient) << "modified in the meanwhile";
        QTest::newRow("login exception")
            << 200
            << R"({"id":1,"error":["LoginException",["password","Password for admin","password"]]})"
            << int(ErrorClass::Auth) << "LoginException";
        QTest::newRow("server exception")
            << 200 << R"({"id":1,"error":["Missing context argument",""]})" << int(ErrorClass::Data)
            << "Missing context argument";
        QTest::newRow("forbidden method") << 403 << "" << int(ErrorClass::Auth) << "403";
        QTest::newRow("rate limited") << 429 << "" << int(ErrorClass::RateLimited) << "429";
        QTest::newRow("server failure") << 500 << "<html>" << int(ErrorClass::Transient) << "500";
        QTest::newRow("bad gateway") << 502 << "" << int(ErrorClass::Transient) << "502";
        QTest::newRow("not json") << 200 << "<html>oops</html>" << int(ErrorClass::Transient)
                                  << "invalid JSON";
        QTest::newRow("session refused") << 401 << "" << int(ErrorClass::Auth) << "401";
    }
    void errorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, errorClass);
        QFETCH(QString, messagePart);
        client::HttpResponse response;
        response.status = status;
        response.body = body.toStdString();
        const auto reply = tryton::parseReply(response);
        QVERIFY(!reply.ok());
        QCOMPARE(int(reply.error->errorClass), errorClass);
        QVERIFY2(QString::fromStdString(reply.error->message).contains(messagePart),
                 reply.error->message.c_str());
        QCOMPARE(reply.needsLogin, status == 401);
    }

    void rateLimitKeepsRetryAfter()
    {
        client::HttpResponse response;
        response.status = 429;
        response.headers["Retry-After"] = "7";
        const auto reply = tryton::parseReply(response);
        QCOMPARE(int(reply.error->errorClass), int(ErrorClass::RateLimited));
        QCOMPARE(reply.error->retryAfter, std::optional<Millis>(Millis(7000)));
    }

    void timeoutIsTransient()
    {
        client::HttpResponse response;
        response.transportError = client::TransportError::Timeout;
        const auto reply = tryton::parseReply(response);
        QCOMPARE(int(reply.error->errorClass), int(ErrorClass::Transient));
    }

    void resultIsReturned()
    {
        client::HttpResponse response;
        response.status = 200;
        response.body = R"({"id":3,"result":[{"id":1,"code":"SKU-1"}]})";
        const auto reply = tryton::parseReply(response);
        QVERIFY(reply.ok());
        QCOMPARE(reply.result.as_array().size(), std::size_t(1));
    }

    void logsInAndSendsSessionAndContext()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        scriptLogin(*transport, "abc123");
        transport->answer(200, R"({"id":3,"result":[5]})");
        TrytonClient client(ScriptedTransport::bind(transport),
                            {"http://127.0.0.1:1/", "erp", "admin", "secret", "en", std::nullopt});
        const auto reply =
            client.call("model.sale.sale.search", json::array{json::array{}, 0, nullptr, nullptr});
        QVERIFY(reply.ok());
        QCOMPARE(transport->sent.size(), std::size_t(3));

        const auto login = bodyOf(transport->sent[0]);
        QCOMPARE(login.at("method").as_string(), json::string("common.db.login"));
        QCOMPARE(syncline::serialize(login.at("params")),
                 std::string(R"(["admin",{"password":"secret"},"en"])"));
        QCOMPARE(transport->sent[0].url, std::string("http://127.0.0.1:1/erp/"));
        QVERIFY(!transport->sent[0].headers.contains("Authorization"));

        const auto &call = transport->sent[2];
        QCOMPARE(call.headers.at("Authorization"),
                 "Session " + crypto::base64Encode("admin:1:abc123"));
        QCOMPARE(call.headers.at("Content-Type"), std::string("application/json"));
        const auto params = bodyOf(call).at("params").as_array();
        QCOMPARE(params.size(), std::size_t(5));
        QCOMPARE(params.back().as_object().at("company").as_int64(), std::int64_t(1));
        QCOMPARE(client.company(), std::int64_t(1));
    }

    void explicitCompanyOverridesPreferences()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        scriptLogin(*transport);
        transport->answer(200, R"({"id":3,"result":null})");
        TrytonClient client(ScriptedTransport::bind(transport),
                            {"http://127.0.0.1:1", "erp", "admin", "pw", "en", 4});
        QVERIFY(client
                    .call("model.sale.sale.quote", json::array{json::array{1}},
                          {{"locations", json::array{5}}})
                    .ok());
        const auto context = bodyOf(transport->sent[2]).at("params").as_array().back().as_object();
        QCOMPARE(context.at("company").as_int64(), std::int64_t(4));
        QCOMPARE(syncline::serialize(context.at("locations")), std::string("[5]"));
    }

    void expiredSessionLogsInOnceMore()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        scriptLogin(*transport, "old");
        transport->answer(200, R"({"id":3,"result":1})");
        transport->answer(401, "");
        scriptLogin(*transport, "new");
        transport->answer(200, R"({"id":6,"result":2})");
        TrytonClient client(ScriptedTransport::bind(transport), trytonConnection("pw"));
        QVERIFY(client.call("model.a.b", json::array{}).ok());
        const auto reply = client.call("model.a.b", json::array{});
        QVERIFY(reply.ok());
        QCOMPARE(reply.result.as_int64(), std::int64_t(2));
        QCOMPARE(client.logins(), 2);
        QCOMPARE(transport->sent.back().headers.at("Authorization"),
                 "Session " + crypto::base64Encode("admin:1:new"));
        QCOMPARE(transport->unexpected, 0);
    }

    void refusedAgainAfterReloginIsAuth()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        scriptLogin(*transport);
        transport->answer(200, R"({"id":3,"result":1})");
        transport->answer(401, "");
        scriptLogin(*transport);
        transport->answer(401, "");
        TrytonClient client(ScriptedTransport::bind(transport), trytonConnection("pw"));
        QVERIFY(client.call("model.a.b", json::array{}).ok());
        const auto reply = client.call("model.a.b", json::array{});
        QVERIFY(!reply.ok());
        QCOMPARE(int(reply.error->errorClass), int(ErrorClass::Auth));
        QCOMPARE(client.logins(), 2);                     // one re-login, not a loop
        QCOMPARE(transport->sent.size(), std::size_t(7)); // 3 for the first call, 4 for the second
        QCOMPARE(transport->unexpected, 0);
    }

    void wrongPasswordIsAuth()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        transport->answer(401, "<html>Unauthorized</html>");
        TrytonClient client(ScriptedTransport::bind(transport), trytonConnection("bad"));
        const auto reply = client.call("model.a.b", json::array{});
        QCOMPARE(int(reply.error->errorClass), int(ErrorClass::Auth));
        QVERIFY(QString::fromStdString(reply.error->message).contains("login"));
        QCOMPARE(transport->sent.size(), std::size_t(1));
    }

    void userErrorInsideCallIsData()
    {
        auto transport = std::make_shared<ScriptedTransport>();
        scriptLogin(*transport);
        transport->answer(
            200,
            R"({"id":3,"error":["UserError",["A value is required for field \u0022Unit Price\u0022 in \u0022Sale Line\u0022.","",null]]})");
        TrytonClient client(ScriptedTransport::bind(transport), trytonConnection("pw"));
        const auto reply = client.call("model.sale.sale.create", json::array{json::array{}});
        QCOMPARE(int(reply.error->errorClass), int(ErrorClass::Data));
        QVERIFY(QString::fromStdString(reply.error->message).contains("Unit Price"));
        QCOMPARE(client.logins(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrytonClient)
#include "tst_trytonclient.moc"
