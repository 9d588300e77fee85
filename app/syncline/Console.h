#pragma once

#include "engine/Engine.h"

#include <QObject>
#include <QString>

#include <memory>

namespace syncline::ui {
class EngineBridge;
class MainWindow;
} // namespace syncline::ui

// Owns what the console runs on: the engine of one data directory, the bridge to it and the main
// window. Switching the data directory replaces all three, in the order that keeps every view's
// reference to the bridge valid.
class Console : public QObject {
    Q_OBJECT

public:
    // `interactive` false: failures go to stderr only (no dialog waits for a click).
    explicit Console(bool interactive);
    ~Console() override;

    // Opens the engine on `directory` and shows a new main window. On failure the previous
    // engine and window, if any, stay; the error has been reported.
    bool open(const QString &directory);
    syncline::ui::MainWindow *window() const { return window_.get(); }
    syncline::ui::EngineBridge *bridge() const { return bridge_.get(); }
    QString lastError() const { return lastError_; }

private:
    void reopenLater(const QString &directory);

    bool interactive_;
    // Destroyed in reverse order: the window before the bridge before the engine.
    std::unique_ptr<syncline::Engine> engine_;
    std::unique_ptr<syncline::ui::EngineBridge> bridge_;
    std::unique_ptr<syncline::ui::MainWindow> window_;
    QString lastError_;
};
