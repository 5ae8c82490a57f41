//! The article model shared by the build-time ingest and the page.
//!
//! Every seed file becomes exactly one [`Article`], however broken it is; what
//! went wrong is recorded in [`Article::problems`] so the page can mark it.

use serde::{Deserialize, Serialize};
mod block;
mod figure;
mod passage;
mod problem;

pub use block::{address_shown, Block, BlockKind, EmbedKind};
pub use figure::{Figure, FigureKind, Qualifier};
pub use passage::{CopyOf, PassageCluster, PassageMember, Passages, SharedWith, VariantSet};
pub use problem::{Problem, ProblemKind, Warning};

/// Everything the page knows about the corpus, embedded at build time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// One entry per seed file, ordered by id (the file name).
    pub articles: Vec<Article>,
    /// Problems that belong to no single article (e.g. a bad line in the metadata file).
    pub notes: Vec<Warning>,
    /// Every word of every article, sorted, each once; [`Article::word_counts`] index into it.
    /// Filled in by the build-time word segmentation; empty if it did not run. In the page, only
    /// the words the embedded keywords name (see `embed`).
    #[serde(default)]
    pub vocabulary: Vec<String>,
    /// Each article's cut into words, as the char lengths of the segmenter's tokens covering its
    /// text ([`crate::words::tokens`]). Build time only, never serialized: the build writes it
    /// apart, as `tokens.bin`, for the word tools.
    #[serde(skip)]
    pub cut_lengths: Vec<Vec<u32>>,
    /// What the page calls itself and suggests: the curator's `explorer.toml`, else derived.
    #[serde(default)]
    pub site: crate::site::Site,
}

impl Corpus {
    /// Every warning of the build: each article's problems that need a curator (not the
    /// [`ProblemKind::is_info`] notes), then the corpus notes. The build prints these.
    pub fn warnings(&self) -> Vec<Warning> {
        self.problem_lines(false).chain(self.notes.iter().cloned()).collect()
    }

    /// The build's information notes: each article's [`ProblemKind::is_info`] problems (e.g. an
    /// embedded video kept as a link). Nothing to fix, so the build does not print them; the
    /// page lists them apart from the warnings.
    pub fn infos(&self) -> Vec<Warning> {
        self.problem_lines(true).collect()
    }

    fn problem_lines(&self, info: bool) -> impl Iterator<Item = Warning> + '_ {
        self.articles.iter().flat_map(move |a| {
            a.problems
                .iter()
                .filter(move |p| p.kind.is_info() == info)
                .map(|p| Warning {
                    file: a.file.clone(),
                    message: p.to_string(),
                })
        })
    }

    /// The article with this id, if any.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Total length of all article texts, in characters.
    pub fn total_chars(&self) -> usize {
        self.articles.iter().map(|a| a.char_count).sum()
    }

    /// The word at a vocabulary index (as stored in [`Article::word_counts`]).
    pub fn word(&self, index: u32) -> Option<&str> {
        self.vocabulary.get(index as usize).map(String::as_str)
    }

    /// The vocabulary index of a word (already normalised: Latin in lower case), if any article uses it.
    pub fn word_index(&self, word: &str) -> Option<u32> {
        self.vocabulary
            .binary_search_by(|w| w.as_str().cmp(word))
            .ok()
            .map(|i| i as u32)
    }

    /// The filter help's examples: the site's example words, the first named source and the
    /// first author without spaces (a field query stops at a space).
    pub fn help_examples(&self) -> crate::site::HelpExamples {
        let source = self.articles.iter().map(|a| &a.source).find(|s| !s.is_unknown());
        let mut authors = self.articles.iter().filter_map(|a| a.author.as_deref());
        let author = authors.find(|a| !a.contains(char::is_whitespace));
        self.site.help_examples(source.map(|s| s.key.as_str()), author)
    }

    /// How many words (occurrences, not distinct words) all articles have together.
    pub fn word_total(&self) -> u64 {
        self.articles.iter().map(Article::word_total).sum()
    }
}

