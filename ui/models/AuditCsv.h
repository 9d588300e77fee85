#pragma once

#include "engine/Snapshots.h"

#include <QString>
#include <QStringView>

#include <functional>

namespace syncline {
class Engine;
}

namespace syncline::ui {

// The audit trail as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they
// hold a comma, a quote, a line break or edge spaces, quotes doubled), UTF-8.
QString csvField(QStringView value);
QString auditCsvHeader();
QString auditCsvLine(const AuditEntry &entry);

struct AuditExportResult {
    qint64 rows = 0;
    QString error; // empty when the file was written
};

// Writes every entry matching `query` (filter and order; its paging fields are ignored) to
// `path`, reading the store a page at a time so memory stays flat however long the trail. The
// file appears only once complete. Blocks on the engine's queries: call it off the GUI thread.
AuditExportResult writeAuditCsv(const Engine &engine, AuditQuery query, const QString &path);

} // namespace syncline::ui
