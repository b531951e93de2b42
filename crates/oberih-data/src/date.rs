//! The dates every sourced entry carries: `checked` (the day its source was read) and `source_date` (the
//! date the source gives). The tests refuse a date that cannot be trusted; `./dev stale` ages the rest.

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

/// What makes an entry's dates untrustworthy on `today`, one line each (empty: none): `checked` must be
/// given, real and not in the future; `source_date`, when given, real, not in the future and not after
/// `checked` (a source cannot be dated after it was read). A future date is never counted as fresh.
pub fn date_problems(checked: Option<&str>, source_date: Option<&str>, today: Date) -> Vec<String> {
    let mut out = Vec::new();
    let checked = match checked.map(|raw| (raw, Date::parse(raw))) {
        None => {
            out.push("needs `checked`, the day its source was read (YYYY-MM-DD)".to_string());
            None
        }
        Some((raw, None)) => {
            out.push(format!("`checked` {raw:?} is not a real date (YYYY-MM-DD)"));
            None
        }
        Some((_, Some(c))) if c > today => {
            out.push(format!("`checked` {c} is in the future (today is {today})"));
            None
        }
        Some((_, Some(c))) => Some(c),
    };
    match source_date.map(|raw| (raw, Date::parse(raw))) {
        None => {}
        Some((raw, None)) => out.push(format!("`source_date` {raw:?} is not a real date (YYYY-MM-DD)")),
        Some((_, Some(s))) if s > today => out.push(format!("`source_date` {s} is in the future (today is {today})")),
        Some((_, Some(s))) => {
            if let Some(c) = checked.filter(|c| s > *c) {
                out.push(format!("`source_date` {s} is after `checked` {c}: a source cannot be dated after it was read"));
            }
        }
    }
    out
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
        assert!(t.y >= 2026 && (1..=12).contains(&t.m) && (1..=31).contains(&t.d), "{t}");
    }

    #[test]
    fn dates_must_be_real_not_in_the_future_and_sources_not_after_their_check() {
        let today = Date { y: 2026, m: 11, d: 25 };
        assert!(date_problems(Some("2026-11-25"), Some("2026-11-25"), today).is_empty(), "both today");
        assert!(date_problems(Some("2026-11-25"), None, today).is_empty());
        assert!(date_problems(Some("2026-11-23"), Some("2019-01-31"), today).is_empty());
        for (checked, source_date, says) in [
            (None, None, "needs `checked`"),
            (Some("2026-11-26"), None, "`checked` 2026-11-26 is in the future"),
            (Some("2031-01-01"), Some("2020-01-01"), "in the future"),
            (Some("2026-02-29"), None, "not a real date"),
            (Some("2026-11-23"), Some("2026-11-24"), "after `checked` 2026-11-23"),
            (Some("2026-11-20"), Some("2027-01-01"), "`source_date` 2027-01-01 is in the future"),
            (Some("2026-11-23"), Some("2026-11"), "`source_date` \"2026-11\" is not a real date"),
            (Some("2026-11-23"), Some("2026-04-31"), "not a real date"),
        ] {
            let p = date_problems(checked, source_date, today);
            assert!(p.len() == 1 && p[0].contains(says), "{checked:?} {source_date:?}: {p:?}");
        }
    }
}
