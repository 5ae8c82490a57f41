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
    #[cfg(test)]
    pub(crate) fn new<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> Option<CharPositions> {
        let mut builder = CharPositionsBuilder::default();
        texts.clone().for_each(|t| builder.count(t));
        for text in texts {
            builder.fill_next(text);
        }
        builder.finish()
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

/// Builds [`CharPositions`] a text at a time, in two passes (count every text's characters,
/// then place them), so the work can be spread over many short tasks: at a thousand articles
/// the whole takes about 100 ms in the page, too long to run between two frames.
#[derive(Debug, Default)]
pub(crate) struct CharPositionsBuilder {
    /// As [`CharPositions::doc_starts`], for the texts counted so far (empty before the first).
    doc_starts: Vec<u32>,
    /// Occurrences of each indexed character `c` at `counts[c + 1]` (allocated at first use).
    counts: Vec<u32>,
    /// Whether the texts passed 4 GB together (then there is no index).
    too_long: bool,
    /// The second pass, once started.
    placing: Option<Placing>,
}

/// The second pass: where each character's next occurrence goes, and which text is next.
#[derive(Debug)]
struct Placing {
    first: Vec<u32>,
    next: Vec<u32>,
    offsets: Vec<u32>,
    text: usize,
}

impl CharPositionsBuilder {
    /// First pass over the next text: counts its characters. Counting a text after placing
    /// has begun starts the placing over.
    pub(crate) fn count(&mut self, text: &str) {
        self.placing = None;
        if self.counts.is_empty() {
            self.counts = vec![0; INDEXED + 1];
            self.doc_starts.push(0);
        }
        let start = *self.doc_starts.last().unwrap_or(&0) as usize;
        match u32::try_from(start + text.len()) {
            Ok(end) if !self.too_long => self.doc_starts.push(end),
            _ => {
                self.too_long = true;
                return;
            }
        }
        for c in text.chars() {
            if let Some(n) = self.counts.get_mut(c as usize + 1).filter(|_| (c as usize) < INDEXED) {
                *n += 1;
            }
        }
    }

    /// How many texts are counted.
    pub(crate) fn counted(&self) -> usize {
        self.doc_starts.len().saturating_sub(1)
    }

    /// How many texts are placed (the second pass goes in the order the texts were counted).
    pub(crate) fn placed(&self) -> usize {
        self.placing.as_ref().map_or(0, |p| p.text)
    }

    /// Whether [`finish`](Self::finish) has all it needs: every counted text is placed (or
    /// the texts are too long to index).
    pub(crate) fn is_complete(&self) -> bool {
        self.too_long || self.placed() == self.counted()
    }

    /// Second pass over the next text not placed yet, which must be the one counted in that
    /// place.
    pub(crate) fn fill_next(&mut self, text: &str) {
        if self.too_long || self.counts.is_empty() {
            return;
        }
        let placing = self.placing.get_or_insert_with(|| {
            // Prefix sums: `first[c]` is where character c's group starts.
            let mut first = self.counts.clone();
            for i in 1..first.len() {
                first[i] += first[i - 1];
            }
            Placing {
                next: first.clone(),
                offsets: vec![0; *first.last().unwrap_or(&0) as usize],
                first,
                text: 0,
            }
        });
        let Some(&base) = self.doc_starts.get(placing.text) else {
            return;
        };
        for (at, c) in text.char_indices() {
            if (c as usize) < INDEXED {
                let slot = &mut placing.next[c as usize];
                placing.offsets[*slot as usize] = base + at as u32;
                *slot += 1;
            }
        }
        placing.text += 1;
    }

    /// The positions, once every counted text is placed (`None` past 4 GB of text).
    pub(crate) fn finish(self) -> Option<CharPositions> {
        if self.too_long {
            return None;
        }
        let counted = self.counted();
        let Some(placing) = self.placing.filter(|p| p.text == counted) else {
            // Nothing counted, or placing unfinished: an empty corpus or a caller's mistake.
            return (counted == 0).then(|| CharPositions {
                doc_starts: vec![0],
                first: vec![0; INDEXED + 1],
                offsets: vec![],
            });
        };
        Some(CharPositions {
            doc_starts: self.doc_starts,
            first: placing.first,
            offsets: placing.offsets,
        })
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

    #[test]
    fn counting_a_text_after_placing_began_starts_the_placing_over() {
        let texts = ["英伟达的股价", "开源与闭源", "达英伟达达"];
        let mut builder = CharPositionsBuilder::default();
        builder.count(texts[0]);
        builder.count(texts[1]);
        builder.fill_next(texts[0]);
        assert!(!builder.is_complete());
        builder.count(texts[2]);
        assert_eq!(builder.placed(), 0);
        texts.iter().for_each(|t| builder.fill_next(t));
        assert!(builder.is_complete());
        let positions = builder.finish().unwrap();
        let occ = positions.find(&Matcher::new("英伟达"), |d| texts[d]).unwrap();
        assert_eq!(
            (0..3).map(|d| occ.in_doc(d).to_vec()).collect::<Vec<_>>(),
            [vec![0], vec![], vec![3]]
        );
    }

    #[test]
    fn no_texts_make_an_empty_index() {
        let positions = CharPositionsBuilder::default().finish().unwrap();
        assert!(positions.find(&Matcher::new("英"), |_| "").unwrap().starts.is_empty());
    }
}
