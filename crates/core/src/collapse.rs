//! Collapsing copies, so that each story counts once (issue 14): which articles the page hides.
//! Articles linked by "copy of" (a copy, the article it is mostly found in, that one's own
//! original, …) are one story; the article at the end of that chain stays, the others are
//! hidden. Should copies ever form a ring, its first article (lowest position) stays. The page
//! asks [`hidden`] and decides nothing itself.

use crate::search::SearchResult;

/// Per article, whether collapsing copies hides it, from each article's `copy_of` (the
/// article it is a copy of, as [`crate::shared_table::copies`] reads it; a position past the
/// end, or the article itself, counts as no copy). Linear in the number of articles.
pub fn hidden(copy_of: &[Option<u32>]) -> Vec<bool> {
    let n = copy_of.len();
    let next = |i: usize| copy_of[i].map(|c| c as usize).filter(|&c| c < n && c != i);
    const NEW: usize = usize::MAX;
    const WALKING: usize = usize::MAX - 1;
    // Each article's story: the article that stays for it.
    let mut story = vec![NEW; n];
    let mut path = Vec::new();
    for start in 0..n {
        let mut at = start;
        let end = loop {
            match story[at] {
                NEW => {}
                WALKING => {
                    // A ring: from `at`'s place on the path to the end of the path.
                    let ring = path.iter().position(|&p| p == at).unwrap_or(0);
                    break path[ring..].iter().copied().min().unwrap_or(at);
                }
                kept => break kept,
            }
            story[at] = WALKING;
            path.push(at);
            match next(at) {
                Some(of) => at = of,
                None => break at,
            }
        };
        for p in path.drain(..) {
            story[p] = end;
        }
    }
    story.iter().enumerate().map(|(i, &s)| s != i).collect()
}

/// Leaves out of `results` the articles `hidden` marks (an article it does not name is kept);
/// returns how many it left out.
pub fn drop_hidden(results: &mut Vec<SearchResult>, hidden: &[bool]) -> usize {
    let before = results.len();
    results.retain(|r| !hidden.get(r.doc).copied().unwrap_or(false));
    before - results.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_hidden_and_its_original_stays() {
        assert_eq!(hidden(&[None, Some(0), None]), [false, true, false]);
        assert!(hidden(&[]).is_empty());
    }

    #[test]
    fn a_chain_keeps_its_end_only() {
        // 0 copies 1, 1 copies 2; 3 copies 1.
        assert_eq!(hidden(&[Some(1), Some(2), None, Some(1)]), [true, true, false, true]);
    }

    #[test]
    fn a_ring_keeps_its_first_article_and_what_leads_into_it_is_hidden() {
        // 1 → 2 → 3 → 1, and 0 → 2, 4 → 0.
        let copy_of = [Some(2), Some(2), Some(3), Some(1), Some(0)];
        assert_eq!(hidden(&copy_of), [true, false, true, true, true]);
        assert_eq!(hidden(&[Some(1), Some(0)]), [false, true]);
    }

    #[test]
    fn a_copy_of_itself_or_of_no_article_is_no_copy() {
        assert_eq!(hidden(&[Some(0), Some(9)]), [false, false]);
    }

    #[test]
    fn hidden_results_are_left_out_and_counted() {
        let result = |doc| SearchResult {
            doc,
            score: 0.0,
            hits: vec![],
            title_hits: vec![],
            term_hits: vec![],
        };
        let mut results = vec![result(2), result(1), result(0), result(7)];
        assert_eq!(drop_hidden(&mut results, &[false, true, true]), 2);
        assert_eq!(results.iter().map(|r| r.doc).collect::<Vec<_>>(), [0, 7]);
    }
}
