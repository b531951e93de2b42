//! Checks of content/flow.toml and content/services/*.toml beyond their shape (which crates/oberih-data checks as build.rs reads them):
//! every reference resolves, every path ends in help, every fact and service carries its source and date.
#![cfg(not(target_arch = "wasm32"))] // native: reads files, or needs no browser
use oberih_app::content::{applies, BlockKind, Channel, Hours, Text, AUDIENCES, COUNTRIES, FLOW, ROLES};
use oberih_app::{directory, flow::START, i18n};
use oberih_data::Date;
use std::collections::{BTreeMap, BTreeSet};

fn check(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{} problem(s) in content/:\n  {}\n", problems.len(), problems.join("\n  "));
}

/// The problems with an entry's dates (oberih_data::date_problems, which `./dev stale` uses too), each
/// prefixed with where the entry is.
fn date_problems(at: &str, checked: Option<&str>, source_date: Option<&str>, today: Date) -> Vec<String> {
    oberih_data::date_problems(checked, source_date, today).into_iter().map(|p| format!("{at}: {p}")).collect()
}

// The same rule holds for a webmaster's own services (src/custom.rs).
use oberih_app::custom::same_number;

/// A number as dialled inside its country: +380 44 ... and 044 ... are the same line.
fn national_form(dial: &str) -> String {
    for (cc, trunk) in [("+380", "0"), ("+7", "8")] {
        if let Some(rest) = dial.strip_prefix(cc) {
            return format!("{trunk}{rest}");
        }
    }
    dial.to_string()
}

/// ISO 3166-2 first-level subdivisions (ISO 3166-2:UA; ISO 3166-2:KZ with the numeric codes of November 2022).
const ISO_3166_2: &[(&str, &[&str])] = &[
    (
        "UA",
        &[
            "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30", "UA-32", "UA-35", "UA-40", "UA-43",
            "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77",
        ],
    ),
    (
        "KZ",
        &[
            "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59",
            "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
        ],
    ),
];

fn id_exists(id: &str, where_: &str, problems: &mut Vec<String>) {
    if !i18n::has(i18n::REFERENCE, id) {
        problems.push(format!("{where_}: message {id} is not in locales/en/"));
    }
}

#[test]
fn the_flow_starts_and_every_next_resolves() {
    let mut problems = Vec::new();
    assert!(FLOW.iter().any(|n| n.id == START), "content/flow.toml has no step with id \"start\"");
    let mut ids = BTreeSet::new();
    for n in FLOW {
        if !ids.insert(n.id) {
            problems.push(format!("step {:?} is defined twice", n.id));
        }
        for c in n.choices {
            if !FLOW.iter().any(|m| m.id == c.next) {
                problems.push(format!("step {:?}: answer {} leads to {:?}, which does not exist", n.id, c.label, c.next));
            }
        }
    }
    check(problems);
}

/// For every country (and for an unsupported one): every step is reachable from the start, every step can
/// reach an end, and every end shows at least one number that country actually has.
#[test]
fn every_step_is_reachable_and_every_path_ends_in_help() {
    let mut problems = Vec::new();
    let countries: Vec<Option<&str>> = COUNTRIES.iter().map(|c| Some(c.code)).chain([None]).collect();
    for country in countries {
        let label = country.unwrap_or("an unsupported country");
        let next = |id: &str| -> Vec<&'static str> {
            let n = FLOW.iter().find(|n| n.id == id).unwrap();
            n.choices.iter().filter(|c| applies(c.countries, country)).map(|c| c.next).collect()
        };
        // Forward reachability.
        let mut seen = BTreeSet::from([START]);
        let mut stack = vec![START];
        while let Some(id) = stack.pop() {
            for n in next(id) {
                if seen.insert(n) {
                    stack.push(n);
                }
            }
        }
        for n in FLOW {
            let country_only = FLOW
                .iter()
                .flat_map(|m| m.choices)
                .filter(|c| c.next == n.id)
                .all(|c| !c.countries.is_empty());
            if !seen.contains(n.id) && !(country_only && country.is_some()) {
                problems.push(format!("{label}: step {:?} cannot be reached from the start", n.id));
            }
        }
        // Every reachable end holds a call block with a number this country has; every step reaches an end.
        let ends: BTreeSet<&str> = seen.iter().copied().filter(|id| next(id).is_empty()).collect();
        for id in &ends {
            let n = FLOW.iter().find(|n| n.id == *id).unwrap();
            let calls: Vec<&[&str]> = n
                .blocks
                .iter()
                .filter(|b| applies(b.countries, country))
                .filter_map(|b| if let BlockKind::Call(r) = b.kind { Some(r) } else { None })
                .collect();
            let has_number = match country.and_then(oberih_app::content::country) {
                None => !calls.is_empty(), // the view shows 112
                Some(c) => calls.iter().flat_map(|r| r.iter()).any(|r| !directory::with_role(&directory::all(c, &[]), None, r).is_empty()),
            };
            if !has_number {
                problems.push(format!("{label}: the end step {id:?} shows no number to call: add a call block"));
            }
        }
        for id in &seen {
            let mut reach = BTreeSet::from([*id]);
            let mut stack = vec![*id];
            while let Some(x) = stack.pop() {
                for n in next(x) {
                    if reach.insert(n) {
                        stack.push(n);
                    }
                }
            }
            if !reach.iter().any(|r| ends.contains(r)) {
                problems.push(format!("{label}: from step {id:?} no path reaches an end"));
            }
        }
    }
    check(problems);
}

