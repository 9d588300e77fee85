#include "models/AuditCsv.h"

#include "engine/Engine.h"

#include <QDateTime>
#include <QSaveFile>
#include <QStringList>

namespace syncline::ui {

namespace {

constexpr int ExportPageSize = 5000;

QString isoTime(TimePoint at)
{
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(at), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString csvField(QStringView value)
{
    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value.toString();
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'"';
    for (const QChar c : value) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

QString auditCsvHeader()
{
    // Column names are a file format, read by scripts: not translated.
    return QStringLiteral("sequence,time,actor,role,action,object_type,object_id,reason,before,"
                          "after,previous_hash,hash\r\n");
}

QString auditCsvLine(const AuditEntry &entry)
{
    const QStringList fields{QString::number(entry.sequence),
                             isoTime(entry.at),
                             QString::fromStdString(entry.actor),
                             QString::fromStdString(entry.role),
                             QString::fromStdString(entry.action),
                             QString::fromStdString(entry.objectType),
                             QString::fromStdString(entry.objectId),
                             QString::fromStdString(entry.reason),
                             QString::fromStdString(entry.before),
                             QString::fromStdString(entry.after),
                             QString::fromStdString(entry.previousHash),
                             QString::fromStdString(entry.hash)};
    QString line;
    for (const QString &field : fields) {
        if (!line.isEmpty())
            line += u',';
        line += csvField(field);
    }
    line += QStringLiteral("\r\n");
    return line;
}

AuditExportResult writeAuditCsv(const Engine &engine, AuditQuery query, const QString &path)
{
    AuditExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    file.write(auditCsvHeader().toUtf8());
    const bool byKey = query.sortBy == AuditSort::Sequence && !query.descending;
    query.limit = ExportPageSize;
    query.offset = 0;
    try {
        for (;;) {
            const auto page = engine.audit(query).get();
            for (const AuditEntry &entry : page) {
                if (file.write(auditCsvLine(entry).toUtf8()) < 0) {
                    result.error = file.errorString();
                    file.cancelWriting();
                    return result;
                }
            }
            result.rows += qint64(page.size());
            if (page.size() < std::size_t(ExportPageSize))
                break;
            if (byKey)
                query.afterSequence = page.back().sequence;
            else
                query.offset += std::int64_t(page.size());
        }
    } catch (const std::exception &error) {
        file.cancelWriting();
        result.error = QString::fromStdString(error.what());
        return result;
    }
    if (!file.commit())
        result.error = file.errorString();
    return result;
}

} // namespace syncline::ui
