//! A group's word counts, counted once ([`WordCounts`]), and the rows of its word list
//! ([`super::word_list`], which the types here are of) made from them: only as many as a page shows are ordered, ranked and
//! given their DP, so the first screenful of a large corpus's list is cheap.

use super::corpus_tokens::{ArticleTokens, CorpusTokens};
use crate::search::normalize_term;
use std::cmp::Ordering;

/// The columns a word list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WordColumn {
    /// By rank: by count, most frequent first when ascending.
    #[default]
    Rank,
    /// By the word, in code point order.
    Word,
    /// By count.
    Count,
    /// By the number of articles.
    Articles,
    /// By DP (words of a one-article group, without DP, by rank).
    Dispersion,
}

/// What the reader asked of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordListOptions {
    /// The column to sort by; ties by rank, then word.
    pub sort: WordColumn,
    /// Largest first (for [`WordColumn::Rank`], the last rank first).
    pub descending: bool,
    /// Only words containing this text, both folded as the search folds them (case, width,
    /// traditional characters); empty for all.
    pub contains: String,
    /// Only words occurring at least this often in the group.
    pub min_count: u64,
}

impl Default for WordListOptions {
    fn default() -> Self {
        WordListOptions {
            sort: WordColumn::Rank,
            descending: false,
            contains: String::new(),
            min_count: 1,
        }
    }
}

/// One word of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct WordRow {
    /// Its place by count (1 for the most frequent; equal counts share a place).
    pub rank: u32,
    /// The word: an index into [`CorpusTokens::vocabulary`].
    pub word: u32,
    /// How often it occurs in the group.
    pub count: u64,
    /// Occurrences per 10,000 characters of the group's text.
    pub per_10k: f64,
    /// In how many of the group's articles it occurs.
    pub articles: u32,
    /// Gries's DP across the group's articles; `None` for a group of fewer than 2 articles.
    pub dp: Option<f64>,
}

thread_local! {
    /// [`WordCounts::new`]'s table of places, all `u32::MAX` between calls.
    static PLACES: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One word a group uses: its id, count and number of articles.
#[derive(Debug, Clone, Copy)]
struct Used {
    word: u32,
    articles: u32,
    count: u64,
}

/// What a group's word list is made of, counted once (one pass over its articles' counts):
/// every order, filter and page of the list reads it, so a new order or "show more" does not
/// count again, and a page asks for only the rows it shows.
pub struct WordCounts<'a> {
    words: &'a CorpusTokens,
    articles: Vec<&'a ArticleTokens>,
    /// The words the group uses, in the order its articles first use them.
    used: Vec<Used>,
    chars: u64,
}

impl<'a> WordCounts<'a> {
    /// Counts the words of the articles `group` (indices into [`CorpusTokens::articles`]).
    pub fn new(words: &'a CorpusTokens, group: &[usize]) -> Self {
        let articles: Vec<&ArticleTokens> = group.iter().filter_map(|&i| words.articles.get(i)).collect();
        // Each word's place in `used`, by id (u32::MAX for none yet): kept between calls and
        // reset word by word, so a small group costs its own words, not the vocabulary.
        let used = PLACES.with(|places| {
            let mut places = places.borrow_mut();
            if places.len() < words.vocabulary.len() {
                places.resize(words.vocabulary.len(), u32::MAX);
            }
            let mut used: Vec<Used> = Vec::new();
            for a in &articles {
                for &(word, c) in &a.counts {
                    let place = &mut places[word as usize];
                    if *place == u32::MAX {
                        *place = used.len() as u32;
                        used.push(Used {
                            word,
                            articles: 0,
                            count: 0,
                        });
                    }
                    let u = &mut used[*place as usize];
                    u.count += u64::from(c);
                    u.articles += 1;
                }
            }
            for u in &used {
                places[u.word as usize] = u32::MAX;
            }
            used
        });
        let chars = articles.iter().map(|a| a.chars).sum();
        WordCounts {
            words,
            articles,
            used,
            chars,
        }
    }

