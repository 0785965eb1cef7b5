"""Readers of published data sets, on files written here from the codebooks: ACLED (2023
codebook, 31 columns), UCDP GED 23.1 (49 columns), GDELT event exports 1.0 (58) and 2.0 (61),
and a Liveuamap-like feed. Each is told from its header or layout with no flags."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import zipfile

import pytest

from geoevents.errors import InputError
from geoevents.io import read_events, write_events
from geoevents.io.gdelt import V1_COLUMNS, V2_COLUMNS
from geoevents.model import DatePrecision, EventType, GeoPrecision

ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()
UCDP_COLUMNS = (
    "id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id conflict_name "
    "dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a side_b_dset_id side_b_new_id "
    "side_b number_of_sources source_article source_office source_date source_headline source_original "
    "where_prec where_coordinates where_description adm_1 adm_2 latitude longitude geom_wkt priogrid_gid "
    "country country_id region event_clarity date_prec date_start date_end deaths_a deaths_b "
    "deaths_civilians deaths_unknown best high low gwnoa gwnob"
).split()


def acled_row(**values) -> dict[str, str]:
    """A made-up ACLED battle in Syria, with the codebook's columns; ``values`` override."""
    row = {
        "event_id_cnty": "SYR1001",
        "event_date": "2017-10-17",
        "year": "2017",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Syria (2000-)",
        "assoc_actor_1": "Militia A; Militia B",
        "inter1": "1",
        "actor2": "Islamic State (Syria)",
        "assoc_actor_2": "",
        "inter2": "2",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "admin1": "Deir-ez-Zor",
        "admin2": "Abu Kamal",
        "admin3": "Hajin",
        "location": "Hajin",
        "latitude": "34.6900",
        "longitude": "40.8300",
        "geo_precision": "1",
        "source": "Source One; Source Two",
        "source_scale": "National",
        "notes": "On 17 October 2017, forces clashed near a town (made-up note).",
        "fatalities": "12",
        "tags": "",
        "timestamp": "1508198400",
    }
    row.update(values)
    return row


def write_csv(path, columns, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


# --- ACLED -------------------------------------------------------------------------------------


def test_acled_api_layout_maps_the_codebook(tmp_path):
    path = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row()])
    (event,) = read_events(path, strict=True).events
    assert event.id == "SYR1001"
    assert event.title == "Battles: Military Forces of Syria (2000-) vs Islamic State (Syria), Hajin"
    assert event.event_type is EventType.CLASHES
    assert event.actors == (
        "Military Forces of Syria (2000-)",
        "Militia A",
        "Militia B",
        "Islamic State (Syria)",
    )
    assert (event.when.start, event.when.end, event.when.precision) == (
        dt.date(2017, 10, 17),
        dt.date(2017, 10, 17),
        DatePrecision.DAY,
    )
    assert event.place.geo_precision is GeoPrecision.TOWN and not event.place.approximate
    assert (event.place.latitude, event.place.longitude) == (34.69, 40.83)
    assert event.place_text == "Hajin" and event.place.admin1 == "Deir-ez-Zor"
    assert event.source.name == "Source One; Source Two"
    assert event.description.startswith("On 17 October 2017")
    attributes = event.attributes
    assert attributes["fatalities"] == 12 and attributes["sub_event_type"] == "Armed clash"
    assert attributes["event_type"] == "Battles" and attributes["admin2"] == "Abu Kamal"
    assert attributes["admin3"] == "Hajin" and attributes["interaction"] == 12
    assert attributes["civilian_targeting"] is None  # a blank column is kept, not lost
    kept = set(ACLED_COLUMNS) - {
        "event_id_cnty",
        "latitude",
        "longitude",
        "location",
        "notes",
        "source",
        "admin1",
    }
    assert set(attributes) == kept


