#include "reports/SlaReport.h"

#include "Presentation.h"

#include <QFile>
#include <QFontMetricsF>
#include <QMetaObject>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <array>

namespace syncline::ui {

namespace {

// Colours of the domains' lines, the same on screen and on paper.
constexpr std::array<QRgb, 5> DomainColours{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString utc(TimePoint time)
{
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(time), Qt::UTC).toString(Qt::ISODate);
}

QString domainName(Domain domain)
{
    return QString::fromLatin1(toString(domain).data(), qsizetype(toString(domain).size()));
}

QString periodText(const SlaData &data)
{
    return SlaReport::tr("%1 to %2 (UTC), by %3")
        .arg(data.from.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             data.to.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             SlaReport::bucketText(data.bucket));
}

// Draws one row of cells at `y`, returns the row height.
qreal drawRow(QPainter &painter, qreal left, qreal y, const std::vector<qreal> &widths,
              const QStringList &cells, bool bold)
{
    QFont font = painter.font();
    font.setBold(bold);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal height = metrics.height() * 1.35;
    qreal x = left;
    for (int i = 0; i < cells.size() && std::size_t(i) < widths.size(); ++i) {
        const QRectF cell(x, y, widths[std::size_t(i)], height);
        painter.drawText(cell.adjusted(metrics.height() * 0.2, 0, 0, 0),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(cells.at(i), Qt::ElideRight,
                                            widths[std::size_t(i)] - metrics.height() * 0.3));
        x += widths[std::size_t(i)];
    }
    return height;
}

} // namespace

QString SlaReport::bucketText(SloBucket bucket)
{
    switch (bucket) {
    case SloBucket::Hour:
        return tr("hour");
    case SloBucket::Day:
        return tr("day");
    case SloBucket::Week:
        return tr("week");
    }
    return {};
}

QString SlaReport::csv(const SlaData &data)
{
    QString out = QStringLiteral(
        "domain,bucket_start_utc,total,within_target,compliance_percent,target_ms\n");
    for (const auto &report : data.reports) {
        const auto *target = data.targetOf(report.domain);
        const QString targetMs =
            target ? QString::number(qint64(target->target.count())) : QString();
        for (const auto &bucket : report.buckets) {
            out += csvField(domainName(report.domain)) + QLatin1Char(',') + utc(bucket.start) +
                   QLatin1Char(',') + QString::number(bucket.total) + QLatin1Char(',') +
                   QString::number(bucket.withinTarget) + QLatin1Char(',') +
                   QString::number(bucket.share() * 100.0, 'f', 2) + QLatin1Char(',') + targetMs +
                   QLatin1Char('\n');
        }
    }
    return out;
}

bool SlaReport::writeCsv(const SlaData &data, const QString &path, QString *error)
{
    // Written aside and renamed: a reader never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(csv(data).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SlaReport::drawChart(QPainter &painter, const QRectF &area, const SlaData &data)
{
    painter.save();
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("100 %")) * 1.3;
    const qreal legendHeight = metrics.height() * 1.6;
    const QRectF plot(area.left() + labelWidth, area.top() + metrics.height() * 0.5,
                      area.width() - labelWidth - metrics.height(),
                      area.height() - legendHeight - metrics.height() * 2);
    const qint64 from = data.from.toMSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, data.to.toMSecsSinceEpoch() - from);

    // The lowest compliance sets the scale, so that 99 % and 100 % do not look the same.
    double floor = 1.0;
    for (const auto &report : data.reports)
        for (const auto &bucket : report.buckets)
            floor = std::min(floor, bucket.share());
    floor = std::max(0.0, std::floor(floor * 10.0 - 0.5) / 10.0);
    if (floor >= 1.0)
        floor = 0.9;

    painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0));
    for (int step = 0; step <= 4; ++step) {
        const double share = floor + (1.0 - floor) * step / 4.0;
        const qreal y = plot.bottom() - plot.height() * step / 4.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, labelWidth * 0.9, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 0));
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0));
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawRect(plot);
    painter.drawText(QRectF(plot.left(), plot.bottom(), plot.width() / 2, metrics.height() * 1.5),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     data.from.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    painter.drawText(
        QRectF(plot.center().x(), plot.bottom(), plot.width() / 2, metrics.height() * 1.5),
        Qt::AlignRight | Qt::AlignVCenter,
        data.to.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    qreal legendX = plot.left();
    const qreal legendY = area.bottom() - legendHeight / 2;
    for (const auto &report : data.reports) {
        const QColor colour(DomainColours[std::size_t(report.domain) % DomainColours.size()]);
        QPen pen(colour, std::max<qreal>(1.0, metrics.height() / 8));
        painter.setPen(pen);
        QPainterPath path;
        bool first = true;
        for (const auto &bucket : foldBuckets(report.buckets, 2000)) {
            const qreal x =
                plot.left() + plot.width() * qreal(toEpochMs(bucket.start) - from) / qreal(span);
            const qreal y =
                plot.bottom() - plot.height() * (bucket.share() - floor) / (1.0 - floor);
            const QPointF point(std::clamp(x, plot.left(), plot.right()),
                                std::clamp(y, plot.top(), plot.bottom()));
            if (first)
                path.moveTo(point);
            else
                path.lineTo(point);
            first = false;
        }
        if (report.buckets.size() == 1)
            painter.drawEllipse(path.currentPosition(), pen.widthF() * 2, pen.widthF() * 2);
        painter.drawPath(path);
        painter.drawLine(QPointF(legendX, legendY), QPointF(legendX + metrics.height(), legendY));
        painter.setPen(Qt::black);
        const QString name = Presentation::domainText(report.domain);
        painter.drawText(QPointF(legendX + metrics.height() * 1.3, legendY + metrics.ascent() / 2),
                         name);
        legendX += metrics.height() * 2.5 + metrics.horizontalAdvance(name);
    }
    painter.restore();
}

bool SlaReport::writePdf(const SlaData &data, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Service-level report"));
    writer.setCreator(QStringLiteral("Syncline"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    paint(painter, QSizeF(writer.width(), writer.height()), data,
          [&writer] { return writer.newPage(); });
    if (!painter.end()) {
        if (error)
            *error = tr("cannot finish %1").arg(path);
        return false;
    }
    return true;
}

void SlaReport::paint(QPainter &painter, const QSizeF &pageSize, const SlaData &data,
                      const std::function<bool()> &newPage)
{
    const QRectF page(QPointF(0, 0), pageSize);
    QFont body(QStringLiteral("Sans Serif"));
    body.setPointSizeF(9);
    painter.setFont(body);
    const QFontMetricsF bodyMetrics(body, painter.device());
    qreal y = 0;

    QFont title = body;
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(title);
    const QFontMetricsF titleMetrics(title, painter.device());
    painter.drawText(QPointF(0, y + titleMetrics.ascent()), tr("Service-level report"));
    y += titleMetrics.height() * 1.4;
    painter.setFont(body);
    painter.drawText(QPointF(0, y + bodyMetrics.ascent()), periodText(data));
    y += bodyMetrics.height() * 1.2;
    painter.drawText(
        QPointF(0, y + bodyMetrics.ascent()),
        tr("Generated %1 (UTC)")
            .arg(data.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    y += bodyMetrics.height() * 2;

    // Per-domain table, through the same model the screen shows.
    SlaModel model;
    model.setData(data);
    std::vector<qreal> widths;
    const std::array<qreal, SlaModel::ColumnCount> share{0.1, 0.08, 0.15, 0.07, 0.11,
                                                         0.1, 0.09, 0.09, 0.09, 0.09};
    for (qreal s : share)
        widths.push_back(page.width() * s);
    QStringList header;
    for (int c = 0; c < SlaModel::ColumnCount; ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    y += drawRow(painter, 0, y, widths, header, true);
    painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < SlaModel::ColumnCount; ++c)
            cells << model.index(r, c).data().toString();
        y += drawRow(painter, 0, y, widths, cells, false);
    }
    y += bodyMetrics.height() * 1.5;

    QFont heading = body;
    heading.setPointSizeF(12);
    heading.setBold(true);
    const QFontMetricsF headingMetrics(heading, painter.device());
    painter.setFont(heading);
    painter.drawText(QPointF(0, y + headingMetrics.ascent()), tr("Compliance over time"));
    y += headingMetrics.height() * 1.3;
    painter.setFont(body);
    const qreal chartHeight = page.height() * 0.32;
    drawChart(painter, QRectF(0, y, page.width(), chartHeight), data);
    y += chartHeight + bodyMetrics.height();

    painter.setFont(heading);
    painter.drawText(QPointF(0, y + headingMetrics.ascent()), tr("Breaches"));
    y += headingMetrics.height() * 1.3;
    painter.setFont(body);
    SlaBreachesModel breaches;
    breaches.setBreaches(data.breaches());
    const std::vector<qreal> breachWidths{page.width() * 0.2,  page.width() * 0.12,
                                          page.width() * 0.32, page.width() * 0.12,
                                          page.width() * 0.12, page.width() * 0.12};
    QStringList breachHeader;
    for (int c = 0; c < SlaBreachesModel::ColumnCount; ++c)
        breachHeader << breaches.headerData(c, Qt::Horizontal).toString();
    if (breaches.rowCount() == 0) {
        painter.drawText(QPointF(0, y + bodyMetrics.ascent()), tr("No breaches in this period."));
    } else {
        y += drawRow(painter, 0, y, breachWidths, breachHeader, true);
        for (int r = 0; r < breaches.rowCount(); ++r) {
            if (y + bodyMetrics.height() * 1.4 > page.height()) {
                if (!newPage || !newPage())
                    break; // one page only (a preview): the rest does not fit

                y = 0;
                y += drawRow(painter, 0, y, breachWidths, breachHeader, true);
            }
            QStringList cells;
            for (int c = 0; c < SlaBreachesModel::ColumnCount; ++c)
                cells << breaches.index(r, c).data().toString();
            y += drawRow(painter, 0, y, breachWidths, cells, false);
        }
    }
}

void SlaReport::writeAsync(SlaData data, Format format, QString path, QObject *receiver,
                           std::function<void(bool ok, const QString &error)> done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start(
        [data = std::move(data), format, path = std::move(path), guard, done = std::move(done)]() {
            QString error;
            const bool ok =
                format == Format::Csv ? writeCsv(data, path, &error) : writePdf(data, path, &error);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, ok, error]() {
                    if (guard && done)
                        done(ok, error);
                },
                Qt::QueuedConnection);
        });
}

} // namespace syncline::ui
