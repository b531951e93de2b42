//! The help panel's views. Thin: what to show comes from `flow`, `directory`, `config` and `i18n`.
//! All state lives in signals (memory only): no storage, no history entries, no URL or title changes.
//! No element is wholly static: `view!` builds a static subtree from an HTML string (`innerHTML`), which
//! pages enforcing Trusted Types refuse. So a static text or attribute is written as a block (`{"×"}`), and
//! `tests/e2e/trust.test.mjs` walks the panel on such a page.
use crate::config::{Config, Severity};
use crate::content::{BlockKind, Channel, Country, Hours, Service};
use crate::{custom, directory};
use crate::flow::Flow;
use crate::i18n::{self, tr};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, KeyboardEvent};

const CSS: &str = include_str!("panel.css");

#[wasm_bindgen]
extern "C" {
    /// What the page offers the panel (see src/loader/panel.js, `host`).
    #[derive(Clone)]
    pub type Host;
    #[wasm_bindgen(method, getter)]
    fn country(this: &Host) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn region(this: &Host) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn lang(this: &Host) -> String;
    /// The text of the host page's `<script type="application/json" data-oberih-services>`, if any.
    #[wasm_bindgen(method, getter)]
    fn services(this: &Host) -> Option<String>;
    /// Fetches a language's messages and calls `done` with the text, or with undefined on failure.
    #[wasm_bindgen(method, js_name = fetchLocale)]
    fn fetch_locale(this: &Host, code: &str, done: &JsValue);
    /// `mode="inline"`: the panel shows in place in the page's content, always open, without a launcher.
    #[wasm_bindgen(method, getter)]
    fn inline(this: &Host) -> bool;
    /// The panel's language changed: relabel the exit.
    #[wasm_bindgen(method, js_name = setLang)]
    fn set_lang(this: &Host, lang: &str);
    /// Adds the panel's styles to the shadow root (constructable stylesheet: allowed under a strict CSP).
    #[wasm_bindgen(method)]
    fn style(this: &Host, css: &str);
    /// Puts the exit back above everything (after the panel opens in the top layer).
    #[wasm_bindgen(method)]
    fn raise(this: &Host);
    #[wasm_bindgen(method, js_name = focusExit)]
    fn focus_exit(this: &Host);
}

/// The embed script's host object of one mount (each inline panel has its own). Not Send: stored locally.
type HostRef = StoredValue<Host, leptos::reactive::owner::LocalStorage>;

/// A mounted panel, handed back to the embed script for `Oberih.open()` and `Oberih.close()`.
#[wasm_bindgen]
pub struct Widget {
    open: RwSignal<bool>,
}

#[wasm_bindgen]
impl Widget {
    pub fn open(&self) {
        self.open.set(true);
    }
    pub fn close(&self) {
        self.open.set(false);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Home,
    Flow,
    Directory,
}

/// The heavy half of the start, in a task of its own before `mount`, so that no single task is long: adds
/// the panel's styles and parses the messages of the host's language (fetched while the wasm loaded;
/// English is built in).
#[wasm_bindgen]
pub fn prepare(h: &Host, messages: Option<String>) {
    h.style(CSS);
    let lang = h.lang();
    if let (false, Some(text)) = (i18n::is_loaded(&lang), messages) {
        i18n::add_source(&lang, text);
    }
    i18n::has(&lang, "panel-launcher"); // parses the language's messages now, not when the launcher is shown
}

/// Mounts the panel into `container` (inside the widget's shadow root), after `prepare`.
#[wasm_bindgen]
pub fn mount(container: HtmlElement, h: Host) -> Widget {
    let (config, problems) = Config::from_raw(h.country().as_deref(), h.region().as_deref());
    for p in problems {
        let msg = JsValue::from_str(&p.message);
        match p.severity {
            Severity::Error => web_sys::console::error_1(&msg),
            Severity::Warning => web_sys::console::warn_1(&msg),
        }
    }
    let custom = match h.services() {
        Some(text) => {
            let (ok, errors) = custom::parse(&text, config.country);
            for e in errors {
                web_sys::console::error_1(&JsValue::from_str(&e));
            }
            ok
        }
        None => vec![],
    };
    // Built once per page and kept for its lifetime, like the built-in data.
    let services: &'static [&'static Service] = match config.country {
        Some(c) => Box::leak(directory::all(c, &custom).into_boxed_slice()),
        None => &[],
    };
    let lang = i18n::languages().find(|l| *l == h.lang()).unwrap_or(i18n::REFERENCE);
    #[cfg(oberih_demo)]
    i18n::on_missing(|lang, id| {
        web_sys::console::info_1(&JsValue::from_str(&format!("Oberih (demo): \"{id}\" is missing in locales/{lang}/; showing English.")));
    });
    let inline = h.inline();
    let open = RwSignal::new(inline);
    leptos::mount::mount_to(container, move || {
        let host: HostRef = StoredValue::new_local(h);
        view! { <App config services lang open inline host/> }
    })
    .forget();
    Widget { open }
}

