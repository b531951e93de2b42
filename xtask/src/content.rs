//! The content as the maintenance commands (`stale`, `coverage`) see it: the checkout's content/, read by
//! crates/oberih-data (the same reader as the build), and every sourced entry with its dates.
use crate::root;
pub use oberih_data::{Country, Date};

/// One sourced entry: a service or a fact, with where it is and its dates.
pub struct Entry {
    /// e.g. `content/services/ua.toml: service ua-15-47`
    pub what: String,
    pub source: Option<String>,
    pub checked: Option<String>,
    pub source_date: Option<String>,
    /// A service with no regions: a national line.
    pub national: bool,
}

/// Every content/services/<country>.toml of this checkout, with its path relative to it, sorted.
pub fn countries() -> Result<Vec<(String, Country)>, String> {
    oberih_data::countries(&root())
}

/// Every service of every country and every fact of the flow.
pub fn entries() -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (file, c) in countries()? {
        for s in c.service {
            out.push(Entry {
                what: format!("{file}: service {}", s.id),
                national: s.regions.is_empty(),
                source: Some(s.source),
                checked: Some(s.checked),
                source_date: s.source_date,
            });
        }
    }
    for n in oberih_data::flow(&root())?.node {
        for b in n.block {
            if let Some(fact) = b.fact {
                out.push(Entry {
                    what: format!("content/flow.toml: step {}, fact {fact}", n.id),
                    source: b.source,
                    checked: b.checked,
                    source_date: b.source_date,
                    national: false,
                });
            }
        }
    }
    Ok(out)
}

/// `{"languages": [{code, name}], "countries": [{file, country, name, languages, region, service}]}`: the
/// fields as in the TOML files.
pub fn json() -> Result<String, String> {
    let mut files = Vec::new();
    for (file, c) in countries()? {
        let mut v = serde_json::to_value(c).map_err(|e| e.to_string())?;
        v["file"] = file.into();
        files.push(v);
    }
    let languages = oberih_data::languages(&root())?;
    Ok(serde_json::json!({ "languages": languages, "countries": files }).to_string())
}