#[test]
fn every_flow_text_exists_and_every_fact_is_sourced() {
    let mut problems = Vec::new();
    let known: BTreeSet<&str> = COUNTRIES.iter().map(|c| c.code).collect();
    for n in FLOW {
        let at = format!("content/flow.toml, step {:?}", n.id);
        id_exists(n.title, &at, &mut problems);
        for c in n.choices {
            id_exists(c.label, &at, &mut problems);
        }
        for b in n.blocks {
            for c in b.countries {
                if !known.contains(c) {
                    problems.push(format!("{at}: country {c:?} has no content/services/ file"));
                }
            }
            match &b.kind {
                BlockKind::Text(t) => id_exists(t, &at, &mut problems),
                BlockKind::Fact { text, source, checked, source_date } => {
                    id_exists(text, &at, &mut problems);
                    if !source.is_some_and(directory::safe_url) {
                        problems.push(format!("{at}: fact {text} needs `source`, an https URL of a public page"));
                    }
                    problems.extend(date_problems(&format!("{at}, fact {text}"), *checked, *source_date, Date::today()));
                }
                BlockKind::Call(roles) => {
                    for r in *roles {
                        if !ROLES.contains(r) {
                            problems.push(format!("{at}: unknown role {r:?} (see content/README.md)"));
                        }
                    }
                }
                BlockKind::List(items) | BlockKind::Checklist(items) => {
                    for t in *items {
                        id_exists(t, &at, &mut problems);
                    }
                }
            }
        }
    }
    check(problems);
}

#[test]
fn every_service_is_sourced_dated_and_dialable() {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for c in COUNTRIES {
        let file = format!("content/services/{}.toml", c.code.to_lowercase());
        id_exists(c.name, &file, &mut problems);
        let regions: BTreeSet<&str> = c.regions.iter().map(|r| r.code).collect();
        for r in c.regions {
            let prefix = format!("{}-", c.code);
            let sub = r.code.strip_prefix(&prefix).unwrap_or("");
            if sub.is_empty() || sub.len() > 3 || !sub.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
                problems.push(format!("{file}: region {:?} is not an ISO 3166-2 code of {}", r.code, c.code));
            }
            id_exists(r.name, &file, &mut problems);
        }
        if regions.len() != c.regions.len() {
            problems.push(format!("{file}: a region is listed twice"));
        }
        for s in c.services {
            let at = format!("{file}, service {:?}", s.id);
            if !ids.insert(s.id) {
                problems.push(format!("{at}: the id is used twice"));
            }
            if !s.id.starts_with(&format!("{}-", c.code.to_lowercase())) {
                problems.push(format!("{at}: ids start with the country code, e.g. {}-...", c.code.to_lowercase()));
            }
            for t in [s.name, s.description] {
                match t {
                    Text::Id(id) => id_exists(id, &at, &mut problems),
                    _ => problems.push(format!("{at}: built-in services use Fluent ids")),
                }
            }
            if !directory::safe_url(s.source) {
                problems.push(format!("{at}: `source` must be the https URL of a public page stating the number"));
            }
            problems.extend(date_problems(&at, Some(s.checked), s.source_date, Date::today()));
            match s.hours {
                Hours::Schedule(Text::Id(id)) => id_exists(id, &at, &mut problems),
                Hours::Schedule(_) => problems.push(format!("{at}: built-in schedules use Fluent ids")),
                _ => {}
            }
            for r in s.roles {
                if !ROLES.contains(r) {
                    problems.push(format!("{at}: unknown role {r:?}"));
                }
            }
            if s.serves.is_empty() || s.serves.iter().any(|a| !AUDIENCES.contains(a)) {
                problems.push(format!("{at}: `serves` must list some of {AUDIENCES:?}"));
            }
            for r in s.regions {
                if !regions.contains(r) {
                    problems.push(format!("{at}: region {r:?} is not in this file's [[region]] list"));
                }
            }
            for l in s.languages {
                if !oberih_app::custom::is_language(l) {
                    problems.push(format!("{at}: language {l:?} is not an ISO 639-1 code"));
                }
            }
            if s.contacts.is_empty() {
                problems.push(format!("{at}: no contact"));
            }
            for k in s.contacts {
                if directory::href(k).is_none() {
                    problems.push(format!("{at}: contact {:?} ({:?}) has no valid target: digits for phone/SMS, an https URL otherwise", k.display, k.dial));
                }
                // The displayed number and the dialled one must be the same number.
                if matches!(k.channel, Channel::Phone | Channel::Sms) && !same_number(k.display, k.dial) {
                    problems.push(format!("{at}: shows {:?} but dials {:?}", k.display, k.dial));
                }
                if let Some(Text::Id(n)) = k.note {
                    id_exists(n, &at, &mut problems);
                }
            }
        }
        for role in ["police", "ambulance", "dv-line"] {
            if directory::with_role(&directory::all(c, &[]), None, role).is_empty() {
                problems.push(format!("{file}: no national service with role {role:?}"));
            }
        }
    }
    assert!(!COUNTRIES.is_empty(), "no content/services/*.toml");
    check(problems);
}

