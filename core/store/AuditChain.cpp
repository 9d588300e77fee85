#include "store/AuditChain.h"

#include "util/Crypto.h"

namespace syncline::store {

std::string genesisHash()
{
    return std::string(64, '0');
}

std::string auditHash(const AuditEntry &entry)
{
    // Every field is prefixed with its length, so no two different entries serialise alike.
    std::string material;
    auto add = [&material](const std::string &field) {
        material += std::to_string(field.size());
        material += '\x1f';
        material += field;
        material += '\x1e';
    };
    // The position is not hashed: the link to the previous hash is what fixes the order, so a
    // moved entry still matches its own hash and shows up as a broken link (reordered) rather
    // than as an edit.
    add(entry.previousHash);
    add(std::to_string(toEpochMs(entry.at)));
    add(entry.actor);
    add(entry.role);
    add(entry.action);
    add(entry.objectType);
    add(entry.objectId);
    add(entry.before);
    add(entry.after);
    add(entry.reason);
    return crypto::sha256Hex(material);
}

} // namespace syncline::store
