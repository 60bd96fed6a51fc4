"""GEO: village-level geocoding against a local gazetteer (no server).

    get_geocoder() -> Geocoder          cached; compiled index in settings.data_dir()
    Geocoder.find_toponyms / resolve_spans / search / country / admin1
    geo_precision(toponym) -> 1 | 2 | 3
"""

from sitrep.geo.geocoder import Geocoder, clear_cache, distance_km, geo_precision, get_geocoder
from sitrep.geo.index import GazetteerError

__all__ = ["GazetteerError", "Geocoder", "clear_cache", "distance_km", "geo_precision", "get_geocoder"]
