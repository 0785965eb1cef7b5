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
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..io.safeyaml import load_yaml
from ..model import is_web_url
from ..timespans import TimeSpanError, parse_timespan
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


def mask_boilerplate(text: str) -> str:
    """Blank every line of ``text`` that is navigation, a "read more" link, a caption or a credit."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (
            _BOILERPLATE_LINE.match(stripped)
            or _is_navigation(stripped)
            or _is_caption(stripped)
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
    text = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)", lambda m: _blank(m[0]), text)  # images (captions)
    text = re.sub(
        r"\[([^\]\n]*)\]\([^)\n]*\)", lambda m: " " + m[1] + " " * (len(m[0]) - len(m[1]) - 1), text
    )
    text = re.sub(r"(?m)^(\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s)", lambda m: _blank(m[0]), text)
    text = re.sub(r"(\*\*|__|\*|`)", lambda m: " " * len(m[0]), text)
    return text


_DROP_ELEMENTS = re.compile(
    r"<(script|style|head|nav|footer|aside|figure|figcaption|noscript|form|button|iframe|svg)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAGS = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|main|blockquote|pre|dd|dt|hr)\b[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<!--.*?-->|<![^>]*>|<[^>]+>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_BOILERPLATE_CLASS = re.compile(
    r"<(\w+)\b[^>]*\bclass=\"[^\"]*\b(?:lire-aussi|read-more|related|caption|credit|share|social|menu|breadcrumb|newsletter|paywall|ad|advert)\b[^\"]*\"[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _html_metadata(raw: str, path: str) -> Metadata:
    def meta(*names: str) -> str | None:
        for name in names:
            m = re.search(
                rf"<meta\b[^>]*(?:name|property)=\"{re.escape(name)}\"[^>]*content=\"([^\"]*)\"",
                raw,
                re.IGNORECASE,
            ) or re.search(
                rf"<meta\b[^>]*content=\"([^\"]*)\"[^>]*(?:name|property)=\"{re.escape(name)}\"",
                raw,
                re.IGNORECASE,
            )
            if m:
                return html.unescape(m[1]).strip() or None
        return None

    published = meta("article:published_time", "date", "pubdate", "dc.date", "publish-date")
    if published is None and (m := re.search(r"<time\b[^>]*datetime=\"([^\"]+)\"", raw, re.IGNORECASE)):
        published = m[1]
    lang = re.search(r"<html\b[^>]*\blang=\"([a-zA-Z]{2})", raw, re.IGNORECASE)
    title = re.search(r"<title\b[^>]*>(.*?)</title>", raw, re.IGNORECASE | re.DOTALL)
    return Metadata(
        published=_parse_date(published) if published else None,
        source=meta("og:site_name", "publisher", "author"),
        url=_web_url(meta("og:url", "canonical")),
        language=lang[1].lower() if lang else None,
        title=html.unescape(title[1]).strip() if title else None,
    )


def _web_url(url: str | None) -> str | None:
    """A page's own URL when it is an absolute http(s) link (a relative canonical or a
    ``javascript:`` one is no source link)."""
    return url if url is not None and is_web_url(url) else None


def _mask_html(raw: str) -> str:
    """Prose of an HTML page at the same offsets: tags and page furniture blanked."""
    text = raw
    inside = re.search(r"<article\b[^>]*>(.*)</article\s*>", text, re.IGNORECASE | re.DOTALL)
    if inside:
        text = _blank(text[: inside.start(1)]) + inside[1] + _blank(text[inside.end(1) :])
    text = _DROP_ELEMENTS.sub(lambda m: _blank(m[0]), text)
    text = _BOILERPLATE_CLASS.sub(lambda m: _blank(m[0]), text)
    text = _BLOCK_TAGS.sub(lambda m: "\n" + _blank(m[0])[1:], text)
    text = _ANY_TAG.sub(lambda m: _blank(m[0]), text)

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
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(str(path), "no such file") from error
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from error
    raw = raw.replace("\r\n", " \n").replace("\r", "\n")  # same offsets as the file
    return document_from_text(raw, path=str(path), kind=path.suffix, overrides=overrides, defaults=defaults)