def test_acled_export_dates_and_precisions(tmp_path):
    rows = [
        acled_row(event_id_cnty="SYR1", event_date="17 October 2017"),
        acled_row(event_id_cnty="SYR2", event_date="17 October 2017", time_precision="2"),
        acled_row(event_id_cnty="SYR3", event_date="17 October 2017", time_precision="3", geo_precision="3"),
        acled_row(event_id_cnty="SYR4", geo_precision="2"),
    ]
    events = read_events(write_csv(tmp_path / "export.csv", ACLED_COLUMNS, rows), strict=True).events
    day, week, month, near = events
    assert day.when.start == day.when.end == dt.date(2017, 10, 17)
    assert (week.when.start, week.when.end, week.when.precision) == (
        dt.date(2017, 10, 14),
        dt.date(2017, 10, 20),
        DatePrecision.WEEK,
    )
    assert (month.when.start, month.when.end, month.when.precision) == (
        dt.date(2017, 10, 1),
        dt.date(2017, 10, 31),
        DatePrecision.MONTH,
    )
    assert month.place.geo_precision is GeoPrecision.PROVINCE and month.place.approximate
    assert near.place.geo_precision is GeoPrecision.DISTRICT
    assert day.attributes["event_date"] == "17 October 2017"  # as written


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", EventType.CLASHES),
        ("Battles", "Government regains territory", EventType.CAPTURE),
        ("Battles", "Non-state actor overtakes territory", EventType.CAPTURE),
        ("Explosions/Remote violence", "Air/drone strike", EventType.AIRSTRIKE),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", EventType.AIRSTRIKE),
        ("Violence against civilians", "Attack", EventType.CASUALTIES),
        ("Strategic developments", "Non-violent transfer of territory", EventType.CAPTURE),
        ("Strategic developments", "Agreement", EventType.STATEMENT),
        ("Protests", "Peaceful protest", EventType.OTHER),
        ("Riots", "Mob violence", EventType.OTHER),
    ],
)
def test_acled_event_types(tmp_path, event_type, sub_event_type, expected):
    row = acled_row(event_type=event_type, sub_event_type=sub_event_type)
    (event,) = read_events(write_csv(tmp_path / "a.csv", ACLED_COLUMNS, [row]), strict=True).events
    assert event.event_type is expected
    assert (event.attributes["event_type"], event.attributes["sub_event_type"]) == (
        event_type,
        sub_event_type,
    )


def test_acled_french_spreadsheet_semicolons_and_day_first_dates(tmp_path):
    rows = [
        acled_row(event_id_cnty="SYR1", event_date="03/10/2017", latitude="34,6900", longitude="40,8300"),
        acled_row(event_id_cnty="SYR2", event_date="17/10/2017"),
    ]
    path = write_csv(tmp_path / "fr.csv", ACLED_COLUMNS, rows, delimiter=";")
    first, second = read_events(path, strict=True).events
    assert first.when.start == dt.date(2017, 10, 3)  # day first: the file is a French spreadsheet
    assert second.when.start == dt.date(2017, 10, 17)
    assert first.place.latitude == pytest.approx(34.69)


def test_ambiguous_slashed_dates_are_refused_not_guessed(tmp_path):
    path = write_csv(tmp_path / "us.csv", ACLED_COLUMNS, [acled_row(event_date="03/10/2017")])
    with pytest.raises(InputError, match="ambiguous date '03/10/2017'"):
        read_events(path)
    month_first = [
        acled_row(event_id_cnty="A", event_date="03/10/2017"),
        acled_row(event_id_cnty="B", event_date="10/17/2017"),
    ]
    events = read_events(write_csv(tmp_path / "us2.csv", ACLED_COLUMNS, month_first), strict=True).events
    assert events[0].when.start == dt.date(2017, 3, 10)


def test_acled_api_json_response(tmp_path):
    path = tmp_path / "api.json"
    row = acled_row()
    path.write_text(json.dumps({"status": 200, "success": True, "count": 1, "data": [row]}), encoding="utf-8")
    (event,) = read_events(path, strict=True).events
    assert event.id == "SYR1001" and event.event_type is EventType.CLASHES
    assert event.attributes["fatalities"] == 12


