//! Fuzzing of the two inputs a host page controls: the configuration and the webmaster's services JSON.
//! A seeded generator (no extra dependency, same inputs on every run) builds structurally valid entries from
//! random valid field values, breaks at most one field of an entry on purpose, and byte-mutates a share of
//! the results. For every input: no panic, no link that is not tel:, sms: or https:, every rejection names a
//! field. For the inputs left whole, the exact outcome is known in advance: each entry is accepted, or
//! rejected with a message naming the field that was broken. The test fails unless enough inputs are
//! accepted and every rejection path was taken.
//! `OBERIH_FUZZ_RUNS=N cargo test --test fuzz --release -- --nocapture` runs longer.
#![cfg(not(target_arch = "wasm32"))]
use oberih_app::config::{Config, Severity};
use oberih_app::content::{self, Country, AUDIENCES, ROLES};
use oberih_app::json::{self, MAX_BYTES};
use oberih_app::{custom, directory};
use std::collections::BTreeMap;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True `percent` times in 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// Hand-written seeds, byte-mutated like the generated inputs (the fuzz's original corpus).
const SEEDS: &[&str] = &[
    r#"[{"id": "a-1", "name": "Centre", "contacts": [{"channel": "phone", "display": "044 000 00 00", "dial": "+380440000000"}]}]"#,
    r#"[{"id": "b", "name": {"uk": "Б", "en": "B"}, "description": "d", "roles": ["local", "shelter"], "serves": ["women"],
        "regions": ["UA-30"], "hours": "24/7", "free": true, "languages": ["uk"],
        "contacts": [{"channel": "telegram", "display": "@b", "dial": "https://t.me/b"}, {"channel": "sms", "display": "111", "dial": "111"}]}]"#,
    r#"[{"id": "c", "name": "C", "hours": {"en": "Mon"}, "contacts": [{"channel": "website", "display": "x", "dial": "https://x.example/a?b=c#d", "note": "n"}]}]"#,
];
/// Fragments worth splicing in: the dangerous ones most of all.
const DICT: &[&str] = &[
    "javascript:alert(1)", "tel:102", "data:text/html,x", "https://", "http://x", "\"", "\\u0000", "\\ud800", "<script>",
    "\u{2068}", "+", "{", "}", "[", "]", ",", ":", "null", "true", "1e999", "-0", "\"phone\"", "\"website\"",
    "\"dial\"", "\"contacts\"", "\"id\"", "\"name\"", "\"regions\"", "\"UA-30\"", "\"KZ-39\"", "https://t.me/x\" onclick=\"",
    " ", "\n", "😀", "\u{202e}",
];

fn mutate(rng: &mut Rng, input: &str) -> String {
    let mut s: Vec<char> = input.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = if s.is_empty() { 0 } else { rng.below(s.len() + 1) };
        match rng.below(4) {
            0 if !s.is_empty() => {
                let end = (at + rng.below(8)).min(s.len());
                s.drain(at.min(end)..end);
            }
            1 => {
                let piece = DICT[rng.below(DICT.len())];
                s.splice(at..at, piece.chars());
            }
            2 if !s.is_empty() => {
                let i = rng.below(s.len());
                s[i] = char::from_u32(rng.below(0x80) as u32).unwrap_or('x');
            }
            _ => {
                let i = rng.below(s.len().max(1));
                let c = s.get(i).copied().unwrap_or('x');
                s.insert(at, c);
            }
        }
    }
    s.into_iter().collect()
}

