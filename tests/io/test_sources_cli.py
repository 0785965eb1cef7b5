"""The command line on data set files: no flags needed, nothing written when no row is good,
one summary line per file instead of one line per bad row, -q and -v."""

from __future__ import annotations

import json

from geoevents.cli import main
from tests.io.test_sources import ACLED_COLUMNS, acled_row, write_csv


def test_acled_export_without_flags_keeps_its_columns(tmp_path, capsys):
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row()])
    out = tmp_path / "out.geojson"
    assert main(["export", str(source), "-o", str(out)]) == 0
    properties = json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert properties["event_type"] == "clashes" and properties["src_event_type"] == "Battles"
    assert properties["fatalities"] == 12 and properties["sub_event_type"] == "Armed clash"
    assert "wrote" in capsys.readouterr().out


def test_every_row_bad_writes_nothing_and_says_why_in_one_line(tmp_path, capsys):
    rows = [acled_row(event_id_cnty=f"SYR{n}", event_date="someday") for n in range(40)]
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    for command, name in (("export", "out.geojson"), ("map", "out.html")):
        out = tmp_path / name
        assert main([command, str(source), "-o", str(out)]) == 1
        assert not out.exists()
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert "this looks like an ACLED file but none of its 40 rows could be read" in err[0]
        assert "field 'event_date'" in err[0] and "found columns event_id_cnty" in err[0]


def test_bad_rows_are_summarised_and_listed_with_verbose(tmp_path, capsys):
    rows = [acled_row(event_id_cnty="GOOD")] + [
        acled_row(event_id_cnty=f"BAD{n}", latitude="north") for n in range(10)
    ]
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows)
    out = tmp_path / "out.geojson"
    assert main(["export", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2  # the summary of the file, the final error line
    assert "skipped 10 bad row(s): row 3, field 'latitude'" in err[0] and "and 7 more" in err[0]
    assert main(["export", str(source), "-o", str(out), "--force", "-v"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 11
    assert main(["export", str(source), "-o", str(out), "--force", "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1


def test_format_forces_a_data_set(tmp_path):
    row = acled_row()
    columns = ["event_date", "event_type", "latitude", "longitude", "location"]
    source = write_csv(tmp_path / "few.csv", columns, [{c: row[c] for c in columns}])
    out = tmp_path / "out.geojson"
    assert main(["export", str(source), "-o", str(out)]) == 1 and not out.exists()
    assert main(["export", str(source), "-o", str(out), "--format", "acled"]) == 0
    assert (
        json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]["title"] == "Battles, Hajin"
    )
    html = tmp_path / "out.html"
    assert main(["map", str(source), "-o", str(html), "--format", "acled"]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "o.csv"), "--input-format", "acled"]) == 0


def test_shapefile_is_refused_clearly(tmp_path, capsys):
    source = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row()])
    out = tmp_path / "out.shp"
    assert main(["export", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no Shapefile export" in err[0] and ".gpkg" in err[0]
    assert not out.exists()