def test_a_header_like_acled_but_lacking_columns_says_so_in_one_line(tmp_path):
    columns = [c for c in ACLED_COLUMNS if c not in ("latitude", "longitude")]
    path = write_csv(tmp_path / "a.csv", columns, [{c: acled_row()[c] for c in columns}])
    with pytest.raises(InputError) as caught:
        read_events(path)
    message = str(caught.value)
    assert "this looks like an ACLED file but it lacks latitude, longitude" in message
    assert "found columns event_id_cnty, event_date" in message and "\n" not in message


def test_every_row_bad_is_one_line_naming_the_first(tmp_path):
    rows = [acled_row(event_id_cnty=f"SYR{n}", latitude="north") for n in range(50)]
    with pytest.raises(InputError) as caught:
        read_events(write_csv(tmp_path / "bad.csv", ACLED_COLUMNS, rows))
    message = str(caught.value)
    assert "this looks like an ACLED file but none of its 50 rows could be read" in message
    assert "row 2, field 'latitude'" in message and "\n" not in message


def test_forced_format(tmp_path):
    row = acled_row()
    columns = ["event_date", "event_type", "latitude", "longitude", "location"]
    path = write_csv(tmp_path / "few.csv", columns, [{c: row[c] for c in columns}])
    with pytest.raises(InputError, match="no event could be read"):  # too few columns to tell
        read_events(path)
    (event,) = read_events(path, strict=True, fmt="acled").events
    assert event.title == "Battles, Hajin" and event.event_type is EventType.CLASHES
    with pytest.raises(InputError, match="UCDP GED file but it lacks date_start"):
        read_events(path, fmt="ucdp")


# --- UCDP GED ----------------------------------------------------------------------------------


def ucdp_row(**values) -> dict[str, str]:
    """A made-up GED 23.1 event, as in the CSV release."""
    row = dict.fromkeys(UCDP_COLUMNS, "")
    row.update(
        {
            "id": "900001",
            "relid": "SYR-2017-1-000-1",
            "year": "2017",
            "active_year": "1",
            "code_status": "Clear",
            "type_of_violence": "1",
            "conflict_dset_id": "299",
            "conflict_name": "Syria: Government",
            "dyad_name": "Government of Syria - IS",
            "side_a": "Government of Syria",
            "side_b": "IS",
            "number_of_sources": "2",
            "source_office": "Agency",
            "source_date": "2017-10-18",
            "source_headline": "Made-up headline",
            "where_prec": "1",
            "where_coordinates": "Hajin town",
            "where_description": "in and around the town",
            "adm_1": "Dayr az Zawr governorate",
            "adm_2": "Abu Kamal district",
            "latitude": "34.69",
            "longitude": "40.83",
            "geom_wkt": "POINT (40.83 34.69)",
            "priogrid_gid": "178002",
            "country": "Syria",
            "country_id": "652",
            "region": "Middle East",
            "event_clarity": "1",
            "date_prec": "1",
            "date_start": "2017-10-17 00:00:00.000",
            "date_end": "2017-10-17 00:00:00.000",
            "deaths_a": "2",
            "deaths_b": "5",
            "deaths_civilians": "0",
            "deaths_unknown": "0",
            "best": "7",
            "high": "9",
            "low": "7",
            "gwnoa": "652",
        }
    )
    row.update(values)
    return row


