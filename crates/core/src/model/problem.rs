//! What went wrong with a seed file or the seeds folder: the build prints it, the page marks it.

use serde::{Deserialize, Serialize};

/// A warning about one file, printed by the build and listed by the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The file the warning is about, relative to the seeds folder.
    pub file: String,
    /// What is wrong and what was done about it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "seeds/{}: {}", self.file, self.message)
    }
}

/// Something wrong with one seed file. The article is still listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// What kind of problem, for the page's badge.
    pub kind: ProblemKind,
    /// Details a curator can act on.
    pub detail: String,
}

/// The kinds of problem a seed can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    /// The YAML front matter could not be read.
    BrokenFrontMatter,
    /// The bytes are not valid UTF-8.
    NotUtf8,
    /// The file looks like binary data, not text.
    Binary,
    /// No article text was found.
    Empty,
    /// Scripts, event handlers or other active content were found and removed.
    ActiveContent,
    /// The file is larger than the ingest keeps; the rest was cut.
    TooLarge,
    /// A value in the file or the metadata file could not be used.
    BadMetadata,
    /// The markup is too broken or deeply nested to keep its structure; its text was kept.
    BadMarkup,
    /// A harmless embed (a video player, an audio file) was kept as a plain link. Information,
    /// not a warning (see [`ProblemKind::is_info`]).
    Embed,
}

impl ProblemKind {
    /// A short label for the page's badge.
    pub fn label(self) -> &'static str {
        match self {
            ProblemKind::BrokenFrontMatter => "broken front matter",
            ProblemKind::NotUtf8 => "not UTF-8",
            ProblemKind::Binary => "binary file",
            ProblemKind::Empty => "no text",
            ProblemKind::ActiveContent => "active content removed",
            ProblemKind::TooLarge => "too large, cut",
            ProblemKind::BadMetadata => "bad metadata",
            ProblemKind::BadMarkup => "broken markup",
            ProblemKind::Embed => "embed kept as a link",
        }
    }

    /// Whether this is only information for the reader (nothing is wrong with the file), so
    /// the build does not warn about it: see [`Corpus::infos`].
    pub fn is_info(self) -> bool {
        matches!(self, ProblemKind::Embed)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.label(), self.detail)
    }
}
