//! No story is built into the code: everything story-specific (the site's title, examples,
//! comparison terms, segmentation words) comes from the seeds folder's `explorer.toml`.
//! Greps the shipped and build-time sources, outside their test modules, for the words of
//! the story the seeds tell.

use std::path::{Path, PathBuf};

/// Words of the seeds' story (DeepSeek, February 2025) that no code may contain.
const STORY_WORDS: &[&str] = &["deepseek", "深度求索", "英伟达", "国运", "梁文锋", "幻方"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The code of a file without its test module (`#[cfg(test)]` and what follows it): test data
/// may quote the seeds.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if path.file_name().is_some_and(|n| n == "test_support.rs") {
        return String::new();
    }
    match text.find("#[cfg(test)]\nmod ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

#[test]
fn no_source_names_the_seeds_story() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["src", "crates/core/src", "assets"] {
        files(&root.join(dir), &mut all);
    }
    for file in [
        "build.rs",
        "index.html",
        "Trunk.toml",
        "scripts/post_build.mjs",
        "crates/core/build.rs",
    ] {
        all.push(root.join(file));
    }
    assert!(all.len() > 100, "the sources were found ({} files)", all.len());
    let mut found = Vec::new();
    for path in &all {
        let code = code(path).to_lowercase();
        for (n, line) in code.lines().enumerate() {
            for word in STORY_WORDS.iter().filter(|w| line.contains(*w)) {
                let shown = path.strip_prefix(root).unwrap_or(path).display();
                found.push(format!("{shown}:{}: {word}", n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "story-specific words in the code (move them to seeds/explorer.toml):\n{}",
        found.join("\n")
    );
}
