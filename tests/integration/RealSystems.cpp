#include "RealSystems.h"

#include "connectors/TrytonClient.h"
#include "model/Json.h"
#include "util/Crypto.h"

#include <QDir>
#include <QThread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace json = boost::json;
using namespace syncline;

namespace realsystems {

unsigned short freePort()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

QString runScript(const QString &script, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(SYNCLINE_SOURCE_DIR "/scripts/") + script, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed (exit %d)", qPrintable(script), process.exitCode());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool ServerProcess::start(const QString &program, const QStringList &arguments,
                          const QString &workingDirectory, const QString &logFile,
                          const QProcessEnvironment &environment)
{
    stop();
    process_ = std::make_unique<QProcess>();
    process_->setWorkingDirectory(workingDirectory);
    process_->setProcessEnvironment(environment);
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(logFile, QIODevice::Append);
    process_->start(program, arguments);
    return process_->waitForStarted(10'000);
}

void ServerProcess::stop()
{
    if (!process_)
        return;
    if (process_->state() != QProcess::NotRunning) {
        process_->terminate(); // SIGTERM to this process id only
        if (!process_->waitForFinished(10'000)) {
            process_->kill();
            process_->waitForFinished(5'000);
        }
    }
    process_.reset();
}

void ServerProcess::kill()
{
    if (!process_)
        return;
    process_->kill();
    process_->waitForFinished(5'000);
    process_.reset();
}

TrytonAdmin::TrytonAdmin(connectors::BlockingTransport transport, std::string baseUrl,
                         std::string database)
    : transport_(std::move(transport))
    , baseUrl_(std::move(baseUrl))
    , database_(std::move(database))
{}

bool TrytonAdmin::waitUntilUp(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        client::HttpRequest request;
        request.method = "POST";
        request.url = baseUrl_ + "/";
        request.headers["Content-Type"] = "application/json";
        request.body = connectors::tryton::buildRequest(1, "common.server.version", json::array{});
        if (transport_(request).status == 200)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return false;
}

bool TrytonAdmin::login(const std::string &user, const std::string &password)
{
    session_.clear();
    const auto result =
        call("common.db.login", json::array{user, json::object{{"password", password}}, "en"});
    const auto &pair = result.as_array();
    session_ = "Session " + crypto::base64Encode(user + ":" + std::to_string(pair[0].as_int64()) +
                                                 ":" + std::string(pair[1].as_string()));
    return true;
}

json::value TrytonAdmin::call(const std::string &method, json::array params)
{
    client::HttpRequest request;
    request.method = "POST";
    request.url = baseUrl_ + "/" + database_ + "/";
    request.headers["Content-Type"] = "application/json";
    if (!session_.empty())
        request.headers["Authorization"] = session_;
    request.body = connectors::tryton::buildRequest(nextId_++, method, params);
    const auto reply = connectors::tryton::parseReply(transport_(std::move(request)));
    if (!reply.ok())
        throw std::runtime_error(method + ": " + reply.error->message);
    return reply.result;
}

GraphqlAnswer graphql(const connectors::BlockingTransport &transport, const std::string &url,
                      const std::string &query, json::object variables, const std::string &bearer)
{
    client::HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers["Content-Type"] = "application/json";
    if (!bearer.empty())
        request.headers["Authorization"] = "Bearer " + bearer;
    request.body =
        syncline::serialize(json::object{{"query", query}, {"variables", std::move(variables)}});
    const auto response = transport(std::move(request));
    if (response.status != 200)
        throw std::runtime_error("GraphQL HTTP " + std::to_string(response.status) + ": " +
                                 response.body);
    const auto body = parseJson(response.body);
    if (const auto *errors = body.as_object().if_contains("errors"))
        throw std::runtime_error("GraphQL errors: " + syncline::serialize(*errors));
    return {body.at("data"), response.header("vendure-auth-token")};
}

namespace {

void expectOrder(const json::value &result, const std::string &step)
{
    const auto type = result.at("__typename").as_string();
    if (type != "Order")
        throw std::runtime_error(step + " answered " + syncline::serialize(result));
}

} // namespace

std::string placeOrder(const connectors::BlockingTransport &transport, const std::string &shopUrl,
                       const std::vector<std::pair<std::string, int>> &variantQuantities,
                       const std::string &email)
{
    const std::string orderResult =
        "{ __typename ... on Order { id code state } ... on ErrorResult { errorCode message } }";
    std::string token;
    for (const auto &[variant, quantity] : variantQuantities) {
        auto added = graphql(
            transport, shopUrl,
            "mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, quantity: $q) " +
                orderResult + " }",
            {{"v", variant}, {"q", quantity}}, token);
        if (token.empty())
            token = added.authToken;
        expectOrder(added.data.at("addItemToOrder"), "addItemToOrder");
    }
    const auto local = email.substr(0, email.find('@'));
    expectOrder(
        graphql(
            transport, shopUrl,
            "mutation($e: String!, $n: String!) { setCustomerForOrder(input: { emailAddress: $e, "
            "firstName: $n, lastName: \"Customer\" }) " +
                orderResult + " }",
            {{"e", email}, {"n", local}}, token)
            .data.at("setCustomerForOrder"),
        "setCustomerForOrder");
    expectOrder(
        graphql(
            transport, shopUrl,
            "mutation($n: String!) { setOrderShippingAddress(input: { fullName: $n, streetLine1: "
            "\"1 Main St\", city: \"New York\", postalCode: \"10001\", province: \"NY\", "
            "countryCode: \"US\", phoneNumber: \"555-0100\" }) " +
                orderResult + " }",
            {{"n", local + " Customer"}}, token)
            .data.at("setOrderShippingAddress"),
        "setOrderShippingAddress");
    const auto methods =
        graphql(transport, shopUrl, "{ eligibleShippingMethods { id code } }", {}, token);
    const auto shippingId = methods.data.at("eligibleShippingMethods").as_array().at(0).at("id");
    expectOrder(graphql(transport, shopUrl,
                        "mutation($s: [ID!]!) { setOrderShippingMethod(shippingMethodId: $s) " +
                            orderResult + " }",
                        {{"s", json::array{shippingId}}}, token)
                    .data.at("setOrderShippingMethod"),
                "setOrderShippingMethod");
    expectOrder(graphql(transport, shopUrl,
                        "mutation { transitionOrderToState(state: \"ArrangingPayment\") " +
                            orderResult + " }",
                        {}, token)
                    .data.at("transitionOrderToState"),
                "transitionOrderToState");
    const auto paid =
        graphql(
            transport, shopUrl,
            "mutation { addPaymentToOrder(input: { method: \"dummy-payment\", metadata: {} }) " +
                orderResult + " }",
            {}, token)
            .data.at("addPaymentToOrder");
    expectOrder(paid, "addPaymentToOrder");
    return std::string(paid.at("code").as_string());
}

} // namespace realsystems
