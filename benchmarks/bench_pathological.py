"""Benchmark: ``extract`` on pathological text, in CPU milliseconds per KB (the limit is 20 ms/KB).

    python -m benchmarks.bench_pathological [--kb 64] [--big-mb 5] [--timeout 60]

Each class is text built to hit one way a regular expression or a scan can go quadratic or
worse (NUL bytes, runs of dots, digits, capitals, date words, brackets, unclosed tags,
';'-joined clauses), at ``--kb`` kilobytes and at a quarter of that, so that the growth shows:
a linear stage keeps the same ms per KB at both sizes. ``big`` is an ordinary article repeated
to ``--big-mb`` megabytes. The gazetteer is loaded before the clock starts; the time is this
process's CPU time (on a shared machine wall-clock time measures the neighbours). Not a test: it
prints (``tests/test_limits_cost.py`` holds the quick check run by ``make test``).
"""

from __future__ import annotations

import argparse
import signal
import time
from collections.abc import Callable

from geoevents.extract.document import document_from_text
from geoevents.extract.pipeline import clear_caches, extract_document
from geoevents.gazetteer import default_gazetteer

LIMIT_MS_PER_KB = 20.0
ARTICLE = (
    "Syrian government forces and their allies captured Abu Kamal on 9 November 2017, the army said. "
    "Fighting continued in the countryside east of Deir ez-Zor; thousands of families fled towards Hajin.\n"
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# name -> (kind, text of about ``size`` characters)
CLASSES: dict[str, Callable[[int], tuple[str, str]]] = {
    "nul bytes": lambda n: (".txt", _repeat("\x00", n)),
    "nul between words": lambda n: (".txt", _repeat("Raqqa\x00", n)),
    "run of dots": lambda n: (".txt", "Raqqa" + _repeat(".", n)),
    "dots and spaces": lambda n: (".txt", _repeat(". ", n)),
    "digits": lambda n: (".txt", _repeat("1", n)),
    "capitals": lambda n: (".txt", _repeat("A", n)),
    "capitalised words": lambda n: (".txt", _repeat("Aleppo Raqqa Homs ", n)),
    "date words": lambda n: (".txt", _repeat("October 17 ", n)),
    "date words fr": lambda n: (".txt", _repeat("le 17 octobre mi-novembre ", n)),
    "brackets": lambda n: (".md", _repeat("[", n)),
    "markdown links": lambda n: (".md", _repeat("[a](", n)),
    "parentheses": lambda n: (".txt", _repeat("(", n)),
    "unclosed meta": lambda n: (".html", _repeat('<meta content="" ', n)),
    "unclosed tags": lambda n: (".html", _repeat("<a ", n)),
    "unclosed comment": lambda n: (".html", _repeat("<!--", n)),
    "unclosed elements": lambda n: (".html", _repeat('<script><div class="x">', n)),
    "semicolon clauses": lambda n: (".txt", _repeat("the army attacked Raqqa; ", n)),
    "dated clauses": lambda n: (".txt", _repeat("the army attacked Raqqa on 9 November 2017; ", n)),
    "comma clauses": lambda n: (".txt", _repeat("forces shelled Homs, ", n)),
    "one long word": lambda n: (".txt", _repeat("x", n)),
    "newlines": lambda n: (".txt", _repeat("\n", n)),
    "article": lambda n: (".txt", _repeat(ARTICLE, n)),
}


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def measure(kind: str, text: str, gazetteer, timeout: float) -> float | None:
    """CPU seconds to extract ``text``, or ``None`` past ``timeout`` (wall clock)."""
    clear_caches()
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.process_time()
    try:
        extract_document(document_from_text(text, path=f"bench{kind}", kind=kind), gazetteer=gazetteer)
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - started


def _cell(seconds: float | None, kb: float, timeout: float) -> str:
    return f"> {timeout * 1000 / kb:8.1f}" if seconds is None else f"{seconds * 1000 / kb:10.2f}"


def run(kb: int, big_mb: float, timeout: float) -> list[tuple[str, float | None]]:
    """Print one line per class; return (class, ms per KB at the larger size or None)."""
    gazetteer = default_gazetteer()
    extract_document(document_from_text(ARTICLE, path="warm.txt"), gazetteer=gazetteer)
    print(f"{'class':<20} {'ms/KB @' + str(kb // 4) + 'KB':>11} {'ms/KB @' + str(kb) + 'KB':>11}")
    results = []
    for name, make in CLASSES.items():
        cells = []
        for size_kb in (kb / 4, kb):
            kind, text = make(int(size_kb * 1024))
            seconds = measure(kind, text, gazetteer, timeout)
            cells.append(_cell(seconds, size_kb, timeout))
        results.append((name, None if seconds is None else seconds * 1000 / kb))
        print(f"{name:<20} {cells[0]:>11} {cells[1]:>11}")
    if big_mb:
        kind, text = CLASSES["article"](int(big_mb * 1024 * 1024))
        seconds = measure(kind, text, gazetteer, timeout)
        size_kb = big_mb * 1024
        results.append((f"{big_mb:g} MB article", None if seconds is None else seconds * 1000 / size_kb))
        print(f"{f'{big_mb:g} MB article':<20} {'':>11} {_cell(seconds, size_kb, timeout):>11}")
    worst = max((ms for _, ms in results if ms is not None), default=0.0)
    over = [name for name, ms in results if ms is None or ms > LIMIT_MS_PER_KB]
    verdict = "all within" if not over else f"OVER for {', '.join(over)}:"
    print(f"worst {worst:.2f} ms/KB; {verdict} the {LIMIT_MS_PER_KB:g} ms/KB limit")
    return results


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=64, help="size of each class in KB (and a quarter of it)")
    parser.add_argument("--big-mb", type=float, default=5.0, help="size of the long article in MB (0: skip)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a case is given up")
    args = parser.parse_args()
    run(args.kb, args.big_mb, args.timeout)


if __name__ == "__main__":
    main()
