//! A curator's seeds folder with everything a walk can trip on, built at test time: a named
//! pipe, a socket, a link back to the root, a broken link, a link out of the folder and a
//! link duplicating a file. The ingest must return (opening the pipe would block forever),
//! list each real file once and give exactly one warning per odd entry, naming it.
#![cfg(all(unix, feature = "ingest"))]

use explorer_core::ingest::ingest_dir;
use explorer_core::model::{Corpus, ProblemKind, Warning};
use std::fs;
use std::os::unix::fs::symlink;
use std::os::unix::net::UnixListener;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// Builds the hostile folder under `base`: returns the seeds folder and the outside file.
fn hostile_folder(base: &Path) -> (std::path::PathBuf, std::path::PathBuf, UnixListener) {
    let seeds = base.join("seeds");
    let outside = base.join("elsewhere");
    fs::create_dir_all(seeds.join("sub")).unwrap();
    fs::create_dir_all(&outside).unwrap();

    fs::write(
        seeds.join("alpha.md"),
        "---\ntitle: Alpha\n---\nThe first real article.\n",
    )
    .unwrap();
    fs::write(
        seeds.join("sub/beta.txt"),
        "Beta\n\nThe second real article, in a subfolder.\n",
    )
    .unwrap();
    let outside_file = outside.join("gamma.txt");
    fs::write(&outside_file, "Gamma\n\nAn article kept outside the seeds folder.\n").unwrap();

    let made = std::process::Command::new("mkfifo")
        .arg(seeds.join("pipe.txt"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo made the pipe");
    let socket = UnixListener::bind(seeds.join("sock")).expect("bind a unix socket in the folder");
    symlink("..", seeds.join("sub/loop")).unwrap();
    symlink("missing.md", seeds.join("dangling.md")).unwrap();
    symlink(&outside_file, seeds.join("outside.txt")).unwrap();
    symlink("alpha.md", seeds.join("copy.md")).unwrap();
    (seeds, outside_file, socket)
}

/// Ingests on another thread, failing (instead of hanging) if it does not return in time.
fn ingest_within_a_minute(seeds: &Path) -> Corpus {
    let (send, receive) = mpsc::channel();
    let folder = seeds.to_path_buf();
    std::thread::spawn(move || drop(send.send(ingest_dir(&folder))));
    receive
        .recv_timeout(Duration::from_secs(60))
        .expect("ingest_dir returns: it must never open the named pipe")
        .expect("the hostile folder is still a readable folder")
}

fn warnings_about<'a>(corpus: &'a Corpus, file: &str) -> Vec<&'a Warning> {
    corpus.notes.iter().filter(|w| w.file == file).collect()
}

/// The one warning about `file`, which must say each of `words`.
fn one_warning(corpus: &Corpus, file: &str, words: &[&str]) {
    let found = warnings_about(corpus, file);
    assert_eq!(found.len(), 1, "one warning about {file}: {:?}", corpus.notes);
    for word in words {
        assert!(
            found[0].message.contains(word),
            "{file}: {:?} says {word}",
            found[0].message
        );
    }
}

#[test]
fn a_hostile_folder_is_walked_once_without_blocking() {
    let base = tempfile::tempdir().unwrap();
    let (seeds, outside_file, _socket) = hostile_folder(base.path());
    let corpus = ingest_within_a_minute(&seeds);

    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(
        files,
        ["alpha.md", "outside.txt", "sub/beta.txt"],
        "each real file exactly once"
    );
    let titles: Vec<&str> = corpus.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Alpha", "Gamma", "Beta"]);
    for article in &corpus.articles {
        assert!(!article.text.is_empty(), "{} has its text", article.file);
        assert!(
            article.problems.iter().all(|p| p.kind != ProblemKind::Empty),
            "no empty article: {:?}",
            article.problems
        );
    }

    one_warning(&corpus, "pipe.txt", &["named pipe", "without opening"]);
    one_warning(&corpus, "sock", &["socket", "without opening"]);
    one_warning(&corpus, "sub/loop", &["loops back", "seeds folder itself"]);
    one_warning(&corpus, "dangling.md", &["broken link", "missing.md", "does not exist"]);
    let target = fs::canonicalize(&outside_file).unwrap();
    one_warning(
        &corpus,
        "outside.txt",
        &["outside the seeds folder", &target.display().to_string()],
    );
    one_warning(&corpus, "copy.md", &["duplicates the file alpha.md"]);
    assert_eq!(corpus.notes.len(), 6, "nothing else is reported: {:?}", corpus.notes);
}

#[test]
fn a_link_to_a_folder_outside_is_read_once_even_when_linked_twice() {
    let base = tempfile::tempdir().unwrap();
    let seeds = base.path().join("seeds");
    let outside = base.path().join("shared");
    fs::create_dir_all(&seeds).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("delta.txt"), "Delta\n\nShared between two links.\n").unwrap();
    symlink(&outside, seeds.join("first")).unwrap();
    symlink(&outside, seeds.join("second")).unwrap();
    let corpus = ingest_within_a_minute(&seeds);

    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(files, ["first/delta.txt"]);
    one_warning(&corpus, "first", &["outside the seeds folder"]);
    one_warning(&corpus, "second", &["already read", "first"]);
    assert_eq!(corpus.notes.len(), 2, "{:?}", corpus.notes);
}
