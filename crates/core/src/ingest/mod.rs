//! Build-time ingest: a folder of seed files in, one [`Corpus`] out.
//!
//! Which files are articles is decided by [`walk`]: every regular file under the
//! folder (subfolders included, in name order, symbolic links followed) that is not
//! hidden (name starting with `.`) and not a curator file ([`METADATA_FILE`], [`site_file::SITE_FILE`], [`corpus_words::WORDS_FILE`]) becomes exactly one
//! article, whatever its state; what was wrong with it is recorded on the article
//! (and printed by the build). A file or folder reached twice (a link back to a
//! parent folder, or to a file or folder already listed) is read once, under its own
//! name; a link out of the folder is read, with a note naming its target; broken
//! links, named pipes, sockets and devices are skipped without being opened. Each
//! skipped entry gets one warning in [`Corpus::notes`]. Only a problem with the
//! folder itself (missing, or a real folder in it unreadable) is an error.
//!
//! Formats, decided per file by [`detect::detect_format`]:
//! - Markdown with optional YAML front matter and a trailing `[label](url)` source link;
//! - plain text with the title on the first line;
//! - HTML, including archived pages with a timestamp comment, a title link and an archive card.
//!
//! A curator corrects or adds metadata in [`METADATA_FILE`], see [`metadata_file`], and names
//! the site in [`site_file::SITE_FILE`]. The segmenter keeps whole the names the corpus carries
//! (outlets, authors, sources) and the curator's words ([`corpus_words`]).

pub mod corpus_words;
mod dates;
mod decode;
mod detect;
mod front_matter;
mod html;
mod markdown;
pub mod metadata_file;
pub mod parallel;
mod plain;
pub mod segment;
pub mod site_file;
pub mod stop_words;
mod text;
pub mod title_order;
pub mod walk;
pub mod word_counts;

use crate::model::{Article, Corpus, DateStamp, Format, Problem, ProblemKind, Source, Warning};
use std::fmt;
use std::path::{Path, PathBuf};
use text::TextBuilder;

/// The name of the curator's metadata file inside the seeds folder; it is not an article.
pub const METADATA_FILE: &str = "metadata.csv";

/// Seeds larger than this many bytes are cut to this size (with a warning), so one
/// runaway file cannot blow up the page.
pub const MAX_SEED_BYTES: usize = 2 * 1024 * 1024;

/// How long a summary taken from the opening of the text is, in characters.
const SUMMARY_CHARS: usize = 100;

/// A problem with the seeds folder itself, the only kind of input that fails the build.
#[derive(Debug)]
#[non_exhaustive]
pub enum IngestError {
    /// The folder does not exist.
    FolderMissing {
        /// The path that was looked for.
        path: PathBuf,
    },
    /// The folder (or an entry's listing) could not be read.
    FolderUnreadable {
        /// The folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::FolderMissing { path } => write!(
                f,
                "the seeds folder {} does not exist: create it and put the article files \
                 (.md, .txt, .html) in it, then build again",
                path.display()
            ),
            IngestError::FolderUnreadable { path, source } => write!(
                f,
                "the seeds folder {} cannot be read ({source}): check that it is a folder \
                 and that the build may read it",
                path.display()
            ),
        }
    }
}

impl std::error::Error for IngestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            IngestError::FolderUnreadable { source, .. } => Some(source),
            IngestError::FolderMissing { .. } => None,
        }
    }
}

/// Reads every seed file under `folder` ([`walk::seed_files`]: recursively, in name order) into a
/// corpus, applies the curator's [`METADATA_FILE`] if there is one, counts every
/// article's words ([`word_counts`]) and sets the site's identity from the curator's
/// [`site_file::SITE_FILE`] or the corpus. Uses every available core
/// ([`ingest_dir_with`]).
pub fn ingest_dir(folder: &Path) -> Result<Corpus, IngestError> {
    ingest_dir_with(folder, parallel::default_threads())
}

/// [`ingest_dir`] on `threads` threads (at least one; one reads everything on the calling
/// thread). The files are read, parsed and segmented in parallel ([`parallel`]); the corpus
/// is the same, byte for byte, on any number of threads.
pub fn ingest_dir_with(folder: &Path, threads: usize) -> Result<Corpus, IngestError> {
    ingest_dir_keeping_segmenter(folder, threads).map(|(corpus, _)| corpus)
}

