//! A seeded, deterministic corpus of fictional news pages for benchmarks and smoke tests:
//! `cargo run --release --example gen_corpus -- --files 20000 --seed 1 OUT_DIR`.
//!
//! Every page is invented (people, places, outlets, events) and laid out the way the importer meets
//! real ones: copied-page chrome (navigation, share runs, related lists, footers), captions printed
//! twice with their credits, block quotes after "said:", interrupted and partial quotes, bylines and
//! dates in several forms, a few files holding two or three articles, some saved HTML pages and some
//! Windows-1252 text. Articles run 600-900 words. Speakers come from a fixed pool and are drawn with a
//! skewed distribution, so some are quoted in thousands of articles, as in a real archive, and a few
//! spellings vary. The same seed and count always write the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
    /// An index skewed towards the start: item k is drawn about 1/(k+1) as often as item 0.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u) - 1.0) as usize).min(n - 1)
    }
}

const FIRST_F: &[&str] = &[
    "Mira", "Annika", "Lotte", "Petra", "Ingrid", "Sofia", "Nadia", "Helena", "Ruth", "Dilys",
    "Fenella", "Marjorie", "Priya", "Aiko", "Grace", "Odile", "Celia", "Joanne", "Beatrice",
    "Lydia", "Alma", "Rosa", "Sandra", "Fiona", "Elena", "Marion", "Hannah", "Nora", "Dana",
    "Sun-Hee",
];
const FIRST_M: &[&str] = &[
    "Jonas", "Per", "Anders", "Tomas", "Pavel", "Yusuf", "Felix", "Owain", "Arjun", "Thomas",
    "Greg", "Leonard", "Imran", "Eli", "Tom", "Dmitri", "Mark", "Luis", "Kwame", "Ryan", "Stefan",
    "Walt", "Alan", "Graham", "Rob", "Dale", "Ben", "Jakob", "Yann", "Theo",
];
const SURNAME_HEADS: &[&str] = &[
    "Kal", "Ber", "Lind", "Mor", "Vel", "Hal", "Tor", "Ash", "Brenn", "Cor", "Dal", "Ek", "Fen",
    "Gar", "Hol", "Ist", "Jor", "Kes", "Lar", "Mar", "Nor", "Ost", "Pell", "Quin", "Ros", "Sand",
    "Tam", "Ulv", "Vand", "Wex", "Abr", "Bal", "Cas", "Dor", "Esk", "Fal",
];
const SURNAME_TAILS: &[&str] = &[
    "berg", "sen", "ström", "ley", "wick", "ford", "man", "quist", "ard", "ino", "ova", "ski",
    "ton", "dahl", "holm", "vik", "land", "by", "ez", "elli", "czyk", "owski", "ani", "escu",
];
const ROLES: &[&str] = &[
    "the union's chair",
    "a spokeswoman for the port authority",
    "a spokesman for the council",
    "chief economist at Nordhavn Bank",
    "the town's mayor",
    "a senior engineer at the water board",
    "who runs a bakery on the high street",
    "the head teacher",
    "a researcher at Vell University",
    "the ferry company's chief executive",
    "a councillor for the harbour ward",
    "who has fished these waters for thirty years",
    "the hospital's medical director",
    "the transport minister",
    "a lawyer for the residents' group",
];
const TITLES: &[&str] = &[
    "Mayor",
    "Councillor",
    "Transport Minister",
    "Dr.",
    "Professor",
    "Finance Minister",
];
const PLACES: &[&str] = &[
    "Lindholm",
    "Port Vell",
    "Calder",
    "Brannock",
    "Harwick",
    "Millbrook",
    "Kestrel",
    "Carrow",
    "Eskdale",
    "Velmont",
    "Keswold",
    "Alder Falls",
    "Saxby",
    "Ridgefield",
    "Brenton",
    "Hallam",
];
/// Fictional outlets: name, domain, section names.
const OUTLETS: &[(&str, &str)] = &[
    ("The Harwick Courier", "harwickcourier.example"),
    ("Millbrook Gazette", "millbrookgazette.example"),
    ("Kestrel Daily", "kestreldaily.example"),
    ("The Northern Ledger", "northernledger.example"),
    ("Vell Evening Post", "vellpost.example"),
    ("Baltic Wire", "balticwire.example"),
    ("Carrow Sound Herald", "carrowherald.example"),
    ("The Ridgefield Record", "ridgefieldrecord.example"),
];
const SECTIONS: &[&str] = &[
    "News",
    "Business",
    "Politics",
    "Local",
    "Environment",
    "Education",
    "Transport",
    "Health",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One story line: what the article is about, in words the templates slot in.
struct Topic {
    headline: &'static [&'static str],
    subject: &'static str,
    body: &'static str,
    things: &'static [&'static str],
    verbs: &'static [&'static str],
}

