//! A large corpus made deterministically from a real one's paragraphs, for benchmarks and
//! scale tests (feature `ingest`; never shipped to the page).

use crate::model::{Block, Corpus};

/// `articles` articles of at least `bytes_per_article` bytes of text each, made of paragraphs
/// drawn from `seed`'s articles by a fixed pseudo-random sequence (the same every run).
/// Article `i` copies the metadata of seed article `i mod n`, with id `synthetic-i` and the
/// title suffixed ` #i`; metadata derived from the text other than the character count is
/// the seed article's. An empty seed gives an empty corpus.
pub fn synthetic_corpus(seed: &Corpus, articles: usize, bytes_per_article: usize) -> Corpus {
    let paragraphs: Vec<(&Block, &str)> = seed
        .articles
        .iter()
        .flat_map(|a| a.blocks.iter().map(move |b| (b, a.block_text(b))))
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let mut corpus = Corpus::default();
    if paragraphs.is_empty() {
        return corpus;
    }
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for i in 0..articles {
        let mut a = seed.articles[i % seed.articles.len()].clone();
        a.id = format!("synthetic-{i:05}");
        a.file = format!("{}.txt", a.id);
        a.title = format!("{} #{i}", a.title);
        a.text.clear();
        a.blocks.clear();
        a.problems.clear();
        while a.text.len() < bytes_per_article {
            let (block, para) = paragraphs[(rng.next() % paragraphs.len() as u64) as usize];
            if !a.text.is_empty() {
                a.text.push_str("\n\n");
            }
            let start = a.text.len();
            a.text.push_str(para);
            a.blocks.push(Block {
                kind: block.kind,
                range: start..a.text.len(),
                link: block.link.clone(),
            });
        }
        a.char_count = a.text.chars().count();
        corpus.articles.push(a);
    }
    corpus
}

/// Marsaglia's xorshift64: tiny, deterministic, good enough to shuffle paragraphs.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest_dir;
    use std::path::Path;

    fn seeds() -> Corpus {
        ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the seeds folder is readable")
    }

    #[test]
    fn the_synthetic_corpus_is_the_same_every_time() {
        let seed = seeds();
        assert_eq!(synthetic_corpus(&seed, 20, 5000), synthetic_corpus(&seed, 20, 5000));
    }

    #[test]
    fn synthetic_articles_have_the_asked_size_and_valid_blocks() {
        let corpus = synthetic_corpus(&seeds(), 10, 8000);
        assert_eq!(corpus.articles.len(), 10);
        for a in &corpus.articles {
            assert!(a.text.len() >= 8000);
            assert_eq!(a.char_count, a.text.chars().count());
            for b in &a.blocks {
                assert!(!a.block_text(b).is_empty());
            }
        }
    }

    #[test]
    fn an_empty_seed_gives_an_empty_corpus() {
        assert!(synthetic_corpus(&Corpus::default(), 5, 100).articles.is_empty());
    }
}
