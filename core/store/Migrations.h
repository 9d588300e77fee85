#pragma once

namespace syncline::store {

class Database;

// The schema evolves by numbered steps recorded in PRAGMA user_version. A store at any earlier
// version is brought up to date step by step, each step in its own transaction, so an upgrade
// interrupted by a crash resumes where it stopped.
int latestSchemaVersion();
// Applies the steps after the store's current version up to `targetVersion` (the latest when
// negative). Refuses a store newer than this build knows.
void migrate(Database &db, int targetVersion = -1);

} // namespace syncline::store