#[test]
fn every_region_is_a_known_iso_code_and_every_code_is_listed() {
    let mut problems = Vec::new();
    for (code, iso) in ISO_3166_2 {
        let Some(c) = oberih_app::content::country(code) else {
            problems.push(format!("no content/services/{}.toml", code.to_lowercase()));
            continue;
        };
        let file = format!("content/services/{}.toml", code.to_lowercase());
        for r in c.regions {
            if !iso.contains(&r.code) {
                problems.push(format!("{file}: region {:?} is not an ISO 3166-2 code of {code}", r.code));
            }
        }
        for want in *iso {
            if !c.regions.iter().any(|r| r.code == *want) {
                problems.push(format!("{file}: region {want} is missing: list every subdivision of {code}"));
            }
        }
    }
    assert_eq!(ISO_3166_2[0].1.len(), 27, "Ukraine: 24 oblasts, Crimea, Kyiv, Sevastopol");
    assert_eq!(ISO_3166_2[1].1.len(), 20, "Kazakhstan: 17 regions and 3 cities");
    for c in COUNTRIES {
        if !ISO_3166_2.iter().any(|(code, _)| *code == c.code) {
            problems.push(format!("content/services/{}.toml: add its ISO 3166-2 codes to ISO_3166_2 in tests/content.rs", c.code.to_lowercase()));
        }
    }
    check(problems);
}

/// A number listed twice in one region (a national one counts in every region) shows the visitor one line as
/// two services. One service may give the same number for calls and for texts.
#[test]
fn no_number_is_listed_twice_in_one_region() {
    let mut problems = Vec::new();
    for c in COUNTRIES {
        let file = format!("content/services/{}.toml", c.code.to_lowercase());
        let regions: Vec<Option<&str>> = std::iter::once(None).chain(c.regions.iter().map(|r| Some(r.code))).collect();
        for region in regions {
            let mut seen: BTreeMap<String, (&str, Channel, bool)> = BTreeMap::new();
            for s in c.services.iter().filter(|s| directory::in_region(s, region)) {
                for k in s.contacts.iter().filter(|k| matches!(k.channel, Channel::Phone | Channel::Sms)) {
                    let n = national_form(k.dial);
                    // Two national services clash in every region: said once, for the whole country.
                    let national_pair = |other_national: bool| region.is_some() && other_national && s.regions.is_empty();
                    match seen.get(&n) {
                        Some((id, ch, other)) if (*id != s.id || *ch == k.channel) && !national_pair(*other) => problems.push(format!(
                            "{file}, {}: {} ({}) is listed by both {id:?} and {:?}",
                            region.unwrap_or("whole country"),
                            k.display,
                            k.dial,
                            s.id
                        )),
                        Some(_) => {}
                        None => {
                            seen.insert(n, (s.id, k.channel, s.regions.is_empty()));
                        }
                    }
                }
            }
        }
    }
    check(problems);
}

