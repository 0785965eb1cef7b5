"""Run every ``benchmarks/bench_*.py`` (or the ones named) and print their figures.

Each benchmark module has a ``main()`` that prints a table a person can compare from release to
release; run one alone (``python -m benchmarks.bench_export --help``) to pass it options.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import benchmarks


def main(names: list[str]) -> int:
    """Run the named benchmarks, or all of them."""
    available = sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in names] or available
    unknown = sorted(set(wanted) - set(available))
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr
        )
        return 2
    for name in wanted:
        print(f"== {name}")
        started = time.perf_counter()
        sys.argv = [f"benchmarks.{name}"]  # each benchmark with its default options
        importlib.import_module(f"benchmarks.{name}").main()
        print(f"== {name}: {time.perf_counter() - started:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
