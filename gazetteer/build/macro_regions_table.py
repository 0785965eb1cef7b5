"""Reviewed table of the macro-regions the press names ("the Middle East", "West Africa", "the
Balkans"), read by ``build_areas.py``.

Each row: key, the member countries (ISO 3166-1 alpha-2) and first-level units (ISO 3166-2, from
``derived/admin1.jsonl.gz``) whose union is the region, the names (English, French, Spanish), and
the definition used with its reference. UN M49 regions take their membership from the UN
Statistics Division's M49 table and their names from CLDR (babel: ``Locale(..).territories[code]``,
added by the build under ``m49``) plus the press's short forms ("West Africa"); the others use a
stated conventional definition. No region is added because a corpus names it: the class is the
press's macro-regions of world news.
"""

from __future__ import annotations

M49 = "UN Statistics Division, Standard country or area codes for statistical use (M49), region {code}"

# key, M49 code or None, members, names, definition/reference
MACRO_REGIONS: tuple[tuple[str, str | None, tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        "middle-east",
        None,
        tuple("BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE".split()),
        ("Middle East", "Mideast", "Moyen-Orient", "Oriente Medio", "Medio Oriente"),
        "Wikipedia 'Middle East': the 17 states of its usual modern definition (Bahrain, Cyprus, Egypt, "
        "Iran, Iraq, Israel, Jordan, Kuwait, Lebanon, Oman, Palestine, Qatar, Saudi Arabia, Syria, "
        "Turkey, the UAE, Yemen)",
    ),
    (
        "korean-peninsula",
        None,
        ("KP", "KR"),
        ("Korean Peninsula", "Korean peninsula", "péninsule coréenne", "península de Corea"),
        "Wikipedia 'Korean Peninsula': divided between North Korea and South Korea",
    ),
    (
        "balkans",
        None,
        tuple("AL BA BG GR HR XK ME MK RS".split()),
        ("Balkans", "Balkan Peninsula", "Balkan peninsula", "péninsule balkanique", "Balcanes"),
        "Wikipedia 'Balkans': the states wholly or mostly on the peninsula (Albania, Bosnia and "
        "Herzegovina, Bulgaria, Greece, Croatia, Kosovo, Montenegro, North Macedonia, Serbia)",
    ),
    (
        "western-balkans",
        None,
        tuple("AL BA XK ME MK RS".split()),
        ("Western Balkans", "Balkans occidentaux", "Balcanes Occidentales"),
        "European Union usage ('Western Balkans', EU enlargement): Albania, Bosnia and Herzegovina, "
        "Kosovo, Montenegro, North Macedonia, Serbia",
    ),
    (
        "caucasus",
        None,
        ("AM", "AZ", "GE", "RU-AD", "RU-CE", "RU-DA", "RU-IN", "RU-KB", "RU-KC", "RU-SE", "RU-STA"),
        ("Caucasus", "Caucase", "Cáucaso"),
        "Wikipedia 'Caucasus': the South Caucasus states (Armenia, Azerbaijan, Georgia) and Russia's "
        "North Caucasus (the republics of the North Caucasian Federal District, Adygea, Stavropol Krai)",
    ),
    (
        "south-caucasus",
        None,
        ("AM", "AZ", "GE"),
        ("South Caucasus", "Transcaucasia", "Caucase du Sud", "Cáucaso Sur"),
        "Wikipedia 'South Caucasus': Armenia, Azerbaijan, Georgia",
    ),
    (
        "sahel",
        None,
        ("BF", "ML", "MR", "NE", "TD"),
        ("Sahel", "Sahel belt"),  # "Sahel Region" is Burkina Faso's BF-12 (curated)
        "the five states of the G5 Sahel (Wikipedia 'G5 Sahel', 2014): Burkina Faso, Mali, "
        "Mauritania, Niger, Chad; the belt also crosses Senegal, Nigeria and Sudan",
    ),
    (
        "maghreb",
        None,
        ("DZ", "EH", "LY", "MA", "MR", "TN"),
        ("Maghreb", "Maghrib", "Magreb"),
        "the Arab Maghreb Union's members (Wikipedia 'Maghreb'): Algeria, Libya, Mauritania, Morocco, "
        "Tunisia, and Western Sahara",
    ),
    (
        "levant",
        None,
        ("IL", "JO", "LB", "PS", "SY"),
        ("Levant", "Levante", "Proche-Orient"),
        "Wikipedia 'Levant', its usual modern sense: Syria, Lebanon, Israel, Palestine, Jordan; the "
        "press's French 'Proche-Orient' is this Levant (Wikipédia 'Proche-Orient')",
    ),
    (
        "horn-of-africa",
        None,
        ("DJ", "ER", "ET", "SO"),
        ("Horn of Africa", "Corne de l'Afrique", "Cuerno de África"),
        "Wikipedia 'Horn of Africa': Djibouti, Eritrea, Ethiopia, Somalia",
    ),
    (
        "gulf-states",
        None,
        ("AE", "BH", "KW", "OM", "QA", "SA"),
        ("Gulf states", "Gulf States", "Gulf countries", "Gulf Arab states", "pays du Golfe"),
        "the six members of the Gulf Cooperation Council (Wikipedia 'Arab states of the Persian Gulf')",
    ),
    (
        "arabian-peninsula",
        None,
        ("AE", "BH", "KW", "OM", "QA", "SA", "YE"),
        ("Arabian Peninsula", "Arabia", "péninsule Arabique", "península arábiga"),
        "Wikipedia 'Arabian Peninsula': Saudi Arabia, Yemen, Oman, the UAE, Qatar, Bahrain, Kuwait",
    ),
    (
        "scandinavia",
        None,
        ("DK", "NO", "SE"),
        ("Scandinavia", "Scandinavie", "Escandinavia"),
        "Wikipedia 'Scandinavia': Denmark, Norway, Sweden",
    ),
    (
        "nordic-countries",
        None,
        ("DK", "FI", "IS", "NO", "SE"),
        ("Nordic countries", "Nordics", "pays nordiques", "países nórdicos"),
        "the Nordic Council's states (Wikipedia 'Nordic countries')",
    ),
    (
        "baltic-states",
        None,
        ("EE", "LT", "LV"),
        ("Baltic states", "Baltic States", "Baltics", "pays baltes", "países bálticos"),
        "Wikipedia 'Baltic states': Estonia, Latvia, Lithuania",
    ),
    (
        "iberian-peninsula",
        None,
        ("AD", "ES", "GI", "PT"),
        ("Iberian Peninsula", "péninsule Ibérique", "península ibérica"),  # not "Iberia", an airline
        "Wikipedia 'Iberian Peninsula': Spain, Portugal, Andorra, Gibraltar",
    ),
    (
        "central-america",
        None,
        ("BZ", "CR", "GT", "HN", "NI", "PA", "SV"),
        ("Central America", "Amérique centrale", "Centroamérica", "América Central"),
        "the seven states of the isthmus (Wikipedia 'Central America'; UN M49 013 also counts Mexico, "
        "the press does not)",
    ),
    (
        "south-asia",
        None,
        ("AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK"),
        ("South Asia", "Southern Asia", "Asie du Sud", "Asia meridional", "Asia del Sur"),
        "the eight SAARC members (Wikipedia 'South Asia'; UN M49 034 also counts Iran)",
    ),
    ("latin-america", "419", (), ("Latin America", "América Latina"), M49.format(code="419")),
    (
        "southeast-asia",
        "035",
        (),
        ("Southeast Asia", "South-East Asia", "South East Asia"),
        M49.format(code="035"),
    ),
    ("central-asia", "143", (), ("Central Asia",), M49.format(code="143")),
    ("east-asia", "030", (), ("East Asia", "Asia oriental"), M49.format(code="030")),
    ("west-africa", "011", (), ("West Africa", "Afrique de l'Ouest"), M49.format(code="011")),
    ("east-africa", "014", (), ("East Africa", "Afrique de l'Est"), M49.format(code="014")),
    ("north-africa", "015", (), ("North Africa", "Afrique du Nord"), M49.format(code="015")),
    ("southern-africa", "018", (), ("Southern Africa",), M49.format(code="018")),
    ("central-africa", "017", (), ("Central Africa", "Middle Africa"), M49.format(code="017")),
    ("sub-saharan-africa", "202", (), ("Sub-Saharan Africa", "sub-Saharan Africa"), M49.format(code="202")),
    ("eastern-europe", "151", (), ("Eastern Europe", "Europe orientale"), M49.format(code="151")),
    ("western-europe", "155", (), ("Western Europe", "Europe occidentale"), M49.format(code="155")),
    ("northern-europe", "154", (), ("Northern Europe",), M49.format(code="154")),
    ("southern-europe", "039", (), ("Southern Europe",), M49.format(code="039")),
)

# UN M49 membership (unstats.un.org/unsd/methodology/m49/, as of 2024), alpha-2 codes
M49_MEMBERS: dict[str, tuple[str, ...]] = {
    "419": tuple(
        "AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY "
        "LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI".split()
    ),
    "035": tuple("BN ID KH LA MM MY PH SG TH TL VN".split()),
    "143": tuple("KG KZ TJ TM UZ".split()),
    "030": tuple("CN HK JP KP KR MN MO TW".split()),
    "011": tuple("BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG".split()),
    "014": tuple("BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW".split()),
    "015": tuple("DZ EG EH LY MA SD TN".split()),
    "018": tuple("BW LS NA SZ ZA".split()),
    "017": tuple("AO CD CF CG CM GA GQ ST TD".split()),
    "202": tuple(
        "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW IO KE KM LR LS MG ML MR MU MW MZ "
        "NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TF TG TZ UG YT ZA ZM ZW".split()
    ),
    "151": tuple("BG BY CZ HU MD PL RO RU SK UA".split()),
    "155": tuple("AT BE CH DE FR LI LU MC NL".split()),
    "154": tuple("AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ".split()),
    "039": tuple("AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA XK".split()),
}
