#pragma once

#include "ViewRegistry.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QAction;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace syncline::ui {

class AuditModel;
class EngineBridge;

// The audit trail: every operator decision and system action, filtered by actor, action,
// object and time, paged from the store; the hash chain verified on demand (a broken entry is
// selected and marked) and the filtered entries exported as CSV.
class AuditView : public QWidget {
    Q_OBJECT

public:
    AuditView(ViewContext &context, QWidget *parent = nullptr);
    static ViewDescriptor descriptor();

    AuditModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QLineEdit *actorFilter() const { return actorEdit_; }
    QLineEdit *actionFilter() const { return actionEdit_; }
    QLineEdit *objectFilter() const { return objectEdit_; }
    QCheckBox *fromEnabled() const { return fromCheck_; }
    QDateTimeEdit *fromEdit() const { return fromEdit_; }
    QCheckBox *toEnabled() const { return toCheck_; }
    QDateTimeEdit *toEdit() const { return toEdit_; }
    QLabel *verificationLabel() const { return verificationLabel_; }
    QLabel *statusLabel() const { return statusLabel_; }
    QPlainTextEdit *details() const { return details_; }
    QAction *verifyAction() const { return verifyAction_; }
    QAction *exportAction() const { return exportAction_; }

    // Shows the entries matching the filter fields.
    void applyFilter();
    void clearFilter();
    // Verifies the whole chain on an engine thread; verificationFinished reports the result.
    void verifyChain();
    // Writes the entries the filter and sort select to `path` off the GUI thread;
    // exportFinished reports the result.
    void exportCsv(const QString &path);

signals:
    void verificationFinished(bool ok);
    void exportFinished(const QString &path, qint64 rows, const QString &error);

private:
    void buildActions();
    void chooseExportFile();
    void showDetails();
    void updateStatus();
    void onPageLoaded();
    void selectSequence(std::int64_t sequence);

    EngineBridge &bridge_;
    AuditModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QLineEdit *actorEdit_ = nullptr;
    QLineEdit *actionEdit_ = nullptr;
    QLineEdit *objectEdit_ = nullptr;
    QCheckBox *fromCheck_ = nullptr;
    QDateTimeEdit *fromEdit_ = nullptr;
    QCheckBox *toCheck_ = nullptr;
    QDateTimeEdit *toEdit_ = nullptr;
    QLabel *verificationLabel_ = nullptr;
    QLabel *statusLabel_ = nullptr;
    QPlainTextEdit *details_ = nullptr;
    QAction *applyAction_ = nullptr;
    QAction *clearAction_ = nullptr;
    QAction *refreshAction_ = nullptr;
    QAction *verifyAction_ = nullptr;
    QAction *exportAction_ = nullptr;
    std::optional<std::int64_t> pendingSelection_; // selected once its page has arrived
    bool exporting_ = false;
    bool columnsSized_ = false;
};

} // namespace syncline::ui
