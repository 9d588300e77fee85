#include "Console.h"

#include "EngineBridge.h"
#include "MainWindow.h"
#include "PipelineStatus.h"

#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <exception>
#include <future>

namespace {
const QString DataDirectoryKey = QStringLiteral("dataDirectory");
}

Console::Console(bool interactive)
    : interactive_(interactive)
{}

Console::~Console()
{
    window_.reset();
    bridge_.reset(); // waits for the start of the pipeline if it is still under way
    host_.reset();
}

bool Console::open(const QString &directory, ConsoleHosting hosting)
{
    const QString absolute = QDir(directory).absolutePath();
    const bool hosts = hosting.config.has_value();
    std::unique_ptr<syncline::host::PipelineHost> host;
    try {
        syncline::host::HostOptions options =
            hosts ? syncline::host::hostOptionsFor(*hosting.config) : syncline::host::HostOptions{};
        options.dataDirectory = absolute.toStdString();
        options.serve = hosts;
        if (hosting.webhook)
            options.webhook = *hosting.webhook;
        if (hosting.admin)
            options.admin = *hosting.admin;
        host = std::make_unique<syncline::host::PipelineHost>(std::move(options),
                                                              std::move(hosting.config));
    } catch (const std::exception &error) {
        lastError_ = QString::fromUtf8(error.what());
    }
    if (!host) {
        const QString message = tr("Cannot open the data directory %1:\n%2")
                                    .arg(QDir::toNativeSeparators(absolute), lastError_);
        std::fprintf(stderr, "syncline: %s\n", qPrintable(message));
        if (interactive_)
            QMessageBox::critical(window_.get(), tr("Syncline"), message);
        return false;
    }

    auto bridge = std::make_unique<syncline::ui::EngineBridge>(host->engine());
    auto window =
        std::make_unique<syncline::ui::MainWindow>(*bridge, syncline::ui::ViewRegistry::standard());
    connect(window.get(), &syncline::ui::MainWindow::dataDirectoryRequested, this,
            &Console::reopenLater);
    auto *status = new PipelineStatus(*bridge, window->statusBar());
    if (window_)
        window->setGeometry(window_->geometry());
    // The new window is shown before the old one goes, so that the application never has no
    // window (which would end it).
    window->show();
    window_.swap(window);
    bridge_.swap(bridge);
    host_.swap(host);
    status_ = status;
    window.reset();
    bridge.reset();
    host.reset();
    QSettings().setValue(DataDirectoryKey, absolute);
    startHosting(hosts ? hosting.portsFile : QString());
    return true;
}

void Console::startHosting(const QString &portsFile)
{
    const bool hosts = host_->config() != nullptr;
    if (hosts)
        status_->showStarting();
    // Starting binds sockets and writes to the store: never on the GUI thread.
    auto *host = host_.get();
    const std::string ports = portsFile.toStdString();
    auto started = std::async(std::launch::async, [host, ports] {
        auto report = host->start();
        if (!ports.empty())
            syncline::host::writePortsFile(ports, report);
        return report;
    });
    QPointer<PipelineStatus> status(status_);
    bridge_->whenReady(
        std::move(started), this,
        [this, status, hosts](syncline::host::HostReport report) {
            for (const auto &problem : report.problems)
                std::fprintf(stderr, "syncline: %s\n", problem.c_str());
            if (status && hosts)
                status->showHosting(report);
            if (hosts)
                emit hostingStarted();
        },
        [this, status](const QString &error) {
            lastError_ = error;
            std::fprintf(stderr, "syncline: %s\n", qPrintable(error));
            if (status)
                status->showFailure(error);
            emit hostingFailed(error);
        });
}

void Console::reopenLater(const QString &directory)
{
    // The request comes from a menu of the window that open() replaces: let the menu return first.
    // Another data directory is shown, not hosted: the configuration's pipeline belongs to its
    // own data directory.
    QTimer::singleShot(0, this, [this, directory] { open(directory); });
}