/// One article, as clean text plus the metadata the list and reader show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id, from the file name without its extension; used in links.
    pub id: String,
    /// The seed's file name, relative to the seeds folder.
    pub file: String,
    /// Which seed format the file was read as.
    pub format: Format,
    /// The headline.
    pub title: String,
    /// When the article was published, if the file or the curator says.
    pub date: Option<DateStamp>,
    /// The platform this copy came from.
    pub source: Source,
    /// The author, where the file or the curator names one.
    pub author: Option<String>,
    /// Who published the article (a news site, a journal, a WeChat account), where the front
    /// matter (`outlet:`) or the curator names one: a platform ([`Article::source`]) often
    /// carries copies of several outlets' articles.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Link to the original page, if known.
    pub url: Option<String>,
    /// A short summary: the file's own, else the opening of the text.
    pub summary: String,
    /// The clean plain text: blocks separated by blank lines, no markup.
    pub text: String,
    /// The text's structure, as byte ranges into [`Article::text`].
    pub blocks: Vec<Block>,
    /// Length of [`Article::text`] in characters (not bytes).
    pub char_count: usize,
    /// What was wrong with the seed file; empty for a clean file.
    pub problems: Vec<Problem>,
    /// How often each word occurs in [`Article::text`]: (index into [`Corpus::vocabulary`], count),
    /// sorted by index. Stop words, punctuation and plain numbers are not counted. Build time
    /// only: empty in the page, which reads keywords computed from them (see `embed`).
    #[serde(default)]
    pub word_counts: Vec<(u32, u32)>,
    /// The numeric claims in [`Article::text`], in text order, see [`crate::compare::figures`].
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// The article's place (0 first) among the corpus's articles in title order: natural, by
    /// pinyin for Chinese (the rule is in `ingest::title_order::rank_titles`). Computed at
    /// build time, so the page sorts by title without the pinyin tables; 0 until ranked.
    #[serde(default)]
    pub title_rank: u32,
}

impl Article {
    /// The text of one block.
    pub fn block_text(&self, block: &Block) -> &str {
        &self.text[block.range.clone()]
    }

    /// How many words (occurrences) the article has, as counted in [`Article::word_counts`].
    pub fn word_total(&self) -> u64 {
        self.word_counts.iter().map(|&(_, n)| u64::from(n)).sum()
    }

    /// How often the word at a vocabulary index occurs in this article.
    pub fn word_count(&self, index: u32) -> u32 {
        self.word_counts
            .binary_search_by_key(&index, |&(i, _)| i)
            .map_or(0, |pos| self.word_counts[pos].1)
    }
}

/// The seed formats the ingest understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// Markdown, with or without YAML front matter.
    Markdown,
    /// Plain text, title on the first line.
    PlainText,
    /// An archived web page (or any HTML).
    Html,
}

impl Format {
    /// A short English name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::PlainText => "plain text",
            Format::Html => "HTML",
        }
    }
}

/// A point in time with the time zone it was stated in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateStamp {
    /// Seconds since the Unix epoch, for sorting.
    pub epoch_seconds: i64,
    /// The time zone's offset from UTC in minutes (480 for China Standard Time).
    pub offset_minutes: i32,
    /// Whether a time of day is known, or only the day.
    pub has_time: bool,
    /// Ready-to-show local form, e.g. `2025-02-08 21:14 UTC+8` or `2025-02-12`.
    pub display: String,
    /// ISO 8601 form for machines, e.g. `2025-02-08T21:14:46+08:00`.
    pub iso: String,
}

impl DateStamp {
    /// The calendar day where the article was published, `YYYY-MM-DD` (the start of
    /// [`DateStamp::display`]), for labels that show only the day.
    pub fn day(&self) -> &str {
        self.display.get(..10).unwrap_or(&self.display)
    }
}

