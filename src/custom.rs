//! A webmaster's own local services, from `<script type="application/json" data-oberih-services>` on the host
//! page. Untrusted input: every entry is validated field by field; a bad entry is skipped with one message
//! naming it and the field, and the rest still show. Nothing from it is ever inserted as HTML (views render
//! text nodes and attribute values only), and links are limited to tel:, sms: and https:.
use crate::content::{Channel, Contact, Country, Hours, Service, Text, AUDIENCES, ROLES};
use crate::directory::{dialable, safe_url};
use crate::json::{self, Json};

const FIELDS: &[&str] = &["id", "name", "description", "roles", "serves", "regions", "hours", "free", "languages", "contacts"];
const CONTACT_FIELDS: &[&str] = &["channel", "display", "dial", "note"];
/// ISO 639-1 codes: a service's languages must be real ones, so a typo is caught rather than shown.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";
/// The same codes as a set built at compile time (bit `second letter` of the word for the first letter):
/// the wasm carries 104 bytes instead of the list.
const ISO_639_1_SET: [u32; 26] = {
    let b = ISO_639_1.as_bytes();
    let mut set = [0u32; 26];
    let mut i = 0;
    while i + 1 < b.len() {
        set[(b[i] - b'a') as usize] |= 1 << (b[i + 1] - b'a');
        i += 3;
    }
    set
};

pub fn is_language(code: &str) -> bool {
    match code.as_bytes() {
        [a @ b'a'..=b'z', b @ b'a'..=b'z'] => ISO_639_1_SET[(a - b'a') as usize] & (1 << (b - b'a')) != 0,
        _ => false,
    }
}
const MAX_ENTRIES: usize = 50;
const MAX_TEXT: usize = 300;

/// Why an entry was refused: a code (the demo configurator says it in the webmaster's language with the message
/// `svc-why-<code>` of docs/locales/*/configurator.ftl) and the one value the reason names, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    pub code: Code,
    /// The name of the value in the configurator's message (`max`, `value`, `known`), or "" for none.
    pub key: &'static str,
    pub value: String,
}

/// Why an entry or the block was refused. An enum, not the code's text, so that matching on it is a jump table
/// in the wasm rather than a string comparison per reason.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Code {
    Empty, TooLong, Control, NotLanguage, TextNotString, TextShape, ListShape, NotAllowed, NotObject, UnknownField, IdFormat, Required,
    FreeBool, ContactsRequired, ContactsCount, Channel, DisplayRequired, DisplayNumber, Dial, UsedTwice, BlockJson, BlockArray, TooMany,
}

/// Every code in the order of `Code`: an entry's (the configurator's message `svc-why-<code>`; tests/locales.rs
/// checks each has one), then the whole block's (BLOCK_CODES, shown in the widget's English).
pub const CODES: &[&str] = &[
    "empty", "too-long", "control", "not-language", "text-not-string", "text-shape", "list-shape", "not-allowed", "not-object",
    "unknown-field", "id-format", "required", "free-bool", "contacts-required", "contacts-count", "channel", "display-required",
    "display-number", "dial", "used-twice", "block-json", "block-array", "too-many",
];
/// The codes of a problem with the whole block rather than one entry.
pub const BLOCK_CODES: &[&str] = &["block-json", "block-array", "too-many"];
/// Every code, for the tests.
pub const ALL: &[Code] = &[
    Code::Empty, Code::TooLong, Code::Control, Code::NotLanguage, Code::TextNotString, Code::TextShape, Code::ListShape,
    Code::NotAllowed, Code::NotObject, Code::UnknownField, Code::IdFormat, Code::Required, Code::FreeBool, Code::ContactsRequired,
    Code::ContactsCount, Code::Channel, Code::DisplayRequired, Code::DisplayNumber, Code::Dial, Code::UsedTwice, Code::BlockJson,
    Code::BlockArray, Code::TooMany,
];

impl Code {
    pub fn name(self) -> &'static str {
        CODES[self as usize]
    }
}

