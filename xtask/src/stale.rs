//! `cargo xtask stale [--months N]`: what in content/ needs a fresh look, for the people who keep the data true.
//! - sources two years old or more: the date the source gives (`source_date`), else the day it was `checked`;
//! - national lines (services with no regions) whose source is a year old or more: they reach everyone;
//! - entries checked N (12) or more months ago.
//!
//! Exits 0 when it is only a to-do list; exits 1 on a date that is not a real date, a `checked` date in the
//! future (never counted as fresh) or a `source_date` after `checked`.
use crate::content::{entries, Date, Entry};
use oberih_data::date_problems;

#[derive(Debug, PartialEq, Eq)]
pub enum Finding {
    /// A date that cannot be trusted: the message says which and why.
    Error(String),
    /// The source's own date (or the check, without one) is this many months old, 24 or more.
    OldSource { date: Date, months: i64, dated: bool },
    /// A national line whose source is 12 or more months old.
    OldNationalSource { date: Date, months: i64 },
    /// Checked this many months ago, at least the limit.
    Recheck { date: Date, months: i64 },
}

/// What is wrong or old about one entry on `today`, with re-checks due after `limit` months.
pub fn assess(e: &Entry, today: Date, limit: i64) -> Vec<Finding> {
    let errors = date_problems(e.checked.as_deref(), e.source_date.as_deref(), today);
    if !errors.is_empty() {
        return errors.into_iter().map(Finding::Error).collect();
    }
    let mut out = Vec::new();
    // date_problems found none: `checked` is a real date and `source_date`, if any, too.
    let checked = e.checked.as_deref().and_then(Date::parse).expect("a checked date");
    let source_date = e.source_date.as_deref().and_then(Date::parse);
    let (date, dated) = source_date.map_or((checked, false), |s| (s, true));
    let months = date.months_until(today);
    if months >= 24 {
        out.push(Finding::OldSource { date, months, dated });
    }
    if e.national && months >= 12 {
        out.push(Finding::OldNationalSource { date, months });
    }
    let months = checked.months_until(today);
    if months >= limit {
        out.push(Finding::Recheck { date: checked, months });
    }
    out
}

pub fn run(args: &[String]) -> Result<(), String> {
    let limit: i64 = match args {
        [] => 12,
        [flag, n] if flag == "--months" => n.parse().map_err(|_| "--months needs a number")?,
        _ => return Err("usage: cargo xtask stale [--months N]".into()),
    };
    let today = Date::today();
    let all = entries()?;
    let (mut errors, mut old, mut national, mut recheck) = (vec![], vec![], vec![], vec![]);
    for e in &all {
        let source = e.source.as_deref().unwrap_or("(no source)");
        for f in assess(e, today, limit) {
            match f {
                Finding::Error(why) => errors.push(format!("{}: {why}", e.what)),
                Finding::OldSource { date, months, dated } => {
                    let kind = if dated { "source dated" } else { "no source_date; checked" };
                    old.push(format!("{}: {kind} {date} ({months} months); find a newer source than {source}", e.what));
                }
                Finding::OldNationalSource { date, months } => {
                    national.push(format!("{}: source of {date} ({months} months); find a newer source than {source}", e.what))
                }
                Finding::Recheck { date, months } => recheck.push(format!("{}: checked {date} ({months} months); re-check {source}", e.what)),
            }
        }
    }
    println!("{} sourced entries in content/ on {today}.", all.len());
    let section = |title: String, rows: &[String]| {
        println!("\n{title}: {}", rows.len());
        for r in rows {
            println!("  {r}");
        }
    };
    section("Sources two years old or more (the source's own date, else the day it was checked)".into(), &old);
    section("National lines whose source is a year old or more".into(), &national);
    section(format!("Checked {limit} or more months ago"), &recheck);
    if errors.is_empty() {
        Ok(())
    } else {
        section("Errors (a date that is not real, a future `checked`, a `source_date` after `checked`)".into(), &errors);
        Err(format!("{} date error(s) in content/", errors.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(checked: Option<&str>, source_date: Option<&str>, national: bool) -> Entry {
        Entry {
            what: "x".into(),
            source: Some("https://example.org".into()),
            checked: checked.map(Into::into),
            source_date: source_date.map(Into::into),
            national,
        }
    }
    const TODAY: Date = Date { y: 2026, m: 11, d: 25 };

    #[test]
    fn a_fresh_entry_has_nothing_to_report() {
        assert_eq!(assess(&entry(Some("2026-11-23"), Some("2026-05-01"), true), TODAY, 12), vec![]);
        assert_eq!(assess(&entry(Some("2026-11-25"), None, false), TODAY, 12), vec![], "checked today");
    }

    #[test]
    fn a_future_or_unreal_date_is_an_error_never_fresh() {
        for (checked, source_date) in [
            (Some("2026-11-26"), None),
            (Some("2031-01-01"), Some("2020-01-01")),
            (Some("2026-02-30"), None),
            (None, None),
            (Some("2026-11-20"), Some("2026-11-21")),
            (Some("2026-11-20"), Some("2027-01-01")),
            (Some("2026-11-20"), Some("2026-13-01")),
        ] {
            let f = assess(&entry(checked, source_date, true), TODAY, 12);
            assert!(!f.is_empty() && f.iter().all(|x| matches!(x, Finding::Error(_))), "{checked:?} {source_date:?}: {f:?}");
        }
    }

    #[test]
    fn the_source_date_ages_the_entry_else_the_check() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            assess(&entry(Some("2026-11-01"), Some("2024-11-25"), false), TODAY, 12),
            vec![Finding::OldSource { date: d("2024-11-25"), months: 24, dated: true }]
        );
        assert_eq!(assess(&entry(Some("2026-11-01"), Some("2024-11-26"), false), TODAY, 12), vec![], "a day short of two years");
        assert_eq!(
            assess(&entry(Some("2024-10-01"), None, false), TODAY, 12),
            vec![Finding::OldSource { date: d("2024-10-01"), months: 25, dated: false }, Finding::Recheck { date: d("2024-10-01"), months: 25 }]
        );
    }

    #[test]
    fn national_lines_age_after_one_year_regional_ones_after_two() {
        let d = |s| Date::parse(s).unwrap();
        let national = assess(&entry(Some("2026-11-23"), Some("2025-10-01"), true), TODAY, 12);
        assert_eq!(national, vec![Finding::OldNationalSource { date: d("2025-10-01"), months: 13 }]);
        assert_eq!(assess(&entry(Some("2026-11-23"), Some("2025-10-01"), false), TODAY, 12), vec![]);
        assert_eq!(assess(&entry(Some("2026-11-23"), Some("2025-11-26"), true), TODAY, 12), vec![], "11 months");
    }

    #[test]
    fn rechecks_follow_the_limit() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(assess(&entry(Some("2025-11-25"), Some("2025-11-25"), false), TODAY, 12), vec![Finding::Recheck { date: d("2025-11-25"), months: 12 }]);
        assert_eq!(assess(&entry(Some("2026-05-25"), None, false), TODAY, 6), vec![Finding::Recheck { date: d("2026-05-25"), months: 6 }]);
        assert_eq!(assess(&entry(Some("2026-05-26"), None, false), TODAY, 6), vec![]);
    }

    #[test]
    fn the_content_today_has_no_date_errors() {
        let today = Date::today();
        let errors: Vec<String> = entries()
            .unwrap()
            .iter()
            .flat_map(|e| assess(e, today, 12).into_iter().filter_map(move |f| match f {
                Finding::Error(why) => Some(format!("{}: {why}", e.what)),
                _ => None,
            }))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
