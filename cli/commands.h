// The commands of the `parallax` tool; each takes the arguments after its
// name and returns the exit status (0 done, 1 input that could not be used,
// 2 a wrong command line).
#pragma once

namespace parallax::cli {

int compare(int argc, char** argv, bool passages_only);
int diff(int argc, char** argv);
int tokens(int argc, char** argv);

}  // namespace parallax::cli