#[component]
fn App(
    config: Config,
    services: &'static [&'static Service],
    lang: &'static str,
    open: RwSignal<bool>,
    inline: bool,
    host: HostRef,
) -> impl IntoView {
    let lang = RwSignal::new(lang);
    let country = config.country;
    let region = RwSignal::new(config.region);
    let page = RwSignal::new(Page::Home);
    let flow = RwSignal::new(Flow::new(country.map(|c| c.code)));
    let launcher = NodeRef::<leptos::html::Button>::new();
    let panel = NodeRef::<leptos::html::Div>::new();

    let opened = RwSignal::new(false);
    // Opening moves focus into the panel; closing returns it to the launcher.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open {
            opened.set(true);
            // An inline panel is part of the page: it neither moves focus nor needs raising.
            if !inline {
                host.with_value(|h| h.raise());
                if let Some(p) = panel.get() {
                    let _ = p.focus();
                }
            }
        } else if was_open == Some(true) {
            if let Some(l) = launcher.get() {
                let _ = l.focus();
            }
        }
        is_open
    });

    let on_keydown = move |ev: KeyboardEvent| {
        if inline {
            return;
        }
        if ev.key() == "Escape" {
            ev.prevent_default();
            open.set(false);
        } else if ev.key() == "Tab" {
            trap_focus(&ev, panel, host);
        }
    };

    view! {
        <button
            part="launcher"
            class="launcher"
            node_ref=launcher
            aria-haspopup="dialog"
            aria-expanded=move || open.get().to_string()
            hidden=move || open.get()
            on:click=move |_| open.set(true)
        >
            {msg(lang, "panel-launcher")}
        </button>
        <div
            part="panel"
            class=if inline { "panel inline" } else { "panel" }
            role=if inline { "region" } else { "dialog" }
            aria-modal=(!inline).then_some("true")
            aria-labelledby="oberih-title"
            tabindex="-1"
            lang=move || lang.get()
            hidden=move || !open.get()
            node_ref=panel
            on:keydown=on_keydown
        >
            // Built on first open, not at start: the host page's start-up pays only for the launcher.
            {move || opened.get().then(|| view! {
                <div class="head">
                    <h2 id="oberih-title" class="title">{msg(lang, "panel-title")}</h2>
                    <LanguageSwitcher lang host/>
                    {(!inline).then(|| view! {
                        <button part="close" class="close" on:click=move |_| open.set(false)>
                            <span aria-hidden="true">{"×"}</span>
                            <span class="sr">{msg(lang, "panel-close")}</span>
                        </button>
                    })}
                </div>
                <div class="body">
                    <EmergencyNow country services region lang/>
                    {move || match page.get() {
                        Page::Home => view! { <Home page lang/> }.into_any(),
                        Page::Flow => view! { <FlowView flow page country services region lang/> }.into_any(),
                        Page::Directory => view! { <DirectoryView country services region page lang/> }.into_any(),
                    }}
                    <p class="honest">{msg(lang, "panel-honest-history")}</p>
                </div>
            }.into_any())}
        </div>
    }
}

/// A message that follows the language. One function, so one closure type for every message in the panel:
/// each distinct closure would add its own copy of the rendering code to the wasm.
fn msg(lang: RwSignal<&'static str>, id: &'static str) -> impl IntoView + Clone {
    move || tr(lang.get(), id)
}

/// Built-in or webmaster text that follows the language (see `msg`).
fn text(lang: RwSignal<&'static str>, t: crate::content::Text) -> impl IntoView + Clone {
    move || i18n::text(lang.get(), t)
}

