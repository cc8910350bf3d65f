// Reuters instrument codes in wire copy: "<.SPX>", ".IXIC", "AZN.N",
// "<JCP.N>", "JPY=", "US30YT=RR". Wire stories tag a company or an index with its code
// beside its name ("Shares of AstraZeneca AZN.N rose ..."); one outlet's copy
// has the codes and another's of the same story has not. The code is markup,
// not a word of the sentence: as a word it is an unmatched name on one side
// and pulls the paraphrase score down (121 of the 3,935 pairs of MSRP train have one).
//
// Contract: a code is a whitespace-separated chunk (less an opening "(" and
// closing punctuation), in angle brackets or not, of one of these shapes
// (capitals and digits, starting with a capital):
//   "." 2-6 of them           .SPX, .IXIC, .N225 (not .NET, .COM, .ORG, .GOV, .EDU)
//   2-5 capitals "." exchange AZN.N, JCP.N, VOD.L, SAP.DE (N, O, OQ, L, T, PA, DE, AS, TO, F, MI, HK)
//   3-8 of them "=" 0-3 more  JPY=, <EUR=>, US30YT=RR
// Removing keeps every other byte in place (punctuation around a code stays).
#pragma once

#include <string>
#include <string_view>

namespace parallax {

// Whether chunk (no spaces, no surrounding punctuation) is a Reuters
// instrument code as above.
bool is_instrument_code(std::string_view chunk);

// text without its instrument codes.
std::string without_instrument_codes(std::string_view text);

}  // namespace parallax
