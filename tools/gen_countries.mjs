// Generates data/kb/countries.json (the 193 UN member states and the two observer states) and
// the capitals block of data/kb/places.json.
//
// Names come from CLDR through the ICU that Node ships (`Intl.DisplayNames`), so they follow a
// maintained source rather than memory; the hand-kept table below adds what CLDR does not have:
// Arabic spelling variants in common use, demonym stems, Wikidata QIDs, capitals and the traps
// (forms that are also ordinary Arabic words). Output is deterministic: same Node/ICU, same bytes.
//
// usage: node tools/gen_countries.mjs            (writes the two files)
//        node tools/gen_countries.mjs --check    (exits 1 if the files are out of date)
import { readFileSync, writeFileSync } from "node:fs";

const ICU = `CLDR via ICU ${process.versions.icu}`;
const AS_OF = "2025-06-01";
const arRegion = new Intl.DisplayNames(["ar"], { type: "region" });
const enRegion = new Intl.DisplayNames(["en"], { type: "region" });

// UN M49 sub-regions (names from CLDR too) and their members.
const M49 = {
  "015": "DZ EG LY MA SD TN",
  "011": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
  "017": "AO CM CF TD CG CD GQ GA ST",
  "014": "BI KM DJ ER ET KE MG MW MU MZ RW SC SO SS TZ UG ZM ZW",
  "018": "BW SZ LS NA ZA",
  "145": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
  "143": "KZ KG TJ TM UZ",
  "034": "AF BD BT IN IR MV NP PK LK",
  "030": "CN JP MN KP KR",
  "035": "BN KH ID LA MY MM PH SG TH TL VN",
  "151": "BY BG CZ HU PL MD RO RU SK UA",
  "154": "DK EE FI IS IE LV LT NO SE GB",
  "039": "AL AD BA HR GR IT MT ME MK PT SM RS SI ES VA",
  "155": "AT BE FR DE LI LU MC NL CH",
  "021": "CA US",
  "029": "AG BS BB CU DM DO GD HT JM KN LC VC TT",
  "013": "BZ CR SV GT HN MX NI PA",
  "005": "AR BO BR CL CO EC GY PY PE SR UY VE",
  "053": "AU NZ",
  "054": "FJ PG SB VU",
  "057": "KI MH FM NR PW",
  "061": "WS TO TV",
};
const regionOf = {};
for (const [code, members] of Object.entries(M49)) for (const c of members.split(" ")) regionOf[c] = code;

