//! `cargo xtask coverage`: for each country and every region, the regional services (those whose `regions`
//! name that region; national lines serve everyone and are not counted) per role, the regions with none
//! (MISSING), and how many regions have one, and two or more. Markdown, for docs/coverage.md and for maintainers.
use crate::content::{countries, Country};
use crate::loader::{bundle_of, format};
use std::fmt::Write as _;

/// The roles shown as columns: those a regional service may have. A regional police line is `police`.
pub const ROLES: &[&str] = &["local", "shelter", "legal-aid", "counselling", "dv-line", "children-line", "police"];

/// The regional services of one region: (number of services, number per role in `ROLES` order).
pub fn region_counts(c: &Country, region: &str) -> (usize, Vec<usize>) {
    let here: Vec<_> = c.service.iter().filter(|s| s.regions.iter().any(|r| r == region)).collect();
    let per_role = ROLES.iter().map(|role| here.iter().filter(|s| s.roles.iter().any(|r| r == role)).count()).collect();
    (here.len(), per_role)
}

/// The report for these countries; `name` gives a Fluent id's English text.
pub fn report(countries: &[(String, Country)], name: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for (file, c) in countries {
        let _ = writeln!(out, "### {} ({}), `{file}`\n", name(&format!("country-{}", c.country.to_lowercase())), c.country);
        let _ = writeln!(out, "| region | name | regional services | {} |", ROLES.join(" | "));
        let _ = writeln!(out, "|---|---|---|{}", "---|".repeat(ROLES.len()));
        let (mut one, mut two, mut missing) = (0, 0, vec![]);
        let mut role_totals = vec![0; ROLES.len()];
        for r in &c.region {
            let (n, per_role) = region_counts(c, &r.code);
            match n {
                0 => missing.push(r.code.as_str()),
                1 => one += 1,
                _ => {
                    one += 1;
                    two += 1;
                }
            }
            for (t, k) in role_totals.iter_mut().zip(&per_role) {
                *t += k;
            }
            let cells: Vec<String> = per_role.iter().map(|k| if *k == 0 { String::new() } else { k.to_string() }).collect();
            let count = if n == 0 { "**MISSING**".to_string() } else { n.to_string() };
            let occupied = if r.occupied { " (wholly or partly occupied: the panel says so)" } else { "" };
            let _ = writeln!(out, "| {} | {}{occupied} | {count} | {} |", r.code, name(&r.name), cells.join(" | "));
        }
        let regional = c.service.iter().filter(|s| !s.regions.is_empty()).count();
        let national = c.service.len() - regional;
        let _ = writeln!(
            out,
            "\n{}: {one} of {} regions have at least one regional service, {two} have two or more; {national} national services \
             serve every region. Regional services: {regional}; per role (a service may have several): {}.",
            c.country,
            c.region.len(),
            ROLES.iter().zip(&role_totals).map(|(r, t)| format!("{r} {t}")).collect::<Vec<_>>().join(", "),
        );
        let _ = writeln!(out, "\nMISSING ({}): {}\n", missing.len(), if missing.is_empty() { "none".to_string() } else { missing.join(", ") });
    }
    out
}

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask coverage".into());
    }
    let en = bundle_of("en", "services.ftl")?;
    print!("{}", report(&countries()?, &|id| format(&en, id, None).unwrap_or_else(|| id.to_string())));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_of_every_country_is_in_the_report_once() {
        let countries = countries().unwrap();
        let text = report(&countries, &|id| id.to_string());
        for (file, c) in &countries {
            assert!(!c.region.is_empty(), "{file} lists no regions");
            for r in &c.region {
                let rows = text.lines().filter(|l| l.starts_with(&format!("| {} |", r.code))).count();
                assert_eq!(rows, 1, "{file}: region {} has {rows} rows in the report:\n{text}", r.code);
            }
        }
        for code in ["UA", "KZ"] {
            assert!(countries.iter().any(|(_, c)| c.country == code), "{code} is in the report");
        }
    }

    #[test]
    fn counts_regional_services_per_role_and_lists_regions_with_none() {
        // A fictional country: only ids, roles and regions matter here; the rest is what the schema requires.
        let service = |id: &str, roles: &str, regions: &str| {
            format!(
                "[[service]]\nid = \"{id}\"\nname = \"n\"\ndescription = \"d\"\nroles = {roles}\nserves = [\"adults\"]\nregions = {regions}\n\
                 source = \"https://example.org\"\nchecked = \"2026-11-25\"\n\
                 [[service.contact]]\nchannel = \"website\"\ndisplay = \"example.org\"\ndial = \"https://example.org\"\n"
            )
        };
        let regions = "country = \"XX\"\nname = \"country-xx\"\nlanguages = [\"en\"]\n\
            [[region]]\ncode = \"XX-1\"\nname = \"one\"\n\
            [[region]]\ncode = \"XX-2\"\nname = \"two\"\noccupied = true\n\
            [[region]]\ncode = \"XX-3\"\nname = \"three\"\n";
        let c: Country = toml::from_str(&format!(
            "{regions}{}{}{}",
            service("xx-national", r#"["dv-line"]"#, "[]"),
            service("xx-a", r#"["local", "counselling"]"#, r#"["XX-1", "XX-3"]"#),
            service("xx-b", r#"["shelter"]"#, r#"["XX-1"]"#)
        ))
        .unwrap();
        assert_eq!(region_counts(&c, "XX-1"), (2, vec![1, 1, 0, 1, 0, 0, 0]));
        assert_eq!(region_counts(&c, "XX-2").0, 0, "a national line is not a regional service");
        let text = report(&[("x.toml".into(), c)], &|id| id.to_string());
        assert!(text.contains("| XX-1 | one | 2 | 1 | 1 |  | 1 |"), "{text}");
        assert!(text.contains("| XX-2 | two (wholly or partly occupied: the panel says so) | **MISSING** |"), "{text}");
        assert!(text.contains("XX: 2 of 3 regions have at least one regional service, 1 have two or more; 1 national"), "{text}");
        assert!(text.contains("MISSING (1): XX-2"), "{text}");
    }
}
