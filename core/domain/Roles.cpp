#include "domain/Roles.h"

namespace syncline::domain {

std::string_view toString(Role role)
{
    switch (role) {
    case Role::Operator:
        return "operator";
    case Role::Manager:
        return "manager";
    case Role::Support:
        return "support";
    case Role::Admin:
        return "admin";
    }
    return "operator";
}

std::optional<Role> roleFromString(std::string_view text)
{
    for (const Role role : {Role::Operator, Role::Manager, Role::Support, Role::Admin})
        if (toString(role) == text)
            return role;
    return std::nullopt;
}

} // namespace syncline::domain
