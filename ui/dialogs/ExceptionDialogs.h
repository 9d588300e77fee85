#pragma once

#include "domain/Hold.h"

#include <QDialog>
#include <QString>

#include <chrono>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace syncline::ui {

class OperatorSession;

// The fix of a held order: edit fields of the order by JSON pointer, or map a SKU or a customer
// (which resolves every hold alike). The preview is the engine's own fix applied to the order,
// so what the operator reads before pressing "Fix" is the change that will be made.
class FixDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { EditField, MapSku, MapCustomer };

    FixDialog(domain::Hold hold, const std::string &orderPayload, const OperatorSession &session,
              QWidget *parent = nullptr);

    void setMode(Mode mode);
    void setFieldEdit(const QString &pointer, const QString &value);
    void setSkuMapping(const QString &storefrontSku, const QString &erpSku);
    void setCustomerMapping(const QString &customerId, const QString &account);

    // Valid when the preview shows an accepted fix.
    std::optional<domain::OrderFix> fix() const { return fix_; }
    QString diffText() const;
    QString problem() const;

private:
    void updatePreview();
    std::optional<domain::OrderFix> buildFix(QString &problem) const;

    domain::Hold hold_;
    std::optional<model::Order> order_;
    QString orderProblem_;
    domain::User user_;
    domain::HoldPolicy policy_;
    std::optional<domain::OrderFix> fix_;

    QComboBox *mode_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    QComboBox *pointer_ = nullptr;
    QLineEdit *value_ = nullptr;
    QLineEdit *storefrontSku_ = nullptr;
    QLineEdit *erpSku_ = nullptr;
    QLineEdit *customerId_ = nullptr;
    QLineEdit *account_ = nullptr;
    QPlainTextEdit *diff_ = nullptr;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// A dead letter's payload, editable, checked as JSON before it may be resubmitted.
class PayloadDialog : public QDialog {
    Q_OBJECT

public:
    PayloadDialog(const QString &title, const std::string &payload, QWidget *parent = nullptr);
    void setPayload(const QString &text);
    // Compact JSON when valid.
    std::optional<std::string> payload() const { return payload_; }
    QString problem() const;

private:
    void validate();

    std::optional<std::string> payload_;
    QPlainTextEdit *editor_ = nullptr;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// Snooze: how long, and why.
class SnoozeDialog : public QDialog {
    Q_OBJECT

public:
    explicit SnoozeDialog(QWidget *parent = nullptr);
    void setDuration(std::chrono::minutes duration);
    void setReason(const QString &reason);
    std::chrono::minutes duration() const;
    QString reason() const;

private:
    QComboBox *duration_ = nullptr;
    QLineEdit *reason_ = nullptr;
};

// Pretty-printed JSON for reading; the text unchanged when it is not JSON.
QString prettyJson(const std::string &text);

} // namespace syncline::ui
