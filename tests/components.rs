//! Component tests of the help panel, in headless Chromium (wasm-bindgen-test): mounted into a shadow root
//! the way the embed script does, with a stand-in for the script's host object.
#![cfg(target_arch = "wasm32")]
use oberih_app::{mount, prepare, Host, Widget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function makeHost(country, region, lang, services) {
  const calls = [];
  return {
    country, region, lang, services, calls, inline: false,
    setLang(l) { calls.push('setLang:' + l); },
    style(css) { calls.push('style:' + css.length); },
    raise() { calls.push('raise'); },
    focusExit() { calls.push('focusExit'); },
    fetchLocale(code, done) { calls.push('fetchLocale:' + code); done(undefined); },
  };
}
export function calls(host) { return host.calls.join(' '); }
")]
extern "C" {
    #[wasm_bindgen(js_name = makeHost)]
    fn make_host(country: Option<String>, region: Option<String>, lang: &str, services: Option<String>) -> JsValue;
    fn calls(host: &JsValue) -> String;
}

struct Mounted {
    root: ShadowRoot,
    host: JsValue,
    widget: Widget,
}

fn setup(country: Option<&str>, region: Option<&str>, lang: &str, services: Option<&str>) -> Mounted {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    let root = el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.append_child(&container).unwrap();
    let host = make_host(country.map(Into::into), region.map(Into::into), lang, services.map(Into::into));
    let host_ref: &Host = host.unchecked_ref();
    prepare(host_ref, None);
    let widget = mount(container, host_ref.clone());
    Mounted { root, host, widget }
}

/// Mounted and opened, as after a click on the launcher.
async fn opened(country: Option<&str>, region: Option<&str>, lang: &str, services: Option<&str>) -> Mounted {
    let m = setup(country, region, lang, services);
    m.widget.open();
    tick().await;
    m
}

fn q(root: &ShadowRoot, sel: &str) -> Option<Element> {
    root.query_selector(sel).unwrap()
}

fn all(root: &ShadowRoot, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
}

/// Picks an option as a person would: sets the value and fires `change`.
fn choose(select: &web_sys::HtmlSelectElement, value: &str) {
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Lets effects run and the views they change render (opening renders the panel's body in a second pass).
async fn tick() {
    leptos::task::tick().await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn the_panel_opens_with_the_numbers_of_the_country_and_region() {
    let m = setup(Some("UA"), Some("UA-30"), "en", None);
    let panel = q(&m.root, "[part=panel]").unwrap();
    assert!(panel.has_attribute("hidden"), "closed at first");
    click(&q(&m.root, "[part=launcher]").unwrap());
    tick().await;
    assert!(!panel.has_attribute("hidden"));
    assert!(calls(&m.host).contains("raise"), "the exit is raised above the open panel");
    let hrefs: Vec<String> = all(&m.root, ".now a.call").iter().filter_map(|a| a.get_attribute("href")).collect();
    for want in ["tel:102", "tel:103", "tel:1547"] {
        assert!(hrefs.iter().any(|h| h == want), "{want} in {hrefs:?}");
    }
    assert!(hrefs.iter().all(|h| !h.contains('\u{2068}')), "no isolation marks in hrefs");
    assert!(text(&panel).contains("call log"), "says calls show in the call log: {}", text(&panel));
    m.widget.close();
    tick().await;
    assert!(panel.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn escape_closes_the_panel() {
    let m = opened(Some("KZ"), None, "ru", None).await;
    let panel: HtmlElement = q(&m.root, "[part=panel]").unwrap().unchecked_into();
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    panel.dispatch_event(&ev).unwrap();
    tick().await;
    assert!(panel.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_guided_flow_moves_forward_and_back_in_memory_only() {
    let m = opened(Some("UA"), None, "uk", None).await;
    let history = web_sys::window().unwrap().history().unwrap().length().unwrap();
    let href = web_sys::window().unwrap().location().href().unwrap();
    // Home: the first choice is the guided flow.
    click(&all(&m.root, "[part=choice]")[0]);
    tick().await;
    let title = text(&q(&m.root, ".step-title").unwrap());
    assert!(!title.is_empty() && !title.starts_with("flow-"), "a translated title, not an id: {title:?}");
    let answers = all(&m.root, "[part=choice]");
    assert!(answers.len() >= 4, "the start offers the topics");
    click(&answers[0]);
    tick().await;
    let second = text(&q(&m.root, ".step-title").unwrap());
    assert_ne!(second, title);
    click(&q(&m.root, "[part=back]").unwrap());
    tick().await;
    assert_eq!(text(&q(&m.root, ".step-title").unwrap()), title);
    assert_eq!(web_sys::window().unwrap().history().unwrap().length().unwrap(), history, "no history entries");
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), href, "no URL change");
}

#[wasm_bindgen_test]
async fn switching_language_relabels_the_panel_and_the_exit() {
    let m = opened(Some("UA"), None, "en", None).await;
    let before = text(&q(&m.root, "#oberih-title").unwrap());
    let select: web_sys::HtmlSelectElement = q(&m.root, "select.lang").unwrap().unchecked_into();
    // A language whose messages cannot be fetched: the panel stays as it is.
    choose(&select, "kk");
    tick().await;
    assert!(calls(&m.host).contains("fetchLocale:kk"));
    assert_eq!(text(&q(&m.root, "#oberih-title").unwrap()), before);
    assert_eq!(select.value(), "en", "the menu shows the language still in use");
    // A language whose messages arrived (the browser build carries only English).
    oberih_app::i18n::add_source("uk", include_str!("../locales/uk/panel.ftl").to_string());
    choose(&select, "uk");
    tick().await;
    let after = text(&q(&m.root, "#oberih-title").unwrap());
    assert_ne!(before, after);
    assert_eq!(q(&m.root, "[part=panel]").unwrap().get_attribute("lang").as_deref(), Some("uk"));
    assert!(calls(&m.host).contains("setLang:uk"));
}

#[wasm_bindgen_test]
async fn the_directory_shows_kostanay_services_and_a_webmasters_entries() {
    let services = r#"[{"id": "akimat-line", "name": {"ru": "Линия акимата", "en": "Akimat line"},
        "regions": ["KZ-39"], "contacts": [{"channel": "phone", "display": "8 (7142) 00-00-00", "dial": "+77142000000"}]},
        {"id": "bad", "name": "Bad", "contacts": [{"channel": "website", "display": "x", "dial": "javascript:alert(1)"}]}]"#;
    let m = opened(Some("KZ"), Some("KZ-39"), "ru", Some(services)).await;
    // Home: the second choice is the directory.
    click(&all(&m.root, "[part=choice]")[1]);
    tick().await;
    let list = text(&q(&m.root, ".directory").unwrap());
    assert!(list.contains("52-68-19"), "Kostanay's inspector line: {list}");
    assert!(list.contains("Линия акимата"), "the webmaster's entry, in Russian");
    // The region's own services come under its name, right after the emergency numbers.
    let heads = all(&m.root, ".directory h3.group");
    let first = text(&heads[0]);
    assert!(first.contains("Kostanay") || first.contains("Костанай"), "{first}");
    let region_list = text(&q(&m.root, ".directory h3.group + ul.services").unwrap());
    assert!(region_list.contains("52-68-19") && region_list.contains("Линия акимата"), "{region_list}");
    let hrefs: Vec<String> = all(&m.root, ".directory ul.services a").iter().filter_map(|a| a.get_attribute("href")).collect();
    assert!(hrefs.iter().all(|h| h.starts_with("tel:") || h.starts_with("sms:") || h.starts_with("https:")), "{hrefs:?}");
    // Choosing the whole country hides the regional ones.
    let select: web_sys::HtmlSelectElement = q(&m.root, "select.region").unwrap().unchecked_into();
    choose(&select, "");
    tick().await;
    assert!(!text(&q(&m.root, ".directory").unwrap()).contains("52-68-19"));
}

/// Every visible text of the panel, in the pseudo-locale, must be pseudo: plain English means a text that
/// does not come from Fluent. Numbers, contact names and the language menu are data, not messages.
#[wasm_bindgen_test]
async fn in_the_pseudo_locale_every_text_comes_from_fluent() {
    assert!(
        option_env!("OBERIH_PSEUDO").is_some() && oberih_app::i18n::is_supported("en-XA"),
        "run the component tests with OBERIH_PSEUDO=1 (./dev test does) so the demo's pseudo-locale is built in"
    );
    let m = opened(Some("UA"), Some("UA-30"), "en-XA", None).await;
    let plain = js_sys::RegExp::new("[A-Za-z]{2,}", "");
    let check = |view: &str| {
        let walker = web_sys::window().unwrap().document().unwrap().create_tree_walker_with_what_to_show(&m.root, 4).unwrap();
        let mut bad = Vec::new();
        while let Some(node) = walker.next_node().unwrap() {
            let t = node.text_content().unwrap_or_default();
            let parent = node.parent_element().unwrap();
            if parent.closest("option[lang], .number, .contact, style").unwrap().is_some() {
                continue;
            }
            if plain.test(&t) {
                bad.push(t);
            }
        }
        assert!(bad.is_empty(), "{view}: text not from Fluent: {bad:?}");
    };
    check("home");
    click(&all(&m.root, "[part=choice]")[0]);
    tick().await;
    check("flow start");
    let topics = all(&m.root, ".flow [part=choice]").len();
    for i in 0..topics {
        click(&all(&m.root, ".flow [part=choice]")[i]);
        tick().await;
        check(&format!("topic {}", i + 1));
        click(&q(&m.root, "[part=back]").unwrap());
        tick().await;
    }
    click(&q(&m.root, "[part=back]").unwrap());
    tick().await;
    click(&all(&m.root, "[part=choice]")[1]);
    tick().await;
    check("directory");
}