// ISO | Wikidata QID | capital Arabic | capital English | capital QID ("-": not known reliably)
// | demonyms (comma-separated: masculine singular nisba stems, and broken plurals as written) | extra Arabic aliases
const TABLE = `
AF|Q889|كابل|Kabul|Q5838|أفغاني,أفغان|جمهورية أفغانستان
AL|Q222|تيرانا|Tirana|Q19689|ألباني|
DZ|Q262|الجزائر العاصمة|Algiers|Q3561|جزائري|الجمهورية الجزائرية
AD|Q228|أندورا لا فيلا|Andorra la Vella|-||أندورة
AO|Q916|لواندا|Luanda|Q3897|أنغولي|أنجولا
AG|Q781|سانت جونز|Saint John's|-||
AR|Q414|بوينس آيرس|Buenos Aires|Q1486|أرجنتيني|الارجنتين
AM|Q399|يريفان|Yerevan|Q1953|أرميني|
AU|Q408|كانبرا|Canberra|Q3114|أسترالي|استراليا
AT|Q40|فيينا|Vienna|Q1741|نمساوي|
AZ|Q227|باكو|Baku|Q9248|أذربيجاني,أذري|
BS|Q778|ناساو|Nassau|Q2467||الباهاما,جزر الباهاما
BH|Q398|المنامة|Manama|Q3882|بحريني|مملكة البحرين
BD|Q902|دكا|Dhaka|Q1354|بنغلاديشي|بنغلادش
BB|Q244|بريدجتاون|Bridgetown|Q36168||
BY|Q184|مينسك|Minsk|Q2280|بيلاروسي|روسيا البيضاء
BE|Q31|بروكسل|Brussels|Q240|بلجيكي|
BZ|Q242|بلموبان|Belmopan|-||
BJ|Q962|بورتو نوفو|Porto-Novo|-|بنيني|
BT|Q917|تيمفو|Thimphu|Q9270||
BO|Q750|سوكري|Sucre|-|بوليفي|
BA|Q225|سراييفو|Sarajevo|Q11194|بوسني|البوسنة
BW|Q963|غابورون|Gaborone|Q3919||
BR|Q155|برازيليا|Brasília|-|برازيلي|
BN|Q921|بندر سري بكاوان|Bandar Seri Begawan|Q9279||
BG|Q219|صوفيا|Sofia|Q472|بلغاري|
BF|Q965|واغادوغو|Ouagadougou|Q3777||
BI|Q967|جيتيغا|Gitega|-||
CV|Q1011|برايا|Praia|Q3751||كابو فيردي
KH|Q424|بنوم بنه|Phnom Penh|Q1850|كمبودي|
CM|Q1009|ياوندي|Yaoundé|-|كاميروني|
CA|Q16|أوتاوا|Ottawa|-|كندي|
CF|Q929|بانغي|Bangui|Q3832||أفريقيا الوسطى
TD|Q657|نجامينا|N'Djamena|Q3659|تشادي|
CL|Q298|سانتياغو|Santiago|Q2887||
CN|Q148|بكين|Beijing|Q956|صيني|جمهورية الصين الشعبية,بيجين
CO|Q739|بوغوتا|Bogotá|Q2841|كولومبي|
KM|Q970|موروني|Moroni|Q3901|قمري|جمهورية القمر المتحدة
CG|Q971|برازافيل|Brazzaville|Q3844||الكونغو برازافيل,جمهورية الكونغو
CD|Q974|كينشاسا|Kinshasa|Q3838||الكونغو الديمقراطية,جمهورية الكونغو الديمقراطية
CR|Q800|سان خوسيه|San José|Q3070||
CI|Q1008|ياموسوكرو|Yamoussoukro|-||كوت ديفوار
HR|Q224|زغرب|Zagreb|Q1435|كرواتي|
CU|Q241|هافانا|Havana|Q1563|كوبي|
CY|Q229|نيقوسيا|Nicosia|Q3856|قبرصي|
CZ|Q213|براغ|Prague|Q1085|تشيكي|جمهورية التشيك,تشيكيا
DK|Q35|كوبنهاغن|Copenhagen|Q1748|دنماركي|الدنمارك
DJ|Q977|مدينة جيبوتي|Djibouti City|Q3604||جمهورية جيبوتي
DM|Q784|روسو|Roseau|-||
DO|Q786|سانتو دومينغو|Santo Domingo|Q42763||الدومينيكان
EC|Q736|كيتو|Quito|-|إكوادوري|
EG|Q79|القاهرة|Cairo|Q85|مصري|جمهورية مصر العربية
SV|Q792|سان سلفادور|San Salvador|Q3110||
GQ|Q983|مالابو|Malabo|-||
ER|Q986|أسمرة|Asmara|Q3642|إريتري|
EE|Q191|تالين|Tallinn|Q1770|إستوني|
SZ|Q1050|مباباني|Mbabane|-||سوازيلاند
ET|Q115|أديس أبابا|Addis Ababa|Q3624|إثيوبي|
FJ|Q712|سوفا|Suva|Q38807||
FI|Q33|هلسنكي|Helsinki|Q1757|فنلندي|
FR|Q142|باريس|Paris|Q90|فرنسي|الجمهورية الفرنسية
GA|Q1000|ليبرفيل|Libreville|Q3825|غابوني|
GM|Q1005|بانجول|Banjul|-|غامبي|
GE|Q230|تبليسي|Tbilisi|Q994|جورجي|
DE|Q183|برلين|Berlin|Q64|ألماني,ألمان|
GH|Q117|أكرا|Accra|Q3761|غاني|
GR|Q41|أثينا|Athens|Q1524|يوناني|
GD|Q769|سانت جورجز|Saint George's|-||
GT|Q774|مدينة غواتيمالا|Guatemala City|Q1555|غواتيمالي|
GN|Q1006|كوناكري|Conakry|Q3733|غيني|غينيا كوناكري
GW|Q1007|بيساو|Bissau|Q3739||غينيا-بيساو
GY|Q734|جورجتاون|Georgetown|Q10717||غويانا
HT|Q790|بورت أو برنس|Port-au-Prince|Q34261||
HN|Q783|تيغوسيغالبا|Tegucigalpa|Q3238||
HU|Q28|بودابست|Budapest|Q1781|مجري|المجر
IS|Q189|ريكيافيك|Reykjavík|Q1764|آيسلندي|أيسلندا
IN|Q668|نيودلهي|New Delhi|Q987|هندي,هنود|
ID|Q252|جاكرتا|Jakarta|Q3630|إندونيسي|
IR|Q794|طهران|Tehran|Q3616|إيراني|الجمهورية الإسلامية الإيرانية
IQ|Q796|بغداد|Baghdad|Q1530|عراقي|جمهورية العراق
IE|Q27|دبلن|Dublin|Q1761|أيرلندي|إيرلندا
IL|Q801|القدس|Jerusalem|Q1218|إسرائيلي|دولة إسرائيل
IT|Q38|روما|Rome|Q220|إيطالي|
JM|Q766|كينغستون|Kingston|Q34692|جامايكي|
JP|Q17|طوكيو|Tokyo|Q1490|ياباني|
JO|Q810|مدينة عمّان|Amman|Q3805|أردني|المملكة الأردنية الهاشمية
KZ|Q232|أستانا|Astana|Q1520|كازاخستاني,كازاخي|قازاقستان,جمهورية كازاخستان
KE|Q114|نيروبي|Nairobi|Q3870|كيني|
KI|Q710|تاراوا|Tarawa|-||
KP|Q423|بيونغ يانغ|Pyongyang|Q18808|كوري شمالي|كوريا الديمقراطية
KR|Q884|سول|Seoul|Q8684|كوري جنوبي,كوري|كوريا الجنوبية,كوريا
KW|Q817|مدينة الكويت|Kuwait City|Q35178|كويتي|دولة الكويت
KG|Q813|بشكيك|Bishkek|Q9361|قيرغيزي|قرغيزستان
LA|Q819|فيينتيان|Vientiane|-||
LV|Q211|ريغا|Riga|Q1773|لاتفي|
LB|Q822|بيروت|Beirut|Q3820|لبناني|الجمهورية اللبنانية
LS|Q1013|ماسيرو|Maseru|Q3909||
LR|Q1014|مونروفيا|Monrovia|Q3748|ليبيري|
LY|Q1016|طرابلس الغرب|Tripoli|Q3579|ليبي|دولة ليبيا
LI|Q347|فادوتس|Vaduz|-||
LT|Q37|فيلنيوس|Vilnius|Q216|ليتواني|
LU|Q32|مدينة لوكسمبورغ|Luxembourg City|Q1842|لوكسمبورغي|لوكسمبورج
MG|Q1019|أنتاناناريفو|Antananarivo|Q3915|مدغشقري|
MW|Q1020|ليلونغوي|Lilongwe|-||مالاوي
MY|Q833|كوالالمبور|Kuala Lumpur|Q1865|ماليزي|
MV|Q826|ماليه|Malé|Q9347|مالديفي|المالديف
ML|Q912|باماكو|Bamako|Q3703||جمهورية مالي
MT|Q233|فاليتا|Valletta|-|مالطي|
MH|Q709|ماجورو|Majuro|-||
MR|Q1025|نواكشوط|Nouakchott|Q3688|موريتاني|الجمهورية الإسلامية الموريتانية
MU|Q1027|بورت لويس|Port Louis|Q3929||
MX|Q96|مكسيكو سيتي|Mexico City|Q1489|مكسيكي|
FM|Q702|باليكير|Palikir|-||
MD|Q217|كيشيناو|Chișinău|Q21197|مولدوفي|مولدافيا
MC|Q235|مدينة موناكو|Monaco-Ville|-||
MN|Q711|أولان باتور|Ulaanbaatar|Q23430|منغولي|
ME|Q236|بودغوريتسا|Podgorica|Q23564||مونتينيغرو
MA|Q1028|الرباط|Rabat|Q3551|مغربي,مغاربة|المملكة المغربية
MZ|Q1029|مابوتو|Maputo|Q3889|موزمبيقي|
MM|Q836|نايبيداو|Naypyidaw|-||ميانمار,بورما
NA|Q1030|ويندهوك|Windhoek|Q3935|ناميبي|
NR|Q697|يارين|Yaren|-||
NP|Q837|كاتماندو|Kathmandu|Q3037|نيبالي|
NL|Q55|أمستردام|Amsterdam|Q727|هولندي|
NZ|Q664|ويلينغتون|Wellington|-|نيوزيلندي|
NI|Q811|ماناغوا|Managua|Q3274||
NE|Q1032|نيامي|Niamey|Q3674|نيجري|جمهورية النيجر
NG|Q1033|أبوجا|Abuja|-|نيجيري|
MK|Q221|سكوبيه|Skopje|Q384|مقدوني|مقدونيا
NO|Q20|أوسلو|Oslo|Q585|نرويجي|النروج
OM|Q842|مسقط|Muscat|Q3826|عماني|
PK|Q843|إسلام آباد|Islamabad|-|باكستاني|
PW|Q695|نغيرولمود|Ngerulmud|-||
PA|Q804|مدينة بنما|Panama City|Q3306|بنمي|
PG|Q691|بورت مورسبي|Port Moresby|Q36526||
PY|Q733|أسونسيون|Asunción|Q2933||الباراغواي
PE|Q419|ليما|Lima|Q2868|بيروفي|
PH|Q928|مانيلا|Manila|-|فلبيني|الفليبين,الفيليبين
PL|Q36|وارسو|Warsaw|Q270|بولندي|
PT|Q45|لشبونة|Lisbon|Q597|برتغالي|
QA|Q846|الدوحة|Doha|Q3861|قطري|دولة قطر
RO|Q218|بوخارست|Bucharest|Q19660|روماني|
RU|Q159|موسكو|Moscow|Q649|روسي,روس|روسيا الاتحادية,الاتحاد الروسي
RW|Q1037|كيغالي|Kigali|Q3859|رواندي|
KN|Q763|باستير|Basseterre|-||
LC|Q760|كاستريس|Castries|Q41699||
VC|Q757|كينغستاون|Kingstown|-||
WS|Q683|آبيا|Apia|-||
SM|Q238|مدينة سان مارينو|City of San Marino|-||
ST|Q1039|ساو تومي|São Tomé|Q3932||
SA|Q851|الرياض|Riyadh|Q3692|سعودي|السعودية,المملكة السعودية
SN|Q1041|داكار|Dakar|Q3718|سنغالي|
RS|Q403|بلغراد|Belgrade|Q3711|صربي|
SC|Q1042|فيكتوريا|Victoria|-||سيشيل
SL|Q1044|فريتاون|Freetown|Q3780||
SG|Q334|مدينة سنغافورة|Singapore City|-|سنغافوري|
SK|Q214|براتيسلافا|Bratislava|Q1780|سلوفاكي|
SI|Q215|ليوبليانا|Ljubljana|Q437|سلوفيني|
SB|Q685|هونيارا|Honiara|Q40921||
SO|Q1045|مقديشو|Mogadishu|Q2449|صومالي|
ZA|Q258|بريتوريا|Pretoria|-|جنوب أفريقي|جمهورية جنوب أفريقيا,جنوب إفريقيا
SS|Q958|جوبا|Juba|Q1947||دولة جنوب السودان
ES|Q29|مدريد|Madrid|Q2807|إسباني,إسبان|اسبانيا
LK|Q854|سري جاياواردنابورا كوتي|Sri Jayawardenepura Kotte|-|سريلانكي|سيريلانكا
SD|Q1049|الخرطوم|Khartoum|Q1963|سوداني|جمهورية السودان
SR|Q730|باراماريبو|Paramaribo|Q3001||سورينام
SE|Q34|ستوكهولم|Stockholm|Q1754|سويدي|
CH|Q39|برن|Bern|Q70|سويسري|
SY|Q858|دمشق|Damascus|Q3766|سوري|الجمهورية العربية السورية
TJ|Q863|دوشنبه|Dushanbe|Q9365|طاجيكي|طاجكستان
TZ|Q924|دودوما|Dodoma|-|تنزاني|
TH|Q869|بانكوك|Bangkok|Q1861|تايلاندي|تايلند
TL|Q574|ديلي|Dili|Q9310||تيمور الشرقية
TG|Q945|لومي|Lomé|Q3792|توغولي|جمهورية توغو
TO|Q678|نوكوالوفا|Nukuʻalofa|-||
TT|Q754|بورت أوف سبين|Port of Spain|-||
TN|Q948|تونس العاصمة|Tunis|Q3572|تونسي|الجمهورية التونسية
TR|Q43|أنقرة|Ankara|Q3640|تركي,أتراك|جمهورية تركيا
TM|Q874|عشق آباد|Ashgabat|Q23438|تركماني|تركمنستان
TV|Q672|فونافوتي|Funafuti|-||
UG|Q1036|كمبالا|Kampala|Q3894|أوغندي|
UA|Q212|كييف|Kyiv|Q1899|أوكراني|
AE|Q878|أبوظبي|Abu Dhabi|Q1519|إماراتي|الإمارات,دولة الإمارات,دولة الإمارات العربية المتحدة
GB|Q145|لندن|London|Q84|بريطاني|بريطانيا,بريطانيا العظمى
US|Q30|واشنطن|Washington, D.C.|Q61|أمريكي,أميركي,أمريكان,أميركان|الولايات المتحدة الأمريكية,الولايات المتحدة الأميركية,أمريكا,أميركا
UY|Q77|مونتيفيديو|Montevideo|Q1335||الأوروغواي,أوروغواي
UZ|Q265|طشقند|Tashkent|Q269|أوزبكي,أوزبكستاني|
VU|Q686|بورت فيلا|Port Vila|Q37806||
VE|Q717|كاراكاس|Caracas|Q1533|فنزويلي|
VN|Q881|هانوي|Hanoi|Q1858|فيتنامي|
YE|Q805|صنعاء|Sanaa|Q2471|يمني|الجمهورية اليمنية
ZM|Q953|لوساكا|Lusaka|Q3881|زامبي|
ZW|Q954|هراري|Harare|Q3921||
VA|Q237|مدينة الفاتيكان|Vatican City|-||الفاتيكان,دولة الفاتيكان,حاضرة الفاتيكان
PS|Q219060|القدس|Jerusalem|Q1218|فلسطيني|دولة فلسطين
`;

