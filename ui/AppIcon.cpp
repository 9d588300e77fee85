#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace syncline::ui {

namespace {

// Drawn on a 256-unit canvas and scaled, so every size has the same proportions.
void drawArrowArc(QPainter &painter, double startDegrees, double spanDegrees)
{
    constexpr QPointF centre(128, 128);
    constexpr double radius = 70;
    painter.setPen(QPen(Qt::white, 20, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    int(startDegrees * 16), int(spanDegrees * 16));

    const double end = (startDegrees + spanDegrees) * std::numbers::pi / 180.0;
    const QPointF tip = centre + QPointF(radius * std::cos(end), -radius * std::sin(end));
    const QPointF outward(std::cos(end), -std::sin(end));
    const QPointF along(-std::sin(end), -std::cos(end)); // counter-clockwise on screen
    QPainterPath head;
    head.moveTo(tip + along * 26);
    head.lineTo(tip + outward * 22);
    head.lineTo(tip - outward * 22);
    head.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(head);
}

QPixmap render(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb));
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    drawArrowArc(painter, 20, 130);
    drawArrowArc(painter, 200, 130);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(128, 128), 22, 22);
    painter.end();
    return pixmap;
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(render(size));
    return icon;
}

} // namespace syncline::ui
