#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace syncline::store {

class DatabaseError : public std::runtime_error {
public:
    DatabaseError(const std::string &message, int code)
        : std::runtime_error(message)
        , code_(code)
    {}
    int code() const { return code_; }

private:
    int code_;
};

class Statement;

// One SQLite connection. Not thread-safe: the writer owns one, each reader thread another.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database(const std::filesystem::path &file, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // Statements prepared once and reused for the life of the connection (hot paths).
    Statement &cached(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    sqlite3 *handle() const { return db_; }
    const std::filesystem::path &file() const { return file_; }

private:
    struct Cache;
    sqlite3 *db_ = nullptr;
    std::filesystem::path file_;
    Cache *cache_ = nullptr;
};

// A prepared statement with positional binding (1-based) and column access (0-based).
class Statement {
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done. Throws DatabaseError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    Database *db_ = nullptr;
    sqlite3_stmt *stmt_ = nullptr;
};

// RAII transaction; rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    void commit();

private:
    Database &db_;
    bool done_ = false;
};

} // namespace syncline::store
