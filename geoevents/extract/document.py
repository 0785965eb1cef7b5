"""Load an article (plain text, Markdown or HTML) into a :class:`Document`.

The document's ``text`` has exactly the length of the file's text: markup, front matter
and boilerplate (navigation, "S'abonner", "Lire aussi" links, image captions, copyright
lines) are replaced by spaces, block boundaries by newlines. Every character offset found
in ``text`` is therefore an offset in the file, which is what :class:`~geoevents.model.Evidence`
records. Metadata comes from front matter, HTML ``<meta>``/``<time>`` tags or a header line,
and can be overridden by the caller (CLI flags).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..io.safeyaml import load_yaml
from ..model import is_web_url
from ..time.parse import TimeSpanError, parse_timespan
from . import lang
from .language import detect_language

__all__ = [
    "TEXT_EXTENSIONS",
    "Document",
    "Metadata",
    "document_from_text",
    "load_document",
    "mask_boilerplate",
]

TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text. Every field may be unknown."""

    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    title: str | None = None

    def merged(self, overrides: Metadata | None) -> Metadata:
        """These metadata with every field that ``overrides`` sets replaced."""
        if overrides is None:
            return self
        changes = {
            name: getattr(overrides, name)
            for name in ("published", "source", "url", "language", "title")
            if getattr(overrides, name) is not None
        }
        return replace(self, **changes)

    def filled(self, defaults: Metadata | None) -> Metadata:
        """These metadata with every unknown field taken from ``defaults``."""
        if defaults is None:
            return self
        return defaults.merged(self)


@dataclass(frozen=True, slots=True)
class Document:
    """An article ready for extraction: ``text`` is ``raw`` with everything but prose blanked."""

    path: str
    raw: str
    text: str
    meta: Metadata


# ---------------------------------------------------------------- masking helpers


def _blank(text: str) -> str:
    """Spaces for every character, newlines kept (offsets and line numbers survive)."""
    return re.sub(r"[^\n]", " ", text)


