// Events as JSON (`synclined ingest`, generic webhooks): parsing, validation, and the round trip
// through eventToJson, which must give back the same event.
#include "FuzzSupport.h"
#include "model/Json.h"

using namespace syncline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Event event;
    try {
        event = eventFromJson(parseJson(fuzz::asText(data, size)));
    } catch (const MappingError &) {
        return 0; // refused with a reason: the expected outcome for most inputs
    }
    const auto once = serialize(eventToJson(event));
    Event again;
    try {
        again = eventFromJson(parseJson(once));
    } catch (const MappingError &error) {
        std::fprintf(stderr, "%s\n%s\n", once.c_str(), error.what());
        fuzz::require(false, "an event written by eventToJson is read back");
    }
    fuzz::require(serialize(eventToJson(again)) == once, "eventToJson round-trips");
    return 0;
}
