//! People the knowledge base does not know, found by their title.
//!
//! `الرئيس …`, `وزير الخارجية … …`, `الرقيب أول … …`, `الشيخ`, `الأمير`, `السيد` followed by a
//! name: the name becomes an unlinked `person` mention, so the reader still sees it highlighted.
//! A name is one to three words after the title (and after any nationality or mention that
//! qualifies the title, `الرئيس الكازاخستاني`) that are not function words, common verbs or
//! already part of another mention; a word with the article `ال` ends it (`السيسي`).
//!
//! With no title, a first name of [`GIVEN_NAMES`] starts a name the same way, as a title of no
//! length would, when one more word of the name follows it (`وليد الركراكي`).

use super::gazetteer::{next_word, offset_in, overlaps_sorted, previous_word, strip_proclitic, Span};
use super::MentionType;
use crate::kb::EntityType;
use crate::normalize::{is_word_char, keep_leftmost_longest, normalize_str, whole_word_occurrences, Normalized};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Single-word titles, as written (normalised when compiled).
const TITLES: &[&str] = &[
    "الرئيس", "الرئيسة", "القديس", "القديسة", "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "السلطان",
    "الوزير", "الوزيرة", "النائب", "النائبة", "السفير", "السفيرة", "الجنرال", "اللواء", "العميد", "العقيد", "العماد",
    "المشير", "الفريق", "الرقيب", "النقيب", "الرائد", "الملازم", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "القاضي",
    "المستشار", "المستشارة", "الإمام", "البابا", "الكاردينال", "الحاخام", "المطران", "المرشد", "الناطق",
    "المتحدث", "الصحافي", "الصحفي", "المراسل", "الكاتب", "الروائي", "الفنان", "الفنانة", "اللاعب", "المدرب",
    "النجم", "الناشط", "الناشطة", "المحلل", "الخبير", "الباحث", "الأستاذ", "البروفيسور", "المحافظ", "المبعوث",
    "الأدميرال", "الموفد", "الموفدة", "المتحدثة", "الناطقة", "القنصل", "المندوب", "المندوبة", "المدير",
    "المديرة",
    // A commissioner (`المفوض الأوروبي للطاقة والإسكان، دان يورغنسن،`), and a minister's
    // counterpart, named after his nationality (`ونظيره السوري مرهف أبو قصرة`).
    "المفوض", "المفوضة", "نظيره", "نظيرته", "نظيرها",
    // Who heads a delegation or a body (`وفدا … برئاسة سليم صفير`).
    "برئاسة",
    // Two holders of a title (`النائبان ملحم خلف وبولا يعقوبيان`): see `DUAL_TITLES`.
    "النائبان", "النائبين", "الوزيران", "الوزيرين", "السفيران", "السفيرين", "اللاعبان", "اللاعبين",
    // Honorifics that stand for a title (`قال معالي خلدون المبارك`).
    "معالي", "سعادة", "فخامة",
    // A ministry's minister, after its name (`بالتعاون مع وزارة البيئة ووزيرتها تمارا الزين`).
    "وزيرها", "وزيرتها",
];

/// Titles in the dual (normalised): two holders named after them, joined by `و`.
const DUAL_TITLES: &[&str] = &["النائبان", "النائبين", "الوزيران", "الوزيرين", "السفيران", "السفيرين", "اللاعبان", "اللاعبين"];

/// A region's members of parliament in the construct state, the dual or the plural (`نائبا
/// المنطقة علي فياض وقاسم هاشم`, `نواب عكار وليد البعريني وسجيع عطية`): every holder after the
/// first follows `و`. (`نائبا` is also the accusative "as a deputy": one holder is enough.)
const LIST_TITLES: &[&str] = &["نواب", "نائبا", "نائبي"];

/// Occupations of the sport and culture pages: a name after one is a person, but they do not
/// make a common word after them a known person (`الشاعر المنفي` is "the exiled poet").
const OCCUPATIONS: &[&str] = &[
    "المهاجم", "المدافع", "الحارس", "اللاعبة", "المدربة", "المخرج", "المخرجة", "المايسترو", "المطرب", "المطربة",
    "المغني", "المغنية", "الملحن", "الممثل", "الممثلة", "الشاعر", "الشاعرة", "الأديب", "الأديبة", "الكاتبة",
    "الروائية", "الإعلامي", "الإعلامية", "المصور", "النحات", "الرسام", "الأب", "الأخت", "السوبرانو", "التينور",
    "المصمم", "المصممة", "الموسيقي", "الموسيقار", "المؤلف", "المؤلفة", "المؤرخ", "المؤرخة",
    "المعماري", "المعمارية",
    // A potter (`الخزافة السويسرية ماريان كلر`). (Not `الحرفية`, also the adjective "of
    // crafts": `للمنتجات الحرفية وعروضًا`.)
    "الخزاف", "الخزافة",
    // A tourist (`السائحة الصينية وانغ مي`).
    "السائح", "السائحة",
    // A master of Gnawa music (`المعلم حميد القصري`); also "the teacher", and "the landmark",
    // which no name follows.
    "المعلم",
    // A farmer (`الفلاح الطاهر بن سالم`; not `المزارع`, also "the farms": `المزارع حصلت على`).
    "الفلاح",
];

/// Titles made of a head noun and a qualifier with the article (`وزير الخارجية`, `رئيس الوزراء`).
const TITLE_HEADS: &[&str] = &[
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "سفير", "قائد", "زعيم", "أمين", "مستشار", "ولي", "مدير", "مديرة",
    "محافظ", "حاكم", "أمير", "مبعوث", "الأمين", "متحدث", "مدرب", "لاعب", "مهاجم", "حارس", "نجم", "عازف",
    "نقيب", "مفوض", "مفوضة", "سفيرة", "متحدثة", "قنصل", "موفد", "مندوب", "جناح",
    // A secretary of state in the Maghreb (`كاتبة الدولة المكلفة بالمناجم، كريمة بكير طافر`) and a
    // coordinator (`منسق الإغاثة في حالات الطوارئ توم فليتشر`).
    "كاتب", "كاتبة", "منسق", "منسقة",
    // A region's members of parliament (see [`LIST_TITLES`]).
    "نواب", "نائبا", "نائبي",
    // A body's representative (`ممثل المفوضية في لبنان إيفو فرايسن`).
    "ممثل", "ممثلة",
    // A member (`عضو المكتب التنفيذي للجامعة`), a professor (`أستاذ العلوم السياسية في جامعة
    // بغداد إحسان الشمري`).
    "عضو", "عضوة", "أستاذ", "أستاذة",
    // With a pronoun, "its coach", "her chief executive": `مدربه الألماني ماتياس يايسله`,
    // `رئيسها التنفيذي الإيطالي ستيفانو دومينيكالي`, `أمينه العام الماليزي ويندسور جون`.
    "مدربه", "مدربها", "رئيسه", "رئيسها", "أمينه", "أمينها", "مديره", "مديرها", "نائبه", "نائبها", "قائده",
    "قائدها", "مستشاره", "جناحه", "مهاجمه", "حارسه", "سفيرها",
    // "Her president", "its director" (f.): `جمعية أرز الشوف ورئيستها نورا جنبلاط`.
    "رئيستها", "رئيسته", "مديرتها", "مديرته", "نائبتها", "نائبته",
];

/// Words after a title that qualify it rather than name the person.
const QUALIFIERS: &[&str] = &[
    "أول", "ركن", "الركن", "آنذاك", "حينها", "حينذاك", "السابق", "السابقة", "الأسبق", "سابقا", "سابقاً", "حاليا", "حالياً", "الراحل", "الراحلة", "الحالي", "المنتخب", "المكلف", "المستقيل", "الجديد", "العام",
    "الأعلى", "سمو", "سموه", "جلالة", "فخامة", "معالي", "سعادة", "حضرة", "صاحب", "السمو",
    "في", "الشرطة", "الجيش", "باسم", "الحكومة", "الوزراء", "العهد", "الخاص", "مجلس", "هيئة", "لجنة", "وزارة",
    "جهاز", "حكومة", "مكتب", "دائرة", "مؤسسة", "مركز", "الاتحاد", "الدولة", "التنفيذي", "التنفيذية", "المنتدب",
    "مرمى", "وسط",
    // A rank among holders of one title: `الوزير الأول`, `الكاتب الأول`, `النائب الثاني`.
    "الأول", "الأولى", "الثاني", "الثانية",
    // `القائم بأعمال وزير المالية`: who acts for the holder.
    "القائم", "بأعمال",
    // A body the title belongs to, after `ل`: `الرئيس التنفيذي لشركة …`, `المدير العام لمؤسسة …`.
    "لشركة", "لمجموعة", "لمؤسسة", "لهيئة", "لمجلس", "لجهاز", "لبنك", "لصندوق", "لنادي", "لمنظمة", "لوكالة",
    "لمفوضية", "لسلطة", "لمديرية", "لمصلحة", "لمركز", "لمعهد", "لجامعة",
];

/// Words that never start or continue a name: function words and the verbs news puts after a
/// name.
const NOT_NAME: &[&str] = &[
    // `جال` "toured", opening a lead (`زحلة - وطنية - جال وزير الزراعة`).
    // "In the presence of", "accompanied by" (`رفقة والي وهران وبحضور سفير إيطاليا`).
    "بحضور", "وبحضور", "رفقة", "برفقة",
    // "The guests" (`رحب محافظ الإسكندرية بضيوف المؤتمر`), "delegations", "ways", "programme";
    // Morocco's `عامل`, a province's governor, after another title (`والي الجهة عامل إقليم
    // العيون`).
    "ضيوف", "بضيوف", "وفود", "بوفود", "سبل", "برنامج", "عامل",
    // "Branch" (`المدير العام لفرع المجموعة`); "God protect him" after a ruler's titles.
    "فرع", "لفرع", "رعاه", "حفظه", "منتجع", "وفد", "وفدا",
    // What a minister visits or signs (`زارت الوزيرة معرضا`, `توقيع المحافظ عقدا`), inspects
    // (`تفقد رئيس الوزراء أعمال توسعة المطار`) or marks (`الاحتفال الرئيس بذكرى يوم التأسيس`).
    "معرضا", "عقدا", "أعمال", "ذكرى", "بذكرى",
    // "Opportunities" (`استعرض مع وزير الخارجية السنغالي فرص الاستثمار`).
    "فرص",
    // "With all", "at full" (`صحن العقيلة زينب بكامل طاقته`), "with what", "became" (`بات
    // يطلب`) and "a space" (`سيخصص جناح المغرب حيزا مهما`).
    "بكامل", "بكل", "بكافه", "بجميع", "بما", "بات", "حيزا",
    // A title after the name (`المهندس أحمد بدر العضو المنتدب لشركة …`), and a woman
    // minister's verbs in a headline (`كرامي بحثت مع رؤساء الجامعات`).
    "العضو", "العضوة", "بحثت", "ناقشت", "التقت", "زارت", "استقبلت", "دعت",
    // "The various", "all" (`دعا الوزير مختلف المتدخلين`).
    "مختلف", "كافة", "سائر",
    "جال", "جالت",
    "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أو", "ثم", "قد", "لقد", "لم", "لن", "لا", "ما", "هو", "هي", "هم",
    "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت",
    "يزور", "زار", "التقى", "يلتقي", "خلال", "بعد", "قبل", "عند", "حيث", "أمس", "اليوم", "غدا", "لدى", "بين", "منذ",
    "حول", "ضد", "عبر", "دون", "إلا", "إذا", "إذ", "كما", "لكن", "بل", "حتى", "إنه", "إنها", "يوم", "صباح", "مساء",
    "وصل", "غادر", "دعا", "طالب", "شدد", "أشار", "أضاف", "أوضح", "صرح", "كشف", "رد", "نفى", "وقع", "استقبل",
    "بحث", "ناقش", "هنا", "هناك", "جميع", "كل", "بعض", "عدد", "عددا", "رحب", "أكثر", "أقل", "نحو", "حوالي", "أيضا", "فقط",
    "نفسه", "نفسها", "ذاته", "وزير", "رئيس", "الرئيس", "بلاده", "بلادها", "الحكومة", "الدولة", "المقال", "عام",
    "سنة", "الذي", "الأسبوع", "الشهر", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "لها", "له", "لهم", "بها", "به", "فيها", "فيه", "منها", "منه",
    "مجلس", "هيئة", "لجنة", "وزارة", "جهاز", "حكومة", "مكتب", "دائرة", "مؤسسة", "مركز", "نظير", "نظيره",
    "نظيرها", "نظيرته", "نظراءه", "نظرائه", "بدوره", "بدورها", "وفد", "الوفد", "مسؤول", "مسؤولي", "مسؤولا",
    "أمام", "وراء", "خلف", "تحت", "فوق", "إزاء", "عقب", "إثر", "بشأن", "حيال", "ضمن", "نيابة", "لدى",
    // An airport's adjective, never a family name: after `مطار الملك خالد الدولي` it had made
    // every later `الدولي` a person.
    "الدولي", "الدولية",
    // Times of day (`وقالت الوزيرة … صباحا، إن`).
    "صباحا", "ظهرا", "عصرا", "ليلا",
    // Where a meeting was held (`رئيس الهيئة … بمقر وزارة الصحة`).
    "مقر", "بمقر", "لمقر",
    // A region after a body's name (`المديرة الإقليمية لمنظمة الصحة العالمية لشرق المتوسط`).
    "لشرق", "لغرب", "لشمال", "لجنوب",
    // `أن` "that" with a preposition (`أفاد المحافظ عبد الله كميل بأن …`).
    "بأن", "بأنه", "بأنها", "لأن", "لأنه", "لأنها", "كأن",
    // Causes and purposes after a name (`جهود جناحه الجزائري رياض محرز بسبب الإصابة`).
    "بسبب", "نتيجة", "جراء",
    // What a prince or minister conveys after his name (`ورفع الأمير سعود بن مشعل الشكر لخادم
    // الحرمين الشريفين`): objects, not a family name with the article.
    "الشكر", "التهنئة", "التعازي", "التحية", "التقدير", "الامتنان",
    // What a minister presents (`قدم وزير الري عرضا حول …`, `قدم الوزير الأول حصيلة`).
    "عرضا", "تقريرا", "بيانا", "شرحا", "مقترحا", "اقتراحا", "طلبا", "وعدا", "تعهدا", "حصيلة", "كلمة", "رسالة",
    "اجتماعا", "لقاء", "جولة", "زيارة", "اتصالا", "حفلا",
    // A minister's verb after his title (`محمود توفيق وزير الداخلية وجه بمواصلة الضربات`), and
    // a date's noun (`بتاريخ`).
    "وجه", "وجهت", "بتاريخ",
    // "Especially" after a place (`بولاية ميلة، لاسيما بسهل التلاغمة`), and "will be" after
    // a first name that is also a mountain's (`جبال أجا وسلمى ستكون شاهدة`).
    "لاسيما", "ولاسيما", "سيما", "خصوصا", "تحديدا", "ستكون", "سيكون", "ستصبح", "سيصبح", "ستبقى", "سيبقى",
    // "Representatives" after a governor's province (`محافظ شمال الباطنة وممثلين عن الهيئة`).
    "ممثلين", "ممثلي", "ممثلو",
    // "One of these" in apposition (`الدكتورة سلمى بنيس، إحدى هؤلاء الأطباء`).
    "إحدى", "أحد", "هؤلاء",
    // A country as a fair's guest of honour (`واليابان ضيفا للشرف`, `جناح اليابان ضيف شرف`).
    "ضيف", "ضيفا", "ضيفة",
];