def _blank_span(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


# Lines that are page furniture, not prose (matched on the line's stripped text); the words
# are in the language packs (lang/*/document.py).
_BOILERPLATE_LINE = re.compile(
    r"^(?:"
    r"(?:" + lang.alternatives("document", "LINK_LINES") + r")\s*[:—–-]"
    r"|(?:" + lang.alternatives("document", "SHARE_LINES") + r")\b"
    r"|(?:" + lang.alternatives("document", "ACCOUNT_LINES") + r")\b"
    r"|©|\(c\)\s|copyright\b"
    r"|\((?:[^()]{0,40}\b(?:photo|photos|foto|fotos|afp|reuters|ap|getty|efe)\b[^()]{0,40})\)"
    r"|(?:" + lang.alternatives("document", "CAPTION_LABELS") + r")(?: caption| credit)?\s*:"
    r")",
    re.IGNORECASE,
)
_RIGHTS = re.compile(lang.alternatives("document", "RIGHTS", neutral=True), re.IGNORECASE)
_COMMENT_LINE = re.compile(
    r"^(?:" + lang.alternatives("document", "COMMENT_LINES") + r")(?![\w-])", re.IGNORECASE
)
_RELATED_HEADING = re.compile(
    r"^(?:" + lang.alternatives("document", "RELATED_HEADINGS") + r")\s*:?$", re.IGNORECASE
)
COMMENT_LINE_CHARS = 120  # a comment box or "related articles" line is short; a sentence opening so is news


def _is_comment_box(line: str) -> bool:
    """A comment prompt, a reaction or share bar, a "related articles" heading: "Pour participer
    aux discussions, identifiez-vous", "Sign in to comment", "Related articles"."""
    return len(line) <= COMMENT_LINE_CHARS and bool(_COMMENT_LINE.match(line))


_NAV_SEPARATORS = re.compile(r"\s[|›»>]\s")


def _is_navigation(line: str) -> bool:
    """A line of short items separated by ``|`` or ``›`` ("Home › World › Middle East")."""
    parts = [p.strip() for p in re.split(r"\s[|›»>/]\s", line) if p.strip()]
    if len(parts) < 2 or not _NAV_SEPARATORS.search(line):
        return False
    short = sum(len(p.split()) <= 3 for p in parts)
    return short * 2 >= len(parts) and not re.search(r"[.!?]\s*$", line)


def _is_caption(line: str) -> bool:
    """An image caption or credit line: a © or a photo credit, or a short line ending with one."""
    return bool(_RIGHTS.search(line)) and len(line) < 400


# "soldat US en Syrie - Sputnik Afrique": an image's alternative text signed with the site's name.
_SIGNED_LINE = re.compile(r"^.{1,100}?\s[-–—]\s([^-–—.!?]{2,40})$")
TEASER_CHARS = 120  # the title of a teaser under such an image is short and has no final stop


def _teaser_lines(lines: list[str]) -> set[int]:
    """The lines of "related article" teasers: an image line signed with a name that signs two
    lines or more ("Raqqa - Sputnik Afrique"), and the short title without a final stop right
    after it ("Libération de Raqqa: «théâtre de marionnettes» des USA")."""
    out = _related_blocks(lines)
    signed = {i: m[1].strip() for i, line in enumerate(lines) if (m := _SIGNED_LINE.match(line.strip()))}
    counts: dict[str, int] = {}
    for name in signed.values():
        counts[name] = counts.get(name, 0) + 1
    for i, name in signed.items():
        if counts[name] < 2:
            continue
        out.add(i)
        after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if after is not None and _is_teaser_title(lines[after].strip()):
            out.add(after)
    return out


def _related_blocks(lines: list[str]) -> set[int]:
    """A "Related articles" / "Sur le même sujet" heading alone on its line and the short
    titles without a final stop under it (blank lines between them included)."""
    out: set[int] = set()
    block = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _RELATED_HEADING.match(stripped):
            out.add(i)
            block = True
        elif block and stripped:
            block = _is_teaser_title(stripped)
            if block:
                out.add(i)
    return out


def _is_teaser_title(line: str) -> bool:
    return len(line) <= TEASER_CHARS and not re.search(r"[.!?…»\"”]\s*$", line)


def mask_boilerplate(text: str) -> str:
    """Blank every line of ``text`` that is navigation, a "read more" link, a caption, a credit,
    a comment box or a related article's teaser."""
    out: list[str] = []
    lines = text.split("\n")
    teasers = _teaser_lines(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped and (
            number in teasers
            or _BOILERPLATE_LINE.match(stripped)
            or _is_navigation(stripped)
            or _is_caption(stripped)
            or _is_comment_box(stripped)
            or _is_header_line(stripped)
        ):
            out.append(_blank(line))
        else:
            out.append(line)
    return "\n".join(out)


# "Agence Méridienne — 17/10/2016 — Monde": a short header of items joined by dashes with a date.
_HEADER_SPLIT = re.compile(r"\s[—–-]\s")


def _is_header_line(line: str) -> bool:
    parts = [p.strip() for p in _HEADER_SPLIT.split(line)]
    if len(parts) < 2 or any(len(p.split()) > 5 for p in parts):
        return False
    return any(_NUMERIC_DATE.fullmatch(p) or _parse_date(p) for p in parts)


# ---------------------------------------------------------------- front matter and dates

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def _parse_date(value: object) -> dt.date | None:
    """A publication date from front matter or a header: ISO, "24 octobre 2017", "17/10/2016"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if m := re.match(r"(\d{4}-\d{2}-\d{2})", text):
        try:
            return dt.date.fromisoformat(m[1])
        except ValueError:
            return None
    if m := _NUMERIC_DATE.fullmatch(text):
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    try:
        span = parse_timespan(text)
    except TimeSpanError:
        return None
    return span.start if span.end == span.start else None


def _front_matter(raw: str, path: str) -> tuple[Metadata, int]:
    m = _FRONT_MATTER.match(raw)
    if not m:
        return Metadata(), 0
    data = load_yaml(m[1], path, "front matter is not valid YAML")
    if not isinstance(data, dict):
        return Metadata(), m.end()
    return _metadata_from_mapping(data, path), m.end()


def _metadata_from_mapping(data: dict, path: str) -> Metadata:
    published = data.get("published") or data.get("date")
    date = _parse_date(published)
    if published and date is None:
        raise InputError(path, f"front matter: cannot read publication date {published!r}")

    def text(key: str) -> str | None:
        value = data.get(key)
        return str(value).strip() if value not in (None, "") else None

    url = text("url")
    if url is not None and not is_web_url(url):
        raise InputError(path, f"front matter: expected an http(s) URL, got {url!r}")
    return Metadata(
        published=date, source=text("source"), url=url, language=text("language"), title=text("title")
    )


_DATE_PHRASE = re.compile(
    r"(?:" + lang.alternatives("document", "PUBLISHED") + r")\s*:?\s*"
    r"(\d{1,2}(?:er)? \w+ \d{4}|\w+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý' -]+(?: \([^)]*\))?, ((?:le )?\d{1,2}(?:er)? \w+ \d{4}|\w+ \d{1,2},? \d{4})\s*[—–-]",
    re.MULTILINE,
)


def _date_in_text(raw: str, text: str) -> dt.date | None:
    """The publication date written in the page: a "Publié le ..." phrase, a header line, a dateline."""
    head = raw[:4000]
    if m := _DATE_PHRASE.search(head):
        if date := _parse_date(m[1]):
            return date
    for line in raw.split("\n")[:8]:
        parts = [p.strip() for p in _HEADER_SPLIT.split(line.strip())]
        if len(parts) >= 2 and all(len(p.split()) <= 5 for p in parts):
            for part in parts:
                if date := _parse_date(part):
                    return date
    if m := _DATELINE.search(text[:6000]):
        return _parse_date(m[1])
    return None


# ---------------------------------------------------------------- formats


def _mask_markdown(text: str) -> str:
    """Blank Markdown markup: headings, quotes, list markers, emphasis, link targets, images."""
    text = _markdown_links(text, image=True)  # images (captions): blanked
    text = _markdown_links(text, image=False)  # links: the text kept, the target blanked
    text = re.sub(r"(?m)^(\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s)", lambda m: _blank(m[0]), text)
    text = re.sub(r"(\*\*|__|\*|`)", lambda m: " " * len(m[0]), text)
    return text


def _markdown_links(text: str, *, image: bool) -> str:
    """Blank ``![alt](target)`` (``image``) or ``[text](target)`` but its text, on one line each.

    A scan that reads every character a bounded number of times: each ``[`` is followed to the
    first ``]`` (or end of line); the ``[`` between them would stop at the same ``]``, so they
    are passed over, and the ``)`` and line ends looked up are remembered for the next link.
    Same links as the regular expressions ``!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)`` and
    ``\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)``, whose backtracking was quadratic on a line of ``[``.
    """
    out: list[str] = []
    done = 0  # text[:done] is in out
    found = _NextFinder(text)
    at = text.find("[")
    while at >= 0:
        begin = at - 1 if image else at
        if image and (at == 0 or text[at - 1] != "!"):
            at = text.find("[", at + 1)
            continue
        close = min(found.next("]", at + 1), found.next("\n", at + 1))
        if close < len(text) and text[close] == "]" and text[close + 1 : close + 2] == "(":
            target_end = found.next(")", close + 2)
            if target_end < found.next("\n", close + 2):
                out.append(text[done:begin])
                if image:
                    out.append(" " * (target_end + 1 - begin))
                else:
                    inner = text[at + 1 : close]
                    out.append(" " + inner + " " * (target_end + 1 - begin - len(inner) - 1))
                done = target_end + 1
                at = text.find("[", done)
                continue
        at = text.find("[", close + 1) if close < len(text) else -1
    out.append(text[done:])
    return "".join(out)


class _NextFinder:
    """``text.find(needle, start)`` that remembers its last answer per needle, so that asking
    again from further on costs nothing while that answer still lies ahead (``len(text)`` if
    there is none). Asked with ``start`` never decreasing, the look-ups of one needle read the
    text once in all."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: dict[str, tuple[int, int]] = {}  # needle -> (asked from, answer)

    def next(self, needle: str, start: int) -> int:
        asked, known = self.last.get(needle, (len(self.text) + 1, 0))
        if asked <= start <= known:
            return known
        found = self.text.find(needle, start)
        self.last[needle] = (start, len(self.text) if found < 0 else found)
        return self.last[needle][1]


_DROPPED = "script|style|head|nav|footer|aside|figure|figcaption|noscript|form|button|iframe|svg"
# an element is dropped from its opening tag to the first closing one: see _blank_elements
_DROP_ELEMENTS = re.compile(rf"<({_DROPPED})\b", re.IGNORECASE)
_BLOCK_TAGS = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|main|blockquote|pre|dd|dt|hr)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_ANY_ELEMENT = re.compile(r"<(\w+)\b")
_CLASS_ATTRIBUTE = re.compile(r"\bclass=\"", re.IGNORECASE)
_BOILERPLATE_WORD = re.compile(
    r"\b(?:lire-aussi|read-more|related|caption|credit|share|social|menu|breadcrumb|newsletter|paywall|ad|advert)\b",
    re.IGNORECASE,
)


