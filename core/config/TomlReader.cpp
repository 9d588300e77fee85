#include "config/TomlReader.h"

#include "config/Duration.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace syncline::config::detail {

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool positionLess(const Diagnostic &a, const Diagnostic &b)
{
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
}

} // namespace

Diagnostics::Diagnostics(std::string file, std::filesystem::path baseDirectory)
    : file_(std::move(file))
    , baseDirectory_(std::move(baseDirectory))
{}

SourcePosition Diagnostics::positionOf(const toml::source_region &region, std::string key) const
{
    return {file_, std::max(1, static_cast<int>(region.begin.line)),
            std::max(1, static_cast<int>(region.begin.column)), std::move(key)};
}

SourcePosition Diagnostics::positionOf(const toml::node &node, std::string key) const
{
    return positionOf(node.source(), std::move(key));
}

void Diagnostics::error(const SourcePosition &where, std::string message)
{
    errors_.push_back(diagnosticAt(where, std::move(message)));
}

void Diagnostics::warning(const SourcePosition &where, std::string message)
{
    warnings_.push_back(diagnosticAt(where, std::move(message)));
}

std::vector<Diagnostic> Diagnostics::takeErrors()
{
    std::stable_sort(errors_.begin(), errors_.end(), positionLess);
    return std::move(errors_);
}

std::vector<Diagnostic> Diagnostics::takeWarnings()
{
    std::stable_sort(warnings_.begin(), warnings_.end(), positionLess);
    return std::move(warnings_);
}

std::filesystem::path Diagnostics::resolvePath(std::string_view text) const
{
    std::filesystem::path path{std::string(text)};
    if (path.is_relative() && !baseDirectory_.empty())
        path = baseDirectory_ / path;
    return path.lexically_normal();
}

std::string_view typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a floating-point number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::none:
        break;
    }
    return "nothing";
}

