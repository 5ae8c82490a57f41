//! Property test of the shared-passage detection: over generated corpora (articles built
//! from shared sentences, edited copies, random characters, odd Unicode and punctuation),
//! `detect` never panics, is deterministic, and every range lies inside its article's text on
//! char boundaries.
#![cfg(feature = "ingest")]

use explorer_core::model::{Article, Corpus, Format, Source};
use explorer_core::passages::detect;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Pieces an article is made of: sentences several articles will share, and noise.
const PIECES: &[&str] = &[
    "1月27日，DeepSeek应用登顶苹果美国地区应用商店免费APP下载排行榜，在美区下载榜上超越了ChatGPT。",
    "深度求索人工智能基础技术研究有限公司",
    "芯片巨頭公司英偉達的股價單日暴跌17%，市值蒸發近六千億美元。",
    "本文来源于城市晚报客户端，未经授权不得转载，如需转载请联系本平台并注明出处，违者必究。",
    "The model was trained for a fraction of the cost of its American rivals, analysts said.",
    "\n\n",
    " ",
    "，",
    "“",
    "”",
    "\u{200B}",
    "ﬁ",
    "Ｄｅｅｐ",
    "e\u{301}",
    "🙂",
    "𠀀𠀁",
    "",
];

fn article(i: usize, text: String) -> Article {
    Article {
        id: format!("{i:03}"),
        file: format!("{i:03}.txt"),
        format: Format::PlainText,
        title: format!("t{i}"),
        date: None,
        source: Source::unknown(),
        author: None,
        outlet: None,
        url: None,
        summary: String::new(),
        char_count: text.chars().count(),
        text,
        blocks: Vec::new(),
        problems: Vec::new(),
        word_counts: Vec::new(),
        figures: Vec::new(),
        title_rank: 0,
    }
}

/// One article's text: pieces, random Han characters, and single-character edits.
fn text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        prop::sample::select(PIECES).prop_map(String::from),
        prop::collection::vec(0x4E00u32..0x4E40, 0..30)
            .prop_map(|cs| cs.into_iter().filter_map(char::from_u32).collect()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(part, 0..12).prop_map(|parts| parts.concat())
}

fn config() -> Config {
    Config {
        cases: 10_000,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn detection_never_panics_and_ranges_are_on_char_boundaries(texts in prop::collection::vec(text(), 0..8)) {
        let corpus = Corpus {
            articles: texts.into_iter().enumerate().map(|(i, t)| article(i, t)).collect(),
            ..Corpus::default()
        };
        let found = detect(&corpus);
        for c in &found.clusters {
            prop_assert!(c.members.len() >= 2);
            prop_assert!(c.similarity <= 1000);
            for m in &c.members {
                let text = &corpus.articles[m.article as usize].text;
                let (s, e) = (m.start as usize, m.end as usize);
                prop_assert!(s < e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
        for c in &found.copies {
            prop_assert!(c.copy != c.of && (c.copy as usize) < corpus.articles.len());
            prop_assert!((800..=1000).contains(&c.share));
        }
        prop_assert_eq!(&detect(&corpus), &found);
    }
}