/// Keeps Tab inside the open panel, with the exit as the one way out of it (the exit stays reachable).
fn trap_focus(ev: &KeyboardEvent, panel: NodeRef<leptos::html::Div>, host: HostRef) {
    let Some(p) = panel.get() else { return };
    let Ok(list) = p.query_selector_all("a[href],button:not([hidden]),select,input,[tabindex='0']") else { return };
    let len = list.length();
    if len == 0 {
        return;
    }
    let root = p.get_root_node();
    let active = root.dyn_ref::<web_sys::ShadowRoot>().and_then(|r| r.active_element());
    let first = list.item(0);
    let last = list.item(len - 1);
    let is = |n: &Option<web_sys::Node>| match (n, &active) {
        (Some(n), Some(a)) => n.is_same_node(Some(a.unchecked_ref())),
        _ => false,
    };
    if !ev.shift_key() && is(&last) {
        ev.prevent_default();
        host.with_value(|h| h.focus_exit());
    } else if ev.shift_key() && (is(&first) || active.as_ref().is_some_and(|a| a.is_same_node(Some(p.unchecked_ref())))) {
        ev.prevent_default();
        host.with_value(|h| h.focus_exit());
    }
}

#[component]
fn LanguageSwitcher(lang: RwSignal<&'static str>, host: HostRef) -> AnyView {
    let switch = move |code: &'static str| {
        lang.set(code);
        host.with_value(|h| h.set_lang(code));
    };
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let Some(code) = i18n::languages().find(|c| *c == v) else { return };
        if i18n::is_loaded(code) {
            switch(code);
            return;
        }
        // Fetch that language's messages from the widget's own origin, then switch; on failure stay.
        let select: web_sys::HtmlSelectElement = event_target(&ev);
        let done = Closure::once_into_js(move |text: Option<String>| match text {
            Some(t) => {
                i18n::add_source(code, t);
                switch(code);
            }
            None => select.set_value(lang.get_untracked()),
        });
        host.with_value(|h| h.fetch_locale(code, &done));
    };
    view! {
        <label class="sr" for="oberih-lang">{msg(lang, "panel-language")}</label>
        <select id="oberih-lang" class="lang" on:change=on_change>
            {i18n::languages()
                .map(|code| view! {
                    <option value=code lang=code selected=move || lang.get() == code>{i18n::native_name(code)}</option>
                }.into_any())
                .collect_view()}
        </select>
    }
    .into_any()
}

/// Police, ambulance, 112 and the domestic-violence line: on every view, one tap away.
#[component]
fn EmergencyNow(
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    view! {
        <section class="now" aria-labelledby="oberih-now">
            <h3 id="oberih-now">{msg(lang, "panel-now-title")}</h3>
            {move || match country {
                Some(_) => view! {
                    <ul class="calls">
                        {directory::first_view(services, region.get()).into_iter().map(|s| view! { <CallButton service=s lang/> }.into_any()).collect_view()}
                    </ul>
                }.into_any(),
                None => view! {
                    <ul class="calls">
                        <li>
                            <a class="call" href=format!("tel:{}", directory::INTERNATIONAL_EMERGENCY)>
                                <span class="name">{msg(lang, "panel-emergency-international")}</span>
                                <span class="number">{directory::INTERNATIONAL_EMERGENCY}</span>
                            </a>
                        </li>
                    </ul>
                }.into_any(),
            }}
            <p class="note">{msg(lang, "panel-call-log-note")}</p>
        </section>
    }
    .into_any()
}

/// A big call button: the service's first phone contact, with "24/7" and "free" where true.
#[component]
fn CallButton(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    // A phone number if the service has one; else its first other contact (a chat bot, a website).
    let contact = service
        .contacts
        .iter()
        .find(|c| c.channel == Channel::Phone && directory::href(c).is_some())
        .or_else(|| service.contacts.iter().find(|c| directory::href(c).is_some()));
    let href = contact.and_then(directory::href);
    let web = href.as_deref().is_some_and(|h| h.starts_with("https:"));
    let app = contact.is_some_and(|c| matches!(c.channel, Channel::Telegram | Channel::Viber));
    view! {
        <li>
            <a class="call" href=href rel=web.then_some("noreferrer") target=web.then_some("_blank")>
                <span class="name">{text(lang, service.name)}</span>
                <span class="number">{contact.map(|p| p.display)}</span>
                <Badges service lang/>
            </a>
            {app.then(|| view! { <p class="note">{msg(lang, "panel-app-history-note")}</p> })}
        </li>
    }
    .into_any()
}

#[component]
fn Badges(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <span class="badges">
            {(service.hours == Hours::Always).then(|| view! { <span class="badge">{msg(lang, "panel-badge-always")}</span> })}
            {(service.free == Some(true)).then(|| view! { <span class="badge">{msg(lang, "panel-badge-free")}</span> })}
        </span>
    }
    .into_any()
}

