//! What a column of the word tools shows, computed by the core for the articles it counts; and
//! the hook that computes every column of a view after the frame that shows the change, as
//! many columns per task as fit in a few milliseconds, the columns not reached yet keeping
//! what they showed (the page marks them busy).

use super::table::PAGE;
use crate::corpus::{embedded, tokens};
use crate::ui::groups::{groups, label};
use crate::ui::i18n::{Lang, WordsMsg};
use crate::ui::progressive::{after_next_paint, AfterPaint};
use crate::ui::query_search::QuerySearch;
use crate::ui::tool_state::{Tool, ToolState};
use explorer_core::compare::groups::GroupBy;
use explorer_core::words::cluster_index::indexed_clusters;
use explorer_core::words::clusters::{query_clusters, Cluster};
use explorer_core::words::collocates::{collocates, Collocates};
use explorer_core::words::dispersion::{plot, PlotRow};
use explorer_core::words::word_list::{WordColumn, WordCounts, WordListOptions, WordRow};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::OnceLock;
use yew::prelude::*;

/// Which articles a column counts: the whole corpus (`by` is `None`) or group `index` of `by`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct GroupRef {
    pub(super) by: Option<GroupBy>,
    pub(super) index: usize,
}

impl GroupRef {
    /// The column's articles, as positions in the corpus.
    pub(super) fn articles(self) -> &'static [usize] {
        static ALL: OnceLock<Vec<usize>> = OnceLock::new();
        match self.by {
            None => ALL.get_or_init(|| (0..embedded().articles.len()).collect()),
            Some(by) => &groups(by)[self.index].articles,
        }
    }

    /// The column's heading.
    pub(super) fn title(self, lang: Lang) -> String {
        match self.by {
            None => lang.t(WordsMsg::WholeCorpus),
            Some(by) => label(lang, &groups(by)[self.index]).to_string(),
        }
    }

    /// The column's key among its siblings.
    pub(super) fn key(self) -> String {
        self.heading_id()
    }

    /// The id of the column's heading.
    pub(super) fn heading_id(self) -> String {
        match self.by {
            None => "words-all".into(),
            Some(_) => format!("words-group-{}", self.index),
        }
    }
}

/// What a column shows, as the core computed it.
pub(super) enum Output {
    Words(WordPage),
    Collocates(Collocates),
    Clusters(Vec<Cluster>),
    Plot(Rc<Vec<PlotRow>>),
}

/// The computed output of a column.
pub(super) type Computed = Rc<Option<Output>>;

/// A word list, its rows made as the table asks for them ([`WordCounts::rows`]): a keystroke
/// orders and ranks the first screenful, not a large corpus's every word.
pub(super) struct WordPage {
    counts: Rc<WordCounts<'static>>,
    opts: WordListOptions,
    show_stop: bool,
    /// How many rows the list has.
    pub(super) total: usize,
    rows: RefCell<Vec<WordRow>>,
}

impl WordPage {
    fn new(counts: Rc<WordCounts<'static>>, opts: WordListOptions, show_stop: bool) -> Self {
        let skip = skipper(show_stop);
        let (total, rows) = counts.rows(&opts, &skip, PAGE);
        WordPage {
            counts,
            opts,
            show_stop,
            total,
            rows: RefCell::new(rows),
        }
    }

    /// Row `i` (`i` below [`WordPage::total`]), the rows up to it made if they are not yet.
    pub(super) fn row(&self, i: usize) -> WordRow {
        let made = self.rows.borrow().len();
        if i >= made {
            let want = (i + 1).max(made * 2);
            *self.rows.borrow_mut() = self.counts.rows(&self.opts, &skipper(self.show_stop), want).1;
        }
        self.rows.borrow()[i].clone()
    }

    /// Every row, for the downloads.
    pub(super) fn all(&self) -> Vec<WordRow> {
        self.counts.rows(&self.opts, &skipper(self.show_stop), usize::MAX).1
    }
}

/// The words a view leaves out: the stop words unless `show_stop`.
fn skipper(show_stop: bool) -> impl Fn(u32) -> bool {
    move |w: u32| !show_stop && crate::corpus::is_stop(w)
}

/// The word list's default direction for a column: A to Z for words, evenly spread first for
/// DP, most first otherwise.
pub(super) fn default_ascending(column: WordColumn) -> bool {
    matches!(column, WordColumn::Word | WordColumn::Dispersion)
}

thread_local! {
    /// The word counts of whole groups (no query), counted once: every order, filter and
    /// visit of the word list without a query reads them.
    static WHOLE: RefCell<Vec<(GroupRef, Rc<WordCounts<'static>>)>> = const { RefCell::new(Vec::new()) };
}

/// The word counts of `group`'s articles `counted`: kept for a whole group (no query).
fn counts(group: GroupRef, counted: &[usize], whole: bool) -> Option<Rc<WordCounts<'static>>> {
    let words = tokens()?;
    if !whole {
        return Some(Rc::new(WordCounts::new(words, counted)));
    }
    Some(WHOLE.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some((_, c)) = kept.iter().find(|(g, _)| *g == group) {
            return c.clone();
        }
        let c = Rc::new(WordCounts::new(words, counted));
        kept.push((group, c.clone()));
        c
    }))
}

/// Computes what `tool` shows for `group`.
pub(super) fn compute(
    group: GroupRef,
    tools: &ToolState,
    search: &QuerySearch,
    show_stop: bool,
    ascending: Option<bool>,
) -> Option<Output> {
    let words = tokens()?;
    let skip = skipper(show_stop);
    let all = group.articles();
    let has_query = !search.query.is_empty();
    let counted: Vec<usize> = if has_query {
        all.iter().copied().filter(|&a| search.hits[a].is_some()).collect()
    } else {
        all.to_vec()
    };
    Some(match tools.tool {
        Tool::WordList => {
            let sort = tools.column.unwrap_or(WordColumn::Count);
            let opts = WordListOptions {
                sort,
                descending: !ascending.unwrap_or(default_ascending(sort)),
                contains: tools.contains.clone(),
                min_count: tools.min.unwrap_or(1),
            };
            Output::Words(WordPage::new(counts(group, &counted, !has_query)?, opts, show_stop))
        }
        Tool::Collocates => Output::Collocates(collocates(
            words,
            all,
            search.hit_ranges(),
            &tools.collocate_options(),
            &skip,
        )),
        Tool::Clusters if has_query => Output::Clusters(query_clusters(
            words,
            all,
            search.hit_ranges(),
            &tools.cluster_options(),
            tools.node_at,
            &skip,
        )),
        Tool::Clusters => {
            let opts = tools.cluster_options();
            let index = crate::corpus::cluster_index(opts.size)?;
            Output::Clusters(indexed_clusters(words, index, &counted, &opts, &skip))
        }
        Tool::Plot => Output::Plot(Rc::new(plot(&embedded().articles, all, search.hits_by_article()))),
    })
}

/// A view's columns' outputs as they are being computed.
struct Outputs<K> {
    key: Option<K>,
    /// Per column of the view, its output for `key` once computed.
    fresh: Vec<Option<Computed>>,
    /// What each column showed last.
    last: Vec<(GroupRef, Computed)>,
    /// Counts the keys seen: what the computing task belongs to.
    generation: u32,
    /// The milliseconds spent computing this view so far.
    cost: f64,
}

thread_local! {
    /// How long the last view took to compute, all its columns (ms; kept when the page closes).
    static LAST_COST: Cell<f64> = const { Cell::new(f64::INFINITY) };
}

/// Below this (ms) for the previous view, a new view is computed at once, in the frame of
/// the change (the seeds); above it, after that frame is painted.
const AT_ONCE_MS: f64 = 4.0;
/// How long one task computes columns before the next frame (ms; at least one column).
const SLICE_MS: f64 = 8.0;

/// Every column's output for `key` (what `compute` makes of each of `columns`) and whether
/// all are up to date: computed after the frame that shows the change, as many per task as fit
/// in [`SLICE_MS`]; a column not computed yet shows what it showed last (`None` if nothing).
#[hook]
pub(super) fn use_outputs<K: PartialEq + Clone + 'static>(
    columns: Vec<GroupRef>,
    key: K,
    compute: Rc<dyn Fn(GroupRef) -> Computed>,
) -> (Vec<Option<Computed>>, bool) {
    let state = use_mut_ref(|| Outputs::<K> {
        key: None,
        fresh: Vec::new(),
        last: Vec::new(),
        generation: 0,
        cost: 0.0,
    });
    let tick = use_state(|| 0u32);
    let mut s = state.borrow_mut();
    if s.key.as_ref() != Some(&key) || s.fresh.len() != columns.len() {
        s.key = Some(key);
        s.fresh = vec![None; columns.len()];
        s.cost = 0.0;
        s.generation = s.generation.wrapping_add(1);
        if LAST_COST.get() < AT_ONCE_MS {
            fill(&mut s, &columns, &*compute, f64::INFINITY);
        }
    }
    let done = s.fresh.iter().all(Option::is_some);
    let generation = s.generation;
    let Outputs { fresh, last, .. } = &mut *s;
    let shown: Vec<Option<Computed>> = columns
        .iter()
        .zip(fresh.iter())
        .map(|(g, fresh)| {
            let k = *g;
            if let Some(out) = fresh {
                match last.iter_mut().find(|(lk, _)| *lk == k) {
                    Some(slot) => slot.1 = out.clone(),
                    None => last.push((k, out.clone())),
                }
                return Some(out.clone());
            }
            last.iter().find(|(lk, _)| *lk == k).map(|(_, o)| o.clone())
        })
        .collect();
    drop(s);
    {
        let state = state.clone();
        use_effect_with((generation, *tick, done), move |&(_, t, done)| {
            let next: Option<AfterPaint> = (!done).then(|| {
                after_next_paint(move || {
                    let mut s = state.borrow_mut();
                    fill(&mut s, &columns, &*compute, SLICE_MS);
                    drop(s);
                    tick.set(t.wrapping_add(1));
                })
            });
            move || drop(next)
        });
    }
    (shown, done)
}

/// Computes the next columns not computed yet, for `budget` ms (at least one column).
fn fill<K>(s: &mut Outputs<K>, columns: &[GroupRef], compute: &dyn Fn(GroupRef) -> Computed, budget: f64) {
    let start = js_sys::Date::now();
    for (i, g) in columns.iter().enumerate() {
        if s.fresh[i].is_some() {
            continue;
        }
        s.fresh[i] = Some(compute(*g));
        if js_sys::Date::now() - start >= budget {
            break;
        }
    }
    s.cost += js_sys::Date::now() - start;
    if s.fresh.iter().all(Option::is_some) {
        LAST_COST.set(s.cost);
    }
}
