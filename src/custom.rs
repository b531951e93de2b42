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

/// Parses and validates the block's text. Returns the services that passed and one message per rejection.
/// The services are leaked on purpose: they live as long as the page, like the built-in ones.
pub fn parse(text: &str, country: Option<&Country>) -> (Vec<&'static Service>, Vec<String>) {
    let value = match json::parse(text) {
        Ok(v) => v,
        Err(e) => return (vec![], vec![format!("Oberih: the data-oberih-services block is not valid JSON ({e}); no local services added.")]),
    };
    let Json::Arr(entries) = value else {
        return (vec![], vec!["Oberih: the data-oberih-services block must be a JSON array of services; no local services added.".into()]);
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        if i >= MAX_ENTRIES {
            errors.push(format!("Oberih: only the first {MAX_ENTRIES} services of data-oberih-services are used."));
            break;
        }
        let name = match entry.get("id") {
            Some(Json::Str(s)) => format!("service {} (\"{}\")", i + 1, s.chars().take(40).collect::<String>()),
            _ => format!("service {}", i + 1),
        };
        match service(entry, country) {
            Ok(s) if ids.contains(&s.id.to_string()) => errors.push(format!("Oberih: {name} skipped: field \"id\": used twice.")),
            Ok(s) => {
                ids.push(s.id.to_string());
                out.push(&*Box::leak(Box::new(s)));
            }
            Err((field, why)) => errors.push(format!("Oberih: {name} skipped: field \"{field}\": {why}.")),
        }
    }
    (out, errors)
}

type Fail = (String, String);

fn fail<T>(field: &str, why: impl Into<String>) -> Result<T, Fail> {
    Err((field.to_string(), why.into()))
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
        return fail(field, "is empty");
    }
    if t.chars().count() > max {
        return fail(field, format!("is longer than {max} characters"));
    }
    // Bidi overrides could make a number read differently from how it dials.
    if t.chars().any(|c| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
        return fail(field, "holds control or direction-override characters");
    }
    Ok(leak(t))
}

/// A string, or an object of language code to string (`{"uk": "...", "en": "..."}`).
fn text(v: &Json, field: &str) -> Result<Text, Fail> {
    match v {
        Json::Str(s) => Ok(Text::Literal(clean(field, s, MAX_TEXT)?)),
        Json::Obj(pairs) if !pairs.is_empty() => {
            let mut out = Vec::new();
            for (lang, s) in pairs {
                if !is_language(lang) {
                    return fail(field, format!("\"{lang}\" is not a language code (uk, ru, kk, en)"));
                }
                let Json::Str(s) = s else { return fail(field, format!("the \"{lang}\" text is not a string")) };
                out.push((leak(lang), clean(field, s, MAX_TEXT)?));
            }
            Ok(Text::Localized(Box::leak(out.into_boxed_slice())))
        }
        _ => fail(field, "must be a string or an object of language code to string"),
    }
}

fn list(v: Option<&Json>, field: &str, allowed: &dyn Fn(&str) -> bool, default: &[&'static str]) -> Result<&'static [&'static str], Fail> {
    let Some(v) = v else { return Ok(leak_list(default.to_vec())) };
    let Json::Arr(items) = v else { return fail(field, "must be a list of strings") };
    let mut out = Vec::new();
    for item in items {
        let Json::Str(s) = item else { return fail(field, "must be a list of strings") };
        if !allowed(s) {
            return fail(field, format!("\"{}\" is not allowed", s.chars().take(40).collect::<String>()));
        }
        out.push(leak(s));
    }
    Ok(leak_list(out))
}

fn service(v: &Json, country: Option<&Country>) -> Result<Service, Fail> {
    let Json::Obj(pairs) = v else { return fail("(entry)", "must be an object") };
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
        return fail(k, format!("unknown field (known: {})", FIELDS.join(", ")));
    }
    let id = match v.get("id") {
        Some(Json::Str(s)) if !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') => leak(s),
        Some(_) => return fail("id", "use 1 to 64 lowercase letters, digits and hyphens"),
        None => return fail("id", "is required"),
    };
    let name = match v.get("name") {
        Some(n) => text(n, "name")?,
        None => return fail("name", "is required"),
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
        Some(_) => return fail("free", "must be true or false"),
    };
    let Some(Json::Arr(items)) = v.get("contacts") else { return fail("contacts", "is required: a list of contacts") };
    if items.is_empty() || items.len() > 10 {
        return fail("contacts", "must hold 1 to 10 contacts");
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
    let Json::Obj(pairs) = v else { return fail("(contact)", "must be an object") };
    if let Some((k, _)) = pairs.iter().find(|(k, _)| !CONTACT_FIELDS.contains(&k.as_str())) {
        return fail(k, format!("unknown field (known: {})", CONTACT_FIELDS.join(", ")));
    }
    let channel = match v.get("channel") {
        Some(Json::Str(s)) => match Channel::from_name(s) {
            Some(c) => c,
            None => return fail("channel", CHANNEL_HELP),
        },
        _ => return fail("channel", "is required"),
    };
    let display = match v.get("display") {
        Some(Json::Str(s)) => clean("display", s, 80)?,
        _ => return fail("display", "is required: the number or name as people write it"),
    };
    let dial = match v.get("dial") {
        Some(Json::Str(s)) => s.trim(),
        _ => return fail("dial", "is required"),
    };
    let ok = match channel {
        Channel::Phone | Channel::Sms => dialable(dial),
        Channel::TextDialogue => dialable(dial) || safe_url(dial),
        _ => safe_url(dial),
    };
    if !ok {
        return fail("dial", "phone and SMS need digits with an optional leading + (e.g. +380441234567); other channels an https:// URL");
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