/// Second halves of compound first names (normalised): `نور الدين داودي`, `محيي الدين سالم`,
/// `سيف الإسلام`, `عبد الله`. After one of them the family name follows; they end no name.
const COMPOUND_SECONDS: &[&str] = &["الله", "الدين", "الاسلام", "الزهراء"];

/// Definite second halves of the Maghreb's double first names after `محمد` or `أحمد`
/// (normalised): `محمد المهدي بنسعيد`, `محمد الأمين`, `محمد الطاهر`, `محمد الصالح`.
const DOUBLE_FIRST_SECONDS: &[&str] = &[
    "المهدي", "الامين", "الطاهر", "الصالح", "العربي", "الحبيب", "الهادي", "المنصف", "الناصر", "الصادق", "البشير",
    "المختار", "الشيخ", "الكبير", "المصطفي", "المكي", "المدني", "الحسن", "الحسين", "السعيد", "الطيب", "العيد",
];

/// What a body in a title is for, after `ل` and before a definite noun (normalised): `لكرة القدم`,
/// `لحقوق الإنسان`, `لألعاب القوى`, `لمكافحة الفساد`.
const TITLE_COMPLEMENTS: &[&str] = &["لكره", "لحقوق", "لالعاب", "لمكافحه"];

/// The head of a second portfolio in a minister's title (`وشؤون المغتربين`), with its proclitic;
/// the definite word after it is then a qualifier too.
const PORTFOLIOS: &[&str] = &["وشؤون", "لشؤون", "بشؤون", "شؤون", "وأمن", "لأمن"];

/// Bodies a title head names in the construct state, before their complement with the article
/// (`رئيس مجلس النواب`).
const CONSTRUCT_BODIES: &[&str] = &[
    "مجلس", "هيئة", "لجنة", "وزارة", "جهاز", "حكومة", "مكتب", "ديوان", "دائرة", "مؤسسة", "مركز", "بنك", "وكالة",
    "بلدية", "شركة", "مجموعة", "صندوق", "نادي", "اتحاد", "منظمة", "سلطة", "مرمى", "مجمع", "جمعية", "مصرف",
    "حزب", "تيار", "حركة", "بعثة",
    // A university, a faculty, an institute, a chamber (`رئيس جامعة بغداد`, `رئيس غرفة التجارة
    // والصناعة بصفاقس منير الجموسي`).
    "جامعة", "كلية", "معهد", "غرفة",
    // A port's or an airport's director (`المدير العام لمرفأ بيروت عمر عيتاني`).
    "مرفأ", "ميناء", "مطار",
];

/// First names that are no ordinary word of news Arabic (`حسن` "good", `عمر` "age", `نور`
/// "light", `جمال`, `سلطان`, `منى` and the like are left out): a name starts at one of them, with
/// no title before it, when one more word of the name follows (`وليد الركراكي`, `جورج تقلا`,
/// `ألفريد ستيرن`). Arabic names of the Levant, the Gulf, Egypt and the Maghreb, and the foreign
/// names the press writes most.
pub(crate) const GIVEN_NAMES: &[&str] = &[
    "محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "إسماعيل", "يوسف", "يعقوب", "إسحاق", "موسى", "عيسى", "يحيى",
    "زكريا", "سليمان", "داود", "خالد", "وليد", "طارق", "زياد", "عمرو", "عثمان", "حسين", "حسام", "هشام", "هاني",
    "هيثم", "وائل", "باسل", "بسام", "فيصل", "نايف", "مروان", "رامي", "سامر", "ماهر", "شادي", "فادي", "غسان", "نزار",
    "أنور", "مازن", "أيمن", "أسامة", "حمزة", "عمار", "ياسر", "ياسين", "مهدي", "مجدي", "حمدي", "رشدي", "فتحي", "صبري",
    "شكري", "لطفي", "عزت", "حاتم", "عصام", "إياد", "أمجد", "أكرم", "أنس", "بلال", "جعفر", "حيدر", "عباس", "قيس",
    "لؤي", "معاذ", "منذر", "نجيب", "ماجد", "سعود", "سلمان", "تميم", "حمدان", "زايد", "عبد", "عبدالله", "عبدالرحمن",
    "عبدالعزيز", "عبدالمجيد", "عبدالفتاح", "عبدالكريم", "عادل", "فاطمة", "عائشة", "مريم", "زينب", "خديجة", "سارة",
    "ليلى", "سلمى", "هند", "رانيا", "دينا", "لينا", "رشا", "نادية", "سميرة", "سعاد", "هيفاء", "نجلاء", "رنا", "جورج",
    "ماري", "جون", "جيمس", "ديفيد", "مايكل", "بيتر", "توماس", "روبرت", "ريتشارد", "ويليام", "ستيفن", "دونالد",
    "إيمانويل", "فرانسوا", "بيير", "لويس", "خوسيه", "كارلوس", "أنطونيو", "ماريو", "باولو", "جوزيبي", "سيموني",
    "فلاديمير", "سيرغي", "سيرجي", "ديمتري", "أندريه", "أنجيلا", "أولاف", "بوريس", "تيريزا", "هيلاري", "كامالا",
    "أنتوني", "ألفريد", "ويندي", "ساندرا", "فريديريكو", "باتريس", "جوزيف", "ميشال", "ميشيل", "إيلي", "شربل", "جبران",
    "نبيه", "وسام", "إمام", "ربيع", "فريدريك", "كريستين", "كريستيان", "أليكس", "ألكسندر", "إدوارد", "هنري",
    "عبداللطيف", "عبدالرحيم", "عبدالسلام", "عبدالإله", "يونس", "إدريس", "ناصر", "راشد", "سعد", "بشار",
    "سمير", "إلياس", "أنطوان", "بطرس", "وديع", "ريما", "نانسي", "أورسولا", "كايا", "جوزيب", "ماركو", "ستيف",
    "جاريد", "بنيامين", "يائير", "جدعون", "بتسلئيل", "إيتمار", "نفتالي", "يوآف", "إيال", "منصور", "عبدالحميد",
    "عبدالقادر", "جوليا", "كريستالينا", "أنالينا", "فريدريش", "فولوديمير",
    // Lebanon's and the Maghreb's, and foreign names of the UN's and the embassies' people.
    "رشيد", "جوزاف", "نواف", "رودولف", "فؤاد", "مراد", "هيرفيه", "جينين", "سعيد",
    // Egypt's and the Maghreb's (`وشهد الافتتاح علاء فاروق وزير الزراعة`).
    "علاء", "عماد", "منير", "أنيس", "إيهاب", "ممدوح", "مدحت", "روني",
    "طوني", "عبده", "صالح", "كريم", "أمينة", "جميل", "طه", "حسان", "جو",
    // Iraq's `عامر` (also "flourishing"), China's `وانغ`, Lebanon's `غادة`.
    "عامر", "وانغ", "غادة",
];

/// First names that are also ordinary words (`إمام` imam, `ربيع` spring, `وسام` medal, `عادل`
/// just, `أمينة` curator, `حسان` handsome, `جو` weather, `عامر` flourishing): with no title
/// before them, a word with the article after them ends the name they would start (`إمام
/// المسجد` is the mosque's imam).
const AMBIGUOUS_GIVEN_NAMES: &[&str] = &["إمام", "ربيع", "وسام", "عادل", "نبيه", "أكرم", "ماهر", "سارة", "رشيد", "سعيد", "صالح", "كريم", "جميل", "أمينة", "حسان", "جو", "عامر"];

/// Particles of European family names (normalised): the word after them is the name's.
const NAME_PARTICLES: &[&str] = &["دي", "دو", "فان", "فون", "دا", "ديل", "دير"];

/// Words for a place or a facility a name does not run into (normalised).
const PLACE_OF_VISIT: &[&str] = &["محطه", "سد", "مطار", "ميناء", "مرفا", "ملعب", "مستشفي", "مصنع", "منشاه", "مشروع", "ورشه", "موقع", "معبد", "متحف", "مسجد", "جامع"];

/// Words inside compound names (`سيدي ولد أحمد`, `محمد بن سلمان`, `عبد الرحمن`, the Kabyle
/// `أيت`: `سمير أيت وعلي`).
const CONNECTORS: &[&str] = &["ولد", "بن", "بنت", "ابن", "أبو", "عبد", "أم", "آل", "أيت", "آيت"];

/// A set of normalised words. The sets are looked up a dozen times for each title in an
/// article, and the default hasher (SipHash, made to resist hash flooding, which fixed word lists
/// do not need) cost more than the rest of the search for names.
type WordSet = HashSet<String, super::FxBuild>;

/// The word lists above, normalised once.
struct Lexicon {
    verb_like_names: WordSet,
    ta_marbuta_names: WordSet,
    article_names: WordSet,
    titles: WordSet,
    occupations: WordSet,
    heads: WordSet,
    qualifiers: WordSet,
    not_name: WordSet,
    connectors: WordSet,
    construct: WordSet,
    portfolio: WordSet,
    ambiguous_given: WordSet,
    given: WordSet,
}

impl Lexicon {
    /// Whether `w` (normalised) may be a word of a name set off from its title (before it, or
    /// between commas after it): Arabic letters, two or more, and no function word, qualifier or
    /// title.
    fn plain_name_word(&self, w: &str) -> bool {
        w.chars().count() >= 2 && basic_arabic(w) && !self.not_name.contains(w) && !self.qualifiers.contains(w) && !is_title_word(w)
    }
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let set = |l: &[&str]| l.iter().map(|w| normalize_str(w)).collect();
        Lexicon { verb_like_names: set(VERB_LIKE_NAMES), ta_marbuta_names: set(TA_MARBUTA_NAMES), article_names: set(ARTICLE_NAMES), titles: set(TITLES), occupations: set(OCCUPATIONS), heads: set(TITLE_HEADS), qualifiers: set(QUALIFIERS), not_name: set(NOT_NAME), connectors: set(CONNECTORS), construct: set(CONSTRUCT_BODIES), portfolio: set(PORTFOLIOS), ambiguous_given: set(AMBIGUOUS_GIVEN_NAMES), given: set(GIVEN_NAMES) }
    })
}

/// Whether `word` (normalised) is one of [`GIVEN_NAMES`] and `next` (normalised, right after it)
/// could be the family name that follows it: `السيد مصطفى رقيق` names no one called `مصطفى`.
pub(crate) fn first_name_before_name(word: &str, next: &str) -> bool {
    let lex = lexicon();
    lex.given.contains(word)
        // A patronymic follows (`الأستاذ يوسف بن عبدالله البنيان`), or a family name: a nisba
        // with the article too (`ومديره العام هاني الشعراني`), not an ordinal or a word of time.
        && (next == "بن"
            || (basic_arabic(next)
                && next.chars().count() >= 3
                && !next.starts_with('و')
                && (!next.starts_with("ال")
                    || (next.ends_with('ي') && next.chars().count() >= 6 && !ORDINAL_SURNAMES.contains(&next) && !matches!(next, "الحادي" | "الحالي" | "الماضي" | "الحقيقي")))
                && !next.ends_with("ات")
                && !lex.not_name.contains(next)
                && !is_title_word(next)))
}

/// Whether `word` (normalised) is a title word.
pub(crate) fn is_title_word(word: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(word) || lex.heads.contains(word) || lex.occupations.contains(word)
}

/// Whether `word` (normalised, as written) can be the first name before `بن`: not a title, an
/// honorific or a qualifier, and not a function word or a verb of speech (`قال بن عبدالرحمن`).
pub(crate) fn can_precede_patronymic(word: &str) -> bool {
    let lex = lexicon();
    let bare = strip_proclitic(word);
    ![word, bare].iter().any(|w| lex.titles.contains(*w) || lex.heads.contains(*w) || lex.occupations.contains(*w) || lex.qualifiers.contains(*w) || lex.not_name.contains(*w))
}

/// Whether `word` (normalised) is one of [`GIVEN_NAMES`].
pub(crate) fn is_given_name(word: &str) -> bool {
    lexicon().given.contains(word)
}

/// Whether `word` (normalised) is a title that makes the common word after it a person's name
/// (`الرئيس عون`), which an occupation does not.
pub(crate) fn is_rank_or_office(word: &str) -> bool {
    let lex = lexicon();
    lex.titles.contains(word) || lex.heads.contains(word)
}

