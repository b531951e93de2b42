//! `cargo xtask <command>`: Oberih's build and maintenance commands.
//!   loader [--out FILE]   write the embed script (dist/oberih.js; Trunk runs this after each build)
//!   stale [--months N]    sources two years old or more, national lines a year old or more, entries checked
//!                         N (12) or more months ago; fails on a date that is not real or in the future
//!   coverage              regional services per region and role, and the regions with none (markdown)
mod content;
mod coverage;
mod loader;
mod stale;

use std::path::PathBuf;
use std::process::ExitCode;

/// The repository root (this crate lives in `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask has a parent folder").to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("loader") => loader::run(&args[1..]),
        Some("stale") => stale::run(&args[1..]),
        Some("coverage") => coverage::run(&args[1..]),
        _ => Err("usage: cargo xtask loader [--out FILE] | stale [--months N] | coverage".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
