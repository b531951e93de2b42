//! Component tests of the help panel, in headless Chromium (wasm-bindgen-test): mounted into a shadow root
//! the way the embed script does, with a stand-in for the script's host object.
#![cfg(target_arch = "wasm32")]
use oberih_app::content::{self, FLOW};
use oberih_app::flow::Flow;
use oberih_app::{mount, prepare, Host, Widget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
// A stand-in for the embed script's side (src/exit/oberih.js and panel-start.js), doing what the visitor would
// see: the panel's styles are applied, the widget's exit is there (over the panel's corner, where the panel
// would cover it unless it is raised to the top layer, as kit.raise does), it follows the panel's language
// (kit.label), and a language's messages arrive only if the page serves them.
// The exit's labels as locales/*/exit.ftl has them (`exit-button`); the real raise() is tested end to end (exit.test.mjs).
const LABELS = { en: 'Exit now', uk: 'Швидкий вихід', kk: 'Тез шығу', ru: 'Быстрый выход' };
export function makeHost(root, country, region, lang, services, locales) {
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.style.cssText = 'position:fixed;inset:auto 40px 40px auto;overflow:visible;z-index:2147483644;margin:0;padding:0;border:0;background:#a4161a';
  const exit = bar.appendChild(document.createElement('a'));
  exit.className = 'exit';
  exit.href = '#';
  exit.style.cssText = 'display:block;min-width:44px;min-height:44px;color:#fff';
  exit.lang = lang;
  exit.textContent = LABELS[lang] || LABELS.en;
  root.appendChild(bar);
  return {
    country, region, lang, services, exit, inline: false,
    setLang(l) { exit.lang = l; exit.textContent = LABELS[l] || LABELS.en; },
    style(css) {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([s]);
    },
    raise() {
      if (!bar.hasAttribute('popover')) bar.setAttribute('popover', 'manual');
      if (bar.matches(':popover-open')) bar.hidePopover();
      bar.showPopover();
    },
    focusExit() { exit.focus(); },
    fetchLocale(code, done) { done(locales && locales[code]); },
  };
}
export function exitOf(host) { return host.exit; }
// Whether the visitor sees `el` at its centre: nothing of the page or the panel is drawn over it.
export function onTop(root, el) {
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) return false;
  const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === el || el.contains(hit));
}
// Whether `el` at its centre is covered by `cover` (so the check above can fail where it should).
export function covers(root, cover, el) {
  const r = el.getBoundingClientRect(), c = cover.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  return x > c.left && x < c.right && y > c.top && y < c.bottom;
}
")]
extern "C" {
    #[wasm_bindgen(js_name = makeHost)]
    fn make_host(
        root: &ShadowRoot,
        country: Option<String>,
        region: Option<String>,
        lang: &str,
        services: Option<String>,
        locales: &JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = exitOf)]
    fn exit_of(host: &JsValue) -> Element;
    #[wasm_bindgen(js_name = onTop)]
    fn on_top(root: &ShadowRoot, el: &Element) -> bool;
    fn covers(root: &ShadowRoot, cover: &Element, el: &Element) -> bool;
}

const ENGLISH: [&str; 4] = [
    include_str!("../locales/en/exit.ftl"),
    include_str!("../locales/en/flow.ftl"),
    include_str!("../locales/en/panel.ftl"),
    include_str!("../locales/en/services.ftl"),
];

struct Mounted {
    root: ShadowRoot,
    host: JsValue,
    widget: Widget,
}

impl Mounted {
    /// The widget's exit (the embed script's, in the stand-in).
    fn exit(&self) -> Element {
        exit_of(&self.host)
    }
}

fn setup(country: Option<&str>, region: Option<&str>, lang: &str, services: Option<&str>) -> Mounted {
    setup_with(country, region, lang, services, &JsValue::UNDEFINED)
}

