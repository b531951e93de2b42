//! `cargo xtask <command>`: Oberih's build and maintenance commands.
//!   loader [--out FILE]   write the embed script (dist/oberih.js; Trunk runs this after each build)
//!   stale [--months N]    list services and facts whose source was checked N (12) or more months ago
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
        _ => Err("usage: cargo xtask loader [--out FILE] | stale [--months N]".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
