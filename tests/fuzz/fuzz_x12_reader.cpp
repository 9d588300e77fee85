// ASC X12 interchanges: envelope validation, the transaction set mapping and the excerpt of a
// refused set.
#include "FuzzSupport.h"
#include "files/X12Reader.h"

using namespace syncline;
using namespace syncline::files;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto bytes = fuzz::asText(data, size);

    X12ReadOptions options;
    options.connection = "edi";
    options.fileName = "fuzz.edi";
    options.defaultLocation = "WH1";
    const auto document = readX12(bytes, options);
    fuzz::require(!document.result.fatal || !document.result.fatalReason.empty(),
                  "a refused interchange says why");
    for (const auto &issue : document.result.errors)
        fuzz::require(!issue.message.empty(), "a refused set says why");
    for (const auto &event : document.result.events)
        fuzz::require(!event.idempotencyKey.empty(), "every event has an idempotency key");

    if (document.interchange) {
        for (const auto &group : document.interchange->groups) {
            (void)group.setsDeclared();
            for (const auto &set : group.sets) {
                (void)x12SetText(*document.interchange, set);
                for (const auto &segment : set.segments) {
                    for (std::size_t i = 1; i <= segment.elementCount(); ++i) {
                        (void)segment.components(i, document.interchange->delimiters);
                        (void)segment.repetitions(i, document.interchange->delimiters);
                    }
                }
            }
        }
    }

    const auto structure = parseX12Structure(bytes);
    fuzz::require(structure.interchange.has_value() == document.interchange.has_value(),
                  "the structural view and the full read agree on whether the input is X12");
    return 0;
}
