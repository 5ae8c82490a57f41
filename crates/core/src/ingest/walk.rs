//! Which files under the seeds folder are articles, and one warning for everything skipped.
//!
//! The folder is walked with [`walkdir`] in name order, following symbolic links, under
//! these rules:
//! - a regular file (or a link to one) is listed, under its path relative to the folder;
//! - a hidden entry (name starting with `.`) is skipped, a hidden folder with all it holds;
//! - a named pipe, socket or device is skipped, judged by its file type alone: it is never
//!   opened, so it can never block the build;
//! - a broken link (or one that cannot be followed) is skipped;
//! - every file and folder is listed once, by its canonical path: a real entry keeps its own
//!   name over any link to it, otherwise the first name in name order wins; so a link back
//!   to a parent folder (a loop) or to a folder or file already listed is not followed;
//! - a link out of the folder is followed, with a note naming its target.
//!
//! Each skipped entry and each link out gets exactly one [`Warning`] naming the entry.

use super::IngestError;
use crate::model::Warning;
use std::collections::HashMap;
use std::fs::FileType;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One seed file to read: its name in the corpus and where to read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedFile {
    /// The path relative to the seeds folder, `/`-separated: the article's `file`.
    pub name: String,
    /// The path to read the bytes from (inside the folder, possibly through links).
    pub path: PathBuf,
}

/// The outcome of walking a seeds folder: the files to read and why anything else was skipped.
#[derive(Debug, Default)]
pub struct SeedFiles {
    /// Every file to read, each once, in name order.
    pub files: Vec<SeedFile>,
    /// One warning per skipped entry or per link out of the folder.
    pub notes: Vec<Warning>,
}

/// Lists the seed files under `folder` by the rules of this module.
///
/// Fails only when the folder is missing or a real folder in it cannot be read.
pub fn seed_files(folder: &Path) -> Result<SeedFiles, IngestError> {
    if !folder.exists() {
        return Err(IngestError::FolderMissing {
            path: folder.to_path_buf(),
        });
    }
    let unreadable = |source| IngestError::FolderUnreadable {
        path: folder.to_path_buf(),
        source,
    };
    // Reading it once gives the operating system's own error for a file or a locked folder.
    std::fs::read_dir(folder).map_err(unreadable)?;
    let root = std::fs::canonicalize(folder).map_err(unreadable)?;
    let mut owners = real_entries(folder, &root);
    let mut out = SeedFiles::default();
    let mut walk = WalkDir::new(folder).follow_links(true).sort_by_file_name().into_iter();
    while let Some(next) = walk.next() {
        let entry = match next {
            Ok(entry) => entry,
            Err(err) => {
                out.notes.push(walk_error(folder, err)?);
                continue;
            }
        };
        if entry.depth() == 0 {
            continue;
        }
        let name = relative_name(folder, entry.path());
        let file_type = entry.file_type();
        let skip = |message: String, out: &mut SeedFiles| {
            out.notes.push(Warning {
                file: name.clone(),
                message,
            })
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            skip(
                "hidden file ignored: names starting with '.' are not articles".into(),
                &mut out,
            );
            if file_type.is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if !file_type.is_file() && !file_type.is_dir() {
            skip(special_file_message(file_type), &mut out);
            continue;
        }
        let canonical = match std::fs::canonicalize(entry.path()) {
            Ok(canonical) => canonical,
            Err(e) => {
                skip(
                    format!("cannot be resolved ({e}); skipped: check the links on its path"),
                    &mut out,
                );
                if file_type.is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
        };
        match owners.get(&canonical) {
            Some(owner) if *owner == name => {}
            Some(owner) => {
                skip(duplicate_message(file_type, entry.path_is_symlink(), owner), &mut out);
                if file_type.is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            None => {
                owners.insert(canonical.clone(), name.clone());
            }
        }
        if entry.path_is_symlink() && !canonical.starts_with(&root) {
            skip(outside_message(file_type, &canonical), &mut out);
        }
        if file_type.is_file() {
            out.files.push(SeedFile {
                name,
                path: entry.into_path(),
            });
        }
    }
    Ok(out)
}

/// The canonical path of every real (not linked, not hidden) folder and file under the
/// folder, with its name: these keep their own names over any link to them.
fn real_entries(folder: &Path, root: &Path) -> HashMap<PathBuf, String> {
    WalkDir::new(folder)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir() || e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(folder).unwrap_or(e.path());
            (root.join(rel), relative_name(folder, e.path()))
        })
        .collect()
}

/// A walk error on an entry becomes a warning (a loop, a broken or unfollowable link);
/// on a real folder it is the build's error.
fn walk_error(folder: &Path, err: walkdir::Error) -> Result<Warning, IngestError> {
    let Some(path) = err.path().map(Path::to_path_buf) else {
        return Err(IngestError::FolderUnreadable {
            path: folder.to_path_buf(),
            source: err.into(),
        });
    };
    let file = relative_name(folder, &path);
    if let Some(ancestor) = err.loop_ancestor() {
        return Ok(Warning {
            file,
            message: format!(
                "link loops back to {} (a folder it is inside): not followed, so nothing \
                 is listed twice; delete the link",
                folder_label(&relative_name(folder, ancestor))
            ),
        });
    }
    let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    if err.depth() == 0 || !is_link {
        return Err(IngestError::FolderUnreadable {
            source: err.into(),
            path,
        });
    }
    let target = std::fs::read_link(&path)
        .map(|t| t.display().to_string())
        .unwrap_or_else(|_| "?".into());
    let message = match err.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => format!(
            "broken link: points to {target}, which does not exist; skipped: fix the link \
             or delete it"
        ),
        Some(io) => format!("link to {target} cannot be followed ({io}); skipped: fix the link or delete it"),
        None => format!("link to {target} cannot be followed ({err}); skipped: fix the link or delete it"),
    };
    Ok(Warning { file, message })
}

