#include "store/Database.h"

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace syncline::store {

namespace {

[[noreturn]] void fail(sqlite3 *db, int code, std::string_view what)
{
    std::string message(what);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw DatabaseError(message, code);
}

// Looked up once per statement run: hashing the text once is cheaper than the ordered map's
// comparisons of long SQL strings that share their first words.
struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const noexcept
    {
        return std::hash<std::string_view>{}(sql);
    }
};

} // namespace

struct Database::Cache {
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>>
        statements;
};

Database::Database(const std::filesystem::path &file, Mode mode)
    : file_(file)
{
    // Memory statistics cost a global mutex on every allocation; nothing here reads them.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const int flags = mode == Mode::ReadWrite
                          ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
                          : SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(file.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = "cannot open " + file.string() + ": " +
                                    (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close(db_);
        db_ = nullptr;
        throw DatabaseError(message, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    // Readers and the writer share the file; a reader briefly waits out a checkpoint.
    sqlite3_busy_timeout(db_, 5000);
    cache_ = new Cache;
}

Database::~Database()
{
    delete cache_;
    sqlite3_close(db_);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw DatabaseError(message + " (in: " + text.substr(0, 80) + ")", rc);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

Statement &Database::cached(std::string_view sql)
{
    auto it = cache_->statements.find(sql);
    if (it == cache_->statements.end())
        it = cache_->statements.emplace(std::string(sql), std::make_unique<Statement>(*this, sql))
                 .first;
    it->second->reset();
    return *it->second;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

int Database::userVersion()
{
    Statement s(*this, "PRAGMA user_version");
    s.step();
    return static_cast<int>(s.integer(0));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

Statement::Statement(Database &db, std::string_view sql)
    : db_(&db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(db.handle(), rc, "prepare \"" + std::string(sql.substr(0, 80)) + "\"");
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement &&other) noexcept
    : db_(other.db_)
    , stmt_(other.stmt_)
{
    other.stmt_ = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = other.stmt_;
        other.stmt_ = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(db_->handle(), rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string(reinterpret_cast<const char *>(data), static_cast<std::size_t>(size))
                : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

Transaction::Transaction(Database &db, bool immediate)
    : db_(db)
{
    db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const DatabaseError &) {
            // The transaction may already have been rolled back by SQLite itself.
        }
    }
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace syncline::store