/// [`ingest_dir_with`], and the segmenter it cut the words with (the curator's and the
/// corpus's words in its dictionary), for the build to cut the texts again ([`cut_lengths`]).
pub fn ingest_dir_keeping_segmenter(
    folder: &Path,
    threads: usize,
) -> Result<(Corpus, segment::Segmenter), IngestError> {
    let walk::SeedFiles { files, mut notes } = walk::seed_files(folder)?;

    let mut metadata = None;
    let mut site_bytes = None;
    let mut words_file = Vec::new();
    let mut seeds = Vec::with_capacity(files.len());
    for file in files {
        if file.name == METADATA_FILE {
            match std::fs::read(&file.path) {
                Ok(bytes) => metadata = Some(bytes),
                Err(e) => notes.push(Warning {
                    file: file.name,
                    message: format!("cannot be read ({e}); no metadata corrections applied"),
                }),
            }
        } else if file.name == corpus_words::WORDS_FILE {
            match std::fs::read_to_string(&file.path) {
                Ok(text) => words_file = corpus_words::read_words_file(&text),
                Err(e) => notes.push(Warning {
                    file: file.name,
                    message: format!("cannot be read as UTF-8 text ({e}); its words are not added"),
                }),
            }
        } else if file.name == site_file::SITE_FILE {
            match std::fs::read(&file.path) {
                Ok(bytes) => site_bytes = Some(bytes),
                Err(e) => notes.push(Warning {
                    file: file.name,
                    message: format!("cannot be read ({e}); the site's title and examples are derived"),
                }),
            }
        } else {
            seeds.push(file);
        }
    }
    let (curated, site_warning) = site_file::read(site_bytes.as_deref());
    // Loading the segmenter's dictionary takes a while: on several threads it loads while
    // the files are read.
    let new_segmenter = || segment::Segmenter::new(&curated.dictionary);
    let (articles, mut segmenter) = if threads > 1 {
        std::thread::scope(|s| {
            let segmenter = s.spawn(new_segmenter);
            let articles = parallel::map_ordered(&seeds, threads, read_seed);
            match segmenter.join() {
                Ok(segmenter) => (articles, segmenter),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    } else {
        (parallel::map_ordered(&seeds, 1, read_seed), new_segmenter())
    };

    let mut corpus = Corpus {
        articles,
        ..Corpus::default()
    };
    make_ids_unique(&mut corpus.articles);
    if let Some(bytes) = metadata {
        notes.extend(metadata_file::apply(&bytes, &mut corpus.articles));
    }
    notes.extend(site_warning);
    // Names are known only now, after the metadata file: they join the dictionary last.
    segmenter.add_words(&corpus_words::corpus_names(&corpus.articles));
    segmenter.add_words(&words_file);
    word_counts::count_words_with(&mut corpus, &segmenter, threads);
    corpus.site = site_file::site(curated, &corpus, &segmenter);
    corpus.notes = notes;
    title_order::rank_titles(&mut corpus.articles);
    Ok((corpus, segmenter))
}

/// Every article's cut ([`segment::Segmenter::cut_lengths`]), in corpus order, on every
/// available core: what the build stores for the page's corpus tools ([`crate::words::tokens`]).
pub fn cut_lengths(corpus: &Corpus, segmenter: &segment::Segmenter) -> Vec<Vec<u32>> {
    parallel::map_ordered(&corpus.articles, parallel::default_threads(), |a| {
        segmenter.cut_lengths(&a.text)
    })
}

/// One seed file read into an article, or an article saying why it cannot be read.
fn read_seed(seed: &walk::SeedFile) -> Article {
    match std::fs::read(&seed.path) {
        Ok(bytes) => ingest_file(&seed.name, &bytes),
        Err(e) => unreadable_article(&seed.name, &e),
    }
}

/// Everything a format reader found in one file, before defaults are filled in.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub(crate) title: Option<String>,
    pub(crate) date: Option<DateStamp>,
    pub(crate) source: Option<Source>,
    pub(crate) author: Option<String>,
    pub(crate) outlet: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) summary: Option<String>,
    pub(crate) body: TextBuilder,
    pub(crate) problems: Vec<Problem>,
}

/// Reads one seed file (its name relative to the seeds folder, and its bytes) into an article,
/// with its [`Article::figures`]; its word counts need the whole corpus and are left empty
/// (see [`word_counts::count_words`]). Never fails: problems are recorded on the article.
pub fn ingest_file(name: &str, bytes: &[u8]) -> Article {
    let decoded = decode::decode(bytes);
    let mut problems = decoded.problems;
    let format = detect::detect_format(name, &decoded.text);
    let mut draft = match format {
        Format::Markdown => markdown::read(&decoded.text),
        Format::PlainText => plain::read(&decoded.text),
        Format::Html => html::read(&decoded.text),
    };
    problems.append(&mut draft.problems);
    finish(name, format, draft, problems)
}

fn finish(name: &str, format: Format, draft: Draft, mut problems: Vec<Problem>) -> Article {
    let (text, blocks) = draft.body.finish();
    if text.is_empty() && !problems.iter().any(|p| p.kind == ProblemKind::Binary) {
        problems.push(Problem {
            kind: ProblemKind::Empty,
            detail: format!("no article text found (read as {})", format.name()),
        });
    }
    let title = draft
        .title
        .map(|t| text::clean_inline(&html::strip_tags(&t)))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_stem(name).to_string());
    let summary = draft
        .summary
        .map(|s| text::clean_inline(&html::strip_tags(&s)))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| text::opening(&text, &blocks, SUMMARY_CHARS));
    // The readers set a source only where the file names one (see `sources`); an original URL
    // adds one only when it is on a known platform's domain, so no ordinary link invents one.
    let source = draft
        .source
        .or_else(|| {
            let domain = draft.url.as_deref().and_then(crate::sources::domain_of)?;
            crate::sources::platform_for_domain(domain)
        })
        .unwrap_or_else(Source::unknown);
    Article {
        id: make_id(name),
        file: name.to_string(),
        format,
        title,
        date: draft.date,
        source,
        author: draft
            .author
            .map(|a| text::clean_inline(&html::strip_tags(&a)))
            .filter(|a| !a.is_empty()),
        outlet: draft
            .outlet
            .map(|o| text::clean_inline(&html::strip_tags(&o)))
            .filter(|o| !o.is_empty()),
        url: draft.url.filter(|u| is_web_url(u)),
        summary,
        char_count: text.chars().count(),
        figures: crate::compare::figures::extract(&text),
        text,
        blocks,
        problems,
        word_counts: Vec::new(),
        title_rank: 0,
    }
}

