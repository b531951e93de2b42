//! `cargo xtask stale [--months N]`: the services and facts whose source was last checked more than N months
//! ago (12 by default), for the people who keep the data true. Exits 0 either way: it is a to-do list.
use crate::root;
use std::fs;

/// Today's date (UTC) as (year, month, day), from the system clock.
fn today() -> (i64, i64, i64) {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64 / 86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn months_between(from: &str, to: (i64, i64, i64)) -> Option<i64> {
    let mut p = from.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, d) = (p.next()??, p.next()??, p.next()??);
    let mut months = (to.0 - y) * 12 + (to.1 - m);
    if to.2 < d {
        months -= 1;
    }
    Some(months)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let limit: i64 = match args {
        [] => 12,
        [flag, n] if flag == "--months" => n.parse().map_err(|_| "--months needs a number")?,
        _ => return Err("usage: cargo xtask stale [--months N]".into()),
    };
    let now = today();
    let mut rows = Vec::new();
    let mut total = 0;
    let mut files: Vec<_> = fs::read_dir(root().join("content/services")).map_err(|e| e.to_string())?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    files.push(root().join("content/flow.toml"));
    for path in files {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
        let mut check = |what: String, t: &toml::Table| {
            if let Some(checked) = t.get("checked").and_then(|c| c.as_str()) {
                total += 1;
                let age = months_between(checked, now);
                if age.is_none_or(|a| a >= limit) {
                    let source = t.get("source").and_then(|s| s.as_str()).unwrap_or("(no source)");
                    rows.push(format!("{name}: {what}: checked {checked}; re-check {source}"));
                }
            }
        };
        for s in doc.get("service").and_then(|s| s.as_array()).into_iter().flatten() {
            if let Some(t) = s.as_table() {
                check(format!("service {}", t.get("id").and_then(|i| i.as_str()).unwrap_or("?")), t);
            }
        }
        for n in doc.get("node").and_then(|s| s.as_array()).into_iter().flatten() {
            let id = n.get("id").and_then(|i| i.as_str()).unwrap_or("?").to_string();
            for b in n.get("block").and_then(|b| b.as_array()).into_iter().flatten() {
                if let Some(t) = b.as_table() {
                    check(format!("step {id}, fact {}", t.get("fact").and_then(|f| f.as_str()).unwrap_or("?")), t);
                }
            }
        }
    }
    println!("{} of {total} sourced entries were checked {limit} or more months ago (today is {}-{:02}-{:02}).", rows.len(), now.0, now.1, now.2);
    for r in rows {
        println!("  {r}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn counts_whole_months() {
        assert_eq!(months_between("2025-11-23", (2026, 11, 23)), Some(12));
        assert_eq!(months_between("2025-11-24", (2026, 11, 23)), Some(11));
        assert_eq!(months_between("bad", (2026, 11, 23)), None);
        let (y, m, d) = today();
        assert!(y >= 2024 && (1..=12).contains(&m) && (1..=31).contains(&d));
    }
}
