//! Scores every gold-annotated fixture article (`tests/fixtures/*.gold.json`) with the metric of
//! `tests/score.py` and fails below the issues' targets.

mod common;

use lamha::dates::Date;
use lamha::kb::KnowledgeBase;
use lamha::output::{extract, Unit};
use lamha::recognize::{Options, Recognizer};
use serde_json::Value;
use std::path::Path;

fn run(name: &str) -> ([common::Track; 3], Value) {
    run_with(name, KnowledgeBase::embedded())
}

/// The embedded knowledge base with the optional packs of `data/kb/packs/` merged over it, as a
/// publisher loads them (`data-lamha-kb`).
fn with_packs() -> KnowledgeBase {
    let mut raw = lamha::kb::RawKb::embedded();
    for pack in ["sport", "business", "places", "institutions"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/kb/packs/{pack}.json"));
        raw.merge_json(&format!("{pack}.json"), &std::fs::read_to_string(path).unwrap()).unwrap();
    }
    let (kb, errors) = raw.build();
    assert!(errors.is_empty(), "{errors:?}");
    kb
}

fn run_with(name: &str, kb: KnowledgeBase) -> ([common::Track; 3], Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.gold.json"))).unwrap()).unwrap();
    let ref_date = gold["ref_date"].as_str().and_then(Date::parse_iso);
    let r = Recognizer::new(kb);
    let rec = r.recognize(&text, &Options { ref_date });
    let pred = serde_json::to_value(extract(&text, &rec, r.kb(), Unit::CodePoint)).unwrap();
    // The gold's own offsets must agree with its text (a broken fixture must not pass silently).
    let chars: Vec<char> = text.chars().collect();
    for m in gold["mentions"].as_array().unwrap() {
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), m["text"].as_str().unwrap(), "{name}: gold offsets {s}..{e}");
    }
    let tracks = common::score(gold["mentions"].as_array().unwrap(), pred["mentions"].as_array().unwrap());
    (tracks, pred)
}

fn report(name: &str, t: &[common::Track; 3]) -> String {
    let mut s = String::new();
    for (label, t) in ["entities", "demonyms", "dates"].iter().zip(t) {
        s += &format!(
            "{name} {label:9} P={:.3} R={:.3} F1={:.3} link/value={:.3} (gold {}, pred {})\n  missed: {:?}\n  spurious: {:?}\n",
            t.precision, t.recall, t.f1, t.accuracy, t.gold, t.pred, t.missed, t.spurious
        );
    }
    s
}

#[test]
fn seed_article_meets_targets() {
    let (t, _) = run("seed-israel-kazakhstan");
    let msg = report("seed", &t);
    eprintln!("{msg}");
    assert!(t[0].f1 >= 0.95 && t[0].accuracy >= 0.95, "entities below target\n{msg}");
    assert!(t[1].f1 >= 0.90, "demonyms below target\n{msg}");
    assert!(t[2].f1 >= 0.95 && t[2].accuracy >= 0.95, "dates below target\n{msg}");
}

#[test]
fn regional_fixtures_meet_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".gold.json").map(String::from))
        .filter(|n| n != "seed-israel-kazakhstan")
        .collect();
    names.sort();
    let mut failures = String::new();
    for name in &names {
        let (t, _) = run(name);
        let msg = report(name, &t);
        eprintln!("{msg}");
        if t[0].f1 < 0.92 || t[0].accuracy < 0.95 {
            failures += &msg;
        }
    }
    assert!(failures.is_empty(), "below entities F1 0.92 / linking 0.95:\n{failures}");
}

/// The Rust metric agrees with the reference scorer, where Python is available.
#[test]
fn metric_agrees_with_reference_scorer() {
    let Ok(out) = std::process::Command::new("python3").arg("--version").output() else { return };
    if !out.status.success() {
        return;
    }
    let (t, pred) = run("seed-israel-kazakhstan");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir().join(format!("lamha-pred-{}.json", std::process::id()));
    std::fs::write(&tmp, serde_json::to_string(&pred).unwrap()).unwrap();
    let out = std::process::Command::new("python3")
        .arg(dir.join("tests/score.py"))
        .arg(dir.join("tests/fixtures/seed-israel-kazakhstan.gold.json"))
        .arg(&tmp)
        .arg("--json")
        .output()
        .unwrap();
    std::fs::remove_file(&tmp).ok();
    let py: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (label, t) in ["entities", "demonyms", "dates"].iter().zip(&t) {
        assert_eq!(py[label]["tp"].as_u64().unwrap() as usize, t.tp, "{label}");
        assert_eq!(py[label]["pred"].as_u64().unwrap() as usize, t.pred, "{label}");
        assert!((py[label]["f1"].as_f64().unwrap() - t.f1).abs() < 1e-3, "{label}");
    }
}

