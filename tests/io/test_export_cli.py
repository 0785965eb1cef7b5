"""``geoevents export``: format by extension or --format, atomic writes, no overwrite without --force."""

from __future__ import annotations

import pytest

from geoevents.cli import main
from geoevents.io import geojson, gpkg, kml

INPUT = """\
source: {name: Test agency, url: "https://example.org/report", published: 2017-10-25}
events:
  - id: a
    title: Airstrike on a bridge
    event_type: airstrike
    date: 2017-10-17
    place: Deir ez-Zor bridge
    latitude: 35.3333
    longitude: 40.15
  - id: b
    title: Front along the river
    event_type: clashes
    date: October 2017
    place: Euphrates
    geometry: LINESTRING (40.1 35.3, 40.9 34.45)
"""

SIGNATURES = {
    ".geojson": b'{"type":"FeatureCollection","bbox":',
    ".geojsonl": b'{"type":"Feature",',
    ".geojsons": b'\x1e{"type":"Feature",',
    ".kml": b'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">',
    ".gpkg": b"SQLite format 3\x00",
    ".csv": b"WKT,latitude,longitude,id,",
}


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text(INPUT, encoding="utf-8")
    return path


def _leftovers(directory, keep):
    return sorted(p.name for p in directory.iterdir() if p.name not in keep)


@pytest.mark.parametrize("suffix", list(SIGNATURES))
def test_format_from_the_extension(tmp_path, source, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(SIGNATURES[suffix])
    assert f"wrote {out}: 2 events (2 located, 0 unresolved)" in capsys.readouterr().out
    assert _leftovers(tmp_path, {"events.yaml", out.name}) == []


@pytest.mark.parametrize("fmt", ["kml", "gpkg", "csv", "geojsons", ".geojson"])
def test_format_option_wins_over_the_extension(tmp_path, source, fmt):
    out = tmp_path / "out.dat"
    assert main(["export", str(source), "-o", str(out), "--format", fmt]) == 0
    assert out.read_bytes().startswith(SIGNATURES["." + fmt.lstrip(".")])


def test_unknown_format_is_a_one_line_error(tmp_path, source, capsys):
    out = tmp_path / "out.xyz"
    assert main(["export", str(source), "-o", str(out)]) == 1
    error = capsys.readouterr().err
    assert "unknown output format '.xyz'" in error and ".geojson" in error and ".gpkg" in error
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_never_overwrites_without_force(tmp_path, source, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"precious")
    assert main(["export", str(source), "-o", str(out)]) == 1
    assert "already exists (use --force to overwrite)" in capsys.readouterr().err
    assert out.read_bytes() == b"precious"
    assert main(["export", str(source), "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(SIGNATURES[suffix])


class Boom(RuntimeError):
    pass


def _fail_midway(real):
    def write(events, handle, **options):
        real(events[:1], handle, **options)  # part of the output is written ...
        handle.flush()
        raise Boom("writer failed mid-way")  # ... then the writer dies

    return write


@pytest.mark.parametrize(("module", "suffix"), [(geojson, ".geojson"), (kml, ".kml")])
def test_a_failing_writer_leaves_no_file(tmp_path, source, monkeypatch, module, suffix):
    monkeypatch.setattr(module, "write", _fail_midway(module.write))
    out = tmp_path / f"out{suffix}"
    with pytest.raises(Boom):
        main(["export", str(source), "-o", str(out)])
    assert not out.exists()
    assert _leftovers(tmp_path, {"events.yaml"}) == []  # no temporary file either


def test_an_interrupted_export_leaves_no_file_and_keeps_the_old_one(tmp_path, source, monkeypatch, capsys):
    out = tmp_path / "out.geojson"
    out.write_bytes(b"old")
    real = geojson.write

    def interrupted(events, handle, **options):
        real(events, handle, **options)
        raise KeyboardInterrupt

    monkeypatch.setattr(geojson, "write", interrupted)
    assert main(["export", str(source), "-o", str(out), "--force"]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert out.read_bytes() == b"old"
    assert _leftovers(tmp_path, {"events.yaml", "out.geojson"}) == []


def test_a_failing_geopackage_leaves_no_file(tmp_path, source, monkeypatch):
    real = gpkg._write_layer

    def second_layer_fails(path, layer, geometries, columns):
        if layer == gpkg.PLACES_LAYER:
            assert path.exists()  # the events layer is already on disk, in the temporary file
            raise Boom("disk full")
        real(path, layer, geometries, columns)

    monkeypatch.setattr(gpkg, "_write_layer", second_layer_fails)
    out = tmp_path / "out.gpkg"
    with pytest.raises(Boom):
        main(["export", str(source), "-o", str(out)])
    assert not out.exists()
    assert _leftovers(tmp_path, {"events.yaml"}) == []


def test_help_lists_every_format(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = capsys.readouterr().out
    for suffix in SIGNATURES:
        assert suffix in text


def test_a_gdal_error_is_one_line_naming_the_output(tmp_path, source, monkeypatch, capsys):
    from pyogrio.errors import DataSourceError

    def refuse(*args, **kwargs):
        raise DataSourceError("no space left on device")

    monkeypatch.setattr(gpkg, "ogr_write", refuse)
    out = tmp_path / "out.gpkg"
    assert main(["export", str(source), "-o", str(out)]) == 1
    error = capsys.readouterr().err.strip()
    assert error == f"geoevents: error: {out}: GeoPackage writer failed: no space left on device"
    assert _leftovers(tmp_path, {"events.yaml"}) == []