/// Whether a title word (found by the gazetteer's automaton at `title` in the normalised text)
/// needs a qualifier with the article after it to be a title (`وزير الخارجية`, not `وزير`).
pub(crate) fn is_title_head(word: &str) -> bool {
    lexicon().heads.contains(word)
}

/// The Maghreb's governor (`والي الجهة سفيان التنفوري`): a head like [`TITLE_HEADS`], but only
/// as written, without hamza and with `ي`, since normalised it is also `وإلى` ("and to"). Not
/// among the heads the other rules ask about, which see only the normalised word.
const WALI: &[&str] = &["والي", "والية"];

/// Every title word, for the gazetteer's automaton.
pub(crate) fn title_words() -> impl Iterator<Item = &'static str> {
    TITLES.iter().chain(OCCUPATIONS).chain(TITLE_HEADS).chain(WALI).chain(std::iter::once(&"عامل")).copied()
}

/// The words of `text` from byte `from` on, as byte spans into `out` (cleared first), stopping at
/// the first separator other than a single run of spaces, after `max` words.
fn words_after(text: &str, from: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut i = from;
    while out.len() < max {
        let spaces = crate::normalize::spaces_end(text, i) - i;
        if spaces == 0 && i != from {
            break;
        }
        let s = i + spaces;
        // A body's acronym in brackets after its name is passed over (`ممثلة منظمة الأغذية
        // والزراعة (فاو) في لبنان نورة أورابح حداد`).
        if spaces > 0 && !out.is_empty() && text[s..].starts_with('(') {
            let inner = &text[s + 1..];
            if let Some(len) = inner.find(')').filter(|&n| n > 0 && n <= 40 && !inner[..n].contains(['،', '.', ',', ':', '(']) && inner[..n].split(' ').count() <= 2) {
                i = s + 1 + len + 1;
                continue;
            }
        }
        let e = crate::normalize::word_end(text, s);
        if e == s {
            break;
        }
        out.push((s, e));
        i = e;
    }
}

/// The end of a body's name in quotation marks right after byte `at`, the end of a title's word
/// (`الرئيس التنفيذي لشركة "ناتورجي"، فرانسيسكو رينيس`): one to three words, closed on the same
/// clause. The title's words stop at the quotation mark; the name set off by commas comes after
/// it.
fn quoted_name_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let open = rest.chars().next()?;
    let close = super::quoted::closing_quote(open)?;
    let inner = &rest[open.len_utf8()..];
    let len = inner.find(close)?;
    let name = &inner[..len];
    (len > 0 && name.split(' ').count() <= 3 && !name.contains(['،', '.', ',', '؛', ':']) && !name.starts_with(' ') && !name.ends_with(' '))
        .then(|| text.len() - inner.len() + len + close.len_utf8())
}

/// Honorifics (normalised) before a name set off by commas after a long title.
const HONORIFICS: &[&str] = &["السيد", "السيده", "الدكتور", "الدكتوره", "المهندس", "المهندسه", "الاستاذ", "الاستاذه"];

/// First names that start like a present-tense verb (ي…, ت…): the rule that rejects such words
/// after a title (`الرئيس تبون يستقبل`) lets these through.
const VERB_LIKE_NAMES: &[&str] = &[
    "يوسف", "يحيى", "ياسر", "يزيد", "يعقوب", "يونس", "ياسين", "يسرى", "يمنى", "يارا", "يسري", "يعرب", "يامن",
    "تامر", "توفيق", "تركي", "تميم", "تيسير", "تبون", "توكاييف", "تيريزا", "تشي", "تشانغ", "تشين", "توني", "تيد", "تاكر", "تمارا",
    "ياسمين", "يوحنا", "يونان", "يوري", "يوهان", "يواكيم", "يان", "يانيس", "يوسي", "يائير", "يولاندا", "يوناس",
    "توماس", "تشارلز", "تيم", "تيودور", "تاتيانا", "تيري",
];

/// Names (normalised) of five letters or more that start like a future verb, `س` and a present
/// tense's prefix: the rule that rejects such words after a title lets these through.
const S_NAMES: &[&str] = &[
    "سيزار", "سيمون", "سيمونا", "سيموني", "سيرين", "سيرينا", "سيلفا", "سيلفيا", "سيلفان", "سيلفستر", "سيلين", "سيدريك",
    "سيباستيان", "سيسيليا", "سيرجيو", "سيرجي", "سيرغي", "سيريل", "سيغولين", "ستيفن", "ستيفان", "ستيفاني",
    "ستيفانو", "ستانلي", "ستيوارت", "ستالين", "ستيلا", "سنغور", "سنابل", "سيلفيو", "سيمور", "سيرفان",
];

/// First names written with the article (`النقيب الحسين الزياني`, `الملك الحسن الثاني`): after a
/// title they start a name when another word of the name follows.
const ARTICLE_NAMES: &[&str] = &[
    "الحسين", "الحسن", "المهدي", "الهادي", "المختار", "البشير", "الطيب", "المنصف", "الصديق", "العباس", "الوليد",
    "المعتصم", "الحبيب", "الصادق", "المصطفى", "السعيد", "الطاهر",
];

/// Male names that end in ta marbuta, which otherwise marks a noun (`كلمة`, `زيارة`).
const TA_MARBUTA_NAMES: &[&str] = &["حمزة", "طلحة", "أسامة", "عبيدة", "معاوية", "قتيبة", "عكرمة", "عروة", "خليفة", "نعمة"];

/// Whether `w` (normalised, proclitic `و` already removed) can start a name after a title.
fn can_start_name(lex: &Lexicon, w: &str, written: &str, feminine_title: bool) -> bool {
    // The article is written `ال`: `ألبرتو` and `إليزابيث` are no noun phrases, though
    // normalised they are `البرتو` and `اليزابيث`.
    if (w.starts_with("ال") && !hamza_on_alef(written)) || lex.not_name.contains(w) {
        return false; // `الرئيس الجديد…`: a noun phrase, not a name
    }
    // A preposition and the article (`والتونسيين بالخارج`, `للشركة`): a phrase, not a name.
    if has_proclitic_and_article(w) {
        return false;
    }
    // `ب` or `ل` before a word written with a hamza on its alef (`بآسفي`, `لإيطاليا`): a
    // preposition and its noun; no name is written so.
    if written.strip_prefix(['ب', 'ل']).is_some_and(|r| r.starts_with(['أ', 'إ', 'آ'])) && !lex.given.contains(w) {
        return false;
    }
    // …or before a sound plural (`التقى الوزير بفلاحين قدموا`).
    if w.strip_prefix(['ب', 'ل']).is_some_and(|r| r.chars().count() >= 5 && ["ين", "ون", "ات"].iter().any(|p| r.ends_with(p))) && !lex.given.contains(w) {
        return false;
    }
    let n = w.chars().count();
    // A title in the dual's construct (`رئيس الوزراء ووزيري الكهرباء والبترول`).
    if n >= 4 && w.strip_suffix('ي').is_some_and(|t| lex.titles.contains(t) || lex.heads.contains(t)) {
        return false;
    }
    // A second title (`رئيس أرامكو وكبير إدارييها التنفيذيين`): `كبير`, "chief", is no name.
    if matches!(w, "كبير" | "كبيره") {
        return false;
    }
    // Past verbs of the tenth form (`وزير البترول استعرض موقف التعاقد`), unless a listed name.
    if n >= 5 && w.starts_with("است") && !lex.given.contains(w) {
        return false;
    }
    // A preposition before a body's word (`أستاذة الإدارة السياحية بجامعة السلطان قابوس`).
    if w.strip_prefix(['ب', 'ل']).is_some_and(|r| lex.construct.contains(r) || matches!(r, "جامعه" | "كليه" | "معهد")) {
        return false;
    }
    // A preposition and a verbal noun of the second form (`المدير المركزي المكلف بتطوير الشعب
    // الفلاحية`), unless a listed first name.
    if n >= 5 && w.strip_prefix(['ب', 'ل']).is_some_and(|r| r.starts_with('ت') && (r.chars().nth(2) == Some('ي') || r.chars().nth(3) == Some('ي'))) && !lex.given.contains(w) {
        return false;
    }
    // A preposition before a word with hamza, as written (`الرئيس التنفيذي لأكوا باور`,
    // `البنك الأوروبي لإعادة الإعمار`): no name starts `لأ` or `بإ`.
    if ["لأ", "لإ", "لآ", "بأ", "بإ"].iter().any(|p| written.starts_with(p)) {
        return false;
    }
    // A verbal noun of the seventh or eighth form written with a bare alef (`أعلن المحافظ
    // اكتمال الهيكل`, `انطلاق`): names with a hamza on their alef are written with it. Not
    // after a woman's title (`انتصار`, `ابتسام` are women's names), nor `انطوان`.
    if written.starts_with('ا') && n == 6 && !feminine_title {
        let c: Vec<char> = w.chars().collect();
        if c[4] == 'ا' && c[3] != 'و' && (c[2] == 'ت' || c[1] == 'ن') {
            return false;
        }
    }
    // Present-tense verbs: `يستقبل`, `تتعلق`, `يؤكد`.
    if n >= 4 && (w.starts_with('ي') || w.starts_with('ت')) && !lex.verb_like_names.contains(w) {
        return false;
    }
    // A word with a pronoun after its alef maqsura (`أولاها`, `كلاهما`, `مستواها`): no name ends so.
    if n >= 4 && (w.ends_with("اها") || w.ends_with("اهما")) {
        return false;
    }
    // A masculine plural's construct with a pronoun (`رئيس أرامكو وكبير إدارييها التنفيذيين`,
    // `موظفيهم`): no name ends so (but French names end in `ييه`: `أوليفييه`, `ديدييه`).
    if n >= 5 && (w.ends_with("ييها") || w.ends_with("ييهم")) {
        return false;
    }
    // Sound feminine plurals (`مشروعات`, `تحيات`) and, after a masculine title, nouns in ة.
    if n >= 4 && w.ends_with("ات") {
        return false;
    }
    // A noun with a pronoun, as written (`يختتم الوزير الفرنسي زيارته`, `كلمتها`): `ه` after
    // the `ت` a name would write `ة` (`شحاتة`).
    if n >= 4 && (written.ends_with("ته") || written.ends_with("تها") || written.ends_with("تهم")) {
        return false;
    }
    written.ends_with('ة') && (feminine_title || lex.ta_marbuta_names.contains(w))
        || !written.ends_with('ة')
}

/// Whether a word as written opens with `أل` or `إل`, a hamza on its alef, which the article never
/// has (`ألبرتو`, `أليساندرو`), though normalised it reads `ال`.
fn hamza_on_alef(written: &str) -> bool {
    written.starts_with("أل") || written.starts_with("إل")
}

/// Whether `w` (normalised; `written` as written) is a future verb, `س` before a present tense
/// (`قال الوزير سيحدد موعد الاجتماع`, `وأضاف الرئيس ستعقد القمة`, `سنعمل`, `سأعمل`), and not a
/// name that starts so (`سيزار`, `ستيفن`).
fn future_verb(lex: &Lexicon, w: &str, written: &str) -> bool {
    if w.chars().count() < 5 || !w.starts_with('س') || lex.given.contains(w) || S_NAMES.contains(&w) {
        return false;
    }
    let rest = &w['س'.len_utf8()..];
    rest.starts_with(['ي', 'ت', 'ن']) && !lex.verb_like_names.contains(rest) || written.starts_with("سأ")
}

/// Words before which `بن` is no part of a person's name: places (`سيدي بن …`, `عين بن …`,
/// `ضاية بن ضحوة`, `حاسي بن عبد الله`) and the words for a facility or a family (normalised).
const NOT_BEFORE_BEN: &[&str] = &[
    "سيدي", "عين", "وادي", "حي", "اولاد", "ولاد", "بني", "دار", "قصر", "برج", "راس", "جامع", "مسجد", "مدرسه", "ضايه",
    "بلديه", "ولايه", "مدينه", "قريه", "دوار", "شارع", "ساحه", "جامعه", "مستشفي", "مطار", "ملعب", "ال", "عائله", "اسره",
    "حاسي", "جبل", "بئر", "بير", "تل", "منطقه", "بلده", "مركز", "حوش", "سوق", "مرسي",
];

/// Unlisted first names: a word right before ` بن ` and another word, not a mention, a listed
/// first name (found already), a title, a function word or a place's word, and able to start a
/// name. Byte spans in text order.
fn names_before_ben<'a>(text: &'a str, lex: &'a Lexicon, given: &'a [(u32, u32)], spans: &'a [Span]) -> impl Iterator<Item = (usize, usize)> + 'a {
    text.match_indices(" بن ").filter_map(move |(at, _)| {
        let ws = crate::normalize::word_start(text, at);
        let w = &text[ws..at];
        let next = next_word(text, at + " بن".len())?;
        let ok = w.chars().count() >= 3
            && basic_arabic(w)
            && !w.starts_with("ال")
            && !w.starts_with('و')
            && basic_arabic(next)
            && !NOT_BEFORE_BEN.contains(&w)
            && !lex.connectors.contains(w)
            && !is_title_word(w)
            && !lex.given.contains(w)
            && can_start_name(lex, w, w, false)
            && given.binary_search_by_key(&(ws as u32), |g| g.0).is_err()
            && !overlaps_sorted(spans, ws, at);
        ok.then_some((ws, at))
    })
}

/// What [`find_titled_people`] adds to and takes from the chosen mentions.
#[derive(Debug, Default)]
pub struct TitledPeople {
    /// Unlinked person mentions, in text order, overlapping no chosen mention.
    pub people: Vec<Span>,
    /// Indices, ascending, of the chosen demonym mentions that are a person's family name
    /// (`أحمد المصري`): the name takes them in, so they are no mentions of their own.
    pub surnames: Vec<usize>,
}

