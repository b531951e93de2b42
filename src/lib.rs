//! Oberih: quick exit, a guided flow and the right help numbers for people living with domestic violence,
//! embedded in any web page with one script tag.
//!
//! The embed script (`exit/oberih.js`) owns the quick exit and works without this crate. This crate is the
//! help panel: pure logic (configuration, the flow machine, the directory, translations) tested natively,
//! and thin Leptos views, compiled to wasm, that the embed script mounts inside the widget's shadow root.
pub mod channel;
pub mod config;
pub mod content;
pub mod custom;
pub mod directory;
pub mod flow;
pub mod i18n;
pub mod json;

#[cfg(target_arch = "wasm32")]
mod view;
#[cfg(target_arch = "wasm32")]
pub use view::{mount, prepare, Host, Widget};

/// For the demo page's configurator: a webmaster's services block checked by the widget's own code
/// (`custom::verdict`, JSON text), so the form accepts exactly what the widget shows. The panel never calls it;
/// it is in every build so that the demo's files are the release's. Measured 2026-12-06: the export costs the
/// wasm about 470 B brotli (q11) and the glue about 110 B.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check_services(text: &str, country: Option<String>) -> String {
    custom::verdict(text, country.as_deref().and_then(content::country))
}
