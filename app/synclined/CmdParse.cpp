#include "Arguments.h"
#include "Commands.h"
#include "files/ParseCommand.h"
#include "host/ConfigWiring.h"
#include "model/Json.h"
#include "wire/ShopifyMapping.h"
#include "wire/WooCommerceMapping.h"

#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

namespace syncline::cli {

namespace {

constexpr const char *usage =
    "usage: synclined parse --format x12|csv|shopify|woocommerce [--topic T]\n"
    "                       [--config FILE --connection C] FILE\n"
    "\n"
    "Reads one partner file or webhook body the way the engine would and prints the canonical\n"
    "events as JSON lines on standard output, or each refused record with its position (line,\n"
    "column, X12 segment) on standard error. --topic names the webhook topic (orders/create,\n"
    "order.updated...); --config/--connection take the CSV columns of a configured connection.\n"
    "\n"
    "Exit status: 0 read (every record), 1 rejected (the file, or some records), 2 usage error.\n";

} // namespace

int parseCommand(const std::vector<std::string> &args, CommandIo io)
{
    const Arguments arguments(args, {"format", "topic", "config", "connection"}, {"help"});
    if (arguments.flag("help")) {
        io.out << usage;
        return 0;
    }
    const auto format = arguments.value("format");
    if (!arguments.ok() || !format || arguments.positional().size() != 1) {
        io.err << (arguments.ok() ? "" : "synclined parse: " + arguments.error() + "\n") << usage;
        return 2;
    }
    const std::string path = arguments.positional()[0];
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        io.err << "synclined parse: cannot read " << path << "\n";
        return 2;
    }
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    const std::string connection = arguments.value("connection").value_or("support");

    if (*format == "shopify" || *format == "woocommerce") {
        const auto topic = arguments.value("topic");
        if (!topic) {
            io.err << "synclined parse: --topic is required for webhook bodies\n";
            return 2;
        }
        try {
            const auto events =
                *format == "shopify"
                    ? wire::mapShopifyWebhook(*topic, bytes,
                                              wire::ShopifyContext{connection, {}, "shopify", {}})
                    : wire::mapWooCommerceWebhook(
                          *topic, bytes, wire::WooCommerceContext{connection, "woocommerce"});
            for (const auto &event : events)
                io.out << serialize(eventToJson(event)) << "\n";
            io.err << path << ": read, " << events.size() << " event(s)\n";
            return 0;
        } catch (const MappingError &error) {
            io.err << path << ": rejected: " << error.what() << "\n";
            return 1;
        }
    }
    if (*format != "x12" && *format != "csv") {
        io.err << "synclined parse: unknown format " << *format
               << " (x12, csv, shopify, woocommerce)\n";
        return 2;
    }

    files::CsvOptions csv;
    csv.connection = connection;
    if (const auto configFile = arguments.value("config")) {
        const auto config = host::loadConfigOrReport(*configFile, io.err);
        if (!config)
            return 2;
        const auto *configured = config->findConnection(connection);
        if (!configured) {
            io.err << "synclined parse: " << *configFile << " has no connection " << connection
                   << "\n";
            return 2;
        }
        csv = host::csvOptionsFor(*configured);
    }
    const auto result = files::parseFileForSupport(*format, bytes, csv, connection,
                                                   std::filesystem::path(path).filename().string());
    if (result.fatal) {
        io.err << path << ": rejected: " << result.fatalReason << "\n";
        return 1;
    }
    for (const auto &event : result.events)
        io.out << serialize(eventToJson(event)) << "\n";
    for (const auto &warning : result.warnings)
        io.err << path << ": warning: " << files::describe(warning) << "\n";
    for (const auto &error : result.errors)
        io.err << path << ": " << files::describe(error) << "\n";
    io.err << path << ": " << result.events.size() << " event(s), " << result.errors.size()
           << " record(s) refused\n";
    return result.errors.empty() ? 0 : 1;
}

} // namespace syncline::cli