// Hand-kept corrections and traps, merged over the generated entry.
const OVERRIDES = {
  // CLDR's "Palestinian Territories" is not the observer state the UN seats.
  PS: { name_ar: "فلسطين", name_en: "Palestine", drop_cldr: true },
  // The observer is the Holy See; readers and CLDR say the Vatican.
  VA: { name_ar: "الكرسي الرسولي", name_en: "Holy See" },
  // CLDR's full form; the short one is the one news uses and the card should show.
  SA: { name_ar: "السعودية" },
  AE: { name_ar: "الإمارات العربية المتحدة" },
  // تركي is also a first name (الأمير تركي الفيصل): not the Turkish demonym after a title.
  TR: { name_en: "Turkey", not_after: ["الأمير", "الشيخ", "السيد", "المستشار"], not_before: ["آل", "بن"] },
  // عُمان (Oman) and عَمّان (Amman) are one written form without vowels: a declared shared
  // short form on both entries, resolved by the article; the fuller forms always identify.
  OM: { name_ar: "سلطنة عُمان", short: ["عمان"], drop_cldr: true },
  // قطر is also "diameter" (نصف قطر, radius); a UN agency's "country director" is its
  // المدير القطري.
  QA: { not_after: ["نصف", "المدير"] },
  // روماني is also "Roman" (المسرح الروماني, العصر الروماني).
  RO: { not_after: ["المسرح", "العصر", "الحقبة", "الإمبراطورية", "الآثار", "اليونانية", "العمراني", "الأثري", "الأثرية", "المدينة"] },
  // المغرب is also the sunset prayer and its time.
  MA: { not_after: ["صلاة", "صلاتي", "أذان", "آذان", "موعد", "وقت", "بعد", "قبل", "عند", "حتى", "فريضة", "ركعات", "إفطار"] },
  // اليمنى is "the right (hand)".
  YE: { not_forms: ["اليمنى", "يمنى", "باليمنى", "اليمنى"] },
  // روس (Russians, a broken plural) is also Bruce and Kroos after a proclitic.
  RU: { not_forms: ["بروس", "كروس"] },
  // مجرى is "a course" (مجرى النهر); the Hungarian is written مجري.
  HU: { not_forms: ["مجرى"] },
  // كلاوس is Klaus, not ك and لاوس.
  LA: { not_forms: ["كلاوس"] },
  // مالي is also "financial" (مالي/مالية): only "جمهورية مالي" always identifies; the bare form
  // needs the article to name the country in full or a supporting title.
  // (مالية, المالي, ماليا never match: word boundaries and the article rule already reject them.)
  ML: { short: ["مالي"], name_ar_is_short: true, common: ["مالي"], aliases_extra: ["دولة مالي"] },
  // تشاد is also a first name (تشاد = Chad); it stays a full form: news uses the country far more.
  // جورجيا is also the US state Georgia; the country is the more frequent sense in Arabic news.
  // الأردن is the country; نهر الأردن is the river.
  JO: { not_after: ["نهر"] },
  // مصر is also مُصِرّ, "insistent" («قال إنه مصر على موقفه»).
  EG: { not_after: ["هو", "إنه", "أنه", "بأنه", "لأنه", "يزال", "زال"] },
  // بني إسرائيل are the Children of Israel of scripture.
  IL: { not_after: ["بني", "بنو", "بنى"] },
  // كوبا: no Arabic homograph in news use. النيجر and نيجيريا are distinct forms.
  // غينيا is a prefix of غينيا بيساو / غينيا الاستوائية / بابوا غينيا الجديدة: the longest match wins.
  // تونس and الجزائر and الكويت are also their capitals: the capitals carry them as short forms.
  // لبنان: no trap. سوريا/سورية both used.
  // الهند: "هند" is a woman's name, but the country is only ever written with its article.
  // تركيا is also written تركية (and سوريا سورية, أوكرانيا أوكرانية): those spellings are also the
  // feminine demonym (شركة تركية, a Turkish company), far more frequent, so they stay demonyms only.
  // بنين (Benin) is also "sons" (بنين، مدارس البنين): needs context.
  BJ: { common: ["بنين"] },
  // توغو: no Arabic homograph. ساموا: none. بيرو: none common. سول (Seoul) is a capital.
  // تشيلي: also "chili" in recipes, not in news.
  // كندا: none. فيجي: none. نيبال: none. ليما (Lima): a first name too.
  // العراق: none. الأردن handled. الكاميرون: none. اليونان: none.
  // النمسا: none. جيبوتي: none. الغابون: none. القمر alone is "the moon", not an alias of Comoros (`جزر القمر`): left out.

  // الرأس الأخضر: literal "the green cape", a fixed name.
  // مصر: مصرف/مصري handled by word boundaries.
  // السويد: none. سويسرا: none. بلجيكا: none.
};

