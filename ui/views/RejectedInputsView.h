#pragma once

#include "ViewRegistry.h"

#include <QWidget>

#include <cstdint>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace syncline::ui {

class EngineBridge;
class OperatorSession;
class RejectedInputsModel;

// What the engine refused before it became an event (webhook requests, files, records): the
// channel, the reason, when, and the raw content as received; replayed once the cause is fixed,
// with the engine's answer shown. Replaying is operations work: disabled for roles that may not.
class RejectedInputsView : public QWidget {
    Q_OBJECT

public:
    // The most recent refusals shown.
    static constexpr int Limit = 1000;

    RejectedInputsView(ViewContext &context, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    RejectedInputsModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QPlainTextEdit *content() const { return content_; }
    QLabel *resultLabel() const { return resultLabel_; }
    QAction *replayAction() const { return replayAction_; }

    void refresh();
    // Replays the selected input with the session's actor.
    void replaySelected();

signals:
    void refreshed();
    void replayFinished(qint64 id, bool ok, const QString &message);

private:
    void showContent();
    void updateActions();

    EngineBridge &bridge_;
    OperatorSession &session_;
    RejectedInputsModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QPlainTextEdit *content_ = nullptr;
    QLabel *resultLabel_ = nullptr;
    QLabel *countLabel_ = nullptr;
    QAction *replayAction_ = nullptr;
    QAction *refreshAction_ = nullptr;
    bool replaying_ = false;
    bool columnsSized_ = false;
};

} // namespace syncline::ui
