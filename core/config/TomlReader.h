#pragma once

// Internal to the configuration library: typed access to toml++ tables that records a
// diagnostic for every missing, mistyped or unknown key. Nothing here is part of the public API,
// so toml++ types stay inside the library.

#include "config/SourcePosition.h"
#include "util/Clock.h"

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::config::detail {

class Diagnostics {
public:
    Diagnostics(std::string file, std::filesystem::path baseDirectory);

    const std::string &file() const { return file_; }
    const std::filesystem::path &baseDirectory() const { return baseDirectory_; }

    SourcePosition positionOf(const toml::source_region &region, std::string key) const;
    SourcePosition positionOf(const toml::node &node, std::string key) const;

    void error(const SourcePosition &where, std::string message);
    void warning(const SourcePosition &where, std::string message);

    bool hasErrors() const { return !errors_.empty(); }
    // Sorted by position, so the output reads top to bottom like the file.
    std::vector<Diagnostic> takeErrors();
    std::vector<Diagnostic> takeWarnings();

    // Relative paths in the file are relative to the file's directory.
    std::filesystem::path resolvePath(std::string_view text) const;

private:
    std::string file_;
    std::filesystem::path baseDirectory_;
    std::vector<Diagnostic> errors_;
    std::vector<Diagnostic> warnings_;
};

std::string_view typeName(const toml::node &node);
// Closest candidate within a small edit distance, for "did you mean" hints.
std::optional<std::string_view> closestMatch(std::string_view word,
                                             const std::vector<std::string_view> &candidates);
std::string joinNames(const std::vector<std::string_view> &names);
std::string inQuotes(std::string_view text);

// Reads one table. Every key asked for becomes known; finish() reports the others as unknown,
// so that a misspelt key is an error instead of a silently ignored setting.
class TableReader {
public:
    TableReader(Diagnostics &diagnostics, const toml::table &table, std::string path);

    const toml::table &table() const { return table_; }
    const std::string &path() const { return path_; }
    std::string keyPath(std::string_view key) const;
    // Position of the key's value, or of the table itself when the key is absent.
    SourcePosition position(std::string_view key) const;
    SourcePosition tablePosition() const;

    const toml::node *get(std::string_view key);
    bool has(std::string_view key);

    std::optional<std::string> string(std::string_view key, bool required = false);
    // Non-empty string; an empty one is reported like a missing one.
    std::optional<std::string> text(std::string_view key, bool required = false);
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max,
                                        bool required = false);
    std::optional<double> number(std::string_view key, bool required = false);
    std::optional<Millis> duration(std::string_view key, bool required = false);
    const toml::table *subTable(std::string_view key);
    // An array of tables written as [[key]]; an empty array when absent.
    const toml::array *tableArray(std::string_view key);
    std::optional<std::vector<std::string>> stringArray(std::string_view key);
    // A value that must be one of a fixed set of names; a near miss gets a "did you mean".
    template <typename Enum, typename Parse>
    std::optional<Enum> choice(std::string_view key, Parse parse,
                               const std::vector<std::string_view> &choices, bool required)
    {
        const auto value = string(key, required);
        if (!value)
            return std::nullopt;
        if (const auto parsed = parse(*value))
            return parsed;
        std::string message = "unknown value " + inQuotes(*value) + "; ";
        if (const auto hint = closestMatch(*value, choices))
            message += "did you mean " + inQuotes(*hint) + "?";
        else
            message += "expected " + joinNames(choices);
        diagnostics_.error(position(key), message);
        return std::nullopt;
    }

    void missing(std::string_view key);
    void finish();

private:
    void wrongType(std::string_view key, const toml::node &node, std::string_view expected);

    Diagnostics &diagnostics_;
    const toml::table &table_;
    std::string path_;
    std::set<std::string, std::less<>> known_;
};

} // namespace syncline::config::detail
