//! `cargo xtask <command>`: Oberih's build and maintenance commands.
//!   loader [--out FILE]   write the embed script (dist/oberih.js; Trunk runs this after each build)
//!   stale [--months N]    sources two years old or more, national lines a year old or more, entries checked
//!                         N (12) or more months ago; fails on a date that is not real or in the future
//!   coverage              regional services per region and role, and the regions with none (markdown)
//!   content               the language list and every country's file as oberih-data reads them (JSON),
//!                         so the browser tests expect exactly what the build read
mod content;
mod coverage;
mod loader;
mod stale;

use std::path::PathBuf;
use std::process::ExitCode;

/// The checkout this command runs in: the one whose `cargo run` started it (cargo sets CARGO_MANIFEST_DIR
/// to this crate's folder at run time), else the nearest folder above the current one that holds `xtask/`.
/// Never the path compiled into the binary: clones that share a target folder share this binary too.
pub fn root() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
        if let Some(parent) = PathBuf::from(dir).parent() {
            return parent.to_path_buf();
        }
    }
    let here = std::env::current_dir().expect("a current folder");
    here.ancestors().find(|d| d.join("xtask/Cargo.toml").is_file()).unwrap_or(&here).to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("loader") => loader::run(&args[1..]),
        Some("stale") => stale::run(&args[1..]),
        Some("coverage") => coverage::run(&args[1..]),
        Some("content") if args.len() == 1 => content::json().map(|j| println!("{j}")),
        _ => Err("usage: cargo xtask loader [--out FILE] | stale [--months N] | coverage | content".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
