#pragma once

#include "engine/Snapshots.h"

#include <string>

namespace syncline::store {

// Each audit entry's hash covers its own fields and the previous entry's hash, so editing,
// deleting or reordering any entry breaks the chain from that point on.
std::string genesisHash();
std::string auditHash(const AuditEntry &entry);

} // namespace syncline::store
