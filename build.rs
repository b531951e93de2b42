//! Turns the content (content/*.toml) and the locale list (locales/languages.toml) into static Rust data,
//! so the wasm carries no TOML or serde parser. Shape errors fail the build naming the file and the field;
//! cross-references (a `next` that resolves, a Fluent id that exists) are checked by `tests/content.rs`.
use serde::Deserialize;
use std::{env, fmt::Write as _, fs, path::Path};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Flow {
    #[serde(default)]
    node: Vec<Node>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Node {
    id: String,
    title: String,
    #[serde(default)]
    block: Vec<Block>,
    #[serde(default)]
    choice: Vec<Choice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Block {
    text: Option<String>,
    fact: Option<String>,
    call: Option<Vec<String>>,
    list: Option<Vec<String>>,
    checklist: Option<Vec<String>>,
    source: Option<String>,
    checked: Option<String>,
    #[serde(default)]
    countries: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Choice {
    label: String,
    next: String,
    #[serde(default)]
    countries: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Country {
    country: String,
    name: String,
    languages: Vec<String>,
    #[serde(default)]
    region: Vec<Region>,
    #[serde(default)]
    service: Vec<Service>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Region {
    code: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Service {
    id: String,
    name: String,
    description: String,
    roles: Vec<String>,
    serves: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    hours: Option<String>,
    free: Option<bool>,
    #[serde(default)]
    languages: Vec<String>,
    source: String,
    checked: String,
    contact: Vec<Contact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contact {
    channel: String,
    display: String,
    dial: String,
    note: Option<String>,
}

#[derive(Deserialize)]
struct Languages {
    language: Vec<Language>,
}

#[derive(Deserialize)]
struct Language {
    code: String,
    name: String,
}

const CHANNELS: &[(&str, &str)] = &[
    ("phone", "Phone"),
    ("sms", "Sms"),
    ("text-dialogue", "TextDialogue"),
    ("telegram", "Telegram"),
    ("viber", "Viber"),
    ("web-chat", "WebChat"),
    ("website", "Website"),
];

fn read(path: &Path) -> Option<String> {
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(path).ok()
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("\n{}: {}\n", path.display(), e))
}

fn strs(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", items.join(", "))
}

fn opt(v: &Option<String>) -> String {
    match v {
        Some(s) => format!("Some({s:?})"),
        None => "None".into(),
    }
}

fn flow_code(root: &Path) -> String {
    let path = root.join("content/flow.toml");
    let flow: Flow = match read(&path) {
        Some(text) => parse(&path, &text),
        None => Flow { node: vec![] },
    };
    let mut out = String::from("pub static FLOW: &[Node] = &[\n");
    for n in &flow.node {
        let _ = write!(out, "Node {{ id: {:?}, title: {:?}, blocks: &[", n.id, n.title);
        for (i, b) in n.block.iter().enumerate() {
            let kinds = [b.text.is_some(), b.fact.is_some(), b.call.is_some(), b.list.is_some(), b.checklist.is_some()];
            if kinds.iter().filter(|k| **k).count() != 1 {
                panic!("\n{}: step {:?}, block {}: a block holds exactly one of text, fact, call, list, checklist\n", path.display(), n.id, i + 1);
            }
            let kind = if let Some(t) = &b.text {
                format!("BlockKind::Text({t:?})")
            } else if let Some(t) = &b.fact {
                format!("BlockKind::Fact {{ text: {t:?}, source: {}, checked: {} }}", opt(&b.source), opt(&b.checked))
            } else if let Some(c) = &b.call {
                format!("BlockKind::Call({})", strs(c))
            } else if let Some(l) = &b.list {
                format!("BlockKind::List({})", strs(l))
            } else {
                format!("BlockKind::Checklist({})", strs(b.checklist.as_ref().unwrap()))
            };
            let _ = write!(out, "Block {{ kind: {kind}, countries: {} }}, ", strs(&b.countries));
        }
        out.push_str("], choices: &[");
        for c in &n.choice {
            let _ = write!(out, "Choice {{ label: {:?}, next: {:?}, countries: {} }}, ", c.label, c.next, strs(&c.countries));
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    out
}

fn countries_code(root: &Path) -> String {
    let dir = root.join("content/services");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("pub static COUNTRIES: &[Country] = &[\n");
    for path in files {
        let c: Country = parse(&path, &read(&path).unwrap_or_default());
        let _ = write!(out, "Country {{ code: {:?}, name: {:?}, languages: {}, regions: &[", c.country, c.name, strs(&c.languages));
        for r in &c.region {
            let _ = write!(out, "Region {{ code: {:?}, name: {:?} }}, ", r.code, r.name);
        }
        out.push_str("], services: &[\n");
        for s in &c.service {
            let hours = match s.hours.as_deref() {
                None => "Hours::Unknown".to_string(),
                Some("24/7") => "Hours::Always".to_string(),
                Some(id) => format!("Hours::Schedule(Text::Id({id:?}))"),
            };
            let free = match s.free {
                None => "None".to_string(),
                Some(b) => format!("Some({b})"),
            };
            let _ = write!(
                out,
                "Service {{ id: {:?}, name: Text::Id({:?}), description: Text::Id({:?}), roles: {}, serves: {}, regions: {}, hours: {hours}, free: {free}, languages: {}, source: {:?}, checked: {:?}, contacts: &[",
                s.id, s.name, s.description, strs(&s.roles), strs(&s.serves), strs(&s.regions), strs(&s.languages), s.source, s.checked
            );
            for k in &s.contact {
                let channel = CHANNELS.iter().find(|(n, _)| *n == k.channel).map(|(_, v)| *v).unwrap_or_else(|| {
                    panic!("\n{}: service {:?}: unknown channel {:?}; use one of {:?}\n", path.display(), s.id, k.channel, CHANNELS.iter().map(|c| c.0).collect::<Vec<_>>())
                });
                let note = match &k.note {
                    Some(n) => format!("Some(Text::Id({n:?}))"),
                    None => "None".into(),
                };
                let _ = write!(out, "Contact {{ channel: Channel::{channel}, display: {:?}, dial: {:?}, note: {note} }}, ", k.display, k.dial);
            }
            out.push_str("] },\n");
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    out
}

fn locales_code(root: &Path) -> String {
    let list = root.join("locales/languages.toml");
    let langs: Languages = parse(&list, &read(&list).expect("locales/languages.toml is missing"));
    let mut out = String::from("pub static LOCALES: &[Locale] = &[\n");
    for l in &langs.language {
        let dir = root.join("locales").join(&l.code);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("\nlocales/languages.toml names {:?} but there is no folder {}\n", l.code, dir.display()))
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let _ = write!(out, "Locale {{ code: {:?}, name: {:?}, sources: &[", l.code, l.name);
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let _ = write!(out, "include_str!({:?}), ", f.display().to_string());
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    out
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("content.rs");
    let code = format!("{}\n{}\n{}", flow_code(&root), countries_code(&root), locales_code(&root));
    fs::write(out, code).unwrap();
}
