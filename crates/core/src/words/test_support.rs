//! Small corpora for the words modules' unit tests, cut by hand instead of by jieba.

use super::corpus_tokens::CorpusTokens;
use crate::model::{Article, Block, BlockKind};

/// An article whose paragraphs are `blocks`, joined by blank lines as the ingest joins them.
pub(crate) fn article(blocks: &[&str]) -> Article {
    let mut a = crate::test_support::article("t");
    for (i, text) in blocks.iter().enumerate() {
        if i > 0 {
            a.text.push_str("\n\n");
        }
        let start = a.text.len();
        a.text.push_str(text);
        a.blocks.push(Block {
            kind: BlockKind::Paragraph,
            range: start..a.text.len(),
            link: None,
        });
    }
    a.char_count = a.text.chars().count();
    a
}

/// Articles whose paragraphs are written with `|` between the tokens (`开源|，|生态`), and
/// their tokens, cut there (each blank line between paragraphs is two tokens, as jieba cuts it).
pub(crate) fn corpus(articles: &[&[&str]]) -> (Vec<Article>, CorpusTokens) {
    let mut built = Vec::new();
    let mut cuts = Vec::new();
    for blocks in articles {
        let plain: Vec<String> = blocks.iter().map(|b| b.replace('|', "")).collect();
        let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
        built.push(article(&plain));
        let mut lengths = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            if i > 0 {
                lengths.extend([1, 1]);
            }
            lengths.extend(b.split('|').filter(|t| !t.is_empty()).map(|t| t.chars().count() as u32));
        }
        cuts.push(lengths);
    }
    let tokens = CorpusTokens::build(&built, &cuts).expect("the test's cut fits its text");
    (built, tokens)
}
