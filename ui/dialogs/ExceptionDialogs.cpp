#include "dialogs/ExceptionDialogs.h"

#include "OperatorSession.h"
#include "model/Json.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <boost/json.hpp>

namespace syncline::ui {

namespace {

namespace json = boost::json;

QString fromUtf8(const std::string &text)
{
    return QString::fromStdString(text);
}

// Every single value of the order, by JSON pointer: what a field edit may address.
void collectPointers(const json::value &value, const std::string &prefix, QStringList &out)
{
    if (value.is_object()) {
        for (const auto &member : value.get_object()) {
            std::string key(member.key());
            // JSON pointer escapes (RFC 6901).
            std::string escaped;
            for (char c : key)
                escaped += c == '~'   ? std::string("~0")
                           : c == '/' ? std::string("~1")
                                      : std::string(1, c);
            collectPointers(member.value(), prefix + "/" + escaped, out);
        }
    } else if (value.is_array()) {
        const auto &array = value.get_array();
        for (std::size_t i = 0; i < array.size(); ++i)
            collectPointers(array[i], prefix + "/" + std::to_string(i), out);
    } else {
        out.append(fromUtf8(prefix));
    }
}

// The typed value of an edit: the field's current type decides, so "10115" stays a string in
// a postal code and becomes a number in a quantity.
std::optional<json::value> typedValue(const json::value &current, const QString &text)
{
    const std::string raw = text.toStdString();
    if (current.is_string())
        return json::value(raw);
    boost::system::error_code ec;
    json::value parsed = json::parse(raw, ec);
    if (ec)
        return std::nullopt;
    if (current.is_null() || (current.is_number() && parsed.is_number()) ||
        (current.is_bool() && parsed.is_bool()))
        return parsed;
    return std::nullopt;
}

} // namespace

QString prettyJson(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        return fromUtf8(text);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

FixDialog::FixDialog(domain::Hold hold, const std::string &orderPayload,
                     const OperatorSession &session, QWidget *parent)
    : QDialog(parent)
    , hold_(std::move(hold))
    , user_{session.userName().toStdString(), session.role()}
    , policy_(session.policy())
{
    setObjectName(QStringLiteral("fixDialog"));
    setWindowTitle(tr("Fix order %1").arg(fromUtf8(hold_.orderNumber)));
    QStringList pointers;
    try {
        const json::value document = parseJson(orderPayload);
        order_ = json::value_to<model::Order>(document);
        collectPointers(json::value_from(*order_), {}, pointers);
    } catch (const std::exception &error) {
        orderProblem_ = tr("The order cannot be read: %1").arg(QString::fromUtf8(error.what()));
    }

    auto *layout = new QVBoxLayout(this);
    auto *problemText = new QLabel(fromUtf8(hold_.message), this);
    problemText->setWordWrap(true);
    layout->addWidget(problemText);
    if (!hold_.suggestedFix.empty()) {
        auto *suggestion = new QLabel(tr("Suggested: %1").arg(fromUtf8(hold_.suggestedFix)), this);
        suggestion->setWordWrap(true);
        layout->addWidget(suggestion);
    }

    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("fixMode"));
    mode_->addItem(tr("Edit a field of the order"));
    mode_->addItem(tr("Map the SKU (resolves every order alike)"));
    mode_->addItem(tr("Map the customer (resolves every order alike)"));
    auto *modeForm = new QFormLayout;
    modeForm->addRow(tr("&Fix:"), mode_);
    layout->addLayout(modeForm);

    pages_ = new QStackedWidget(this);
    auto *editPage = new QWidget(pages_);
    auto *editForm = new QFormLayout(editPage);
    pointer_ = new QComboBox(editPage);
    pointer_->setObjectName(QStringLiteral("fixPointer"));
    pointer_->setEditable(true);
    pointer_->addItems(pointers);
    value_ = new QLineEdit(editPage);
    value_->setObjectName(QStringLiteral("fixValue"));
    editForm->addRow(tr("F&ield:"), pointer_);
    editForm->addRow(tr("New &value:"), value_);
    pages_->addWidget(editPage);

    auto *skuPage = new QWidget(pages_);
    auto *skuForm = new QFormLayout(skuPage);
    storefrontSku_ = new QLineEdit(skuPage);
    storefrontSku_->setObjectName(QStringLiteral("fixStorefrontSku"));
    if (!hold_.subjects.empty())
        storefrontSku_->setText(fromUtf8(hold_.subjects.front()));
    erpSku_ = new QLineEdit(skuPage);
    erpSku_->setObjectName(QStringLiteral("fixErpSku"));
    skuForm->addRow(tr("Storefront SKU:"), storefrontSku_);
    skuForm->addRow(tr("ERP item number:"), erpSku_);
    pages_->addWidget(skuPage);

    auto *customerPage = new QWidget(pages_);
    auto *customerForm = new QFormLayout(customerPage);
    customerId_ = new QLineEdit(customerPage);
    customerId_->setObjectName(QStringLiteral("fixCustomerId"));
    if (order_)
        customerId_->setText(fromUtf8(order_->customer.id));
    account_ = new QLineEdit(customerPage);
    account_->setObjectName(QStringLiteral("fixAccount"));
    customerForm->addRow(tr("Customer id:"), customerId_);
    customerForm->addRow(tr("ERP account:"), account_);
    pages_->addWidget(customerPage);
    layout->addWidget(pages_);

    layout->addWidget(new QLabel(tr("Change preview:"), this));
    diff_ = new QPlainTextEdit(this);
    diff_->setObjectName(QStringLiteral("fixDiff"));
    diff_->setReadOnly(true);
    diff_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diff_->setMinimumHeight(90);
    layout->addWidget(diff_, 1);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("fixProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(problem_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Fix and &resubmit"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(mode_, &QComboBox::currentIndexChanged, this, [this](int index) {
        pages_->setCurrentIndex(index);
        updatePreview();
    });
    for (QLineEdit *edit : {value_, storefrontSku_, erpSku_, customerId_, account_})
        connect(edit, &QLineEdit::textChanged, this, &FixDialog::updatePreview);
    connect(pointer_, &QComboBox::currentTextChanged, this, &FixDialog::updatePreview);

    const bool identityProblem = hold_.reasonCode == "unknown_sku";
    setMode(identityProblem                          ? Mode::MapSku
            : hold_.reasonCode == "unknown_customer" ? Mode::MapCustomer
                                                     : Mode::EditField);
    updatePreview();
    resize(560, 460);
}

void FixDialog::setMode(Mode mode)
{
    mode_->setCurrentIndex(int(mode));
    pages_->setCurrentIndex(int(mode));
}

void FixDialog::setFieldEdit(const QString &pointer, const QString &value)
{
    setMode(Mode::EditField);
    pointer_->setCurrentText(pointer);
    value_->setText(value);
    updatePreview();
}

void FixDialog::setSkuMapping(const QString &storefrontSku, const QString &erpSku)
{
    setMode(Mode::MapSku);
    storefrontSku_->setText(storefrontSku);
    erpSku_->setText(erpSku);
}

void FixDialog::setCustomerMapping(const QString &customerId, const QString &account)
{
    setMode(Mode::MapCustomer);
    customerId_->setText(customerId);
    account_->setText(account);
}

QString FixDialog::diffText() const
{
    return diff_->toPlainText();
}

QString FixDialog::problem() const
{
    return problem_->text();
}

std::optional<domain::OrderFix> FixDialog::buildFix(QString &problem) const
{
    domain::OrderFix fix;
    switch (Mode(mode_->currentIndex())) {
    case Mode::EditField: {
        const QString pointer = pointer_->currentText().trimmed();
        if (!pointer.startsWith(QLatin1Char('/'))) {
            problem =
                tr("Name the field as a JSON pointer, such as /shipping_address/postal_code.");
            return std::nullopt;
        }
        boost::system::error_code ec;
        const json::value document = json::value_from(*order_);
        const json::value *current = document.find_pointer(pointer.toStdString(), ec);
        if (!current || ec) {
            problem = tr("The order has no field %1.").arg(pointer);
            return std::nullopt;
        }
        const auto value = typedValue(*current, value_->text());
        if (!value) {
            problem = tr("%1 needs a value of the same kind as %2.")
                          .arg(pointer, fromUtf8(json::serialize(*current)));
            return std::nullopt;
        }
        fix.edits.push_back({pointer.toStdString(), *value});
        break;
    }
    case Mode::MapSku:
        fix.skuMapping =
            domain::SkuMapping{hold_.channel, storefrontSku_->text().trimmed().toStdString(),
                               erpSku_->text().trimmed().toStdString()};
        break;
    case Mode::MapCustomer:
        fix.customerMapping =
            domain::CustomerMapping{hold_.channel, customerId_->text().trimmed().toStdString(),
                                    account_->text().trimmed().toStdString()};
        break;
    }
    return fix;
}

void FixDialog::updatePreview()
{
    fix_.reset();
    QString problem = orderProblem_;
    QStringList lines;
    if (order_) {
        if (const auto fix = buildFix(problem)) {
            const domain::FixResult result =
                domain::fixHold(hold_, *order_, *fix, user_, policy_, hold_.createdAt);
            if (!result.decision.accepted) {
                problem = fromUtf8(result.decision.refusal);
            } else {
                const json::value diff = json::parse(result.diffJson);
                const json::object &before = diff.at("before").as_object();
                const json::object &after = diff.at("after").as_object();
                for (const auto &member : after) {
                    const json::value *old = before.if_contains(member.key());
                    lines.append(tr("%1: %2 -> %3")
                                     .arg(fromUtf8(std::string(member.key())),
                                          old ? fromUtf8(json::serialize(*old)) : tr("(none)"),
                                          fromUtf8(json::serialize(member.value()))));
                }
                fix_ = fix;
            }
        }
    }
    diff_->setPlainText(lines.join(QLatin1Char('\n')));
    problem_->setText(problem);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(fix_.has_value());
}

PayloadDialog::PayloadDialog(const QString &title, const std::string &payload, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("payloadDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName(QStringLiteral("payloadEditor"));
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setPlainText(prettyJson(payload));
    layout->addWidget(editor_, 1);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("payloadProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(problem_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Resubmit"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(editor_, &QPlainTextEdit::textChanged, this, &PayloadDialog::validate);
    validate();
    resize(560, 420);
}

void PayloadDialog::setPayload(const QString &text)
{
    editor_->setPlainText(text);
}

QString PayloadDialog::problem() const
{
    return problem_->text();
}

void PayloadDialog::validate()
{
    payload_.reset();
    boost::system::error_code ec;
    const json::value parsed = json::parse(editor_->toPlainText().toStdString(), ec);
    if (ec) {
        problem_->setText(tr("Not valid JSON: %1").arg(QString::fromStdString(ec.message())));
    } else {
        payload_ = json::serialize(parsed);
        problem_->clear();
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(payload_.has_value());
}

SnoozeDialog::SnoozeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze"));
    auto *form = new QFormLayout(this);
    duration_ = new QComboBox(this);
    duration_->setObjectName(QStringLiteral("snoozeDuration"));
    const std::pair<QString, int> choices[] = {{tr("1 hour"), 60},
                                               {tr("4 hours"), 240},
                                               {tr("1 day"), 24 * 60},
                                               {tr("3 days"), 3 * 24 * 60},
                                               {tr("1 week"), 7 * 24 * 60}};
    for (const auto &[label, minutes] : choices)
        duration_->addItem(label, minutes);
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("snoozeReason"));
    form->addRow(tr("&For:"), duration_);
    form->addRow(tr("&Reason:"), reason_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(reason_, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
}

void SnoozeDialog::setDuration(std::chrono::minutes duration)
{
    const int index = duration_->findData(int(duration.count()));
    if (index >= 0)
        duration_->setCurrentIndex(index);
}

void SnoozeDialog::setReason(const QString &reason)
{
    reason_->setText(reason);
}

std::chrono::minutes SnoozeDialog::duration() const
{
    return std::chrono::minutes(duration_->currentData().toInt());
}

QString SnoozeDialog::reason() const
{
    return reason_->text().trimmed();
}

} // namespace syncline::ui
