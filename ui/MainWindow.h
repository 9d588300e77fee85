#pragma once

#include "ViewRegistry.h"

#include <QMainWindow>

#include <vector>

class QActionGroup;
class QListWidget;
class QStackedWidget;

namespace syncline::ui {

class EngineBridge;
class OperatorSession;
class StatusPanel;

// The frame every view plugs into: navigation on the left, the current view on the right, the
// status line below. It knows views only through the registry.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Without a session the window makes its own from the remembered user (see OperatorSession).
    MainWindow(EngineBridge &bridge, const ViewRegistry &registry, QWidget *parent = nullptr,
               OperatorSession *session = nullptr);

    OperatorSession &session() const { return *session_; }

    QString currentViewId() const;
    void showView(const QString &id);
    QWidget *view(const QString &id) const;
    QStringList viewIds() const;
    StatusPanel *statusPanel() const { return statusPanel_; }

signals:
    // The operator picked another data directory; whoever owns the engine reopens it.
    void dataDirectoryRequested(const QString &directory);

private:
    void buildMenus();
    void showIndex(int index);
    void chooseDataDirectory();
    void showAbout();

    EngineBridge &bridge_;
    OperatorSession *session_ = nullptr;
    ViewContext context_;
    std::vector<ViewDescriptor> views_;
    QListWidget *navigation_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QActionGroup *viewActions_ = nullptr;
    StatusPanel *statusPanel_ = nullptr;
};

} // namespace syncline::ui
