//! Where every character occurs in the normalized texts, so a term is looked up instead of
//! scanned for: its occurrences all contain its rarest character at the same offset, and
//! only those few places need checking. A Chinese term's rarest character is usually rare
//! in the corpus too, so a query over 10 MB checks thousands of places, not ten million.

use super::matcher::Matcher;
use serde::{Deserialize, Serialize};

/// Characters above this are not indexed (terms made only of them are scanned for).
const INDEXED: usize = 0x10000;

/// Every indexed character's occurrences, as offsets into the texts laid end to end.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CharPositions {
    /// Where each text starts in the texts laid end to end, plus the total length.
    doc_starts: Vec<u32>,
    /// For character `c`, its occurrences are `offsets[first[c]..first[c + 1]]`.
    first: Vec<u32>,
    /// Byte offsets of character occurrences, grouped by character, ascending in each group.
    offsets: Vec<u32>,
}

/// Where one term occurs: start offsets in each normalized text, grouped by text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TermOccurrences {
    starts: Vec<u32>,
    /// For text `d`, its starts are `starts[ends[d - 1]..ends[d]]` (`0..ends[0]` for the first).
    ends: Vec<u32>,
}

impl TermOccurrences {
    /// The start offsets of the term in text `doc`, ascending.
    pub(crate) fn in_doc(&self, doc: usize) -> &[u32] {
        let start = if doc == 0 { 0 } else { self.ends[doc - 1] as usize };
        &self.starts[start..self.ends[doc] as usize]
    }

    /// Collects occurrences text by text (`per_doc` gives each text's starts, ascending).
    pub(crate) fn from_docs(per_doc: impl Iterator<Item = impl Iterator<Item = usize>>) -> TermOccurrences {
        let mut occ = TermOccurrences::default();
        for starts in per_doc {
            occ.starts.extend(starts.map(|s| s as u32));
            occ.ends.push(occ.starts.len() as u32);
        }
        occ
    }
}

impl CharPositions {
    /// Indexes texts (together under 4 GB; the caller falls back to scanning otherwise).
    pub(crate) fn new<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> Option<CharPositions> {
        let mut doc_starts = vec![0u32];
        let mut counts = vec![0u32; INDEXED + 1];
        for text in texts.clone() {
            let end = u32::try_from(*doc_starts.last()? as usize + text.len()).ok()?;
            doc_starts.push(end);
            for c in text.chars() {
                if let Some(n) = counts.get_mut(c as usize + 1).filter(|_| (c as usize) < INDEXED) {
                    *n += 1;
                }
            }
        }
        // Prefix sums: `first[c]` is where character c's group starts.
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut offsets = vec![0u32; *counts.last()? as usize];
        for (text, &base) in texts.zip(&doc_starts) {
            for (at, c) in text.char_indices() {
                if (c as usize) < INDEXED {
                    let slot = &mut next[c as usize];
                    offsets[*slot as usize] = base + at as u32;
                    *slot += 1;
                }
            }
        }
        Some(CharPositions {
            doc_starts,
            first: counts,
            offsets,
        })
    }

    fn occurrences_of(&self, c: char) -> Option<&[u32]> {
        let c = c as usize;
        (c < INDEXED).then(|| &self.offsets[self.first[c] as usize..self.first[c + 1] as usize])
    }

    /// Every occurrence of `m`'s term in the texts (`text(d)` must be the `d`-th indexed text),
    /// exactly as [`Matcher::find_iter`] finds them; `None` if the term has no indexed
    /// character (the caller scans then).
    pub(crate) fn find<'a>(&self, m: &Matcher, text: impl Fn(usize) -> &'a str) -> Option<TermOccurrences> {
        let pattern = m.pattern();
        let pattern_str = std::str::from_utf8(pattern).ok()?;
        // The rarest indexed character, and its offset in the term.
        let (offset, places) = pattern_str
            .char_indices()
            .filter_map(|(at, c)| Some((at, self.occurrences_of(c)?)))
            .min_by_key(|(_, places)| places.len())?;
        let docs = self.doc_starts.len() - 1;
        // A one-character term occurs at every place of its character, without overlap: only
        // the start of a word needs checking (if it must start one). Every place is likely a
        // match then, so room for all of them is made at once.
        let one_char = offset == 0 && pattern_str.chars().nth(1).is_none();
        let mut occ = TermOccurrences {
            starts: Vec::with_capacity(if one_char { places.len() } else { 0 }),
            ends: Vec::with_capacity(docs),
        };
        if one_char {
            let mut rest = places;
            for (doc, w) in self.doc_starts.windows(2).enumerate() {
                let (here, after) = rest.split_at(count_below(rest, w[1]));
                rest = after;
                let base = w[0];
                if m.word_start() {
                    let hay = text(doc);
                    occ.starts.extend(
                        here.iter()
                            .map(|&p| p - base)
                            .filter(|&s| m.starts_word(hay, s as usize)),
                    );
                } else {
                    occ.starts.extend(here.iter().map(|&p| p - base));
                }
                occ.ends.push(occ.starts.len() as u32);
                if rest.is_empty() {
                    break;
                }
            }
            occ.ends.resize(docs, occ.starts.len() as u32);
            return Some(occ);
        }
        let mut doc = 0;
        let mut last_end = 0;
        // The text of `doc`, once looked up.
        let mut hay: Option<&str> = None;
        for &place in places {
            while place >= self.doc_starts[doc + 1] {
                occ.ends.push(occ.starts.len() as u32);
                doc += 1;
                last_end = 0;
                hay = None;
            }
            let Some(start) = ((place - self.doc_starts[doc]) as usize).checked_sub(offset) else {
                continue;
            };
            // Left to right without overlap, as a scan finds them.
            if start < last_end {
                continue;
            }
            let here = match hay {
                Some(here) => here,
                None => *hay.insert(text(doc)),
            };
            if m.matches_at(here, start) {
                occ.starts.push(start as u32);
                last_end = start + pattern.len();
            }
        }
        occ.ends.resize(docs, occ.starts.len() as u32);
        Some(occ)
    }
}