// Capitals whose Arabic name is also their country's name: the bare form is a short form of the
// capital (the country's full form wins it; "العاصمة" phrases identify the city).
const CAPITAL_EXTRA = {
  DZ: { short: ["الجزائر"], aliases: ["مدينة الجزائر", "العاصمة الجزائرية"] },
  TN: { short: ["تونس"], aliases: ["العاصمة التونسية"] },
  KW: { short: ["الكويت"], aliases: ["العاصمة الكويتية"] },
  DJ: { short: ["جيبوتي"] },
  GT: { short: ["غواتيمالا"] },
  PA: { short: ["بنما"], aliases: ["بنما سيتي"] },
  LU: { short: ["لوكسمبورغ"] },
  MC: { short: ["موناكو"] },
  SG: { short: ["سنغافورة"] },
  SM: { short: ["سان مارينو"] },
  VA: { short: ["الفاتيكان"] },
  JO: { short: ["عمان"], aliases: ["العاصمة الأردنية عمان", "العاصمة الأردنية"] },
  LY: { short: ["طرابلس"], aliases: ["العاصمة الليبية طرابلس", "طرابلس الليبية", "العاصمة الليبية"] },
  MX: { aliases: ["مدينة مكسيكو", "مكسيكو"] },
  US: { aliases: ["واشنطن العاصمة"] },
  AE: { aliases: ["أبو ظبي", "العاصمة الإماراتية"] },
  SA: { aliases: ["العاصمة السعودية"] },
  EG: { aliases: ["العاصمة المصرية"] },
  LB: { aliases: ["العاصمة اللبنانية"] },
  SY: { aliases: ["العاصمة السورية"] },
  IQ: { aliases: ["العاصمة العراقية"] },
  MA: { aliases: ["العاصمة المغربية"] },
  QA: { aliases: ["العاصمة القطرية"] },
  YE: { aliases: ["العاصمة اليمنية"] },
  SD: { aliases: ["العاصمة السودانية"] },
  OM: { aliases: ["العاصمة العمانية"] },
  BH: { aliases: ["العاصمة البحرينية"] },
  IR: { aliases: ["العاصمة الإيرانية"] },
  // Dakar as Morocco's press writes it.
  SN: { aliases: ["دكار"] },
  TR: { aliases: ["العاصمة التركية"] },
  RU: { aliases: ["العاصمة الروسية"] },
  FR: { aliases: ["العاصمة الفرنسية"] },
  GB: { aliases: ["العاصمة البريطانية"] },
  DE: { aliases: ["العاصمة الألمانية"] },
  CN: { aliases: ["بيجينغ"] },
  UA: { aliases: ["كييف الأوكرانية", "العاصمة الأوكرانية"] }, // not كيف: it is "how"
  MR: { aliases: ["نواكشوط العاصمة"] },
  KZ: { aliases: ["نور سلطان"] },
  IN: { aliases: ["نيو دلهي"] },
  PK: { aliases: ["إسلام أباد", "اسلام آباد"] },
  MY: { aliases: ["كوالا لمبور"] },
  // Capitals whose names are also ordinary words or other names: كابل (a cable), ماليه (written
  // like مالية, "financial"), فيكتوريا (Queen Victoria, Lake Victoria), ديلي ("Daily" of British
  // papers), روسو (Rousseau). They link only with an antecedent or a title.
  AF: { aliases: ["العاصمة الأفغانية"], common: ["كابل"] },
  MV: { aliases: ["العاصمة المالديفية"], common: ["ماليه"] },
  SC: { common: ["فيكتوريا"] },
  TL: { common: ["ديلي"] },
  DM: { common: ["روسو"] },
};

