#pragma once

#include <QIcon>

namespace syncline::ui {

// The application icon, drawn at the usual sizes: two arrows circling a dot, the same design
// as resources/icons/syncline.svg used by the desktop file.
QIcon applicationIcon();

} // namespace syncline::ui