const TOPICS: &[Topic] = &[
    Topic {
        headline: &[
            "dockworkers extend strike as talks stall",
            "port strike enters second week",
        ],
        subject: "the strike",
        body: "the dockworkers' union",
        things: &[
            "container ships",
            "night shifts",
            "crane operators",
            "contract workers",
            "the eastern terminal",
        ],
        verbs: &["idled", "delayed", "diverted", "stranded"],
    },
    Topic {
        headline: &[
            "ferry fares to rise before summer",
            "council weighs ferry subsidy",
        ],
        subject: "the fare rise",
        body: "the ferry operator",
        things: &[
            "season tickets",
            "fuel costs",
            "the winter timetable",
            "island residents",
            "the crew agreement",
        ],
        verbs: &["raised", "cut", "frozen", "reviewed"],
    },
    Topic {
        headline: &[
            "school saved by parents' work parties",
            "village school gets five more years",
        ],
        subject: "the funding deal",
        body: "the education board",
        things: &[
            "classrooms",
            "the reading room",
            "pupil numbers",
            "the heating system",
            "volunteers",
        ],
        verbs: &["repaired", "painted", "reopened", "funded"],
    },
    Topic {
        headline: &[
            "frost costs orchards half their blossom",
            "growers count losses after late frost",
        ],
        subject: "the frost",
        body: "the growers' association",
        things: &[
            "apple blossom",
            "insurance claims",
            "seasonal pickers",
            "cold stores",
            "the harvest",
        ],
        verbs: &["damaged", "insured", "replanted", "lost"],
    },
    Topic {
        headline: &[
            "wind farm plan splits coastal towns",
            "offshore turbines win planning approval",
        ],
        subject: "the wind farm",
        body: "the planning inspectorate",
        things: &[
            "turbines",
            "fishing grounds",
            "the cable route",
            "power prices",
            "the harbour wall",
        ],
        verbs: &["approved", "opposed", "delayed", "redesigned"],
    },
    Topic {
        headline: &[
            "hospital waiting lists fall for first time in years",
            "night buses return to city routes",
        ],
        subject: "the new timetable",
        body: "the health trust",
        things: &[
            "waiting lists",
            "night buses",
            "outpatient clinics",
            "nurses' rotas",
            "the new ward",
        ],
        verbs: &["shortened", "extended", "staffed", "reorganised"],
    },
];

/// A quoted person: the name, the role an article introduces them with, and whether "she" or "he"
/// refers to them.
#[derive(Clone)]
struct Person {
    first: String,
    surname: String,
    role: &'static str,
    female: bool,
}

