#include "Console.h"

#include "EngineBridge.h"
#include "MainWindow.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <exception>

namespace {
const QString DataDirectoryKey = QStringLiteral("dataDirectory");
}

Console::Console(bool interactive)
    : interactive_(interactive)
{}

Console::~Console()
{
    window_.reset();
    bridge_.reset();
    engine_.reset();
}

bool Console::open(const QString &directory)
{
    const QString absolute = QDir(directory).absolutePath();
    std::unique_ptr<syncline::Engine> engine;
    try {
        syncline::EngineOptions options;
        options.dataDirectory = absolute.toStdString();
        engine = syncline::Engine::open(std::move(options));
        if (!engine)
            lastError_ = tr("The engine could not be started.");
    } catch (const std::exception &error) {
        lastError_ = QString::fromUtf8(error.what());
    }
    if (!engine) {
        const QString message = tr("Cannot open the data directory %1:\n%2")
                                    .arg(QDir::toNativeSeparators(absolute), lastError_);
        std::fprintf(stderr, "syncline: %s\n", qPrintable(message));
        if (interactive_)
            QMessageBox::critical(window_.get(), tr("Syncline"), message);
        return false;
    }

    auto bridge = std::make_unique<syncline::ui::EngineBridge>(*engine);
    auto window =
        std::make_unique<syncline::ui::MainWindow>(*bridge, syncline::ui::ViewRegistry::standard());
    connect(window.get(), &syncline::ui::MainWindow::dataDirectoryRequested, this,
            &Console::reopenLater);
    if (window_)
        window->setGeometry(window_->geometry());
    // The new window is shown before the old one goes, so that the application never has no
    // window (which would end it).
    window->show();
    window_.swap(window);
    bridge_.swap(bridge);
    engine_.swap(engine);
    window.reset();
    bridge.reset();
    engine.reset();
    QSettings().setValue(DataDirectoryKey, absolute);
    return true;
}

void Console::reopenLater(const QString &directory)
{
    // The request comes from a menu of the window that open() replaces: let the menu return first.
    QTimer::singleShot(0, this, [this, directory] { open(directory); });
}
