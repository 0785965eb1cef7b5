"""The Python API: ``geoevents.read`` -> EventCollection -> DataFrames, GeoJSON, files, folium."""

from __future__ import annotations

import json

import folium
import geopandas
import pandas as pd
import pytest
import shapely

import geoevents
from geoevents import EventCollection, RowError
from geoevents.io import read_events
from tests.io.conftest import assert_same_events, same_geometry

YAML = """\
events:
  - {id: a, title: Strike <one>, event_type: airstrike, date: 2017-10-17, place: Bridge, latitude: 35.33, longitude: 40.15,
     source: Agency, url: "https://example.org/a?x=1&y=2"}
  - {id: b, title: Front, event_type: clashes, date: October 2017, place: River,
     geometry: "LINESTRING (40.1 35.3, 40.9 34.45)"}
  - {id: c, title: Area, event_type: capture, date: 2017-10-20, place: Field,
     geometry: "POLYGON ((40 35, 40 35.5, 40.8 35.5, 40 35))"}
"""


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "events.yaml"
    file.write_text(YAML, encoding="utf-8")
    return file


@pytest.fixture
def collection(path) -> EventCollection:
    return geoevents.read(path)


def test_read_returns_a_list_of_events(collection, path):
    assert isinstance(collection, EventCollection) and isinstance(collection, list)
    assert collection == read_events(path).events
    assert [e.id for e in collection] == ["a", "b", "c"]
    assert isinstance(collection[0], geoevents.Event)
    assert isinstance(collection[1:], EventCollection) and [e.id for e in collection[1:]] == ["b", "c"]
    assert isinstance(collection + collection[:1], EventCollection)
    assert len(collection.located) == 3 and len(collection.unresolved) == 0


def test_to_dataframe(collection):
    frame = collection.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["id"]) == ["a", "b", "c"]
    assert {"start", "end", "geometry", "event_type", "source_url"} <= set(frame.columns)


def test_to_geodataframe_and_back(collection):
    gdf = collection.to_geodataframe()
    assert isinstance(gdf, geopandas.GeoDataFrame)
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.geom_type) == ["Point", "LineString", "Polygon"]
    back = geoevents.from_dataframe(gdf)
    assert isinstance(back, EventCollection)
    assert back == collection


def test_from_a_projected_geodataframe(collection):
    mercator = collection.to_geodataframe().to_crs(3857)
    back = geoevents.from_dataframe(mercator)
    for new, old in zip(back, collection, strict=True):
        assert same_geometry(new.place.geometry, old.place.geometry, tolerance=1e-9)


def test_from_dataframe_with_wkt_text(collection):
    frame = collection.to_dataframe()
    frame["geometry"] = [g.wkt for g in frame["geometry"]]
    assert_same_events(list(geoevents.from_dataframe(frame)), list(collection))


def test_from_dataframe_names_the_bad_row():
    frame = pd.DataFrame([{"id": "x", "title": "t", "start": "2017-10-01"}, {"id": "y", "title": "t"}])
    with pytest.raises(RowError, match=r"DataFrame: row 2, field 'start': empty: every event needs a start"):
        geoevents.from_dataframe(frame)
    with pytest.raises(RowError, match=r"DataFrame: row 1, field 'title': missing column"):
        geoevents.from_dataframe(frame.drop(columns=["title"]))
    frame = pd.DataFrame([{"id": "x", "title": "t", "start": "not a date"}])
    with pytest.raises(RowError, match=r"DataFrame: row 1: Invalid isoformat string"):
        geoevents.from_dataframe(frame)


def test_to_geojson_is_the_file_export(collection, tmp_path):
    text = collection.to_geojson()
    document = json.loads(text)
    assert document["type"] == "FeatureCollection" and len(document["features"]) == 3
    out = collection.to_file(tmp_path / "out.geojson")
    assert out.read_text(encoding="utf-8") == text


def test_to_file_every_format(collection, tmp_path):
    for suffix in (".geojson", ".geojsonl", ".kml", ".gpkg", ".csv"):
        assert collection.to_file(tmp_path / f"out{suffix}").stat().st_size > 0
    with pytest.raises(geoevents.OutputError, match="already exists"):
        collection.to_file(tmp_path / "out.kml")


def test_to_map_is_an_editable_folium_map(collection, tmp_path):
    fmap = collection.to_map(tiles=None)
    assert isinstance(fmap, folium.Map)
    groups = [c for c in fmap._children.values() if isinstance(c, folium.FeatureGroup)]
    assert sorted(g.layer_name for g in groups) == ["airstrike", "capture", "clashes"]
    assert any(isinstance(c, folium.LayerControl) for c in fmap._children.values())
    folium.Marker((35.0, 40.0), tooltip="added by the user").add_to(fmap)  # keep editing
    html = fmap.get_root().render()
    # input text reaches the page as inert JSON strings, turned into text nodes there
    assert "Strike \\u003cone\\u003e" in html and "Strike <one>" not in html
    assert "https://example.org/a?x=1\\u0026y=2" in html
    assert "added by the user" in html
    assert "fitBounds" in html or "fit_bounds" in html
    fmap.save(tmp_path / "map.html")
    assert (tmp_path / "map.html").stat().st_size > 0


def test_to_map_skips_unresolved_events(collection):
    import dataclasses

    unresolved = dataclasses.replace(collection[0], id="u", place=None)
    fmap = EventCollection([*collection, unresolved]).to_map(tiles=None)
    markers = [c for g in fmap._children.values() for c in getattr(g, "_children", {}).values()]
    assert sum(isinstance(m, folium.CircleMarker) for m in markers) == 1
    assert EventCollection([unresolved]).to_map(tiles=None) is not None


def test_the_sample_seed_exports_everywhere(tmp_path):
    """The real sample through the embedded gazetteer (builds its index on first use)."""
    from tests.io.conftest import ogrinfo

    events = geoevents.read("seeds/abou-kamal-2017.yaml", strict=False)
    assert len(events) == 10 and len(events.located) >= 8
    for suffix in (".geojson", ".geojsonl", ".kml", ".gpkg", ".csv"):
        out = events.to_file(tmp_path / f"seed{suffix}")
        result = ogrinfo("-ro", "-al", "-so", str(out))
        assert result.returncode == 0 and "Warning" not in result.stderr + result.stdout, suffix
    assert_same_events(read_events(tmp_path / "seed.geojson", strict=True).events, list(events))
    assert shapely.is_valid(events.to_geodataframe().geometry.dropna()).all()
