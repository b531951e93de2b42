//! Oberih's data files, read in one place: the flow (`content/flow.toml`), each country's help directory
//! (`content/services/*.toml`), the language list (`locales/languages.toml`) and the Fluent files. The build
//! script turns them into static data for the widget; the maintenance commands (xtask) and the tests read them
//! here too, so a change to the schema or to how a file is read is made once; the browser tests get the same
//! values as JSON from `cargo xtask content`.
//!
//! The schema is strict (an unknown field is an error: a typo must not silently drop a fact), and every error
//! names the file. What the schema cannot say (a `next` that resolves, a Fluent id that exists, a number shown
//! as dialled) is checked by `tests/content.rs` against the built data.
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

mod date;
pub use date::{date_problems, Date};

/// `content/flow.toml`: the guided flow's steps.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    #[serde(default)]
    pub node: Vec<Node>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    /// A Fluent id.
    pub title: String,
    #[serde(default)]
    pub block: Vec<Block>,
    #[serde(default)]
    pub choice: Vec<Choice>,
}

/// One block of a step: exactly one of `text`, `fact`, `call`, `list`, `checklist` (see [`Block::kind`]).
/// A fact carries its source and dates.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub text: Option<String>,
    pub fact: Option<String>,
    pub call: Option<Vec<String>>,
    pub list: Option<Vec<String>>,
    pub checklist: Option<Vec<String>>,
    pub source: Option<String>,
    /// The day the source was read, YYYY-MM-DD.
    pub checked: Option<String>,
    /// The date the source page gives (published or last updated), if it gives one.
    pub source_date: Option<String>,
    /// Shown only in these countries; empty: everywhere.
    #[serde(default)]
    pub countries: Vec<String>,
}

/// What a block shows.
#[derive(Debug, PartialEq, Eq)]
pub enum BlockKind<'a> {
    Text(&'a str),
    Fact(&'a str),
    /// Roles of the services to show.
    Call(&'a [String]),
    List(&'a [String]),
    Checklist(&'a [String]),
}

impl Block {
    /// What the block shows; `None` unless exactly one kind is given.
    pub fn kind(&self) -> Option<BlockKind<'_>> {
        let kinds = [
            self.text.as_deref().map(BlockKind::Text),
            self.fact.as_deref().map(BlockKind::Fact),
            self.call.as_deref().map(BlockKind::Call),
            self.list.as_deref().map(BlockKind::List),
            self.checklist.as_deref().map(BlockKind::Checklist),
        ];
        let mut given = kinds.into_iter().flatten();
        let first = given.next();
        if given.next().is_some() {
            None
        } else {
            first
        }
    }
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// A Fluent id.
    pub label: String,
    /// The id of the step it leads to.
    pub next: String,
    #[serde(default)]
    pub countries: Vec<String>,
}

/// `content/services/<country>.toml`: one country's regions and help directory.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// A Fluent id.
    pub name: String,
    /// The country's languages, the first one first: the widget's default there.
    pub languages: Vec<String>,
    #[serde(default)]
    pub region: Vec<Region>,
    #[serde(default)]
    pub service: Vec<Service>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166-2.
    pub code: String,
    /// A Fluent id.
    pub name: String,
    /// Wholly or partly under occupation: the directory says so above the region's services.
    #[serde(default)]
    pub occupied: bool,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    /// Fluent ids.
    pub name: String,
    pub description: String,
    pub roles: Vec<String>,
    pub serves: Vec<String>,
    /// Region codes; empty: a national service, for every region.
    #[serde(default)]
    pub regions: Vec<String>,
    /// `24/7`, or a Fluent id of the hours; absent: unknown.
    pub hours: Option<String>,
    pub free: Option<bool>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub source: String,
    /// The day the source was read, YYYY-MM-DD.
    pub checked: String,
    /// The date the source page gives (published or last updated), if it gives one.
    pub source_date: Option<String>,
    pub contact: Vec<Contact>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub channel: Channel,
    /// As the source page prints it.
    pub display: String,
    /// What the link dials or opens.
    pub dial: String,
    /// A Fluent id.
    pub note: Option<String>,
}

// The widget's own `Channel` and its names (src/channel.rs): build.rs writes the variants as they are here.
#[path = "../../../src/channel.rs"]
mod channel;
pub use channel::Channel;

impl<'de> Deserialize<'de> for Channel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Channel::from_name(&name).ok_or_else(|| {
            let names: Vec<&str> = Channel::ALL.iter().map(|(n, _)| *n).collect();
            serde::de::Error::custom(format!("unknown channel {name:?}; use one of {}", names.join(", ")))
        })
    }
}

impl Serialize for Channel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One entry of `locales/languages.toml`.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// A BCP 47 code, and the name of its folder under `locales/`.
    pub code: String,
    /// The language's own name for itself.
    pub name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Languages {
    language: Vec<Language>,
}

