"""Loading articles: formats, boilerplate, metadata, language, offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents.errors import InputError
from geoevents.extract.document import Metadata, document_from_text, load_document, mask_boilerplate
from geoevents.extract.language import detect_language

MARKDOWN = """---
title: Test
published: 2017-10-24
source: Test Wire
url: https://example.org/a
---
S'abonner | Fil d'actu | Monde

# La coalition vise Abou Kamal

La coalition prépare une offensive contre Abou Kamal, selon un porte-parole.

Lire aussi : Raqqa, une ville dévastée

© AFP / Photographe — Des combattants près de Raqqa, le 20 octobre.
"""

HTML = """<!doctype html><html lang="en"><head><title>Mosul | Wire</title>
<meta property="article:published_time" content="2017-07-10T08:00:00Z">
<meta property="og:site_name" content="Tigris Wire"></head>
<body><nav>Home | World | Chat</nav><article><h1>Victory in Mosul</h1>
<p>Iraqi forces retook Mosul on Sunday, officers said &amp; residents confirmed.</p>
<figure><img src="x.jpg"><figcaption>Smoke over Mosul. (AP Photo)</figcaption></figure>
<aside>Read more: Baghdad</aside></article><footer>Subscribe</footer></body></html>"""


def test_markdown_front_matter_and_boilerplate():
    doc = document_from_text(MARKDOWN, path="a.md", kind=".md")
    assert doc.meta == Metadata(dt.date(2017, 10, 24), "Test Wire", "https://example.org/a", "fr", "Test")
    assert len(doc.text) == len(doc.raw)
    assert "Abou Kamal" in doc.text
    for gone in ("S'abonner", "Fil d'actu", "Monde", "Lire aussi", "Raqqa", "AFP", "title:", "#"):
        assert gone not in doc.text, gone
    start = doc.text.index("La coalition prépare")
    assert doc.raw[start : start + 20] == "La coalition prépare"


def test_html_keeps_offsets_and_drops_page_furniture():
    doc = document_from_text(HTML, path="a.html", kind=".html")
    assert doc.meta.published == dt.date(2017, 7, 10)
    assert doc.meta.source == "Tigris Wire"
    assert doc.meta.language == "en"
    assert len(doc.text) == len(HTML)
    at = doc.text.index("Iraqi forces retook Mosul")
    assert HTML[at : at + 25] == "Iraqi forces retook Mosul"
    assert "&" in doc.text and "&amp;" not in doc.text
    for gone in ("Chat", "Smoke over", "Read more", "Subscribe", "Wire</title>", "<p>"):
        assert gone not in doc.text, gone


def test_plain_text_header_date_and_overrides(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "Agence Test — 17/10/2016 — Monde\n\nLes forces ont lancé lundi l'offensive sur Mossoul.\n"
    )
    doc = load_document(path)
    assert doc.meta.published == dt.date(2016, 10, 17)
    assert doc.meta.language == "fr"
    assert "Agence" not in doc.text
    override = load_document(path, Metadata(published=dt.date(2016, 10, 18), language="en"))
    assert override.meta.published == dt.date(2016, 10, 18)
    assert override.meta.language == "en"


def test_dateline_gives_the_publication_date():
    doc = document_from_text("BEYROUTH, 24 octobre 2017 — La coalition prépare une offensive.\n")
    assert doc.meta.published == dt.date(2017, 10, 24)


def test_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(InputError, match=r"bad\.md: not UTF-8"):
        load_document(bad)
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="not a text article"):
        load_document(tmp_path / "table.csv")
    broken = tmp_path / "broken.md"
    broken.write_text("---\npublished: [1\n---\ntext\n")
    with pytest.raises(InputError, match=r"broken\.md: front matter is not valid YAML"):
        load_document(broken)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les forces irakiennes ont repris la ville hier, selon le ministère.", "fr"),
        ("Iraqi forces retook the city on Sunday, the ministry said.", "en"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r"), max_size=300))
def test_masking_never_moves_offsets(text):
    masked = mask_boilerplate(text)
    assert len(masked) == len(text)
    for kind in (".txt", ".md", ".html"):
        try:
            document = document_from_text(text, kind=kind)
        except InputError as error:  # text that starts like front matter but is not YAML
            assert "front matter" in str(error)
            continue
        assert len(document.text) == len(text)


@given(st.text(alphabet=st.sampled_from(list("-:\n ab[{")), max_size=40))
def test_front_matter_errors_are_input_errors(body):
    try:
        document_from_text(f"---\n{body}\n---\ntext\n", kind=".md")
    except InputError as error:
        assert "front matter" in str(error)


def test_defaults_fill_only_what_the_article_does_not_say():
    defaults = Metadata(published=dt.date(2020, 1, 1), source="Batch", language="en")
    doc = document_from_text(MARKDOWN, path="a.md", kind=".md", defaults=defaults)
    # the front matter gives no language: the default is taken over a guess
    assert (doc.meta.published, doc.meta.source, doc.meta.language) == (
        dt.date(2017, 10, 24),
        "Test Wire",
        "en",
    )
    bare = document_from_text("Des combats ont eu lieu hier près de la ville.", defaults=defaults)
    assert (bare.meta.published, bare.meta.source, bare.meta.language) == (dt.date(2020, 1, 1), "Batch", "en")
