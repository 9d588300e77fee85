#pragma once

#include "connectors/Transport.h"

#include <QProcess>
#include <QString>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <memory>
#include <optional>
#include <string>

// The real servers of the integration tests: installed and started here, on 127.0.0.1 and free
// ports, stopped by their own process ids.
namespace realsystems {

unsigned short freePort();
QString runScript(const QString &script, const QStringList &arguments, int timeoutMs);

// A server process with its output in a log file; stop() sends SIGTERM to it, then SIGKILL.
class ServerProcess {
public:
    ~ServerProcess() { stop(); }
    bool start(const QString &program, const QStringList &arguments,
               const QString &workingDirectory, const QString &logFile,
               const QProcessEnvironment &environment);
    void stop();
    void kill(); // abrupt, as a crash or a power cut would
    qint64 pid() const { return process_ ? process_->processId() : 0; }
    bool running() const { return process_ && process_->state() == QProcess::Running; }

private:
    std::unique_ptr<QProcess> process_;
};

// JSON-RPC for the set-up, with explicit contexts: before a company exists there is no user
// preference to take one from.
class TrytonAdmin {
public:
    TrytonAdmin(syncline::connectors::BlockingTransport transport, std::string baseUrl,
                std::string database);
    bool login(const std::string &user, const std::string &password);
    // Throws std::runtime_error with the server's error.
    boost::json::value call(const std::string &method, boost::json::array params);
    bool waitUntilUp(int timeoutMs);

private:
    syncline::connectors::BlockingTransport transport_;
    std::string baseUrl_;
    std::string database_;
    std::string session_;
    std::int64_t nextId_ = 1;
};

struct GraphqlAnswer {
    boost::json::value data;
    std::string authToken; // vendure-auth-token response header
};

// Admin or Shop API calls with a bearer token (the set-up and the storefront customer).
// Throws std::runtime_error on GraphQL errors.
GraphqlAnswer graphql(const syncline::connectors::BlockingTransport &transport,
                      const std::string &url, const std::string &query,
                      boost::json::object variables = {}, const std::string &bearer = {});

// A guest checkout through the Shop API (add items, customer, address, shipping, dummy
// payment); returns the order code.
std::string placeOrder(const syncline::connectors::BlockingTransport &transport,
                       const std::string &shopUrl,
                       const std::vector<std::pair<std::string, int>> &variantQuantities,
                       const std::string &email);

} // namespace realsystems
