//! Fluent's numbers, as patched in vendor/fluent-bundle (no float formatting or parsing in the wasm): written
//! and read as core's `f64` `Display` and `FromStr` do, and plural categories chosen as before.
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

fn bundle(lang: &str, ftl: &str) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new(vec![lang.parse().unwrap()]);
    b.set_use_isolating(false);
    b.add_resource(FluentResource::try_new(ftl.to_string()).unwrap()).unwrap();
    b
}

fn format(b: &FluentBundle<FluentResource>, id: &str, n: Option<f64>) -> String {
    let args = n.map(|n| {
        let mut a = FluentArgs::new();
        a.set("n", n);
        a
    });
    let mut errors = vec![];
    let s = b.format_pattern(b.get_message(id).unwrap().value().unwrap(), args.as_ref(), &mut errors).into_owned();
    assert!(errors.is_empty(), "{errors:?}");
    s
}

const VALUES: &[f64] = &[
    0.0, -0.0, 1.0, -1.0, 2.0, 5.0, 11.0, 21.0, 100.0, 1234.0, -25.0, 0.1, 0.5, 1.5, -2.25, 3.141569, 0.001, 12.75,
    99.99, 1e10, 123456789.125, 4503599627370495.0, 9007199254740992.0, 1e20,
];

#[test]
fn numbers_are_written_as_core_writes_them() {
    let b = bundle("en", "n = { $n }\n");
    for &v in VALUES {
        assert_eq!(format(&b, "n", Some(v)), v.to_string(), "{v:?}");
    }
    // Past 15 significant digits a number is written rounded to 15 (core writes up to the 17 that read back
    // exactly). Oberih formats only small integers.
    assert_eq!(format(&b, "n", Some(0.1 + 0.2)), "0.3");
    assert_eq!(format(&b, "n", Some(1152921504606846976.0)), "1152921504606850000");
}

#[test]
fn number_literals_are_read_as_core_reads_them() {
    for text in ["0", "1", "-1", "42", "0.5", "1.50", "-3.25", "3.141569", "0.001", "123456789.125", "007", "1."] {
        let FluentValue::Number(n) = FluentValue::try_number(text) else { panic!("{text} is a number") };
        assert_eq!(n.value, text.parse::<f64>().unwrap(), "{text}");
    }
    for text in ["", "-", ".", "a1", "1a", "1e5", "1.2.3", " 1"] {
        assert!(!matches!(FluentValue::try_number(text), FluentValue::Number(_)), "{text:?} is not a Fluent number literal");
    }
    // Literals keep their fraction digits, as before.
    let b = bundle("en", "lit = { 1.50 } { -3 } { 0.001 }\n");
    assert_eq!(format(&b, "lit", None), "1.50 -3 0.001");
}

#[test]
fn plural_categories_are_chosen_as_before() {
    let ftl = "n = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\nlit = { 1.0 ->\n    [one] one\n   *[other] other\n}\n";
    let cases: &[(&str, &[(f64, &str)])] = &[
        ("en", &[(1.0, "one"), (0.0, "other"), (2.0, "other"), (1.5, "other"), (21.0, "other")]),
        ("uk", &[(1.0, "one"), (2.0, "few"), (5.0, "many"), (11.0, "many"), (21.0, "one"), (22.0, "few"), (1.5, "other")]),
        ("ru", &[(1.0, "one"), (3.0, "few"), (12.0, "many"), (101.0, "one"), (0.5, "other")]),
        ("kk", &[(1.0, "one"), (2.0, "other"), (0.5, "other")]),
    ];
    for (lang, values) in cases {
        let b = bundle(lang, ftl);
        for (v, want) in *values {
            assert_eq!(format(&b, "n", Some(*v)), *want, "{lang} {v}");
        }
    }
    // `1.0` has a visible fraction digit: English says "other", as CLDR does.
    assert_eq!(format(&bundle("en", ftl), "lit", None), "other");
}
