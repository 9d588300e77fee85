#include "StatusPanel.h"

#include "EngineBridge.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace syncline::ui {

namespace {
QLabel *addPermanentLabel(QStatusBar *statusBar, const QString &name, int stretch = 0)
{
    auto *label = new QLabel(statusBar);
    label->setObjectName(name);
    label->setContentsMargins(6, 0, 6, 0);
    statusBar->addPermanentWidget(label, stretch);
    return label;
}
} // namespace

StatusPanel::StatusPanel(EngineBridge &bridge, QStatusBar *statusBar)
    : QObject(statusBar)
    , bridge_(bridge)
{
    dataDirectory_ = addPermanentLabel(statusBar, QStringLiteral("statusDataDirectory"), 1);
    engineState_ = addPermanentLabel(statusBar, QStringLiteral("statusEngineState"));
    rate_ = addPermanentLabel(statusBar, QStringLiteral("statusRate"));
    lastUpdate_ = addPermanentLabel(statusBar, QStringLiteral("statusLastUpdate"));

    const QString directory = QDir::toNativeSeparators(bridge.dataDirectory());
    dataDirectory_->setText(tr("Data: %1").arg(directory));
    dataDirectory_->setToolTip(directory);
    dataDirectory_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    engineState_->setText(tr("Engine: starting"));

    connect(&bridge, &EngineBridge::activity, this, &StatusPanel::showActivity);
    showActivity(bridge.eventsPerSecond(), bridge.lastUpdate());
}

void StatusPanel::showActivity(double eventsPerSecond, const QDateTime &at)
{
    const QLocale locale;
    if (at.isValid())
        engineState_->setText(tr("Engine: running"));
    rate_->setText(tr("%1 events/s").arg(locale.toString(eventsPerSecond, 'f', 1)));
    lastUpdate_->setText(
        at.isValid()
            ? tr("Updated %1").arg(at.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")))
            : tr("No update yet"));
    lastUpdate_->setToolTip(at.isValid() ? locale.toString(at.toLocalTime(), QLocale::LongFormat)
                                         : QString());
}

} // namespace syncline::ui