const slug = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const uniq = (xs) => [...new Set(xs.filter(Boolean))];

const countries = [];
const capitals = [];
const seenIso = new Set();
for (const line of TABLE.trim().split("\n")) {
  const [iso, qid, capAr, capEn, capQid, dem, extra] = line.split("|");
  if (seenIso.has(iso)) throw new Error(`duplicate ISO code ${iso}`);
  seenIso.add(iso);
  const o = OVERRIDES[iso] || {};
  const cldrAr = arRegion.of(iso).replace(/\s*\(.*\)$/, "").replace(/ - /g, " ");
  const cldrEn = enRegion.of(iso).replace(/\s*\(.*\)$/, "").replace(/ & /g, " and ").replace(/^St\. /, "Saint ");
  const nameAr = o.name_ar || cldrAr;
  const nameEn = o.name_en || cldrEn;
  const capitalId = iso === "PS" ? "Q1218" : capQid !== "-" ? capQid : `lamha:${slug(capEn)}`;
  let aliases = uniq([o.drop_cldr ? "" : cldrAr, ...(extra ? extra.split(",") : []), ...(o.aliases_extra || [])]).filter((a) => a !== nameAr);
  let short = o.short || [];
  if (o.name_ar_is_short) aliases = aliases.filter((a) => !short.includes(a));
  // A demonym stem that is also the country's name (جيبوتي, مالي) would make every mention of
  // the country a demonym: those countries get none.
  const names = new Set([nameAr, ...aliases, ...short]);
  const demonyms = (dem ? dem.split(",") : []).filter((d) => !names.has(d));
  const region = regionOf[iso];
  if (!region) throw new Error(`no M49 sub-region for ${iso}`);
  const e = {
    id: qid, type: "country", name_ar: o.name_ar_is_short ? `جمهورية ${nameAr}` : nameAr, name_en: nameEn,
  };
  if (o.name_ar_is_short) {
    aliases = aliases.filter((a) => a !== e.name_ar);
  }
  if (aliases.length) e.aliases = aliases;
  if (short.length) e.short = short;
  if (o.common) e.common = o.common;
  if (demonyms.length) e.demonyms = demonyms;
  if (o.not_after) e.not_after = o.not_after;
  if (o.not_before) e.not_before = o.not_before;
  if (o.not_forms) e.not_forms = uniq(o.not_forms);
  Object.assign(e, {
    wikidata: qid, iso2: iso, capital: capitalId,
    region_ar: arRegion.of(region), region_en: enRegion.of(region),
    source: `Names: ${ICU}; QID: Wikidata; sub-region: UN M49; capital, Arabic variants and demonyms: Lamha editors as of ${AS_OF}`,
  });
  countries.push(e);
  if (iso === "PS") continue; // shares Jerusalem's entry with Israel's; written once below
  const cx = CAPITAL_EXTRA[iso] || {};
  const cap = {
    id: capitalId, type: "place", name_ar: capAr, name_en: capEn,
  };
  if (cx.aliases) cap.aliases = cx.aliases;
  if (cx.short) cap.short = cx.short;
  if (cx.common) cap.common = cx.common;
  Object.assign(cap, { kind_ar: "مدينة", kind_en: "city", country: qid });
  if (iso === "IL") {
    Object.assign(cap, {
      aliases: ["أورشليم", "القدس الشريف", "بيت المقدس"],
      kind_ar: "مدينة", kind_en: "city",
      description_ar: "مدينة مقدسة في الديانات الثلاث، متنازع على وضعها",
      description_en: "City holy to three religions, with a disputed status",
    });
    delete cap.country; // claimed by Israel and by Palestine
  } else {
    cap.description_ar = `عاصمة ${nameAr}`;
    cap.description_en = `Capital of ${nameEn}`;
  }
  if (capQid !== "-") cap.wikidata = capQid;
  cap.source = `Capital of ${nameEn} and its Arabic name: Lamha editors as of ${AS_OF}` + (capQid !== "-" ? "; QID: Wikidata" : "");
  capitals.push(cap);
}

