//! Turns the content (content/*.toml) and the locale list (locales/languages.toml), as crates/oberih-data reads
//! them, into static Rust data, so the wasm carries no TOML or serde parser. Shape errors fail the build naming
//! the file and the field; cross-references (a `next` that resolves, a Fluent id that exists) are checked by
//! `tests/content.rs`.
use oberih_data::BlockKind;
use std::{env, fmt::Write as _, fs, path::Path};

/// Whether this is the browser build (wasm), which leaves out what only the tests and tools read.
fn wasm() -> bool {
    env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32")
}

/// The data as oberih-data reads it; an error fails the build naming the file and the field.
fn must<T>(r: Result<T, String>) -> T {
    r.unwrap_or_else(|e| panic!("\n{e}\n"))
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
    let flow = must(oberih_data::flow(root));
    let mut out = String::from("pub static FLOW: &[Node] = &[\n");
    for n in &flow.node {
        let _ = write!(out, "Node {{ id: {:?}, title: {:?}, blocks: &[", n.id, n.title);
        for b in &n.block {
            let kind = match b.kind().expect("oberih_data::flow checks that a block has one kind") {
                BlockKind::Text(t) => format!("BlockKind::Text({t:?})"),
                BlockKind::Fact(t) => {
                    // When a fact's source was read, and the date it gives, are for the tests and `./dev stale`.
                    let dates = if wasm() { String::new() } else { format!(", checked: {}, source_date: {}", opt(&b.checked), opt(&b.source_date)) };
                    format!("BlockKind::Fact {{ text: {t:?}, source: {}{dates} }}", opt(&b.source))
                }
                BlockKind::Call(c) => format!("BlockKind::Call({})", strs(c)),
                BlockKind::List(l) => format!("BlockKind::List({})", strs(l)),
                BlockKind::Checklist(l) => format!("BlockKind::Checklist({})", strs(l)),
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
    let mut out = String::from("pub static COUNTRIES: &[Country] = &[\n");
    for (_, c) in must(oberih_data::countries(root)) {
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
                let note = match &k.note {
                    Some(n) => format!("Some(Text::Id({n:?}))"),
                    None => "None".into(),
                };
                // The schema's channel names are the widget's `content::Channel` variants.
                let _ = write!(out, "Contact {{ channel: Channel::{:?}, display: {:?}, dial: {:?}, note: {note} }}, ", k.channel, k.display, k.dial);
            }
            out.push_str("] },\n");
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    out
}

fn locales_code(root: &Path, out_dir: &Path) -> String {
    let wasm = wasm();
    let mut out = String::from("pub static LOCALES: &[Locale] = &[\n");
    for l in must(oberih_data::languages(root)) {
        let mut files = must(oberih_data::ftl_files(root, "locales", &l.code));
        let _ = write!(out, "Locale {{ code: {:?}, name: {:?}, sources: &[", l.code, l.name);
        // In the browser no language is built in: the visitor's own, English included, is fetched while the
        // wasm downloads (every locale is complete: tests/locales.rs), and another when chosen, so a visitor
        // downloads one language, not four, and never English besides. Native builds (the tests) carry them all.
        if wasm {
            files.clear();
        }
        for f in files {
            let stripped = out_dir.join(format!("{}-{}", l.code, f.file_name().unwrap().to_string_lossy()));
            fs::write(&stripped, oberih_data::without_comments(&must(oberih_data::read(&f)))).unwrap();
            let _ = write!(out, "include_str!({:?}), ", stripped.display().to_string());
        }
        out.push_str("] },\n");
    }
    // The pseudo-locale, built in for the component tests only (`OBERIH_PSEUDO=1`, set by `./dev test` for
    // them), never into the files of `./dev build`: the demo serves exactly the release's files (its translators'
    // tool, public/translators.js, gives the widget the same pseudo-locale from the page).
    println!("cargo:rerun-if-env-changed=OBERIH_PSEUDO");
    println!("cargo::rustc-check-cfg=cfg(oberih_demo)");
    if env::var_os("OBERIH_PSEUDO").is_some_and(|v| v != "0") {
        println!("cargo::rustc-cfg=oberih_demo");
        let mut sources = String::new();
        for f in must(oberih_data::ftl_files(root, "locales", "en")) {
            let stripped = out_dir.join(format!("en-XA-{}", f.file_name().unwrap().to_string_lossy()));
            fs::write(&stripped, pseudo(&must(oberih_data::read(&f)))).unwrap();
            let _ = write!(sources, "include_str!({:?}), ", stripped.display().to_string());
        }
        let _ = writeln!(out, "Locale {{ code: \"en-XA\", name: \"Ƥşéûđô (tests only)\", sources: &[{sources}] }},");
    }
    out.push_str("];\n");
    out
}

/// Accents every letter of a message's text and makes it about 40% longer, leaving ids, placeables and
/// variant keys alone: text that shows plain in the demo does not come from Fluent, and long translations
/// that would break the layout break it here first. public/translators.js does the same for the demo page:
/// change both together.
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
    // Cargo looks at every file under a folder named here: a new, changed or removed file rebuilds the data.
    for dir in ["content", "locales"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("content.rs");
    let code = format!("{}\n{}\n{}", flow_code(&root), countries_code(&root), locales_code(&root, Path::new(&env::var("OUT_DIR").unwrap())));
    fs::write(out, code).unwrap();
}
