//! The translators' checks that Mozilla's compare-locales does not make. `./dev test` runs compare-locales over
//! `l10n.toml` (tools/l10n_check.py): syntax errors, duplicate ids, messages missing or obsolete in a language,
//! a missing file, a value or attribute missing or left over. Here: every language uses exactly the reference's
//! variables, each variable is documented, every id the code, the content or the configurator uses exists, ids
//! are kebab-case, and the glossaries. Both sets of Fluent files are checked: the widget's (`locales/`) and the
//! demo configurator's (`docs/locales/`, never shipped to visitors).
//! Failures are written for translators: the file, the line, the id, and what to do.
#![cfg(not(target_arch = "wasm32"))] // native: reads files, or needs no browser
use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The language codes of locales/languages.toml, in order.
fn languages() -> Vec<String> {
    oberih_data::languages(&root()).unwrap().into_iter().map(|l| l.code).collect()
}

/// The two sets of Fluent files, each with a folder per language: the widget's and the configurator's.
const SETS: &[&str] = &["locales", "docs/locales"];

fn ftl_files_in(set: &str, lang: &str) -> Vec<PathBuf> {
    oberih_data::ftl_files(&root(), set, lang).unwrap_or_else(|e| panic!("{e}"))
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

/// What a translator must keep equal to the reference, for one message or term.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    documented: bool,
    file: String,
    line: usize,
}

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

fn load(lang: &str, problems: &mut Vec<String>) -> BTreeMap<String, Shape> {
    load_in("locales", lang, problems)
}

/// Parses every file of a locale: its messages and terms by id. Syntax errors are collected as problems.
fn load_in(set: &str, lang: &str, problems: &mut Vec<String>) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for path in ftl_files_in(set, lang) {
        let src = fs::read_to_string(&path).unwrap();
        let res = match parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(format!(
                        "{}:{}: Fluent syntax error ({:?}). Compare the line with the same message in locales/{REFERENCE}/.",
                        rel(&path),
                        line_of(&src, e.pos.start),
                        e.kind
                    ));
                }
                r
            }
        };
        for entry in &res.body {
            let (id, value, attributes, comment) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes, m.comment.as_ref()),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes, t.comment.as_ref()),
                _ => continue,
            };
            let mut shape = Shape {
                file: rel(&path),
                line: line_of(&src, src.find(&format!("\n{id} =")).map_or(0, |i| i + 1)),
                ..Shape::default()
            };
            if let Some(v) = value {
                vars_in_pattern(v, &mut shape.variables);
            }
            for a in attributes {
                vars_in_pattern(&a.value, &mut shape.variables);
            }
            shape.documented = comment.is_some_and(|c| c.content.iter().any(|l| l.trim_start().starts_with("Variables:")));
            if let Some(prev) = out.insert(id.clone(), shape) {
                problems.push(format!("{}: message {id} is defined twice (also in {}): keep one.", rel(&path), prev.file));
            }
        }
    }
    out
}

