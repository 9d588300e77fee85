#include "AuditTrail.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace syncline::crash {

namespace {

std::vector<QStringList> csvRecords(const QByteArray &csv)
{
    std::vector<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n') {
            record << QString::fromUtf8(field);
            field.clear();
            records.push_back(record);
            record.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << QString::fromUtf8(field);
        records.push_back(record);
    }
    return records;
}

} // namespace

std::vector<AuditRow> parseAuditExport(const QByteArray &csv)
{
    const auto records = csvRecords(csv);
    std::vector<AuditRow> rows;
    if (records.empty())
        return rows;
    const QStringList &header = records.front();
    const auto sequence = header.indexOf("sequence");
    const auto actor = header.indexOf("actor");
    const auto action = header.indexOf("action");
    const auto objectId = header.indexOf("object_id");
    const auto needed = std::max({sequence, actor, action, objectId});
    if (std::min({sequence, actor, action, objectId}) < 0)
        return rows;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList &r = records[i];
        if (r.size() <= needed)
            continue;
        rows.push_back({r[sequence].toLongLong(), r[actor], r[action], r[objectId]});
    }
    return rows;
}

QString tamperWithCopy(const QString &from, const QString &to, const QByteArray &sql)
{
    if (!QDir().mkpath(to))
        return "cannot create " + to;
    // The database with its write-ahead log, if one is left.
    for (const QString &name : QDir(from).entryList({"*.db", "*.db-wal", "*.db-shm"}, QDir::Files))
        if (!QFile::copy(from + "/" + name, to + "/" + name))
            return "cannot copy " + name;
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(to + "/syncline.db");
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return "cannot open the copy: " + error;
    }
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = QString::fromUtf8(message ? message : "failed");
    else if (sqlite3_changes(db) == 0)
        error = "the statement changed nothing: " + QString::fromUtf8(sql);
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

} // namespace syncline::crash
