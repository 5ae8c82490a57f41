//! Words the segmenter must keep whole because the corpus itself names them: the outlets,
//! authors and sources of its articles, and the curator's word file [`WORDS_FILE`]. Without
//! them jieba cuts an outlet's name (a news site's, say 某某观察网) into its parts, which then
//! show up as keywords of the articles that name it.

use crate::model::Article;
use crate::script::is_han;

/// The curator's word file inside the seeds folder: one word per line, blank lines and lines
/// starting with `#` ignored. It is not an article.
pub const WORDS_FILE: &str = "words.txt";

/// The words of the curator's word file (see [`WORDS_FILE`]), trimmed, in file order.
pub fn read_words_file(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The Chinese names the articles carry in their metadata (outlet, author, the source's
/// Chinese name, if known), each cut at anything not a letter or digit (`某报（微信公众号）` gives
/// `某报` and `微信公众号`) and kept if it has two characters or more, one of them Chinese:
/// Latin words are already whole. Sorted, each once.
pub fn corpus_names(articles: &[Article]) -> Vec<String> {
    let mut names: Vec<String> = articles
        .iter()
        .flat_map(|a| {
            let source = (!a.source.is_unknown()).then_some(a.source.zh.as_str());
            [a.outlet.as_deref(), a.author.as_deref(), source]
        })
        .flatten()
        .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
        .filter(|part| part.chars().count() >= 2 && part.chars().any(is_han))
        .map(String::from)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_file_skips_blank_lines_and_comments() {
        assert_eq!(read_words_file("# 人名\n张三\n\n  某某网 \n"), ["张三", "某某网"]);
    }

    #[test]
    fn names_are_cut_at_punctuation_and_single_characters_dropped() {
        let mut a = crate::test_support::article("a");
        a.outlet = Some("某某观察网".into());
        a.author = Some("张三".into());
        let mut b = crate::test_support::article("b");
        b.outlet = Some("某报（微信公众号）".into());
        b.author = Some("李".into());
        b.source.key = "site".into();
        b.source.zh = "某某观察网".into();
        assert_eq!(corpus_names(&[a, b]), ["张三", "微信公众号", "某报", "某某观察网"]);
    }
}
