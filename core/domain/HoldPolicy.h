#pragma once

#include "domain/Roles.h"
#include "util/Clock.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace syncline::domain {

// Who may do what with a hold. Approving overrides a failed rule, so it is allowed per reason
// code; the other actions per role.
struct HoldPolicy {
    std::map<std::string, std::set<Role>, std::less<>> overrideRoles;
    std::set<Role> mayFix;
    std::set<Role> mayReject;
    std::set<Role> mayAssign;
    std::set<Role> mayNote;
    std::set<Role> maySnooze;
    Millis maxSnooze = std::chrono::hours(24 * 7);

    // Identity problems (unknown SKU or customer) cannot be approved: the ERP would refuse the
    // order, so they must be fixed. Support reads and adds notes only.
    static HoldPolicy defaults();
    bool mayOverride(Role role, std::string_view reasonCode) const;
};

} // namespace syncline::domain