/// `locales`: an object of language code to Fluent text, the messages the page can serve.
fn setup_with(country: Option<&str>, region: Option<&str>, lang: &str, services: Option<&str>, locales: &JsValue) -> Mounted {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    let root = el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.append_child(&container).unwrap();
    let host = make_host(&root, country.map(Into::into), region.map(Into::into), lang, services.map(Into::into), locales);
    let host_ref: &Host = host.unchecked_ref();
    // The browser build carries no messages: English arrives as the embed script fetches it (see panel-start.js).
    if !oberih_app::i18n::is_loaded("en") {
        for text in ENGLISH {
            oberih_app::i18n::add_source("en", text.to_string());
        }
    }
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
    // The open panel covers the corner where the exit is, yet the visitor sees the exit there, on top.
    assert!(covers(&m.root, &panel, &m.exit()), "the stand-in's exit lies under the panel");
    assert!(on_top(&m.root, &m.exit()), "the exit is raised above the open panel");
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
    // The page serves Ukrainian messages and not Kazakh ones (the browser build carries none).
    let locales = js_sys::Object::new();
    js_sys::Reflect::set(&locales, &"uk".into(), &include_str!("../locales/uk/panel.ftl").into()).unwrap();
    let m = setup_with(Some("UA"), None, "en", None, &locales);
    m.widget.open();
    tick().await;
    let before = text(&q(&m.root, "#oberih-title").unwrap());
    let exit_before = text(&m.exit());
    let select: web_sys::HtmlSelectElement = q(&m.root, "select.lang").unwrap().unchecked_into();
    // A language whose messages cannot be fetched: the panel, the menu and the exit stay as they are.
    choose(&select, "kk");
    tick().await;
    assert_eq!(text(&q(&m.root, "#oberih-title").unwrap()), before);
    assert_eq!(select.value(), "en", "the menu shows the language still in use");
    assert_eq!(q(&m.root, "[part=panel]").unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!((text(&m.exit()), m.exit().get_attribute("lang")), (exit_before.clone(), Some("en".into())), "the exit keeps its language");
    // A language whose messages arrive: the panel and the exit switch to it.
    choose(&select, "uk");
    tick().await;
    let after = text(&q(&m.root, "#oberih-title").unwrap());
    assert_ne!(before, after);
    assert_eq!(after, oberih_app::i18n::tr("uk", "panel-title"), "the Ukrainian title");
    assert_eq!(select.value(), "uk");
    assert_eq!(q(&m.root, "[part=panel]").unwrap().get_attribute("lang").as_deref(), Some("uk"));
    assert_eq!(m.exit().get_attribute("lang").as_deref(), Some("uk"), "the exit follows the panel's language");
    assert_ne!(text(&m.exit()), exit_before, "the exit is relabelled");
}

#[wasm_bindgen_test]
async fn the_directory_shows_a_webmasters_entries_under_their_region() {
    let services = r#"[{"id": "akimat-line", "name": {"ru": "Линия акимата", "en": "Akimat line"},
        "regions": ["KZ-39"], "contacts": [{"channel": "phone", "display": "8 (7142) 00-00-00", "dial": "+77142000000"}]},
        {"id": "bad", "name": "Bad", "contacts": [{"channel": "website", "display": "x", "dial": "javascript:alert(1)"}]}]"#;
    let m = opened(Some("KZ"), Some("KZ-39"), "ru", Some(services)).await;
    // Home: the second choice is the directory.
    click(&all(&m.root, "[part=choice]")[1]);
    tick().await;
    let list = text(&q(&m.root, ".directory").unwrap());
    assert!(list.contains("Линия акимата"), "the webmaster's entry, in Russian: {list}");
    // The region's own services come under its name, right after the emergency numbers.
    let heads = all(&m.root, ".directory h3.group");
    let first = text(&heads[0]);
    assert!(first.contains("Kostanay") || first.contains("Костанай"), "{first}");
    let region_list = text(&q(&m.root, ".directory h3.group + ul.services").unwrap());
    assert!(region_list.contains("Линия акимата") && region_list.contains("8 (7142) 00-00-00"), "{region_list}");
    let hrefs: Vec<String> = all(&m.root, ".directory ul.services a").iter().filter_map(|a| a.get_attribute("href")).collect();
    assert!(hrefs.iter().all(|h| h.starts_with("tel:") || h.starts_with("sms:") || h.starts_with("https:")), "{hrefs:?}");
    // Choosing the whole country hides the regional ones.
    let select: web_sys::HtmlSelectElement = q(&m.root, "select.region").unwrap().unchecked_into();
    choose(&select, "");
    tick().await;
    assert!(!text(&q(&m.root, ".directory").unwrap()).contains("Линия акимата"));
}

/// Plain English in a view of the pseudo-locale: the texts that do not come from Fluent. Numbers, contact
/// names and the language menu are data, not messages.
fn not_from_fluent(root: &ShadowRoot) -> Vec<String> {
    let plain = js_sys::RegExp::new("[A-Za-z]{2,}", "");
    let walker = web_sys::window().unwrap().document().unwrap().create_tree_walker_with_what_to_show(root, 4).unwrap();
    let mut bad = Vec::new();
    while let Some(node) = walker.next_node().unwrap() {
        let t = node.text_content().unwrap_or_default();
        let parent = node.parent_element().unwrap();
        // The stand-in's exit is the embed script's (its labels are tested there), not the panel's.
        if parent.closest("option[lang], .number, .contact, style, .bar").unwrap().is_some() {
            continue;
        }
        if plain.test(&t) {
            bad.push(t);
        }
    }
    bad
}

