#include "OperatorSession.h"

#include <QSettings>

namespace syncline::ui {

namespace {

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

} // namespace

OperatorSession::OperatorSession(QObject *parent)
    : QObject(parent)
    , policy_(domain::HoldPolicy::defaults())
{
    QSettings settings;
    userName_ = settings.value(QStringLiteral("operator/name"), localUserName()).toString();
    const QString role =
        settings.value(QStringLiteral("operator/role"), QStringLiteral("admin")).toString();
    role_ = domain::roleFromString(role.toStdString()).value_or(domain::Role::Operator);
}

OperatorSession::OperatorSession(QString userName, domain::Role role, QObject *parent)
    : QObject(parent)
    , userName_(std::move(userName))
    , role_(role)
    , policy_(domain::HoldPolicy::defaults())
{}

QString OperatorSession::roleName() const
{
    return QString::fromStdString(std::string(domain::toString(role_)));
}

Actor OperatorSession::actor() const
{
    return Actor{userName_.toStdString(), std::string(domain::toString(role_))};
}

void OperatorSession::setPolicy(domain::HoldPolicy policy)
{
    policy_ = std::move(policy);
    emit changed();
}

bool OperatorSession::mayApprove(const QString &reasonCode) const
{
    return policy_.mayOverride(role_, reasonCode.toStdString());
}

void OperatorSession::setUser(const QString &userName, domain::Role role, bool persist)
{
    if (userName == userName_ && role == role_)
        return;
    userName_ = userName;
    role_ = role;
    if (persist) {
        QSettings settings;
        settings.setValue(QStringLiteral("operator/name"), userName_);
        settings.setValue(QStringLiteral("operator/role"), roleName());
    }
    emit changed();
}

bool OperatorSession::adoptRegistry(const std::vector<domain::User> &users)
{
    if (users.empty())
        return true;
    for (const auto &user : users) {
        if (QString::fromStdString(user.name) == userName_) {
            setUser(userName_, user.role);
            return true;
        }
    }
    return false;
}

} // namespace syncline::ui
