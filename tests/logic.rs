//! The pure logic under the views: configuration, the flow machine, the directory, the webmaster's services.
#![cfg(not(target_arch = "wasm32"))] // native: reads files, or needs no browser
use oberih_app::config::{Config, Severity};
use oberih_app::content::{self, Channel, Contact, Text, FLOW};
use oberih_app::flow::{Flow, START};
use oberih_app::{custom, directory, i18n};

fn ua() -> &'static content::Country {
    content::country("UA").expect("content/services/ua.toml")
}
fn kz() -> &'static content::Country {
    content::country("KZ").expect("content/services/kz.toml")
}
fn dials(services: &[&content::Service]) -> Vec<&'static str> {
    services.iter().flat_map(|s| s.contacts.iter().map(|c| c.dial)).collect()
}

// Configuration

#[test]
fn a_known_country_and_region_configure_quietly() {
    let (c, problems) = Config::from_raw(Some("ua"), Some(" ua-30 "));
    assert_eq!(c.country.map(|c| c.code), Some("UA"));
    assert_eq!(c.region, Some("UA-30"));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn an_unknown_country_warns_and_falls_back_to_112() {
    let (c, problems) = Config::from_raw(Some("XX"), Some("XX-1"));
    assert!(c.country.is_none() && c.region.is_none());
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].severity, Severity::Warning);
    assert!(problems[0].message.contains("\"XX\"") && problems[0].message.contains("data-country") && problems[0].message.contains("112"));
    assert!(problems[1].message.contains("data-region"));
}

#[test]
fn a_missing_country_is_a_warning_not_a_failure() {
    let (c, problems) = Config::from_raw(None, None);
    assert!(c.country.is_none());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("UA") && problems[0].message.contains("KZ"), "lists what is supported");
}

#[test]
fn a_region_of_another_country_is_rejected_with_an_example() {
    let (c, problems) = Config::from_raw(Some("KZ"), Some("UA-30"));
    assert_eq!(c.country.map(|c| c.code), Some("KZ"));
    assert_eq!(c.region, None);
    assert_eq!(problems[0].severity, Severity::Error);
    assert!(problems[0].message.contains("\"UA-30\"") && problems[0].message.contains("KZ-"));
}

#[test]
fn hostile_configuration_never_panics() {
    for v in ["", " ", "\u{0}", "<script>", "UA\nKZ", "ＵＡ", "🇺🇦", &"A".repeat(10_000)] {
        let (c, problems) = Config::from_raw(Some(v), Some(v));
        assert!(c.country.is_none() && c.region.is_none(), "{v:?} falls back to 112");
        assert!(!problems.is_empty(), "{v:?} is reported");
    }
}

// The flow machine

#[test]
fn the_flow_moves_forward_back_and_restarts() {
    let mut f = Flow::new(Some("UA"));
    assert!(f.at_start());
    assert_eq!(f.current().id, START);
    assert!(!f.back(), "back at the start stays");
    let first = f.choices().next().expect("the start offers answers").next;
    assert!(f.choose(first));
    assert_eq!(f.current().id, first);
    assert_eq!(f.depth(), 2);
    assert!(!f.choose("no-such-step"), "only the current step's answers are followed");
    assert_eq!(f.depth(), 2);
    assert!(f.back());
    assert!(f.at_start());
    f.choose(first);
    f.restart();
    assert!(f.at_start());
}

#[test]
fn country_conditions_filter_blocks_and_choices() {
    // Some block or choice is limited to one country; it shows there and not elsewhere.
    let limited = FLOW.iter().find(|n| n.blocks.iter().any(|b| b.countries == ["UA"])).expect("a UA-only block");
    let count = |country: Option<&'static str>| {
        let mut f = Flow::new(country);
        // Walk to the node by breadth-first search over answers.
        let mut queue = vec![vec![START]];
        while let Some(path) = queue.pop() {
            let last = *path.last().unwrap();
            if last == limited.id {
                let mut g = Flow::new(country);
                for step in &path[1..] {
                    assert!(g.choose(step));
                }
                f = g;
                break;
            }
            let node = content::node(last).unwrap();
            for c in node.choices.iter().filter(|c| content::applies(c.countries, country)) {
                if !path.contains(&c.next) {
                    let mut p = path.clone();
                    p.push(c.next);
                    queue.insert(0, p);
                }
            }
        }
        assert_eq!(f.current().id, limited.id, "the step is reachable");
        f.blocks().count()
    };
    assert!(count(Some("UA")) > count(Some("KZ")));
}