/// Finds the unlinked person named after each title word. `titles` are the (start, end) byte
/// spans of title words in the normalised text, in text order; `spans` are the mentions already
/// chosen, sorted by start: a country, place or organisation after a title qualifies it
/// (`الرئيس الكازاخستاني`, `الأمين العام لحزب الله`); a person or a date means the title's holder
/// is already known or not named.
pub fn find_titled_people(norm: &Normalized, titles: &[(usize, usize)], given: &[(u32, u32)], sport_words: &[(u32, u32)], spans: &[Span]) -> TitledPeople {
    let text = norm.text();
    let lex = lexicon();
    let mut found = TitledPeople::default();
    let mut last_end = 0;
    // Titles come in text order: the first mention that ends after the title only moves forward,
    // and the few words read after a title are looked up from there on.
    let mut base = 0;
    let mut hint = 0;
    let mut words = Vec::with_capacity(10);
    // The title words and the first names ([`GIVEN_NAMES`]), in text order (a title before a
    // first name at the same place): a first name is a title of no length before the name it
    // starts.
    let mut triggers: Vec<(usize, usize, bool)> =
        titles.iter().map(|&(s, e)| (s, e, false)).chain(given.iter().map(|&(s, e)| (s as usize, e as usize, true))).collect();
    // An unlisted first name before `بن` and a word starts a name the same way (`دعا منجي بن
    // سالم، صاحب شركة`, `جامع عقبة بن نافع`).
    triggers.extend(names_before_ben(text, lex, given, spans).map(|(s, e)| (s, e, true)));
    crate::sort::sort_by_key(&mut triggers, |t| t.0 as u64);
    for (ts, te, by_name) in triggers {
        // A first name starts the name it is part of: the title of no length before it.
        let (ts, te, name_end) = if by_name { (ts, ts, te) } else { (ts, te, te) };
        base += spans[base..].iter().take_while(|t| t.end <= ts).count();
        let mention_index = |(s, e): (usize, usize)| {
            let i = base + spans[base..].iter().take_while(|t| t.end <= s).count();
            (i < spans.len() && spans[i].start < e).then_some(i)
        };
        let mention_at = |w: (usize, usize)| mention_index(w).map(|i| spans[i].kind);
        if ts < last_end || mention_at((ts, te)).is_some() {
            continue;
        }
        // A first name after `ك` is part of another word (`كرامي`, a family name) or a
        // comparison; it starts no name. Nor does `دينا` after `ل` (`لدينا`, "we have"), nor
        // `صالح` (`لصالح`, "in favour of").
        // Nor after the vocative `يا` (`طريق يا حسين`, a road's name).
        if by_name && (text[..ts].ends_with('ك') || text[..ts].strip_suffix("يا ").is_some_and(|b| b.is_empty() || b.ends_with(' ')) || (text[..ts].ends_with('ل') && matches!(&text[ts..name_end], "دينا" | "صالح"))) {
            continue;
        }
        // A first name inside another mention, or after a word that makes it part of a longer
        // name (`بن`, `أبو`, `عبد`), starts none.
        if by_name && (spans.get(base).is_some_and(|o| o.start < name_end) || previous_word(text, ts).is_some_and(|w| lex.connectors.contains(w))) {
            continue;
        }
        // Nor does one that opens a quotation after a name (`جامعة العلوم والتكنولوجيا "محمد
        // بوضياف" بوهران`, `جامعة وهران 1 "أحمد بن بلة"`): the institution's name, after whom.
        if by_name && text[..ts].strip_suffix(['"', '«', '“']).is_some_and(|b| {
            let b = b.trim_end_matches(' ');
            let ws = crate::normalize::word_start(b, b.len());
            let w = &b[ws..];
            b.ends_with(|c: char| c.is_ascii_digit()) || (!w.is_empty() && ((strip_proclitic(w).starts_with("ال") && !is_title_word(strip_proclitic(w))) || mention_at((ws, b.len())).is_some()))
        }) {
            continue;
        }
        // Nor does one that is the second word of a university's or a school's name after a
        // person (`بجامعة فرحات عباس سطيف 1`): the first word is no article's and no mention's.
        if by_name
            && previous_word(text, ts).is_some_and(|w| {
                let ws = offset_in(text, w);
                !w.starts_with("ال") && mention_at((ws, ws + w.len())).is_none() && previous_word(text, ws).is_some_and(|u| matches!(u.strip_prefix(['و', 'ب', 'ل']).unwrap_or(u), "جامعه" | "كليه" | "معهد" | "مدرسه" | "ثانويه" | "مستشفي"))
            })
        {
            continue;
        }
        // Nor does one that is the rest of the name of someone named before (`أكد حسن عبد الله`
        // after `المحافظ حسن عبد الله`, `وتوقع ربيع` after `أسامة ربيع`): the later mentions of
        // that person are found below.
        if by_name && found.people.iter().rev().take_while(|p| p.end + COREFERENCE_WINDOW > ts).any(|p| {
            let name = &text[p.start..p.end];
            name.match_indices(' ').any(|(i, _)| {
                let rest = &name[i + 1..];
                text[ts..].starts_with(rest) && !crate::normalize::word_char_at(text, ts + rest.len())
            })
        }) {
            continue;
        }
        let title = &text[ts..te];
        // `الرئيسة` after a definite feminine noun is its adjective, "main" (`البوابة الرئيسة
        // لضيوف الرحمن`), and so after a noun made definite by a pronoun (`أسواقنا الرئيسة`,
        // `مهامها الرئيسة`); `الرئيس` there is still a title (`وضع حجرها الأساس الرئيس الراحل
        // هواري بومدين`).
        if title == "الرئيسه"
            && previous_word(text, ts).is_some_and(|w| {
                (w.starts_with("ال") && w.ends_with('ه') && !is_title_word(w))
                    || (w.chars().count() >= 5 && ["نا", "ها", "هم", "هن", "كم"].iter().any(|p| w.ends_with(p)))
            })
        {
            continue;
        }
        // `الفريق` is a general's rank, and on the sport pages the team (`إن الفريق قدم…`).
        if title == "الفريق" && super::gazetteer::sport_near(sport_words, ts, te) {
            continue;
        }
        // `والي` ("governor", `والي الجهة سفيان التنفوري`) is also `وإلى` ("and to") once
        // normalised: a title only as written, without hamza and with `ي`.
        let wali = matches!(title, "والي" | "واليه");
        if wali {
            let (os, oe) = norm.original_span_after(ts, te, &mut hint);
            if !WALI.contains(&&norm.original()[os..oe]) {
                continue;
            }
        }
        words_after(text, te, 14, &mut words);
        let word = |k: usize| &text[words[k].0..words[k].1];
        // Morocco's `عامل`, a province's governor, is a title before `إقليم` or `عمالة` (`وعامل
        // إقليم الناظور، جمال الشعراني،`); elsewhere a worker.
        let amel = strip_proclitic(title) == "عامل";
        if amel && !words.first().is_some_and(|&(s, e)| matches!(&text[s..e], "اقليم" | "عماله")) {
            continue;
        }
        let mut j = 0;
        if !by_name && (wali || amel || is_title_head(title) || is_title_head(strip_proclitic(title))) {
            // `وزير الخارجية`, or a body in the construct state and its complement:
            // `رئيس مجلس النواب`, `مدير مكتب الرئيس`.
            let definite = |k: usize| words.get(k).is_some_and(|&(s, _)| text[s..].starts_with("ال"));
            let owner = |k: usize| {
                words.get(k).is_some_and(|&w| matches!(mention_at(w), Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization))))
            };
            // The body's complement may itself be a construct chain of up to three words before
            // its definite noun (`رئيس هيئة مقاومة الجدار`, `رئيس مجلس إدارة الشركة`), another
            // body's word among them (`رئيسة مجلس إدارة مؤسسة مياه البقاع`), none of the three a
            // listed first name.
            let chain_end = |from: usize| {
                (from..from + 4).take_while(|&k| k < words.len()).find(|&k| definite(k) || owner(k)).filter(|&k| {
                    (from..k).all(|i| {
                        (!lex.not_name.contains(word(i)) || lex.construct.contains(word(i)))
                            && !text[words[i].0..].starts_with('و')
                            && (k - from < 3 || !lex.given.contains(word(i)))
                    })
                })
            };
            match words.first() {
                Some(_) if definite(0) => j = 1,
                // `محافظ بعلبك …`, `مدرب الأهلي …`: the title's place or body, taken by the
                // qualifiers below.
                Some(_) if owner(0) => j = 0,
                Some(_) if lex.construct.contains(word(0)) => match chain_end(1) {
                    Some(k) if owner(k) => j = k,
                    // A university's, a faculty's or an institute's name may hold a person's
                    // (`مدير جامعة العلوم والتكنولوجيا هواري بومدين`): only its place is taken.
                    Some(_) if matches!(word(0), "جامعه" | "كليه" | "معهد") => continue,
                    Some(k) => j = k + 1,
                    None => continue,
                },
                // A portfolio or a trade in the construct state before its definite complement
                // (`وزير اقتصاد المعرفة`, `نقيب أصحاب الفنادق`): no name starts before a word
                // with the article.
                Some(&(s, e))
                    if definite(1)
                        && basic_arabic(&text[s..e])
                        && text[s..e].chars().count() >= 3
                        && !text[s..].starts_with('و')
                        && !lex.not_name.contains(&text[s..e])
                        && !lex.given.contains(&text[s..e])
                        // A body's word (`مدير جامعة العلوم والتكنولوجيا هواري بومدين`): its
                        // name may hold a person's.
                        && !super::bodies::CONSTRUCT_HEADS.contains(&&text[s..e])
                        && !PLACE_OF_VISIT.contains(&&text[s..e])
                        && mention_at((s, e)).is_none() =>
                {
                    j = 2
                }
                // A head with a pronoun is complete (`جمعية أرز الشوف ورئيستها نورا جنبلاط`):
                // `ها`, or `ه` as written, not the `ة` it normalises like.
                _ if text[ts..te].chars().count() >= 5 && {
                    let written = &norm.original()[..norm.original_span_after(ts, te, &mut hint).1];
                    written.ends_with("ها") || written.ends_with('ه')
                } => {}
                _ => continue,
            }
        }
        // Qualifiers of the title: `أول`, `في الشرطة`, `والمغتربين`, `للمجلس`, `الدكتور`, and
        // the country, place or organisation it belongs to.
        let mut holder_known = false;
        let mut after_portfolio = false;
        // A first name written with a hamza on its alef, which no article has, and a family
        // name right after it (`أليساندرو بروناس`; not `لشركة السويدي إليكتريك،`).
        let hamza_alef = |k: usize| {
            let (s, e) = words[k];
            hamza_on_alef(&norm.original()[norm.original_span(s, e).0..])
                && words.get(k + 1).is_some_and(|&(ns, _)| &text[e..ns] == " " && !text[ns..].starts_with("ال") && !text[ns..].starts_with('و'))
        };
        // A body's word, bare or after `ب`/`ل` (`مجلس`, `لمجلس`, `بديوان`): its definite
        // complement qualifies the title too.
        let is_body = |w: &str| lex.construct.contains(w) || w.strip_prefix(['ب', 'ل']).is_some_and(|r| lex.construct.contains(r));
        while j < words.len() && !by_name {
            let w = word(j);
            let complement = std::mem::take(&mut after_portfolio) && w.starts_with("ال");
            // `في` qualifies the title before the body or place it is in (`الرقيب أول في الشرطة`,
            // `السفير في القاهرة`), not before anything else (`الوزير في مكتبه`).
            // (Or before a body's word and its place: `أستاذ العلوم السياسية في جامعة بغداد`.)
            let body_then_owner = |at: usize| {
                words.get(at).is_some_and(|&b| lex.construct.contains(&text[b.0..b.1]))
                    && words.get(at + 1).is_some_and(|&o| matches!(mention_at(o), Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization))))
            };
            if w == "في" && !words.get(j + 1).is_some_and(|&next| text[next.0..].starts_with("ال") || mention_at(next).is_some()) && !body_then_owner(j + 1) {
                break;
            }
            // `أمين` ("secretary") is also a first name: after a title and before a name, or
            // before `بن`, it starts the name (`المهندس أمين بن حسن الناصر`, `رئيس بعثة الصندوق
            // أمين ماتي`); not before its complement (`أمين عام الحزب`, `أمين سر اللجنة`).
            if matches!(w, "امين" | "امينه") && words.get(j + 1).is_some_and(|&next| {
                let nw = &text[next.0..next.1];
                nw == "بن" || (mention_at(next).is_none() && !nw.starts_with("ال") && !nw.starts_with('و') && basic_arabic(nw) && nw.chars().count() >= 3
                    && !lex.not_name.contains(nw) && !is_title_word(nw) && !lex.construct.contains(nw) && !matches!(nw, "عام" | "سر" | "صندوق" | "مال"))
            }) {
                break;
            }
            match mention_at(words[j]) {
                Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization)) => {}
                Some(_) => {
                    holder_known = true;
                    break;
                }
                None if lex.qualifiers.contains(w)
                    || is_title_word(w)
                    || w.starts_with("وال")
                    // `بالخارج`, `بالوكالة`, `بالإنابة`
                    || (w.starts_with("بال") && w.chars().count() > 4)
                    || (w.starts_with("لل") && w.chars().count() > 3)
                    // The body the title is in charge of, after `ب` or `ل` (`الوزير المكلف بديوان
                    // رئيس الجمهورية`, `المدير العام لمؤسسة …`).
                    || w.strip_prefix(['ب', 'ل']).is_some_and(|r| lex.construct.contains(r))
                    // …or a body the knowledge base does not know, after `ل` before its hamza
                    // (`الرئيس التنفيذي لإيرباص غيوم فوري`), as written, when two words of a
                    // name follow (`لأكوا باور إن`: the body's name goes on).
                    || (w.starts_with("لا") && words.get(j + 2).is_some_and(|&(s, e)| !text[s..].starts_with("ال") && !matches!(&text[s..e], "ان" | "بان" | "انه" | "انها")) && {
                        let (os, _) = norm.original_span(words[j].0, words[j].1);
                        ["لأ", "لإ"].iter().any(|p| norm.original()[os..].starts_with(p))
                    })
                    || complement
                    // The field or body after `في` (`الخبير في النقل البحري واللوجستيك أنيس
                    // المزغني`, `أستاذ العلوم السياسية في الجامعة`).
                    // (Not a plural: `اللاعب المصري في الدوريات العربية`, where a player's name
                    // would have come before.)
                    || (j > 0 && word(j - 1) == "في" && w.starts_with("ال") && w.chars().count() >= 4 && !w.ends_with("ات") && !lex.not_name.contains(w) && !lex.article_names.contains(w))
                    || (j > 0 && word(j - 1) == "في" && body_then_owner(j))
                    // A definite adjective after the title's definite word or owner
                    // (`رئيس جهاز المخابرات العامة`, `محافظ بعلبك الهرمل`).
                    // (`للشؤون الخارجية`: the article after `ل` is `لل`; `والجماعات المحلية`: after a
                    // conjunct.) Not a first name with the article (`وزير الداخلية السعيد سعيود`).
                    // `الدولي`, never a family name, is still a portfolio's adjective (`وزيرة
                    // التخطيط والتعاون الدولي زينة طوقان`).
                    // (Not a name written with a hamza on its alef, which no article has:
                    // `سفير إيطاليا لدى تونس أليساندرو بروناس`.)
                    || (j > 0 && w.starts_with("ال") && !hamza_alef(j) && (!lex.not_name.contains(w) || matches!(w, "الدولي" | "الدوليه")) && !lex.article_names.contains(w) && (text[words[j - 1].0..].starts_with("ال") || text[words[j - 1].0..].starts_with("لل") || text[words[j - 1].0..].starts_with("وال") || mention_at(words[j - 1]).is_some()))
                    // A nisba after a title with the article (`الموفد الرئاسي`, `المدير
                    // الإقليمي`); not a name written with the article (`الملك الحسن`).
                    || (j == 0 && title.starts_with("ال") && super::bodies::is_definite_nisba(w) && !hamza_alef(j) && w.chars().count() >= 5 && !lex.article_names.contains(w) && !lex.not_name.contains(w))
                    // The complement of a body among the qualifiers (`المتحدث باسم وزارة الخارجية`,
                    // `المدير العام لمجلس الصحة`), or of `باسم` (`المتحدثة باسم الصندوق`).
                    || (j > 0 && w.starts_with("ال") && (is_body(word(j - 1)) || word(j - 1) == "باسم"))
                    // …or a construct chain ending in a place's or country's name (`المدير العام
                    // لمؤسسة كهرباء لبنان كمال حايك`).
                    || (j > 0 && is_body(word(j - 1)) && words.get(j + 1).is_some_and(|&next| matches!(mention_at(next), Some(MentionType::Entity(EntityType::Country | EntityType::Place)))))
                    // `المبعوث الخاص إلى سوريا`, `السفير لدى تركيا`: a preposition before the
                    // country the title belongs to.
                    || (matches!(w, "الي" | "لدي") && words.get(j + 1).is_some_and(|&next| matches!(mention_at(next), Some(MentionType::Entity(EntityType::Country | EntityType::Place | EntityType::Organization))))) => {}
                // A second portfolio: `وزير الخارجية وشؤون المغتربين`, `وزير الدولة لشؤون الإعلام`.
                // Or what a body the title names is for, after `ل` (`رئيس الاتحاد الإسباني لكرة
                // القدم رافائيل لوزان`, `المفوض السامي لحقوق الإنسان`).
                None if lex.portfolio.contains(w)
                    || (j > 0 && TITLE_COMPLEMENTS.contains(&w) && words.get(j + 1).is_some_and(|&next| text[next.0..].starts_with("ال")))
                    // …or what a body named with its adjective is for (`رئيس مجلس إدارة الشركة
                    // المصرية لنقل الكهرباء`): after a definite nisba, `ل` and a noun before its
                    // definite complement, not a listed first name (`لطفي`; after another word,
                    // `وزيرة السياحة لورا الخازن لحود`, a name).
                    || (j > 0
                        && w.starts_with('ل')
                        && !w.starts_with("ال")
                        && w.chars().count() >= 4
                        && !lex.given.contains(w)
                        && super::bodies::is_definite_nisba(word(j - 1))
                        && words.get(j + 1).is_some_and(|&next| text[next.0..].starts_with("ال") && mention_at(next).is_none()))
                    // A second portfolio joined by `و`, a noun before its definite complement
                    // (`وزير الزراعة واستصلاح الأراضي علاء فاروق`), not a first name.
                    || (j > 0
                        && w.strip_prefix('و').is_some_and(|r| r.chars().count() >= 3 && !r.starts_with("ال") && !lex.given.contains(r) && !is_title_word(r) && basic_arabic(r))
                        && words.get(j + 1).is_some_and(|&next| text[next.0..].starts_with("ال") && mention_at(next).is_none())) => after_portfolio = true,
                None => break,
            }
            j += 1;
        }
        // (Between two commas a word in `و` is the name's: `ممثل الجانب الصيني، تشانغ وي،`.)
        let mut set_off = false;
        // The name set off by commas after a long title, as the Maghreb's agencies write it (`أكد
        // وزير الداخلية والجماعات المحلية والنقل، السعيد سعيود، أن`): two or three words between
        // the two commas.
        if !by_name && !holder_known && j == words.len() && j > 0 {
            let after = quoted_name_end(text, words[j - 1].1).unwrap_or(words[j - 1].1);
            if let Some(open) = text[after..].strip_prefix('،').map(|rest| text.len() - rest.len()) {
                let mut inside = Vec::new();
                words_after(text, open, 5, &mut inside);
                // Closed by the second comma, or by the sentence's end (`والرئيس المدير العام
                // للمجمع، فيديريكو فيكيوني.`).
                let closed = inside.last().is_some_and(|w| text[w.1..].starts_with('،') || text[w.1..].starts_with('.'));
                // The name may have its honorific (`وزير الصحة والحماية الاجتماعية، السيد أمين
                // التهراوي،`), which is not part of it.
                let honorific = inside.first().is_some_and(|w| HONORIFICS.contains(&&text[w.0..w.1]));
                // …or the holder's nationality (`مدرب الرجاء، الجنوب إفريقي فادلو دافيدز،`,
                // `مدير التحكيم بالكاف، الإيفواري ديزيري نومانديز دوي،`).
                let nationality = if honorific { 0 } else { inside.iter().take(2).take_while(|&&w| mention_index(w).is_some_and(|i| spans[i].demonym)).count() };
                let name = &inside[usize::from(honorific) + nationality..];
                // Four words when one joins a compound name (`عز الدين بن الشيخ`).
                let compound = name.iter().any(|w| {
                    let w = &text[w.0..w.1];
                    lex.connectors.contains(w) || COMPOUND_SECONDS.contains(&w)
                });
                if (2..=3 + usize::from(compound)).contains(&name.len()) && closed && inside.first().is_some_and(|w| w.0 == open + 1) {
                    words.extend_from_slice(name);
                    set_off = true;
                }
            }
        }
        let word = |k: usize| &text[words[k].0..words[k].1];
        if holder_known || j >= words.len() {
            continue;
        }
        let first = j;
        let w0 = if by_name { word(first) } else { strip_conjunction(word(first)) };
        let (ws, we) = words[first];
        // (A woman's title with a pronoun: `ورئيستها نورا جنبلاط`.)
        let feminine_title = by_name || {
            let written = &norm.original()[..norm.original_span_after(ts, te, &mut hint).1];
            written.ends_with('ة') || ((written.ends_with("تها") || written.ends_with("ته")) && lex.heads.contains(&text[ts..te]))
        };
        let (os, oe) = norm.original_span_after(ws, we, &mut hint);
        let written0 = &norm.original()[os..oe];
        // A first name with the article starts a name only when more of the name follows.
        let article_name = lex.article_names.contains(w0)
            && words.get(first + 1).is_some_and(|&w| {
                let next = &text[w.0..w.1];
                !lex.not_name.contains(next) && !lex.qualifiers.contains(next) && !is_title_word(next) && !matches!(mention_at(w), Some(MentionType::Date))
            });
        // Nor does a word part of which is a mention (`لمجمع سوناطراك`: the company).
        // A first name as the list writes it (`إمام`, `ألفريد`) is one, though its normalised
        // form is also a word that starts no name (`أمام` "before", `الفريد` "the unique").
        let written_given = by_name && GIVEN_NAMES.contains(&written0);
        // `علي` written with `ي` after a title is the name, not `على` "on" (`الوزير السابق علي
        // حسن خليل`), when two more words of a name follow: copy that writes `على` with `ي`
        // has a noun after it (`أكد الوزير علي ضرورة`, `علي تعزيز التعاون`).
        let name_word = |k: usize| words.get(k).is_some_and(|&(s, e)| !text[s..e].starts_with("ال") && !text[s..e].ends_with('ه') && !text[s..e].starts_with('و'));
        // …or a family name in `ال…ي` and the next title's head (`والدكتور علي الغمراوي رئيس
        // هيئة الدواء`).
        let nisba_then_head = || {
            words.get(first + 1).is_some_and(|&(s, e)| text[s..e].starts_with("ال") && text[s..e].ends_with('ي'))
                && words.get(first + 2).is_some_and(|&(s, e)| lex.heads.contains(&text[s..e]))
        };
        // …or a family name in `ال…ي` (written with `ي`) that ends the clause (`الخبير
        // القانوني علي التميمي لـ (واع)`, `علي الأديب، إن`).
        let nisba_ends = || {
            words.get(first + 1).is_some_and(|&(s, e)| {
                text[s..e].starts_with("ال")
                    && text[s..e].chars().count() >= 5
                    && norm.original_char_before(e) == Some('ي')
                    && (words.get(first + 2).is_none_or(|&(n, _)| n > e + 1) || words.get(first + 2).is_some_and(|&(n, m)| matches!(&text[n..m], "ل" | "ان" | "بان" | "انه" | "انها" | "في" | "الي")))
            })
        };
        // …or any family name with the article closed by a comma or a full stop (`النائبان إيهاب
        // حمادة وعلي المقداد،`), which `على` and its object are not written as.
        let article_name_closed = || {
            words.get(first + 1).is_some_and(|&(s, e)| {
                text[s..e].starts_with("ال")
                    && text[s..e].chars().count() >= 5
                    && !lex.not_name.contains(&text[s..e])
                    && matches!(text[e..].chars().next(), Some('،' | ',' | '.'))
            })
        };
        let written_ali = !by_name && written0 == "علي" && ((name_word(first + 1) && name_word(first + 2)) || nisba_then_head() || nisba_ends() || article_name_closed());
        // A first name written with a damma after its first letter is a passive verb (`يُحيى
        // لأول مرة`, "is commemorated").
        if by_name && written0.chars().nth(1) == Some('\u{064F}') {
            continue;
        }
        // A first name listed with `ى` but written with `ي` is a verb (`ويحيي فنان العرب حفلا`,
        // "performs", where `يحيى` is the name): once normalised they are one word.
        if by_name && !written_given && written0.strip_suffix('ي').is_some_and(|stem| GIVEN_NAMES.iter().any(|g| g.strip_suffix('ى') == Some(stem))) {
            continue;
        }
        // A title with a pronoun before `العام` (`برئاسة أمينه العام`, "its secretary-general"):
        // the word is no first name, though `أمينه` is also `أمينة` once normalised.
        if words.get(first + 1).is_some_and(|&(s, e)| &text[s..e] == "العام") {
            continue;
        }
        // Between two commas after a title, a word that looks like a verb is the name
        // (`ممثل الجانب الصيني، تشانغ وي،`).
        let set_off_name = set_off && !w0.starts_with("ال") && !lex.not_name.contains(w0) && basic_arabic(w0);
        if !article_name && !written_given && !written_ali && !set_off_name && !can_start_name(lex, w0, written0, feminine_title) {
            continue;
        }
        // A past verb of the form أفعل before its object with a pronoun (`الفلاح المصري أثبت
        // قدرته`) starts no name.
        if !by_name
            && w0.chars().count() == 4
            && written0.starts_with('أ')
            && !lex.given.contains(w0)
            && words.get(first + 1).is_some_and(|&(s, e)| ["ته", "تها", "تهم"].iter().any(|p| text[s..e].ends_with(p)))
        {
            continue;
        }
        // A future verb after a title starts no name; after the title's body it may be the
        // body's name (`الرئيس التنفيذي لشركة سيمنز موبيليتي`).
        if !by_name && future_verb(lex, w0, written0) && !(first > 0 && is_body(word(first - 1))) {
            continue;
        }
        // Nor does the word for a facility (`افتتح الوزير سد بني هارون`): what is visited, or
        // what the title heads (`الرئيس التنفيذي لمستشفى الملك فيصل التخصصي`).
        if PLACE_OF_VISIT.contains(&w0) || w0.strip_prefix(['ل', 'ب']).is_some_and(|r| PLACE_OF_VISIT.contains(&r)) {
            continue;
        }
        // After `و`: the next title (`ونقيب أصحاب الفنادق`, `وزيري خارجية البلدين`, where `و` is
        // the word's own letter), or the next portfolio, a noun before its definite complement
        // (`وزيرة التجارة الداخلية وضبط السوق الوطنية`), unless a listed first name.
        let joined = word(first);
        if !by_name && joined.starts_with('و') {
            let title_like = |t: &str| is_rank_or_office(t) || t.strip_suffix('ي').is_some_and(is_rank_or_office);
            let before_complement = words.get(first + 1).is_some_and(|&(s, e)| text[s..e].starts_with("ال")) && !lex.given.contains(w0);
            if title_like(joined) || title_like(w0) || before_complement {
                continue;
            }
        }
        let mut k = first;
        let mut limit = 3;
        let surnames_before = found.surnames.len();
        while k < words.len() && k - first < limit {
            let w = word(k);
            if let Some(i) = mention_index(words[k]) {
                let m = &spans[i];
                // A nisba (`أحمد المصري`), or a known person's surname after another first name
                // (`محمد بنعلي` is not `ليلى بنعلي`: had the first name been hers, the full
                // name would have matched): the family name of the titled person.
                let other_person = m.kind == MentionType::Entity(EntityType::Person) && !m.demonym;
                // After a first name with no title, a place's name is the family name too
                // (`فريديريكو ليما`, `جورج واشنطن`).
                // So is a place named like a nisba after a listed first name, title or not
                // (`الدكتور محمد الزعتري`, not the Zaatari camp).
                let nisba_place = k == first + 1 && lex.given.contains(word(first)) && w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5;
                let place_surname = k == first + 1
                    && matches!(m.kind, MentionType::Entity(EntityType::Place | EntityType::Country))
                    && !m.demonym
                    && ((by_name && !w.starts_with("ال")) || (nisba_place && m.kind == MentionType::Entity(EntityType::Place)));
                if k > first && ((m.demonym && w.starts_with("ال")) || other_person || place_surname) && (m.start, m.end) == words[k] {
                    found.surnames.push(i);
                    k += 1;
                }
                // …and a known person's family name of two words that opens with `بن`, `عبد` or
                // `أبو` after another listed first name (`محمد بن سليم` is not `سلطان أحمد بن
                // سليم`, `حسام عبد الغفار` not `خالد عبد الغفار`).
                else if k == first + 1
                    && other_person
                    && matches!(w, "بن" | "ابن" | "عبد" | "ابو")
                    && lex.given.contains(word(first))
                    && !is_title_word(word(first))
                    && m.start == words[k].0
                    && words[k..].iter().take(limit - 1).any(|w| w.1 == m.end)
                {
                    found.surnames.push(i);
                    while words.get(k).is_some_and(|w| w.1 <= m.end) {
                        k += 1;
                    }
                    break;
                }
                // After `بن` comes the father's name, whatever else it spells (`عبدالعزيز بن تركي
                // الفيصل`: تركي is not Turkey); the name goes on.
                else if k > first && lex.connectors.contains(word(k - 1)) && (m.start, m.end) == words[k]
                    && matches!(m.kind, MentionType::Entity(EntityType::Country | EntityType::Place))
                {
                    found.surnames.push(i);
                    k += 1;
                    continue;
                }
                // …and after the father's name, a place's is the family name (`علي بن محمد
                // تبوك`, not Tabuk).
                else if k > first + 1 && word(k - 2) == "بن" && (m.start, m.end) == words[k] && !m.demonym
                    && matches!(m.kind, MentionType::Entity(EntityType::Place))
                    && !text[words[k].0..].starts_with("ال")
                {
                    found.surnames.push(i);
                    k += 1;
                    break;
                }
                break;
            }
            let arabic = basic_arabic(w);
            // After a connector comes a name, whatever else it spells (`بن علي`: علي is also
            // على "on" once normalised).
            let after_connector = k > first && lex.connectors.contains(word(k - 1));
            // `علي` and `والي` are also `على` ("on") and `وإلى` ("and to") once normalised. Written
            // with `ي`, and `والي` without hamza, after a first name they are the name (`سيد علي
            // زروقي`, `المهندس عصام والي رئيس الهيئة`); `والي` not before the province or body
            // it governs (`والي ولاية وهران`, `والي الجزائر`).
            let written_name = k > first
                && match w {
                    "علي" => norm.original_char_before(words[k].1) == Some('ي'),
                    "والي" => {
                        k == first + 1
                            && norm.original_char_before(words[k].1) == Some('ي')
                            && norm.original_char_before(words[k].0 + "وا".len()) == Some('ا')
                            && words.get(k + 1).is_none_or(|&n| !text[n.0..].starts_with("ال") && !text[n.0..n.1].contains("ولاي") && mention_at(n).is_none())
                    }
                    _ => false,
                };
            let listed_first = k == first && (written_given || written_ali);
            // `خلف` ("behind") as a family name: second, and last before `و`, `إن` or punctuation
            // (`النائبان ملحم خلف وبولا يعقوبيان`), where the preposition has its noun after it.
            let surname_khalaf = w == "خلف"
                && k == first + 1
                && words.get(k + 1).is_none_or(|&n| text[n.0..].starts_with('و') || matches!(&text[n.0..n.1], "ان" | "بان" | "انه" | "انها"));
            if !arabic || w.chars().count() < 2 || (!after_connector && !listed_first && !surname_khalaf && !written_name && (lex.not_name.contains(w) || (!set_off && lex.not_name.contains(strip_proclitic(w))))) {
                break;
            }
            // A tenth form's verbal noun after `ل` ends the name (`قناة الملك عبدالله لاستقبال
            // مياه السد`): "to receive".
            if k > first && w.starts_with("لاست") && w.chars().count() >= 7 {
                break;
            }
            // A word for a place or a facility after a name (`عاين السيد دربال محطة فوكة`): what
            // the holder visits, not their family name.
            if k > first && !after_connector && (super::places::is_kind_word(w) || PLACE_OF_VISIT.contains(&w)) {
                break;
            }
            // A body's definite word after a name (`رئيس مجلس الجنوب هاشم حيدر الجامعة
            // اللبنانية`): what the holder visits or heads, not their family name.
            if k > first && !after_connector && super::bodies::DEFINITE_HEADS.contains(&w) {
                break;
            }
            // After a particle (`ساندرا دي وال`, `فان`, `فون`) the family name, whatever its first
            // letter.
            let after_particle = k > first && NAME_PARTICLES.contains(&word(k - 1));
            // The next title (`الأدميرال براد كوبر قائد القيادة …`): a title with the article, or
            // a head before its definite complement. Heads that are also names stay names
            // (`محمد الأمين ولد …`, `نجم الدين`, `محمد أمير`).
            // Or a head before another (`حسين عيسى نائب رئيس الوزراء`).
            // Or a head before the place or country it serves (`إسماعيل كمال محافظ أسوان`).
            let head_before_complement = lex.heads.contains(w)
                && !matches!(w, "امين" | "الامين" | "امير" | "نجم")
                && words.get(k + 1).is_some_and(|&n| {
                    let next = &text[n.0..n.1];
                    (next.starts_with("ال") && !COMPOUND_SECONDS.contains(&next))
                        || lex.heads.contains(next)
                        || matches!(mention_at(n), Some(MentionType::Entity(EntityType::Country | EntityType::Place)))
                        // …or before a direction and its place (`خالد مبارك محافظ جنوب سيناء`).
                        || matches!(next, "جنوب" | "شمال" | "شرق" | "غرب" | "وسط")
                })
                // A governor's title is no family name, whatever follows it (`محافظ مطروح`, a
                // place the embedded base does not know).
                || matches!(w, "محافظ" | "محافظه");
            if k > first && !after_connector && !written_name && (head_before_complement || lex.titles.contains(w)) {
                break;
            }
            // A conjunction: the next item of a list, not the name. But a compound first name
            // (`عبد اللطيف`) is followed by its family name, whatever its first letter
            // (`عبد اللطيف وهبي`).
            let after_compound = k == first + 2 && (word(first) == "عبد" || COMPOUND_SECONDS.contains(&word(first + 1)));
            if k > first && w.starts_with('و') && !lex.connectors.contains(w) && !after_compound && !after_particle && !written_name && !set_off {
                break;
            }
            // `ف` and a past verb in `ت` (`منى فواز فاعتبرت، في حديث`): the sentence goes on.
            if k > first && w.starts_with('ف') && w.ends_with('ت') && !w.ends_with("ات") && w.chars().count() >= 5 {
                break;
            }
            // Without a title, a first name is also an ordinary word (`إمام المسجد`), and a
            // preposition with the article is a phrase (`أخبار سارة للمواطنين`). A nisba with
            // the article that is no mention is a family name (`أمينة الصرارفي`).
            let family_nisba = || w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5 && mention_at(words[k]).is_none();
            if by_name && k > first && ((k == first + 1 && lex.ambiguous_given.contains(word(first)) && !can_start_name(lex, w, w, false) && !family_nisba())
                || has_proclitic_and_article(w))
            {
                break;
            }
            // Nor does a name found by its first name take a third word that is a dual or a
            // feminine noun (`إمام عاشور فرصتين`, `إبراهيم دياز ركلة`).
            // A family name before `إن` ("that", after a verb of saying) is the name's (`وقال
            // … محمد سعد برادة إن`); before a comma it may be the object (`وأهدر إمام عاشور فرصة،`).
            // Nor, after a title, a third word in the feminine plural or a feminine noun before
            // its adjective: the verb's object (`تسلم من السفير الفرنسي هيرفيه ماغرو هبة مقدمة`,
            // `… ماغرو مساعدات`).
            // (Not a family name after a compound first name or a connector: `عبد السلام بكرات`,
            // `ريا بنت سالم المنذرية`.)
            let compound_or_connected = || word(first) == "عبد" || (first + 1 < k && COMPOUND_SECONDS.contains(&word(first + 1))) || (first..k).any(|i| lex.connectors.contains(word(i)));
            if !by_name && k >= first + 2 && !w.starts_with("ال") && (w.ends_with("ات") && w.chars().count() >= 5 && !lex.given.contains(w)
                || (norm.original_char_before(words[k].1) == Some('ة')
                    && words.get(k + 1).is_some_and(|&n| n.0 == words[k].1 + 1 && !text[n.0..].starts_with("ال") && norm.original_char_before(n.1) == Some('ة'))))
                && !compound_or_connected()
            {
                break;
            }
            // …nor, after `بن` and the father's name, an indefinite accusative (`كان حسان بن ثابت
            // شاعرا`, the predicate).
            if by_name && k >= first + 3 && word(first + 1) == "بن" && w.ends_with('ا') && !w.starts_with("ال") && w.chars().count() >= 5 && !lex.given.contains(w) {
                break;
            }
            let ends_clause = words.get(k + 1).is_some_and(|&n| matches!(&text[n.0..n.1], "ان" | "بان" | "انه" | "انها"));
            if by_name && k >= first + 2 && (w.ends_with("تين") || w.ends_with("ات") || (norm.original_char_before(words[k].1) == Some('ة') && !ends_clause)) {
                break;
            }
            // After a title, a third word in `ة` before a definite noun is a noun in the construct
            // state (`المهاجم السنغالي إبراهيما ندياي حصة التسجيل`), not the family name.
            // (After `بن` it is the father's: `سلمان بن خليفة آل خليفة`, `سعد بن شريدة الكعبي`.)
            if !by_name && k >= first + 2 && !after_connector && norm.original_char_before(words[k].1) == Some('ة') && words.get(k + 1).is_some_and(|&n| n.0 == words[k].1 + 1 && text[n.0..n.1].starts_with("ال")) {
                break;
            }
            // …or a verb after the name (`وليد حماية سيحضر`, `يستقبل`). (A family name may
            // look like one: `ألفريد ستيرن`.) After a title, a future verb as the third word
            // (`رئيسها التنفيذي ستيفانو دومينيكالي سيزور`).
            let future_verb = ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p));
            if k >= first + 2 && w.chars().count() >= 4 && (future_verb || (by_name && w.starts_with('ي') && !lex.verb_like_names.contains(w))) {
                break;
            }
            // `ل` with the article (`نادية فتاح للمشروع`): the sentence goes on.
            if k > first && w.starts_with("لل") && w.chars().count() >= 4 {
                break;
            }
            // A preposition and a verbal noun (`بتوقيع`, `بمشاركة`, `لتعزيز`): the sentence goes on.
            if k > first && w.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|r| r.chars().count() >= 4 && r.starts_with(['ت', 'م'])) {
                break;
            }
            // After two words of a name, a preposition and a feminine noun or a noun with a
            // pronoun (`أوسكار أوستاري لركلة جزاء`, normalised `لركله`): the sentence goes on.
            // (A third name word may start with these letters: `لورا الخازن لحود`.)
            // (As above, a family name that ends the clause is the name's.)
            // (Nor before a comma or a full stop, where a preposition's phrase would have gone
            // on: `محمد سعد برادة، أمس`.)
            let set_off = text[words[k].1..].starts_with(['،', '.', ':', '؛']);
            if k >= first + 2 && w.starts_with(['ب', 'ل']) && w.ends_with('ه') && !lex.connectors.contains(w) && !ends_clause && !set_off {
                break;
            }
            // After two words of a name, a noun with a pronoun (`المحافظ حسن عبد الله
            // اجتماعها`): the sentence goes on.
            if k >= first + 2 && w.chars().count() >= 5 && (w.ends_with("ها") || w.ends_with("هم") || w.ends_with("هما")) {
                break;
            }
            // …or a verb of the fourth form with its object, written `أ…ه` (`العماد رودولف هيكل
            // أبلغه أن`).
            if k >= first + 2 && (4..=5).contains(&w.chars().count()) && w.starts_with('ا') && norm.original_char_before(words[k].1) == Some('ه') && norm.original()[norm.original_span_after(words[k].0, words[k].1, &mut hint).0..].starts_with('أ') {
                break;
            }
            k += 1;
            // A connector (`بن`, `ولد`, `عبد`) is not one of the three words: `أحمد بن علي
            // الخاطر`. A surname with the article ends the name, but after `عبد` it is the second
            // half of a compound first name (`عبد الوافي لفتيت`).
            if lex.connectors.contains(w) {
                limit += 1;
            } else if k - 1 > first && w.starts_with("ال") && !COMPOUND_SECONDS.contains(&w) && word(k - 2) != "عبد" {
                // …unless the father's name follows, as royal names run (`خالد الفيصل بن
                // عبدالعزيز`).
                let father_next = words.get(k).is_some_and(|&n| &text[n.0..n.1] == "بن") && words.get(k + 1).is_some_and(|&n| !text[n.0..].starts_with("ال"));
                // …or a third name closes the name set off by commas (`وزير الفلاحة، ياسين
                // المهدي وليد، أمس`), as Algerian names run.
                // Or before the next person's title (`وزيرة السياحة لورا الخازن لحود ورئيس مجلس
                // إدارة …`), as Lebanese married names run.
                let before_next_title = |n: (usize, usize)| {
                    words.get(k + 1).is_some_and(|&t| t.0 == n.1 + 1 && text[t.0..t.1].strip_prefix('و').is_some_and(is_rank_or_office))
                };
                // Or the Maghreb's double first names, `محمد` or `أحمد` and a definite second
                // (`السيد محمد المهدي بنسعيد`, `محمد الأمين`), have the family name after them,
                // when it is no verb.
                let double_first = |n: (usize, usize)| {
                    let x = &text[n.0..n.1];
                    matches!(word(first), "محمد" | "احمد")
                        && DOUBLE_FIRST_SECONDS.contains(&w)
                        && !(x.chars().count() >= 4 && (x.starts_with('ي') && !lex.verb_like_names.contains(x) || ["سي", "ست", "سن"].iter().any(|p| x.starts_with(p))))
                        // (Nor a noun before its complement: `أحمد الطيب شيخ الأزهر`.)
                        && words.get(k + 1).is_none_or(|&m| m.0 != n.1 + 1 || !text[m.0..m.1].starts_with("ال"))
                };
                let last_before_comma = k == first + 2
                    && words.get(k).is_some_and(|&n| {
                        let x = &text[n.0..n.1];
                        // (A woman's married name before a comma, too, after her title: `وزيرة
                        // السياحة لورا الخازن لحود، في مؤتمر`.)
                        ((text[n.1..].starts_with('،') && ((feminine_title && !by_name) || text[..words[first].0].trim_end().ends_with('،'))) || before_next_title(n) || double_first(n))
                            && mention_index(n).is_none()
                            && basic_arabic(x)
                            && x.chars().count() >= 3
                            && !x.starts_with("ال")
                            && (!x.starts_with('و') || lex.given.contains(x))
                            && !lex.not_name.contains(x)
                            && !is_title_word(x)
                    });
                if last_before_comma {
                    k += 1;
                    break;
                }
                if !father_next {
                    break;
                }
            }
        }
        // A name does not end on a connector: `حمدان بن محمد بن راشد آل مكتوم` takes the family
        // name after `آل`, or leaves the connector out.
        // `آل` (normalised `ال`) right after the three words names the family: `… بن راشد آل مكتوم`.
        if k > first && k + 1 < words.len() && word(k) == "ال" {
            k += 1;
        }
        if k > first + 1 && NAME_PARTICLES.contains(&word(k - 1)) {
            k -= 1;
        }
        if k > first && lex.connectors.contains(word(k - 1)) {
            let next_is_name = words.get(k).is_some_and(|&w| {
                let next = &text[w.0..w.1];
                mention_index(w).is_none() && !lex.not_name.contains(next) && basic_arabic(next)
            });
            if next_is_name {
                k += 1;
            } else {
                k -= 1;
            }
        }
        // A ruling family's name after a name of three (`الشيخ نواف سعود الناصر الصباح`): the
        // family's, not the known person's whose short form it is.
        if k == first + 3 && k < words.len() && RULING_FAMILIES.contains(&word(k)) {
            match mention_index(words[k]) {
                None => k += 1,
                Some(i) if (spans[i].start, spans[i].end) == words[k] && spans[i].kind == MentionType::Entity(EntityType::Person) => {
                    found.surnames.push(i);
                    k += 1;
                }
                Some(_) => {}
            }
        }
        // A chain of `بن` ends with the family name: `محمد بن عبدالعزيز بن صالح الخليفي`.
        // (Not after a family name the loop took: `خالد بن عبدالعزيز الفالح الأحد`.)
        let ended_on_family = k > first && word(k - 1).starts_with("ال") && !COMPOUND_SECONDS.contains(&word(k - 1));
        if limit > 3 && k - first == limit && !ended_on_family && k < words.len() && word(k).starts_with("ال") && word(k) != "ال" && !lex.not_name.contains(word(k)) {
            match mention_index(words[k]) {
                None => k += 1,
                // A known person's surname or a nisba, as above.
                Some(i) if (spans[i].start, spans[i].end) == words[k] && (spans[i].demonym || spans[i].kind == MentionType::Entity(EntityType::Person)) => {
                    found.surnames.push(i);
                    k += 1;
                }
                Some(_) => {}
            }
        }
        // One word before a known person's name is theirs (`معالي الدكتور سيد عباس عراقجي`).
        if k == first + 1 && words.get(k).is_some_and(|&w| matches!(mention_at(w), Some(MentionType::Entity(EntityType::Person)))) {
            continue;
        }
        // A first name alone is no one; nor is `خليفة` ("successor") alone after a title.
        if (by_name || written0 == "خليفة") && k < first + 2 {
            continue;
        }
        if k > first {
            let (s, e) = (words[first].0, words[k - 1].1);
            found.people.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
            last_end = e;
            // After a title in the dual, the second holder's name follows `و` (`النائبان ملحم
            // خلف وبولا يعقوبيان`): its first word and one or two more.
            // After a region's members of parliament, each next holder too (see [`LIST_TITLES`]).
            let list = !by_name && LIST_TITLES.contains(&title);
            let most = if list { 4 } else { 1 };
            let mut k = k;
            let mut holders = 0;
            while !by_name && (DUAL_TITLES.contains(&title) || list) && holders < most && k + 1 < words.len() && mention_index(words[k]).is_none() {
                let next = word(k).strip_prefix('و').filter(|r| r.chars().count() >= 2 && (can_start_name(lex, r, r, false) || (list && lex.given.contains(*r))));
                if next.is_none() {
                    break;
                }
                let mut m = k + 1;
                while m < words.len() && m < k + 3 {
                    let w = word(m);
                    if mention_index(words[m]).is_some() || !basic_arabic(w) || w.starts_with('و') || lex.not_name.contains(w) || is_title_word(w) {
                        break;
                    }
                    m += 1;
                }
                if m == k + 1 {
                    break;
                }
                let (s2, e2) = (words[k].0 + 'و'.len_utf8(), words[m - 1].1);
                found.people.push(Span { start: s2, end: e2, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
                last_end = e2;
                holders += 1;
                k = m;
            }
            if holders > 0 || list {
                continue;
            }
            // A title in the dual names two holders: with no second one, what followed it was no
            // name (`الوزيرين استعرضا نتائج لقائهما`, a verb in the dual).
            if !by_name && DUAL_TITLES.contains(&title) {
                found.people.pop();
                found.surnames.truncate(surnames_before);
                last_end = ts;
            }
        }
    }
    // Already ascending, as titles come in text order and a surname ends its title's name;
    // sorted all the same, since the recogniser searches the list.
    crate::sort::sort_by_key(&mut found.surnames, |&s| s as u64);
    appositive_people(text, lex, titles, spans, &mut found.people);
    comma_named_people(text, lex, titles, spans, &mut found.people);
    if !found.people.is_empty() {
        later_mentions(text, lex, spans, &mut found.people, &mut found.surnames);
    }
    found
}