    /// How many rows the list has, and its first `limit` rows, exactly as the whole list
    /// ordered and filtered by `opts` begins, without the words `skip` leaves out. Only the
    /// rows asked for are ordered (the best `limit` are kept as the words are read) and given
    /// their rank and DP, so the first screenful of a large corpus's list is cheap.
    pub fn rows(&self, opts: &WordListOptions, skip: &dyn Fn(u32) -> bool, limit: usize) -> (usize, Vec<WordRow>) {
        let ranked: Vec<&Used> = self.used.iter().filter(|u| !skip(u.word)).collect();
        let needle = normalize_term(&opts.contains);
        let kept: Vec<&Used> = ranked
            .iter()
            .copied()
            .filter(|u| {
                u.count >= opts.min_count
                    && (needle.is_empty() || normalize_term(self.words.word(u.word)).contains(&needle))
            })
            .collect();
        let total = kept.len();
        let whole = limit.saturating_mul(4) >= total;
        let dp_all =
            (self.articles.len() >= 2 && (whole || opts.sort == WordColumn::Dispersion)).then(|| self.dispersions());
        let dp_of = |u: &Used| -> Option<f64> {
            (self.articles.len() >= 2).then(|| match &dp_all {
                Some(d) => d[u.word as usize],
                None => self.dispersion(u),
            })
        };
        let order = |a: &Used, b: &Used| -> Ordering {
            let by = match opts.sort {
                WordColumn::Rank => Ordering::Equal,
                WordColumn::Word => self.words.text_cmp(a.word, b.word),
                WordColumn::Count => a.count.cmp(&b.count),
                WordColumn::Articles => a.articles.cmp(&b.articles),
                WordColumn::Dispersion => dp_of(a).unwrap_or(0.0).total_cmp(&dp_of(b).unwrap_or(0.0)),
            };
            // A higher count is a better (smaller) rank.
            let order = by
                .then_with(|| b.count.cmp(&a.count))
                .then_with(|| self.words.text_cmp(a.word, b.word));
            if opts.descending {
                order.reverse()
            } else {
                order
            }
        };
        let shown = if whole {
            let mut all = kept;
            crate::sorting::sort_by(&mut all, |a, b| order(a, b));
            all.truncate(limit);
            all
        } else {
            best(kept, limit, &|a, b| order(a, b))
        };
        let ranks = ranks(&ranked, &shown);
        let rows = shown
            .iter()
            .zip(ranks)
            .map(|(u, rank)| WordRow {
                rank,
                word: u.word,
                count: u.count,
                per_10k: if self.chars == 0 {
                    0.0
                } else {
                    u.count as f64 * 10_000.0 / self.chars as f64
                },
                articles: u.articles,
                dp: dp_of(u),
            })
            .collect();
        (total, rows)
    }

    /// Every word's DP over the group's articles (0 for words they do not use), in one pass over
    /// their counts: a part without the word adds its whole share sᵢ.
    fn dispersions(&self) -> Vec<f64> {
        let n = self.words.vocabulary.len();
        let mut count = vec![0u64; n];
        for u in &self.used {
            count[u.word as usize] = u.count;
        }
        let size = self.size();
        let mut deviation = vec![0.0f64; n];
        let mut shares = vec![0.0f64; n];
        if size == 0 {
            return deviation;
        }
        for a in &self.articles {
            let share = a.tokens.len() as f64 / size as f64;
            for &(w, c) in &a.counts {
                let w = w as usize;
                deviation[w] += (f64::from(c) / count[w] as f64 - share).abs();
                shares[w] += share;
            }
        }
        deviation
            .iter()
            .zip(&shares)
            .map(|(d, s)| (d + (1.0 - s).max(0.0)) / 2.0)
            .collect()
    }

    /// One word's DP, as [`WordCounts::dispersions`] computes it (the same sums in the same
    /// order, so the same value), looking the word up in each article's counts.
    fn dispersion(&self, u: &Used) -> f64 {
        let size = self.size();
        if size == 0 {
            return 0.0;
        }
        let (mut deviation, mut shares) = (0.0f64, 0.0f64);
        for a in &self.articles {
            let share = a.tokens.len() as f64 / size as f64;
            if let Ok(i) = a.counts.binary_search_by_key(&u.word, |&(w, _)| w) {
                deviation += (f64::from(a.counts[i].1) / u.count as f64 - share).abs();
                shares += share;
            }
        }
        (deviation + (1.0 - shares).max(0.0)) / 2.0
    }

    /// The group's size in tokens: the parts of DP.
    fn size(&self) -> u64 {
        self.articles.iter().map(|a| a.tokens.len() as u64).sum()
    }
}

/// The first `limit` of `items` in `order`, in order, keeping only the best `limit` while
/// reading them (for a few rows of many; [`crate::sorting::sort_by`] orders them all).
fn best<'u>(items: Vec<&'u Used>, limit: usize, order: &dyn Fn(&Used, &Used) -> Ordering) -> Vec<&'u Used> {
    let mut best: Vec<&Used> = Vec::with_capacity(limit.saturating_add(1));
    if limit == 0 {
        return best;
    }
    for u in items {
        if best.len() == limit && order(u, best[limit - 1]) != Ordering::Less {
            continue;
        }
        let at = best.partition_point(|b| order(b, u) == Ordering::Less);
        best.insert(at, u);
        best.truncate(limit);
    }
    best
}

/// The ranks of the `shown` words among the `ranked` ones: 1 and the number of ranked words
/// with a higher count (so equal counts share a rank: 1, 2, 2, 4), in one pass over them.
fn ranks(ranked: &[&Used], shown: &[&Used]) -> Vec<u32> {
    let mut counts: Vec<u64> = shown.iter().map(|u| u.count).collect();
    crate::sorting::sort_by_key(&mut counts, |&c| c);
    counts.dedup();
    // below[i]: the ranked words whose count is above exactly i of `counts`.
    let mut below = vec![0u32; counts.len() + 1];
    for u in ranked {
        below[counts.partition_point(|&c| c < u.count)] += 1;
    }
    // higher[i]: the ranked words whose count is above counts[i].
    let mut higher = vec![0u32; counts.len()];
    let mut sum = 0u32;
    for i in (0..counts.len()).rev() {
        sum += below[i + 1];
        higher[i] = sum;
    }
    shown
        .iter()
        .map(|u| 1 + higher[counts.partition_point(|&c| c < u.count)])
        .collect()
}
