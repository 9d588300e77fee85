#include "MainWindow.h"

#include "AppIcon.h"
#include "EngineBridge.h"
#include "OperatorSession.h"
#include "StatusPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace syncline::ui {

namespace {
constexpr int ShortcutViews = 9; // Ctrl+1 .. Ctrl+9
}

MainWindow::MainWindow(EngineBridge &bridge, const ViewRegistry &registry, QWidget *parent,
                       OperatorSession *session)
    : QMainWindow(parent)
    , bridge_(bridge)
    , session_(session ? session : new OperatorSession(this))
    , context_{bridge, *session_}
    , views_(registry.views())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Syncline"));
    setWindowIcon(applicationIcon());

    navigation_ = new QListWidget(this);
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setIconSize(QSize(20, 20));
    navigation_->setSpacing(2);
    navigation_->setUniformItemSizes(true);
    stack_ = new QStackedWidget(this);
    stack_->setObjectName(QStringLiteral("views"));

    for (const ViewDescriptor &descriptor : views_) {
        auto *item = new QListWidgetItem(descriptor.icon, descriptor.title, navigation_);
        item->setData(Qt::UserRole, descriptor.id);
        QWidget *widget = descriptor.create(context_, stack_);
        widget->setObjectName(descriptor.id + QStringLiteral("View"));
        stack_->addWidget(widget);
    }
    // Wide enough for the longest title, no wider.
    navigation_->setFixedWidth(navigation_->sizeHintForColumn(0) + 2 * navigation_->frameWidth() +
                               24);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(navigation_);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);

    buildMenus();
    statusPanel_ = new StatusPanel(bridge_, statusBar());

    connect(navigation_, &QListWidget::currentRowChanged, this, &MainWindow::showIndex);
    if (!views_.empty())
        navigation_->setCurrentRow(0);
    resize(1280, 760);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        file->addAction(tr("&Open data directory..."), this, &MainWindow::chooseDataDirectory);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewActions_ = new QActionGroup(this);
    for (int i = 0; i < int(views_.size()); ++i) {
        QAction *action =
            viewMenu->addAction(views_[std::size_t(i)].icon, views_[std::size_t(i)].title);
        action->setCheckable(true);
        action->setData(views_[std::size_t(i)].id);
        if (i < ShortcutViews)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        viewActions_->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showIndex(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Syncline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showIndex(int index)
{
    if (index < 0 || index >= stack_->count())
        return;
    stack_->setCurrentIndex(index);
    if (navigation_->currentRow() != index)
        navigation_->setCurrentRow(index);
    viewActions_->actions().at(index)->setChecked(true);
}

QString MainWindow::currentViewId() const
{
    const int index = stack_->currentIndex();
    return index < 0 ? QString() : views_[std::size_t(index)].id;
}

void MainWindow::showView(const QString &id)
{
    for (int i = 0; i < int(views_.size()); ++i) {
        if (views_[std::size_t(i)].id == id)
            showIndex(i);
    }
}

QWidget *MainWindow::view(const QString &id) const
{
    for (int i = 0; i < int(views_.size()); ++i) {
        if (views_[std::size_t(i)].id == id)
            return stack_->widget(i);
    }
    return nullptr;
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewDescriptor &descriptor : views_)
        ids.append(descriptor.id);
    return ids;
}

void MainWindow::chooseDataDirectory()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Open data directory"), bridge_.dataDirectory());
    if (!directory.isEmpty() && directory != bridge_.dataDirectory())
        emit dataDirectoryRequested(directory);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Syncline"),
        tr("<h3>Syncline %1</h3>"
           "<p>Operations console for the Syncline sync engine: feeds between ERP, "
           "storefronts and warehouse files, their health, exceptions and audit trail.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace syncline::ui
