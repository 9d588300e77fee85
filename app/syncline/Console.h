#pragma once

#include "config/Config.h"
#include "host/PipelineHost.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace syncline::ui {
class EngineBridge;
class MainWindow;
} // namespace syncline::ui
class PipelineStatus;

// What the console hosts besides showing a data directory: the pipeline of a configuration
// (webhook listener, drop folders, targets, routes, order rules, admin listener), as
// `synclined run --config` does.
struct ConsoleHosting {
    std::optional<syncline::config::Config> config;
    std::optional<syncline::host::ListenAddress> webhook; // overrides the configuration's
    std::optional<syncline::host::ListenAddress> admin;
    QString portsFile; // receives "webhook=PORT admin=PORT" once both listen
};

// Owns what the console runs on: the engine of one data directory (inside the pipeline host),
// the bridge to it and the main window. Switching the data directory replaces all three, in the
// order that keeps every view's reference to the bridge valid.
class Console : public QObject {
    Q_OBJECT

public:
    // `interactive` false: failures go to stderr only (no dialog waits for a click).
    explicit Console(bool interactive);
    ~Console() override;

    // Opens the engine on `directory` and shows a new main window; with a configuration in
    // `hosting`, the pipeline is then started off the GUI thread (hostingStarted or
    // hostingFailed follow). On failure the previous engine and window, if any, stay; the error
    // has been reported.
    bool open(const QString &directory, ConsoleHosting hosting = {});
    syncline::ui::MainWindow *window() const { return window_.get(); }
    syncline::ui::EngineBridge *bridge() const { return bridge_.get(); }
    PipelineStatus *pipelineStatus() const { return status_; }
    QString lastError() const { return lastError_; }

signals:
    void hostingStarted();
    void hostingFailed(const QString &error);

private:
    void reopenLater(const QString &directory);
    void startHosting(const QString &portsFile);

    bool interactive_;
    // Destroyed in reverse order: the window before the bridge before the host (and its engine).
    std::unique_ptr<syncline::host::PipelineHost> host_;
    std::unique_ptr<syncline::ui::EngineBridge> bridge_;
    std::unique_ptr<syncline::ui::MainWindow> window_;
    PipelineStatus *status_ = nullptr; // owned by the window
    QString lastError_;
};
