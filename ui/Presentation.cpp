#include "Presentation.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace syncline::ui {

QString Presentation::stateText(FeedState state)
{
    switch (state) {
    case FeedState::Healthy:
        return tr("Healthy");
    case FeedState::Degraded:
        return tr("Degraded");
    case FeedState::Failing:
        return tr("Failing");
    case FeedState::Idle:
        return tr("Idle");
    }
    return {};
}

QString Presentation::domainText(Domain domain)
{
    switch (domain) {
    case Domain::Product:
        return tr("Product");
    case Domain::Inventory:
        return tr("Inventory");
    case Domain::Pricing:
        return tr("Pricing");
    case Domain::Order:
        return tr("Order");
    case Domain::Fulfilment:
        return tr("Fulfilment");
    }
    return {};
}

QColor Presentation::stateColor(FeedState state)
{
    switch (state) {
    case FeedState::Healthy:
        return QColor(0x2e, 0x9d, 0x4f);
    case FeedState::Degraded:
        return QColor(0xe0, 0x9a, 0x1c);
    case FeedState::Failing:
        return QColor(0xd0, 0x3b, 0x3b);
    case FeedState::Idle:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

QIcon Presentation::makeStateIcon(FeedState state)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(stateColor(state).darker(130));
        painter.setBrush(stateColor(state));
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString Presentation::relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 5)
        return tr("just now");
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

QDateTime Presentation::toDateTime(const std::optional<TimePoint> &t)
{
    if (!t)
        return {};
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(*t), Qt::UTC);
}

} // namespace syncline::ui
