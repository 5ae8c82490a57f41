//! The corpus the page shows: embedded at compile time (decoded once on first use), or, for a
//! corpus the build wrote as chunks (`cfg(explorer_chunked)`, see build.rs), installed by the
//! loader ([`crate::delivery`]) before the app mounts; and its search index, built once from it.

use explorer_core::compare::groups::GroupBy;
#[cfg(not(explorer_chunked))]
use explorer_core::compare::keyness::keyness_file;
use explorer_core::compare::keyness::{grouping_slot, CompactKeyness, Keyness, GROUPINGS};
use explorer_core::model::{Corpus, PassageCluster};
use explorer_core::search::{SearchIndex, SearchIndexBuilder};
use explorer_core::shared_table::{self, Shares};
use explorer_core::words::{self, corpus_tokens::CorpusTokens};
use include_dir::{include_dir, Dir};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The build's output folder holding the serialized corpus, or the chunked corpus's entry
/// (see build.rs).
pub(crate) static CORPUS_DIR: Dir<'_> = include_dir!("$OUT_DIR/corpus");

/// Hands the search the fold table build.rs pruned to this corpus (`fold_table.bin`): with
/// feature `page-fold-table` (the page, on wasm32) the core ships no table of its own. Call it
/// before anything searches or folds; a second call changes nothing.
pub fn install_fold_table() {
    if let Some(file) = CORPUS_DIR.get_file("fold_table.bin") {
        explorer_core::search::install_fold_table(file.contents());
    }
}

/// The embedded corpus. Decoding happens once; the build guarantees the bytes are valid.
#[cfg(not(explorer_chunked))]
pub fn embedded() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let file = CORPUS_DIR
            .get_file("corpus.packed")
            .expect("build.rs writes corpus.packed");
        let bytes = explorer_core::pack::unpack(file.contents()).expect("build.rs packed this corpus");
        postcard::from_bytes(&bytes).expect("build.rs serialized this corpus with the same types")
    })
}

/// The chunked corpus and its keywords, once the loader has fetched every file.
#[cfg(explorer_chunked)]
static LOADED: OnceLock<(Corpus, Vec<(GroupBy, CompactKeyness)>)> = OnceLock::new();

/// The loaded corpus. The app mounts only after [`install`], so it is always there.
#[cfg(explorer_chunked)]
pub fn embedded() -> &'static Corpus {
    &LOADED.get().expect("the app mounts once the corpus is installed").0
}

/// Hands the page the corpus the loader assembled from its chunks, with the keywords of every
/// useful grouping; a second call is ignored.
#[cfg(explorer_chunked)]
pub fn install(corpus: Corpus, keyness: Vec<(GroupBy, CompactKeyness)>) {
    let _ = LOADED.set((corpus, keyness));
}

/// What the page shows of one article's shared passages, as build.rs decided it
/// ([`explorer_core::shared_table`]). A chunked corpus carries none yet: there it shows none.
pub fn shares(article: usize) -> Shares {
    shared_table::decode(shared_bytes(), article as u32)
}

/// The shared passages' table build.rs wrote (empty where it wrote none).
fn shared_bytes() -> &'static [u8] {
    CORPUS_DIR
        .get_file(shared_table::FILE)
        .map_or(&[][..], |f| f.contents())
}

/// Every shared passage, as build.rs found them ([`shared_table::clusters`]), decoded once:
/// what the comparison's shared-passages section counts. None for a chunked corpus yet.
pub fn passage_clusters() -> &'static [PassageCluster] {
    static CLUSTERS: OnceLock<Vec<PassageCluster>> = OnceLock::new();
    CLUSTERS.get_or_init(|| shared_table::clusters(shared_bytes()))
}

/// The compact keywords of grouping `by`, as build.rs stored them.
#[cfg(not(explorer_chunked))]
fn compact_keyness(by: GroupBy) -> Option<CompactKeyness> {
    let file = CORPUS_DIR.get_file(keyness_file(by))?;
    Some(postcard::from_bytes(file.contents()).expect("build.rs serialized these keywords with the same types"))
}

/// The compact keywords of grouping `by`, as the loader fetched them.
#[cfg(explorer_chunked)]
fn compact_keyness(by: GroupBy) -> Option<CompactKeyness> {
    let (_, keyness) = LOADED.get()?;
    keyness.iter().find(|(b, _)| *b == by).map(|(_, k)| k.clone())
}

/// The articles' language (the site's `lang`, e.g. `zh-CN`), for the `lang` of article text.
pub fn text_lang() -> &'static str {
    embedded().site.lang.as_str()
}

