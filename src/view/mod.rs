//! The help panel's views, split as the panel is: the shell here (mounting, the panel, its language switch),
//! `home`, `flow_view`, `directory_view`, and the `parts` they share. Thin: what to show comes from `flow`,
//! `directory`, `config` and `i18n`.
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

mod directory_view;
mod flow_view;
mod home;
mod parts;
use directory_view::DirectoryView;
use flow_view::FlowView;
use home::{EmergencyNow, Home};
use parts::*;

const CSS: &str = include_str!("../panel.css");

#[wasm_bindgen]
extern "C" {
    /// What the page offers the panel (see src/exit/panel-start.js, `host`).
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
    /// Puts the exit back above everything (the open panel is `position: fixed` at a z-index just below it;
    /// the exit goes back into the top layer, or after `<body>` without the Popover API).
    #[wasm_bindgen(method)]
    fn raise(this: &Host);
    #[wasm_bindgen(method, js_name = focusExit)]
    fn focus_exit(this: &Host);
}

/// The embed script's host object of one mount (each inline panel has its own). Not Send: stored locally.
type HostRef = StoredValue<Host, leptos::reactive::owner::LocalStorage>;

/// A mounted panel, handed back to the embed script for `Oberih.open()`, `Oberih.close()` and `reset()`.
#[wasm_bindgen]
pub struct Widget {
    s: State,
    host: Host,
}

/// What the visitor did in one panel, all of it in memory: created by `mount` so that `reset` reaches it.
#[derive(Clone, Copy)]
struct State {
    open: RwSignal<bool>,
    /// The panel's content has been built (on first open); dropping it drops the ticks of its checklists.
    opened: RwSignal<bool>,
    lang: RwSignal<&'static str>,
    region: RwSignal<Option<&'static str>>,
    page: RwSignal<Page>,
    flow: RwSignal<Flow>,
    inline: bool,
    first: (&'static str, Option<&'static str>, Option<&'static str>),
}

#[wasm_bindgen]
impl Widget {
    pub fn open(&self) {
        self.s.open.set(true);
    }
    pub fn close(&self) {
        self.s.open.set(false);
    }
    /// The page is hidden (`pagehide`, or restored from the back/forward cache): the panel closes and forgets
    /// the visit (step, ticks, region, language), so Back after the exit never shows it.
    pub fn reset(&self) {
        let s = self.s;
        let (lang, region, country) = s.first;
        s.open.set(s.inline);
        s.opened.set(false);
        s.page.set(Page::Home);
        s.flow.set(Flow::new(country));
        s.region.set(region);
        if s.lang.get_untracked() != lang {
            s.lang.set(lang);
            self.host.set_lang(lang);
        }
        // An inline panel is always open: it is built again, empty, a task later (after the page is restored).
        if s.inline {
            let opened = s.opened;
            set_timeout(move || opened.set(true), std::time::Duration::ZERO);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Home,
    Flow,
    Directory,
}

/// The heavy half of the start, in a task of its own before `mount`, so that no single task is long: adds
/// the panel's styles and parses the messages of the host's language (fetched while the wasm loaded; the
/// browser build carries none, English neither).
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
    let country = config.country.map(|c| c.code);
    let s = State {
        open: RwSignal::new(inline),
        opened: RwSignal::new(false),
        lang: RwSignal::new(lang),
        region: RwSignal::new(config.region),
        page: RwSignal::new(Page::Home),
        flow: RwSignal::new(Flow::new(country)),
        inline,
        first: (lang, config.region, country),
    };
    let keep = h.clone();
    leptos::mount::mount_to(container, move || {
        let host: HostRef = StoredValue::new_local(h);
        view! { <App config services s host/> }
    })
    .forget();
    Widget { s, host: keep }
}

#[component]
fn App(config: Config, services: &'static [&'static Service], s: State, host: HostRef) -> impl IntoView {
    let State { open, opened, lang, region, page, flow, inline, .. } = s;
    let country = config.country;
    let launcher = NodeRef::<leptos::html::Button>::new();
    let panel = NodeRef::<leptos::html::Div>::new();

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
            // No aria-modal: it would hide the exit, outside the panel, from screen readers (VoiceOver); the
            // focus trap below keeps keyboard users in the panel, with the exit as its way out.
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
