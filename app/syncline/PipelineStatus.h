#pragma once

#include "host/PipelineHost.h"

#include <QObject>
#include <QString>

#include <cstdint>

class QLabel;
class QStatusBar;
class QTimer;

namespace syncline::ui {
class EngineBridge;
}

// What the console's engine has to show for itself: events received, orders held, dead letters.
struct PipelineCounts {
    std::int64_t events = 0;
    std::int64_t holds = 0; // active (open or snoozed)
    std::int64_t deadLetters = 0;
};

// Two permanent fields of the status line: where the hosted pipeline listens (or why it does
// not), and the counts an operator acts on. The counts are re-read from the engine after its
// changes, at most four times a second.
class PipelineStatus : public QObject {
    Q_OBJECT

public:
    PipelineStatus(syncline::ui::EngineBridge &bridge, QStatusBar *statusBar);

    void showStarting();
    void showHosting(const syncline::host::HostReport &report);
    void showFailure(const QString &error);

    QLabel *listeningLabel() const { return listening_; }
    QLabel *countsLabel() const { return counts_; }
    PipelineCounts counts() const { return current_; }

signals:
    void countsChanged(const PipelineCounts &counts);

private:
    void refresh();

    syncline::ui::EngineBridge &bridge_;
    QLabel *listening_ = nullptr;
    QLabel *counts_ = nullptr;
    QTimer *refreshTimer_ = nullptr;
    bool querying_ = false;
    bool again_ = false;
    PipelineCounts current_;
};