#[test]
fn the_number_check_compares_every_digit() {
    assert!(same_number("15-47", "1547"));
    assert!(same_number("044 272 15 00", "+380442721500"));
    assert!(same_number("0 800 500 335", "+380800500335"));
    assert!(same_number("+380 44 272 15 00", "+380442721500"));
    assert!(same_number("(44) 272 15 00", "+380442721500"), "without the trunk prefix");
    assert!(same_number("8 (7142) 52-68-19", "+77142526819"));
    assert!(!same_number("call us", "+380442721500"), "a display with no digits");
    assert!(!same_number("", "102"));
    assert!(!same_number("15 00", "+380442721500"), "only the end of the number");
    assert!(!same_number("044 272 15 01", "+380442721500"));
    assert!(!same_number("0 800 500 335", "380800500335"), "without +, 380 is not a country code");
    assert!(!same_number("8 (7142) 52-68-19", "+380442721500"));
    assert_eq!(national_form("+380800500335"), "0800500335");
    assert_eq!(national_form("+77142526819"), "87142526819");
    assert_eq!(national_form("1547"), "1547");
}

/// The fewest answers from the start to each step, for one country (answers limited to that country).
fn answers_from_start(country: Option<&str>) -> BTreeMap<&'static str, usize> {
    let mut depth = BTreeMap::from([(START, 0)]);
    let mut queue = std::collections::VecDeque::from([START]);
    while let Some(id) = queue.pop_front() {
        let n = FLOW.iter().find(|n| n.id == id).unwrap();
        for c in n.choices.iter().filter(|c| applies(c.countries, country)) {
            if !depth.contains_key(c.next) && FLOW.iter().any(|m| m.id == c.next) {
                depth.insert(c.next, depth[id] + 1);
                queue.push_back(c.next);
            }
        }
    }
    depth
}

/// The guidance for the moments of highest risk (issue 24) is at most two answers from the start, in every
/// country: the signs of high danger with "leaving can make the abuser more violent" (`danger-risk`), what to ask
/// for and what to do if the police do not help (`danger-after`), and care after sexual violence
/// (`options-sexual`). Each must also still hold its key message, shown for that country, so that emptying a
/// step does not pass; and that warning about leaving opens the safety plan, one answer away.
#[test]
fn the_highest_risk_guidance_is_within_two_answers_of_the_start() {
    let mut problems = Vec::new();
    let must_show: &[(&str, &str)] = &[
        ("danger-risk", "flow-risk-strangle"),
        ("danger-risk", "flow-risk-leaving"),
        ("danger-after", "flow-after-notact"),
        ("options-sexual", "flow-sexual-72h"),
        ("plan", "flow-risk-leaving"),
    ];
    for c in COUNTRIES {
        let country = Some(c.code);
        let depth = answers_from_start(country);
        for (step, message) in must_show {
            match depth.get(step) {
                None => problems.push(format!("{}: step {step:?} cannot be reached from the start", c.code)),
                Some(d) if *d > 2 => problems.push(format!("{}: step {step:?} is {d} answers from the start (at most 2)", c.code)),
                Some(_) => {}
            }
            let shown = FLOW.iter().find(|n| n.id == *step).is_some_and(|n| {
                n.blocks.iter().filter(|b| applies(b.countries, country)).any(|b| match &b.kind {
                    BlockKind::Text(t) => t == message,
                    BlockKind::Fact { text, .. } => text == message,
                    BlockKind::List(items) | BlockKind::Checklist(items) => items.contains(message),
                    BlockKind::Call(_) => false,
                })
            });
            if !shown {
                problems.push(format!("{}: step {step:?} no longer shows {message}", c.code));
            }
        }
        // After a call to the police, each country gets at least one statement of its own law.
        let after = FLOW.iter().find(|n| n.id == "danger-after");
        let own_fact = after.is_some_and(|n| {
            n.blocks.iter().any(|b| b.countries.contains(&c.code) && matches!(b.kind, BlockKind::Fact { .. }))
        });
        if !own_fact {
            problems.push(format!("{}: step \"danger-after\" has no fact of this country's law", c.code));
        }
    }
    check(problems);
}

/// A message named for a country (`-ua`, `-kz` in its id: a statement of that country's law or services) is
/// shown only in that country: a block without `countries` would tell a Kazakh visitor Ukraine's law.
#[test]
fn a_message_named_for_a_country_is_shown_only_there() {
    let mut problems = Vec::new();
    for n in FLOW {
        for b in n.blocks {
            let ids: Vec<&str> = match &b.kind {
                BlockKind::Text(t) => vec![t],
                BlockKind::Fact { text, .. } => vec![text],
                BlockKind::List(items) | BlockKind::Checklist(items) => items.to_vec(),
                BlockKind::Call(_) => vec![],
            };
            for id in ids {
                for c in COUNTRIES {
                    let tag = format!("-{}", c.code.to_lowercase());
                    let named = id.ends_with(&tag) || id.contains(&format!("{tag}-"));
                    if named && b.countries != [c.code] {
                        problems.push(format!("content/flow.toml, step {:?}: {id} is shown for {:?}, not only {}", n.id, b.countries, c.code));
                    }
                }
            }
        }
    }
    check(problems);
}
