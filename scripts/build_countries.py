"""Rebuild src/chuhai/reference/countries.tsv from maintained libraries.

Names and codes come from pycountry (ISO 3166-1, Debian iso-codes) and its zh_CN
translations; the name regexes and UN subregions from country_converter's table. The
region groups, bloc memberships and the Global South flag are chuhai's own documented
choices below (docs/reference.md explains them). Run: python scripts/build_countries.py
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

import country_converter
import pandas as pd
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/chuhai/reference/countries.tsv"

# UN M49 subregion -> chuhai region, then per-country overrides with the reason.
UN_TO_REGION = {
    "South-eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia",
    "Southern Asia": "South Asia", "Central Asia": "Central Asia",
    "Western Asia": "Middle East", "Northern Africa": "North Africa",
    "Western Africa": "Sub-Saharan Africa", "Eastern Africa": "Sub-Saharan Africa",
    "Middle Africa": "Sub-Saharan Africa", "Southern Africa": "Sub-Saharan Africa",
    "Western Europe": "Western Europe", "Northern Europe": "Western Europe",
    "Southern Europe": "Southern Europe", "Eastern Europe": "Eastern Europe",
    "Northern America": "North America", "Caribbean": "Latin America",
    "Central America": "Latin America", "South America": "Latin America",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania",
    "Micronesia": "Oceania", "Polynesia": "Oceania", "Antarctica": "Other",
}
OVERRIDES = {
    # Iran and the Caucasus are analysed with their neighbours in outbound-FDI studies.
    "IRN": "Middle East", "ARM": "Central Asia", "AZE": "Central Asia", "GEO": "Central Asia",
    # Cyprus is an EU member; Chinese deals there follow EU rules.
    "CYP": "Southern Europe",
    # The Baltic states and the central/south-eastern European 14+1 countries are Eastern Europe.
    "EST": "Eastern Europe", "LVA": "Eastern Europe", "LTU": "Eastern Europe",
    "SVN": "Eastern Europe", "HRV": "Eastern Europe", "SRB": "Eastern Europe",
    "BIH": "Eastern Europe", "MNE": "Eastern Europe", "MKD": "Eastern Europe",
    "ALB": "Eastern Europe", "XKX": "Eastern Europe",
    # Sudan and South Sudan: UN puts Sudan in Northern Africa, which we keep; Mauritania is
    # a Maghreb (Arab Maghreb Union) member.
    "MRT": "North Africa",
}
EU = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()
ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS".split()  # Timor-Leste joined 26 Oct 2025
BLOCS = {
    "EU": EU,
    "ASEAN": ASEAN,
    "USMCA": "USA CAN MEX".split(),
    "MERCOSUR": "ARG BRA PRY URY BOL".split(),  # full members; Venezuela suspended since 2016
    "GCC": "SAU ARE KWT QAT BHR OMN".split(),
    "EAEU": "RUS KAZ BLR ARM KGZ".split(),
    "RCEP": [c for c in ASEAN if c != "TLS"] + "CHN JPN KOR AUS NZL".split(),
}
# Global South: Africa, Latin America and the Caribbean, Asia and Oceania, less the
# high-income OECD/EU members there, China itself (the origin) and its SARs and Taiwan.
GLOBAL_SOUTH_REGIONS = {"Southeast Asia", "East Asia", "South Asia", "Central Asia",
                        "Middle East", "North Africa", "Sub-Saharan Africa", "Latin America",
                        "Oceania"}
NOT_GLOBAL_SOUTH = set("JPN KOR ISR AUS NZL CHN TWN HKG MAC TUR CYP".split())
# Names used by datasets (AEI CGIT, WDI) that the regexes do not catch.
EXTRA_ALIASES = {
    "GBR": ["Britain"], "ARE": ["UAE"], "USA": ["USA"], "COD": ["DRC"],
    "COG": ["Congo", "Republic of the Congo"], "KOR": ["South Korea"], "PRK": ["North Korea"],
    "XKX": ["Kosovo"], "TWN": ["Taiwan"],
}


def main() -> None:
    coco = pd.read_csv(Path(country_converter.__file__).with_name("country_data.tsv"),
                       sep="\t", keep_default_na=False, na_values=[""], dtype=str)
    coco = coco.set_index("ISO3")
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    rows = []
    countries = list(pycountry.countries)
    for c in countries + [None]:
        if c is None:  # Kosovo: no ISO 3166-1 code; the World Bank and EU use XKX
            iso3, iso2, num, name, official = "XKX", "XK", "", "Kosovo", "Republic of Kosovo"
            name_zh = "科索沃"
        else:
            iso3, iso2, num = c.alpha_3, c.alpha_2, c.numeric
            name = getattr(c, "common_name", None) or c.name
            official = getattr(c, "official_name", "") or ""
            name_zh = zh.gettext(c.name)
        info = coco.loc[iso3] if iso3 in coco.index else None
        un_region = info["UNregion"] if info is not None and isinstance(info["UNregion"], str) else ""
        region = OVERRIDES.get(iso3) or UN_TO_REGION.get(un_region, "Other")
        if iso3 in ("CHN",):
            region = "East Asia"
        regex = info["regex"] if info is not None else name.lower()
        blocs = [b for b, members in BLOCS.items() if iso3 in members]
        rows.append({
            "iso3": iso3, "iso2": iso2, "isonum": num, "name": name, "name_official": official,
            "name_zh": name_zh, "region": region, "un_region": un_region,
            "blocs": ",".join(blocs),
            "global_south": int(region in GLOBAL_SOUTH_REGIONS and iso3 not in NOT_GLOBAL_SOUTH),
            "regex": regex, "aliases": "|".join(EXTRA_ALIASES.get(iso3, [])),
        })
    frame = pd.DataFrame(rows).sort_values("iso3")
    frame.to_csv(OUT, sep="\t", index=False)
    print(f"wrote {len(frame)} countries to {OUT}")


if __name__ == "__main__":
    main()
