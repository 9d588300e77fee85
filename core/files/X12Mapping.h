#pragma once

#include "files/X12Reader.h"

#include <string_view>
#include <vector>

// Transaction set -> canonical events. Internal to syncline_files.
namespace syncline::files::detail {

bool isSupportedTransactionSet(std::string_view id);

// Maps one set that passed the envelope checks. On a data error the set is marked rejected
// (issues and 997 notes filled in) and no events are returned.
std::vector<Event> mapTransactionSet(const X12Interchange &interchange, const X12Group &group,
                                     X12TransactionSet &set, const X12ReadOptions &options);

} // namespace syncline::files::detail