/// Ordinals that end a sovereign's name (`محمد السادس`, `عبد الله الثاني`): never said alone for
/// the person.
const ORDINAL_SURNAMES: &[&str] = &["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];

/// A person the knowledge base knows, named in full (`وزير الحج والعمرة الدكتور توفيق بن فوزان
/// الربيعة`), is the same person when the story names them again by the family name alone (`وأكد
/// الربيعة`), as for the people [`later_mentions`] finds. Where the knowledge base lists a short
/// form the gazetteer has found it already; this covers the family names it does not list. The
/// word must not be another mention, must not follow a definite word it would qualify (`المؤتمر
/// السادس`) nor come before a definite noun (`سلامة المواطنين`). `unlisted(entry)`: whether the
/// entry lists no short form (one it lists, the gazetteer has found already: those are not
/// searched again). Each person's text is searched once: a window already searched after an
/// earlier full mention is not searched again.
pub(crate) fn known_people_later(text: &str, spans: &[Span], people: &mut Vec<Span>, unlisted: impl Fn(usize) -> bool) {
    let lex = lexicon();
    let mut extra: Vec<Span> = Vec::new();
    // (entry, end of the text searched for it so far).
    let mut searched: Vec<(usize, usize)> = Vec::new();
    for p in spans.iter().filter(|p| p.kind == MentionType::Entity(EntityType::Person) && !p.demonym) {
        let Some(entry) = p.entity.filter(|&e| unlisted(e)) else { continue };
        let name = &text[p.start..p.end];
        let Some(mut sp) = name.rfind(' ') else { continue };
        // A family name after a connector (`بن سلمان`, `آل ثاني`) is the family's, shared by
        // others the story may name (`الشيخ محمد بن عبدالرحمن آل ثاني`): not taken.
        if name[..sp].rsplit(' ').next().is_some_and(|w| lex.connectors.contains(w)) {
            continue;
        }
        if let Some(sp2) = name[..sp].rfind(' ').filter(|_| matches!(&name[sp + 1..], "الدين" | "الله")) {
            sp = sp2;
        }
        let surname = &name[sp + 1..];
        if surname.chars().count() < 3
            || lex.not_name.contains(surname)
            || lex.connectors.contains(surname)
            || is_title_word(surname)
            || ORDINAL_SURNAMES.contains(&surname)
            || COMPOUND_SECONDS.contains(&surname)
        {
            continue;
        }
        let from = match searched.iter_mut().find(|(e, _)| *e == entry) {
            Some((_, done)) => {
                let from = (*done).max(p.end);
                *done = p.end + COREFERENCE_WINDOW;
                from
            }
            None => {
                searched.push((entry, p.end + COREFERENCE_WINDOW));
                p.end
            }
        };
        if from >= p.end + COREFERENCE_WINDOW {
            continue;
        }
        for q in whole_word_occurrences(text, surname, from, p.end + COREFERENCE_WINDOW - from) {
            let e = q + surname.len();
            if next_is_definite(text, e)
                || overlaps_sorted(spans, q, e)
                || overlaps_sorted(people, q, e)
                || previous_word(text, q).is_some_and(|w| w.starts_with("ال") && !is_title_word(w))
            {
                continue;
            }
            extra.push(Span { start: q, end: e, kind: MentionType::Entity(EntityType::Person), entity: p.entity, demonym: false, date: None });
        }
    }
    if !extra.is_empty() {
        // Two people may claim one word: the earliest claim stands.
        keep_leftmost_longest(&mut extra, |p| (p.start, p.end));
        people.extend(extra);
        crate::sort::sort_by_key(people, |p| p.start as u64);
    }
}

/// Verbs of speech (normalised, without `و`/`ف`) after which a name and its title in apposition
/// come: `أعلن سالم حميد المري، مدير عام المركز`.
const SPEECH_VERBS: &[&str] = &[
    "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اوضح", "اوضحت", "اشار", "اشارت", "صرح", "صرحت", "شدد", "شددت",
    "اضاف", "اضافت", "لفت", "لفتت", "كشف", "كشفت", "دعا", "دعت", "اعتبر", "اعتبرت", "افاد", "افادت", "ذكر", "ذكرت",
];

/// Verbs of visiting and opening (normalised, without `و`/`ف`): after one, a titled person's
/// nisba surname is the person (`كما زارت الصرارفي المتحف`), as after a verb of speech.
const VISIT_VERBS: &[&str] = &["زار", "زارت", "تفقد", "تفقدت", "دشن", "دشنت", "افتتح", "افتتحت", "تراس", "تراست", "التقي", "التقت", "عرض", "عرضت"];

/// Whether `w` (normalised), as written or without a proclitic letter, is in one of `lists`.
fn in_lists(w: &str, lists: &[&[&str]]) -> bool {
    let bare = strip_proclitic(w);
    lists.iter().any(|l| l.contains(&w) || l.contains(&bare))
}

/// Verbs of praising and thanking (normalised, without `و`/`ف`): a titled person's family name
/// after one, before the object, is the person (`ثمن برهم الدعم`).
const PRAISE_VERBS: &[&str] = &["ثمن", "ثمنت", "اشاد", "اشادت", "شكر", "شكرت", "بحث", "بحثت"];

/// Subjects of a verb of speech that are no names (`وقال مصدر مطلع،`).
const NOT_APPOSITIVE: &[&str] = &["مصدر", "مصادر", "بيان", "تقرير", "متحدث", "ناطق", "خبير", "خبراء", "شهود", "سكان", "مسئولون"];

/// People named before their title, in apposition after a verb of speech: `أعلن سالم حميد
/// المري، مدير عام مركز …`. Two or three name words between the verb and a comma, then a title
/// word (or with no comma, a title's head before its definite complement: `وقال سيدي ولد التاه
/// رئيس البنك`); the first name word without the article, the words no function words, qualifiers or
/// titles, and none inside another mention. Added to `people` (in text order).
fn appositive_people(text: &str, lex: &Lexicon, titles: &[(usize, usize)], spans: &[Span], people: &mut Vec<Span>) {
    let mut extra = Vec::new();
    for &(ts, te) in titles {
        let before = &text[..crate::normalize::spaces_start(text, ts)];
        // Without the comma, before a title's head and its definite complement (`وقال سيدي ولد
        // التاه رئيس البنك`).
        let head = || lex.heads.contains(&text[ts..te]) && before.len() < ts && text[te..].starts_with(' ') && next_is_definite(text, te);
        let Some(name_end) = before.strip_suffix('،').or_else(|| before.strip_suffix(',')).map(str::len).or_else(|| head().then_some(before.len())) else { continue };
        // The words before the comma, last first, single spaces between them.
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(4);
        let mut at = name_end;
        while words.len() < 4 {
            let ws = crate::normalize::word_start(text, at);
            if ws == at {
                break;
            }
            words.push((ws, at));
            if ws < 2 || text.as_bytes()[ws - 1] != b' ' || text.as_bytes()[ws - 2] == b' ' {
                break;
            }
            at = ws - 1;
        }
        let Some(verb_at) = (2..words.len()).find(|&k| {
            let w = &text[words[k].0..words[k].1];
            let bare = w.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3).unwrap_or(w);
            SPEECH_VERBS.contains(&bare)
        }) else {
            continue;
        };
        let names = &words[..verb_at];
        let ok = names.iter().enumerate().all(|(i, &(s, e))| {
            let w = &text[s..e];
            let first = i == names.len() - 1;
            lex.plain_name_word(w)
                && !NOT_APPOSITIVE.contains(&w)
                && !(first && w.starts_with("ال") && !lex.article_names.contains(w))
                && !(i > 0 && !first && w.starts_with("ال"))
                && !(i > 0 && w.starts_with('و') && !lex.connectors.contains(w))
        });
        // A participle in `م…ة` before a definite noun that is no nisba names a post, not a
        // woman (`أعلنت منتجة المهرجان، السيدة …`, "the festival's producer").
        let post = names.len() >= 2 && {
            let (f, second) = (&text[names[names.len() - 1].0..names[names.len() - 1].1], &text[names[names.len() - 2].0..names[names.len() - 2].1]);
            f.starts_with('م') && f.ends_with('ه') && f.chars().count() >= 5 && !lex.given.contains(f) && second.starts_with("ال") && !second.ends_with('ي')
        };
        let (s, e) = (names[names.len() - 1].0, names[0].1);
        if ok && !post && !overlaps_sorted(spans, s, e) && !overlaps_sorted(people, s, e) {
            extra.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
        }
    }
    if !extra.is_empty() {
        people.extend(extra);
        crate::sort::sort_by_key(people, |p| p.start as u64);
    }
}

