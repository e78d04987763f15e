"""A benchmark child's own peak memory, for the children with Qt (child_support) and
without it (cli_child), which must not import Qt for this."""

import resource
import sys


def peak_rss_kb() -> int:
    """This process's peak resident memory in KB. On Linux, VmHWM from /proc/self/status: the
    peak of this program's own memory. (ru_maxrss is no good there: Linux carries the parent's
    peak across fork + exec, so a child started by a big benchmark process reports the
    parent's size.) Elsewhere ru_maxrss, which macOS gives in bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak
