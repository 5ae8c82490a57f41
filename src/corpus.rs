//! The corpus the page shows: embedded at compile time (decoded once on first use), or, for a
//! corpus the build wrote as chunks (`cfg(explorer_chunked)`, see build.rs), installed by the
//! loader ([`crate::delivery`]) before the app mounts, with its shared passages; and its search
//! index, built once from it. The word tools' cut is embedded too, or fetched when a view
//! first needs it ([`crate::delivery::words`]).

use crate::build_output::CORPUS_DIR;
use explorer_core::compare::groups::GroupBy;
#[cfg(not(explorer_chunked))]
use explorer_core::compare::keyness::keyness_file;
use explorer_core::compare::keyness::{grouping_slot, CompactKeyness, Keyness, GROUPINGS};
use explorer_core::model::{Corpus, PassageCluster};
use explorer_core::search::{SearchIndex, SearchIndexBuilder};
use explorer_core::shared_table::{self, Shares};
use explorer_core::variants_table::SpellingSet;
use explorer_core::words;
use explorer_core::words::cluster_index::ClusterIndex;
use explorer_core::words::corpus_tokens::{CorpusTokens, CorpusTokensBuilder};
use std::cell::RefCell;
use std::sync::OnceLock;

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

/// The chunked corpus, its keywords and its shared-passage table, once the loader has fetched
/// every file.
#[cfg(explorer_chunked)]
static LOADED: OnceLock<Loaded> = OnceLock::new();

/// What the loader hands over ([`install`]).
#[cfg(explorer_chunked)]
struct Loaded {
    corpus: Corpus,
    keyness: Vec<(GroupBy, CompactKeyness)>,
    /// [`explorer_core::shared_table`] of every article.
    shares: Vec<u8>,
}

/// The loaded corpus. The app mounts only after [`install`], so it is always there.
#[cfg(explorer_chunked)]
pub fn embedded() -> &'static Corpus {
    &LOADED
        .get()
        .expect("the app mounts once the corpus is installed")
        .corpus
}

/// Hands the page the corpus the loader assembled from its chunks, with the keywords of every
/// useful grouping and the shared-passage table its chunks carried; a second call is ignored.
#[cfg(explorer_chunked)]
pub fn install(corpus: Corpus, keyness: Vec<(GroupBy, CompactKeyness)>, shares: Vec<u8>) {
    let _ = LOADED.set(Loaded {
        corpus,
        keyness,
        shares,
    });
}

/// What the page shows of one article's shared passages, as build.rs decided it
/// ([`explorer_core::shared_table`]): embedded, or put together from the chunks.
pub fn shares(article: usize) -> Shares {
    shared_table::decode(shared_table(), article as u32)
}

/// The shared-passage table build.rs wrote, embedded or put together from the chunks (empty
/// where there is none).
fn shared_table() -> &'static [u8] {
    #[cfg(not(explorer_chunked))]
    let table = CORPUS_DIR
        .get_file(shared_table::FILE)
        .map_or(&[][..], |f| f.contents());
    #[cfg(explorer_chunked)]
    let table = LOADED.get().map_or(&[][..], |l| l.shares.as_slice());
    table
}

/// Per article, whether collapsing copies hides it ([`explorer_core::collapse::hidden`] of the
/// copies build.rs found), made once; empty where the build found none.
pub fn hidden_copies() -> &'static [bool] {
    static HIDDEN: OnceLock<Vec<bool>> = OnceLock::new();
    HIDDEN.get_or_init(|| explorer_core::collapse::hidden(&shared_table::copies(shared_table())))
}

/// Every shared passage, as build.rs found them ([`shared_table::clusters`]), decoded once:
/// what the comparison's shared-passages section and its downloads count (for a chunked
/// corpus, those the head file carried).
pub fn passage_clusters() -> &'static [PassageCluster] {
    static CLUSTERS: OnceLock<Vec<PassageCluster>> = OnceLock::new();
    CLUSTERS.get_or_init(|| shared_table::clusters(shared_table()))
}

/// The corpus's spelling variants, each spelling's counts per article, as build.rs wrote them
/// ([`explorer_core::variants_table`]), decoded once: what the comparison lists and the offer
/// of other spellings reads. None for a chunked corpus (its build writes no table).
pub fn variant_sets() -> &'static [SpellingSet] {
    static SETS: OnceLock<Vec<SpellingSet>> = OnceLock::new();
    SETS.get_or_init(|| {
        let file = CORPUS_DIR.get_file(explorer_core::variants_table::FILE);
        file.map_or_else(Vec::new, |f| explorer_core::variants_table::decode(f.contents()))
    })
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
    let keyness = &LOADED.get()?.keyness;
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

/// jieba's cut of every article as the build stored it ([`explorer_core::words::tokens`]), an
/// article at a time, with how many articles it holds: embedded (`tokens.bin`), or, for a
/// chunked corpus, from the words files once they have all arrived
/// ([`crate::delivery::words::fetch`]). `None` before, or where the build wrote none.
fn word_cuts() -> Option<(usize, Cuts)> {
    #[cfg(not(explorer_chunked))]
    let cuts = {
        use explorer_core::words::tokens;
        let reader = tokens::Decoder::new(CORPUS_DIR.get_file(tokens::FILE)?.contents()).ok()?;
        Some((reader.left(), Box::new(reader) as Cuts))
    };
    #[cfg(explorer_chunked)]
    let cuts = crate::delivery::words::cuts().map(|c| (c.len(), Box::new(c.into_iter().map(Ok)) as Cuts));
    cuts
}

/// Each article's token lengths in turn (or why they cannot be read).
type Cuts = Box<dyn Iterator<Item = Result<Vec<u32>, words::tokens::TokensError>>>;

static TOKENS: OnceLock<Option<CorpusTokens>> = OnceLock::new();

thread_local! {
    /// The build's cut, being read, how many articles it holds, and the articles read so far
    /// by [`tokens_some`].
    static PARTIAL_TOKENS: RefCell<Option<(Cuts, usize, CorpusTokensBuilder)>> = RefCell::default();
}

/// The word sequences of every article, as the build cut them ([`explorer_core::words`]):
/// what the word tools count. Finished on first use if [`tokens_some`] has not finished them
/// already. `None` while the cut is not there ([`word_cuts`]) or where it does not fit the texts.
pub fn tokens() -> Option<&'static CorpusTokens> {
    #[cfg(explorer_chunked)]
    if !crate::delivery::words::arrived() {
        // The words files are not all in yet: nothing is kept, a later call tries again.
        return None;
    }
    TOKENS
        .get_or_init(|| {
            let (cuts, count, mut builder) = PARTIAL_TOKENS.with(|p| p.take()).or_else(|| {
                let (count, cuts) = word_cuts()?;
                Some((cuts, count, CorpusTokensBuilder::default()))
            })?;
            let articles = &embedded().articles;
            if count != articles.len() {
                return None;
            }
            for (a, lengths) in articles.iter().skip(builder.len()).zip(cuts) {
                builder.push(a, &lengths.ok()?).ok()?;
            }
            (builder.len() == articles.len()).then(|| builder.finish())
        })
        .as_ref()
}

/// Whether [`tokens`] is ready to use without reading any article.
pub fn tokens_ready() -> bool {
    TOKENS.get().is_some()
}

/// Reads articles' words while `more_time()` says so; returns how many of how many articles
/// are read, `None` once [`tokens`] is ready (or there are none to read). The words page calls
/// it between frames, so opening it at a thousand articles shows progress, not a long task.
pub fn tokens_some(more_time: impl Fn() -> bool) -> Option<(usize, usize)> {
    if TOKENS.get().is_some() {
        return None;
    }
    #[cfg(explorer_chunked)]
    if !crate::delivery::words::arrived() {
        return None;
    }
    let articles = &embedded().articles;
    let read = PARTIAL_TOKENS.with(|p| {
        let mut partial = p.borrow_mut();
        if partial.is_none() {
            let (count, cuts) = word_cuts()?;
            *partial = Some((cuts, count, CorpusTokensBuilder::default()));
        }
        let (cuts, count, builder) = partial.as_mut()?;
        if *count != articles.len() {
            return None;
        }
        while more_time() && builder.len() < articles.len() {
            let i = builder.len();
            let read = cuts.next().and_then(Result::ok);
            if read.is_none_or(|lengths| builder.push(&articles[i], &lengths).is_err()) {
                // A cut that does not fit: the word tools are unavailable.
                let _ = TOKENS.set(None);
                return None;
            }
        }
        Some(builder.len())
    });
    match read {
        Some(n) if n < articles.len() => Some((n, articles.len())),
        _ => {
            tokens();
            None
        }
    }
}

/// The corpus's recurring runs of `size` words ([`ClusterIndex`]), counted on first use: what
/// every column of the clusters tool reads.
pub fn cluster_index(size: u8) -> Option<&'static ClusterIndex> {
    static INDEX: [OnceLock<ClusterIndex>; 4] = [const { OnceLock::new() }; 4];
    let size = size.clamp(2, words::clusters::MAX_SIZE);
    let words = tokens()?;
    Some(INDEX[usize::from(size - 2)].get_or_init(|| ClusterIndex::build(words, size)))
}

/// Whether word `id` of [`tokens`] is a function word ([`Corpus::stop_words`]): the word tools
/// leave those out unless asked to show them.
pub fn is_stop(id: u32) -> bool {
    static STOP: OnceLock<Vec<bool>> = OnceLock::new();
    let Some(words) = tokens() else { return false };
    let stop = STOP.get_or_init(|| {
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