/// A file's text; the error names the file.
pub fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The files in `dir` whose name ends in `.<ext>`, sorted, so every reader sees them in the same order.
pub fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    out.sort();
    Ok(out)
}

/// `content/flow.toml` under `root`, every block holding exactly one kind.
pub fn flow(root: &Path) -> Result<Flow, String> {
    let path = root.join("content/flow.toml");
    let flow: Flow = parse(&path, &read(&path)?)?;
    for n in &flow.node {
        for (i, b) in n.block.iter().enumerate() {
            if b.kind().is_none() {
                return Err(format!(
                    "{}: step {:?}, block {}: a block holds exactly one of text, fact, call, list, checklist",
                    path.display(),
                    n.id,
                    i + 1
                ));
            }
        }
    }
    Ok(flow)
}

/// Every `content/services/*.toml` under `root`, sorted by file, each with its path relative to `root`
/// (`content/services/ua.toml`) for messages.
pub fn countries(root: &Path) -> Result<Vec<(String, Country)>, String> {
    files(&root.join("content/services"), "toml")?
        .iter()
        .map(|f| Ok((f.strip_prefix(root).unwrap_or(f).display().to_string(), parse(f, &read(f)?)?)))
        .collect()
}

/// `locales/languages.toml` under `root`, in its order (English, the reference, first).
pub fn languages(root: &Path) -> Result<Vec<Language>, String> {
    let path = root.join("locales/languages.toml");
    Ok(parse::<Languages>(&path, &read(&path)?)?.language)
}

/// A language's Fluent files in one set of them (`locales` for the widget, `docs/locales` for the
/// configurator), sorted; an error names the missing folder.
pub fn ftl_files(root: &Path, set: &str, lang: &str) -> Result<Vec<PathBuf>, String> {
    files(&root.join(set).join(lang), "ftl").map_err(|e| format!("{e} (locales/languages.toml lists {lang:?})"))
}

/// A Fluent file without its comment lines: they are for translators, and what visitors download carries only
/// the messages (about a fifth less text). A `#` starts a comment only at the start of a line in Fluent.
pub fn without_comments(src: &str) -> String {
    src.lines().filter(|l| !l.starts_with('#')).flat_map(|l| [l, "\n"]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        // This crate lives in crates/oberih-data; cargo sets the variable at run time as well as at build time.
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..")
    }

    #[test]
    fn a_block_holds_exactly_one_kind() {
        let block = |src: &str| toml::from_str::<Block>(src).unwrap();
        assert_eq!(block("text = \"a\"").kind(), Some(BlockKind::Text("a")));
        assert_eq!(block("call = [\"police\"]\ncountries = [\"UA\"]").kind(), Some(BlockKind::Call(&["police".to_string()])));
        assert_eq!(block("text = \"a\"\nfact = \"b\"").kind(), None, "two kinds");
        assert_eq!(block("source = \"https://example.org\"").kind(), None, "none");
    }

    #[test]
    fn the_schema_refuses_unknown_fields_and_channels() {
        let contact = |src: &str| toml::from_str::<Contact>(src).map(|c| c.channel).map_err(|e| e.to_string());
        assert_eq!(contact("channel = \"text-dialogue\"\ndisplay = \"1\"\ndial = \"1\""), Ok(Channel::TextDialogue));
        let fax = contact("channel = \"fax\"\ndisplay = \"1\"\ndial = \"1\"").unwrap_err();
        assert!(fax.contains("unknown channel \"fax\"; use one of phone, sms, text-dialogue"), "{fax}");
        assert!(contact("channel = \"sms\"\ndisplay = \"1\"\ndial = \"1\"\ndisply = \"x\"").unwrap_err().contains("disply"));
    }

    #[test]
    fn comments_go_and_messages_stay() {
        let src = "# A note for translators\n## Group\nexit-button = Exit\n    .title = Leave # not a comment\n\n";
        assert_eq!(without_comments(src), "exit-button = Exit\n    .title = Leave # not a comment\n\n");
    }

    #[test]
    fn reads_the_projects_own_files() {
        let root = root();
        let langs = languages(&root).unwrap();
        assert_eq!(langs[0].code, "en", "English, the reference, comes first");
        for l in &langs {
            assert!(!ftl_files(&root, "locales", &l.code).unwrap().is_empty(), "{}", l.code);
        }
        let countries = countries(&root).unwrap();
        assert!(countries.iter().any(|(file, c)| file == "content/services/ua.toml" && c.country == "UA"));
        assert!(!flow(&root).unwrap().node.is_empty());
        let missing = ftl_files(&root, "locales", "xx").unwrap_err();
        assert!(missing.contains("locales/xx") && missing.contains("\"xx\""), "{missing}");
    }
}