#[component]
fn Home(page: RwSignal<Page>, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <section class="home">
            <p>{msg(lang, "panel-home-intro")}</p>
            <div class="choices">
                <button part="choice" class="choice" on:click=move |_| page.set(Page::Flow)>
                    {msg(lang, "panel-home-guide")}
                </button>
                <button part="choice" class="choice" on:click=move |_| page.set(Page::Directory)>
                    {msg(lang, "panel-home-directory")}
                </button>
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn FlowView(
    flow: RwSignal<Flow>,
    page: RwSignal<Page>,
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    let heading = NodeRef::<leptos::html::H3>::new();
    let moved = RwSignal::new(false);
    // A new step: its heading takes focus, so screen readers announce it and keyboard users start there.
    Effect::new(move |_| {
        flow.with(|f| f.depth());
        if moved.get_untracked() {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
    });
    let go = move |next: &'static str| {
        moved.set(true);
        flow.update(|f| {
            f.choose(next);
        });
    };
    view! {
        <section class="flow">
            <div class="flownav">
                <button part="back" class="back" on:click=move |_| {
                    moved.set(true);
                    if !flow.try_update(|f| f.back()).unwrap_or(false) {
                        page.set(Page::Home);
                    }
                }>
                    {msg(lang, "panel-back")}
                </button>
                <button class="restart" hidden=move || flow.with(|f| f.at_start()) on:click=move |_| {
                    moved.set(true);
                    flow.update(|f| f.restart());
                }>
                    {msg(lang, "panel-restart")}
                </button>
                <span class="progress">
                    {move || {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("step", flow.with(|f| f.depth()));
                        i18n::tr_args(lang.get(), "panel-step", Some(&args))
                    }}
                </span>
            </div>
            <h3 class="step-title" tabindex="-1" node_ref=heading>
                {move || tr(lang.get(), flow.with(|f| f.current().title))}
            </h3>
            {move || {
                let f = flow.get();
                let blocks: Vec<_> = f.blocks().collect();
                blocks.into_iter().map(|b| block_view(&b.kind, country, services, region, lang)).collect_view()
            }}
            <div class="choices">
                {move || {
                    let f = flow.get();
                    let choices: Vec<_> = f.choices().collect();
                    choices.into_iter().map(|c| view! {
                        <button part="choice" class="choice" on:click=move |_| go(c.next)>
                            {msg(lang, c.label)}
                        </button>
                    }.into_any()).collect_view()
                }}
            </div>
        </section>
    }
    .into_any()
}

fn block_view(
    kind: &'static BlockKind,
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    match kind {
        BlockKind::Text(id) => view! { <p>{msg(lang, id)}</p> }.into_any(),
        BlockKind::Fact { text, source, .. } => view! {
            <p class="fact">
                {msg(lang, text)}
                {source.map(|s| view! { " " <a class="source" href=s rel="noreferrer" target="_blank">{msg(lang, "panel-source")}</a> })}
            </p>
        }
        .into_any(),
        BlockKind::List(items) => view! {
            <ul class="list">{items.iter().map(|id| view! { <li>{msg(lang, id)}</li> }.into_any()).collect_view()}</ul>
        }
        .into_any(),
        BlockKind::Checklist(items) => view! {
            <ul class="checklist">
                {items.iter().map(|id| view! {
                    <li><label><input type={"checkbox"}/>" "{msg(lang, id)}</label></li>
                }.into_any()).collect_view()}
            </ul>
        }
        .into_any(),
        BlockKind::Call(roles) => match country {
            Some(_) => view! {
                <ul class="calls">
                    {move || directory::calls(services, region.get(), roles).into_iter().map(|s| view! { <CallButton service=s lang/> }.into_any()).collect_view()}
                </ul>
            }
            .into_any(),
            None => view! {
                <ul class="calls"><li><a class="call" href=format!("tel:{}", directory::INTERNATIONAL_EMERGENCY)><span class="number">{directory::INTERNATIONAL_EMERGENCY}</span></a></li></ul>
            }
            .into_any(),
        },
    }
}

#[component]
fn DirectoryView(
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    page: RwSignal<Page>,
    lang: RwSignal<&'static str>,
) -> impl IntoView {
    let audience = RwSignal::new(None::<&'static str>);
    let Some(c) = country else {
        return view! {
            <section class="directory">
                <button part="back" class="back" on:click=move |_| page.set(Page::Home)>{msg(lang, "panel-back")}</button>
                <p>{msg(lang, "panel-directory-unknown-country")}</p>
            </section>
        }
        .into_any();
    };
    let on_region = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        region.set(c.regions.iter().find(|r| r.code == v).map(|r| r.code));
    };
    let audiences: [(Option<&'static str>, &'static str); 4] = [
        (None, "panel-filter-all"),
        (Some("women"), "panel-filter-women"),
        (Some("children"), "panel-filter-children"),
        (Some("witnesses"), "panel-filter-witnesses"),
    ];
    view! {
        <section class="directory">
            <button part="back" class="back" on:click=move |_| page.set(Page::Home)>{msg(lang, "panel-back")}</button>
            <h3>{msg(lang, "panel-directory-title")}</h3>
            <label class="field">
                <span>{msg(lang, "panel-region")}</span>
                <select class="region" on:change=on_region>
                    <option value="" selected=move || region.get().is_none()>{msg(lang, "panel-region-whole-country")}</option>
                    {c.regions.iter().map(|r| view! {
                        <option value=r.code selected=move || region.get() == Some(r.code)>{msg(lang, r.name)}</option>
                    }.into_any()).collect_view()}
                </select>
            </label>
            <div class="filters" role="group" aria-label=move || tr(lang.get(), "panel-filter-label")>
                {audiences.into_iter().map(|(a, label)| view! {
                    <button class="filter" aria-pressed=move || (audience.get() == a).to_string() on:click=move |_| audience.set(a)>
                        {msg(lang, label)}
                    </button>
                }.into_any()).collect_view()}
            </div>
            // The emergency numbers; the region's own services under its name; the site's; the national ones.
            {move || {
                let d = directory::sections(c, services, region.get(), audience.get());
                let mut parts: Vec<AnyView> = Vec::new();
                cards(&mut parts, d.emergency, lang);
                if let Some(r) = d.region {
                    parts.push(para(lang, "group", r.name, true));
                    if r.occupied {
                        parts.push(para(lang, "occupied", "panel-region-occupied", false));
                    }
                    if !d.region_has_own {
                        parts.push(para(lang, "note", "panel-region-none", false));
                    }
                    cards(&mut parts, d.regional, lang);
                }
                for (heading, list) in [("panel-directory-site", d.site), ("panel-directory-national", d.national)] {
                    if !list.is_empty() {
                        parts.push(para(lang, "group", heading, true));
                        cards(&mut parts, list, lang);
                    }
                }
                parts
            }}
        </section>
    }
    .into_any()
}

/// A list of service cards, unless there are none.
fn cards(parts: &mut Vec<AnyView>, list: Vec<&'static Service>, lang: RwSignal<&'static str>) {
    if !list.is_empty() {
        parts.push(view! { <ul class="services">{list.into_iter().map(|s| view! { <ServiceCard service=s lang/> }.into_any()).collect_view()}</ul> }.into_any());
    }
}

/// A group's heading (an h3) or a paragraph, of one message.
fn para(lang: RwSignal<&'static str>, class: &'static str, id: &'static str, heading: bool) -> AnyView {
    if heading {
        view! { <h3 class=class>{msg(lang, id)}</h3> }.into_any()
    } else {
        view! { <p class=class>{msg(lang, id)}</p> }.into_any()
    }
}

#[component]
fn ServiceCard(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <li class="service">
            <h4>{text(lang, service.name)}</h4>
            <p>{text(lang, service.description)}</p>
            <Badges service lang/>
            {match service.hours {
                Hours::Schedule(t) => Some(view! { <p class="hours">{text(lang, t)}</p> }),
                _ => None,
            }}
            <ul class="contacts">
                {service.contacts.iter().filter_map(|c| directory::href(c).map(|href| (c, href))).map(|(c, href)| {
                    let app = matches!(c.channel, Channel::Telegram | Channel::Viber);
                    let web = !matches!(c.channel, Channel::Phone | Channel::Sms | Channel::TextDialogue) || href.starts_with("https:");
                    view! {
                        <li>
                            <a class="contact" href=href rel=web.then_some("noreferrer") target=web.then_some("_blank")>
                                {c.display}
                            </a>
                            {c.note.map(|n| view! { " " <span class="note">{text(lang, n)}</span> })}
                            {app.then(|| view! { <span class="note">{msg(lang, "panel-app-history-note")}</span> })}
                        </li>
                    }
                }.into_any()).collect_view()}
            </ul>
        </li>
    }
    .into_any()
}
