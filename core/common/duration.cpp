#include "core/common/duration.h"

#include <limits>

namespace wb {

int secondsToMs(double seconds)
{
    const double ms = seconds * 1000;
    if (!(ms > 0))
        return 0;
    constexpr int most = std::numeric_limits<int>::max();
    return ms >= double(most) ? most : int(ms);
}

} // namespace wb
