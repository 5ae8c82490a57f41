//! The corpus tools over the real seeds: jieba's cut stored and read back, the word list,
//! collocates, clusters and the dispersion plot, with values checked by hand where said.
#![cfg(feature = "ingest")]

use explorer_core::ingest::segment::Segmenter;
use explorer_core::model::Corpus;
use explorer_core::search::{Query, SearchIndex};
use explorer_core::words::clusters::{clusters, phrase, ClusterOptions};
use explorer_core::words::collocates::{collocates, CollocateOptions};
use explorer_core::words::corpus_tokens::CorpusTokens;
use explorer_core::words::dispersion::plot;
use explorer_core::words::tokens::{decode, encode};
use explorer_core::words::word_list::{word_list, WordListOptions};
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

struct Seeds {
    corpus: Corpus,
    segmenter: Segmenter,
    cuts: Vec<Vec<u32>>,
    words: CorpusTokens,
    index: SearchIndex,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let (corpus, segmenter) =
            explorer_core::ingest::ingest_dir_keeping_segmenter(&folder, 2).expect("seeds readable");
        let cuts = explorer_core::ingest::cut_lengths(&corpus, &segmenter);
        let bytes = encode(&cuts);
        let words = CorpusTokens::build(&corpus.articles, &decode(&bytes).expect("decodes")).expect("fits the texts");
        let index = SearchIndex::new(&corpus);
        Seeds {
            corpus,
            segmenter,
            cuts,
            words,
            index,
        }
    })
}

fn all() -> Vec<usize> {
    (0..seeds().corpus.articles.len()).collect()
}

/// The hits of `q` per matching article, as byte ranges.
fn hits(q: &str) -> Vec<(usize, Vec<Range<usize>>)> {
    let s = seeds();
    let results = s.index.search(&Query::parse(q));
    results
        .iter()
        .map(|r| (r.doc, r.hits.iter().map(|h| h.range.clone()).collect()))
        .collect()
}

/// The article of a seed file ("001"), with its index.
fn article(prefix: &str) -> usize {
    let s = seeds();
    s.corpus
        .articles
        .iter()
        .position(|a| a.file.starts_with(prefix))
        .expect("seed exists")
}

#[test]
fn the_stored_cut_reads_back_and_covers_every_text() {
    let s = seeds();
    assert_eq!(decode(&encode(&s.cuts)).unwrap(), s.cuts);
    for (a, cut) in s.corpus.articles.iter().zip(&s.cuts) {
        let chars: u64 = cut.iter().map(|&n| u64::from(n)).sum();
        assert_eq!(chars, a.text.chars().count() as u64, "{}", a.file);
        assert!(cut.iter().all(|&n| n > 0), "{}", a.file);
    }
    // 9,478 tokens (punctuation and whitespace included) in half a byte each, about.
    assert_eq!(s.cuts.iter().map(Vec::len).sum::<usize>(), 9478);
    assert!(encode(&s.cuts).len() < 9478 / 2 + 100);
}

#[test]
fn the_words_read_back_are_the_words_the_build_counted() {
    // The build's word statistics are the tokens' words less the stop words, in the same order.
    let s = seeds();
    for (i, a) in s.corpus.articles.iter().enumerate() {
        let built = s.segmenter.words(&a.text);
        let mut next = built.iter().peekable();
        for t in &s.words.articles[i].tokens {
            let word = s.words.word(t.word);
            assert_eq!(
                &a.text[t.start as usize..t.end as usize].to_lowercase(),
                word,
                "{}",
                a.file
            );
            if next.peek().is_some_and(|w| w.as_str() == word) {
                next.next();
            } else {
                assert!(
                    s.segmenter.words(word).is_empty(),
                    "{word} of {} is neither counted nor a stop word",
                    a.file
                );
            }
        }
        assert!(next.next().is_none(), "{}: counted words left over", a.file);
    }
}