def test_ucdp_ged_csv_as_released(tmp_path):
    rows = [
        ucdp_row(),
        ucdp_row(
            id="900002",
            type_of_violence="3",
            side_b="Civilians",
            where_prec="4",
            where_coordinates="Dayr az Zawr governorate",
            date_prec="3",
            date_start="2017-10-09 00:00:00.000",
            date_end="2017-10-15 00:00:00.000",
        ),
        ucdp_row(
            id="900003",
            where_prec="6",
            where_coordinates="Syria",
            date_prec="4",
            date_start="2017-10-01 00:00:00.000",
            date_end="2017-10-31 00:00:00.000",
        ),
    ]
    site, province, country = read_events(
        write_csv(tmp_path / "ged.csv", UCDP_COLUMNS, rows), strict=True
    ).events
    assert site.id == "900001"
    assert site.title == "State-based conflict: Government of Syria vs IS, Hajin town"
    assert site.event_type is EventType.CLASHES and site.actors == ("Government of Syria", "IS")
    assert site.when.start == site.when.end == dt.date(2017, 10, 17)
    assert site.place.geo_precision is GeoPrecision.TOWN and site.place_text == "Hajin town"
    assert site.source.name == "Agency" and site.source.published == dt.date(2017, 10, 18)
    assert site.attributes["best"] == 7 and site.attributes["low"] == 7 and site.attributes["high"] == 9
    assert site.attributes["where_prec"] == 1 and site.attributes["adm_2"] == "Abu Kamal district"
    assert site.attributes["gwnob"] is None
    # a province centroid is the province, not a site
    assert province.place.geo_precision is GeoPrecision.PROVINCE and province.place.approximate
    assert province.event_type is EventType.CASUALTIES
    assert (province.when.start, province.when.end, province.when.precision) == (
        dt.date(2017, 10, 9),
        dt.date(2017, 10, 15),
        DatePrecision.WEEK,
    )
    assert country.place.geo_precision is GeoPrecision.COUNTRY
    assert country.when.precision is DatePrecision.MONTH


# --- GDELT -------------------------------------------------------------------------------------


def gdelt_cells(version: int, **values) -> list[str]:
    """A made-up GDELT event row in the codebook's column order."""
    columns = V1_COLUMNS if version == 1 else V2_COLUMNS
    row = dict.fromkeys(columns, "")
    row.update(
        {
            "GLOBALEVENTID": "700000001",
            "SQLDATE": "20171017",
            "MonthYear": "201710",
            "Year": "2017",
            "FractionDate": "2017.7863",
            "Actor1Code": "SYRMIL",
            "Actor1Name": "SYRIA",
            "Actor2Code": "IMGMUSISI",
            "Actor2Name": "ISLAMIC STATE",
            "IsRootEvent": "1",
            "EventCode": "190",
            "EventBaseCode": "190",
            "EventRootCode": "19",
            "QuadClass": "4",
            "GoldsteinScale": "-10.0",
            "NumMentions": "4",
            "NumSources": "1",
            "NumArticles": "4",
            "AvgTone": "-7.5",
            "ActionGeo_Type": "4",
            "ActionGeo_FullName": "Hajin, Dayr az Zawr, Syria",
            "ActionGeo_CountryCode": "SY",
            "ActionGeo_ADM1Code": "SY04",
            "ActionGeo_Lat": "34.69",
            "ActionGeo_Long": "40.83",
            "ActionGeo_FeatureID": "-2000000",
            "DATEADDED": "20171018" if version == 1 else "20171018001500",
            "SOURCEURL": "https://news.example.org/story",
        }
    )
    if version == 2:
        row["ActionGeo_ADM2Code"] = "SY0401"
    row.update(values)
    return [row[c] for c in columns]


def write_gdelt(path, rows):
    text = "".join("\t".join(cells) + "\n" for cells in rows)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(path.stem, text)
    elif path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("name", ["20171018.export.CSV", "20171018.export.CSV.zip", "20171018.export.CSV.gz"])
def test_gdelt_exports_as_downloaded(tmp_path, version, name):
    rows = [
        gdelt_cells(version),
        gdelt_cells(version, GLOBALEVENTID="700000002", EventCode="195", EventBaseCode="195"),
        gdelt_cells(
            version, GLOBALEVENTID="700000003", EventCode="040", EventBaseCode="040", EventRootCode="04"
        ),
        gdelt_cells(
            version,
            GLOBALEVENTID="700000004",
            ActionGeo_Type="0",
            ActionGeo_FullName="",
            ActionGeo_Lat="",
            ActionGeo_Long="",
        ),
    ]
    events = read_events(write_gdelt(tmp_path / name, rows), strict=True).events
    fight, aerial, consult, nowhere = events
    assert fight.id == "700000001" and fight.event_type is EventType.CLASHES
    assert fight.title == "Fight: SYRIA vs ISLAMIC STATE, Hajin, Dayr az Zawr, Syria"
    assert fight.when.start == dt.date(2017, 10, 17) and fight.when.precision is DatePrecision.DAY
    assert fight.place.geo_precision is GeoPrecision.TOWN and fight.place_text.startswith("Hajin")
    assert fight.source.url == "https://news.example.org/story"
    assert fight.source.published == dt.date(2017, 10, 18)
    assert aerial.event_type is EventType.AIRSTRIKE
    assert consult.event_type is EventType.OTHER and consult.attributes["EventCode"] == "040"
    assert fight.attributes["GoldsteinScale"] == -10.0 and fight.attributes["NumMentions"] == 4
    assert ("ActionGeo_ADM2Code" in fight.attributes) == (version == 2)
    assert nowhere.place is None and "no location" in nowhere.resolution_reason


