//! Writes the embed script: src/exit/oberih.js with its placeholders filled from locales/ and content/,
//! comments and indentation removed (it must stay small: it is all a visitor loads before the exit works).
use crate::root;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::Deserialize;
use oberih_data::read;
use std::{fs, path::Path, path::PathBuf};

#[derive(Deserialize)]
struct CargoToml {
    package: Package,
}
#[derive(Deserialize)]
struct Package {
    version: String,
}

/// The exit's messages, in the order the script indexes them; `None`: no variable, `Some(n)`: $remaining = n.
const MESSAGES: &[(&str, Option<i64>)] = &[
    ("exit-button", None),
    ("exit-hint", None),
    ("exit-shift-progress", Some(2)),
    ("exit-shift-progress", Some(1)),
    ("exit-shift-expired", None),
];

fn bundle(lang: &str) -> Result<FluentBundle<FluentResource>, String> {
    bundle_of(lang, "exit.ftl")
}

pub fn bundle_of(lang: &str, name: &str) -> Result<FluentBundle<FluentResource>, String> {
    let file = root().join("locales").join(lang).join(name);
    let res = FluentResource::try_new(read(&file)?).map_err(|(_, errs)| format!("{}: {errs:?}", file.display()))?;
    let id = lang.parse::<unic_langid::LanguageIdentifier>().map_err(|e| format!("{lang}: {e}"))?;
    let mut b = FluentBundle::new(vec![id]);
    // Plain text for the script: no bidi isolation marks.
    b.set_use_isolating(false);
    b.add_resource(res).map_err(|e| format!("{}: {e:?}", file.display()))?;
    Ok(b)
}

pub fn format(b: &FluentBundle<FluentResource>, id: &str, n: Option<i64>) -> Option<String> {
    let pattern = b.get_message(id)?.value()?;
    let args = n.map(|n| {
        let mut a = FluentArgs::new();
        a.set("remaining", n);
        a
    });
    let mut errors = vec![];
    let s = b.format_pattern(pattern, args.as_ref(), &mut errors).into_owned();
    errors.is_empty().then_some(s)
}

fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // Keeps `</script>` and friends harmless if the script is ever inlined.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn strings() -> Result<String, String> {
    let reference = bundle("en")?;
    let mut entries = vec![];
    for l in oberih_data::languages(&root())? {
        let b = bundle(&l.code)?;
        let mut values = vec![];
        for (id, n) in MESSAGES {
            let v = format(&b, id, *n)
                .or_else(|| format(&reference, id, *n))
                .ok_or_else(|| format!("locales/en/exit.ftl: message {id} is missing or broken"))?;
            values.push(js_string(&v));
        }
        entries.push(format!("{}:[{}]", l.code, values.join(",")));
    }
    Ok(format!("{{{}}}", entries.join(",")))
}

fn country_langs() -> Result<String, String> {
    let mut entries = vec![];
    for (_, c) in crate::content::countries()? {
        if let Some(l) = c.languages.first() {
            entries.push(format!("{}:{}", c.country, js_string(l)));
        }
    }
    Ok(format!("{{{}}}", entries.join(",")))
}

/// `locales/<code>.ftl`: each language's panel messages in one file (not exit.ftl, which the embed script
/// carries), comments left out, fetched by the panel for the visitor's language (English included: no language
/// is built into the wasm) and when one is chosen.
fn locale_files(dir: &Path) -> Result<(), String> {
    for lang in oberih_data::languages(&root())? {
        let mut text = String::new();
        // The exit's own messages are in the embed script already; the panel never shows them.
        for f in oberih_data::ftl_files(&root(), "locales", &lang.code)?.into_iter().filter(|f| !f.ends_with("exit.ftl")) {
            text.push_str(&oberih_data::without_comments(&read(&f)?));
        }
        write(&dir.join("locales").join(format!("{}.ftl", lang.code)), &text)?;
    }
    Ok(())
}

