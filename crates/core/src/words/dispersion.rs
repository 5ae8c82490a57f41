//! How evenly a word or a query spreads over the articles: Gries's DP for the word list, and
//! the dispersion plot's rows (one bar per article, a mark at each hit).
//!
//! DP ("deviation of proportions", Gries 2008, "Dispersions and adjusted frequencies in
//! corpora", International Journal of Corpus Linguistics 13(4)) is half the sum over the parts of
//! |vᵢ/f − sᵢ|, where vᵢ is the word's count in part i, f its count in all, sᵢ the part's share
//! of the corpus: 0 for a word spread exactly as the text is, near 1 for one packed into a
//! small part.

use crate::model::Article;
use crate::search::Hit;

/// Gries's DP of a word with these counts in parts of these sizes (same length; sizes in any
/// unit, words here). 0 when the word never occurs or the parts are empty.
pub fn gries_dp(counts_per_part: &[u64], part_sizes: &[u64]) -> f64 {
    let f: u64 = counts_per_part.iter().sum();
    let size: u64 = part_sizes.iter().sum();
    if f == 0 || size == 0 {
        return 0.0;
    }
    let sum: f64 = counts_per_part
        .iter()
        .zip(part_sizes)
        .map(|(&v, &s)| (v as f64 / f as f64 - s as f64 / size as f64).abs())
        .sum();
    sum / 2.0
}

/// One bar of the dispersion plot: an article and where the query's hits are in it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlotRow {
    /// The article's index in the corpus.
    pub article: usize,
    /// The article's length in characters.
    pub chars: usize,
    /// How many hits it has.
    pub hits: usize,
    /// One mark per hit, in text order.
    pub marks: Vec<Mark>,
}

/// One hit on a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Where the hit starts, as a share of the article's characters (0 at the start, below 1).
    pub at: f32,
    /// Where the hit starts, in characters from the text's start.
    pub offset: usize,
    /// The query term it is for (an index into the query's terms), for the mark's colour.
    pub term: usize,
    /// Which of the article's hits it is (0 first), for the link that opens the reader there.
    pub hit: usize,
}

/// The plot's bars: one per article of `group`, in its order, with the hits of `hits`
/// ((article index, its hits in text order), as the search gives them) marked; an article
/// without hits has an empty bar.
pub fn plot(articles: &[Article], group: &[usize], hits: &[(usize, Vec<Hit>)]) -> Vec<PlotRow> {
    group
        .iter()
        .filter_map(|&i| articles.get(i).map(|a| (i, a)))
        .map(|(i, article)| {
            let found = hits
                .iter()
                .find(|(a, _)| *a == i)
                .map_or(&[][..], |(_, h)| h.as_slice());
            PlotRow {
                article: i,
                chars: article.char_count,
                hits: found.len(),
                marks: marks(article, found),
            }
        })
        .collect()
}

/// The marks of one article's hits: byte offsets turned into char offsets in one pass.
fn marks(article: &Article, hits: &[Hit]) -> Vec<Mark> {
    let text = article.text.as_str();
    let chars = article.char_count.max(1) as f32;
    let (mut byte, mut char) = (0usize, 0usize);
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_unstable_by_key(|&k| (hits[k].range.start, k));
    let mut marks: Vec<Mark> = order
        .into_iter()
        .map(|k| {
            let start = hits[k].range.start.min(text.len());
            if start >= byte {
                char += text.get(byte..start).map_or(0, |s| s.chars().count());
                byte = start;
            }
            Mark {
                at: char as f32 / chars,
                offset: char,
                term: hits[k].term,
                hit: k,
            }
        })
        .collect();
    crate::sorting::sort_by_key(&mut marks, |m| m.hit);
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    // Gries 2008's corpus of five parts (9, 10, 10, 10 and 11 words; 50 in all):
    //   b a m n i b e u p | b a s a t b e w q n | b c a g a b e s t a | b a g h a b e a a t | b a h a a b e a x a t
    const SIZES: [u64; 5] = [9, 10, 10, 10, 11];

    #[test]
    fn dp_of_a_word_growing_part_by_part() {
        // a: 1, 2, 3, 4, 5 (15). |1/15 − .18| + |2/15 − .2| + 0 + |4/15 − .2| + |5/15 − .22|
        // = .11333 + .06667 + 0 + .06667 + .11333 = .36, halved: .18 (Gries's value).
        assert!(close(gries_dp(&[1, 2, 3, 4, 5], &SIZES), 0.18));
    }

    #[test]
    fn dp_of_a_word_spread_evenly() {
        // b: twice in every part (10). |.2 − .18| + 0 + 0 + 0 + |.2 − .22| = .04, halved: .02.
        assert!(close(gries_dp(&[2, 2, 2, 2, 2], &SIZES), 0.02));
    }

    #[test]
    fn dp_of_a_word_in_one_part() {
        // x: once, in the last part. (.18 + .2 + .2 + .2 + |1 − .22|) / 2 = 1.56 / 2 = .78.
        assert!(close(gries_dp(&[0, 0, 0, 0, 1], &SIZES), 0.78));
        assert_eq!(gries_dp(&[0, 0], &[5, 5]), 0.0);
    }

    #[test]
    fn marks_sit_at_their_char_offsets() {
        let mut a = crate::words::test_support::article(&["开源模型开源", "abc开源"]);
        a.char_count = a.text.chars().count(); // 6 + 2 + 5 = 13
        let hit = |start: usize, term: usize| Hit {
            range: start..start + 6,
            term,
        };
        // 开源 at chars 0 and 4; 开源 in the second block at char 11 (byte 6·3 + 2 + 3 = 23).
        let hits = vec![(0, vec![hit(0, 0), hit(12, 0), hit(23, 1)])];
        let rows = plot(std::slice::from_ref(&a), &[0], &hits);
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].chars, rows[0].hits), (13, 3));
        let offsets: Vec<(usize, usize, usize)> = rows[0].marks.iter().map(|m| (m.offset, m.term, m.hit)).collect();
        assert_eq!(offsets, [(0, 0, 0), (4, 0, 1), (11, 1, 2)]);
        assert!((rows[0].marks[1].at - 4.0 / 13.0).abs() < 1e-6);
    }

    #[test]
    fn articles_without_hits_have_empty_bars() {
        let a = crate::words::test_support::article(&["开源"]);
        let rows = plot(&[a.clone(), a], &[1, 0], &[(0, vec![Hit { range: 0..3, term: 0 }])]);
        assert_eq!((rows[0].article, rows[0].hits), (1, 0));
        assert_eq!((rows[1].article, rows[1].hits), (0, 1));
    }
}