/// The platform an article copy came from, with its human names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable key used for grouping and filtering, e.g. `qq`.
    pub key: String,
    /// Chinese name, e.g. 腾讯新闻.
    pub zh: String,
    /// English name, e.g. Tencent News.
    pub en: String,
}

impl Source {
    /// The source of an article nobody could attribute.
    pub fn unknown() -> Self {
        Source {
            key: "unknown".into(),
            zh: "来源未知".into(),
            en: "Unknown source".into(),
        }
    }

    /// Whether this is [`Source::unknown`].
    pub fn is_unknown(&self) -> bool {
        self.key == "unknown"
    }
}

/// A figure's text lives in its article: these read it there.
impl Figure {
    /// The matched text, e.g. `5890亿美元`; empty if `article` is not the one it came from.
    pub fn text<'a>(&self, article: &'a Article) -> &'a str {
        article.text.get(self.range.clone()).unwrap_or("")
    }

    /// The sentence the figure occurs in; empty if `article` is not the one it came from.
    pub fn sentence_text<'a>(&self, article: &'a Article) -> &'a str {
        article.text.get(self.sentence.clone()).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_stamp_s_day_is_the_start_of_its_display() {
        let mut d = crate::test_support::date(0);
        d.display = "2025-02-08 21:14 UTC+8".into();
        assert_eq!(d.day(), "2025-02-08");
        d.display = "2025-02-12".into();
        assert_eq!(d.day(), "2025-02-12");
    }

    fn article(file: &str, problems: Vec<Problem>) -> Article {
        Article {
            file: file.into(),
            title: "t".into(),
            text: "一二三".into(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                range: 0..9,
                link: None,
            }],
            char_count: 3,
            problems,
            ..crate::test_support::article(file)
        }
    }

    #[test]
    fn warnings_name_the_file_and_the_problem() {
        let corpus = Corpus {
            articles: vec![article(
                "bad.txt",
                vec![Problem {
                    kind: ProblemKind::Empty,
                    detail: "the file has no article text".into(),
                }],
            )],
            notes: vec![Warning {
                file: "metadata.csv".into(),
                message: "line 3: no seed named x.txt".into(),
            }],
            ..Corpus::default()
        };
        let shown: Vec<String> = corpus.warnings().iter().map(|w| w.to_string()).collect();
        assert_eq!(
            shown,
            [
                "seeds/bad.txt: no text: the file has no article text",
                "seeds/metadata.csv: line 3: no seed named x.txt"
            ]
        );
    }

    #[test]
    fn info_problems_are_not_warnings() {
        let embed = Problem {
            kind: ProblemKind::Embed,
            detail: "embedded video kept as a link".into(),
        };
        let corpus = Corpus {
            articles: vec![article("v.md", vec![embed])],
            ..Corpus::default()
        };
        assert!(corpus.warnings().is_empty());
        assert_eq!(
            corpus.infos()[0].to_string(),
            "seeds/v.md: embed kept as a link: embedded video kept as a link"
        );
        assert!(!ProblemKind::ActiveContent.is_info());
    }

    #[test]
    fn an_embed_block_carries_its_kind_and_address() {
        let b = Block {
            kind: BlockKind::Embed(EmbedKind::Video),
            range: 3..3,
            link: Some("https://v.qq.com/x/page/abc.html".into()),
        };
        assert_eq!(b.embed(), Some((EmbedKind::Video, "https://v.qq.com/x/page/abc.html")));
        assert_eq!(address_shown(b.link.as_deref().unwrap()), "v.qq.com/x/page/abc.html");
        assert_eq!(article("a.txt", vec![]).blocks[0].embed(), None);
    }

    #[test]
    fn block_text_slices_the_article_text() {
        let a = article("a.txt", vec![]);
        assert_eq!(a.block_text(&a.blocks[0]), "一二三");
        assert_eq!(a.char_count, 3);
    }
}
