//! Checks of content/flow.toml and content/services/*.toml beyond their shape (which build.rs checks):
//! every reference resolves, every path ends in help, every fact and service carries its source and date.
#![cfg(not(target_arch = "wasm32"))] // native: reads files, or needs no browser
use oberih_app::content::{applies, BlockKind, Channel, Hours, Text, AUDIENCES, COUNTRIES, FLOW, ROLES};
use oberih_app::{directory, flow::START, i18n};
use std::collections::{BTreeMap, BTreeSet};


fn check(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{} problem(s) in content/:\n  {}\n", problems.len(), problems.join("\n  "));
}

/// A real calendar date, not in the future (today is taken from the build, so no clock is needed).
fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(day)) = (parts[0].parse::<u32>(), parts[1].parse::<u32>(), parts[2].parse::<u32>()) else {
        return false;
    };
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => return false,
    };
    (2015..=2100).contains(&y) && (1..=days).contains(&day)
}

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
                BlockKind::Fact { text, source, checked } => {
                    id_exists(text, &at, &mut problems);
                    if !source.is_some_and(directory::safe_url) {
                        problems.push(format!("{at}: fact {text} needs `source`, an https URL of a public page"));
                    }
                    if !checked.is_some_and(valid_date) {
                        problems.push(format!("{at}: fact {text} needs `checked`, the day its source was read (YYYY-MM-DD)"));
                    }
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
        let mut numbers = BTreeMap::new();
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
            if !valid_date(s.checked) {
                problems.push(format!("{at}: `checked` must be a date, YYYY-MM-DD (got {:?})", s.checked));
            }
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
                if matches!(k.channel, Channel::Phone | Channel::Sms) {
                    if let Some(prev) = numbers.insert((k.dial, s.regions), s.id) {
                        problems.push(format!("{at}: {} is also listed by {prev:?}", k.display));
                    }
                    // The displayed number and the dialled one must be the same number.
                    let shown: String = k.display.chars().filter(char::is_ascii_digit).collect();
                    let dialled = k.dial.trim_start_matches('+');
                    let national = |cc: &str, trunk: &str| dialled.strip_prefix(cc).map(|rest| format!("{trunk}{rest}"));
                    let ok = shown == dialled
                        || national("380", "0").is_some_and(|n| n == shown || n.ends_with(&shown))
                        || national("7", "8").is_some_and(|n| n == shown || n.ends_with(&shown));
                    if !ok {
                        problems.push(format!("{at}: shows {:?} but dials {:?}", k.display, k.dial));
                    }
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
fn the_date_check_rejects_nonsense() {
    assert!(valid_date("2026-11-23"));
    assert!(valid_date("2024-02-29"));
    assert!(!valid_date("2026-02-29"));
    assert!(!valid_date("2026-13-01"));
    assert!(!valid_date("23.11.2026"));
    assert!(!valid_date(""));
}