def _blank_elements(text: str, opening: re.Pattern[str], wanted: Callable[..., int | None]) -> str:
    """Blank each element ``<name ...>...</name>`` whose opening tag ``wanted`` accepts, to the
    first closing tag of its name after the tag, as ``<(name)\\b[^>]*>.*?</\\1\\s*>`` would.

    ``wanted(text, match, gt, memo)`` gives where the opening tag ends, or ``None``; ``gt`` is
    the first ``>`` after it, ``memo`` a dictionary it may keep answers in for tags that end at
    the same ``>``. One pass: the closing tags are indexed once, the next ``>`` is remembered,
    so a page of unclosed tags costs no more than a page of closed ones.
    """
    closings: dict[str, tuple[list[int], list[int]]] = {}
    for m in _ANY_CLOSING.finditer(text):
        starts, ends = closings.setdefault(m[1].lower(), ([], []))
        starts.append(m.start())
        ends.append(m.end())
    found = _NextFinder(text)
    memo: dict[int, object] = {}
    out: list[str] = []
    done = 0  # text[:done] is in out
    for m in opening.finditer(text):
        start = m.start()
        if start < done:
            continue
        gt = found.next(">", start)
        if gt == len(text):
            break  # no tag ends: no element can start here or later
        end = wanted(text, m, gt, memo)
        starts, ends = closings.get(m[1].lower(), ([], []))
        at = bisect_left(starts, end) if end is not None else len(starts)
        if at == len(starts):
            continue
        out.append(text[done:start])
        out.append(_blank(text[start : ends[at]]))
        done = ends[at]
    out.append(text[done:])
    return "".join(out)


