// `parallax similarity --batch`: sentence similarity for benchmark pairs.
#pragma once

namespace parallax::cli {

// argv holds the arguments after "similarity". Returns the exit status.
int similarity_command(int argc, char** argv);

}  // namespace parallax::cli
