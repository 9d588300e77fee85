#include "util/Uuid.h"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace syncline {

std::string newUuid()
{
    // random_generator is not thread-safe and is costly to seed: one per thread.
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator());
}

} // namespace syncline
