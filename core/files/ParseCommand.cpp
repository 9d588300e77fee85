#include "files/ParseCommand.h"

#include "files/X12Reader.h"

namespace syncline::files {

ParseResult parseFileForSupport(std::string_view format, std::string_view bytes,
                                const CsvOptions &csv, std::string_view connection,
                                std::string_view fileName)
{
    if (format == "csv") {
        auto options = csv;
        options.connection = std::string(connection);
        return readCsv(bytes, options, fileName);
    }
    if (format == "x12") {
        X12ReadOptions options;
        options.connection = std::string(connection);
        options.fileName = std::string(fileName);
        options.defaultLocation = csv.defaultLocation;
        return readX12(bytes, options).result;
    }
    ParseResult result;
    result.fatal = true;
    result.fatalReason = "unknown format \"" + std::string(format) + "\" (expected x12 or csv)";
    return result;
}

} // namespace syncline::files
