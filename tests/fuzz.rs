//! Fuzzing of the two inputs a host page controls: the configuration and the webmaster's services JSON.
//! A seeded mutator (no extra dependency, same inputs on every run) feeds hundreds of thousands of inputs;
//! none may panic, none may yield a link that is not tel:, sms: or https:, and every rejection names a field.
//! `OBERIH_FUZZ_RUNS=N cargo test --test fuzz --release` runs longer.
#![cfg(not(target_arch = "wasm32"))]
use oberih_app::config::Config;
use oberih_app::content;
use oberih_app::{custom, directory};

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
}

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
    std::env::var("OBERIH_FUZZ_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}

#[test]
fn the_services_json_never_panics_and_never_yields_an_unsafe_link() {
    let mut rng = Rng(0x0BE4_1B00_C0FF_EE01);
    let ua = content::country("UA");
    let (mut accepted, mut rejected) = (0usize, 0usize);
    let n = runs();
    for i in 0..n {
        let mut input = SEEDS[i % SEEDS.len()].to_string();
        for _ in 0..1 + rng.below(3) {
            input = mutate(&mut rng, &input);
        }
        let (ok, errors) = custom::parse(&input, ua);
        for e in &errors {
            assert!(e.starts_with("Oberih: ") && (e.contains("field \"") || e.contains("data-oberih-services")), "vague message {e:?} for {input:?}");
        }
        for s in &ok {
            for c in s.contacts {
                let href = directory::href(c).unwrap_or_else(|| panic!("accepted a contact without a valid link: {input:?}"));
                assert!(
                    href.starts_with("tel:") || href.starts_with("sms:") || href.starts_with("https://"),
                    "unsafe link {href:?} from {input:?}"
                );
                assert!(!href.contains(['"', '<', '>', ' ', '\u{2068}']), "{href:?}");
            }
        }
        accepted += ok.len();
        rejected += errors.len();
    }
    println!("fuzz: {n} services inputs, {accepted} entries accepted, {rejected} rejections, no finding");
}

#[test]
fn the_configuration_never_panics_and_always_names_the_attribute() {
    let mut rng = Rng(0x5EED_0000_0000_0042);
    let seeds = ["UA", "KZ", "UA-30", "KZ-39", "ua-51", ""];
    let n = runs();
    for _ in 0..n {
        let (a, b) = (rng.below(seeds.len()), rng.below(seeds.len()));
        let country = mutate(&mut rng, seeds[a]);
        let region = mutate(&mut rng, seeds[b]);
        let (c, problems) = Config::from_raw(Some(&country), Some(&region));
        if let (Some(r), Some(cc)) = (c.region, c.country) {
            assert!(cc.regions.iter().any(|x| x.code == r));
        }
        for p in problems {
            assert!(p.message.contains("data-country") || p.message.contains("data-region"), "{:?}", p.message);
        }
    }
    println!("fuzz: {n} configurations, no finding");
}
