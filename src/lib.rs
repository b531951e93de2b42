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
