//! The cases of tests/custom-services-cases.json through the widget's own check of a webmaster's services block
//! (src/custom.rs). tests/e2e/webmaster.test.mjs runs the same cases through the demo configurator's form
//! validator (public/services-check.js): a service the configurator accepts is one the widget shows, and the
//! reason it gives for one it refuses is the widget's, word for word.
#![cfg(not(target_arch = "wasm32"))] // native: reads files
use oberih_app::content;
use oberih_app::custom;
use oberih_app::json::{self, Json};

/// JSON text again, for a case's entries (the widget reads the block as text).
fn text(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) => n.to_string(),
        Json::Str(s) => {
            let mut out = String::from('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        Json::Arr(items) => format!("[{}]", items.iter().map(text).collect::<Vec<_>>().join(",")),
        Json::Obj(pairs) => format!(
            "{{{}}}",
            pairs.iter().map(|(k, v)| format!("{}:{}", text(&Json::Str(k.clone())), text(v))).collect::<Vec<_>>().join(",")
        ),
    }
}

fn strings(v: Option<&Json>) -> Vec<String> {
    match v {
        Some(Json::Arr(items)) => items.iter().map(|i| if let Json::Str(s) = i { s.clone() } else { panic!("{i:?}") }).collect(),
        _ => vec![],
    }
}

#[test]
fn the_shared_cases_give_the_same_outcome_in_the_widget() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/custom-services-cases.json");
    let doc = json::parse(&std::fs::read_to_string(file).unwrap()).expect("tests/custom-services-cases.json");
    let Some(Json::Arr(cases)) = doc.get("cases") else { panic!("no cases") };
    assert!(cases.len() > 50, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let Some(Json::Str(name)) = case.get("name") else { panic!("a case without a name") };
        let country = match case.get("country") {
            Some(Json::Str(c)) => Some(content::country(c).unwrap_or_else(|| panic!("{name}: no country {c}"))),
            _ => None,
        };
        let block = match (case.get("block"), case.get("entries")) {
            (Some(Json::Str(b)), _) => b.clone(),
            (_, Some(entries)) => text(entries),
            _ => panic!("{name}: neither block nor entries"),
        };
        let (ok, errors) = custom::parse(&block, country);
        let ok: Vec<String> = ok.iter().map(|s| s.id.to_string()).collect();
        let errors_ok = match case.get("error_starts") {
            Some(Json::Str(start)) => errors.len() == 1 && errors[0].starts_with(start.as_str()),
            _ => errors == strings(case.get("errors")),
        };
        if ok != strings(case.get("ok")) || !errors_ok {
            failures.push(format!("{name}:\n    shown {ok:?}\n    errors {errors:#?}"));
        }
    }
    assert!(failures.is_empty(), "\n{} case(s) differ from tests/custom-services-cases.json:\n{}\n", failures.len(), failures.join("\n"));
}