// The directory

#[test]
fn the_first_view_puts_emergency_first_then_the_dv_line() {
    let services = directory::all(ua(), &[]);
    let first = directory::first_view(&services, None);
    let roles: Vec<&str> = first.iter().map(|s| s.roles[0]).collect();
    let dv = roles.iter().position(|r| *r == "dv-line").expect("a domestic-violence line");
    assert!(roles[..dv].iter().all(|r| directory::EMERGENCY_ROLES.contains(r)), "{roles:?}");
    let d = dials(&first);
    for n in ["102", "103", "1547"] {
        assert!(d.contains(&n), "{n} is in the first view: {d:?}");
    }
}

#[test]
fn the_first_view_shows_each_service_once_in_every_region() {
    // A webmaster's service with several first-view roles would be listed once per role if not deduplicated.
    let text = r#"[{"id": "all-roles", "name": "All", "roles": ["dv-line", "police", "ambulance", "emergency"],
        "contacts": [{"channel": "phone", "display": "044 000 00 01", "dial": "+380440000001"}]}]"#;
    for country in content::COUNTRIES {
        let (custom, errors) = custom::parse(text, Some(country));
        assert!(errors.is_empty(), "{errors:?}");
        let services = directory::all(country, &custom);
        for region in std::iter::once(None).chain(country.regions.iter().map(|r| Some(r.code))) {
            let first = directory::first_view(&services, region);
            let ids: Vec<_> = first.iter().map(|s| s.id).collect();
            let unique: std::collections::HashSet<_> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "each service once, {} {region:?}: {ids:?}", country.code);
            assert!(ids.contains(&"all-roles"), "{ids:?}");
        }
    }
}

#[test]
fn kazakhstan_first_view_has_102_103_and_111() {
    let services = directory::all(kz(), &[]);
    let d = dials(&directory::first_view(&services, None));
    for n in ["102", "103", "111"] {
        assert!(d.contains(&n), "{n}: {d:?}");
    }
}

#[test]
fn regional_services_show_only_in_their_region_and_first() {
    let services = directory::all(ua(), &[]);
    let kyiv = directory::more_help(&services, Some("UA-30"), None);
    let national = kyiv.iter().position(|s| s.regions.is_empty()).expect("national services too");
    assert!(national > 0 && kyiv[national..].iter().all(|s| s.regions.is_empty()), "every regional one before the national ones");
    assert!(kyiv[..national].iter().all(|s| s.regions.contains(&"UA-30")));
    assert!(kyiv.iter().any(|s| s.contacts.iter().any(|c| c.display == "15-00")));
    let lviv = directory::more_help(&services, Some("UA-46"), None);
    assert!(!lviv.iter().any(|s| s.regions.contains(&"UA-30")));
    let national = directory::more_help(&services, None, None);
    assert!(national.iter().all(|s| s.regions.is_empty()));
}

/// For every region of both countries: the emergency numbers first, then exactly the region's own services
/// (read from the content, so this holds as regions get data), then the rest; each shown service once.
#[test]
fn the_directory_shows_a_regions_own_services_right_after_the_emergency_numbers() {
    for country in content::COUNTRIES {
        let services = directory::all(country, &[]);
        for r in country.regions {
            let d = directory::sections(country, &services, Some(r.code), None);
            assert_eq!(d.region.map(|x| x.code), Some(r.code));
            let own: Vec<&str> = country.services.iter().filter(|s| s.regions.contains(&r.code)).map(|s| s.id).collect();
            assert_eq!(d.regional.iter().map(|s| s.id).collect::<Vec<_>>(), own, "{}", r.code);
            assert_eq!(d.region_has_own, !own.is_empty());
            let roles: Vec<&str> = d.emergency.iter().map(|s| s.roles[0]).collect();
            assert!(roles.iter().all(|r| directory::EMERGENCY_ROLES.contains(r)) && roles.contains(&"police"), "{roles:?}");
            assert!(roles.windows(2).all(|w| {
                let at = |x| directory::EMERGENCY_ROLES.iter().position(|r| *r == x);
                at(w[0]) <= at(w[1])
            }), "police, ambulance, 112 in order: {roles:?}");
            assert!(d.national.iter().chain(&d.emergency).all(|s| s.regions.is_empty()), "no other region's services");
            // Together, the groups are the whole directory for that region, each service once.
            let mut shown: Vec<&str> = d.emergency.iter().chain(&d.regional).chain(&d.site).chain(&d.national).map(|s| s.id).collect();
            let mut all: Vec<&str> = directory::more_help(&services, Some(r.code), None).iter().map(|s| s.id).collect();
            shown.sort_unstable();
            all.sort_unstable();
            assert_eq!(shown, all, "{}", r.code);
        }
        let whole = directory::sections(country, &services, None, None);
        assert!(whole.region.is_none() && whole.regional.is_empty() && !whole.region_has_own);
        let unknown = directory::sections(country, &services, Some("XX-99"), None);
        assert!(unknown.region.is_none() && unknown.regional.is_empty());
    }
    let kyiv = directory::sections(ua(), &directory::all(ua(), &[]), Some("UA-30"), None);
    assert!(kyiv.regional.iter().any(|s| s.contacts.iter().any(|c| c.display == "15-00")), "Kyiv's city line");
}

