#pragma once

#include "config/SourcePosition.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace syncline::config {

enum class XrefKind { Sku, Customer, Location };
std::string_view toString(XrefKind kind);

// One identifier pair: what a connection calls something, and what Syncline calls it.
struct CrossReference {
    XrefKind kind = XrefKind::Sku;
    std::string connection;
    std::string externalId;
    std::string canonicalId;
    SourcePosition position;
};

// Identifier mappings, per connection and kind, looked up in both directions. Each mapping is
// one-to-one within a connection: two external ids for one canonical id would make outbound
// writes ambiguous, and the reverse would merge two records into one.
class CrossReferences {
public:
    enum class AddResult { Added, DuplicateExternal, DuplicateCanonical };

    // Leaves the table unchanged unless the result is Added; `clash` is then the entry it
    // collides with.
    AddResult add(CrossReference entry, const CrossReference **clash = nullptr);

    std::optional<std::string> toCanonical(XrefKind kind, std::string_view connection,
                                           std::string_view externalId) const;
    std::optional<std::string> toExternal(XrefKind kind, std::string_view connection,
                                          std::string_view canonicalId) const;

    const std::vector<CrossReference> &entries() const { return entries_; }
    std::size_t count(XrefKind kind) const;

private:
    static std::string indexKey(XrefKind kind, std::string_view connection, std::string_view id);

    std::vector<CrossReference> entries_;
    std::map<std::string, std::size_t, std::less<>> byExternal_;
    std::map<std::string, std::size_t, std::less<>> byCanonical_;
};

} // namespace syncline::config
