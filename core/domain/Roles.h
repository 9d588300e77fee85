#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace syncline::domain {

// The console's user roles. What each may do with a hold is decided in the domain (HoldPolicy),
// so a command refused here is refused whatever front end sent it.
enum class Role { Operator, Manager, Support, Admin };

std::string_view toString(Role role);
std::optional<Role> roleFromString(std::string_view text);

struct User {
    std::string name;
    Role role = Role::Operator;
};

} // namespace syncline::domain