std::optional<std::string_view> closestMatch(std::string_view word,
                                             const std::vector<std::string_view> &candidates)
{
    std::optional<std::string_view> best;
    std::size_t bestDistance = word.size() <= 4 ? 1 : 2;
    for (const auto candidate : candidates) {
        const std::size_t distance = editDistance(word, candidate);
        if (distance <= bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string joinNames(const std::vector<std::string_view> &names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += i + 1 == names.size() ? (names.size() == 2 ? " or " : ", or ") : ", ";
        text += names[i];
    }
    return text;
}

std::string inQuotes(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

TableReader::TableReader(Diagnostics &diagnostics, const toml::table &table, std::string path)
    : diagnostics_(diagnostics)
    , table_(table)
    , path_(std::move(path))
{}

std::string TableReader::keyPath(std::string_view key) const
{
    if (path_.empty())
        return std::string(key);
    return path_ + "." + std::string(key);
}

SourcePosition TableReader::position(std::string_view key) const
{
    if (const toml::node *node = table_.get(key))
        return diagnostics_.positionOf(*node, keyPath(key));
    return diagnostics_.positionOf(table_, keyPath(key));
}

SourcePosition TableReader::tablePosition() const
{
    return diagnostics_.positionOf(table_, path_);
}

const toml::node *TableReader::get(std::string_view key)
{
    known_.emplace(key);
    return table_.get(key);
}

bool TableReader::has(std::string_view key)
{
    return get(key) != nullptr;
}

void TableReader::missing(std::string_view key)
{
    diagnostics_.error(position(key), "required key is missing");
}

void TableReader::wrongType(std::string_view key, const toml::node &node, std::string_view expected)
{
    diagnostics_.error(position(key), "expected " + std::string(expected) + ", found " +
                                          std::string(typeName(node)));
}

std::optional<std::string> TableReader::string(std::string_view key, bool required)
{
    const toml::node *node = get(key);
    if (node == nullptr) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    if (const auto *value = node->as_string())
        return value->get();
    wrongType(key, *node, "a string");
    return std::nullopt;
}

std::optional<std::string> TableReader::text(std::string_view key, bool required)
{
    auto value = string(key, required);
    if (value && value->empty()) {
        diagnostics_.error(position(key), "must not be empty");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, std::int64_t min,
                                                 std::int64_t max, bool required)
{
    const toml::node *node = get(key);
    if (node == nullptr) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    const auto *value = node->as_integer();
    if (value == nullptr) {
        wrongType(key, *node, "an integer");
        return std::nullopt;
    }
    if (value->get() < min || value->get() > max) {
        diagnostics_.error(position(key), "must be between " + std::to_string(min) + " and " +
                                              std::to_string(max) + ", found " +
                                              std::to_string(value->get()));
        return std::nullopt;
    }
    return value->get();
}

std::optional<double> TableReader::number(std::string_view key, bool required)
{
    const toml::node *node = get(key);
    if (node == nullptr) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    if (const auto *value = node->as_floating_point())
        return value->get();
    if (const auto *value = node->as_integer())
        return static_cast<double>(value->get());
    wrongType(key, *node, "a number");
    return std::nullopt;
}

std::optional<Millis> TableReader::duration(std::string_view key, bool required)
{
    const toml::node *node = get(key);
    if (node == nullptr) {
        if (required)
            missing(key);
        return std::nullopt;
    }
    const auto *value = node->as_string();
    if (value == nullptr) {
        if (node->is_number()) {
            diagnostics_.error(position(key), "a duration is a string with a unit, such as "
                                              "\"60s\", \"5m\", \"1h\" or \"24h\"");
            return std::nullopt;
        }
        wrongType(key, *node, "a duration string");
        return std::nullopt;
    }
    const auto parsed = parseDuration(value->get());
    if (!parsed) {
        diagnostics_.error(position(key), "'" + value->get() +
                                              "' is not a duration; write a number and a unit "
                                              "(ms, s, m, h, d), such as \"60s\" or \"5m\"");
        return std::nullopt;
    }
    if (parsed->count() <= 0) {
        diagnostics_.error(position(key), "must be longer than zero");
        return std::nullopt;
    }
    return parsed;
}

const toml::table *TableReader::subTable(std::string_view key)
{
    const toml::node *node = get(key);
    if (node == nullptr)
        return nullptr;
    if (const auto *table = node->as_table())
        return table;
    wrongType(key, *node, "a table");
    return nullptr;
}

const toml::array *TableReader::tableArray(std::string_view key)
{
    const toml::node *node = get(key);
    if (node == nullptr)
        return nullptr;
    const auto *array = node->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
        diagnostics_.error(position(key), "expected [[" + keyPath(key) + "]] tables, found " +
                                              std::string(typeName(*node)));
        return nullptr;
    }
    return array;
}

std::optional<std::vector<std::string>> TableReader::stringArray(std::string_view key)
{
    const toml::node *node = get(key);
    if (node == nullptr)
        return std::nullopt;
    const auto *array = node->as_array();
    if (array == nullptr) {
        wrongType(key, *node, "an array of strings");
        return std::nullopt;
    }
    std::vector<std::string> values;
    for (const toml::node &element : *array) {
        const auto *value = element.as_string();
        if (value == nullptr) {
            diagnostics_.error(diagnostics_.positionOf(element, keyPath(key)),
                               "expected a string, found " + std::string(typeName(element)));
            return std::nullopt;
        }
        values.push_back(value->get());
    }
    return values;
}

void TableReader::finish()
{
    std::vector<std::string_view> expected(known_.begin(), known_.end());
    for (const auto &[key, node] : table_) {
        if (known_.contains(key.str()))
            continue;
        std::string message = "unknown key '" + std::string(key.str()) + "'";
        if (const auto hint = closestMatch(key.str(), expected))
            message += "; did you mean '" + std::string(*hint) + "'?";
        else
            message += "; expected " + joinNames(expected);
        diagnostics_.error(diagnostics_.positionOf(key.source(), keyPath(key.str())), message);
    }
}

} // namespace syncline::config::detail