/// What follows a name set off by commas after a verb of speech and a title (normalised): `أن`,
/// `إن`, `إلى` (`أشار … ، رضا الشابي، إلى أن`).
const AFTER_COMMA_NAME: &[&str] = &["ان", "بان", "انه", "انها", "الي"];

/// A person named between two commas after a long title, as the Maghreb's agencies write it:
/// `وأكد المدير العام لشركة "تاف تونس" المستغلة للمطار، كمال الزواري، أن …`, `والأستاذ بجامعة
/// سوسة، أنيس الغربي، أن`. Before the first comma, a title's clause (within 240 bytes of the
/// title, no other punctuation but quotation marks and dashes between); two or three words of a
/// name (four with a connector or a compound's second half) up to a second comma at most 80
/// bytes on; then `أن`, `إن` or `إلى`, which a verb of speech puts after its subject. The cheap
/// tests come first (commas looked for on bytes, the clause read last): this runs after every
/// title. Added to `people`.
fn comma_named_people(text: &str, lex: &Lexicon, titles: &[(usize, usize)], spans: &[Span], people: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    // The first comma (`،` or `,`) in `from..to`.
    let comma_in = |from: usize, to: usize| {
        bytes[from..to.min(bytes.len())].iter().enumerate().find_map(|(i, &b)| match b {
            b',' => Some((from + i, 1)),
            0x8C if i > 0 && bytes[from + i - 1] == 0xD8 => Some((from + i - 1, 2)),
            _ => None,
        })
    };
    let mut extra: Vec<Span> = Vec::new();
    let mut words = Vec::with_capacity(6);
    // The first comma after the last title looked at, reused by the titles before it.
    let mut cached: Option<(usize, usize)> = None;
    for (t, &(_, te)) in titles.iter().enumerate() {
        let Some((k, klen)) = cached.filter(|&(k, _)| k >= te).or_else(|| comma_in(te, te + 240)) else { continue };
        cached = Some((k, klen));
        // The title nearest the comma is the one whose clause it closes.
        if titles.get(t + 1).is_some_and(|&(_, next)| next <= k) {
            continue;
        }
        let open = k + klen;
        let Some((second, slen)) = comma_in(open, open + 80) else { continue };
        let after = crate::normalize::spaces_end(text, second + slen);
        if !AFTER_COMMA_NAME.contains(&&text[after..crate::normalize::word_end(text, after)]) {
            continue;
        }
        words_after(text, open, 5, &mut words);
        let Some(close) = words.iter().position(|&(_, e)| e == second) else { continue };
        let name = &words[..=close];
        let joined = name.iter().any(|&(s, e)| lex.connectors.contains(&text[s..e]) || COMPOUND_SECONDS.contains(&&text[s..e]));
        if !(2..=3 + usize::from(joined)).contains(&name.len()) || name[0].0 != crate::normalize::spaces_end(text, open) {
            continue;
        }
        let (s, e) = (name[0].0, name[close].1);
        let ok = name.iter().enumerate().all(|(i, &(ws, we))| {
            let w = &text[ws..we];
            lex.plain_name_word(w)
                && !(i == 0 && w.starts_with("ال") && !lex.article_names.contains(w))
                && !(i > 0 && w.starts_with('و') && !lex.connectors.contains(w))
        });
        if !ok || overlaps_sorted(spans, s, e) || overlaps_sorted(people, s, e) || extra.last().is_some_and(|p| p.end > s) || !clause_unbroken(text, te, k) {
            continue;
        }
        extra.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
    }
    if !extra.is_empty() {
        people.extend(extra);
        crate::sort::sort_by_key(people, |p| p.start as u64);
    }
}

