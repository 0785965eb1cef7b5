"""geopy geocoder, online fallback (against a local HTTP server only), GeoNames import, CLI."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.parse
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoevents.cli import main
from geoevents.errors import GazetteerError
from geoevents.gazetteer import Gazetteer
from geoevents.gazetteer.entry import GazetteerEntry
from geoevents.gazetteer.geocoder import GeoeventsGeocoder
from geoevents.gazetteer.geonames_dump import feature_class, import_dumps
from geoevents.gazetteer.index import MemoryIndex, StoreIndex
from geoevents.gazetteer.online import OnlineFallback
from geoevents.gazetteer.sources import SourceRecord
from geoevents.gazetteer.store import GazetteerStore


def _small() -> Gazetteer:
    entries = [
        GazetteerEntry("t:1", "Abu Kamal", "town", 34.452, 40.918, "SY", population=57_000),
        GazetteerEntry("t:2", "Tripoli", "city", 32.887, 13.187, "LY", population=1_300_000),
        GazetteerEntry("t:3", "Tripoli", "city", 34.433, 35.844, "LB", population=229_000),
    ]
    names = {"t:1": ("Abu Kamal", "Abou Kamal"), "t:2": ("Tripoli",), "t:3": ("Tripoli",)}
    return Gazetteer(MemoryIndex.build(SourceRecord(e, names[e.id]) for e in entries))


def test_geocoder_is_a_geopy_geocoder() -> None:
    geocoder = GeoeventsGeocoder(_small())
    assert isinstance(geocoder, Geocoder)
    location = geocoder.geocode("Abou Kamal")
    assert isinstance(location, Location)
    assert (round(location.latitude, 3), round(location.longitude, 3)) == (34.452, 40.918)
    assert location.raw["gazetteer_id"] == "t:1" and location.raw["reason"]
    assert geocoder.geocode("Tripoli", country_codes="LB").raw["country"] == "LB"
    assert geocoder.geocode("Tripoli", context="Libyan capital").raw["country"] == "LY"
    every = geocoder.geocode("Tripoli", exactly_one=False)
    assert isinstance(every, list) and len(every) == 2 and all(isinstance(x, Location) for x in every)
    assert geocoder.geocode("Nowhere at all") is None


def test_geocoder_works_with_the_rate_limiter() -> None:
    geocode = RateLimiter(GeoeventsGeocoder(_small()).geocode, min_delay_seconds=0)
    assert geocode("Abu Kamal").raw["gazetteer_id"] == "t:1"


class _FakeNominatim(http.server.BaseHTTPRequestHandler):
    """Answers Nominatim's /search like the real service, for one known place."""

    requests: ClassVar[list[str]] = []
    places: ClassVar[dict[str, tuple[str, str, str]]] = {
        "Palma, Mozambique": ("-10.7667", "40.4667", "Palma, Cabo Delgado, Mozambique")
    }

    def do_GET(self) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("q", [""])[0]
        type(self).requests.append(query)
        found = self.places.get(query)
        body = json.dumps(
            [{"lat": found[0], "lon": found[1], "display_name": found[2], "place_id": 1}] if found else []
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def local_nominatim() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeNominatim.requests = []
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_online_fallback_asks_once_and_caches_on_disk(local_nominatim: str, tmp_path: Path) -> None:
    cache = tmp_path / "online.json"
    nominatim = Nominatim(domain=local_nominatim, scheme="http", user_agent="geoevents-tests")
    fallback = OnlineFallback(nominatim, cache, min_delay_seconds=0)
    gazetteer = Gazetteer(_small().index, fallback=fallback)
    result = gazetteer.resolve("Palma, Mozambique")
    assert result.resolved and result.place.gazetteer_id.startswith("online:Nominatim")
    assert (round(result.place.latitude, 4), round(result.place.longitude, 4)) == (-10.7667, 40.4667)
    assert result.place.approximate
    assert gazetteer.resolve("Unknown hamlet").place is None
    assert _FakeNominatim.requests == ["Palma, Mozambique", "Unknown hamlet"]
    # Offline answers never reach the service.
    assert gazetteer.resolve("Abu Kamal").place.gazetteer_id == "t:1"
    assert len(_FakeNominatim.requests) == 2
    # A new process (new fallback object) reads the cache: found and not-found answers alike.
    again = Gazetteer(_small().index, fallback=OnlineFallback(nominatim, cache, min_delay_seconds=0))
    assert again.resolve("Palma, Mozambique").place.latitude == pytest.approx(-10.7667)
    assert again.resolve("Unknown hamlet").place is None
    assert len(_FakeNominatim.requests) == 2
    assert json.loads(cache.read_text(encoding="utf-8"))["Unknown hamlet"] is None


def test_online_errors_are_not_cached(tmp_path: Path) -> None:
    # Nothing listens on this port: the error gives no answer and is not cached.
    nominatim = Nominatim(domain="127.0.0.1:9", scheme="http", user_agent="geoevents-tests", timeout=2)
    fallback = OnlineFallback(nominatim, tmp_path / "c.json", min_delay_seconds=0)
    assert fallback.lookup("Palma") is None
    assert not (tmp_path / "c.json").exists()


_GEONAMES_ROWS = [
    # geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2 admin3 admin4 pop elev dem tz date
    [
        "174448",
        "Ālbū Kamāl",
        "Albu Kamal",
        "Abu Kamal,Al-Bukamal",
        "34.45226",
        "40.91854",
        "P",
        "PPLA2",
        "SY",
        "",
        "07",
        "",
        "",
        "",
        "57572",
        "",
        "180",
        "Asia/Damascus",
        "2020-01-01",
    ],
    [
        "163843",
        "Nahr al Furāt",
        "Nahr al Furat",
        "Euphrates,Firat",
        "31.00431",
        "47.44184",
        "H",
        "STM",
        "IQ",
        "",
        "00",
        "",
        "",
        "",
        "0",
        "",
        "5",
        "Asia/Baghdad",
        "2020-01-01",
    ],
    [
        "9999001",
        "Jabal Test",
        "Jabal Test",
        "",
        "35.0",
        "38.0",
        "T",
        "MT",
        "SY",
        "",
        "00",
        "",
        "",
        "",
        "0",
        "",
        "900",
        "Asia/Damascus",
        "2020-01-01",
    ],
]


def _write_dump(path: Path) -> None:
    path.write_text("\n".join("\t".join(r) for r in _GEONAMES_ROWS) + "\nbroken line\n", encoding="utf-8")


def test_import_geonames_dumps(tmp_path: Path) -> None:
    table = tmp_path / "SY.txt"
    _write_dump(table)
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(table, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(
        "1\t174448\tfr\tAbou Kamal\t1\t\t\t\t\t\n2\t174448\tlink\thttps://example.org/x\t\t\t\t\t\t\n"
        "3\t163843\tfr\tEuphrate\t\t\t\t\t\t\n4\t555\tfr\tElsewhere\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    output = tmp_path / "sy.store"
    report = import_dumps([archive], output, alternate_names=[alternates])
    assert (report.entries, report.alternate_names, report.skipped_lines) == (3, 2, 1)
    gazetteer = Gazetteer(StoreIndex(GazetteerStore(output)))
    assert gazetteer.resolve("Abou Kamal").place.gazetteer_id == "geonames:174448"
    river = gazetteer.resolve("fleuve Euphrate").place
    assert (river.gazetteer_id, river.feature_class) == ("geonames:163843", "river")
    assert gazetteer.resolve("Jabal Test").place.feature_class == "mountain"
    assert gazetteer.resolve("https://example.org/x").place is None


def test_feature_class_mapping() -> None:
    assert feature_class("P", "PPL", 150_000) == "city"
    assert feature_class("H", "STM", 0) == "river"
    assert feature_class("S", "OILF", 0) == "oil_field"
    assert feature_class("H", "XYZ", 0) == "water"


def test_import_rejects_a_non_geonames_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no GeoNames entries"):
        import_dumps([junk], tmp_path / "x.store")


def test_cli_import_and_resolve_with_user_gazetteers(tmp_path: Path, capsys) -> None:
    table = tmp_path / "SY.txt"
    _write_dump(table)
    output = tmp_path / "sy.store"
    assert main(["gazetteer", "import", str(table), "-o", str(output)]) == 0
    assert "3 entries" in capsys.readouterr().out
    assert main(["gazetteer", "import", str(table), "-o", str(output)]) == 1  # exists, no --force
    assert "exists" in capsys.readouterr().err
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,name,latitude,longitude,feature_class\nmy-base,Base Zeta,35.0,40.0,military_base\n",
        encoding="utf-8",
    )
    code = main(["resolve", "Jabal Test", "--gazetteer", str(output), "--gazetteer", str(mine), "--json"])
    assert code == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["gazetteer_id"] == "geonames:9999001"
    assert main(["resolve", "Base Zeta", "--gazetteer", str(mine), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["gazetteer_id"] == "user:my-base"
    assert main(["resolve", "Base Zeta", "--gazetteer", str(tmp_path / "missing.csv")]) == 1
    assert "gazetteer file not found" in capsys.readouterr().err


def test_cli_export_uses_user_gazetteer_files(tmp_path: Path, capsys) -> None:
    events = tmp_path / "events.csv"
    events.write_text("id,title,date,place\nz1,Strike on the depot,2017-10-20,Base Zeta\n", encoding="utf-8")
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,name,latitude,longitude,feature_class\nmy-base,Base Zeta,35.0,40.0,military_base\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.geojson"
    assert main(["export", str(events), "-o", str(out), "--gazetteer", str(mine)]) == 0
    feature = json.loads(out.read_text(encoding="utf-8"))["features"][0]
    assert feature["geometry"]["coordinates"] == [40.0, 35.0]
    assert "1 located" in capsys.readouterr().out
