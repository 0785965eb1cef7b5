"""The map of an ACLED table by the columnar path is the page the event-by-event path writes."""

from __future__ import annotations

from geoevents.cli import main
from geoevents.io import read_events
from geoevents.render.briefing import BriefingOptions, render_briefing
from geoevents.render.columnar import acled_page
from tests.io.test_columnar import _rows
from tests.io.test_sources import ACLED_COLUMNS, acled_row, write_csv


def _table(tmp_path):
    rows = _rows()
    rows += [
        # out of date order, a shared day with a smaller id, associated actors, a repeated actor
        acled_row(event_id_cnty="SYR0", event_date="2017-10-17", assoc_actor_1="Group A; Group B"),
        acled_row(event_id_cnty="SYR9", event_date="2016-01-02", actor2="Military Forces of Syria (2000-)"),
        acled_row(event_id_cnty="SYR5", event_date="2017-11-30", latitude="0", longitude="-0.000001"),
        acled_row(event_id_cnty="SYR6", notes="<b>&</b> a line\u2028separator", actor1="A <i>"),
    ]
    return write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)


def test_columnar_page_is_the_event_page(tmp_path):
    source = _table(tmp_path)
    assert acled_page(source) is not None
    fast = main(["map", str(source), "-o", str(tmp_path / "fast.html"), "-q"])
    events = read_events(source, strict=True).events
    assert len(events) == 8
    slow = render_briefing(events, BriefingOptions(lang="en"))
    assert fast == 0
    assert (tmp_path / "fast.html").read_text(encoding="utf-8") == slow


def test_map_command_pages_match_with_and_without_the_fast_path(tmp_path, monkeypatch):
    source = _table(tmp_path)
    args = ["map", str(source), "--title", "T", "--window", "7", "-q"]
    assert main([*args, "-o", str(tmp_path / "fast.html")]) == 0
    monkeypatch.setattr("geoevents.commands.map.acled_page", lambda _path: None)
    assert main([*args, "-o", str(tmp_path / "slow.html")]) == 0
    assert (tmp_path / "fast.html").read_bytes() == (tmp_path / "slow.html").read_bytes()


def test_tables_the_fast_path_declines(tmp_path):
    rows = _rows()
    rows[1]["event_id_cnty"] = rows[0]["event_id_cnty"]  # a duplicate id: reported row by row
    assert acled_page(write_csv(tmp_path / "dup.csv", ACLED_COLUMNS, rows)) is None
    rows = _rows()
    rows[2]["latitude"] = "north"
    assert acled_page(write_csv(tmp_path / "bad.csv", ACLED_COLUMNS, rows)) is None