/// Whether `text[from..to]` holds only words, spaces, dashes and quotation marks.
fn clause_unbroken(text: &str, from: usize, to: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match bytes[i] {
            b' ' | b'"' | b'-' => i += 1,
            0xC2 if matches!(bytes.get(i + 1), Some(0xAB | 0xBB)) => i += 2,
            _ => match crate::normalize::word_char_after(text, i) {
                Some(len) => i += len,
                None => return false,
            },
        }
    }
    true
}

/// Ruling families named by one word with the article (normalised), the last word of a name of
/// four (`نواف سعود الناصر الصباح`).
const RULING_FAMILIES: &[&str] = &["الصباح", "القاسمي", "النعيمي", "الشرقي", "المعلا", "النهيان"];

/// How far after a titled person a later mention of the same name is looked for (bytes of the
/// normalised text: about a news article).
const COREFERENCE_WINDOW: usize = 6000;

/// The longest first line, in bytes, taken for a headline whose surnames the lead names in full.
const HEADLINE_BYTES: usize = 400;

/// A person the knowledge base does not know, once named after a title (`وزير الثقافة غسان
/// سلامة`), is the same person when the story names them again without it: by the full name
/// (`غسان سلامة`) or the surname alone (`وأضاف سلامة`), within the next few thousand bytes. The
/// surname must be a whole word (a one-letter proclitic allowed), not part of another mention,
/// and not followed by a definite noun (`سلامة المواطنين` is "the citizens' safety").
///
/// When the name took in a known person's surname (`النقيب الحسين الزياني`, not the Bahraini
/// minister `عبد اللطيف الزياني`), the surname alone later is this person too, unless the article
/// also names the known one in full.
fn later_mentions(text: &str, lex: &Lexicon, spans: &[Span], people: &mut Vec<Span>, surnames: &mut Vec<usize>) {
    let mut extra: Vec<Span> = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    let n = people.len();
    // The end of the first line, when it is short enough for a headline.
    let headline_end = text.find('\n').filter(|&h| h <= HEADLINE_BYTES);
    for i in 0..n {
        let p = people[i];
        let name = &text[p.start..p.end];
        let Some(mut sp) = name.rfind(' ') else { continue };
        // A family name after a connector is said with it: `عبد النباوي`, `بن سلمان`, `آل ثاني`.
        if let Some(sp2) = name[..sp].rfind(' ').filter(|&sp2| lex.connectors.contains(&name[sp2 + 1..sp])) {
            sp = sp2;
        } else if matches!(&name[sp + 1..], "الدين" | "الله") {
            // So is a compound family name in `الدين` or `الله` (`ركان ناصر الدين`, then `ناصر
            // الدين`; `فضل الله`), never `الدين` alone ("the debt").
            let Some(sp2) = name[..sp].rfind(' ') else { continue };
            sp = sp2;
        }
        let surname = &name[sp + 1..];
        if surname.chars().count() < 3 || lex.not_name.contains(surname) || lex.connectors.contains(surname) {
            continue;
        }
        // The known person whose surname this name took in, if the article never names them in full.
        let at = p.start + sp + 1;
        let other = spans
            .binary_search_by_key(&at, |m| m.start)
            .ok()
            .filter(|&k| surnames.binary_search(&k).is_ok() && spans[k].end == p.end && !spans[k].demonym)
            .and_then(|k| spans[k].entity)
            .filter(|&id| !spans.iter().any(|m| m.entity == Some(id) && m.end - m.start != surname.len()));
        let given = &name[..sp + 1];
        // The surname alone in the headline, before the lead names the person in full (`قويدري:
        // إنتاج الأنسولين…`, `بن الشيخ: صابة قياسية`): the first line, when short and before the name.
        let headline = headline_end.filter(|&h| h < p.start).unwrap_or(0);
        let in_headline = whole_word_occurrences(text, surname, 0, headline);
        for q in in_headline.chain(whole_word_occurrences(text, surname, p.end, COREFERENCE_WINDOW)) {
            let (before, e) = (&text[..q], q + surname.len());
            // (A definite object after a verb of visiting and the name: `زارت الصرارفي المتحف`.)
            // (…or of saying or praising: `أكد المشاري التنسيق`, `ثمن برهم الدعم`.)
            if next_is_definite(text, e) && !previous_word(text, q).is_some_and(|w| in_lists(w, &[VISIT_VERBS, SPEECH_VERBS, PRAISE_VERBS])) {
                continue;
            }
            // The full name again, or the surname alone.
            let s = if before.ends_with(given) && before[..before.len() - given.len()].chars().next_back().is_none_or(|c| !is_word_char(c) || "وفبلك".contains(c)) {
                q - given.len()
            } else {
                q
            };
            if overlaps_sorted(&people[..n], s, e) {
                continue;
            }
            // A nisba surname alone after a definite noun is its adjective (`حسام الدين المدني`,
            // then `هيئة الطيران المدني`), but not after a title (`وأكد الوزير المدني`).
            if s == q
                && surname.starts_with("ال")
                && previous_word(text, q).is_some_and(|w| (definite_word(w) || has_proclitic_and_article(w)) && !is_title_word(w) && !is_title_word(strip_proclitic(w)))
            {
                continue;
            }
            if overlaps_sorted(spans, s, e) {
                // The known person's surname alone: this person, as above. Or a nisba surname
                // after an honorific (`نادية العراقي` … `وأوضحت السيدة العراقي`), not "the Iraqi",
                // or right after a verb of saying (`صالح بن علي التركي` … `وقال التركي:`).
                // (Or a verb of visiting: `كما زارت الصرارفي المتحف`.)
                let honorific = || previous_word(text, q).is_some_and(|w| in_lists(w, &[HONORIFICS, SPEECH_VERBS, VISIT_VERBS]));
                match spans.binary_search_by_key(&q, |m| m.start) {
                    Ok(k) if other.is_some() && s == q && spans[k].end == e && spans[k].entity == other && spans[k].kind == MentionType::Entity(EntityType::Person) => taken.push(k),
                    Ok(k) if s == q && spans[k].end == e && spans[k].demonym && honorific() => taken.push(k),
                    // …or a place named like a nisba that was the person's family name (`محمد
                    // الزعتري` … `وعرض الزعتري`, not the Zaatari camp).
                    Ok(k) if s == q
                        && spans[k].end == e
                        && spans[k].kind == MentionType::Entity(EntityType::Place)
                        && surname.starts_with("ال")
                        && surname.ends_with('ي')
                        && honorific() =>
                    {
                        taken.push(k)
                    }
                    _ => continue,
                }
            }
            extra.push(Span { start: s, end: e, kind: MentionType::Entity(EntityType::Person), entity: None, demonym: false, date: None });
        }
    }
    if !extra.is_empty() {
        // Two earlier people may both claim a word (`سلامة` after `غسان سلامة` and `هيثم
        // سلامة`), or a full name and its surname overlap: of claims that overlap, the earliest
        // (and at one start the longest) stands.
        keep_leftmost_longest(&mut extra, |p| (p.start, p.end));
        taken.retain(|&k| extra.iter().any(|p| (p.start, p.end) == (spans[k].start, spans[k].end)));
        people.extend(extra);
        crate::sort::sort_by_key(people, |p| p.start as u64);
    }
    if !taken.is_empty() {
        surnames.extend(taken);
        crate::sort::sort_by_key(surnames, |&s| s as u64);
        surnames.dedup();
    }
}