#[test]
fn occupied_regions_are_flagged_and_none_has_own_services_listed_as_if_reachable() {
    let occupied: Vec<&str> = ua().regions.iter().filter(|r| r.occupied).map(|r| r.code).collect();
    for code in ["UA-43", "UA-40"] {
        assert!(occupied.contains(&code), "{code}: wholly occupied");
    }
    assert!(!kz().regions.iter().any(|r| r.occupied));
    let crimea = directory::sections(ua(), &directory::all(ua(), &[]), Some("UA-43"), None);
    assert!(crimea.region.unwrap().occupied && crimea.regional.is_empty() && !crimea.region_has_own);
    assert!(!crimea.national.is_empty(), "the national lines are still listed");
}

#[test]
fn a_region_with_own_services_hidden_by_the_audience_filter_still_counts_as_having_them() {
    // No built-in regional service serves one audience only today: a webmaster's entry stands in for one.
    let text = r#"[{"id": "kostanay-women", "name": "Women's line", "serves": ["women"], "regions": ["KZ-39"],
      "contacts": [{"channel": "phone", "display": "8 (7142) 00-00-00", "dial": "+77142000000"}]}]"#;
    let (ok, errors) = custom::parse(text, Some(kz()));
    assert!(errors.is_empty(), "{errors:?}");
    let services = directory::all(kz(), &ok);
    let d = directory::sections(kz(), &services, Some("KZ-39"), Some("children"));
    assert!(d.regional.is_empty(), "the entry serves women");
    assert!(d.region_has_own, "so the view does not say the region has none");
}

#[test]
fn a_webmasters_entries_go_under_their_region_or_under_the_site() {
    let text = r#"[
      {"id": "kostanay-akimat", "name": "Akimat", "regions": ["KZ-39"], "contacts": [{"channel": "phone", "display": "8 (7142) 00-00-00", "dial": "+77142000000"}]},
      {"id": "site-line", "name": "Our line", "contacts": [{"channel": "phone", "display": "8 (7172) 00-00-00", "dial": "+77172000000"}]}
    ]"#;
    let (ok, errors) = custom::parse(text, Some(kz()));
    assert!(errors.is_empty(), "{errors:?}");
    let services = directory::all(kz(), &ok);
    let d = directory::sections(kz(), &services, Some("KZ-39"), None);
    let ids = |v: &[&content::Service]| v.iter().map(|s| s.id).collect::<Vec<_>>();
    let built_in: Vec<&str> = kz().services.iter().filter(|s| s.regions.contains(&"KZ-39")).map(|s| s.id).collect();
    assert_eq!(ids(&d.regional), [&["kostanay-akimat"][..], &built_in].concat(), "the webmaster's first, then the built-in");
    assert_eq!(ids(&d.site), ["site-line"]);
    let astana = directory::sections(kz(), &services, Some("KZ-71"), None);
    assert!(astana.regional.is_empty() && ids(&astana.site) == ["site-line"]);
    assert!(!ids(&astana.national).contains(&"kostanay-akimat"));
    // In a region with built-in services of its own (Kyiv), the webmaster's come first, then the built-in ones.
    let text = r#"[{"id": "kyiv-district", "name": "District centre", "regions": ["UA-30"],
      "contacts": [{"channel": "phone", "display": "044 000 00 00", "dial": "+380440000000"}]}]"#;
    let (ok, errors) = custom::parse(text, Some(ua()));
    assert!(errors.is_empty(), "{errors:?}");
    let services = directory::all(ua(), &ok);
    let d = directory::sections(ua(), &services, Some("UA-30"), None);
    let built_in: Vec<&str> = ua().services.iter().filter(|s| s.regions.contains(&"UA-30")).map(|s| s.id).collect();
    assert!(!built_in.is_empty());
    assert_eq!(ids(&d.regional), [&["kyiv-district"][..], &built_in].concat());
}

