"""The columnar fast path for big ACLED tables writes what the event-by-event path writes:
the same GeoJSON bytes, the same GeoParquet table; anything it does not handle the same way
goes to the ordinary path."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from geoevents.cli import main
from geoevents.io import export_columnar, read_events, write_events
from tests.io.test_sources import ACLED_COLUMNS, acled_row, write_csv


def _rows():
    return [
        acled_row(event_id_cnty="SYR1"),
        acled_row(event_id_cnty="SYR2", event_date="2017-10-18", time_precision="2", geo_precision="2"),
        acled_row(
            event_id_cnty="SYR3",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actor2="",
            time_precision="3",
            geo_precision="3",
            latitude="35.1234567891",
            longitude="-0.5",
            notes='Quotes "here", a back\\slash, a tab\tand a\nnew line; ünïcödé',
            fatalities="",
            tags="crowd size=no report",
        ),
        acled_row(
            event_id_cnty="SYR4", event_type="Strategic developments", sub_event_type="Agreement", admin1=""
        ),
    ]


@pytest.mark.parametrize("dates", ["iso", "words"])
def test_geojson_bytes_match_the_event_path(tmp_path, dates):
    rows = _rows()
    if dates == "words":
        for row, text in zip(
            rows, ["17 October 2017", "18 October 2017", "17 October 2017", "17 October 2017"], strict=True
        ):
            row["event_date"] = text
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    assert export_columnar(source, tmp_path / "fast.geojson") == 4
    slow = write_events(read_events(source, strict=True).events, tmp_path / "slow.geojson")
    assert (tmp_path / "fast.geojson").read_bytes() == slow.read_bytes()


def test_geoparquet_table_matches_the_event_path(tmp_path):
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, _rows())
    assert export_columnar(source, tmp_path / "fast.parquet") == 4
    slow = write_events(read_events(source, strict=True).events, tmp_path / "slow.parquet")
    fast, reference = pq.read_table(tmp_path / "fast.parquet"), pq.read_table(slow)
    assert fast.schema.equals(reference.schema, check_metadata=True)
    assert fast.equals(reference)


@pytest.mark.parametrize(
    "bad",
    [
        {"latitude": "north"},
        {"event_date": "someday"},
        {"event_id_cnty": ""},
        {"event_id_cnty": "SYR1"},  # a duplicate id
        {"notes": "a bell \x07 rings"},
    ],
)
def test_rows_the_fast_path_does_not_handle_go_the_ordinary_way(tmp_path, bad):
    rows = _rows()
    rows[1].update(bad)
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    assert export_columnar(source, tmp_path / "fast.geojson") is None
    assert not (tmp_path / "fast.geojson").exists()


def test_the_command_line_takes_the_fast_path_and_falls_back(tmp_path, capsys):
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, _rows())
    assert main(["export", str(source), "-o", str(tmp_path / "a.geojson")]) == 0
    assert "wrote" in capsys.readouterr().out
    rows = _rows()
    rows[2]["latitude"] = "north"
    bad = write_csv(tmp_path / "bad.csv", ACLED_COLUMNS, rows)
    assert main(["export", str(bad), "-o", str(tmp_path / "b.geojson")]) == 1  # row 4 skipped, reported
    assert "row 4, field 'latitude'" in capsys.readouterr().err


@pytest.mark.parametrize("ext", ["geojson", "parquet"])
def test_slices_and_mixed_columns_match_the_event_path(tmp_path, monkeypatch, ext):
    from geoevents.io import columnar

    monkeypatch.setattr(columnar, "CHUNK", 2)  # four rows: two slices
    rows = _rows()
    rows[3]["fatalities"] = "unknown"  # a count column that is text in one slice only
    rows[0]["civilian_targeting"] = "Civilian targeting"
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    assert export_columnar(source, tmp_path / f"fast.{ext}") == 4
    slow = write_events(read_events(source, strict=True).events, tmp_path / f"slow.{ext}")
    if ext == "geojson":
        assert (tmp_path / "fast.geojson").read_bytes() == slow.read_bytes()
    else:
        fast, reference = pq.read_table(tmp_path / "fast.parquet"), pq.read_table(slow)
        assert fast.schema.equals(reference.schema, check_metadata=True) and fast.equals(reference)
        assert str(fast.schema.field("fatalities").type) == "string"