impl Why {
    /// The reason as the widget's console says it, in English.
    pub fn english(&self) -> String {
        let v = &self.value;
        match self.code {
            Code::Empty => "is empty".into(),
            Code::TooLong => format!("is longer than {v} characters"),
            // Bidi overrides could make a number read differently from how it dials.
            Code::Control => "holds control or direction-override characters".into(),
            Code::NotLanguage => format!("\"{v}\" is not a language code (uk, ru, kk, en)"),
            Code::TextNotString => format!("the \"{v}\" text is not a string"),
            Code::TextShape => "must be a string or an object of language code to string".into(),
            Code::ListShape => "must be a list of strings".into(),
            Code::NotAllowed => format!("\"{v}\" is not allowed"),
            Code::NotObject => "must be an object".into(),
            Code::UnknownField => format!("unknown field (known: {v})"),
            Code::IdFormat => "use 1 to 64 lowercase letters, digits and hyphens".into(),
            Code::Required => "is required".into(),
            Code::FreeBool => "must be true or false".into(),
            Code::ContactsRequired => "is required: a list of contacts".into(),
            Code::ContactsCount => "must hold 1 to 10 contacts".into(),
            Code::Channel => CHANNEL_HELP.into(),
            Code::DisplayRequired => "is required: the number or name as people write it".into(),
            Code::DisplayNumber => format!("shows other digits than the number dialled ({v}): write that number, or a name without digits"),
            Code::Dial => "phone and SMS need digits with an optional leading + (e.g. +380441234567); other channels an https:// URL".into(),
            Code::UsedTwice => "used twice".into(),
            _ => String::new(),
        }
    }
}

/// One rejection: of the entry at `entry` (0-based), named `name`, for its `field`; or, with `entry` None, of
/// the whole block (codes in BLOCK_CODES; `why.value` then holds the parser's words or the limit).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub entry: Option<usize>,
    pub name: String,
    pub field: String,
    pub why: Why,
}

impl Problem {
    /// The widget's console message, word for word.
    pub fn message(&self) -> String {
        let v = &self.why.value;
        match (self.entry, self.why.code) {
            (Some(_), _) => format!("Oberih: {} skipped: field \"{}\": {}.", self.name, self.field, self.why.english()),
            (None, Code::BlockJson) => format!("Oberih: the data-oberih-services block is not valid JSON ({v}); no local services added."),
            (None, Code::BlockArray) => "Oberih: the data-oberih-services block must be a JSON array of services; no local services added.".into(),
            (None, _) => format!("Oberih: only the first {v} services of data-oberih-services are used."),
        }
    }
}

/// Parses and validates the block's text. Returns the services that passed and one message per rejection.
pub fn parse(text: &str, country: Option<&Country>) -> (Vec<&'static Service>, Vec<String>) {
    let (ok, problems) = check(text, country);
    (ok, problems.iter().map(Problem::message).collect())
}

/// Parses and validates the block's text. Returns the services that passed and one problem per rejection.
/// The services are leaked on purpose: they live as long as the page, like the built-in ones.
pub fn check(text: &str, country: Option<&Country>) -> (Vec<&'static Service>, Vec<Problem>) {
    let block = |code, value: String| Problem { entry: None, name: String::new(), field: String::new(), why: Why { code, key: "", value } };
    let value = match json::parse(text) {
        Ok(v) => v,
        Err(e) => return (vec![], vec![block(Code::BlockJson, e)]),
    };
    let Json::Arr(entries) = value else {
        return (vec![], vec![block(Code::BlockArray, String::new())]);
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        if i >= MAX_ENTRIES {
            errors.push(block(Code::TooMany, MAX_ENTRIES.to_string()));
            break;
        }
        let name = match entry.get("id") {
            Some(Json::Str(s)) => format!("service {} (\"{}\")", i + 1, s.chars().take(40).collect::<String>()),
            _ => format!("service {}", i + 1),
        };
        let problem = |(field, why)| Problem { entry: Some(i), name: name.clone(), field, why };
        match service(entry, country) {
            Ok(s) if ids.contains(&s.id.to_string()) => errors.push(problem(("id".into(), why(Code::UsedTwice)))),
            Ok(s) => {
                ids.push(s.id.to_string());
                out.push(&*Box::leak(Box::new(s)));
            }
            Err(f) => errors.push(problem(f)),
        }
    }
    (out, errors)
}

