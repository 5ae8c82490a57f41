//! The corpus's spelling variants as the page reads them: the build's sets
//! (`passages::spelling_variants`, feature `ingest`), at most [`MAX_SETS`], each spelling with
//! how often every article writes it, written as a flat table of little-endian `u32`s followed
//! by the spellings' UTF-8 ([`encode`]) that the page reads back by hand ([`decode`]): no serde
//! decoder in the page, and a few hundred bytes on the seeds.
//!
//! Layout: the number of words `w` (this one included), the number of sets; per set its number
//! of spellings; per spelling its UTF-8 length in bytes, its number of articles and each
//! article's `index count`. After the `w` words come the spellings' UTF-8 bytes, in order.
//!
//! Counts are as written, in the articles' displayed texts: a Latin spelling as a whole word
//! with exactly these capitals (`OpenAI` is not counted in `OpenAIs` nor as `Openai`),
//! any other as a substring.

use crate::model::{Article, Corpus, VariantSet};

/// The name of the file the build writes the table to beside the embedded corpus.
pub const FILE: &str = "variants.u32";

/// How many sets the page gets (the most written): the comparison lists them all.
pub const MAX_SETS: usize = 20;

/// One spelling and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    /// The spelling, as written.
    pub text: String,
    /// `(article index, times written)`, by article; articles that never write it left out.
    pub articles: Vec<(u32, u32)>,
}

impl Spelling {
    /// How often the corpus writes it.
    pub fn total(&self) -> u32 {
        self.articles.iter().map(|a| a.1).sum()
    }
}

/// Spellings of one name or word, most written first.
pub type SpellingSet = Vec<Spelling>;

/// How often `text` writes `spelling` (see the module documentation).
fn count(text: &str, spelling: &str) -> u32 {
    let latin = spelling.starts_with(|c: char| c.is_ascii_alphanumeric());
    let word = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    let bytes = text.as_bytes();
    let found = text.match_indices(spelling).filter(|&(i, s)| {
        !latin || !(word(i.checked_sub(1).and_then(|p| bytes.get(p))) || word(bytes.get(i + s.len())))
    });
    found.count() as u32
}

/// Each spelling's counts per article of `articles`.
fn spelling(text: &str, articles: &[Article]) -> Spelling {
    let per = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (i as u32, count(&a.text, text)));
    Spelling {
        text: text.to_string(),
        articles: per.filter(|a| a.1 > 0).collect(),
    }
}

/// The table for `corpus` (the articles in the page's order) of the build's `sets`: the first
/// [`MAX_SETS`] that still have two spellings written in the texts.
pub fn encode(sets: &[VariantSet], corpus: &Corpus) -> Vec<u8> {
    let found = sets.iter().filter_map(|set| {
        let spellings: Vec<Spelling> = set
            .spellings
            .iter()
            .map(|(s, _)| spelling(s, &corpus.articles))
            .filter(|s| !s.articles.is_empty())
            .collect();
        (spellings.len() > 1).then_some(spellings)
    });
    let found: Vec<SpellingSet> = found.take(MAX_SETS).collect();
    let mut words: Vec<u32> = vec![0, found.len() as u32];
    let mut text = Vec::new();
    for set in &found {
        words.push(set.len() as u32);
        for s in set {
            words.extend([s.text.len() as u32, s.articles.len() as u32]);
            words.extend(s.articles.iter().flat_map(|&(a, n)| [a, n]));
            text.extend_from_slice(s.text.as_bytes());
        }
    }
    words[0] = words.len() as u32;
    let mut out: Vec<u8> = words.into_iter().flat_map(u32::to_le_bytes).collect();
    out.extend(text);
    out
}

/// The sets of a table [`encode`] wrote; an empty or cut table reads as fewer sets (none).
pub fn decode(table: &[u8]) -> Vec<SpellingSet> {
    let word = |i: usize| {
        table
            .get(i * 4..i * 4 + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let (mut at, mut text) = (2, word(0) * 4);
    let mut out = Vec::new();
    for _ in 0..word(1) {
        let mut set = Vec::new();
        let n = word(at);
        at += 1;
        for _ in 0..n {
            let (len, m) = (word(at), word(at + 1));
            at += 2;
            let articles = (0..m)
                .map(|k| (word(at + 2 * k) as u32, word(at + 2 * k + 1) as u32))
                .collect();
            at += 2 * m;
            let Some(s) = table.get(text..text + len).and_then(|b| std::str::from_utf8(b).ok()) else {
                return out;
            };
            text += len;
            set.push(Spelling {
                text: s.to_string(),
                articles,
            });
        }
        out.push(set);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[&str]) -> Corpus {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut a = crate::test_support::article(&i.to_string());
                a.text = t.to_string();
                a
            })
            .collect();
        Corpus {
            articles,
            ..Corpus::default()
        }
    }

    fn set(spellings: &[&str]) -> VariantSet {
        VariantSet {
            spellings: spellings.iter().map(|s| (s.to_string(), 1)).collect(),
        }
    }

    #[test]
    fn latin_spellings_count_as_whole_words_with_their_capitals() {
        assert_eq!(
            count("DeepSeek, Deepseek DeepSeeks xDeepSeek DeepSeek的", "DeepSeek"),
            2
        );
        assert_eq!(count("张文伟说张文伟张文纬", "张文伟"), 2);
    }

    #[test]
    fn sets_read_back_with_their_counts_per_article() {
        let c = corpus(&["张文伟 OpenAI Openai", "张文纬张文伟 OpenAI", "无"]);
        let table = encode(&[set(&["张文伟", "张文纬"]), set(&["OpenAI", "Openai", "Opennai"])], &c);
        let sets = decode(&table);
        type Shown<'a> = Vec<Vec<(&'a str, Vec<(u32, u32)>)>>;
        let shown: Shown = sets
            .iter()
            .map(|s| s.iter().map(|p| (p.text.as_str(), p.articles.clone())).collect())
            .collect();
        assert_eq!(
            shown,
            [
                vec![("张文伟", vec![(0, 1), (1, 1)]), ("张文纬", vec![(1, 1)])],
                // Opennai is never written: left out.
                vec![("OpenAI", vec![(0, 1), (1, 1)]), ("Openai", vec![(0, 1)])],
            ]
        );
        assert_eq!(sets[0][0].total(), 2);
    }

    #[test]
    fn a_set_left_with_one_written_spelling_is_dropped_and_bad_tables_read_as_none() {
        let c = corpus(&["OpenAI"]);
        assert!(decode(&encode(&[set(&["OpenAI", "Openai"])], &c)).is_empty());
        assert!(decode(&[]).is_empty());
        let table = encode(&[set(&["张文伟", "张文纬"])], &corpus(&["张文伟张文纬"]));
        assert!(decode(&table[..table.len() - 1]).len() <= 1);
        assert_eq!(decode(&table).len(), 1);
    }
}
