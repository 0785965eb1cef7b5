"""Split a document's text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..limits import MAX_SENTENCE_CHARS
from .lang import words

__all__ = ["Sentence", "split_sentences"]

# Words after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = words("words", "ABBREVIATIONS")

# Sentence-final punctuation and its closing quotes, followed by a space. The match starts only
# at the first mark of a run and its quantifiers are possessive, so a run of marks that no space
# follows is given up in one step instead of being retried from each of its characters.
_END = re.compile(r"(?<![.!?…])[.!?…]++[»”\"')\]]*+(?=\s)")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``[start, end)`` in the document text, with its paragraph number."""

    start: int
    end: int
    paragraph: int

    def text(self, document_text: str) -> str:
        """The sentence as written."""
        return document_text[self.start : self.end]


def _ends_sentence(text: str, stop: int, after: int) -> bool:
    """Whether the punctuation ending at ``stop`` ends a sentence (the next text starts at ``after``)."""
    nxt = text[after : after + 1]
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "«“\"'(—–-"):
        return False
    word = re.search(r"([\w.]+)[.]$", text[max(0, stop - 12) : stop + 1])
    if text[stop] == "." and word:
        token = word[1].lower()
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False
    return True


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    begin = start
    for m in _END.finditer(text, start, end):
        after = m.end()
        while after < end and text[after].isspace():
            after += 1
        stop = m.start()
        if after >= end:
            break
        if _ends_sentence(text, stop, after):
            yield begin, m.end()
            begin = after
    if text[begin:end].strip():
        yield begin, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``: every non-blank line is a paragraph (headings too), split on
    sentence-final punctuation followed by a capital, a digit or a quote, except after
    abbreviations ("M.", "Gen.", "U.S.") and initials. Leading and trailing spaces are trimmed.

    A sentence longer than :data:`~geoevents.limits.MAX_SENTENCE_CHARS` (no prose has one) is
    cut at clause boundaries, so that the work done per sentence stays bounded.
    """
    sentences: list[Sentence] = []
    for number, para in enumerate(m for m in _PARAGRAPH.finditer(text) if m[0].strip()):
        for first, last in _split_paragraph(text, para.start(), para.end()):
            for start, end in _bounded(text, first, last):
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    sentences.append(Sentence(start, end, number))
    return sentences


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut after the last clause
    mark (else the last space) of each piece's second half, else hard."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        half = start + MAX_SENTENCE_CHARS // 2
        cut = max(text.rfind("; ", half, limit), text.rfind(", ", half, limit))
        cut = cut + 1 if cut >= 0 else text.rfind(" ", half, limit)
        cut = cut if cut > start else limit
        yield start, cut
        start = cut
    yield start, end