/// Every path from the start to each step of the flow, as the answers to follow, for this country.
fn flow_paths(country: Option<&'static str>) -> Vec<Vec<&'static str>> {
    let mut paths: Vec<Vec<&'static str>> = vec![vec![]];
    let mut seen = vec![oberih_app::flow::START];
    let mut i = 0;
    while i < paths.len() {
        let mut f = Flow::new(country);
        for step in &paths[i] {
            assert!(f.choose(step));
        }
        for c in f.choices() {
            if !seen.contains(&c.next) {
                seen.push(c.next);
                let mut p = paths[i].clone();
                p.push(c.next);
                paths.push(p);
            }
        }
        i += 1;
    }
    paths
}

/// Every text of every view of the panel, in the pseudo-locale, must be pseudo: home, each step of the
/// flow tree (as content/flow.toml defines it), the directory with each filter, for each supported country
/// and for an unknown one (the 112-only view).
#[wasm_bindgen_test]
async fn in_the_pseudo_locale_every_text_comes_from_fluent() {
    assert!(
        option_env!("OBERIH_PSEUDO").is_some() && oberih_app::i18n::is_supported("en-XA"),
        "run the component tests with OBERIH_PSEUDO=1 (./dev test does) so the demo's pseudo-locale is built in"
    );
    let tr = |id| oberih_app::i18n::tr("en-XA", id);
    let mut visited = 0;
    for (country, region) in [(Some("UA"), Some("UA-30")), (Some("KZ"), Some("KZ-39")), (Some("XX"), None)] {
        let m = opened(country, region, "en-XA", None).await;
        let check = |view: &str| {
            let bad = not_from_fluent(&m.root);
            assert!(bad.is_empty(), "{country:?}, {view}: text not from Fluent: {bad:?}");
        };
        let known = country.and_then(|c| content::country(c)).map(|c| c.code);
        if known.is_none() {
            let calls: Vec<String> = all(&m.root, ".now a.call").iter().filter_map(|a| a.get_attribute("href")).collect();
            assert_eq!(calls, ["tel:112"], "an unknown country: 112 only");
        }
        check("home");
        click(&all(&m.root, "[part=choice]")[0]);
        tick().await;
        let paths = flow_paths(known);
        let mut steps = Vec::new();
        for path in &paths {
            // From the start, answer by answer, as a visitor would.
            let restart = q(&m.root, ".flow .restart").unwrap();
            if !restart.has_attribute("hidden") {
                click(&restart);
                tick().await;
            }
            let mut f = Flow::new(known);
            for next in path {
                let index = f.choices().position(|c| c.next == *next).unwrap();
                let buttons = all(&m.root, ".flow [part=choice]");
                assert_eq!(buttons.len(), f.choices().count(), "{country:?} at {}: the answers shown", f.current().id);
                click(&buttons[index]);
                tick().await;
                f.choose(next);
            }
            let id = f.current().id;
            assert_eq!(text(&q(&m.root, ".step-title").unwrap()), tr(f.current().title), "{country:?}: at {id}");
            assert_eq!(all(&m.root, ".flow [part=choice]").len(), f.choices().count(), "{country:?} at {id}: the answers shown");
            check(&format!("flow step {id}"));
            steps.push(id);
        }
        assert_eq!(steps.len(), FLOW.len(), "{country:?}: every step of the flow visited: {steps:?}");
        visited += steps.len();
        // Back to the start, then home, then the directory.
        let restart = q(&m.root, ".flow .restart").unwrap();
        if !restart.has_attribute("hidden") {
            click(&restart);
            tick().await;
        }
        click(&q(&m.root, "[part=back]").unwrap());
        tick().await;
        click(&all(&m.root, "[part=choice]")[1]);
        tick().await;
        assert!(q(&m.root, ".directory").is_some(), "{country:?}: the directory");
        check("directory");
        if known.is_some() {
            for (i, filter) in all(&m.root, ".directory .filter").iter().enumerate() {
                click(filter);
                tick().await;
                check(&format!("directory, filter {}", i + 1));
            }
            let select: web_sys::HtmlSelectElement = q(&m.root, "select.region").unwrap().unchecked_into();
            choose(&select, "");
            tick().await;
            check("directory, whole country");
        } else {
            assert!(q(&m.root, ".directory .services").is_none(), "an unknown country has no directory");
        }
    }
    web_sys::console::log_1(&format!("pseudo-locale: {visited} flow steps checked").into());
}

#[wasm_bindgen_test]
async fn reset_closes_the_panel_and_forgets_the_visit() {
    // What the embed script calls on `pagehide` (and on a `pageshow` from the back/forward cache).
    let m = opened(Some("UA"), None, "en", None).await;
    click(&all(&m.root, ".home [part=choice]")[0]);
    tick().await;
    click(&all(&m.root, ".flow [part=choice]")[3]);
    tick().await;
    let boxes = all(&m.root, ".checklist input");
    assert!(!boxes.is_empty(), "the safety plan has a checklist");
    click(&boxes[0]);
    assert_eq!(all(&m.root, "input:checked").len(), 1, "one item ticked");
    m.widget.reset();
    tick().await;
    let panel = q(&m.root, "[part=panel]").unwrap();
    assert!(panel.has_attribute("hidden"), "closed");
    assert_eq!(all(&m.root, "input:checked").len(), 0, "the ticks are gone");
    assert!(q(&m.root, ".flow").is_none(), "no step left in the page");
    m.widget.open();
    tick().await;
    assert!(q(&m.root, ".home").is_some(), "opened again, it starts at home");
    assert!(q(&m.root, ".flow").is_none());
}