/// `s` as a JSON string literal, appended to `out` (the one JSON writer: the verdict and the tests' cases).
pub fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The demo configurator's check of a block, as JSON text: `{"ok": [ids], "errors": [{"entry": 0-based or null,
/// "field", "code", "args": {name: value}, "message"}]}`. The configurator calls it through the wasm
/// (`check_services`), so a service the form accepts is one the widget shows. Each call leaks what it accepts,
/// like `check`: a few KB per check, in the configurator only.
pub fn verdict(text: &str, country: Option<&Country>) -> String {
    let (ok, problems) = check(text, country);
    let mut out = String::from("{\"ok\":[");
    for (i, s) in ok.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        quote(&mut out, s.id);
    }
    out.push_str("],\"errors\":[");
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"entry\":");
        out.push_str(&p.entry.map_or("null".into(), |e| e.to_string()));
        out.push_str(",\"field\":");
        quote(&mut out, &p.field);
        out.push_str(",\"code\":");
        quote(&mut out, p.why.code.name());
        out.push_str(",\"args\":{");
        if !p.why.key.is_empty() {
            quote(&mut out, p.why.key);
            out.push(':');
            quote(&mut out, &p.why.value);
        }
        out.push_str("},\"message\":");
        quote(&mut out, &p.message());
        out.push('}');
    }
    out.push_str("]}");
    out
}

type Fail = (String, Why);

fn why(code: Code) -> Why {
    Why { code, key: "", value: String::new() }
}

fn fail<T>(field: &str, code: Code) -> Result<T, Fail> {
    Err((field.to_string(), why(code)))
}

fn fail_with<T>(field: &str, code: Code, key: &'static str, value: impl Into<String>) -> Result<T, Fail> {
    Err((field.to_string(), Why { code, key, value: value.into() }))
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn leak_list(v: Vec<&'static str>) -> &'static [&'static str] {
    Box::leak(v.into_boxed_slice())
}

fn clean(field: &str, s: &str, max: usize) -> Result<&'static str, Fail> {
    let t = s.trim();
    if t.is_empty() {
        return fail(field, Code::Empty);
    }
    if t.chars().count() > max {
        return fail_with(field, Code::TooLong, "max", max.to_string());
    }
    // Bidi overrides could make a number read differently from how it dials.
    if t.chars().any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
        return fail(field, Code::Control);
    }
    Ok(leak(t))
}

/// Whether a displayed number and the dialled one are the same number: the same digits, or the same apart
/// from the leading country code (+380, +7) written as the national trunk prefix (0, 8) or left out.
/// A display without digits never matches. (tests/content.rs holds the built-in data to it too.)
pub fn same_number(display: &str, dial: &str) -> bool {
    let shown: String = display.chars().filter(char::is_ascii_digit).collect();
    let dialled = dial.strip_prefix('+').unwrap_or(dial);
    if shown.len() < 2 {
        return false;
    }
    if shown == dialled {
        return true;
    }
    // Country code and trunk prefix of each country here.
    [("380", "0"), ("7", "8")].iter().any(|(cc, trunk)| {
        dial.starts_with('+')
            && dialled.strip_prefix(cc).is_some_and(|rest| !rest.is_empty() && (shown == format!("{trunk}{rest}") || shown == rest))
    })
}

/// A string, or an object of language code to string (`{"uk": "...", "en": "..."}`).
fn text(v: &Json, field: &str) -> Result<Text, Fail> {
    match v {
        Json::Str(s) => Ok(Text::Literal(clean(field, s, MAX_TEXT)?)),
        Json::Obj(pairs) if !pairs.is_empty() => {
            let mut out = Vec::new();
            for (lang, s) in pairs {
                if !is_language(lang) {
                    return fail_with(field, Code::NotLanguage, "value", lang.as_str());
                }
                let Json::Str(s) = s else { return fail_with(field, Code::TextNotString, "value", lang.as_str()) };
                out.push((leak(lang), clean(field, s, MAX_TEXT)?));
            }
            Ok(Text::Localized(Box::leak(out.into_boxed_slice())))
        }
        _ => fail(field, Code::TextShape),
    }
}