fn runs() -> usize {
    std::env::var("OBERIH_FUZZ_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(30_000)
}

// The generator of services blocks

/// A JSON string literal; some non-ASCII characters written as \u escapes (surrogate pairs above the BMP).
fn js(rng: &mut Rng, s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if !c.is_ascii() && rng.chance(15) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Words a real entry holds, quotes, markup and scripts of the countries included.
const WORDS: &[&str] = &[
    "Центр", "допомоги", "Kostanay", "«Ана»", "Пн–Пт 9–18", "Қолдау", "орталығы", "help line", "a \"quoted\" name", "back\\slash",
    "<b>not html</b>", "😀", "24/7", "tel:102", "javascript:alert(1)", "Mon–Fri", "безкоштовно", "&amp;",
];
const LANGS: &[&str] = &["uk", "ru", "kk", "en", "de", "pl", "tr", "zh"];

/// Visible text of 1 to `max` characters, without control or direction characters.
fn words(rng: &mut Rng, max: usize) -> String {
    if rng.chance(3) {
        // The longest allowed, or trimmed down to it: surrounding spaces do not count.
        let padded = if rng.chance(50) { "  " } else { "" };
        return format!("{padded}{}{padded}", "ж".repeat(max));
    }
    let mut out = String::new();
    for _ in 0..1 + rng.below(4) {
        let w = rng.pick(WORDS);
        if out.chars().count() + w.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// A valid text field: a string, or an object of distinct language codes to strings.
fn text(rng: &mut Rng, max: usize) -> String {
    if rng.chance(65) {
        let w = words(rng, max);
        return js(rng, &w);
    }
    let mut langs: Vec<&str> = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let l = rng.pick(LANGS);
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    let pairs: Vec<String> = langs.iter().map(|l| format!("\"{l}\": {}", { let w = words(rng, max); js(rng, &w) })).collect();
    format!("{{{}}}", pairs.join(", "))
}

/// A bad text field: each value fails `clean` or `text` for a different reason.
fn bad_text(rng: &mut Rng, max: usize) -> String {
    let long = "ж".repeat(max + 1);
    let v = [
        "\"\"", "\"   \"", "{}", "{\"xx\": \"a\"}", "{\"uk\": 1}", "5", "[\"a\"]", "null", "\"a\\u0007b\"", "\"a\u{202e}b\"", "\"a\\u2066b\"",
        "\"\\n\"",
    ];
    if rng.chance(20) {
        js(rng, &long)
    } else {
        rng.pick(&v).to_string()
    }
}

fn list(rng: &mut Rng, from: &[&str], max: usize) -> String {
    let items: Vec<String> = (0..rng.below(max + 1)).map(|_| format!("\"{}\"", rng.pick(from))).collect();
    format!("[{}]", items.join(", "))
}

const CHANNELS: &[&str] = &["phone", "sms", "text-dialogue", "telegram", "viber", "web-chat", "website"];

fn number(rng: &mut Rng) -> String {
    let plus = if rng.chance(50) { "+" } else { "" };
    let digits: String = (0..2 + rng.below(14)).map(|_| char::from(b'0' + rng.below(10) as u8)).collect();
    format!("{plus}{digits}")
}

fn url(rng: &mut Rng) -> String {
    const HOST: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789.-";
    const PATH: &[u8] = b"abcXYZ0189/?=&#%._~-+:;,!$'()*@";
    let host: String = (0..1 + rng.below(20)).map(|_| char::from(HOST[rng.below(HOST.len())])).collect();
    let path: String = (0..rng.below(40)).map(|_| char::from(PATH[rng.below(PATH.len())])).collect();
    format!("https://{host}/{path}")
}

/// What the validator must say about an entry left whole.
#[derive(Debug, Clone)]
enum Expect {
    Accept(String),
    /// Rejected; the message names this field (`contacts[1].dial`, `(entry)`, `id` for "used twice" ...).
    Reject(String),
}

/// One contact, valid, or with the one field named by `bad` broken. Returns the JSON and the field broken.
fn contact(rng: &mut Rng, bad: Option<&'static str>) -> String {
    if bad == Some("(contact)") {
        return rng.pick(&["\"102\"", "null", "[]", "7"]).to_string();
    }
    let channel = rng.pick(CHANNELS);
    let dial = match channel {
        "phone" | "sms" => number(rng),
        "text-dialogue" if rng.chance(50) => number(rng),
        _ => url(rng),
    };
    let dial = if rng.chance(5) { format!(" {dial} ") } else { dial };
    let mut fields: Vec<String> = Vec::new();
    match bad {
        Some("channel") => {
            if let Some(v) = rng.pick(&[None, Some("\"fax\""), Some("\"Phone\""), Some("5"), Some("\"\"")]) {
                fields.push(format!("\"channel\": {v}"));
            }
        }
        _ => fields.push(format!("\"channel\": \"{channel}\"")),
    }
    match bad {
        Some("display") => {
            let long = js(rng, &"7".repeat(81));
            if matches!(channel, "phone" | "sms") && rng.chance(25) {
                // Digits, but not those of the number dialled (one more digit can never match it).
                fields.push(format!("\"display\": \"{}9\"", dial.trim()));
            } else if rng.chance(20) {
                fields.push(format!("\"display\": {long}"));
            } else if let Some(v) = rng.pick(&[None, Some("\"\""), Some("5"), Some("\"a\u{202e}b\""), Some("{\"uk\": \"x\"}")]) {
                fields.push(format!("\"display\": {v}"));
            }
        }
        _ => {
            // A phone or SMS display with digits shows the number dialled (src/custom.rs `same_number`).
            let d = match channel {
                "phone" | "sms" if rng.chance(50) => dial.trim().to_string(),
                "phone" | "sms" => words(rng, 80).chars().filter(|c| !c.is_ascii_digit()).collect(),
                _ => words(rng, 80),
            };
            fields.push(format!("\"display\": {}", js(rng, &d)));
        }
    }
    match bad {
        Some("dial") => {
            let wrong = if matches!(channel, "phone" | "sms") { url(rng) } else { format!("\"{}\"", number(rng)) };
            let wrong = if wrong.starts_with('"') { wrong } else { format!("\"{wrong}\"") };
            let v = [
                "\"javascript:alert(1)\"", "\"tel:102\"", "\"http://x.example\"", "\"+\"", "\"1\"", "\"1234567890123456\"",
                "\"044 272 15 00\"", "\"https://exa mple.org\"", "\"https://x.example/\u{2068}\"", "\"https://\"", "5", "\"\"",
                "\"data:text/html,x\"", "\"https://x.example/\\\"onclick=\\\"a\"",
            ];
            let text_dialogue = channel == "text-dialogue";
            match rng.below(4) {
                // A number where a URL is needed, or the reverse (a text dialogue takes both).
                0 if !text_dialogue => fields.push(format!("\"dial\": {wrong}")),
                1 => {}
                _ => fields.push(format!("\"dial\": {}", rng.pick(&v))),
            }
        }
        _ => fields.push(format!("\"dial\": {}", js(rng, &dial))),
    }
    match bad {
        Some("note") => fields.push(format!("\"note\": {}", bad_text(rng, 300))),
        _ if rng.chance(20) => fields.push(format!("\"note\": {}", text(rng, 300))),
        _ => {}
    }
    if bad == Some("(unknown)") {
        let k = rng.pick(&["number", "url", "Dial", "href"]);
        fields.push(format!("\"{k}\": \"1\""));
    }
    shuffle(rng, &mut fields);
    format!("{{{}}}", fields.join(", "))
}

fn shuffle<T>(rng: &mut Rng, v: &mut [T]) {
    for i in (1..v.len()).rev() {
        v.swap(i, rng.below(i + 1));
    }
}

const ENTRY_FAULTS: &[&str] = &[
    "id", "name", "description", "roles", "serves", "regions", "hours", "free", "languages", "contacts", "(unknown)", "(entry)",
    "contact",
];
const CONTACT_FAULTS: &[&str] = &["channel", "display", "dial", "note", "(unknown)", "(contact)"];

/// One entry (number `i`, from 0), valid or with one field broken, and the outcome expected.
fn entry(rng: &mut Rng, i: usize, country: Option<&Country>, accepted: &[String]) -> (String, Expect) {
    let fault = if rng.chance(45) { Some(rng.pick(ENTRY_FAULTS)) } else { None };
    if fault == Some("(entry)") {
        return (rng.pick(&["\"a service\"", "5", "null", "[]", "true"]).to_string(), Expect::Reject("(entry)".into()));
    }
    let mut expect = None;
    let mut fields: Vec<String> = Vec::new();
    // The id: unique, or one already accepted (then "used twice", if nothing else is wrong).
    let duplicate = fault.is_none() && !accepted.is_empty() && rng.chance(5);
    let id = if duplicate {
        accepted[rng.below(accepted.len())].clone()
    } else {
        const ID: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789-";
        let len = if rng.chance(5) { 64 } else { 1 + rng.below(20) };
        let tail: String = (0..len).map(|_| char::from(ID[rng.below(ID.len())])).collect();
        format!("{i}{tail}").chars().take(64).collect()
    };
    match fault {
        Some("id") => {
            if let Some(v) = rng.pick(&[None, Some("\"Bad Id\""), Some("\"\""), Some("5"), Some("null"), Some("\"é\""), Some("\"a_b\"")]) {
                fields.push(format!("\"id\": {v}"));
            } else if rng.chance(30) {
                fields.push(format!("\"id\": \"{}\"", "a".repeat(65)));
            }
        }
        _ => fields.push(format!("\"id\": \"{id}\"")),
    }
    match fault {
        Some("name") if rng.chance(25) => {}
        Some("name") => fields.push(format!("\"name\": {}", bad_text(rng, 300))),
        _ => fields.push(format!("\"name\": {}", text(rng, 300))),
    }
    match fault {
        Some("description") => fields.push(format!("\"description\": {}", bad_text(rng, 300))),
        _ if rng.chance(50) => fields.push(format!("\"description\": {}", text(rng, 300))),
        _ => {}
    }
    let regions: Vec<&str> = country.map(|c| c.regions.iter().map(|r| r.code).collect()).unwrap_or_default();
    for (field, allowed, bad) in [
        ("roles", ROLES, &["\"local\"", "[\"nope\"]", "[1]", "{}", "[\"Local\"]"][..]),
        ("serves", AUDIENCES, &["[\"men\"]", "\"women\"", "[null]", "[\"everyone\", \"all\"]"][..]),
        ("regions", &regions[..], &["[\"KZ-39\", \"UA-30\"]", "[\"ua-30\"]", "[\"UA-99\"]", "\"UA-30\"", "[\"\"]"][..]),
        ("languages", LANGS, &["[\"ukr\"]", "[\"UK\"]", "\"uk\"", "[\"\"]", "[\"uk\", \"xx\"]"][..]),
    ] {
        if fault == Some(field) {
            fields.push(format!("\"{field}\": {}", rng.pick(bad)));
        } else if rng.chance(50) && !(field == "regions" && allowed.is_empty()) {
            fields.push(format!("\"{field}\": {}", list(rng, allowed, 3)));
        }
    }
    match fault {
        Some("hours") => {
            let v = ["\"\"", "5", "{\"zz\": \"a\"}", "[]", "\"24/7\u{202e}\"", "null"];
            fields.push(format!("\"hours\": {}", rng.pick(&v)));
        }
        _ if rng.chance(20) => fields.push("\"hours\": \"24/7\"".into()),
        _ if rng.chance(30) => fields.push(format!("\"hours\": {}", text(rng, 300))),
        _ => {}
    }
    match fault {
        Some("free") => fields.push(format!("\"free\": {}", rng.pick(&["\"yes\"", "1", "null", "\"true\""]))),
        _ if rng.chance(50) => fields.push(format!("\"free\": {}", rng.chance(50))),
        _ => {}
    }
    // Contacts: 1 to 10, mostly few; one of them broken for a contact fault.
    match fault {
        Some("contacts") => match rng.below(5) {
            0 => {}
            1 => fields.push("\"contacts\": []".into()),
            2 => fields.push("\"contacts\": \"102\"".into()),
            3 => fields.push("\"contacts\": {}".into()),
            _ => {
                let many: Vec<String> = (0..11).map(|_| contact(rng, None)).collect();
                fields.push(format!("\"contacts\": [{}]", many.join(", ")));
            }
        },
        _ => {
            let n = if rng.chance(5) { 10 } else { 1 + rng.below(3) };
            let broken = (fault == Some("contact")).then(|| (rng.below(n), rng.pick(CONTACT_FAULTS)));
            let items: Vec<String> = (0..n).map(|j| contact(rng, broken.filter(|b| b.0 == j).map(|b| b.1))).collect();
            fields.push(format!("\"contacts\": [{}]", items.join(", ")));
            if let Some((j, f)) = broken {
                expect = Some(Expect::Reject(format!("contacts[{j}].{f}")));
            }
        }
    }
    if fault == Some("(unknown)") {
        let k = rng.pick(&["nmae", "phone", "Id", "url", "__proto__", "contact"]);
        fields.push(format!("\"{k}\": \"x\""));
    }
    shuffle(rng, &mut fields);
    let expect = expect.unwrap_or(match fault {
        None if duplicate => Expect::Reject("id (used twice)".into()),
        None => Expect::Accept(id),
        Some(f) => Expect::Reject(f.into()),
    });
    (format!("{{{}}}", fields.join(", ")), expect)
}

/// A whole block of 0 to 5 entries and what each must give.
fn block(rng: &mut Rng, country: Option<&Country>) -> (String, Vec<Expect>) {
    let mut entries = Vec::new();
    let mut expects = Vec::new();
    let mut accepted: Vec<String> = Vec::new();
    for i in 0..rng.below(6) {
        let (e, x) = entry(rng, i, country, &accepted);
        if let Expect::Accept(id) = &x {
            accepted.push(id.clone());
        }
        entries.push(e);
        expects.push(x);
    }
    let sep = if rng.chance(50) { ",\n  " } else { "," };
    (format!("[{}]", entries.join(sep)), expects)
}

/// The field a rejection names (`contacts[2].dial`; with `fold`, `contacts[].dial`), `(unknown)` for a field
/// the format does not have, or the block-level problem.
fn named_field(e: &str, fold: bool) -> String {
    if e.contains("not valid JSON") {
        return "(not JSON)".into();
    }
    if e.contains("must be a JSON array") {
        return "(not an array)".into();
    }
    let Some(start) = e.find("field \"") else { return "(none)".into() };
    let rest = &e[start + 7..];
    let field = &rest[..rest.find('"').unwrap_or(rest.len())];
    let (folded, index) = match (field.find('['), field.find(']')) {
        (Some(a), Some(b)) if a < b => (format!("{}[]{}", &field[..a], &field[b + 1..]), &field[a..=b]),
        _ => (field.to_string(), ""),
    };
    let known = ["id", "name", "description", "roles", "serves", "regions", "hours", "free", "languages", "contacts", "(entry)"];
    let known_contact = ["contacts[].channel", "contacts[].display", "contacts[].dial", "contacts[].note", "contacts[].(contact)"];
    if e.contains("used twice") {
        "id (used twice)".into()
    } else if known.contains(&folded.as_str()) || known_contact.contains(&folded.as_str()) {
        if fold { folded } else { field.to_string() }
    } else if folded.starts_with("contacts[]") {
        format!("contacts{}.(unknown)", if fold { "[]" } else { index })
    } else {
        "(unknown)".into()
    }
}

/// The safety properties, for any input.
fn check_safe(input: &str, ok: &[&'static content::Service], errors: &[String]) {
    for e in errors {
        assert!(e.starts_with("Oberih: ") && (e.contains("field \"") || e.contains("data-oberih-services")), "vague message {e:?} for {input:?}");
    }
    for s in ok {
        for c in s.contacts {
            let href = directory::href(c).unwrap_or_else(|| panic!("accepted a contact without a valid link: {input:?}"));
            assert!(href.starts_with("tel:") || href.starts_with("sms:") || href.starts_with("https://"), "unsafe link {href:?} from {input:?}");
            assert!(!href.contains(['"', '<', '>', ' ', '\u{2068}', '\u{202e}', '\\']), "{href:?}");
        }
    }
}

#[test]
fn the_services_json_never_panics_and_never_yields_an_unsafe_link() {
    let mut rng = Rng(0x0BE4_1B00_C0FF_EE01);
    let n = runs();
    let (mut accepted, mut rejected, mut inputs_accepted, mut mutated, mut exact) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..n {
        let country = match i % 5 {
            0..=2 => content::country("UA"),
            3 => content::country("KZ"),
            _ => None,
        };
        // Most inputs are generated; some are byte-mutated after, some are the hand-written seeds mutated.
        let (input, expects) = match rng.below(100) {
            0..=64 => {
                let (b, x) = block(&mut rng, country);
                (b, Some(x))
            }
            65..=94 => {
                let (mut b, _) = block(&mut rng, country);
                for _ in 0..1 + rng.below(2) {
                    b = mutate(&mut rng, &b);
                }
                (b, None)
            }
            _ => {
                let mut b = SEEDS[rng.below(SEEDS.len())].to_string();
                for _ in 0..1 + rng.below(3) {
                    b = mutate(&mut rng, &b);
                }
                (b, None)
            }
        };
        // A rare block of very long texts can pass MAX_BYTES: then only the safety properties are checked.
        let expects = expects.filter(|_| input.len() <= MAX_BYTES);
        let (ok, errors) = custom::parse(&input, country);
        check_safe(&input, &ok, &errors);
        for e in &errors {
            *seen.entry(named_field(e, true)).or_default() += 1;
        }
        // Left whole: each entry gives exactly the outcome it was built for, in order.
        if let Some(expects) = expects {
            exact += 1;
            assert_eq!(ok.len() + errors.len(), expects.len(), "{input}\n{errors:#?}");
            let (mut next_ok, mut next_err) = (ok.iter(), errors.iter());
            for (k, x) in expects.iter().enumerate() {
                match x {
                    Expect::Accept(id) => {
                        let s = next_ok.next().unwrap_or_else(|| panic!("entry {} should be accepted: {input}\n{errors:#?}", k + 1));
                        assert_eq!(s.id, id, "{input}");
                    }
                    Expect::Reject(field) => {
                        let e = next_err.next().unwrap_or_else(|| panic!("entry {} should be rejected for {field}: {input}", k + 1));
                        assert!(e.contains(&format!("service {} ", k + 1)), "entry {}: {e:?}: {input}", k + 1);
                        assert_eq!(&named_field(e, false), field, "entry {}: {e:?}: {input}", k + 1);
                    }
                }
            }
        } else {
            mutated += 1;
        }
        accepted += ok.len();
        rejected += errors.len();
        inputs_accepted += usize::from(!ok.is_empty());
    }
    println!(
        "fuzz: {n} services inputs ({exact} checked exactly, {mutated} byte-mutated), {inputs_accepted} with an entry accepted, \
         {accepted} entries accepted, {rejected} rejections; rejections by field: {seen:?}"
    );
    if n >= 10_000 {
        assert!(inputs_accepted * 100 >= n * 30, "only {inputs_accepted} of {n} inputs had an entry accepted");
        let every = [
            "id", "id (used twice)", "name", "description", "roles", "serves", "regions", "hours", "free", "languages", "contacts",
            "(entry)", "(unknown)", "contacts[].channel", "contacts[].display", "contacts[].dial", "contacts[].note",
            "contacts[].(contact)", "contacts[].(unknown)", "(not JSON)", "(not an array)",
        ];
        for f in every {
            assert!(seen.get(f).copied().unwrap_or(0) >= 10, "the rejection path {f:?} was taken {:?} times: {seen:?}", seen.get(f));
        }
    }
}

/// A block of `count` valid entries (each about 150 bytes), padded with spaces to exactly `bytes` if given.
fn entries(count: usize) -> String {
    let one = |i: usize| format!(r#"{{"id": "s-{i}", "name": "Service {i}", "contacts": [{{"channel": "phone", "display": "15 47", "dial": "1547"}}]}}"#);
    format!("[{}]", (0..count).map(one).collect::<Vec<_>>().join(","))
}

#[test]
fn a_block_of_max_bytes_is_read_and_one_byte_more_is_refused() {
    let ua = content::country("UA");
    let body = entries(3);
    let at_limit = format!("{body}{}", " ".repeat(MAX_BYTES - body.len()));
    assert_eq!(at_limit.len(), MAX_BYTES);
    assert!(json::parse(&at_limit).is_ok());
    let (ok, errors) = custom::parse(&at_limit, ua);
    assert_eq!((ok.len(), errors.len()), (3, 0), "{errors:?}");
    // One byte over, counted in bytes, not characters: a two-byte letter inside a text tips it over.
    for over in [format!("{at_limit} "), at_limit.replacen("Service 0", "Servicé 0", 1)] {
        assert_eq!(over.len(), MAX_BYTES + 1);
        let (ok, errors) = custom::parse(&over, ua);
        assert!(ok.is_empty(), "nothing is added from an oversized block");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("data-oberih-services") && errors[0].contains(&format!("longer than {MAX_BYTES} bytes")), "{errors:?}");
    }
}

#[test]
fn fifty_services_are_read_and_the_51st_is_left_with_one_message() {
    let ua = content::country("UA");
    for count in [49, 50] {
        let (ok, errors) = custom::parse(&entries(count), ua);
        assert_eq!((ok.len(), errors.len()), (count, 0), "{errors:?}");
    }
    // 51 and more: the first 50 are used, one message says so, and what follows is not even validated.
    for extra in [r#"{"id": "s-50", "name": "Service 50", "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]}"#, r#""not an entry""#] {
        let fifty = entries(50);
        let text = format!("{},{extra}]", &fifty[..fifty.len() - 1]);
        let (ok, errors) = custom::parse(&text, ua);
        assert_eq!(ok.len(), 50);
        assert_eq!(ok.last().map(|s| s.id), Some("s-49"));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("only the first 50 services"), "{errors:?}");
    }
}

// The configuration (src/config.rs: the panel's `country` and `region`; the embed script's own attributes,
// exit-url, lang and position, are fuzzed by the browser tests).

/// What `Config::from_raw` must give, from its documentation: codes match after trimming, in any ASCII case;
/// a region counts only within a supported country.
fn expected(country: Option<&str>, region: Option<&str>) -> (Option<&'static str>, Option<&'static str>, Vec<Severity>) {
    let mut problems = Vec::new();
    let c = match country.map(str::trim).filter(|c| !c.is_empty()) {
        None => {
            problems.push(Severity::Warning);
            None
        }
        Some(raw) => {
            let found = content::COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(raw));
            if found.is_none() {
                problems.push(Severity::Warning);
            }
            found
        }
    };
    let r = match region.map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(raw) => {
            let found = c.and_then(|c| c.regions.iter().find(|r| r.code.eq_ignore_ascii_case(raw)));
            if found.is_none() {
                problems.push(Severity::Error);
            }
            found.map(|r| r.code)
        }
    };
    (c.map(|c| c.code), r, problems)
}

#[test]
fn the_configuration_never_panics_and_always_names_the_attribute() {
    let mut rng = Rng(0x5EED_0000_0000_0042);
    // Every supported code and region in three cases and padded, and values that only look like them.
    let variants = |code: &str| [code.to_string(), code.to_ascii_lowercase(), format!(" {code}\n"), format!("\t{}", code.to_ascii_lowercase())];
    let countries: Vec<String> = content::COUNTRIES.iter().flat_map(|c| variants(c.code)).collect();
    let regions: Vec<String> = content::COUNTRIES.iter().flat_map(|c| c.regions.iter().flat_map(|r| variants(r.code))).collect();
    let mut odd: Vec<String> = [
        "", " ", "\u{a0}", "XX", "XX-1", "UA-", "-30", "UA30", "UA-030", "UA_30", "ＵＡ", "ＵＡ-30", "🇺🇦", "U\u{0}A", "UA\nKZ", "KZ,UA",
        "UA-30 UA-51", "<script>", "\u{202e}AU", "uа", "КZ", "İ", "ß", "\"UA\"",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    odd.push("A".repeat(10_000));
    let n = runs();
    let (mut with_country, mut with_region) = (0usize, 0usize);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for _ in 0..n {
        let value = |rng: &mut Rng, seeds: &[String]| -> Option<String> {
            let s = match rng.below(100) {
                0..=7 => return None,
                8..=79 => &seeds[rng.below(seeds.len())],
                _ => &odd[rng.below(odd.len())],
            };
            Some(if rng.chance(25) { mutate(rng, s) } else { s.clone() })
        };
        let country = value(&mut rng, &countries);
        // Half the time a region of the country given, if it is supported; else any.
        let own: Vec<String> = match content::COUNTRIES.iter().find(|c| country.as_deref().is_some_and(|v| c.code.eq_ignore_ascii_case(v.trim()))) {
            Some(c) if rng.chance(50) => c.regions.iter().flat_map(|r| variants(r.code)).collect(),
            _ => regions.clone(),
        };
        let region = value(&mut rng, &own);
        let (c, problems) = Config::from_raw(country.as_deref(), region.as_deref());
        let (want_country, want_region, want_problems) = expected(country.as_deref(), region.as_deref());
        assert_eq!((c.country.map(|c| c.code), c.region), (want_country, want_region), "{country:?} {region:?}");
        assert_eq!(problems.iter().map(|p| p.severity.clone()).collect::<Vec<_>>(), want_problems, "{country:?} {region:?}: {problems:?}");
        if let (Some(r), Some(cc)) = (c.region, c.country) {
            assert!(cc.regions.iter().any(|x| x.code == r));
        }
        for p in &problems {
            let (attr, raw) = if p.message.contains("(data-country)") || p.message.contains("no country is set") {
                ("data-country", country.as_deref())
            } else {
                ("data-region", region.as_deref())
            };
            assert!(p.message.contains(attr), "{:?}", p.message);
            if let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) {
                assert!(p.message.contains(&format!("\"{raw}\"")), "names the value: {:?}", p.message);
            }
            let kind = match (attr, p.message.contains("no country is set"), p.message.contains("is ignored")) {
                (_, true, _) => "no country",
                ("data-country", ..) => "unknown country",
                (_, _, true) => "region without a country",
                _ => "unknown region",
            };
            *kinds.entry(kind).or_default() += 1;
        }
        with_country += usize::from(c.country.is_some());
        with_region += usize::from(c.region.is_some());
    }
    println!("fuzz: {n} configurations, {with_country} with a country, {with_region} with a region, problems: {kinds:?}");
    if n >= 10_000 {
        assert!(with_country * 100 >= n * 40 && with_region * 100 >= n * 20, "{with_country}, {with_region} of {n}");
        for k in ["no country", "unknown country", "region without a country", "unknown region"] {
            assert!(kinds.get(k).copied().unwrap_or(0) >= 10, "{k}: {kinds:?}");
        }
    }
}
