//! Full-text search over the corpus: query language, matching, ranking, snippets, concordance.
//!
//! ```
//! use explorer_core::search::{Query, SearchDoc, SearchIndex};
//! let index = SearchIndex::from_docs([SearchDoc {
//!     title: "Wikipedia彰显开放精神",
//!     text: "开源如何打破 “算力霸权”\n\nWikipedia的模型蒸馏",
//!     author: Some("刘天栋"),
//!     source: ["qq", "腾讯新闻", "Tencent News"],
//!     date: None,
//! }]);
//! let results = index.search(&Query::parse("開源 wikipedia -source:科技导报"));
//! assert_eq!(results.len(), 1);
//! assert_eq!(results[0].hits.len(), 2); // 开源 and Wikipedia in the text
//! ```
//!
//! # Query language
//!
//! | you type | it finds articles |
//! |---|---|
//! | `开源 蒸馏` | with both 开源 and 蒸馏 (in the text or the title) |
//! | `开源 \| 蒸馏`, `开源\|蒸馏`, `开源 OR 蒸馏` | with either (`OR` in capitals; `\|` binds tighter than the space: `a b \| c` is a and (b or c)) |
//! | `开源 -蒸馏` | with 开源 and without 蒸馏 |
//! | `"Scaling Law"` | with that phrase; quotes may be straight, full-width or typographic (`“…”`, `「…」`) |
//! | `title:开源`, `标题:开源` | with 开源 in the title |
//! | `author:李国杰`, `作者:李国杰` | by an author whose name contains 李国杰 |
//! | `source:qq`, `source:腾讯`, `source:tencent`, `来源:科技导报` | from a source whose key, Chinese or English name contains it |
//! | `-source:qq`, `-title:"AI 发展"` | fields can be negated and take phrases |
//!
//! Field names ignore case and take `:` or `：`. Parsing never fails: an unclosed quote runs
//! to the end (`"open ai` is the phrase `open ai`), an unknown field is literal text
//! (`foo:bar`, `争议焦点：模型蒸馏`), a lone `-`, `|` or `OR` and a field with nothing after
//! it (`title:`) are ignored, a `-` or quote inside a word is literal (`GPT-4`, `的“iPhone`).
//! A query with no terms matches every article.
//!
//! # Matching
//!
//! Text and terms are normalized the same way ([`normalize_term`]), then a term matches
//! wherever it occurs as a substring:
//! - Chinese matches anywhere, single characters included: `排序` finds 快速排序, `段简`
//!   finds 一段简短;
//! - case, width and compatibility forms are folded (NFKC, lower case): `Wikipedia`,
//!   `wikipedia` and `Ｗｉｋｉｐｅｄｉａ` are one word, `（AI）` equals `(ai)`, `１７％` equals `17%`;
//! - traditional characters are simplified one by one: `開源` finds 开源, `國際` finds 国际;
//! - typographic quotes equal straight ones: `“iPhone”` equals `"iPhone"`, `「」` equals `""`,
//!   `‘’` and `『』` equal `''`;
//! - whitespace only counts between two Latin (Greek, Cyrillic, …) letters or digits, as a
//!   single space: `标志性事件` finds 标志性 事件 and `"标志性 事件"` finds 标志性事件, and
//!   `Wikipedia引发` finds Wikipedia 引发, but `"open ai"` does not find OpenAI (search
//!   `OpenAI | "Open AI"` for both);
//! - a term starting with a Latin letter or digit only matches at the start of a word:
//!   `ai` finds AI发展 and (AI) but not OpenAI; `wiki` finds Wikipedia; `17%` finds 暴跌17%
//!   but not 2017%;
//! - invisible characters (zero-width spaces, soft hyphens, …) are ignored;
//! - no match spans two blocks (paragraphs, headings).
//!
//! Hits are byte ranges into [`crate::model::Article::text`], on char boundaries, covering
//! exactly the original characters (a stray space inside a hit is covered; a hit never
//! starts or ends on one).
//!
//! # Ranking
//!
//! BM25 over each positive plain term's occurrences in the text, normalized by the text's
//! length in characters, plus a bonus per term found in the title (worth a text saturated
//! with the term); `title:` terms count as title hits. [`sort_results`] also orders by date
//! (undated last), hit count or length.
//!
//! # Speed
//!
//! [`SearchIndex::new`] normalizes every text once (natively about 50 ns a character: 2 ms
//! for the seeds, 0.2 s for 10 MB) and is serializable, so a build could ship it ready-made.
//! A query first checks which articles contain each term (skipping articles that lack one of
//! its characters, stopping at the first occurrence), then collects every occurrence in the
//! matching articles only, with `memchr`'s SIMD substring search; see `benches/search.rs`.
//!
//! # Modules
//!
//! From the bottom up (each uses only those above it): `hit` (the result types
//! [`Hit`], [`SearchResult`]), `reorder` (the move-once sort), `fold` (the character fold
//! table), `matcher` (substring finders), `normalize` (text and terms folded the same way,
//! with the map back to the original bytes), `query` (the query language), `positions`
//! (the character-position index), `score` (BM25), `index` ([`SearchIndex`]: the normalized
//! articles), `evaluate` (finding a query's terms, then scoring: [`SearchIndex::search`],
//! [`QueryMatches`]), `rank` (result orders), `snippet`, `concordance`, `stats`; `synthetic`
//! (feature `ingest`) makes large test corpora.

mod concordance;
mod evaluate;
mod fold;
#[cfg(any(test, feature = "ingest"))]
mod fold_encode;
#[cfg(feature = "ingest")]
mod fold_prune;
mod hit;
mod index;
mod matcher;
mod normalize;
mod positions;
mod query;
mod rank;
mod score;
mod snippet;
mod stats;
#[cfg(feature = "ingest")]
pub mod synthetic;

pub use concordance::{concordance, sort_concordance, ConcordanceLine, ConcordanceOrder, DocTexts};
pub use evaluate::QueryMatches;
pub use fold::install_fold_table;
#[cfg(feature = "ingest")]
pub(crate) use fold::{Folded, Folder};
#[cfg(feature = "ingest")]
pub use fold_prune::{corpus_fold_table, pruned_fold_table};
pub use hit::{Hit, SearchResult};
pub use index::{SearchDoc, SearchIndex, SearchIndexBuilder};
pub use normalize::{normalize_term, NormalizedText};
pub use query::{Field, Query, Term};
pub use rank::{sort_results, ResultOrder};
pub(crate) use score::best_first;
pub use snippet::{kwic, snippets, Kwic, Snippet};
pub use stats::SourceTally;