fn list(v: Option<&Json>, field: &str, allowed: &dyn Fn(&str) -> bool, default: &[&'static str]) -> Result<&'static [&'static str], Fail> {
    let Some(v) = v else { return Ok(leak_list(default.to_vec())) };
    let Json::Arr(items) = v else { return fail(field, Code::ListShape) };
    let mut out = Vec::new();
    for item in items {
        let Json::Str(s) = item else { return fail(field, Code::ListShape) };
        if !allowed(s) {
            return fail_with(field, Code::NotAllowed, "value", s.chars().take(40).collect::<String>());
        }
        out.push(leak(s));
    }
    Ok(leak_list(out))
}

fn service(v: &Json, country: Option<&Country>) -> Result<Service, Fail> {
    let Json::Obj(pairs) = v else { return fail("(entry)", Code::NotObject) };
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
        return fail_with(k, Code::UnknownField, "known", FIELDS.join(", "));
    }
    let id = match v.get("id") {
        Some(Json::Str(s)) if !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') => leak(s),
        Some(_) => return fail("id", Code::IdFormat),
        None => return fail("id", Code::Required),
    };
    let name = match v.get("name") {
        Some(n) => text(n, "name")?,
        None => return fail("name", Code::Required),
    };
    let description = match v.get("description") {
        Some(d) => text(d, "description")?,
        None => Text::Literal(""),
    };
    let roles = list(v.get("roles"), "roles", &|s| ROLES.contains(&s), &["local"])?;
    let serves = list(v.get("serves"), "serves", &|s| AUDIENCES.contains(&s), &["everyone"])?;
    let regions = list(v.get("regions"), "regions", &|s| country.is_some_and(|c| c.regions.iter().any(|r| r.code == s)), &[])?;
    let languages = list(v.get("languages"), "languages", &|s| is_language(s), &[])?;
    let hours = match v.get("hours") {
        None => Hours::Unknown,
        Some(Json::Str(s)) if s == "24/7" => Hours::Always,
        Some(h) => Hours::Schedule(text(h, "hours")?),
    };
    let free = match v.get("free") {
        None => None,
        Some(Json::Bool(b)) => Some(*b),
        Some(_) => return fail("free", Code::FreeBool),
    };
    let Some(Json::Arr(items)) = v.get("contacts") else { return fail("contacts", Code::ContactsRequired) };
    if items.is_empty() || items.len() > 10 {
        return fail("contacts", Code::ContactsCount);
    }
    let mut contacts = Vec::new();
    for (j, c) in items.iter().enumerate() {
        contacts.push(contact(c).map_err(|(f, why)| (format!("contacts[{j}].{f}"), why))?);
    }
    Ok(Service {
        id,
        name,
        description,
        roles,
        serves,
        regions,
        hours,
        free,
        languages,
        source: "",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "",
        #[cfg(not(target_arch = "wasm32"))]
        source_date: None,
        contacts: Box::leak(contacts.into_boxed_slice()),
    })
}

/// The console's advice on a wrong channel: every name of `Channel::ALL`, in order (tests/logic.rs checks it).
pub const CHANNEL_HELP: &str = "use phone, sms, text-dialogue, telegram, viber, web-chat or website";

fn contact(v: &Json) -> Result<Contact, Fail> {
    let Json::Obj(pairs) = v else { return fail("(contact)", Code::NotObject) };
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !CONTACT_FIELDS.contains(&k.as_str())) {
        return fail_with(k, Code::UnknownField, "known", CONTACT_FIELDS.join(", "));
    }
    let channel = match v.get("channel") {
        Some(Json::Str(s)) => match Channel::from_name(s) {
            Some(c) => c,
            None => return fail("channel", Code::Channel),
        },
        _ => return fail("channel", Code::Required),
    };
    let display = match v.get("display") {
        Some(Json::Str(s)) => clean("display", s, 80)?,
        _ => return fail("display", Code::DisplayRequired),
    };
    let dial = match v.get("dial") {
        Some(Json::Str(s)) => s.trim(),
        _ => return fail("dial", Code::Required),
    };
    let ok = match channel {
        Channel::Phone | Channel::Sms => dialable(dial),
        Channel::TextDialogue => dialable(dial) || safe_url(dial),
        _ => safe_url(dial),
    };
    if !ok {
        return fail("dial", Code::Dial);
    }
    // A number shown is the number dialled: a display with digits that dials another line would send someone
    // in danger to the wrong place (a name without digits, "Hotline", is fine).
    if matches!(channel, Channel::Phone | Channel::Sms) && display.bytes().any(|b| b.is_ascii_digit()) && !same_number(display, dial) {
        return fail_with("display", Code::DisplayNumber, "value", dial);
    }
    let note = match v.get("note") {
        None => None,
        Some(n) => Some(text(n, "note")?),
    };
    Ok(Contact { channel, display, dial: leak(dial), note })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_set_is_the_list() {
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let code = String::from_utf8(vec![a, b]).unwrap();
                assert_eq!(is_language(&code), ISO_639_1.split(' ').any(|c| c == code), "{code}");
            }
        }
        for bad in ["ua", "ukr", "UK", "u", "", "u1", "ук"] {
            assert!(!is_language(bad), "{bad}");
        }
    }
}