#[test]
fn call_blocks_prefer_the_regions_own_services_of_each_role() {
    let text = r#"[{"id": "kyiv-dv", "name": "Kyiv line", "roles": ["dv-line"], "regions": ["UA-30"],
      "contacts": [{"channel": "phone", "display": "044 000 00 00", "dial": "+380440000000"}]}]"#;
    let (ok, _) = custom::parse(text, Some(ua()));
    let services = directory::all(ua(), &ok);
    let kyiv = directory::calls(&services, Some("UA-30"), &["police", "dv-line"]);
    let ids: Vec<&str> = kyiv.iter().map(|s| s.id).collect();
    assert_eq!(ids[0], "ua-102", "roles in the block's order: {ids:?}");
    assert_eq!(ids[1], "kyiv-dv", "the region's own dv line before the national ones: {ids:?}");
    assert!(ids.contains(&"ua-15-47"));
    let lviv = directory::calls(&services, Some("UA-46"), &["police", "dv-line"]);
    assert!(!lviv.iter().any(|s| s.id == "kyiv-dv"));
    // Each service once, even when it has several of the roles asked for.
    let kz = directory::all(kz(), &[]);
    let both = directory::calls(&kz, None, &["dv-line", "children-line"]);
    assert_eq!(both.iter().filter(|s| s.id == "kz-111").count(), 1);
    // In the content: for every region, each role's own services come before its national ones.
    for country in content::COUNTRIES {
        let all = directory::all(country, &[]);
        for r in country.regions {
            for role in content::ROLES {
                let v = directory::calls(&all, Some(r.code), &[role]);
                let first_national = v.iter().position(|s| s.regions.is_empty()).unwrap_or(v.len());
                assert!(v[first_national..].iter().all(|s| s.regions.is_empty()), "{} {role}", r.code);
            }
        }
    }
}

#[test]
fn audience_filters_keep_services_for_everyone() {
    let services = directory::all(ua(), &[]);
    let children = directory::more_help(&services, None, Some("children"));
    assert!(children.iter().all(|s| s.serves.contains(&"children") || s.serves.contains(&"everyone")));
    assert!(children.iter().any(|s| s.serves.contains(&"children")));
}

#[test]
fn links_are_tel_sms_or_https_only_and_hold_no_isolation_marks() {
    let c = |channel, dial: &'static str| Contact { channel, display: "x", dial, note: None };
    assert_eq!(directory::href(&c(Channel::Phone, "1547")).as_deref(), Some("tel:1547"));
    assert_eq!(directory::href(&c(Channel::Phone, "+380442721500")).as_deref(), Some("tel:+380442721500"));
    assert_eq!(directory::href(&c(Channel::Sms, "111")).as_deref(), Some("sms:111"));
    assert_eq!(directory::href(&c(Channel::Telegram, "https://t.me/x")).as_deref(), Some("https://t.me/x"));
    for (ch, bad) in [
        (Channel::Phone, "javascript:alert(1)"),
        (Channel::Phone, "\u{2068}102\u{2069}"),
        (Channel::Phone, "044 272 15 00"),
        (Channel::Phone, "+"),
        (Channel::Website, "http://example.org"),
        (Channel::Website, "javascript:alert(1)"),
        (Channel::Website, "https://exa mple.org"),
        (Channel::Website, "https://x.org/\"onmouseover=\"a"),
        (Channel::Telegram, "https://"),
        (Channel::WebChat, "data:text/html,x"),
        (Channel::Website, "https://x.example/a\u{2068}"), // found by tests/fuzz.rs
        (Channel::Website, "https://x.example/\u{202e}gpj.exe"),
    ] {
        assert_eq!(directory::href(&c(ch, bad)), None, "{bad:?}");
    }
    for country in content::COUNTRIES {
        for s in country.services {
            for k in s.contacts {
                let h = directory::href(k).unwrap();
                assert!(!h.contains(['\u{2068}', '\u{2069}', ' ']), "{h:?}");
            }
        }
    }
}

// The webmaster's services

const GOOD: &str = r#"[
  {"id": "kyiv-desnianskyi-centre", "name": {"uk": "Центр району", "en": "District centre"},
   "description": "Консультації", "roles": ["local"], "serves": ["women"], "regions": ["UA-30"],
   "hours": {"uk": "Пн–Пт 9–18", "en": "Mon–Fri 9–18"}, "free": true, "languages": ["uk"],
   "contacts": [{"channel": "phone", "display": "044 000 00 00", "dial": "+380440000000"},
                {"channel": "website", "display": "kyiv.example", "dial": "https://kyiv.example/help"}]}
]"#;

