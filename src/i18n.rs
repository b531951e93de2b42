//! Translations: Fluent bundles built lazily per language, with a per-message fallback to English.
//! A message missing everywhere shows as nothing, never as its raw id. Native builds (the tests) carry every
//! language; the browser build carries none and is given the visitor's language (`add_source`).
use crate::content::{Text, LOCALES};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::{cell::RefCell, rc::Rc};

pub const REFERENCE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<Vec<(&'static str, Rc<Bundle>)>> = const { RefCell::new(Vec::new()) };
}

/// The supported language codes, in the order of locales/languages.toml.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|l| l.code)
}

pub fn is_supported(code: &str) -> bool {
    LOCALES.iter().any(|l| l.code == code)
}

/// The language's own name, for the switcher.
pub fn native_name(code: &str) -> &'static str {
    LOCALES.iter().find(|l| l.code == code).map_or("", |l| l.name)
}

thread_local! {
    // Messages fetched at run time (see `add_source`), by language.
    static FETCHED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Whether the messages of `code` are here: built in, or fetched already.
pub fn is_loaded(code: &str) -> bool {
    LOCALES.iter().any(|l| l.code == code && !l.sources.is_empty()) || FETCHED.with(|f| f.borrow().iter().any(|(c, _)| *c == code))
}

/// Adds the messages of a language fetched at run time (the browser build carries none). The text
/// lives as long as the page, like the built-in messages.
pub fn add_source(code: &str, text: String) {
    let Some(code) = LOCALES.iter().find(|l| l.code == code).map(|l| l.code) else { return };
    let text: &'static str = Box::leak(text.into_boxed_str());
    FETCHED.with(|f| f.borrow_mut().push((code, text)));
    BUNDLES.with(|b| b.borrow_mut().retain(|(c, _)| *c != code));
}

fn build(code: &'static str) -> Option<Bundle> {
    let locale = LOCALES.iter().find(|l| l.code == code)?;
    let id: unic_langid::LanguageIdentifier = code.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![id]);
    let fetched: Vec<&'static str> = FETCHED.with(|f| f.borrow().iter().filter(|(c, _)| *c == code).map(|(_, t)| *t).collect());
    for src in locale.sources.iter().chain(fetched.iter()) {
        // Syntax errors are caught by the locale check in `cargo test`; here a broken entry is skipped.
        let res = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    Some(bundle)
}

fn bundle(code: &str) -> Option<Rc<Bundle>> {
    let code = LOCALES.iter().find(|l| l.code == code)?.code;
    BUNDLES.with(|b| {
        let mut b = b.borrow_mut();
        if let Some((_, bundle)) = b.iter().find(|(c, _)| *c == code) {
            return Some(bundle.clone());
        }
        let bundle = Rc::new(build(code)?);
        b.push((code, bundle.clone()));
        Some(bundle)
    })
}

fn format_in(code: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(code)?;
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    let s = bundle.format_pattern(pattern, args, &mut errors);
    Some(s.into_owned())
}

/// The message `id` in `lang`, else in English, else empty.
pub fn tr(lang: &str, id: &str) -> String {
    tr_args(lang, id, None)
}

pub fn tr_args(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, id, args)
        .or_else(|| {
            if let Some(note) = MISSING.get() {
                note(lang, id);
            }
            format_in(REFERENCE, id, args)
        })
        .unwrap_or_default()
}

thread_local! {
    static MISSING: std::cell::Cell<Option<fn(&str, &str)>> = const { std::cell::Cell::new(None) };
}

/// Called with (language, message id) whenever a message falls back to English. The demo build uses it to
/// tell translators in the console; release builds never set it.
pub fn on_missing(note: fn(&str, &str)) {
    MISSING.set(Some(note));
}

/// Built-in text is translated; a webmaster's literal text is shown as written.
pub fn text(lang: &str, t: Text) -> String {
    match t {
        Text::Id(id) => tr(lang, id),
        Text::Literal(s) => s.to_string(),
        // The visitor's language, else English, else the first the webmaster gave.
        Text::Localized(pairs) => pairs
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| pairs.iter().find(|(l, _)| *l == REFERENCE))
            .or(pairs.first())
            .map_or(String::new(), |(_, s)| s.to_string()),
    }
}

/// Whether `lang` itself (not the fallback) has the message: for tests and the demo's missing-message note.
pub fn has(lang: &str, id: &str) -> bool {
    bundle(lang).is_some_and(|b| b.has_message(id))
}
