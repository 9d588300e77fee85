#include "config/CrossReferences.h"

#include <algorithm>

namespace syncline::config {

std::string_view toString(XrefKind kind)
{
    switch (kind) {
    case XrefKind::Sku:
        return "sku";
    case XrefKind::Customer:
        return "customer";
    case XrefKind::Location:
        return "location";
    }
    return "unknown";
}

std::string CrossReferences::indexKey(XrefKind kind, std::string_view connection,
                                      std::string_view id)
{
    // NUL cannot occur in a TOML key or connection name, so the parts cannot run together.
    std::string key(toString(kind));
    key += '\0';
    key += connection;
    key += '\0';
    key += id;
    return key;
}

CrossReferences::AddResult CrossReferences::add(CrossReference entry, const CrossReference **clash)
{
    auto externalKey = indexKey(entry.kind, entry.connection, entry.externalId);
    auto canonicalKey = indexKey(entry.kind, entry.connection, entry.canonicalId);
    if (const auto it = byExternal_.find(externalKey); it != byExternal_.end()) {
        if (clash != nullptr)
            *clash = &entries_[it->second];
        return AddResult::DuplicateExternal;
    }
    if (const auto it = byCanonical_.find(canonicalKey); it != byCanonical_.end()) {
        if (clash != nullptr)
            *clash = &entries_[it->second];
        return AddResult::DuplicateCanonical;
    }
    byExternal_.emplace(std::move(externalKey), entries_.size());
    byCanonical_.emplace(std::move(canonicalKey), entries_.size());
    entries_.push_back(std::move(entry));
    return AddResult::Added;
}

std::optional<std::string> CrossReferences::toCanonical(XrefKind kind, std::string_view connection,
                                                        std::string_view externalId) const
{
    const auto it = byExternal_.find(indexKey(kind, connection, externalId));
    if (it == byExternal_.end())
        return std::nullopt;
    return entries_[it->second].canonicalId;
}

std::optional<std::string> CrossReferences::toExternal(XrefKind kind, std::string_view connection,
                                                       std::string_view canonicalId) const
{
    const auto it = byCanonical_.find(indexKey(kind, connection, canonicalId));
    if (it == byCanonical_.end())
        return std::nullopt;
    return entries_[it->second].externalId;
}

std::size_t CrossReferences::count(XrefKind kind) const
{
    return static_cast<std::size_t>(std::count_if(
        entries_.begin(), entries_.end(), [kind](const auto &e) { return e.kind == kind; }));
}

} // namespace syncline::config
