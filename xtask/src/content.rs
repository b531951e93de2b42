//! The content files as the maintenance commands (`stale`, `coverage`) read them: content/services/*.toml and
//! content/flow.toml, plus dates. The build (build.rs) checks their full shape; this reads what the reports need.
use crate::root;
use serde::Deserialize;
use std::{fs, path::Path};

#[derive(Deserialize)]
pub struct CountryFile {
    pub country: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub region: Vec<Region>,
    #[serde(default)]
    pub service: Vec<Service>,
}

#[derive(Deserialize)]
pub struct Region {
    pub code: String,
    pub name: String,
    /// Wholly or partly under occupation: the panel says so above the region's services.
    #[serde(default)]
    pub occupied: bool,
}

#[derive(Deserialize)]
pub struct Service {
    pub id: String,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    pub source: Option<String>,
    pub checked: Option<String>,
    pub source_date: Option<String>,
}

#[derive(Deserialize)]
struct Flow {
    #[serde(default)]
    node: Vec<Node>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
    #[serde(default)]
    block: Vec<Block>,
}

#[derive(Deserialize)]
struct Block {
    fact: Option<String>,
    source: Option<String>,
    checked: Option<String>,
    source_date: Option<String>,
}

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

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every content/services/<country>.toml, parsed, with its path relative to the repository, sorted.
pub fn countries() -> Result<Vec<(String, CountryFile)>, String> {
    let dir = root().join("content/services");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let c: CountryFile = toml::from_str(&read(f)?).map_err(|e| format!("{}: {e}", f.display()))?;
            Ok((f.strip_prefix(root()).unwrap_or(f).display().to_string(), c))
        })
        .collect()
}

/// Every service of every country and every fact of the flow.
pub fn entries() -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (file, c) in countries()? {
        for s in c.service {
            out.push(Entry {
                what: format!("{file}: service {}", s.id),
                source: s.source,
                checked: s.checked,
                source_date: s.source_date,
                national: s.regions.is_empty(),
            });
        }
    }
    let path = root().join("content/flow.toml");
    let flow: Flow = toml::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    for n in flow.node {
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

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// `YYYY-MM-DD`, a real calendar date; anything else is None.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if !s.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse::<i64>().ok()).flatten()
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some(Date { y, m, d })
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        Date { y: yoe + era * 400 + i64::from(m <= 2), m, d }
    }

    /// Today (UTC), from the system clock.
    pub fn today() -> Date {
        let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64 / 86_400);
        Date::from_days(days)
    }

    /// Whole months from `self` to `to` (negative when `to` is earlier): 2025-11-23 to 2026-11-23 is 12,
    /// to 2026-11-22 is 11.
    pub fn months_until(self, to: Date) -> i64 {
        let mut months = (to.y - self.y) * 12 + (to.m - self.m);
        if months > 0 && to.d < self.d {
            months -= 1;
        } else if months < 0 && to.d > self.d {
            months += 1;
        }
        months
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29"), Some(Date { y: 2024, m: 2, d: 29 }));
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "23.11.2026", "2026-1-01", "", "2026-11-2x", "+026-11-23", "2€5-11-23"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2026-11-23").unwrap().to_string(), "2026-11-23");
    }

    #[test]
    fn converts_days_and_counts_whole_months() {
        assert_eq!(Date::from_days(0), Date { y: 1970, m: 1, d: 1 });
        assert_eq!(Date::from_days(20_415), Date { y: 2025, m: 11, d: 23 });
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-11-23").months_until(d("2026-11-23")), 12);
        assert_eq!(d("2025-11-24").months_until(d("2026-11-23")), 11);
        assert_eq!(d("2024-02-29").months_until(d("2026-02-28")), 23);
        assert_eq!(d("2024-02-29").months_until(d("2026-03-01")), 24);
        assert_eq!(d("2026-11-23").months_until(d("2026-11-23")), 0);
        assert_eq!(d("2026-12-01").months_until(d("2026-11-23")), 0, "a week ahead is not a month");
        assert_eq!(d("2027-01-01").months_until(d("2026-11-23")), -1);
        let t = Date::today();
        assert!(t.y >= 2024 && (1..=12).contains(&t.m) && (1..=31).contains(&t.d));
    }
}
