#pragma once

#include "models/SlaModel.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class QPainter;
class QRectF;
class QSizeF;

namespace syncline::ui {

// The SLA exports: a CSV of the compliance buckets and a PDF report (title, period, per-domain
// table, compliance chart, breaches). Both are plain functions of an SlaData copy, so they run on
// a worker thread and the console stays responsive while a long report is written.
class SlaReport {
    Q_DECLARE_TR_FUNCTIONS(syncline::ui::SlaReport)

public:
    enum class Format { Csv, Pdf };

    // One row per domain and bucket: domain, bucket_start_utc, total, within_target,
    // compliance_percent, target_ms. Domains keep their order; buckets are oldest first.
    static QString csv(const SlaData &data);
    static bool writeCsv(const SlaData &data, const QString &path, QString *error = nullptr);
    static bool writePdf(const SlaData &data, const QString &path, QString *error = nullptr);
    // The report onto any paint device, a page of `pageSize` at a time; `newPage` starts the next
    // page (and returns false when there is none: the report then stops at the first page).
    static void paint(QPainter &painter, const QSizeF &pageSize, const SlaData &data,
                      const std::function<bool()> &newPage);

    // Writes on the global thread pool; `done` runs on `receiver`'s thread with the outcome
    // (the error when it failed), unless the receiver is gone by then.
    static void writeAsync(SlaData data, Format format, QString path, QObject *receiver,
                           std::function<void(bool ok, const QString &error)> done);

    // Compliance over time, one line per domain, into `area` (also used on screen-less paths,
    // so it draws with QPainter only).
    static void drawChart(QPainter &painter, const QRectF &area, const SlaData &data);
    static QString bucketText(SloBucket bucket);
};

} // namespace syncline::ui
