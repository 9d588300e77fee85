#include "model/Inbound.h"

namespace syncline {

std::string_view toString(IngestResult::Status status)
{
    switch (status) {
    case IngestResult::Status::Accepted:
        return "accepted";
    case IngestResult::Status::Duplicate:
        return "duplicate";
    case IngestResult::Status::Superseded:
        return "superseded";
    case IngestResult::Status::Failed:
        return "failed";
    case IngestResult::Status::Rejected:
        break;
    }
    return "rejected";
}

} // namespace syncline