/// The second to fifth rounds of held-out stories (`tests/fixtures/heldout/`: sport, culture,
/// economy, Doha, Ramallah, Nouakchott; health in Riyadh, justice in Rabat, the Nile dam, AI in
/// Dubai; Muscat talks, Cairo and the IMF, Aleppo, Moroccan football; Erbil, Algiers and Italian
/// gas, Manama, Lebanon's banks), written and annotated by hand by someone who had not seen the
/// recogniser, scored before any change for them (BENCHMARKS.md) and then improved by general
/// rules and knowledge-base entries, here with the optional sport, business, places and
/// institutions packs loaded (`data/kb/packs/`). They are not tuned to the regional targets:
/// each keeps the entities F1 it reached (less 0.02), and precision stays at 0.9 or more.
#[test]
fn heldout_fixtures_hold_their_scores() {
    // Floors raised as later rules lifted a story (twelfth session: Ramallah, Nouakchott, the
    // Nile dam and Algiers, by where a titled name ends; AI in Dubai, by bodies named after a
    // place; Baalbek, Riyadh, Cairo, Manama and Beirut's banks, by more titles and complements;
    // thirteenth session: Manama, Nouakchott, Rabat's court, Doha, Riyadh, Dubai, Erbil and
    // Ramallah, by bodies named by their kind and what sets them apart; football in Cairo and
    // Rabat, Baalbek, Erbil and Beirut's banks, by people found by their first name; seventeenth
    // session: Aleppo, Ramallah and football in Cairo by places after their word, Baalbek and
    // Cairo's IMF by the business pack's shipping lines; eighteenth session: football in Cairo,
    // Ramallah, Nouakchott and Beirut's banks and UNIFIL, by the seventh round's rules;
    // nineteenth session: Algiers (France, gas, the Sahel), Manama, Suez, Beirut's parties and
    // UNIFIL, Rabat (AFCON, autonomy) and Jeddah, by the places pack; twenty-second session:
    // twenty-six stories, to their score less 0.02 again, after the eighteenth round's rules
    // and pack entries lifted eight of them and earlier rounds had lifted the rest).
    let floors = [
        ("sports-cairo-football", 0.94),
        ("culture-beirut-festival", 0.93),
        ("qatar-doha-mediation", 0.94),
        ("uae-abudhabi-economy", 0.93),
        ("palestine-ramallah-wafa", 0.93),
        ("mauritania-nouakchott-energy", 0.98),
        // The third round (eleventh session): written and annotated by helpers who never saw the
        // recogniser; the floors are the scores after the fixes the stories showed, less 0.02.
        ("health-riyadh-who", 0.95),
        ("justice-rabat-court", 0.91),
        ("nile-addis-dam", 0.98),
        ("tech-dubai-ai", 0.98),
        // The fourth round: scored blind first (BENCHMARKS.md), then a few general fixes.
        ("oman-muscat-talks", 0.96),
        ("egypt-cairo-imf", 0.96),
        ("syria-aleppo-reconstruction", 0.96),
        ("morocco-rabat-afcon", 0.94),
        // The fifth round: scored blind with the session's final rules (BENCHMARKS.md); only
        // knowledge-base entries were added after (Rudaw's spelling, two Iraqi politicians,
        // Nineveh; the Association of Banks in Lebanon and the FATF in the business pack).
        // (0.94 until the thirty-first session: `حكومة إقليم كوردستان` is now the Kurdistan
        // Regional Government, an organisation, where this story's annotation has the region, a
        // place, inside it; round 52's Kirkuk story annotates the government. 0.919 since.)
        ("iraq-erbil-kurdistan", 0.90),
        ("algeria-algiers-gas-italy", 0.98),
        ("bahrain-manama-security", 0.96),
        ("lebanon-beirut-banks", 0.95),
        // The sixth round (seventeenth session): written and annotated by helpers who never saw
        // the recogniser, scored blind (entities F1 0.843–0.930), then general rules: places
        // after the word for a town or camp, Saturday and Sunday alone, a patronymic that spells
        // a demonym, `و` + a place against a place of its own, a country joined to a country, a
        // Latin acronym after a body; and five shipping lines in the business pack.
        ("egypt-cairo-suez", 0.96),
        ("lebanon-beirut-unifil", 0.98),
        ("algeria-algiers-sahel", 0.92),
        ("morocco-rabat-autonomy", 0.95),
        ("saudi-riyadh-expo", 0.94),
        // The seventh round (eighteenth session): the same way, from the brief's five cities on
        // other subjects (Egypt's parliament, Lebanon's parties, Algeria and France, the Al Haouz
        // rebuilding, Saudi sport), scored blind (entities F1 0.697–0.854), then general rules:
        // parties, quoted blocs, bodies named by a conjunct or a nisba, provinces and wilayas and
        // the lists after them, titles with a pronoun; ranges of years and other dates.
        ("egypt-cairo-parliament", 0.96),
        ("lebanon-beirut-politics", 0.92),
        ("algeria-algiers-france", 0.94),
        ("morocco-marrakech-haouz", 0.85),
        ("saudi-jeddah-sport", 0.88),
        // The eighth round (nineteenth session): the brief's five cities again (a Saudi cabinet
        // session and royal orders, Egyptian tourism, Syrian refugees leaving Lebanon, an
        // Algerian Council of Ministers, Moroccan politics after the 2026 elections), scored
        // blind (entities F1 0.761–0.903), then general rules: broken-plural demonyms, a party
        // in a title's construct, a party's complement with `ل`, deadline months, fiscal years;
        // and the places pack (provinces, regions, governorates, towns, crossings and sites of
        // Algeria, Tunisia, Morocco, Saudi Arabia, Lebanon, Syria and Egypt).
        ("saudi-riyadh-decrees", 0.96),
        ("egypt-cairo-tourism", 0.97),
        ("lebanon-beirut-refugees", 0.97),
        ("algeria-algiers-cabinet", 0.96),
        ("morocco-rabat-government", 0.98),
        // The ninth round (nineteenth session, after the places pack): Egypt's winter health
        // campaign, Lebanon's electricity, Algeria's Civil Protection, floods in south-eastern
        // Morocco, Saudi rain warnings; scored blind (with the three packs, entities F1
        // 0.826–0.927), then the names set off by commas, ranks after a title, a construct
        // chain ending in a place, a body's representative, royal names, forces named by one
        // adjective (`الدرك الملكي`, `الحماية المدنية`).
        ("egypt-cairo-health", 0.96),
        ("lebanon-beirut-electricity", 0.98),
        ("algeria-algiers-civil-protection", 0.92),
        ("morocco-rabat-floods", 0.95),
        ("saudi-riyadh-weather", 0.94),
        // The tenth round (nineteenth session): an Egyptian corruption trial, the Port of Beirut,
        // Algeria's school and university year, Tangier's car and port industry, Riyadh Season;
        // scored blind (with the three packs, entities F1 0.716–0.941), then courts, councils,
        // universities and offices named by a construct chain, the Public Prosecution, a port's
        // director, first names written as verbs, `تركي آل الشيخ`, Morocco's `الفصل`, two
        // holders after a title in the dual.
        ("egypt-cairo-court", 0.93),
        ("lebanon-beirut-port", 0.89),
        ("algeria-algiers-education", 0.98),
        ("morocco-tangier-industry", 0.95),
        ("saudi-riyadh-season", 0.85),
        // The eleventh round (twentieth session): Egypt's diplomacy on Sudan's war, rebuilding
        // South Lebanon, Algeria's desalination plants and dams, Morocco's 2030 World Cup
        // stadiums, Saudi third-quarter figures; scored blind (with the three packs, entities F1
        // 0.870–0.958), then `ؤ` read as `ئ` (Egyptian copy), where names stop and start, funds
        // and nisba companies, a quarter alone; and Sudan, Libya and Yemen in the places pack.
        ("egypt-cairo-sudan", 0.98),
        ("lebanon-beirut-reconstruction", 0.97),
        ("algeria-algiers-water", 0.98),
        ("morocco-rabat-worldcup", 0.93),
        ("saudi-riyadh-economy", 0.98),
        // The twelfth round (twentieth session): Egypt's summer electricity plan, Lebanon's
        // school year, Algeria's sowing campaign, the Nigeria–Morocco gas pipeline, Umrah
        // figures; scored blind (with the three packs, entities F1 0.837–0.923), then a whole
        // word against a proclitic reading (`كابل`), names in `أل`, closed by a sentence's end
        // or a third name before a comma, bodies by a nisba and a complement, companies'
        // own names before their nationality, Algeria's communes, a Hijri month's epithet.
        ("egypt-cairo-energy", 0.97),
        ("lebanon-beirut-education", 0.91),
        ("algeria-algiers-agriculture", 0.98),
        ("morocco-rabat-gas-pipeline", 0.96),
        ("saudi-riyadh-umrah", 0.98),
        // The thirteenth round (twenty-first session): the Arab League's council in Cairo,
        // Beirut's airport and holiday season, the Algerian–Tunisian joint committee, Morocco's
        // 2027 finance bill, the Crown Prince's visitors in Riyadh; scored blind (with the three
        // packs, entities F1 0.842–0.949), then dams and stations by their word, airports closed
        // by `الدولي`, where names start and end after `و` and `لل`, Lebanese married names, two
        // years after a dual, Monday set off after its verb; and cities, Lebanese resorts, the
        // Grand Serail, MEA and Sonelgaz in the packs, and a fourth pack of institutions
        // (Morocco's parties, both houses of Morocco's and Algeria's parliaments, Lebanon's public
        // bodies). (Floors raised the same session: the water story by the dams and stations,
        // the cabinet, Beirut's port and Rabat's government by the packs.)
        ("egypt-cairo-arab-league", 0.95),
        ("lebanon-beirut-airport", 0.97),
        ("algeria-algiers-tunisia", 0.94),
        ("morocco-rabat-finance-bill", 0.95),
        ("saudi-riyadh-diplomacy", 0.97),
        // The fourteenth round (twenty-first session, after the thirteenth's rules): Egypt's New
        // Administrative Capital, Lebanon's public hospitals, Algeria's universities, Morocco's
        // tourism figures, Saudi housing; scored blind (with the four packs, entities F1
        // 0.776–0.966), then titles over a portfolio in the construct state (`وزير اقتصاد
        // المعرفة`), towns named after a saint (`بسيدي عبد الله`), schools and universities by
        // their own name and nationality, the first months of a year, months after a dual or
        // joined by `و`; and airlines, builders, a bank and cities in the packs.
        ("egypt-cairo-new-capital", 0.91),
        ("lebanon-beirut-hospitals", 0.94),
        ("algeria-algiers-universities", 0.95),
        ("morocco-rabat-tourism", 0.96),
        ("saudi-riyadh-housing", 0.88),
        // The fifteenth round (twenty-first session, after the fourteenth's rules): Gulf
        // investors in Cairo, Lebanon's waste and floods, the Algerian army in the south, the
        // Sahel's ministers in Rabat, Riyadh's heritage season; scored blind (with the four
        // packs, entities F1 0.778–0.935), then quarters and landfills by a definite genitive
        // (`حي الطريف`, `مطمر الناعمة`), publishers (`دار الشروق المصرية`), `لشهر` before a month;
        // and Lebanese, Egyptian and Saudi places, Saudi cultural bodies and publishers in the
        // packs.
        ("egypt-cairo-investment", 0.98),
        ("lebanon-beirut-waste", 0.93),
        ("algeria-algiers-army", 0.92),
        ("morocco-rabat-africa", 0.91),
        ("saudi-riyadh-culture", 0.94),
        // The sixteenth round (twenty-first session, after the fifteenth's rules): Egypt's wheat
        // plan, the Lebanese army south of the Litani, Algeria's solar programme, Morocco's
        // pioneer schools, Saudi transport; scored blind (with the four packs, entities F1
        // 0.869–0.937), then a second portfolio joined by `و` in a title, a third name in `ة`
        // before a comma, no body complement that is a title (`برئاسة الجنرال الأميركي`), a
        // nisba before a body's demonym, a passive verb in `يُ…`; and transport companies,
        // cities and Lebanese, Egyptian and Moroccan bodies in the packs.
        ("egypt-cairo-agriculture", 0.95),
        ("lebanon-beirut-army", 0.93),
        ("algeria-algiers-solar", 0.93),
        ("morocco-rabat-education", 0.95),
        ("saudi-riyadh-transport", 0.93),
        // The seventeenth round (twenty-first session, after the sixteenth's rules): Egyptian
        // football, Lebanon's 2027 budget in committee, ambassadors in Algiers, Morocco's snow and
        // rain warning, Saudi industry and mining; scored blind (with the four packs, entities F1
        // 0.816–0.938), then dams by a definite name (`سد الوحدة`), the end of a range of days
        // (`من الأربعاء إلى الجمعة`), `ليل`, Morocco's `الوقاية المدنية`; and Moroccan places,
        // Andalusia, the Arabian Shield, carmakers and Saudi and Moroccan bodies in the packs.
        ("egypt-cairo-football", 0.91),
        ("lebanon-beirut-budget", 0.98),
        ("algeria-algiers-diplomacy", 0.95),
        ("morocco-rabat-weather", 0.91),
        ("saudi-riyadh-industry", 0.95),
        // The eighteenth round (twenty-second session, after the seventeenth's rules): the Suez
        // Canal's traffic, the Lebanese–Syrian border committee, Sonatrach's European gas deals,
        // Morocco's drought and desalination, Saudi scholarships; scored blind (with the four
        // packs, entities F1 0.769–0.952), then a commissioner and a counterpart as titles, a
        // body in quotation marks before a name set off by commas, basins (`حوض سبو`), a dam named
        // after a saint, a given name before `بن` after a title, the school year (no date);
        // and universities, Saudi programmes, Sicily, Jorf Lasfar and others in the packs.
        ("egypt-cairo-canal-shipping", 0.98),
        ("lebanon-beirut-border", 0.92),
        ("algeria-algiers-gas", 0.98),
        ("morocco-rabat-water", 0.98),
        ("saudi-riyadh-education", 0.98),
        // The nineteenth round (after the eighteenth's rules): Egypt's universal health
        // insurance, Lebanon's vaccination campaign, Algeria's car plants, the Marhaba operation
        // with Spain, KSrelief's aid; scored blind (four packs, 0.814–0.953), then a compound
        // family name in `الدين` said again, bodies in quotation marks after `مجمع` and `مصنع`, no
        // body named by a purpose with `ل` after an indefinite word, `المرحلة` no place, `بمقر`
        // and `لشرق` no name's start; carmakers, ferry lines, ports and towns in the packs.
        ("egypt-cairo-health-insurance", 0.98),
        ("lebanon-beirut-vaccination", 0.92),
        ("algeria-algiers-cars", 0.94),
        ("morocco-rabat-marhaba", 0.92),
        ("saudi-riyadh-ksrelief", 0.97),
        // The twentieth round (after the nineteenth's rules): Egypt and Gaza's relief, Lebanon's
        // winter tourism, Algeria's mines, Morocco's finance bill in the House, Saudi aviation;
        // scored blind (four packs, 0.772–0.975), then `الدولي` no family name (after one
        // airport named after a king it had made every later `الدولي` a person), a secretary of
        // state and a coordinator as titles, a woman's married name before a comma; mines,
        // Algerian state companies, a ski resort and Guangzhou in the packs.
        ("egypt-cairo-gaza-aid", 0.95),
        ("lebanon-beirut-tourism", 0.94),
        ("algeria-algiers-mining", 0.96),
        ("morocco-rabat-parliament", 0.95),
        ("saudi-riyadh-aviation", 0.96),
        // The twenty-first round (twenty-third session, after the twentieth's rules), eight
        // stories: Cairo's metro, a Lebanese cabinet session, Algeria's housing, Morocco's
        // university hospitals, Saudi mining, Algeria's 5G, the Grand Egyptian Museum a year on,
        // Morocco's Sahara diplomacy; scored blind (four packs, 0.784–0.956), then `علي` and
        // `والي` written as names, a name set off by commas with its honorific, a country after
        // `ولاية` as its capital's province, a hospital named past its adjectives, the start of
        // the week and a year ago as dates; communes, mines, telecom operators, JICA and MINURSO
        // in the packs, `دكار` and `الصحراء المغربية` in the embedded base.
        ("algeria-algiers-housing", 0.95),
        ("egypt-cairo-metro", 0.90),
        ("lebanon-beirut-cabinet", 0.95),
        ("morocco-rabat-health", 0.92),
        ("saudi-riyadh-mining", 0.96),
        ("algeria-algiers-telecom", 0.97),
        ("egypt-cairo-museum", 0.93),
        ("morocco-rabat-diplomacy", 0.95),
        // The twenty-second round (after the twenty-first's rules): Egypt's wheat, the Beirut
        // port blast inquiry, Algeria's desalination plants, a Moroccan counter-terrorism
        // operation, Saudi health; scored blind (four packs, 0.769–0.965), then a title's hospital
        // with `ل` no name's start, `علي` first after a title before two more words of a name;
        // `رئاسة الجمهورية` and the senates and Shura councils by country, Interpol, Lebanon's
        // Judicial Council, Beirut's quarters, Black Sea ports and Algerian towns in the packs.
        ("egypt-cairo-wheat", 0.96),
        ("lebanon-beirut-judiciary", 0.86),
        ("algeria-algiers-desalination", 0.98),
        ("morocco-rabat-police", 0.94),
        ("saudi-riyadh-health", 0.96),
        // The twenty-third round (after the twenty-second's rules): Egypt's wind and solar
        // plants, Lebanon's offshore gas, Algeria's Saharan tourism season, Morocco's energy
        // transition, Saudi giga-projects; scored blind (four packs, 0.838–0.907), then no name
        // starting with a preposition before hamza (`لأكوا باور`) and such a body as the title's
        // before a name, no verbal noun after a man's title, a company by its place and an
        // adjective, oil and gas fields (`حقل قانا`), `للعام الجاري`, the Maghreb's `الفاتح`;
        // energy companies, Air Algérie, Saharan sites, NEOM's places, MASEN, the EBRD in the packs.
        ("egypt-cairo-renewables", 0.95),
        ("lebanon-beirut-offshore", 0.97),
        ("algeria-algiers-tourism", 0.94),
        ("morocco-rabat-energy", 0.95),
        ("saudi-riyadh-gigaprojects", 0.97),
        // Round 24 (twenty-fourth session): Egypt's railways, Lebanon's telecoms, Algeria's
        // medicines, Morocco's ports and fisheries, Saudi AI, Tunisia's olive oil; scored blind
        // (four packs, 0.795–0.929), then its rules and pack entries, which also raised ten
        // older floors (Beirut's port, banks, budget and schools by `ساحة النجمة` and CMA CGM,
        // Algiers's conference and exhibition centres…).
        ("egypt-cairo-railways", 0.94),
        ("lebanon-beirut-telecom", 0.93),
        ("algeria-algiers-pharma", 0.98),
        ("morocco-rabat-ports", 0.94),
        ("saudi-riyadh-tech", 0.95),
        ("tunisia-tunis-olive-oil", 0.98),
        // Round 25 (the same session, after round 24's rules): Egypt's schools, Lebanon's
        // farm exports, Algeria's railways, Morocco's car plants, Saudi tourism, Jordan's
        // economy; scored blind (four packs, 0.737–0.985), then a country named as its capital
        // after a port or before `العاصمة`, surnames in the headline, places joined by hyphens,
        // `السعودية` after a plural of things, and the packs' railway towns, car plants and
        // Aqaba's bodies.
        ("egypt-cairo-education", 0.96),
        ("lebanon-beirut-agriculture", 0.96),
        ("algeria-algiers-railways", 0.98),
        ("morocco-rabat-automotive", 0.98),
        ("saudi-riyadh-tourism", 0.98),
        ("jordan-amman-economy", 0.96),
        // Round 26 (the same session, after round 25's rules): culture in Cairo and Marrakech,
        // Lebanon's parliament, Algeria's football, Saudi defence industries, Iraq's water; scored
        // blind (four packs, 0.786–0.953), then INA's `واع` in the dateline, no dam named by an
        // adjective, and the packs' Iraqi governorates and rivers, clubs, players, defence
        // companies and Marrakech's places. A title's body (`رئيس مجلس النواب نبيه بري`) is
        // optional, as in the older gold.
        ("egypt-cairo-film-festival", 0.89),
        ("lebanon-beirut-parliament", 0.95),
        ("algeria-algiers-football", 0.89),
        ("morocco-marrakech-film", 0.92),
        ("saudi-riyadh-defense", 0.97),
        ("iraq-baghdad-water", 0.94),
        // Round 27 (after round 26's rules): security news from Cairo, Lebanon's basketball,
        // the Algiers book fair, the Green March speech, Saudi weather warnings, Kuwait's oil;
        // scored blind (four packs, 0.774–0.967), then a minister's verb and `بتاريخ` as no
        // names, years after an event's name (`مونديال قطر 2027`, `نسخة 2023`), and the packs'
        // basketball clubs and halls, Kuwaiti fields, Saudi governorates.
        ("egypt-cairo-security", 0.95),
        ("lebanon-beirut-basketball", 0.87),
        ("algeria-algiers-book-fair", 0.93),
        ("morocco-rabat-green-march", 0.96),
        ("saudi-riyadh-rain", 0.97),
        ("kuwait-kuwait-oil", 0.94),
        // Round 28 (after round 27's rules; twenty-fifth session): Alexandria's ports, Tripoli's
        // Niemeyer fair, Oran's petrochemicals, Bank Al-Maghrib's rate, AlUla's heritage,
        // Syria's reconstruction (SANA, an agency not seen before); scored blind (four packs,
        // 0.783–0.958), then `ريف` as a word of place, `المعماري` as an occupation, a name in
        // quotation marks after `محطة` as a place, and the packs' ports, AlUla's sites, Syrian
        // industrial cities, Moroccan banks, Lebanese and Egyptian office-holders. `اليوم` in a
        // quotation for "nowadays" is optional (the older gold has it 4 times and not 6).
        ("egypt-alexandria-port", 0.97),
        ("lebanon-tripoli-fair", 0.97),
        ("algeria-oran-industry", 0.98),
        ("morocco-casablanca-central-bank", 0.98),
        ("saudi-alula-heritage", 0.97),
        ("syria-damascus-economy", 0.95),
        // Round 29 (after round 28's rules): Gafsa's phosphate, Libya's oil (LANA, an agency
        // not seen before), Luxor's tombs, the Beqaa's harvest, Dakhla's port, Jubail's
        // industry, Jordan's water; scored blind (four packs, 0.853–0.919), then `السعودية`
        // after any definite noun, a form two entries share naming neither in full (`الفاو`),
        // `العاصمة الألمانية برلين`, no Egyptology demonym, `كبير`, `جال` and `لاست…` ending
        // or starting no name, a nisba family name after a definite noun as the adjective
        // (`الخبير النفطي`), `حوض` a word of place, `موفى` and `موسم 2026` in dates, LANA's
        // `وال`, and the packs' mining towns, Theban sites, Jordanian water bodies and more.
        ("tunisia-gafsa-phosphate", 0.94),
        ("libya-tripoli-oil", 0.97),
        ("egypt-luxor-archaeology", 0.91),
        ("lebanon-zahle-agriculture", 0.95),
        ("morocco-dakhla-port", 0.94),
        ("saudi-dammam-industry", 0.96),
        ("jordan-amman-water", 0.92),
        // Round 30 (after round 29's rules; twenty-sixth session): Aswan's solar and wind
        // projects, Saida's port and souks, Constantine's universities, the Fes medina's
        // restoration, visitors to Madinah, Basra's ports, aid through Port Sudan (SUNA, an
        // agency not seen before); scored blind (four packs, 0.743–0.923), then a common place
        // named after a word of place once is that place throughout, the first of a list
        // before a place, a known person's family name alone later, `المهندسة` as a title, a
        // body's `ل` complement after its nisba, a title's head before a place ending a name,
        // `إقليمي` as an adjective, a country's army by its word and demonym, `السعودية` after
        // a company's name, NNA's quoted `الوطنية`, a dateline's agency alone at the line's end,
        // `معبر` a word of place; and the packs' Aswan, Saida, Fes and Basra places, airlines,
        // universities, SUNA and four office-holders. The two older stories that had `الجيش
        // اللبناني` as a demonym now have the army, as the other seven annotations do.
        ("egypt-aswan-energy", 0.98),
        ("lebanon-saida-port", 0.93),
        ("algeria-constantine-universities", 0.96),
        ("morocco-fes-heritage", 0.97),
        ("saudi-madinah-visitors", 0.91),
        ("iraq-basra-port", 0.97),
        ("sudan-portsudan-aid", 0.95),
        // Round 31 (after round 30's rules): the Suez Canal Economic Zone, the Baalbek festival,
        // Annaba's steel, Souss-Massa's exports, NEOM, Yemen's currency (SABA), Sousse's
        // tourism; scored blind (four packs, 0.828–0.947), then `والي` (as written) and `عضو` as
        // titles' heads, a name set off by commas after a long title before `أن`/`إلى`,
        // `بحضور` and `رفقة` as no names, `الأقصر` after a definite noun as "the shortest",
        // temples and museums as what a title's holder visits, a common place at a dateline;
        // and the packs' Algerian steel towns and firms, Baalbek's temples, Tabuk's towns,
        // Yemen's ports, Tunisair and the Suez Canal Economic Zone (a place, as the older gold
        // has it, beside its authority).
        ("egypt-portsaid-sczone", 0.93),
        ("lebanon-baalbek-festival", 0.97),
        ("algeria-annaba-steel", 0.98),
        ("morocco-agadir-exports", 0.97),
        ("saudi-tabuk-neom", 0.90),
        ("yemen-aden-currency", 0.93),
        ("tunisia-sousse-tourism", 0.97),
        // Round 32 (after round 31's rules): Egypt's vaccine plant, Beirut's municipal affairs,
        // Oran's stadiums, Tanger Med, Jeddah's port; scored blind (four packs, 0.817–0.982),
        // then `علي` before a nisba family name and a title's head, `وزيرتها` as a title,
        // `الرئيسة` after a definite feminine noun as "main", a one-word short form before `بن`
        // as someone's first name (`صالح بن ناصر الجاسر` is not Barham Salih); and the packs'
        // Oran's stadium, airport and clubs, Beirut's quarters, Saudi and Sudanese ports bodies,
        // Egypt's drug authorities, Africa CDC, port operators.
        ("egypt-cairo-pharma", 0.95),
        ("lebanon-beirut-municipal", 0.96),
        ("algeria-oran-games", 0.94),
        ("morocco-tangier-med", 0.98),
        ("saudi-jeddah-port", 0.94),
        // Round 33 (after round 32's rules): the Bibliotheca Alexandrina's manuscripts
        // conference, Lebanon's cash transfers, the Trans-Saharan highway, the Casablanca Stock
        // Exchange, Abha's winter season, Mosul's rebuilt monuments, Aqaba's ports; scored blind
        // (four packs, 0.765–0.963), then `إليزابيث` and `يونان` as first names after a title,
        // `الرئيسة` after a noun with a pronoun as "main", a nisba surname alone after a definite
        // noun as its adjective (`الطيران المدني`), Roman and "country" senses of `الروماني` and
        // `القطري`, the first months of a year as those months; and the packs' development banks,
        // libraries, airlines, Mosul's and Abha's sites, Aqaba's port and crossings, the ILO.
        ("egypt-alexandria-library", 0.93),
        ("lebanon-beirut-social-aid", 0.94),
        ("algeria-algiers-trans-saharan", 0.95),
        ("morocco-casablanca-bourse", 0.96),
        ("saudi-abha-tourism", 0.97),
        ("iraq-mosul-heritage", 0.89),
        ("jordan-aqaba-logistics", 0.98),
        // Round 34 (after round 33's rules): Egypt's by-elections, Tyre's fishermen, the port of
        // Béjaïa, Laayoune's fisheries, Riyadh's cybersecurity forum, Doha's education summit,
        // Syria's airports; scored blind (four packs, 0.819–0.964), then `عامل`, `وفود`, `سبل`
        // and `برنامج` as no names, a company's board as no body, the national and cyber
        // security councils as not the UN's, a given name before a nisba as someone's first
        // name, a nisba after a body's name as its adjective; a year compared with, days after
        // `يومي` and its noun, `إلى غاية`, `غد` before its weekday, `من العام ذاته`; and the
        // packs' parties, airlines, airports, ICAO, IATA, the ITU and office-holders.
        ("egypt-cairo-elections", 0.95),
        ("lebanon-tyre-fishermen", 0.94),
        ("algeria-bejaia-port", 0.98),
        ("morocco-laayoune-fisheries", 0.96),
        ("saudi-riyadh-cybersecurity", 0.96),
        ("qatar-doha-education", 0.97),
        ("syria-damascus-airport", 0.98),
        // Round 35 (after round 34's rules): Hurghada's winter flights, Baabda's envoys,
        // Ouargla's wheat, the Oriental region's projects, Hajj preparations, the Dubai Airshow,
        // Tunis's hospitals; scored blind (four packs, 0.830–0.938), then `فرع` and `رعاه` as no
        // names, an indefinite company board as no body; two years joined by a dash as one
        // date, a Hajj by its Hijri year as its month, the start or end of a Hijri month as the
        // Gregorian month it falls in; and the packs' world cities, Red Sea resorts, the
        // Oriental's towns, Tunis's hospitals, airlines and tour operators, envoys and ministers.
        ("egypt-hurghada-tourism", 0.97),
        ("lebanon-baabda-diplomacy", 0.97),
        ("algeria-ouargla-agriculture", 0.95),
        ("morocco-oujda-oriental", 0.96),
        ("saudi-makkah-hajj", 0.90),
        ("tunisia-tunis-health", 0.94),
        ("uae-dubai-aviation", 0.98),
        // Round 36 (after round 35's rules): New Alamein's towers, Lebanon's power plants,
        // Tlemcen's monuments, Tetouan's university, the Riyadh Metro, Kuwait's hospitals, Oman's
        // winter season; scored blind (four packs, 0.805–0.932), then a hospital named by its
        // town, a centre by its country with its complement, a park after a king, a power plant
        // by its town as words of place, `منتجع` no name, a word of place after `ب` ending a
        // body's chain; and the packs' North Coast and Tlemcen sites, Oman's ports and
        // airlines, Spanish universities and cities, Kuwait's hospitals.
        ("egypt-alamein-development", 0.95),
        ("lebanon-beirut-energy", 0.96),
        ("algeria-tlemcen-heritage", 0.96),
        ("morocco-tetouan-university", 0.94),
        ("saudi-riyadh-metro", 0.96),
        ("kuwait-kuwait-health", 0.96),
        ("oman-muscat-tourism", 0.98),
        // Round 37 (after round 36's rules): Cairo's monorail, Byblos's heritage, Gara
        // Djebilet's iron, OCP at Benguerir, Jazan's industrial city, Bahrain's banks, Najaf's
        // airport; scored blind (four packs, 0.861–0.946), then BNA's `/ بنا /`, `وفدًا` no name,
        // a road named after a date no date; and the packs' airlines, Najaf's and Jazan's sites,
        // Byblos's, Sheikh Zayed City, Bank ABC, the Alexandria Port Authority.
        ("egypt-cairo-monorail", 0.94),
        ("lebanon-byblos-heritage", 0.97),
        ("algeria-bechar-mining", 0.97),
        ("morocco-benguerir-phosphate", 0.97),
        ("saudi-jazan-industry", 0.97),
        ("bahrain-manama-finance", 0.90),
        ("iraq-najaf-airport", 0.96),
        // Round 38 (after round 37's rules): Sharm El-Sheikh's African meeting, Zahle's wineries,
        // Oran's desalination plant, Morocco's by-election, Riyadh's National Museum, Benghazi's
        // port (LANA), Ramallah's economy (WAFA); scored blind (four packs, 0.807–0.905), then
        // `فرص` no name, `جهة` a word of place, the first of two months joined by `إلى` after
        // `من` a date; and the packs' museums, ports, airlines, Palestinian bodies, ministers.
        ("egypt-sharm-summit", 0.98),
        ("lebanon-zahle-wine", 0.92),
        ("algeria-oran-desalination", 0.97),
        ("morocco-rabat-elections", 0.94),
        ("saudi-riyadh-museum", 0.96),
        ("libya-benghazi-port", 0.96),
        ("palestine-ramallah-economy", 0.98),
        // Round 39 (after round 38's rules): El Mahalla's spinning mills, Beirut's universities,
        // Hassi Messaoud's contracts, Essaouira's Gnawa residencies, Riyadh's solar and wind
        // projects, Sfax's port (TAP), Iraq's election results (INA); scored blind (four packs,
        // 0.849–0.977), then a company named by its country and complement, `العضو` and a
        // woman's past verbs no names, the Maghreb's double first names, a title's field after
        // `في`, a university with its city and a chamber in a title's chain, `علي` and a nisba
        // ending the clause, a half of a month as the month; and the packs' Tunisian ports and
        // ferries, Iraq's parties and election commission, pipelines, TotalEnergies' and Eni's
        // chief executives.
        ("egypt-mahalla-textiles", 0.98),
        ("lebanon-beirut-universities", 0.96),
        ("algeria-hassimessaoud-oil", 0.97),
        ("morocco-essaouira-festival", 0.95),
        ("saudi-riyadh-energy", 0.98),
        ("tunisia-sfax-port", 0.97),
        ("iraq-baghdad-elections", 0.96),
        // Round 40 (after round 39's rules): Cairo's startup forum, Nabatieh's schools,
        // Tamanrasset's solar plants, the Casablanca derby, Buraidah's dates festival, Irbid's
        // refugees (Petra), Abu Dhabi's museums (WAM); scored blind (four packs, 0.857–0.977),
        // then the holder's nationality between the commas, `لدينا`, museums, schools and
        // chambers named after someone or their town, an island's name, a common place opening
        // the dateline, `السعودية` after `لل` and a plural, a construct noun in `ة` after a name,
        // `بقيادة`; and the packs' museums, Saadiyat, Jordan's, Tamanrasset's and Qassim's places,
        // Morocco's league and stadiums, Egypt's fintech.
        ("egypt-cairo-startups", 0.96),
        ("lebanon-nabatieh-schools", 0.95),
        ("algeria-tamanrasset-solar", 0.98),
        ("morocco-casablanca-football", 0.96),
        ("saudi-qassim-dates", 0.98),
        ("jordan-irbid-refugees", 0.98),
        ("uae-abudhabi-culture", 0.97),
        // Round 41 (after round 40's rules): Ismailia's fish farms, Jounieh's winter season,
        // Skikda's petrochemicals, Noor Ouarzazate, Taif's roses, Doha's Olympic bid (QNA),
        // Homs's reconstruction (SANA); scored blind (four packs, 0.854–0.970), then lakes,
        // mosques, more first names, no body's name after a preposition, a period across the new
        // year read from its first day, a weekday with `في` before its date, an event's year
        // after `ل`; and the packs' Canal lakes, Keserwan's and Taif's places, Homs's
        // neighbourhoods, Aspire, Qatar's league, KfW, Samsung E&A.
        ("egypt-ismailia-fish", 0.93),
        ("lebanon-jounieh-tourism", 0.98),
        ("algeria-skikda-petrochem", 0.95),
        ("morocco-ouarzazate-solar", 0.97),
        ("saudi-taif-roses", 0.93),
        ("qatar-doha-sport", 0.97),
        ("syria-homs-reconstruction", 0.95),
        // Round 42 (after round 41's rules): Tuna el-Gebel's discovery, Tripoli's port,
        // Constantine's cancer centre, Al Boraq's extension, Madinah's airport, Kuwait's
        // scholarships (KUNA), Djerba's season (TAP); scored blind (four packs, 0.854–0.968), then
        // border crossings after their word and its dual, `مختلف` no name, `روني`, Roman after
        // archaeology and after Greek; and the packs' Minya sites, Djerba's places and airlines,
        // Madinah's airport companies, Constantine's university hospital.
        ("egypt-minya-antiquities", 0.95),
        ("lebanon-tripoli-port", 0.95),
        ("algeria-constantine-health", 0.93),
        ("morocco-tangier-highspeed", 0.94),
        ("saudi-madinah-airport", 0.90),
        ("kuwait-kuwait-education", 0.93),
        ("tunisia-djerba-tourism", 0.93),
        // Round 43 (after round 42's rules): Damietta's furniture city, Batroun's coast, Sétif's
        // sowing season, the SIAM in Meknes, the Hail rally, Petra's season (Petra), the Sharjah
        // book fair (WAM); scored blind (four packs, 0.707–0.916), then a demonym after a
        // conjunct or an international body's complement, another first name before `بن`,
        // venues for exhibitions as places, a queen's airport, `لاسيما` and `ستكون` no names,
        // universities named after someone, Lebanon's municipalities, `اليوم` before its
        // object; and the packs' Petra, Batroun's coast, Sétif's and Taounate's towns.
        ("egypt-damietta-furniture", 0.95),
        ("lebanon-batroun-environment", 0.96),
        ("algeria-setif-cereals", 0.94),
        ("morocco-meknes-agriculture", 0.96),
        ("saudi-hail-rally", 0.90),
        ("jordan-petra-tourism", 0.95),
        ("uae-sharjah-book-fair", 0.93),
        // Round 44 (after round 43's rules): Aswan's winter season, Sidon's hospitals, Oran's
        // university, Agadir's stadium, Jeddah's waterfront, Basra's gas (INA), Sohar's port
        // (ONA); scored blind (four packs, 0.817–0.951), then a titled person's nisba surname
        // after a verb of saying, names in quotation marks after an institution's, a company's
        // foreign name before its trade, ONA between marks, a region opening a body's
        // complement, `كريم`/`أمينة`/`جميل`; the start and end of a year as its first and last
        // month; and the packs' Basra fields, Sohar's partners, Nubia, Agadir's club.
        ("egypt-aswan-tourism-winter", 0.95),
        ("lebanon-sidon-hospitals", 0.97),
        ("algeria-oran-university", 0.96),
        ("morocco-agadir-football", 0.94),
        ("saudi-jeddah-corniche", 0.91),
        ("iraq-basra-gas", 0.98),
        ("oman-sohar-port", 0.93),
        // Round 45 (after round 44's rules): Port Said's shipyard, Beirut's National Museum,
        // Tizi Ouzou's olive season, Fes's university hospital, Al-Ahsa's dates festival,
        // Latakia's port (SANA), Sfax's olive oil exports (TAP); scored blind (four packs,
        // 0.812–0.951), then a club named as its city read by the words of sport around it, a
        // verbal noun after `ب` and "one of these" no names; and the packs' Kabylia towns,
        // Al-Ahsa's sites, Beirut's museums, the shipyard and Damen.
        ("egypt-port-said-shipyard", 0.95),
        ("lebanon-beirut-culture-museum", 0.96),
        ("algeria-tizi-ouzou-olive", 0.93),
        ("morocco-fes-university-medicine", 0.97),
        ("saudi-alahsa-dates", 0.97),
        ("syria-latakia-port", 0.94),
        ("tunisia-sfax-olive-oil-exports", 0.95),
        // Round 46 (after round 45's rules): the New Capital's cabinet, Zgharta's elections,
        // Annaba's tourism, a climate conference in Marrakech, Tabuk's winter festival, Kuwait's
        // budget (KUNA), Nablus's olive harvest (WAFA); scored blind (four packs, 0.857–0.951),
        // then a ruling family's name ending a name of four, `آنذاك`, `صلاح الدين` as a first
        // name, `إفريقيا` as an adjective, a saint's university, a Saudi `أمانة`, KUNA's
        // dateline; and the packs' Nablus villages, Tabuk's sites, Lebanon's parties.
        ("egypt-new-capital-government", 0.91),
        ("lebanon-zgharta-elections", 0.93),
        ("algeria-annaba-tourism", 0.96),
        ("morocco-marrakech-cop-climate", 0.97),
        ("saudi-tabuk-winter-festival", 0.97),
        ("kuwait-kuwait-parliament-budget", 0.96),
        ("palestine-nablus-olive-harvest", 0.98),
        // Round 47 (after round 46's rules), five stories: Mansoura's university hospitals,
        // Tyre's Roman sites, Biskra's dates, Laayoune's wind farms, the Riyadh book fair; scored
        // blind (four packs, 0.872–0.964), then a guest of honour and a teaching staff no names;
        // and the packs' Biskra towns, Al-Bass, Phosboucraa, the Japan Foundation.
        ("egypt-mansoura-university", 0.89),
        ("lebanon-tyre-archaeology", 0.90),
        ("algeria-biskra-dates", 0.95),
        ("morocco-laayoune-renewables", 0.98),
        ("saudi-riyadh-book-fair", 0.94),
        // Round 48 (after round 47's rules), seven stories: Faiyum's tourism, the Chouf's cedars,
        // Ghardaïa's ksour, Kenitra's car plants, Yanbu's petrochemicals, Kairouan's heritage,
        // Cairo's telecoms; scored blind (four packs, 0.835–0.916), then a hamza-written first
        // name after a title, an unlisted first name before `بن`, an acronym in brackets in a
        // title, a head with a pronoun, Korean demonyms, a common place abroad unsupported; and
        // the packs' Kenitra, the M'zab's ksour, the Chouf's towns, Kairouan's monuments,
        // Vodafone and Orange Egypt, ISESCO, the Royal Commission for Jubail and Yanbu.
        ("egypt-fayoum-tourism", 0.89),
        ("lebanon-chouf-cedars", 0.98),
        ("algeria-ghardaia-heritage", 0.95),
        ("morocco-kenitra-automotive", 0.95),
        ("saudi-yanbu-petrochemicals", 0.95),
        ("tunisia-kairouan-heritage", 0.96),
        ("egypt-cairo-telecom", 0.95),
        // Round 49 (after round 48's rules), seven stories: Sohag's hospital, Akkar's wheat,
        // Djelfa's Green Dam, Nador West Med, Jubail's industry, a Doha finance forum, Bizerte's
        // bridge; scored blind (four packs, 0.854–0.961), then a namesake capital among its
        // country's towns, a nisba-named country in the accusative as the demonym, a company's
        // nisba after a definite noun as its adjective, two people of one surname, Morocco's
        // `عامل`; and the packs' Green Dam, North Field, Ras Laffan, Bizerte's bridge and port,
        // Akkar's towns, KOICA, the UNCCD.
        ("egypt-sohag-health", 0.98),
        ("lebanon-akkar-wheat", 0.96),
        ("algeria-djelfa-green-dam", 0.98),
        ("morocco-nador-west-med", 0.94),
        ("saudi-jubail-industry", 0.96),
        ("qatar-doha-finance", 0.98),
        ("tunisia-bizerte-bridge", 0.97),
        // Round 50 (after round 49's rules), seven stories: Matrouh's Ras El Hekma, Beirut's
        // medicines, Tébessa's phosphate, Safi's port, Diriyah, Ur, Salalah's port; scored blind
        // (four packs, 0.872–0.932), then a nisba-named place as a family name, a place after
        // the father's name, a name between commas in `و`, the Kabyle `أيت`, a third word in the
        // feminine plural as the object, two common places after `بين`, a definite common place
        // after a definite noun as its adjective; and the packs' Dhofar, Ur and Sumer's sites,
        // the Indian Ocean, Engie, Nareva, Rosatom, the Salalah Free Zone.
        ("egypt-matrouh-development", 0.97),
        ("lebanon-beirut-medicines", 0.97),
        ("algeria-tebessa-phosphate", 0.98),
        ("morocco-safi-port", 0.96),
        ("saudi-diriyah-heritage", 0.96),
        ("iraq-nasiriyah-ur", 0.94),
        ("oman-salalah-port", 0.95),
        // Round 51 (after round 50's rules), seven stories: the Giza pyramids, Sidon's fishermen,
        // Oran's airport, Ouarzazate's studios, Abha's airport, Kuwait's housing (KUNA),
        // Ramallah's schools (WAFA); scored blind (four packs, 0.850–0.990), then KUNA's
        // dateline on a long lead line, a city by a direction and a person's name, a tourist's
        // title, a family name after a verb of saying before its object, WAFA after its date;
        // and the packs' Kuwait's new cities and National Assembly, Adloun, Memphis, Atlas
        // Studios, Birzeit University, China's contractors.
        ("egypt-giza-pyramids", 0.96),
        ("lebanon-sidon-fishermen", 0.98),
        ("algeria-oran-airport", 0.95),
        ("morocco-ouarzazate-cinema", 0.98),
        ("saudi-abha-airport", 0.97),
        ("kuwait-kuwait-housing", 0.98),
        ("palestine-ramallah-education", 0.95),
        // Round 52 (thirty-first session), seven stories: Beni Suef's cement, Hermel's water,
        // Timgad, Beni Mellal's irrigation, Al-Kharj's dairies, Zarqa's industry (Petra),
        // Kirkuk's oil (INA); scored blind (four packs, 0.860–0.929), then `عامر` and `وانغ` as
        // first names, `علي` before a family name a comma closes, `مجرى` not Hungarian, Roman
        // not Romanian, a field's station by what it does; and the packs' Iraqi oil companies
        // and fields, Jordan's Zarqa districts, the Orontes, Tadla, Almarai and Riyadh's deputy
        // emir.
        ("egypt-benisuef-cement", 0.95),
        ("lebanon-hermel-water", 0.94),
        ("algeria-batna-timgad", 0.98),
        ("morocco-benimellal-irrigation", 0.97),
        ("saudi-alkharj-dairy", 0.95),
        ("jordan-zarqa-industry", 0.98),
        ("iraq-kirkuk-oil", 0.96),
        // Round 53 (thirty-first session), seven stories: Qena's sugar, Marjayoun's
        // reconstruction, El Oued's potatoes, the Tafilalt's oases, Najran's Al-Ukhdood,
        // Tozeur's dates (TAP), Misrata's steel (LANA); scored blind (four packs, 0.840–0.935),
        // then a farmer's title, a preposition before a plural, a crossing named after a person,
        // and the packs' Qena, Souf, the Tafilalt, Al-Ukhdood, Tunisia's and Libya's bodies.
        ("egypt-qena-sugar", 0.96),
        ("lebanon-marjayoun-reconstruction", 0.94),
        ("algeria-eloued-potatoes", 0.97),
        ("morocco-errachidia-oases", 0.98),
        ("saudi-najran-heritage", 0.98),
        ("tunisia-tozeur-dates", 0.93),
        ("libya-misrata-steel", 0.93),
        // Round 54 (thirty-first session), seven stories: Kafr El Sheikh's rice, Halba's
        // hospital, Djen Djen's port, Jorf Lasfar, Al-Jouf's olives, Daraa's wheat (SANA),
        // Karbala's pilgrims (INA); scored blind (four packs, 0.819–0.951), then the vocative
        // `يا`, `بكامل`, a verb of the form أفعل before its object, the republic's governorates,
        // mid-Sha'ban, a day and month after tomorrow's weekday, and the packs' Karbala shrines,
        // Hauran, Nassib, Djen Djen and Kafr El Sheikh's districts.
        ("egypt-kafrelsheikh-rice", 0.95),
        ("lebanon-halba-hospital", 0.95),
        ("algeria-jijel-port", 0.96),
        ("morocco-eljadida-jorflasfar", 0.95),
        ("saudi-jouf-olives", 0.97),
        ("syria-daraa-wheat", 0.97),
        ("iraq-karbala-arbaeen", 0.98),
        // Round 55 (thirty-first session), seven stories: Saint Catherine, Jezzine, Gara
        // Djebilet, Chefchaouen, Jadidat Arar, Mukalla's port (SABA), Madaba's mosaics (Petra);
        // scored blind (four packs, 0.727–1.000), then a governor's title ending the name
        // before it, a church after its saint, three words that are no names, and the packs'
        // Madaba, Mount Nebo, Sinai's governorates (no longer the embedded peninsula's
        // aliases), Jezzine's and Chefchaouen's sites, Hadramawt's towns.
        ("egypt-stcatherine-tourism", 0.95),
        ("lebanon-jezzine-tourism", 0.93),
        ("algeria-tindouf-iron", 0.98),
        ("morocco-chefchaouen-tourism", 0.96),
        ("saudi-arar-border", 0.96),
        ("yemen-mukalla-port", 0.94),
        ("jordan-madaba-mosaics", 0.96),
        // Round 56 (thirty-first session), seven stories: Marsa Alam, Rashaya's apples,
        // Mostaganem's port, Al Hoceima's fishermen, Al-Baha's forest park, Jericho's dates
        // (WAFA), Nizwa's forts (ONA); scored blind (four packs, 0.822–0.938), then a region's
        // members of parliament in a list, a pass after a king, Klaus not Laos, a Hijri date's
        // year after yesterday's weekday, and the packs' towns, reserves and forts.
        ("egypt-marsaalam-tourism", 0.96),
        ("lebanon-rashaya-apples", 0.93),
        ("algeria-mostaganem-port", 0.95),
        ("morocco-alhoceima-fisheries", 0.90),
        ("saudi-baha-tourism", 0.96),
        ("palestine-jericho-dates", 0.97),
        ("oman-nizwa-heritage", 0.95),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/heldout");
    let on_disk = std::fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".gold.json")).count();
    assert_eq!(on_disk, floors.len(), "a held-out fixture without a floor");
    let mut failures = String::new();
    for (name, floor) in floors {
        let (t, _) = run_with(&format!("heldout/{name}"), with_packs());
        let msg = report(name, &t);
        eprintln!("{msg}");
        if t[0].f1 < floor || t[0].precision < 0.9 || t[2].f1 < 0.9 {
            failures += &msg;
        }
    }
    assert!(failures.is_empty(), "below the held-out floors:\n{failures}");
}
