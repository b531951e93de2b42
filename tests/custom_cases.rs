//! The cases of tests/custom-services-cases.json through the widget's own check of a webmaster's services block
//! (src/custom.rs), and through `custom::verdict`, the JSON the demo configurator gets from the wasm's
//! `check_services`. tests/e2e/webmaster.test.mjs runs the same cases through that export in the browser: the
//! configurator has no checker of its own, so a service it accepts is one the widget shows.
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
            let mut out = String::new();
            custom::quote(&mut out, s);
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
        // The configurator's view of the same block says the same, with a code for each rejection.
        let verdict = json::parse(&custom::verdict(&block, country)).unwrap_or_else(|e| panic!("{name}: the verdict is not JSON: {e}"));
        let messages: Vec<String> = match verdict.get("errors") {
            Some(Json::Arr(list)) => list.iter().map(|e| if let Some(Json::Str(m)) = e.get("message") { m.clone() } else { panic!("{name}: {e:?}") }).collect(),
            _ => panic!("{name}: no errors in the verdict"),
        };
        assert_eq!((strings(verdict.get("ok")), &messages), (ok.clone(), &errors), "{name}: the verdict differs from custom::parse");
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

/// The verdict gives the configurator each rejection's code and value, so it can say it in the webmaster's
/// language; an entry's code always has an English reason, and `entry` is null only for the whole block.
#[test]
fn the_verdict_carries_codes_and_values() {
    let ua = content::country("UA");
    let block = r#"[{"id": "a", "name": "A", "contacts": [{"channel": "phone", "display": "102", "dial": "+380440000001"}]},
        {"id": "b", "name": {"ua": "B"}, "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]}, 7]"#;
    let v = json::parse(&custom::verdict(block, ua)).unwrap();
    let Some(Json::Arr(errors)) = v.get("errors") else { panic!() };
    let summary: Vec<(Json, String, String, String)> = errors
        .iter()
        .map(|e| {
            let s = |k| if let Some(Json::Str(s)) = e.get(k) { s.clone() } else { String::new() };
            let args = e.get("args").map(text).unwrap_or_default();
            (e.get("entry").cloned().unwrap(), s("field"), s("code"), args)
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (Json::Num(0.0), "contacts[0].display".into(), "display-number".into(), r#"{"value":"+380440000001"}"#.into()),
            (Json::Num(1.0), "name".into(), "not-language".into(), r#"{"value":"ua"}"#.into()),
            (Json::Num(2.0), "(entry)".into(), "not-object".into(), "{}".into()),
        ]
    );
    let v = json::parse(&custom::verdict("[01]", ua)).unwrap();
    let Some(Json::Arr(errors)) = v.get("errors") else { panic!() };
    assert_eq!((errors[0].get("entry"), errors[0].get("code")), (Some(&Json::Null), Some(&Json::Str("block-json".into()))));
    // Every code has its name, and every entry's code an English reason.
    assert_eq!(custom::ALL.iter().map(|c| c.name()).collect::<Vec<_>>(), custom::CODES);
    for &code in custom::ALL {
        let why = custom::Why { code, key: "value", value: "x".into() };
        assert_eq!(why.english().is_empty(), custom::BLOCK_CODES.contains(&code.name()), "{code:?}");
    }
}