# --- Liveuamap ---------------------------------------------------------------------------------


def test_liveuamap_feed(tmp_path):
    path = tmp_path / "feed.json"
    venue = {
        "id": 5001,
        "name": "Clashes reported near Hajin",
        "lat": 34.69,
        "lng": 40.83,
        "time": 1508198400,  # 2017-10-17 00:00 UTC
        "source": "https://social.example.org/post/1",
        "link": "https://map.example.org/venue/5001",
        "cat_id": 12,
        "location": "Hajin",
    }
    path.write_text(json.dumps({"venues": [venue]}), encoding="utf-8")
    (event,) = read_events(path, strict=True).events
    assert event.id == "5001" and event.title == "Clashes reported near Hajin"
    assert event.event_type is EventType.CLASHES  # from the headline's trigger word
    assert event.when.start == dt.date(2017, 10, 17)
    assert event.source.url == "https://social.example.org/post/1"
    assert event.attributes == {
        "time": 1508198400,
        "source": venue["source"],
        "link": venue["link"],
        "cat_id": 12,
    }


# --- pass-through round trip from a data set -----------------------------------------------------


@pytest.mark.parametrize("ext", ["geojson", "geojsonl", "csv", "gpkg", "parquet"])
def test_acled_columns_survive_every_export(tmp_path, ext):
    rows = [
        acled_row(event_id_cnty="SYR1"),
        acled_row(event_id_cnty="SYR2", fatalities="0", tags="crowd size=no report"),
    ]
    source = read_events(write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows), strict=True).events
    back = read_events(write_events(source, tmp_path / f"out.{ext}"), strict=True).events

    def present(event):
        return {k: v for k, v in event.attributes.items() if v is not None}

    assert [present(e) for e in back] == [present(e) for e in source]
    assert set(back[0].attributes) == set(source[0].attributes)  # blank columns kept too
    assert [(e.when, e.event_type, e.actors, e.place.geo_precision) for e in back] == [
        (e.when, e.event_type, e.actors, e.place.geo_precision) for e in source
    ]


def test_gdelt_with_a_header_row(tmp_path):
    path = tmp_path / "bigquery.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(V2_COLUMNS)
        writer.writerow(gdelt_cells(2))
    (event,) = read_events(path, strict=True).events
    assert event.id == "700000001" and event.event_type is EventType.CLASHES
    assert event.attributes["ActionGeo_ADM2Code"] == "SY0401"


@pytest.mark.parametrize("ext", ["geojson", "geojsonl", "csv", "gpkg", "parquet"])
def test_events_the_source_leaves_unlocated_read_back(tmp_path, ext):
    rows = [
        gdelt_cells(2),
        gdelt_cells(
            2,
            GLOBALEVENTID="7",
            ActionGeo_Type="0",
            ActionGeo_FullName="",
            ActionGeo_Lat="",
            ActionGeo_Long="",
        ),
    ]
    source = read_events(write_gdelt(tmp_path / "g.export.CSV", rows), strict=True).events
    back = read_events(write_events(source, tmp_path / f"out.{ext}"), strict=True).events
    assert [e.id for e in back] == ["700000001", "7"]
    assert back[1].place is None and "no location" in back[1].resolution_reason