#[test]
fn a_good_webmaster_entry_is_accepted_and_localized() {
    let (ok, errors) = custom::parse(GOOD, Some(ua()));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ok.len(), 1);
    let s = ok[0];
    assert_eq!(i18n::text("uk", s.name), "Центр району");
    assert_eq!(i18n::text("kk", s.name), "District centre", "falls back to English");
    assert_eq!(s.regions, ["UA-30"]);
    let all = directory::all(ua(), &ok);
    assert_eq!(directory::more_help(&all, Some("UA-30"), None)[0].id, "kyiv-desnianskyi-centre");
    assert!(!directory::more_help(&all, Some("UA-51"), None).iter().any(|s| s.id == "kyiv-desnianskyi-centre"));
}

#[test]
fn each_bad_webmaster_entry_is_skipped_with_one_message_naming_it_and_the_field() {
    let text = r#"[
      {"id": "ok-one", "name": "Fine", "contacts": [{"channel": "phone", "display": "15-47", "dial": "1547"}]},
      {"id": "bad-href", "name": "X", "contacts": [{"channel": "website", "display": "x", "dial": "javascript:alert(1)"}]},
      {"id": "bad-tel", "name": "X", "contacts": [{"channel": "phone", "display": "x", "dial": "tel:102"}]},
      {"id": "no-name", "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]},
      {"id": "Bad Id", "name": "X", "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]},
      {"id": "typo", "nmae": "X", "contacts": []},
      {"id": "bad-lang", "name": "X", "languages": ["ukr"], "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]},
      {"id": "bad-region", "name": "X", "regions": ["KZ-39"], "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]},
      {"id": "long", "name": "<b>html</b>", "description": "LONG", "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]},
      "not an object",
      {"id": "ok-one", "name": "Twice", "contacts": [{"channel": "phone", "display": "x", "dial": "102"}]}
    ]"#
    .replace("LONG", &"x".repeat(400));
    let (ok, errors) = custom::parse(&text, Some(ua()));
    assert_eq!(ok.iter().map(|s| s.id).collect::<Vec<_>>(), ["ok-one"]);
    assert_eq!(ok[0].name, Text::Literal("Fine"));
    let expect = [
        ("bad-href", "contacts[0].dial"),
        ("bad-tel", "contacts[0].dial"),
        ("no-name", "\"name\""),
        ("service 5", "\"id\""),
        ("typo", "\"nmae\""),
        ("bad-lang", "\"languages\""),
        ("bad-region", "\"regions\""),
        ("long", "\"description\""),
        ("service 10", "(entry)"),
        ("ok-one", "used twice"),
    ];
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
    for ((who, field), e) in expect.iter().zip(&errors) {
        assert!(e.contains(who) && e.contains(field), "{e:?} should name {who} and {field}");
    }
}

#[test]
fn a_broken_block_gives_one_message_and_no_services() {
    for text in ["{", "{\"id\": 1}", "", "null"] {
        let (ok, errors) = custom::parse(text, Some(ua()));
        assert!(ok.is_empty());
        assert_eq!(errors.len(), 1, "{text:?}: {errors:?}");
        assert!(errors[0].contains("data-oberih-services"));
    }
}

// Translations at run time

#[test]
fn a_missing_message_falls_back_to_english_and_never_shows_its_id() {
    assert_eq!(i18n::tr("uk", "no-such-message"), "");
    assert!(!i18n::tr("kk", "panel-title").is_empty());
    assert_eq!(i18n::tr("xx", "panel-title"), i18n::tr("en", "panel-title"));
}

/// A channel's name is written once (src/channel.rs): every name reads back as its channel, and the console's
/// advice on a wrong one lists exactly those names, in order.
#[test]
fn channel_names_are_one_list() {
    use oberih_app::channel::Channel;
    let names: Vec<&str> = Channel::ALL.iter().map(|(n, _)| *n).collect();
    for &(name, c) in Channel::ALL {
        assert_eq!(Channel::from_name(name), Some(c));
        assert_eq!(c.name(), name);
    }
    assert_eq!(Channel::from_name("Phone"), None, "names are lower case, as written in the files");
    let (head, last) = names.split_at(names.len() - 1);
    assert_eq!(oberih_app::custom::CHANNEL_HELP, format!("use {} or {}", head.join(", "), last[0]));
}