fn people(rng: &mut Rng, n: usize) -> Vec<Person> {
    (0..n)
        .map(|_| {
            let female = rng.chance(50);
            let first = if female {
                rng.pick(FIRST_F)
            } else {
                rng.pick(FIRST_M)
            };
            let mut surname = format!("{}{}", rng.pick(SURNAME_HEADS), rng.pick(SURNAME_TAILS));
            if rng.chance(15) {
                surname = format!(
                    "{}-{}",
                    surname,
                    capitalise(
                        &format!("{}{}", rng.pick(SURNAME_HEADS), rng.pick(SURNAME_TAILS))
                            .to_lowercase()
                    )
                );
            }
            Person {
                first: first.to_owned(),
                surname,
                role: rng.pick(ROLES),
                female,
            }
        })
        .collect()
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Everything one article is made of, before a layout turns it into a page.
struct Story {
    title: String,
    dek: String,
    authors: Vec<String>,
    place: &'static str,
    date: (usize, usize, usize),
    section: &'static str,
    outlet: (&'static str, &'static str),
    paragraphs: Vec<String>,
    caption: (String, String),
}

fn story(rng: &mut Rng, pool: &[Person]) -> Story {
    let topic = &TOPICS[rng.below(TOPICS.len())];
    let place = rng.pick(PLACES);
    let outlet = OUTLETS[rng.below(OUTLETS.len())];
    let headline = rng.pick(topic.headline);
    let title = capitalise(&format!("{place} {headline}"));
    let authors = (0..rng.range(1, 2))
        .map(|_| {
            let p = &pool[rng.below(pool.len())];
            format!("{} {}", p.first, p.surname)
        })
        .collect();
    let speakers: Vec<Person> = (0..rng.range(2, 4))
        .map(|_| pool[rng.skewed(pool.len())].clone())
        .collect();
    let date = (rng.range(2019, 2026), rng.range(1, 12), rng.range(1, 28));
    let target_words = rng.range(600, 900);
    let mut paragraphs = vec![lede(rng, topic, place)];
    let mut words = word_count(&paragraphs[0]);
    let mut introduced = vec![false; speakers.len()];
    while words < target_words {
        let paragraph = if rng.chance(45) {
            let who = rng.below(speakers.len());
            let text = quote_paragraph(rng, topic, &speakers[who], introduced[who], outlet.0);
            introduced[who] = true;
            text
        } else {
            reporting_paragraph(rng, topic, place)
        };
        words += word_count(&paragraph);
        // A block quote: an introducing line, then the words with no marks.
        if rng.chance(8) {
            let who = &speakers[rng.below(speakers.len())];
            paragraphs.push(format!(
                "In a statement, {} {} said:",
                who.first, who.surname
            ));
            paragraphs.push(format!(
                "{} {}",
                quote_sentence(rng, topic),
                quote_sentence(rng, topic)
            ));
        }
        paragraphs.push(paragraph);
    }
    let photographer = &pool[rng.below(pool.len())];
    Story {
        dek: format!(
            "{} has {} {} across {place}, and {} says more is to come.",
            capitalise(topic.subject),
            rng.pick(topic.verbs),
            rng.pick(topic.things),
            topic.body
        ),
        title,
        authors,
        place,
        date,
        section: rng.pick(SECTIONS),
        outlet,
        paragraphs,
        caption: (
            format!(
                "Residents watch as {} arrive in {place}, {} {}, {}.",
                rng.pick(topic.things),
                MONTHS[date.1 - 1],
                date.2,
                date.0
            ),
            format!(
                "{} {}/{}",
                photographer.first, photographer.surname, outlet.0
            ),
        ),
    }
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn lede(rng: &mut Rng, topic: &Topic, place: &str) -> String {
    format!(
        "{} said on {} that {} had {} {} in {place}, the first such step in {} years, and that {} would be {} before the end of the month.",
        capitalise(topic.body),
        rng.pick(WEEKDAYS),
        topic.subject,
        rng.pick(topic.verbs),
        rng.pick(topic.things),
        rng.range(3, 40),
        rng.pick(topic.things),
        rng.pick(topic.verbs)
    )
}

fn reporting_paragraph(rng: &mut Rng, topic: &Topic, place: &str) -> String {
    let n = rng.range(2, 4);
    let mut text = String::new();
    for _ in 0..n {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&reporting_sentence(rng, topic, place));
    }
    text
}

fn reporting_sentence(rng: &mut Rng, topic: &Topic, place: &str) -> String {
    let sentences = [
        format!(
            "About {} {} were affected last week, according to figures published by {}.",
            rng.range(12, 4000),
            rng.pick(topic.things),
            topic.body
        ),
        format!(
            "The decision follows {} months of talks over {} and {}.",
            rng.range(2, 18),
            rng.pick(topic.things),
            rng.pick(topic.things)
        ),
        format!(
            "Officials in {place} have warned that {} could cost the area {} million euros a year if nothing changes.",
            topic.subject,
            rng.range(2, 90)
        ),
        format!(
            "Critics say {} was {} too quickly, without asking the people who depend on {}.",
            topic.subject,
            rng.pick(topic.verbs),
            rng.pick(topic.things)
        ),
        format!(
            "A public meeting is planned for {} evening in the {} hall.",
            rng.pick(WEEKDAYS),
            rng.pick(&["harbour", "town", "community", "school"])
        ),
        format!(
            "Similar plans were {} in {} in {}, with mixed results.",
            rng.pick(topic.verbs),
            rng.pick(PLACES),
            rng.range(1995, 2018)
        ),
        format!(
            "The {} has not said when {} will be {} again.",
            rng.pick(&["board", "council", "ministry", "company"]),
            rng.pick(topic.things),
            rng.pick(topic.verbs)
        ),
    ];
    let i = rng.below(sentences.len());
    sentences[i].clone()
}

fn quote_sentence(rng: &mut Rng, topic: &Topic) -> String {
    let templates = [
        format!("We have waited long enough for {}.", rng.pick(topic.things)),
        format!(
            "Nobody here wants {} to drag on, but we will not accept a deal that leaves {} behind.",
            topic.subject,
            rng.pick(topic.things)
        ),
        format!(
            "The figures speak for themselves: {} have been {} for years.",
            rng.pick(topic.things),
            rng.pick(topic.verbs)
        ),
        "It is the worst season I can remember, and I have seen a few.".to_owned(),
        format!(
            "If {} is {} now, we will all pay for it later.",
            rng.pick(topic.things),
            rng.pick(topic.verbs)
        ),
        "We are listening, and we will keep talking for as long as it takes.".to_owned(),
    ];
    templates[rng.below(templates.len())].clone()
}

/// A paragraph of quoted speech: the first time a person speaks, with full name and role; later,
/// surname or pronoun. Some quotes are interrupted by their attribution, some are partial.
fn quote_paragraph(
    rng: &mut Rng,
    topic: &Topic,
    who: &Person,
    introduced: bool,
    outlet: &str,
) -> String {
    let q = quote_sentence(rng, topic);
    let q = q.trim_end_matches('.');
    let q2 = quote_sentence(rng, topic);
    let full = format!("{} {}", who.first, who.surname);
    let pronoun = if who.female { "she" } else { "he" };
    if !introduced {
        return match rng.below(4) {
            0 => format!(
                "\u{201c}{q},\u{201d} said {full}, {}. \u{201c}{q2}\u{201d}",
                who.role
            ),
            1 => format!("\u{201c}{q},\u{201d} {full}, {}, told {outlet}.", who.role),
            2 => format!(
                "{} {full} said the plan was \u{201c}a good start, and no more than that.\u{201d}",
                rng.pick(TITLES)
            ),
            _ => format!("\"{q},\" said {full}, {}.", who.role),
        };
    }
    match rng.below(4) {
        0 => format!("\u{201c}{q},\u{201d} {} said.", who.surname),
        1 => format!("\u{201c}{q},\u{201d} {pronoun} said. \u{201c}{q2}\u{201d}"),
        2 => format!(
            "{} said the decision was \u{201c}{}\u{201d}",
            who.surname,
            rng.pick(&[
                "long overdue.",
                "a mistake we will regret.",
                "the least we could do."
            ])
        ),
        _ => format!("\u{201c}{q},\u{201d} {pronoun} added."),
    }
}

fn date_long(date: (usize, usize, usize)) -> String {
    format!("{} {}, {}", MONTHS[date.1 - 1], date.2, date.0)
}

/// A wire-service page: navigation, section, byline, time, dateline, related links, credits.
fn wire_page(rng: &mut Rng, s: &Story) -> String {
    let mut page = String::new();
    for line in [
        "Skip to main content",
        s.outlet.0,
        "World",
        "Business",
        "Markets",
        "Sign In",
        "Register",
    ] {
        writeln!(page, "{line}").unwrap();
    }
    writeln!(page, "{}\n{}\n", s.section, s.title).unwrap();
    writeln!(page, "By {}\n", s.authors.join(", ")).unwrap();
    writeln!(
        page,
        "{} {}:{:02} PM UTC\nUpdated 2 hours ago\n",
        date_long(s.date),
        rng.range(1, 11),
        rng.below(60)
    )
    .unwrap();
    for (i, p) in s.paragraphs.iter().enumerate() {
        if i == 0 {
            writeln!(
                page,
                "{}, {} {} ({}) - {p}\n",
                s.place.to_uppercase(),
                MONTHS[s.date.1 - 1],
                s.date.2,
                s.outlet.0
            )
            .unwrap();
        } else {
            writeln!(page, "{p}\n").unwrap();
        }
        if i == 4 {
            writeln!(
                page,
                "Related Coverage\n{} braces for a long summer\nWhat the {} vote means for you\n",
                s.place,
                s.section.to_lowercase()
            )
            .unwrap();
        }
    }
    writeln!(
        page,
        "Reporting by {}; Editing by Mark Heller\n",
        s.authors.join(" and ")
    )
    .unwrap();
    writeln!(
        page,
        "Read Next\n{}\n{} warns of delays\n{}\nSite Index\nBrowse\nAbout {}\nCareers",
        s.section,
        s.place,
        date_long(s.date),
        s.outlet.0
    )
    .unwrap();
    page
}

/// A newspaper page: title, dek, caption printed twice with its credit, byline, date, copyright.
fn paper_page(rng: &mut Rng, s: &Story) -> String {
    let mut page = String::new();
    writeln!(
        page,
        "{} - Back to home\nNews\nSport\nOpinion\nCulture\n",
        s.outlet.0
    )
    .unwrap();
    writeln!(page, "{}\n{}\n\n{}\n", s.section, s.title, s.dek).unwrap();
    writeln!(
        page,
        "{}\n{} Photograph: {}\n",
        s.caption.0, s.caption.0, s.caption.1
    )
    .unwrap();
    writeln!(page, "{}\n", s.authors.join(" and ")).unwrap();
    writeln!(
        page,
        "Mon {} {} {} 07.00 GMT\n",
        s.date.2,
        &MONTHS[s.date.1 - 1][..3],
        s.date.0
    )
    .unwrap();
    for (i, p) in s.paragraphs.iter().enumerate() {
        writeln!(page, "{p}\n").unwrap();
        if i == 3 && rng.chance(60) {
            writeln!(page, "Advertisement\n").unwrap();
        }
    }
    writeln!(
        page,
        "Share\nFacebook\nTwitter\nEmail\n\nMost read\n{} council in budget row\n",
        s.place
    )
    .unwrap();
    writeln!(
        page,
        "\u{a9} {} {}. All rights reserved.",
        s.date.0, s.outlet.0
    )
    .unwrap();
    page
}

/// A news-site briefing: "Updated ... - Section", bullets, a caption with a separate credit line.
fn briefing_page(rng: &mut Rng, s: &Story) -> String {
    let mut page = String::new();
    writeln!(
        page,
        "{}\n\nUpdated {} {}, {} - {}\n",
        s.title,
        &MONTHS[s.date.1 - 1][..3],
        s.date.2,
        s.date.0,
        s.section
    )
    .unwrap();
    writeln!(
        page,
        "{}\nPhoto: {} via Getty Images\n",
        s.caption.0, s.caption.1
    )
    .unwrap();
    writeln!(page, "{}\n", s.paragraphs[0]).unwrap();
    writeln!(page, "Why it matters: {}\n", s.dek).unwrap();
    for _ in 0..3 {
        writeln!(
            page,
            "  \u{2022} {} {} in {}.",
            capitalise(rng.pick(&["more", "fewer", "new"])),
            s.paragraphs.len() * rng.range(2, 9),
            s.place
        )
        .unwrap();
    }
    writeln!(page).unwrap();
    for p in &s.paragraphs[1..] {
        writeln!(page, "{p}\n").unwrap();
    }
    writeln!(page, "Go deeper\n{} at a crossroads", s.place).unwrap();
    page
}

/// A blog post: "Written by", "Posted on", and reader comments after the article.
fn blog_page(_rng: &mut Rng, s: &Story) -> String {
    let mut page = String::new();
    writeln!(
        page,
        "{}\n\nWritten by {}\nPosted on {}-{:02}-{:02}\n",
        s.title, s.authors[0], s.date.0, s.date.1, s.date.2
    )
    .unwrap();
    for p in &s.paragraphs {
        writeln!(page, "{p}\n").unwrap();
    }
    writeln!(page, "3 comments\n\nKeira says:\n\u{201c}About time,\u{201d} my neighbour said when she read this.\n\nLeave a Reply\nYour email address will not be published.").unwrap();
    page
}

/// Several short stories in one file, separated by blank lines, as a reader pastes them.
fn several(rng: &mut Rng, pool: &[Person]) -> String {
    let n = rng.range(2, 3);
    let mut page = String::new();
    for i in 0..n {
        let s = story(rng, pool);
        if i > 0 {
            page.push_str("\n\n\n\n");
        }
        // Each story with a header of its own, as a page that holds several visibly does: a
        // headline over prose alone reads as a teaser, not an article.
        writeln!(
            page,
            "{}\n\nBy {}\n{}\n",
            s.title,
            s.authors.join(" and "),
            date_long(s.date)
        )
        .unwrap();
        // Short stories: the lede and the first few paragraphs.
        for p in s.paragraphs.iter().take(5) {
            writeln!(page, "{p}\n").unwrap();
        }
    }
    page
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A saved HTML page with metadata in its head, navigation, a figure and a footer.
fn html_page(_rng: &mut Rng, s: &Story) -> String {
    let slug: String = s
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let date = format!("{}-{:02}-{:02}", s.date.0, s.date.1, s.date.2);
    let mut page = String::new();
    writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    )
    .unwrap();
    writeln!(
        page,
        "<title>{} | {}</title>",
        escape_html(&s.title),
        s.outlet.0
    )
    .unwrap();
    writeln!(
        page,
        "<link rel=\"canonical\" href=\"https://{}/{}/{date}/{slug}\">",
        s.outlet.1,
        s.section.to_lowercase()
    )
    .unwrap();
    writeln!(
        page,
        "<meta property=\"og:site_name\" content=\"{}\">",
        s.outlet.0
    )
    .unwrap();
    writeln!(
        page,
        "<meta property=\"article:published_time\" content=\"{date}T08:00:00Z\">"
    )
    .unwrap();
    writeln!(
        page,
        "<meta name=\"author\" content=\"{}\">",
        s.authors.join(", ")
    )
    .unwrap();
    writeln!(page, "<script>window.dataLayer = [];</script></head><body>").unwrap();
    writeln!(page, "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>").unwrap();
    writeln!(
        page,
        "<article><h1>{}</h1><p class=\"dek\">{}</p>",
        escape_html(&s.title),
        escape_html(&s.dek)
    )
    .unwrap();
    writeln!(
        page,
        "<p class=\"byline\">By {}</p><time datetime=\"{date}\">{}</time>",
        s.authors.join(" and "),
        date_long(s.date)
    )
    .unwrap();
    writeln!(page, "<figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>{} Photograph: {}</figcaption></figure>", escape_html(&s.caption.0), escape_html(&s.caption.1)).unwrap();
    for p in &s.paragraphs {
        writeln!(page, "<p>{}</p>", escape_html(p)).unwrap();
    }
    writeln!(page, "</article><aside><h2>Most read</h2><ul><li><a href=\"/a\">{} budget row</a></li></ul></aside>", s.place).unwrap();
    writeln!(
        page,
        "<footer><p>\u{a9} {} {}</p></footer></body></html>",
        s.date.0, s.outlet.0
    )
    .unwrap();
    page
}

/// Writes file `index` of the corpus: its relative path and bytes.
fn file(rng: &mut Rng, pool: &[Person], index: usize) -> (PathBuf, Vec<u8>) {
    let dir = format!("{:04}", index / 1000);
    let kind = rng.below(100);
    if (5..=9).contains(&kind) {
        let text = several(rng, pool);
        return (
            Path::new(&dir).join(format!("{index:06}.txt")),
            text.into_bytes(),
        );
    }
    let s = story(rng, pool);
    let (text, ext) = match kind {
        0..=4 => (html_page(rng, &s), "html"),
        10..=34 => (wire_page(rng, &s), "txt"),
        35..=69 => (paper_page(rng, &s), "txt"),
        70..=84 => (briefing_page(rng, &s), "txt"),
        _ => (blog_page(rng, &s), "txt"),
    };
    let bytes = if ext == "txt" && rng.chance(2) {
        encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
    } else {
        text.into_bytes()
    };
    (Path::new(&dir).join(format!("{index:06}.{ext}")), bytes)
}

/// The people every article draws its speakers (and bylines) from.
const POOL: usize = 4000;

fn main() {
    let mut files = 1000usize;
    let mut seed = 1u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| usage(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--files" => {
                files = value("--files")
                    .parse()
                    .unwrap_or_else(|_| usage("--files takes a number"))
            }
            "--seed" => {
                seed = value("--seed")
                    .parse()
                    .unwrap_or_else(|_| usage("--seed takes a number"))
            }
            "-h" | "--help" => usage(""),
            _ if out.is_none() && !arg.starts_with('-') => out = Some(arg.into()),
            _ => usage(&format!("unknown argument {arg}")),
        }
    }
    let out = out.unwrap_or_else(|| usage("name the output directory"));
    let mut rng = Rng(seed);
    let pool = people(&mut rng, POOL);
    let mut bytes = 0usize;
    for index in 0..files {
        // Each file has its own stream, so file N is the same whatever --files says.
        let mut file_rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        let (path, content) = file(&mut file_rng, &pool, index);
        let path = out.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| fail(parent, &e));
        }
        std::fs::write(&path, &content).unwrap_or_else(|e| fail(&path, &e));
        bytes += content.len();
    }
    eprintln!(
        "wrote {files} files, {:.1} MB, to {} (seed {seed})",
        bytes as f64 / 1e6,
        out.display()
    );
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("gen_corpus: {problem}");
    }
    eprintln!("usage: cargo run --release --example gen_corpus -- [--files N] [--seed S] OUT_DIR");
    std::process::exit(2)
}

fn fail(path: &Path, err: &std::io::Error) -> ! {
    eprintln!("gen_corpus: cannot write {}: {err}", path.display());
    std::process::exit(1)
}
