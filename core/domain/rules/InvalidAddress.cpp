#include "domain/rules/Rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace syncline::domain::rules {

namespace {

// ISO 3166-1 alpha-2, sorted for binary search.
constexpr std::string_view isoCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW";

bool isIsoCountry(std::string_view code)
{
    if (code.size() != 2)
        return false;
    for (std::size_t i = 0; i + 2 <= isoCountries.size(); i += 3)
        if (isoCountries.substr(i, 2) == code)
            return true;
    return false;
}

// Countries where addresses commonly have no postal code.
constexpr std::array<std::string_view, 20> postalCodeOptional{
    "AE", "AG", "AO", "BS", "BW", "BZ", "CI", "FJ", "GH", "HK",
    "IE", "JM", "KI", "MO", "QA", "SC", "TG", "TV", "UG", "ZW"};

constexpr std::array<std::string_view, 3> regionRequired{"AU", "CA", "US"};

struct PostalFormat {
    std::string_view country;
    std::string_view pattern;
    std::string_view example;
};

constexpr std::array<PostalFormat, 17> postalFormats{{
    {"AT", R"(\d{4})", "1010"},
    {"AU", R"(\d{4})", "2000"},
    {"BE", R"(\d{4})", "1000"},
    {"CA", R"([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d)", "K1A 0B1"},
    {"CH", R"(\d{4})", "8001"},
    {"DE", R"(\d{5})", "10115"},
    {"DK", R"(\d{4})", "1050"},
    {"ES", R"(\d{5})", "28001"},
    {"FR", R"(\d{5})", "75001"},
    {"GB", R"(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})", "SW1A 1AA"},
    {"IT", R"(\d{5})", "00118"},
    {"NL", R"(\d{4} ?[A-Z]{2})", "1012 AB"},
    {"NO", R"(\d{4})", "0150"},
    {"PL", R"(\d{2}-\d{3})", "00-950"},
    {"PT", R"(\d{4}-\d{3})", "1000-001"},
    {"SE", R"(\d{3} ?\d{2})", "111 22"},
    {"US", R"(\d{5}(-\d{4})?)", "10001 or 10001-1234"},
}};

const PostalFormat *postalFormatFor(std::string_view country)
{
    for (const auto &format : postalFormats)
        if (format.country == country)
            return &format;
    return nullptr;
}

bool matchesPostalFormat(const PostalFormat &format, const std::string &postalCode)
{
    // Compiled once per country: validation runs for every order.
    static const auto compiled = [] {
        std::array<std::regex, postalFormats.size()> out;
        for (std::size_t i = 0; i < postalFormats.size(); ++i)
            out[i] = std::regex(std::string(postalFormats[i].pattern));
        return out;
    }();
    std::string upper = postalCode;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const auto index = static_cast<std::size_t>(&format - postalFormats.data());
    return std::regex_match(upper, compiled[index]);
}

bool blank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

RuleOutcome checkInvalidAddress(const model::Order &order, const ValidationContext &)
{
    const auto &address = order.shippingAddress;
    std::vector<std::string> problems;
    if (blank(address.name) && blank(address.company))
        problems.emplace_back("no recipient name or company");
    if (blank(address.line1))
        problems.emplace_back("no street address");
    if (blank(address.city))
        problems.emplace_back("no city");
    if (blank(address.country))
        problems.emplace_back("no country");
    else if (!isIsoCountry(address.country))
        problems.push_back("country \"" + address.country + "\" is not an ISO 3166 code");
    if (contains(regionRequired, address.country) && blank(address.region))
        problems.push_back("no state or province (required for " + address.country + ")");
    if (blank(address.postalCode)) {
        if (isIsoCountry(address.country) && !contains(postalCodeOptional, address.country))
            problems.emplace_back("no postal code");
    } else if (const auto *format = postalFormatFor(address.country)) {
        if (!matchesPostalFormat(*format, address.postalCode))
            problems.push_back("postal code \"" + address.postalCode + "\" is not valid for " +
                               address.country + " (expected like " + std::string(format->example) +
                               ")");
    }
    if (problems.empty())
        return {};
    RuleOutcome outcome;
    outcome.failure = RuleFailure{
        std::string(reason::InvalidAddress),
        "The shipping address of order " + order.orderNumber +
            " is incomplete or invalid: " + listForMessage(problems, problems.size()) + ".",
        "Correct the shipping address (ask the customer if needed); the order is validated again "
        "after the fix.",
        {order.orderNumber}};
    return outcome;
}

} // namespace syncline::domain::rules
