#pragma once

#include <QIcon>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace syncline::ui {

class EngineBridge;
class OperatorSession;

// What a view gets when it is created. Views take what they need from here, so adding a service
// (an operator identity, settings) does not change every view's constructor.
struct ViewContext {
    EngineBridge &bridge;
    OperatorSession &session; // who sends commands, and what the role may do
};

// One entry of the navigation. A view describes itself with a static descriptor(); the main
// window knows views only through these.
struct ViewDescriptor {
    QString id;    // stable name used in settings and tests: "feeds"
    QString title; // translated, shown in the navigation and the View menu
    QIcon icon;
    std::function<QWidget *(ViewContext &context, QWidget *parent)> create;
};

class ViewRegistry {
public:
    void add(ViewDescriptor view) { views_.push_back(std::move(view)); }
    const std::vector<ViewDescriptor> &views() const { return views_; }
    // Every view of the console, in navigation order (views/StandardViews.cpp).
    static ViewRegistry standard();

private:
    std::vector<ViewDescriptor> views_;
};

} // namespace syncline::ui