fn unreadable_article(name: &str, error: &std::io::Error) -> Article {
    let problems = vec![Problem {
        kind: ProblemKind::Empty,
        detail: format!("the file cannot be read ({error})"),
    }];
    finish(
        name,
        detect::format_from_name(name).unwrap_or(Format::PlainText),
        Draft::default(),
        problems,
    )
}

/// Only plain web links are kept as "original" links; `javascript:`, `data:` and the like never are.
pub(crate) fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

fn file_stem(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    }
}

/// An id that is safe in a URL hash: the file's path without extension, with
/// separators and spaces turned into `-`.
fn make_id(name: &str) -> String {
    let without_ext = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.contains('/') => stem,
        _ => name,
    };
    let id: String = without_ext
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() {
        "article".into()
    } else {
        id
    }
}

fn make_ids_unique(articles: &mut [Article]) {
    let mut seen = std::collections::HashSet::new();
    for a in articles.iter_mut() {
        let mut id = a.id.clone();
        let mut n = 2;
        while !seen.insert(id.clone()) {
            id = format!("{}-{n}", a.id);
            n += 1;
        }
        a.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_file_names() {
        assert_eq!(make_id("000_823bd0b36655b433.txt"), "000_823bd0b36655b433");
        assert_eq!(make_id("sub/My File (1).md"), "sub-My-File--1-");
        assert_eq!(make_id("深度求索 报道.html"), "深度求索-报道");
    }

    #[test]
    fn duplicate_ids_get_a_suffix() {
        let mut v = vec![ingest_file("a.md", b"x"), ingest_file("a.txt", b"y")];
        make_ids_unique(&mut v);
        assert_eq!(v[0].id, "a");
        assert_eq!(v[1].id, "a-2");
    }

    #[test]
    fn only_web_links_count_as_original_urls() {
        assert!(is_web_url("https://new.qq.com/rain/a/1"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("https://x.org/\"onmouseover=1"));
    }

    #[test]
    fn missing_folder_is_an_error_that_says_what_to_do() {
        let err = ingest_dir(Path::new("/no/such/seeds")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("/no/such/seeds") && msg.contains("create it"), "{msg}");
    }
}
