#pragma once

#include "engine/Snapshots.h"
#include "model/Types.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <optional>

namespace syncline::ui {

// How engine values read on screen, the same in every view: translated names, state colours,
// "2 min ago".
class Presentation {
    Q_DECLARE_TR_FUNCTIONS(syncline::ui::Presentation)

public:
    static QString stateText(FeedState state);
    static QString domainText(Domain domain);
    static QColor stateColor(FeedState state);
    // A coloured dot; built on each call, so callers that draw often keep their own.
    static QIcon makeStateIcon(FeedState state);
    // "just now", "42 s ago", "3 min ago"... `then` after `now` (clock skew) reads "just now".
    static QString relativeTime(const QDateTime &then, const QDateTime &now);
    // Engine times are UTC milliseconds; invalid when absent.
    static QDateTime toDateTime(const std::optional<TimePoint> &time);
};

} // namespace syncline::ui
