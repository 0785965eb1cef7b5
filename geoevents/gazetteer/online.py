"""Opt-in online fallback: ask any geopy geocoder (Nominatim ...) for what the offline
gazetteer cannot resolve, and keep every answer (found or not) in a JSON cache on disk so
that a mention is asked once.

>>> from geopy.geocoders import Nominatim
>>> fallback = OnlineFallback(Nominatim(user_agent="my-project"))       # doctest: +SKIP
>>> gazetteer = Gazetteer(default_gazetteer().index, fallback=fallback)   # doctest: +SKIP

Nothing here runs unless a caller builds an :class:`OnlineFallback`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from shapely.geometry import Point

from ..model import GeoPrecision, ResolvedPlace
from .index import cache_dir

__all__ = ["OnlineFallback"]


class OnlineFallback:
    """A geopy geocoder behind a rate limiter and an on-disk answer cache."""

    def __init__(
        self,
        geocoder: Geocoder,
        cache_path: str | Path | None = None,
        *,
        min_delay_seconds: float = 1.0,
    ) -> None:
        self.geocoder = geocoder
        name = type(geocoder).__name__.lower()
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / f"online-{name}.json"
        self._geocode = RateLimiter(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
        )
        self._cache: dict[str, dict | None] | None = None
        self.requests = 0  # how many times the online service was asked (cache misses)

    def _load(self) -> dict[str, dict | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_path.parent, prefix=".online.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._cache, handle, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, self.cache_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def lookup(self, query: str, focus: Iterable[str] = ()) -> dict | None:
        """``{"latitude", "longitude", "address"}`` for a query, from the cache or the service.

        Service errors are not cached (the next call asks again) and give ``None``.
        """
        focus = sorted(focus)
        key = f"{query}|{','.join(focus)}" if focus else query
        cache = self._load()
        if key in cache:
            return cache[key]
        self.requests += 1
        try:
            location = self._geocode(query, exactly_one=True)
        except GeopyError:
            return None
        answer = None
        if location is not None:
            answer = {
                "latitude": location.latitude,
                "longitude": location.longitude,
                "address": location.address,
            }
        cache[key] = answer
        self._save()
        return answer

    def resolve(self, mention: str, focus: Iterable[str] = ()) -> ResolvedPlace | None:
        """The online answer for a mention as an approximate resolved place."""
        answer = self.lookup(mention, focus)
        if answer is None:
            return None
        return ResolvedPlace(
            gazetteer_id=f"online:{type(self.geocoder).__name__}:{mention}",
            name=answer.get("address") or mention,
            feature_class="online_result",
            geometry=Point(answer["longitude"], answer["latitude"]),
            geo_precision=GeoPrecision.SITE,
            approximate=True,
        )
