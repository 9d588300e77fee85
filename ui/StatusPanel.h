#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;

namespace syncline::ui {

class EngineBridge;

// The status line: data directory, engine state, throughput and the time of the last update.
class StatusPanel : public QObject {
    Q_OBJECT

public:
    StatusPanel(EngineBridge &bridge, QStatusBar *statusBar);

    QLabel *dataDirectoryLabel() const { return dataDirectory_; }
    QLabel *engineStateLabel() const { return engineState_; }
    QLabel *rateLabel() const { return rate_; }
    QLabel *lastUpdateLabel() const { return lastUpdate_; }

private:
    void showActivity(double eventsPerSecond, const QDateTime &at);

    EngineBridge &bridge_;
    QLabel *dataDirectory_ = nullptr;
    QLabel *engineState_ = nullptr;
    QLabel *rate_ = nullptr;
    QLabel *lastUpdate_ = nullptr;
};

} // namespace syncline::ui
