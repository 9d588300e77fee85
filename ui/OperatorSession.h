#pragma once

#include "domain/HoldPolicy.h"
#include "domain/Roles.h"
#include "engine/Snapshots.h"

#include <QObject>
#include <QString>

#include <vector>

namespace syncline::ui {

// Who is at the console: the user name and role every command is sent with, and what that role
// may do. Views disable what the role may not do; the engine refuses it regardless, so this is a
// convenience for the operator, not the enforcement.
class OperatorSession : public QObject {
    Q_OBJECT

public:
    // Reads the remembered user from QSettings; the first start is the local user as admin, who
    // can then hand out roles.
    explicit OperatorSession(QObject *parent = nullptr);
    OperatorSession(QString userName, domain::Role role, QObject *parent = nullptr);

    QString userName() const { return userName_; }
    domain::Role role() const { return role_; }
    QString roleName() const;
    Actor actor() const;

    const domain::HoldPolicy &policy() const { return policy_; }
    void setPolicy(domain::HoldPolicy policy);

    bool mayApprove(const QString &reasonCode) const;
    bool mayFix() const { return policy_.mayFix.count(role_) > 0; }
    bool mayReject() const { return policy_.mayReject.count(role_) > 0; }
    bool mayAssign() const { return policy_.mayAssign.count(role_) > 0; }
    bool mayNote() const { return policy_.mayNote.count(role_) > 0; }
    bool maySnooze() const { return policy_.maySnooze.count(role_) > 0; }
    // Dead letters (resubmit, discard, replay) and rejected inputs are operations work.
    bool mayHandleDeadLetters() const { return role_ != domain::Role::Support; }
    // Service-level targets are a manager's decision (or an admin's).
    bool maySetSloTargets() const
    {
        return role_ == domain::Role::Manager || role_ == domain::Role::Admin;
    }
    bool mayAdministerUsers() const { return role_ == domain::Role::Admin; }

    // Once the engine's users registry names anyone, the engine takes roles from it: the session
    // follows, so that what views enable matches what the engine will accept. Returns whether
    // the registry names this session's user (always true for an empty registry).
    bool adoptRegistry(const std::vector<domain::User> &users);

    // Remembers the user for the next start when `persist` is set.
    void setUser(const QString &userName, domain::Role role, bool persist = true);

signals:
    void changed();

private:
    QString userName_;
    domain::Role role_ = domain::Role::Operator;
    domain::HoldPolicy policy_;
};

} // namespace syncline::ui