/// What compare-locales leaves to us: the same variables as the reference (it checks only message and term
/// references), and a `# Variables:` comment for each in the reference. Syntax errors, duplicates, missing and
/// obsolete messages, values and attributes are its report (tools/l10n_check.py), not repeated here.
#[test]
fn every_locale_uses_the_references_variables_and_each_is_documented() {
    let mut problems = Vec::new();
    let mut syntax = Vec::new();
    for set in SETS {
        let reference = load_in(set, REFERENCE, &mut syntax);
        assert!(!reference.is_empty(), "{set}/{REFERENCE}/ holds no messages");
        for (id, shape) in &reference {
            if !shape.variables.is_empty() && !shape.documented {
                problems.push(format!(
                    "{}:{}: {id} uses {} but has no `# Variables:` comment above it explaining each one.",
                    shape.file,
                    shape.line,
                    shape.variables.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                ));
            }
        }
        for lang in languages().iter().filter(|l| *l != REFERENCE) {
            for (id, s) in &load_in(set, lang, &mut syntax) {
                let Some(r) = reference.get(id) else { continue };
                if s.variables != r.variables {
                    let show = |v: &BTreeSet<String>| v.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ");
                    problems.push(format!(
                        "{}:{}: {id} uses the variables [{}] but the reference uses [{}]: use exactly the same names, do not translate them.",
                        s.file,
                        s.line,
                        show(&s.variables),
                        show(&r.variables)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{} problem(s):\n  {}\n", problems.len(), problems.join("\n  "));
}

/// Fluent ids (as string literals) in the code that shows text: each must exist in the reference.
#[test]
fn every_id_the_code_uses_exists() {
    let mut problems = Vec::new();
    let reference = load(REFERENCE, &mut problems);
    let prefixes = ["panel-", "exit-", "flow-", "service-", "region-", "country-"];
    // The views: src/view.rs, or since the split, every file of src/view/.
    let mut files = vec![root().join("src/view.rs"), root().join("xtask/src/loader.rs")];
    if let Ok(dir) = fs::read_dir(root().join("src/view")) {
        files.extend(dir.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "rs")));
    }
    files.retain(|f| f.exists());
    let mut seen = 0;
    for f in files {
        let src = fs::read_to_string(&f).unwrap();
        for (i, piece) in src.split('"').enumerate() {
            // Odd pieces are inside string literals (good enough for this code, which has no escaped quotes in ids).
            if i % 2 == 1
                && prefixes.iter().any(|p| piece.starts_with(p))
                && piece.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                seen += 1;
                if !reference.contains_key(piece) {
                    problems.push(format!("{}: uses the message {piece}, which is not in locales/{REFERENCE}/.", rel(&f)));
                }
            }
        }
    }
    assert!(seen > 20, "found only {seen} message ids in the code: the scan is broken");
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The configurator (index.html's `data-l10n-id`, public/configurator.js's `t('…')`) uses only messages that
/// docs/locales/en/ defines, and every message defined there is used: compare-locales then makes sure every
/// language has them all.
#[test]
fn the_configurator_uses_exactly_its_messages() {
    let mut problems = Vec::new();
    let reference = load_in("docs/locales", REFERENCE, &mut problems);
    let html = fs::read_to_string(root().join("index.html")).unwrap();
    let js = fs::read_to_string(root().join("public/configurator.js")).unwrap();
    let mut used = BTreeSet::new();
    for piece in html.split("data-l10n-id=\"").skip(1) {
        used.insert(piece[..piece.find('"').unwrap()].to_string());
    }
    for (at, _) in js.match_indices("t('") {
        // The function t itself, not createElement(' or digest('.
        if js[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let rest = &js[at + 3..];
        used.insert(rest[..rest.find('\'').unwrap()].to_string());
    }
    // Built from a code: 'svc-why-' + the code of the widget's own check (src/custom.rs, which the configurator
    // calls through the wasm); a problem with the whole block is shown in the widget's English.
    for code in oberih_app::custom::CODES.iter().filter(|c| !oberih_app::custom::BLOCK_CODES.contains(c)) {
        used.insert(format!("svc-why-{code}"));
    }
    assert!(used.len() > 60, "found only {} ids: the scan is broken", used.len());
    for id in &used {
        if !reference.contains_key(id) {
            problems.push(format!("the configurator uses {id}, which docs/locales/{REFERENCE}/configurator.ftl does not define"));
        }
    }
    for (id, s) in &reference {
        if !used.contains(id) {
            problems.push(format!("{}:{}: {id} is not used by the configurator: remove it", s.file, s.line));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Ids are lowercase kebab-case and start with their file's feature (panel-, exit-, flow-, ...).
#[test]
fn ids_are_kebab_case_and_prefixed_by_feature() {
    let mut problems = Vec::new();
    let reference = load(REFERENCE, &mut problems);
    for (id, s) in &reference {
        let bare = id.trim_start_matches('-');
        let ok = !bare.is_empty()
            && bare.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !ok {
            problems.push(format!("{}:{}: {id} is not lowercase kebab-case", s.file, s.line));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Adding a language is a folder plus one line in locales/languages.toml: the widget's list comes from there.
#[test]
fn the_language_list_comes_from_languages_toml() {
    let listed = languages();
    let built: Vec<String> = oberih_app::i18n::languages().map(String::from).collect();
    assert_eq!(built, listed);
    for lang in &listed {
        assert!(!oberih_app::i18n::native_name(lang).is_empty(), "{lang} has no native name in languages.toml");
        assert!(oberih_app::i18n::has(lang, "exit-button"), "{lang} cannot show the exit button");
    }
}

/// The other half of "adding a language is a folder and one line": no Rust code names a language other than
/// the English reference, so nothing else needs changing for a new one.
#[test]
fn no_rust_code_names_a_translated_language() {
    let mut problems = Vec::new();
    let mut files = vec![root().join("build.rs")];
    for dir in ["src", "src/view", "xtask/src"] {
        let Ok(entries) = fs::read_dir(root().join(dir)) else { continue };
        for e in entries.filter_map(|e| e.ok()) {
            if e.path().extension().is_some_and(|x| x == "rs") {
                files.push(e.path());
            }
        }
    }
    for lang in languages().iter().filter(|l| *l != REFERENCE) {
        for f in &files {
            let src = fs::read_to_string(f).unwrap();
            // Doc comments may show an example; code may not.
            let code: String = src.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
            if code.contains(&format!("\"{lang}\"")) {
                problems.push(format!("{} names the language \"{lang}\": take it from locales/languages.toml instead", rel(f)));
            }
        }
    }
    assert!(files.len() > 8, "the scan found too few files");
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

// ---- The glossary: locales/<lang>/glossary.tbx ----
// TBX because Weblate and Pontoon import it as terminology; read here with a few string searches, since the files
// keep to one simple shape (checked below) and a whole XML parser is not worth a dependency.

/// One term of a glossary: a preferred term, or one to avoid, for an English term.
#[derive(Debug)]
struct GlossaryTerm {
    id: String,
    english: String,
    term: String,
    avoid: bool,
    note: String,
}

fn xml_text(s: &str) -> String {
    s.trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The text between `open` (a tag start, e.g. `<term`) and `</close>`, after the end of the opening tag.
fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)?;
    let body = &s[start..];
    let body = &body[body.find('>')? + 1..];
    Some(&body[..body.find(close)?])
}

/// Reads a language's glossary, or None when it has none.
fn glossary(lang: &str, problems: &mut Vec<String>) -> Option<Vec<GlossaryTerm>> {
    let path = root().join("locales").join(lang).join("glossary.tbx");
    let src = fs::read_to_string(&path).ok()?;
    let mut terms = Vec::new();
    for (n, entry) in src.split("<termEntry").skip(1).enumerate() {
        let entry = &entry[..entry.find("</termEntry>").unwrap_or(entry.len())];
        // `<termEntry id="…">`: the id is the first quoted value.
        let id = entry.split('"').nth(1).unwrap_or_default().to_string();
        let lang_set = |l: &str| between(entry, &format!("<langSet xml:lang=\"{l}\""), "</langSet>");
        let (Some(en), Some(own)) = (lang_set("en"), lang_set(lang)) else {
            problems.push(format!("{}: term entry {} ({id}) needs a langSet for en and for {lang}.", rel(&path), n + 1));
            continue;
        };
        let status = between(own, "<termNote type=\"administrativeStatus\"", "</termNote>").map(xml_text);
        let avoid = match status.as_deref() {
            Some("preferredTerm-admn-sts") => false,
            Some("deprecatedTerm-admn-sts") => true,
            other => {
                problems.push(format!(
                    "{}: {id}: administrativeStatus is {other:?}; use preferredTerm-admn-sts or deprecatedTerm-admn-sts.",
                    rel(&path)
                ));
                continue;
            }
        };
        terms.push(GlossaryTerm {
            id,
            english: between(en, "<term", "</term>").map(xml_text).unwrap_or_default(),
            term: between(own, "<term", "</term>").map(xml_text).unwrap_or_default(),
            avoid,
            note: between(entry, "<note", "</note>").map(xml_text).unwrap_or_default(),
        });
    }
    Some(terms)
}

/// Lowercase words; a word keeps its inner hyphens and apostrophes (зорлық-зомбылық, б'ють) so they match whole.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | 'ʼ' | '*')))
        .map(|w| w.trim_matches(|c| matches!(c, '-' | '\'' | '’' | 'ʼ')).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `text` holds the avoided `term` as whole words. A `*` ending a word of the term stands for any
/// ending, since these languages inflect (агресор* catches агресора, агресором).
fn uses_term(text: &[String], term: &[String]) -> bool {
    let word_matches = |w: &String, t: &String| match t.strip_suffix('*') {
        Some(stem) => w.starts_with(stem),
        None => w == t,
    };
    !term.is_empty() && text.windows(term.len()).any(|win| win.iter().zip(term).all(|(w, t)| word_matches(w, t)))
}

fn text_of_pattern(p: &ast::Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                // A placeable breaks a word; a select's variants (plurals) are all text the reader may see.
                out.push(' ');
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        text_of_pattern(&v.value, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
}

/// Every message's visible text in a language, with its file and id (values and attributes; no comments), in
/// both sets: the configurator's texts follow the same glossary as the widget's.
fn message_texts(lang: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for path in SETS.iter().flat_map(|set| ftl_files_in(set, lang)) {
        let src = fs::read_to_string(&path).unwrap();
        let res = parser::parse(src.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in &res.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut text = String::new();
            if let Some(v) = value {
                text_of_pattern(v, &mut text);
            }
            for a in attributes {
                text.push(' ');
                text_of_pattern(&a.value, &mut text);
            }
            out.push((rel(&path), id, text));
        }
    }
    out
}

/// The terms a glossary marks as avoided are not used anywhere in that language's messages.
#[test]
fn no_message_uses_a_term_the_glossary_avoids() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for lang in languages() {
        let Some(terms) = glossary(&lang, &mut problems) else { continue };
        let avoided: Vec<_> = terms.iter().filter(|t| t.avoid).map(|t| (t, words(&t.term))).collect();
        for (file, id, text) in message_texts(&lang) {
            let text = words(&text);
            for (t, term) in &avoided {
                checked += 1;
                if uses_term(&text, term) {
                    let preferred = terms.iter().find(|p| !p.avoid && p.english == t.english).map_or("", |p| p.term.as_str());
                    problems.push(format!(
                        "{file}: {id} uses «{}», which locales/{lang}/glossary.tbx avoids for \"{}\" ({}). Prefer «{preferred}».",
                        t.term, t.english, t.note
                    ));
                }
            }
        }
    }
    assert!(checked > 0, "no glossary term was checked: are the glossaries missing?");
    assert!(problems.is_empty(), "\n{} problem(s) with the glossary:\n  {}\n", problems.len(), problems.join("\n  "));
}

/// Every translated language has a glossary with the same English terms, one preferred term each (non-empty),
/// and a reason for every term it avoids.
#[test]
fn every_glossary_has_the_same_english_terms() {
    let mut problems = Vec::new();
    let mut first: Option<(String, BTreeSet<String>)> = None;
    for lang in languages().into_iter().filter(|l| l != REFERENCE) {
        let file = format!("locales/{lang}/glossary.tbx");
        let Some(terms) = glossary(&lang, &mut problems) else {
            problems.push(format!("{file} is missing: copy another language's and translate its terms."));
            continue;
        };
        let mut preferred: BTreeMap<&str, usize> = BTreeMap::new();
        for t in &terms {
            if t.english.is_empty() || t.term.is_empty() {
                problems.push(format!("{file}: {} needs both an English term and a {lang} term.", t.id));
            }
            if t.avoid {
                if t.note.is_empty() {
                    problems.push(format!("{file}: {} avoids «{}» without a note saying why.", t.id, t.term));
                }
                // A term both preferred and avoided would make the check fail on the preferred one.
                if terms.iter().any(|p| !p.avoid && uses_term(&words(&p.term), &words(&t.term))) {
                    problems.push(format!("{file}: {} avoids «{}», which a preferred term contains.", t.id, t.term));
                }
            } else {
                *preferred.entry(&t.english).or_default() += 1;
            }
        }
        for t in terms.iter().filter(|t| t.avoid && !preferred.contains_key(t.english.as_str())) {
            problems.push(format!("{file}: {} avoids a term for \"{}\" but no entry prefers one.", t.id, t.english));
        }
        for (en, n) in preferred.iter().filter(|(_, n)| **n > 1) {
            problems.push(format!("{file}: \"{en}\" has {n} preferred terms: keep one, mark the others avoided."));
        }
        let english: BTreeSet<String> = preferred.keys().map(|s| s.to_string()).collect();
        match &first {
            None => first = Some((file, english)),
            Some((other, theirs)) => {
                for en in theirs.difference(&english) {
                    problems.push(format!("{file}: \"{en}\" is missing (it is in {other})."));
                }
                for en in english.difference(theirs) {
                    problems.push(format!("{file}: \"{en}\" is not in {other}: add it to every glossary."));
                }
            }
        }
    }
    assert!(first.as_ref().is_some_and(|(_, e)| e.len() >= 20), "the glossaries hold too few terms");
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn glossary_terms_match_whole_words_and_endings() {
    let text = words("Кривдник агресора б'ють ногами, зорлық-зомбылықты; Shift: { $n } раз");
    assert!(uses_term(&text, &words("агресор*")));
    assert!(!uses_term(&text, &words("агресор")));
    assert!(uses_term(&text, &words("б'ють ногами")));
    assert!(uses_term(&text, &words("зорлық*")));
    assert!(!uses_term(&text, &words("ногам")));
    assert!(uses_term(&text, &words("КРИВДНИК")));
}

/// The webmaster's guide exists in every language, with the reference's sections and code blocks, and covers
/// what a webmaster needs (a translation that drops a section would leave them without it).
#[test]
fn every_guide_has_the_references_sections() {
    let shape = |text: &str| {
        let headings = text.lines().filter(|l| l.starts_with("## ")).count();
        let blocks = text.lines().filter(|l| l.starts_with("```")).count();
        (headings, blocks)
    };
    let reference = fs::read_to_string(root().join(format!("docs/guide.{REFERENCE}.md"))).unwrap();
    let must = [
        "data-country", "data-region", "data-lang", "data-exit-url", "data-position", "mode=\"inline\"",
        "--oberih-accent", "::part(", "data-oberih-services", "'wasm-unsafe-eval'", "require-trusted-types-for",
        "https://cdn.jsdelivr.net/npm/oberih-widget@", "https://unpkg.com/oberih-widget@", "integrity",
        "./dev release", "application/wasm", "Access-Control-Allow-Origin", "WordPress", "Drupal", "Joomla",
        "oberih-wordpress-", "wordpress/oberih/readme.txt",
    ];
    let mut problems = Vec::new();
    for lang in languages() {
        let file = format!("docs/guide.{lang}.md");
        let Ok(text) = fs::read_to_string(root().join(&file)) else {
            problems.push(format!("{file} is missing: translate docs/guide.{REFERENCE}.md"));
            continue;
        };
        if shape(&text) != shape(&reference) {
            problems.push(format!(
                "{file}: {:?} sections and code fences, docs/guide.{REFERENCE}.md has {:?}",
                shape(&text),
                shape(&reference)
            ));
        }
        for m in must.iter().filter(|m| !text.contains(*m)) {
            problems.push(format!("{file} never mentions {m}"));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Wherever English names one of the countries' legal orders (the glossary's "… order (Ukraine)", "… order
/// (Kazakhstan)"), the same message in every translation names it by the glossary's preferred term, inflected
/// as the sentence needs (each word matched by its stem): the visitor has to say that term to the police or a
/// court, so a paraphrase is not enough.
#[test]
fn every_translation_names_the_legal_orders_by_the_glossary_term() {
    let mut problems = Vec::new();
    let mut checked = 0;
    let english: BTreeMap<String, Vec<String>> = message_texts(REFERENCE).into_iter().map(|(_, id, text)| (id, words(&text))).collect();
    // A word of more than four letters keeps all but its last two as a stem (терміновий, термінового).
    let stem = |w: &String| {
        let n = w.chars().count();
        if n > 4 { format!("{}*", w.chars().take(n - 2).collect::<String>()) } else { w.clone() }
    };
    for lang in languages().into_iter().filter(|l| l != REFERENCE) {
        let Some(terms) = glossary(&lang, &mut problems) else { continue };
        let orders: Vec<_> = terms.iter().filter(|t| !t.avoid && t.english.contains(" order (")).collect();
        assert!(orders.len() >= 3, "locales/{lang}/glossary.tbx: the three legal orders are missing");
        for (file, id, text) in message_texts(&lang) {
            let Some(en) = english.get(&id) else { continue };
            let text = words(&text);
            for t in &orders {
                if !uses_term(en, &words(t.english.split(" (").next().unwrap_or_default())) {
                    continue;
                }
                checked += 1;
                let term: Vec<String> = words(&t.term).iter().map(stem).collect();
                if !uses_term(&text, &term) {
                    problems.push(format!("{file}: {id} names \"{}\" in English but not «{}» (locales/{lang}/glossary.tbx)", t.english, t.term));
                }
            }
        }
    }
    assert!(checked >= 12, "only {checked} messages naming a legal order were checked");
    assert!(problems.is_empty(), "\n{} problem(s):\n  {}\n", problems.len(), problems.join("\n  "));
}