/// How many of the ascending `values` are below `bound`: a galloping search from the start,
/// which costs the logarithm of the answer, not of the length (one text's share of a
/// character's places is short next to the rest).
fn count_below(values: &[u32], bound: u32) -> usize {
    let (mut low, mut step) = (0, 1);
    while low + step <= values.len() && values[low + step - 1] < bound {
        low += step;
        step *= 2;
    }
    let high = values.len().min(low + step);
    low + values[low..high].partition_point(|&v| v < bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(texts: &[&str], term: &str) -> Vec<Vec<u32>> {
        let positions = CharPositions::new(texts.iter().copied()).unwrap();
        let occ = positions.find(&Matcher::new(term), |d| texts[d]).unwrap();
        (0..texts.len()).map(|d| occ.in_doc(d).to_vec()).collect()
    }

    fn scan(texts: &[&str], term: &str) -> Vec<Vec<u32>> {
        let m = Matcher::new(term);
        texts
            .iter()
            .map(|t| m.find_iter(t).map(|r| r.start as u32).collect())
            .collect()
    }

    #[test]
    fn finds_what_a_scan_finds() {
        let texts = ["英伟达的股价，英伟达", "", "开源与闭源", "达英伟达达"];
        for term in ["英伟达", "源", "达", "的股", "闭源", "量子"] {
            assert_eq!(find(&texts, term), scan(&texts, term), "{term}");
        }
    }

    #[test]
    fn every_substring_of_a_mixed_text_is_found_as_a_scan_finds_it() {
        let texts = [
            "DeepSeek的R1模型，成本仅为OpenAI o1的3%到5%。deepseek-r1 a-a-a",
            "英伟达股价下跌17%，市值蒸发5890亿美元；英伟达英伟达",
            "哈哈哈 ai said openai, AI发展(ai)",
        ];
        for text in texts {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            for i in 0..chars.len() {
                for n in 1..=4.min(chars.len() - i) {
                    let end = chars.get(i + n).map_or(text.len(), |&(at, _)| at);
                    let term = &text[chars[i].0..end];
                    assert_eq!(find(&texts, term), scan(&texts, term), "{term:?}");
                }
            }
        }
    }

    #[test]
    fn count_below_agrees_with_a_count() {
        let values: Vec<u32> = (0..200).map(|i| i * 3 / 2).collect();
        for n in 0..values.len() {
            for bound in 0..310 {
                let expected = values[..n].iter().filter(|&&v| v < bound).count();
                assert_eq!(count_below(&values[..n], bound), expected, "{n} {bound}");
            }
        }
    }

    #[test]
    fn occurrences_do_not_overlap() {
        assert_eq!(find(&["哈哈哈哈哈"], "哈哈"), [[0, 6]]);
    }

    #[test]
    fn a_latin_term_only_starts_words() {
        let texts = ["openai said ai发展(ai)"];
        assert_eq!(find(&texts, "ai"), scan(&texts, "ai"));
        assert_eq!(find(&texts, "ai"), [[12, 21]]);
    }

    #[test]
    fn a_rejected_match_does_not_hide_an_overlapping_one() {
        assert_eq!(find(&["xa-a-a"], "a-a"), [[3]]);
    }

    #[test]
    fn a_term_of_unindexed_characters_is_left_to_a_scan() {
        let positions = CharPositions::new(["𠀀𠀁"].into_iter()).unwrap();
        assert!(positions.find(&Matcher::new("𠀀"), |_| "𠀀𠀁").is_none());
    }

    #[test]
    fn a_term_with_one_unindexed_character_uses_the_others() {
        assert_eq!(find(&["甲𠀀乙", "𠀀乙"], "𠀀乙"), [vec![3], vec![0]]);
    }
}
