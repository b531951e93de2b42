//! The build reads the checkout it runs in, never the one its binary was compiled in (two clones sharing a
//! target folder share the xtask binary). A copy of the inputs with another exit label must give that label.
use std::{fs, path::Path, process::Command};

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_embed_script_comes_from_the_checkout_it_runs_in() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let other = std::env::temp_dir().join(format!("oberih-other-clone-{}", std::process::id()));
    let _ = fs::remove_dir_all(&other);
    for dir in ["locales", "content", "src/exit", "xtask"] {
        if dir == "xtask" {
            fs::create_dir_all(other.join("xtask")).unwrap();
            fs::copy(repo.join("xtask/Cargo.toml"), other.join("xtask/Cargo.toml")).unwrap();
        } else {
            copy(&repo.join(dir), &other.join(dir));
        }
    }
    fs::copy(repo.join("Cargo.toml"), other.join("Cargo.toml")).unwrap();
    let exit = other.join("locales/en/exit.ftl");
    let text = fs::read_to_string(&exit).unwrap();
    assert!(text.contains("exit-button = "), "locales/en/exit.ftl names exit-button");
    let changed: String = text
        .lines()
        .map(|l| if l.starts_with("exit-button = ") { "exit-button = Leave this other clone".to_string() } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&exit, changed + "\n").unwrap();

    // As `cargo run` in the other clone starts it, and as a plain run from inside that clone.
    for with_env in [true, false] {
        let out = other.join("oberih.js");
        let _ = fs::remove_file(&out);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
        cmd.current_dir(other.join("content")).args(["loader", "--out"]).arg(&out);
        if with_env {
            cmd.env("CARGO_MANIFEST_DIR", other.join("xtask"));
        } else {
            cmd.env_remove("CARGO_MANIFEST_DIR");
        }
        let status = cmd.status().unwrap();
        assert!(status.success(), "xtask loader ran (with CARGO_MANIFEST_DIR: {with_env})");
        let js = fs::read_to_string(&out).unwrap();
        assert!(js.contains("Leave this other clone"), "the label of the clone it ran in (with CARGO_MANIFEST_DIR: {with_env})");
    }
    fs::remove_dir_all(&other).unwrap();
}
