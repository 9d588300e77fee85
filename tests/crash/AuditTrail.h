#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace syncline::crash {

// The fields of `synclined audit export` the harness counts by.
struct AuditRow {
    qint64 sequence = 0;
    QString actor;
    QString action;
    QString objectId;
};

// Reads the CSV `synclined audit export` writes (RFC 4180 quoting, a header line first).
std::vector<AuditRow> parseAuditExport(const QByteArray &csv);

// Copies the data directory `from` to `to` and runs `sql` on the copy's database, as someone with
// file access could. Returns an error message, empty when done.
QString tamperWithCopy(const QString &from, const QString &to, const QByteArray &sql);

} // namespace syncline::crash
