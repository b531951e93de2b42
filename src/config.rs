//! The panel's configuration: country and region, validated in this one place.
//! (The embed script validates what the exit needs before any wasm loads: `exit-url`, `lang`, `position`.)
//! A bad value never stops the widget: it is replaced by a safe default and reported once, naming the
//! attribute, the value and the default used instead.
use crate::content::{self, Country};

#[derive(Debug, Clone)]
pub struct Config {
    /// None: an unknown or missing country; the panel shows the international emergency number 112.
    pub country: Option<&'static Country>,
    pub region: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A message for the webmaster's console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub message: String,
}

impl Config {
    /// `country` and `region` as written by the webmaster (attribute or data-attribute), if present.
    pub fn from_raw(country: Option<&str>, region: Option<&str>) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let country = match country.map(str::trim).filter(|c| !c.is_empty()) {
            None => {
                problems.push(Problem {
                    severity: Severity::Warning,
                    message: format!(
                        "Oberih: no country is set (data-country); showing the international emergency number 112 only. Supported: {}.",
                        supported()
                    ),
                });
                None
            }
            Some(raw) => match content::country(&raw.to_ascii_uppercase()) {
                Some(c) => Some(c),
                None => {
                    problems.push(Problem {
                        severity: Severity::Warning,
                        message: format!(
                            "Oberih: country \"{raw}\" (data-country) is not supported yet; showing the international emergency number 112 only. Supported: {}.",
                            supported()
                        ),
                    });
                    None
                }
            },
        };
        let region = match (region.map(str::trim).filter(|r| !r.is_empty()), country) {
            (None, _) => None,
            (Some(raw), Some(c)) => {
                let upper = raw.to_ascii_uppercase();
                match c.regions.iter().find(|r| r.code == upper) {
                    Some(r) => Some(r.code),
                    None => {
                        problems.push(Problem {
                            severity: Severity::Error,
                            message: format!(
                                "Oberih: region \"{raw}\" (data-region) is not an ISO 3166-2 region of {}; using no region (national services only). Example: {}.",
                                c.code,
                                c.regions.first().map_or("", |r| r.code)
                            ),
                        });
                        None
                    }
                }
            }
            (Some(raw), None) => {
                problems.push(Problem {
                    severity: Severity::Error,
                    message: format!("Oberih: region \"{raw}\" (data-region) is ignored because the country is not supported; using no region."),
                });
                None
            }
        };
        (Config { country, region }, problems)
    }
}

fn supported() -> String {
    content::COUNTRIES.iter().map(|c| c.code).collect::<Vec<_>>().join(", ")
}