/// The name of an entry relative to the seeds folder, `/`-separated on every system.
fn relative_name(folder: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(folder).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// How a folder is named in a message: the seeds folder itself has no relative name.
fn folder_label(name: &str) -> String {
    if name.is_empty() {
        "the seeds folder itself".into()
    } else {
        format!("the folder {name}")
    }
}

/// Why an entry already listed under another name is skipped, naming the kept one.
fn duplicate_message(file_type: FileType, is_link: bool, owner: &str) -> String {
    match (file_type.is_dir(), is_link) {
        (true, true) => format!(
            "link to {}, which is already read: not followed, so nothing is listed twice; \
             delete the link",
            folder_label(owner)
        ),
        (true, false) => format!(
            "the same folder as {owner}, reached through a linked folder: not read twice; \
             delete one of the links"
        ),
        (false, true) => {
            format!("link duplicates the file {owner}: listed once, as {owner}; delete the link")
        }
        (false, false) => format!(
            "the same file as {owner}, reached through a linked folder: listed once, as \
             {owner}; delete one of the links"
        ),
    }
}

/// The note on a link out of the seeds folder, naming its target.
fn outside_message(file_type: FileType, target: &Path) -> String {
    let what = if file_type.is_dir() {
        "the folder's files are read as articles"
    } else {
        "read as an article"
    };
    format!(
        "link points outside the seeds folder, to {}: {what}; copy it into the folder \
         if the seeds should stand alone",
        target.display()
    )
}

/// Why a file that is neither a regular file nor a folder is skipped, by its kind.
fn special_file_message(file_type: FileType) -> String {
    format!(
        "{}, not a regular file: skipped without opening it; delete it, or put the \
         article's text in a regular file",
        special_kind(file_type)
    )
}

#[cfg(unix)]
fn special_kind(file_type: FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe (FIFO)"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() {
        "a block device"
    } else if file_type.is_char_device() {
        "a character device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_file_type: FileType) -> &'static str {
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(listing: &SeedFiles) -> Vec<&str> {
        listing.files.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn files_come_in_name_order_with_subfolders_before_longer_names() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("a")).unwrap();
        fs::write(dir.path().join("a/x.md"), "x").unwrap();
        fs::write(dir.path().join("a.txt"), "t").unwrap();
        fs::write(dir.path().join("B.md"), "b").unwrap();
        let listing = seed_files(dir.path()).unwrap();
        // Today's order: relative paths sorted component by component.
        assert_eq!(names(&listing), ["B.md", "a/x.md", "a.txt"]);
        assert!(listing.notes.is_empty(), "{:?}", listing.notes);
    }

    #[test]
    fn a_hidden_folder_is_one_warning_and_nothing_inside_it() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(".git")).unwrap();
        fs::write(dir.path().join(".git/HEAD"), "ref").unwrap();
        fs::write(dir.path().join("a.md"), "a").unwrap();
        let listing = seed_files(dir.path()).unwrap();
        assert_eq!(names(&listing), ["a.md"]);
        assert_eq!(listing.notes.len(), 1);
        assert_eq!(listing.notes[0].file, ".git");
        assert!(listing.notes[0].message.contains("hidden"));
    }

    #[test]
    fn a_file_instead_of_a_folder_is_an_unreadable_folder() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("seeds");
        fs::write(&file, "not a folder").unwrap();
        let err = seed_files(&file).unwrap_err();
        assert!(matches!(err, IngestError::FolderUnreadable { .. }), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_real_folder_keeps_its_name_over_a_link_that_sorts_first() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("real")).unwrap();
        fs::write(dir.path().join("real/x.md"), "x").unwrap();
        std::os::unix::fs::symlink("real", dir.path().join("alias")).unwrap();
        let listing = seed_files(dir.path()).unwrap();
        assert_eq!(names(&listing), ["real/x.md"]);
        assert_eq!(listing.notes.len(), 1, "{:?}", listing.notes);
        assert_eq!(listing.notes[0].file, "alias");
        assert!(
            listing.notes[0].message.contains("the folder real"),
            "{}",
            listing.notes[0].message
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_real_file_keeps_its_name_over_a_link_that_sorts_first() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("z.md"), "z").unwrap();
        std::os::unix::fs::symlink("z.md", dir.path().join("a.md")).unwrap();
        let listing = seed_files(dir.path()).unwrap();
        assert_eq!(names(&listing), ["z.md"]);
        assert_eq!(listing.notes.len(), 1, "{:?}", listing.notes);
        assert_eq!(listing.notes[0].file, "a.md");
        assert!(listing.notes[0].message.contains("duplicates the file z.md"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_itself_is_one_warning_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("self", dir.path().join("self")).unwrap();
        let listing = seed_files(dir.path()).unwrap();
        assert!(listing.files.is_empty());
        assert_eq!(listing.notes.len(), 1, "{:?}", listing.notes);
        assert!(listing.notes[0].message.contains("cannot be followed"));
    }

    #[cfg(unix)]
    #[test]
    fn two_links_to_one_outside_file_list_it_once_under_the_first_name() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("o.md"), "o").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path().join("o.md"), dir.path().join("b.md")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("o.md"), dir.path().join("c.md")).unwrap();
        let listing = seed_files(dir.path()).unwrap();
        assert_eq!(names(&listing), ["b.md"]);
        let files: Vec<&str> = listing.notes.iter().map(|w| w.file.as_str()).collect();
        assert_eq!(files, ["b.md", "c.md"], "{:?}", listing.notes);
        assert!(listing.notes[0].message.contains("outside"));
        assert!(listing.notes[1].message.contains("duplicates the file b.md"));
    }

    #[test]
    fn names_are_slash_separated_and_the_root_is_named_as_such() {
        let folder = Path::new("seeds");
        assert_eq!(relative_name(folder, &folder.join("a").join("b.md")), "a/b.md");
        assert_eq!(folder_label(&relative_name(folder, folder)), "the seeds folder itself");
    }
}
