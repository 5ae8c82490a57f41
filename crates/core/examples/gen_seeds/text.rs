//! The generated text: the real seeds' sentences, recombined and varied so that
//! repetition does not compress away (digits, names, a share of the characters).

use super::names::{GIVEN, ORG_PREFIX, ORG_SUFFIX, PLACES, SEED_ORGS, SEED_PEOPLE, SEED_PLACES, SURNAMES};
use super::Lcg;
use explorer_core::model::{Article, BlockKind};

/// Share (percent) of the Chinese content characters replaced by others from the seeds'
/// frequency-weighted pool: enough that repeated sentences do not compress away.
const CHAR_SWAP_PERCENT: usize = 20;
/// Share (percent) of the names, places and organisations found that are swapped.
const ENTITY_SWAP_PERCENT: usize = 70;
/// What the generator draws from: the real seeds' sentences and characters, and the
/// name lists.
pub(super) struct Pool {
    /// The seeds' sentences, each with its closing punctuation.
    sentences: Vec<String>,
    /// Every Chinese character of the seeds' text, in order: a uniform draw from it is a
    /// draw weighted by the seeds' character frequencies.
    chars: Vec<char>,
    /// Generated personal names (authors and people in the text).
    pub(super) authors: Vec<String>,
    /// Generated organisation names.
    orgs: Vec<String>,
}

impl Pool {
    pub(super) fn from(articles: &[Article]) -> Pool {
        let mut sentences = Vec::new();
        let mut chars = Vec::new();
        for a in articles {
            for b in a.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
                let text = a.block_text(b);
                chars.extend(text.chars().filter(|c| is_han(*c)));
                sentences.extend(split_sentences(text).into_iter().filter(|s| s.chars().count() >= 6));
            }
        }
        let authors = (0..SURNAMES.len() * GIVEN.len())
            .filter(|k| k % 4 == 0)
            .map(|k| format!("{}{}", SURNAMES[k % SURNAMES.len()], GIVEN[k / SURNAMES.len()]))
            .collect();
        let orgs = ORG_PREFIX
            .iter()
            .flat_map(|p| ORG_SUFFIX.iter().map(move |s| format!("{p}{s}")))
            .collect();
        Pool {
            sentences,
            chars,
            authors,
            orgs,
        }
    }

    /// A paragraph of sentences drawn from the whole pool, about 50 to 200 characters.
    pub(super) fn paragraph(&self, rng: &mut Lcg) -> String {
        let target = 50 + rng.next(150);
        let mut p = String::new();
        while p.chars().count() < target {
            p.push_str(&self.sentence(rng));
        }
        p
    }

    /// One sentence of the pool, varied.
    pub(super) fn sentence(&self, rng: &mut Lcg) -> String {
        let s = rng.pick(&self.sentences);
        let s = self.swap_entities(s, rng);
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                let mut run = String::from(c);
                while let Some(d) = chars.next_if(char::is_ascii_digit) {
                    run.push(d);
                }
                out.push_str(&vary_number(&run, rng));
            } else if is_han(c) && rng.chance(CHAR_SWAP_PERCENT) {
                out.push(*rng.pick(&self.chars));
            } else {
                out.push(c);
            }
        }
        out
    }

    /// `s` with a share of the people, places and organisations it names swapped for others.
    fn swap_entities(&self, s: &str, rng: &mut Lcg) -> String {
        use Entity::{Org, Person, Place};
        let mut s = s.to_string();
        let found = (SEED_PEOPLE.iter().map(|n| (*n, Person)))
            .chain(PLACES[..SEED_PLACES].iter().map(|n| (*n, Place)))
            .chain(SEED_ORGS.iter().map(|n| (*n, Org)));
        for (name, kind) in found {
            if s.contains(name) && rng.chance(ENTITY_SWAP_PERCENT) {
                let other = match kind {
                    Person => rng.pick(&self.authors).clone(),
                    Place => rng.pick(&PLACES).to_string(),
                    Org => rng.pick(&self.orgs).clone(),
                };
                s = s.replace(name, &other);
            }
        }
        s
    }
}

/// What a name found in a sentence names, so it is swapped for one of its kind.
#[derive(Clone, Copy)]
enum Entity {
    Person,
    Place,
    Org,
}

/// A CJK unified ideograph (the content characters; punctuation is not one).
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The sentences of a paragraph: cut after 。！？； (with any closing quote or bracket
/// that follows) and at line ends.
fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            cur.push(c);
            if matches!(c, '。' | '！' | '？' | '；') {
                while let Some(q) = chars.next_if(|q| matches!(q, '”' | '’' | '）' | '」' | '』')) {
                    cur.push(q);
                }
                out.push(std::mem::take(&mut cur));
            }
        }
        if !cur.trim().is_empty() {
            // A line without closing punctuation still ends a sentence.
            cur.push('。');
            out.push(cur);
        }
    }
    out
}

/// A run of digits with its digits varied: four-digit years stay 2023–2025; other numbers
/// keep their length (no leading zero).
fn vary_number(run: &str, rng: &mut Lcg) -> String {
    if run.len() == 4 && run.starts_with("20") {
        return format!("202{}", 3 + rng.next(3));
    }
    run.chars()
        .enumerate()
        .map(|(k, _)| {
            let d = if k == 0 && run.len() > 1 {
                1 + rng.next(9)
            } else {
                rng.next(10)
            };
            char::from(b'0' + d as u8)
        })
        .collect()
}

/// The start of a sentence up to its first comma or stop (at most 24 characters), for a title.
pub(super) fn first_clause(p: &str) -> String {
    p.split(['，', '。', '：', '；', '！', '？'])
        .next()
        .unwrap_or(p)
        .chars()
        .filter(|c| !matches!(c, '"' | '\\'))
        .take(24)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_with_their_closing_quotes_and_at_line_ends() {
        let s = split_sentences("他说：“好。”然后走了！真的？是；\n没有句号");
        assert_eq!(s, ["他说：“好。”", "然后走了！", "真的？", "是；", "没有句号。"]);
    }

    #[test]
    fn numbers_keep_their_length_and_years_stay_years() {
        let mut rng = Lcg(7);
        for _ in 0..100 {
            let year = vary_number("2025", &mut rng);
            assert!(["2023", "2024", "2025"].contains(&year.as_str()));
            let n = vary_number("173", &mut rng);
            assert!(n.len() == 3 && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()));
        }
    }
}