const line = (e) => JSON.stringify(e);
const file = (entries) => `{"lamha_kb": 1, "entries": [\n${entries.map(line).join(",\n")}\n]}\n`;
const countriesJson = file(countries);

// places.json = the generated capitals, then the hand-kept places of tools/places_extra.jsonl.
const extra = readFileSync(new URL("./places_extra.jsonl", import.meta.url), "utf8")
  .split("\n").filter((l) => l.trim() && !l.startsWith("//")).map((l) => JSON.parse(l));
const capIds = new Set(capitals.map((c) => c.id));
for (const e of extra) if (capIds.has(e.id)) throw new Error(`places_extra.jsonl repeats capital id ${e.id}`);
const placesJson = file([...capitals, ...extra]);

const out = [["data/kb/countries.json", countriesJson], ["data/kb/places.json", placesJson]];
const root = new URL("../", import.meta.url);
if (process.argv.includes("--check")) {
  let stale = false;
  for (const [p, text] of out) {
    if (readFileSync(new URL(p, root), "utf8") !== text) { console.error(`${p} is out of date: run node tools/gen_countries.mjs`); stale = true; }
  }
  process.exit(stale ? 1 : 0);
}
for (const [p, text] of out) writeFileSync(new URL(p, root), text);
console.log(`${countries.length} countries, ${capitals.length} capitals, ${extra.length} other places`);