#[test]
fn the_word_list_counts_the_corpus() {
    let s = seeds();
    let rows = word_list(&s.words, &all(), &WordListOptions::default(), &|_| false);
    let top: Vec<(u32, &str, u64, u32)> = rows
        .iter()
        .take(9)
        .map(|r| (r.rank, s.words.word(r.word), r.count, r.articles))
        .collect();
    assert_eq!(
        top,
        [
            (1, "的", 588, 5),
            (2, "deepseek", 182, 5),
            (3, "了", 129, 5),
            (4, "模型", 96, 5),
            (5, "在", 92, 5),
            (6, "ai", 91, 5),
            (7, "是", 82, 5),
            (8, "和", 81, 5),
            (8, "技术", 81, 5),
        ]
    );
    let kaiyuan = rows.iter().find(|r| s.words.word(r.word) == "开源").unwrap();
    assert_eq!((kaiyuan.rank, kaiyuan.count), (11, 61));
    // 61 per 17,522 characters.
    assert_eq!(s.corpus.total_chars(), 17_522);
    assert!((kaiyuan.per_10k - 61.0 * 10_000.0 / 17_522.0).abs() < 1e-9);
    assert_eq!(explorer_core::decimal::fixed(kaiyuan.dp.unwrap(), 3), "0.243");
}

#[test]
fn collocates_of_kaiyuan() {
    let s = seeds();
    let found = collocates(&s.words, &all(), &hits("开源"), &CollocateOptions::default(), &|_| {
        false
    });
    assert_eq!((found.nodes, found.window_tokens, found.group_tokens), (61, 535, 7514));
    let row = |w: &str| found.rows.iter().find(|r| s.words.word(r.word) == w).unwrap();
    let moxing = row("模型");
    // 14 + log2(2·20 / (61 + 96)) = 12.03.
    assert_eq!((moxing.together, moxing.total), (20, 96));
    assert_eq!(explorer_core::decimal::fixed(moxing.log_dice, 2), "12.03");
    assert_eq!(explorer_core::decimal::fixed(row("ai").log_dice, 2), "11.75");
    assert_eq!(explorer_core::decimal::fixed(row("全球").log_dice, 2), "10.94");
    let first: Vec<&str> = found.rows.iter().take(3).map(|r| s.words.word(r.word)).collect();
    assert_eq!(first, ["模型", "ai", "与"]);
}

#[test]
fn two_word_clusters() {
    // grep: 蒸馏技术 12 times (1 in 000, 11 in 004), 开源模型 10 (6 in 000, 3 in 001, 1 in 002).
    let s = seeds();
    let found = clusters(&s.words, &all(), &ClusterOptions::default(), &|_| false);
    let get = |p: &str| {
        found
            .iter()
            .find(|c| phrase(&s.words, c) == p)
            .map(|c| (c.count, c.articles))
    };
    assert_eq!(get("蒸馏技术"), Some((12, 2)));
    assert_eq!(get("开源模型"), Some((10, 3)));
    assert_eq!(phrase(&s.words, &found[0]), "deepseek的");
}

#[test]
fn dispersion_marks_of_liang_wenfeng() {
    let s = seeds();
    let results = s.index.search(&Query::parse("梁文锋"));
    let hits: Vec<_> = results.iter().map(|r| (r.doc, r.hits.clone())).collect();
    let rows = plot(&s.corpus.articles, &all(), &hits);
    let offsets: Vec<(usize, usize, Vec<usize>)> = rows
        .iter()
        .map(|r| (r.chars, r.hits, r.marks.iter().map(|m| m.offset).collect()))
        .collect();
    assert_eq!(offsets[article("001")], (4529, 2, vec![3417, 3507]));
    assert_eq!(offsets[article("003")], (2517, 2, vec![2256, 2376]));
    assert_eq!(offsets[article("000")], (3998, 0, vec![]));
    for row in &rows {
        let text = &s.corpus.articles[row.article].text;
        for m in &row.marks {
            let at: String = text.chars().skip(m.offset).take(3).collect();
            assert_eq!(at, "梁文锋");
            assert!((m.at - m.offset as f32 / row.chars as f32).abs() < 1e-6);
        }
    }
}