/// Whether `word` (normalised) is a function word or one of the verbs news puts after a name,
/// which start and continue no name.
pub(crate) fn is_not_name(word: &str) -> bool {
    lexicon().not_name.contains(word)
}

/// Whether `w` (normalised) starts with a proclitic and the article (`بال`, `كال`, `فال`, `وال`, or
/// `لل`): a phrase (`بالقرب`, `للمواطنين`), not a name's word.
pub(crate) fn has_proclitic_and_article(w: &str) -> bool {
    ["بال", "كال", "فال", "وال", "لل"].iter().any(|p| w.starts_with(p))
}

/// Whether `w` is made of basic Arabic letters only (U+0621–U+064A), as a name's words are.
pub(crate) fn basic_arabic(w: &str) -> bool {
    w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Whether the word after byte `end` (past spaces) is [`definite_word`]: `وأشار النباوي إلى`
/// has none after the name.
fn next_is_definite(text: &str, end: usize) -> bool {
    let s = crate::normalize::spaces_end(text, end);
    s > end && definite_word(&text[s..crate::normalize::word_end(text, s)])
}

/// Whether `w` (normalised) starts with the article. `إلى` and `إلا` (normalised `الي`, `الا`)
/// and the relative pronouns do not count.
fn definite_word(w: &str) -> bool {
    w.starts_with("ال") && !matches!(w, "الي" | "الا" | "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
}

/// A word without a leading conjunction `و`, when what remains is still a word.
fn strip_conjunction(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w)
}