_ANY_CLOSING = re.compile(r"</(\w+)\s*>")


def _plain_tag(text: str, m: re.Match[str], gt: int, memo: dict) -> int | None:
    return gt + 1


def _boilerplate_tag(text: str, m: re.Match[str], gt: int, memo: dict) -> int | None:
    """The end of an opening tag whose class names page furniture ("related", "share" ...)."""
    if gt not in memo:
        memo.clear()
        memo[gt] = _deciding_class(text, m.end(), gt)
    deciding = memo[gt]
    if deciding is None or deciding[0] < m.end():
        return None
    return deciding[1]


def _deciding_class(text: str, start: int, gt: int) -> tuple[int, int | None] | None:
    """Of the ``class="..."`` attributes in ``text[start:gt]``, read from the last as
    ``[^>]*\\bclass="[^"]*\\b(?:words)\\b[^"]*"[^>]*>`` reads them: the first that decides,
    as (where it starts, where the tag ends or ``None``), or ``None`` if none names furniture."""
    for m in reversed(list(_CLASS_ATTRIBUTE.finditer(text, start, gt))):
        value_end = text.find('"', m.end())
        if value_end < 0:
            return m.start(), None
        if _BOILERPLATE_WORD.search(text, m.end(), value_end):
            end = text.find(">", value_end)
            return m.start(), (end + 1 if end >= 0 else None)
    return None


