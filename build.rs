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
    /// The date the source page gives (published or last updated), if it gives one.
    source_date: Option<String>,
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
    /// Wholly or partly under occupation: the directory says so above the region's services.
    #[serde(default)]
    occupied: bool,
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
    /// The date the source page gives (published or last updated), if it gives one.
    source_date: Option<String>,
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

/// Whether this is the browser build (wasm), which leaves out what only the tests and tools read.
fn wasm() -> bool {
    env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32")
}

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
                // When a fact's source was read, and the date it gives, are for the tests and `./dev stale`.
                let dates = if wasm() { String::new() } else { format!(", checked: {}, source_date: {}", opt(&b.checked), opt(&b.source_date)) };
                format!("BlockKind::Fact {{ text: {t:?}, source: {}{dates} }}", opt(&b.source))
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
            let _ = write!(out, "Region {{ code: {:?}, name: {:?}, occupied: {} }}, ", r.code, r.name, r.occupied);
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
            // When a service's source was read, and the date it gives, are for the tests and `./dev stale`: the
            // panel never shows them, so the browser build leaves them out (the source itself marks a site's own).
            let dates = if wasm() { String::new() } else { format!("checked: {:?}, source_date: {}, ", s.checked, opt(&s.source_date)) };
            let _ = write!(
                out,
                "Service {{ id: {:?}, name: Text::Id({:?}), description: Text::Id({:?}), roles: {}, serves: {}, regions: {}, hours: {hours}, free: {free}, languages: {}, source: {:?}, {dates}contacts: &[",
                s.id, s.name, s.description, strs(&s.roles), strs(&s.serves), strs(&s.regions), strs(&s.languages), s.source
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

fn locales_code(root: &Path, out_dir: &Path) -> String {
    let list = root.join("locales/languages.toml");
    let langs: Languages = parse(&list, &read(&list).expect("locales/languages.toml is missing"));
    let wasm = wasm();
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
        // In the browser no language is built in: the visitor's own, English included, is fetched while the
        // wasm downloads (every locale is complete: tests/locales.rs), and another when chosen, so a visitor
        // downloads one language, not four, and never English besides. Native builds (the tests) carry them all.
        if wasm {
            files.clear();
        }
        for f in files {
            // Comments are for translators: the wasm carries only the messages (about a fifth less text).
            let src = read(&f).unwrap_or_default();
            let messages: String = src.lines().filter(|l| !l.starts_with('#')).flat_map(|l| [l, "\n"]).collect();
            let stripped = out_dir.join(format!("{}-{}", l.code, f.file_name().unwrap().to_string_lossy()));
            fs::write(&stripped, messages).unwrap();
            let _ = write!(out, "include_str!({:?}), ", stripped.display().to_string());
        }
        out.push_str("] },\n");
    }
    // The pseudo-locale: demo builds only (`OBERIH_PSEUDO=1`, set by `./dev demo`), never the release build.
    println!("cargo:rerun-if-env-changed=OBERIH_PSEUDO");
    println!("cargo::rustc-check-cfg=cfg(oberih_demo)");
    if env::var_os("OBERIH_PSEUDO").is_some_and(|v| v != "0") {
        println!("cargo::rustc-cfg=oberih_demo");
        let mut sources = String::new();
        for f in ftl_files(&root.join("locales/en")) {
            let stripped = out_dir.join(format!("en-XA-{}", f.file_name().unwrap().to_string_lossy()));
            fs::write(&stripped, pseudo(&read(&f).unwrap_or_default())).unwrap();
            let _ = write!(sources, "include_str!({:?}), ", stripped.display().to_string());
        }
        let _ = writeln!(out, "Locale {{ code: \"en-XA\", name: \"Ƥşéûđô (demo only)\", sources: &[{sources}] }},");
    }
    out.push_str("];\n");
    out
}

fn ftl_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()).unwrap_or_default();
    files.sort();
    files
}

/// Accents every letter of a message's text and makes it about 40% longer, leaving ids, placeables and
/// variant keys alone: text that shows plain in the demo does not come from Fluent, and long translations
/// that would break the layout break it here first.
fn pseudo(src: &str) -> String {
    fn accent(c: char) -> char {
        const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const TO: &str = "áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
        FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
    }
    // Transforms the text outside braces; `depth` carries open braces across lines.
    fn text(t: &str, depth: &mut usize) -> String {
        let mut out = String::new();
        let mut letters = 0;
        for c in t.chars() {
            match c {
                '{' => *depth += 1,
                '}' => *depth = depth.saturating_sub(1),
                _ => {}
            }
            if *depth == 0 && c != '}' {
                if c.is_alphabetic() {
                    letters += 1;
                }
                out.push(accent(c));
            } else {
                out.push(c);
            }
        }
        if letters > 3 {
            out.push(' ');
            out.push_str(&"~".repeat(letters * 2 / 5));
        }
        out
    }
    let mut out = String::new();
    let mut depth = 0usize;
    for line in src.lines() {
        let trimmed = line.trim_start();
        if line.starts_with('#') || trimmed.is_empty() {
            continue;
        } else if let Some(eq) = line.find(" = ").filter(|_| !line.starts_with(' ')) {
            out.push_str(&line[..eq + 3]);
            out.push_str(&text(&line[eq + 3..], &mut depth));
        } else if depth > 0 && (trimmed.starts_with('[') || trimmed.starts_with("*[")) {
            // A variant: `[one] text`. Its text is inside the select's braces, so transform it at depth 0.
            let close = line.find(']').unwrap() + 1;
            out.push_str(&line[..close]);
            let mut inner = 0;
            out.push_str(&text(&line[close..], &mut inner));
        } else if depth > 0 {
            out.push_str(line);
            for c in line.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        } else if line.starts_with(' ') {
            let indent = line.len() - trimmed.len();
            out.push_str(&line[..indent]);
            out.push_str(&text(trimmed, &mut depth));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from).unwrap();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("content.rs");
    let code = format!("{}\n{}\n{}", flow_code(&root), countries_code(&root), locales_code(&root, Path::new(&env::var("OUT_DIR").unwrap())));
    fs::write(out, code).unwrap();
}
