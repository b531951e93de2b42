//! The content model: the guided flow and the help directory, generated at build time from `content/*.toml`
//! (see build.rs) and the locale sources from `locales/`. Pure data: no web APIs here.

/// Service roles and audiences (see content/README.md): the one list the data, the webmaster's block and the
/// tests are checked against.
pub const ROLES: &[&str] = &["police", "ambulance", "emergency", "dv-line", "children-line", "legal-aid", "shelter", "counselling", "local"];
pub const AUDIENCES: &[&str] = &["everyone", "women", "children", "witnesses"];

/// Words shown to the visitor: a Fluent message id for built-in content, or literal text a webmaster supplied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Id(&'static str),
    Literal(&'static str),
    /// A webmaster's text in several languages: (language code, text) pairs.
    Localized(&'static [(&'static str, &'static str)]),
}

#[derive(Debug)]
pub struct Node {
    pub id: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Block],
    pub choices: &'static [Choice],
}

#[derive(Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Empty: every country.
    pub countries: &'static [&'static str],
}

#[derive(Debug)]
pub enum BlockKind {
    Text(&'static str),
    /// A statement of law or fact: its source, the day it was checked, and the date the source gives.
    Fact {
        text: &'static str,
        source: Option<&'static str>,
        /// For `cargo test` and `./dev stale` only: the browser build leaves these two out (build.rs).
        #[cfg(not(target_arch = "wasm32"))]
        checked: Option<&'static str>,
        #[cfg(not(target_arch = "wasm32"))]
        source_date: Option<&'static str>,
    },
    /// Call buttons for the services of these roles.
    Call(&'static [&'static str]),
    List(&'static [&'static str]),
    Checklist(&'static [&'static str]),
}

#[derive(Debug)]
pub struct Choice {
    pub label: &'static str,
    pub next: &'static str,
    pub countries: &'static [&'static str],
}

#[derive(Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    /// The first is the widget's default language for this country.
    pub languages: &'static [&'static str],
    pub regions: &'static [Region],
    pub services: &'static [Service],
}

#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    pub name: &'static str,
    /// Wholly or partly under occupation: the directory says that the country's services do not work there.
    pub occupied: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hours {
    Always,
    /// A sentence giving the schedule.
    Schedule(Text),
    Unknown,
}

#[derive(Debug)]
pub struct Service {
    pub id: &'static str,
    pub name: Text,
    pub description: Text,
    pub roles: &'static [&'static str],
    pub serves: &'static [&'static str],
    /// Empty: the whole country.
    pub regions: &'static [&'static str],
    pub hours: Hours,
    pub free: Option<bool>,
    pub languages: &'static [&'static str],
    /// The public page that states the number, and the day it was read. Empty for a webmaster's own entries,
    /// whose source is the host page itself.
    pub source: &'static str,
    /// For `cargo test` and `./dev stale` only: the panel never shows them, so the browser build leaves them
    /// out (build.rs).
    #[cfg(not(target_arch = "wasm32"))]
    pub checked: &'static str,
    /// The date the source page gives (published or last updated), when it gives one.
    #[cfg(not(target_arch = "wasm32"))]
    pub source_date: Option<&'static str>,
    pub contacts: &'static [Contact],
}

pub use crate::channel::Channel;

#[derive(Debug)]
pub struct Contact {
    pub channel: Channel,
    pub display: &'static str,
    /// Phone and SMS: digits, with a leading + for E.164. Other channels: an https URL.
    pub dial: &'static str,
    pub note: Option<Text>,
}

#[derive(Debug)]
pub struct Locale {
    pub code: &'static str,
    /// The language's own name, for the language switcher.
    pub name: &'static str,
    pub sources: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

pub fn node(id: &str) -> Option<&'static Node> {
    FLOW.iter().find(|n| n.id == id)
}

/// Whether something limited to `countries` (empty: all) is shown in `country`.
pub fn applies(countries: &[&str], country: Option<&str>) -> bool {
    countries.is_empty() || country.is_some_and(|c| countries.contains(&c))
}