def _blank_tags(text: str) -> str:
    """Blank comments, ``<!...>`` and tags, as ``<!--.*?-->|<![^>]*>|<[^>]+>`` would, in one pass."""
    found = _NextFinder(text)
    out: list[str] = []
    done = 0
    at = text.find("<")
    while at >= 0:
        end = -1
        if text.startswith("<!--", at) and (close := found.next("-->", at + 4)) < len(text):
            end = close + 3
        elif text.startswith("<!", at) and (gt := found.next(">", at + 2)) < len(text):
            end = gt + 1
        elif at + 1 < len(text) and text[at + 1] != ">" and (gt := found.next(">", at + 1)) < len(text):
            end = gt + 1
        if end < 0:
            if found.next(">", at) == len(text):
                break  # no tag can end any more
            at = text.find("<", at + 1)
            continue
        out.append(text[done:at])
        out.append(_blank(text[at:end]))
        done = end
        at = text.find("<", end)
    out.append(text[done:])
    return "".join(out)


_META_ATTRIBUTE = re.compile(r"(name|property|content)=\"([^\"]*)\"", re.IGNORECASE)
_DATETIME_ATTRIBUTE = re.compile(r"datetime=\"([^\"]+)\"", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(r"\blang=\"([a-zA-Z]{2})", re.IGNORECASE)
_TITLE_END = re.compile(r"</title>", re.IGNORECASE)


def _opening_tags(raw: str, name: str) -> list[str]:
    """The text of each ``<name ...`` tag up to its ``>`` (or the end of the page), in order;
    a tag starting inside one already read (a page of unclosed tags) is part of it."""
    tags: list[str] = []
    read_to = 0
    for m in re.finditer(rf"<{name}\b", raw, re.IGNORECASE):
        if m.start() < read_to:
            continue
        end = raw.find(">", m.start())
        read_to = len(raw) if end < 0 else end
        tags.append(raw[m.start() : read_to])
    return tags


def _meta_content(tags: list[list[tuple[str, str]]], name: str) -> str | None:
    """The content of the first ``<meta>`` named ``name`` (``name`` or ``property``): one whose
    name comes before its content, else one whose content comes first (the order in which the
    page was searched before; each tag's last content attribute, as ``[^>]*`` read it)."""
    wanted = name.lower()
    for content_first in (False, True):
        for attributes in tags:
            named = [
                i for i, (key, value) in enumerate(attributes) if key != "content" and value.lower() == wanted
            ]
            contents = [i for i, (key, _) in enumerate(attributes) if key == "content"]
            if not named or not contents:
                continue
            if not content_first and contents[-1] > named[0]:
                return attributes[contents[-1]][1]
            if content_first and (usable := [i for i in contents if i < named[-1]]):
                return attributes[usable[-1]][1]
    return None


def _html_metadata(raw: str, path: str) -> Metadata:
    tags = [[(k.lower(), v) for k, v in _META_ATTRIBUTE.findall(tag)] for tag in _opening_tags(raw, "meta")]

    def meta(*names: str) -> str | None:
        for name in names:
            if (content := _meta_content(tags, name)) is not None:
                return html.unescape(content).strip() or None
        return None

    published = meta("article:published_time", "date", "pubdate", "dc.date", "publish-date")
    if published is None:
        published = next(
            (found[-1] for tag in _opening_tags(raw, "time") if (found := _DATETIME_ATTRIBUTE.findall(tag))),
            None,
        )
    lang = next(
        (found[-1] for tag in _opening_tags(raw, "html") if (found := _LANG_ATTRIBUTE.findall(tag))), None
    )
    title = _title(raw)
    return Metadata(
        published=_parse_date(published) if published else None,
        source=meta("og:site_name", "publisher", "author"),
        url=_web_url(meta("og:url", "canonical")),
        language=lang.lower() if lang else None,
        title=html.unescape(title).strip() if title is not None else None,
    )


def _title(raw: str) -> str | None:
    """The text of the first ``<title>...</title>``."""
    opening = re.search(r"<title\b", raw, re.IGNORECASE)
    gt = raw.find(">", opening.end()) if opening else -1
    close = _TITLE_END.search(raw, gt + 1) if gt >= 0 else None
    return raw[gt + 1 : close.start()] if close else None


def _web_url(url: str | None) -> str | None:
    """A page's own URL when it is an absolute http(s) link (a relative canonical or a
    ``javascript:`` one is no source link)."""
    return url if url is not None and is_web_url(url) else None


def _article_body(text: str) -> tuple[int, int] | None:
    """``[start, end)`` of the page's ``<article>`` content: from the first opening tag to the
    last closing one (what ``<article\\b[^>]*>(.*)</article\\s*>`` matched), in one pass."""
    opening = re.search(r"<article\b", text, re.IGNORECASE)
    gt = text.find(">", opening.end()) if opening else -1
    if gt < 0:
        return None
    last = None
    for last in re.finditer(r"</article\s*>", text[gt + 1 :], re.IGNORECASE):  # noqa: B007
        pass
    return (gt + 1, gt + 1 + last.start()) if last else None


def _mask_html(raw: str) -> str:
    """Prose of an HTML page at the same offsets: tags and page furniture blanked."""
    text = raw
    if inside := _article_body(text):
        text = _blank(text[: inside[0]]) + text[inside[0] : inside[1]] + _blank(text[inside[1] :])
    text = _blank_elements(text, _DROP_ELEMENTS, _plain_tag)
    text = _blank_elements(text, _ANY_ELEMENT, _boilerplate_tag)
    last = text.rfind(">") + 1  # no tag goes past the last '>': the regex is not tried on the rest
    text = _BLOCK_TAGS.sub(lambda m: "\n" + _blank(m[0])[1:], text[:last]) + text[last:]
    text = _blank_tags(text)

    def entity(m: re.Match[str]) -> str:
        char = html.unescape(m[0])
        if len(char) != 1:
            return m[0]
        if char == "\xa0":
            char = " "
        return char + " " * (len(m[0]) - 1)

    return _ENTITY.sub(entity, text)


# ---------------------------------------------------------------- entry points


def document_from_text(
    raw: str,
    *,
    path: str = "<text>",
    kind: str = ".txt",
    overrides: Metadata | None = None,
    defaults: Metadata | None = None,
) -> Document:
    """A document from text already read; ``kind`` is the file extension (".md", ".html" ...).

    ``overrides`` replace what the text says about itself; ``defaults`` fill what it does not
    say (a batch's ``--published``). The language is detected when still unknown.
    """
    kind = kind.lower()
    if kind in (".html", ".htm"):
        meta = _html_metadata(raw, path)
        text = _mask_html(raw)
    else:
        meta, end = _front_matter(raw, path)
        text = _blank(raw[:end]) + raw[end:]
        if kind in (".md", ".markdown"):
            text = _mask_markdown(text)
    text = mask_boilerplate(text)
    if meta.published is None:
        meta = replace(meta, published=_date_in_text(raw, text))
    meta = meta.merged(overrides).filled(defaults)
    if meta.language is None:
        meta = replace(meta, language=detect_language(text))
    assert len(text) == len(raw), "masking must keep offsets"
    return Document(path=path, raw=raw, text=text, meta=meta)


def load_document(
    path: str | Path, overrides: Metadata | None = None, *, defaults: Metadata | None = None
) -> Document:
    """Read a ``.txt``, ``.md`` or ``.html`` article (UTF-8) into a :class:`Document`.

    ``overrides`` and ``defaults``: see :func:`document_from_text`.
    """
    path = Path(path)
    if path.suffix.lower() not in TEXT_EXTENSIONS:
        raise InputError(str(path), f"not a text article: expected one of {', '.join(TEXT_EXTENSIONS)}")
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(str(path), "no such file") from error
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from error
    return document_from_bytes(data, path, overrides, defaults=defaults)


def document_from_bytes(
    data: bytes, path: str | Path, overrides: Metadata | None = None, *, defaults: Metadata | None = None
) -> Document:
    """An article's bytes (UTF-8) as :func:`load_document` reads them from ``path`` (which names
    the article and gives its kind by extension; it is not read): for workers that cannot
    read the machine the files are on."""
    path = Path(path)
    if path.suffix.lower() not in TEXT_EXTENSIONS:
        raise InputError(str(path), f"not a text article: expected one of {', '.join(TEXT_EXTENSIONS)}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})") from error
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # as a text-mode read gives it (universal new lines)
    return document_from_text(raw, path=str(path), kind=path.suffix, overrides=overrides, defaults=defaults)