/// For the demo's configurator: every country's regions as [code, English name, number of regional services
/// (those `./dev coverage` counts), the name's message id (the configurator finds other languages' names in
/// dist/locales/<lang>.ftl)], as JSON.
fn regions_json() -> Result<String, String> {
    let en = bundle_of("en", "services.ftl")?;
    let mut entries = vec![];
    for (_, c) in crate::content::countries()? {
        let regions: Vec<String> = c
            .region
            .iter()
            .map(|r| {
                let (n, _) = crate::coverage::region_counts(&c, &r.code);
                format!(
                    "[{},{},{n},{}]",
                    js_string(&r.code),
                    js_string(&format(&en, &r.name, None).unwrap_or_default()),
                    js_string(&r.name)
                )
            })
            .collect();
        entries.push(format!("{}:[{}]", js_string(&c.country), regions.join(",")));
    }
    Ok(format!("{{{}}}\n", entries.join(",")))
}

pub fn version() -> Result<String, String> {
    let c: CargoToml = toml::from_str(&read(&root().join("Cargo.toml"))?).map_err(|e| e.to_string())?;
    Ok(c.package.version)
}

/// Whole-line `//` comments, CSS comments and indentation go; the `/*!` notice stays.
fn strip_js(src: &str) -> String {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn strip_css(src: &str) -> String {
    let mut out = String::new();
    let mut rest = src;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("")
}

/// The exit's CSS as a JS object of its top-level rules, `{selector: declarations}` (an `@media` rule keeps
/// its inner rules as the value): the script joins them into a stylesheet, and an old browser under a strict
/// CSP applies the plain ones inline. Every selector must be unique, or a rule would be lost.
fn css_rules(css: &str) -> Result<String, String> {
    let (mut out, mut seen, mut depth, mut start, mut open) = (vec![], vec![], 0, 0, 0);
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let sel = css[start..open].trim();
                    if seen.contains(&sel) {
                        return Err(format!("src/exit/exit.css: the selector {sel} appears twice: merge its rules"));
                    }
                    seen.push(sel);
                    out.push(format!("{}:{}", js_string(sel), js_string(&css[open + 1..i])));
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    if depth != 0 || !css[start..].trim().is_empty() {
        return Err("src/exit/exit.css: unbalanced braces".into());
    }
    Ok(format!("{{{}}}", out.join(",")))
}

pub fn build() -> Result<String, String> {
    let src = read(&root().join("src/exit/oberih.js"))?;
    let css = strip_css(&read(&root().join("src/exit/exit.css"))?);
    let out = strip_js(&src)
        .replace("/*@STRINGS*/{}", &strings()?)
        .replace("/*@COUNTRY_LANG*/{}", &country_langs()?)
        .replace("'/*@VERSION*/'", &js_string(&version()?))
        .replace("/*@CSS*/{}", &css_rules(&css)?);
    if out.contains("/*@") {
        return Err("src/exit/oberih.js: a placeholder was left unfilled".into());
    }
    Ok(out + "\n")
}

pub fn run(args: &[String]) -> Result<(), String> {
    match args {
        [flag, path] if flag == "--out" => write(&PathBuf::from(path), &build()?),
        [] => stage(&std::env::var_os("TRUNK_STAGING_DIR").map_or_else(|| root().join("dist"), PathBuf::from)),
        _ => Err("usage: cargo xtask loader [--out FILE]".into()),
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Finishes Trunk's output: Trunk names the wasm-bindgen glue after the package (`oberih.js`), which is the
/// embed script's public name, so the glue and the wasm move to `oberih_app*` and the embed script takes its
/// place. The demo page loses Trunk's leftover `<link data-trunk>` (it embeds with the real snippet).
fn stage(dir: &Path) -> Result<(), String> {
    // Trunk names its output after the package: a fresh `oberih_bg.wasm` means `oberih.js` beside it is the glue.
    let glue = dir.join("oberih.js");
    let wasm = dir.join("oberih_bg.wasm");
    if wasm.is_file() {
        let text = read(&glue)?;
        write(&dir.join("oberih_app.js"), &text.replace("oberih_bg.wasm", "oberih_app_bg.wasm"))?;
        fs::rename(&wasm, dir.join("oberih_app_bg.wasm")).map_err(|e| format!("{}: {e}", wasm.display()))?;
    }
    let index = dir.join("index.html");
    if let Ok(html) = fs::read_to_string(&index) {
        let kept: Vec<&str> = html.lines().filter(|l| !l.trim_start().starts_with("<link data-trunk")).collect();
        write(&index, &(kept.join("\n") + "\n"))?;
    }
    write(&dir.join("demo-regions.json"), &regions_json()?)?;
    locale_files(dir)?;
    write(&glue, &build()?)
}