/// The list's order when the URL names none: [`explorer_core::listing::default_sort`] of
/// [`embedded`] (the date if most articles are dated, else the title).
pub fn default_sort() -> explorer_core::listing::SortKey {
    static SORT: OnceLock<explorer_core::listing::SortKey> = OnceLock::new();
    *SORT.get_or_init(|| explorer_core::listing::default_sort(&embedded().articles))
}

/// The comparison's grouping when the URL names none:
/// [`explorer_core::compare::usefulness::default_grouping`] of [`embedded`].
pub fn default_grouping() -> explorer_core::compare::groups::GroupBy {
    static BY: OnceLock<explorer_core::compare::groups::GroupBy> = OnceLock::new();
    *BY.get_or_init(|| explorer_core::compare::usefulness::default_grouping(&embedded().articles))
}

/// The filter help's examples for [`embedded`] ([`Corpus::help_examples`]): made once, not on
/// every keystroke's render of the search box (finding a named source walks the articles).
pub fn help_examples() -> &'static explorer_core::site::HelpExamples {
    static HELP: OnceLock<explorer_core::site::HelpExamples> = OnceLock::new();
    HELP.get_or_init(|| embedded().help_examples())
}

static INDEX: OnceLock<SearchIndex> = OnceLock::new();

thread_local! {
    /// The articles indexed so far by [`index_some`], before the index is complete.
    static PARTIAL: RefCell<SearchIndexBuilder> = RefCell::default();
}

/// The search index over [`embedded`]: finished on first use if [`index_some`] has not
/// finished it already.
pub fn search_index() -> &'static SearchIndex {
    INDEX.get_or_init(|| {
        let mut builder = PARTIAL.with(|p| p.take());
        for a in &embedded().articles[builder.len()..] {
            builder.push(a.into());
        }
        builder.finish()
    })
}

/// Indexes articles, then finishes the index a share at a time, while `more_time()` says so;
/// returns whether the index is complete. The page calls it between frames after start-up,
/// so typing never waits for the index and no task is long.
pub fn index_some(more_time: impl Fn() -> bool) -> bool {
    if INDEX.get().is_some() {
        return true;
    }
    let articles = &embedded().articles;
    let done = PARTIAL.with(|p| {
        let mut builder = p.borrow_mut();
        while more_time() {
            if let Some(next) = articles.get(builder.len()) {
                builder.push(next.into());
            } else if builder.finish_step() {
                return true;
            }
        }
        false
    });
    if done {
        search_index();
    }
    done
}

/// The comparison's keywords for grouping `by`: computed by build.rs over the groups
/// [`explorer_core::compare::groups::group_articles`] makes of [`embedded`] (so in the same
/// order), stored compact, decoded on first use. `None` for a grouping the build stored no
/// keywords for: one that says nothing about this corpus
/// ([`explorer_core::compare::usefulness`]).
pub fn keyness(by: GroupBy) -> Option<&'static Keyness> {
    static KEYNESS: [OnceLock<Option<Keyness>>; GROUPINGS] = [const { OnceLock::new() }; GROUPINGS];
    KEYNESS[grouping_slot(by)]
        .get_or_init(|| Some(compact_keyness(by)?.expand(embedded())))
        .as_ref()
}

/// The word sequences of every article, as the build cut them (`tokens.bin`, see
/// [`explorer_core::words`]), decoded on first use: what the word tools count. `None` where
/// the build wrote none (a corpus served in chunks carries none yet).
pub fn tokens() -> Option<&'static CorpusTokens> {
    static TOKENS: OnceLock<Option<CorpusTokens>> = OnceLock::new();
    TOKENS
        .get_or_init(|| {
            let file = CORPUS_DIR.get_file(words::tokens::FILE)?;
            let cuts = words::tokens::decode(file.contents()).ok()?;
            CorpusTokens::build(&embedded().articles, &cuts).ok()
        })
        .as_ref()
}

/// Whether word `id` of [`tokens`] is a function word ([`Corpus::stop_words`]): the word tools
/// leave those out unless asked to show them.
pub fn is_stop(id: u32) -> bool {
    static STOP: OnceLock<Vec<bool>> = OnceLock::new();
    let stop = STOP.get_or_init(|| {
        let Some(words) = tokens() else { return Vec::new() };
        let mut stop = vec![false; words.vocabulary.len()];
        for w in &embedded().stop_words {
            if let Some(id) = words.word_id(w) {
                stop[id as usize] = true;
            }
        }
        stop
    });
    stop.get(id as usize).copied().unwrap_or(false)
}
