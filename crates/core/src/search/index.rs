//! The search index (normalized texts, computed once) and query evaluation.

use super::matcher::{CharFilter, Matcher};
use super::normalize::{normalize_term, NormalizedText};
use super::positions::{CharPositions, CharPositionsBuilder, TermOccurrences};
use super::query::{Field, Query};
use crate::model::{Article, Corpus};
use serde::{Deserialize, Serialize};

/// What the index needs to know about one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchDoc<'a> {
    /// The headline.
    pub title: &'a str,
    /// The text that hit ranges point into ([`Article::text`]).
    pub text: &'a str,
    /// The author, if known.
    pub author: Option<&'a str>,
    /// The source's key, Chinese and English names, e.g. `["qq", "腾讯新闻", "Tencent News"]`.
    pub source: [&'a str; 3],
    /// Publication time in seconds since the Unix epoch, if known.
    pub date: Option<i64>,
}

impl<'a> From<&'a Article> for SearchDoc<'a> {
    fn from(a: &'a Article) -> Self {
        SearchDoc {
            title: &a.title,
            text: &a.text,
            author: a.author.as_deref(),
            source: [&a.source.key, &a.source.zh, &a.source.en],
            date: a.date.as_ref().map(|d| d.epoch_seconds),
        }
    }
}

/// Every article's normalized text, title and metadata, computed once; serializable, so the
/// build could compute it ahead of time. Articles are numbered in corpus order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    pub(super) docs: Vec<IndexedDoc>,
    avg_chars: f32,
    /// The number of articles BM25's idf counts: [`SearchIndex::len`], unless the index
    /// holds part of a larger corpus ([`SearchIndex::with_corpus_stats`]).
    pub(super) corpus_docs: usize,
    /// Where each character occurs in the normalized texts (`None` past 4 GB of text).
    positions: Option<CharPositions>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct IndexedDoc {
    pub(super) text: NormalizedText,
    /// Which characters the normalized text has (to skip scanning it for absent terms).
    filter: CharFilter,
    pub(super) title: NormalizedText,
    author: String,
    /// Key, Chinese and English name, normalized, joined by `\n` (no term spans two).
    source: String,
    source_key: String,
    date: Option<i64>,
    pub(super) chars: usize,
}

/// Builds a [`SearchIndex`] one article at a time, so a page can spread the work over the
/// moments between frames instead of freezing for it.
#[derive(Debug, Default)]
pub struct SearchIndexBuilder {
    docs: Vec<IndexedDoc>,
    positions: CharPositionsBuilder,
}

impl SearchIndexBuilder {
    /// Indexes the next article (articles are numbered in the order they are pushed).
    pub fn push(&mut self, d: SearchDoc<'_>) {
        let text = NormalizedText::new(d.text);
        self.positions.count(text.as_str());
        self.docs.push(IndexedDoc {
            filter: CharFilter::new(text.as_str()),
            text,
            title: NormalizedText::new(d.title),
            author: d.author.map(normalize_term).unwrap_or_default(),
            source: d.source.map(normalize_term).join("\n"),
            source_key: d.source[0].to_string(),
            date: d.date,
            chars: d.text.chars().count(),
        });
    }

    /// How many articles are indexed so far.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no article is indexed yet.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Does the next share of what [`finish`](Self::finish) has to do, after the last push
    /// (placing one article's characters in the position index), and returns whether it is
    /// all done: a page calls it between frames so finishing never freezes it either.
    pub fn finish_step(&mut self) -> bool {
        if let Some(next) = self.docs.get(self.positions.placed()) {
            if !self.positions.is_complete() {
                self.positions.fill_next(next.text.as_str());
            }
        }
        self.positions.is_complete()
    }

    /// The index over the articles pushed.
    pub fn finish(mut self) -> SearchIndex {
        while !self.finish_step() {}
        let docs = self.docs;
        let total: usize = docs.iter().map(|d| d.chars).sum();
        let avg_chars = if docs.is_empty() {
            0.0
        } else {
            total as f32 / docs.len() as f32
        };
        SearchIndex {
            corpus_docs: docs.len(),
            docs,
            avg_chars,
            positions: self.positions.finish(),
        }
    }
}

impl SearchIndex {
    /// Indexes a corpus.
    pub fn new(corpus: &Corpus) -> SearchIndex {
        SearchIndex::from_docs(corpus.articles.iter().map(SearchDoc::from))
    }

    /// Indexes articles given by their searchable parts.
    pub fn from_docs<'a>(docs: impl IntoIterator<Item = SearchDoc<'a>>) -> SearchIndex {
        let mut builder = SearchIndexBuilder::default();
        docs.into_iter().for_each(|d| builder.push(d));
        builder.finish()
    }

    /// The index of part of a larger corpus, scoring as the whole corpus's index would: BM25
    /// counts `total` articles and takes `avg_chars` as their average length (what
    /// [`SearchIndex::avg_chars`] of the whole corpus's index says). Exact as long as every
    /// article of the corpus that holds a positive term of a query is in this part.
    pub fn with_corpus_stats(mut self, total: usize, avg_chars: f32) -> SearchIndex {
        self.corpus_docs = total;
        self.avg_chars = avg_chars;
        self
    }

    /// The average text length in characters that BM25 normalizes by.
    pub fn avg_chars(&self) -> f32 {
        self.avg_chars
    }

    /// An article's searchable strings, exactly as terms are matched against them: the
    /// normalized text, the normalized title, the normalized author (empty if none) and the
    /// source's key, Chinese and English names, normalized, joined by `\n` (no term contains a
    /// `\n`, nor spans two blocks of the text). Panics if `doc` is not below [`SearchIndex::len`].
    pub fn field_texts(&self, doc: usize) -> [&str; 4] {
        let d = &self.docs[doc];
        [d.text.as_str(), d.title.as_str(), &d.author, &d.source]
    }

    /// Where a term occurs in every text: looked up in the character index, else scanned for.
    pub(super) fn text_occurrences(&self, m: &Matcher) -> TermOccurrences {
        self.positions
            .as_ref()
            .and_then(|p| p.find(m, |d| self.docs[d].text.as_str()))
            .unwrap_or_else(|| {
                TermOccurrences::from_docs(self.docs.iter().map(|d| {
                    let text = if m.may_occur(&d.filter) { d.text.as_str() } else { "" };
                    m.find_iter(text).map(|r| r.start)
                }))
            })
    }

    /// How many articles are indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// An article's normalized text (what terms are matched against). Panics if `doc` is not
    /// below [`SearchIndex::len`].
    pub fn normalized_text(&self, doc: usize) -> &NormalizedText {
        &self.docs[doc].text
    }

    /// An article's length in characters. Panics if `doc` is not below [`SearchIndex::len`].
    pub fn chars(&self, doc: usize) -> usize {
        self.docs[doc].chars
    }

    /// An article's publication time (seconds since the Unix epoch), if known. Panics if `doc`
    /// is not below [`SearchIndex::len`].
    pub fn date(&self, doc: usize) -> Option<i64> {
        self.docs[doc].date
    }

    /// An article's source key ([`crate::model::Source::key`]). Panics if `doc` is not below
    /// [`SearchIndex::len`].
    pub fn source_key(&self, doc: usize) -> &str {
        &self.docs[doc].source_key
    }

    /// How often `term` (an index into [`Query::terms`]) occurs in each article: in the text
    /// for a plain term, in the title for a `title:` term, 1 or 0 for `author:` and `source:`
    /// terms. Negation is ignored; an index past the terms counts 0 everywhere.
    pub fn occurrences(&self, query: &Query, term: usize) -> Vec<usize> {
        let Some(field) = query.terms().get(term).map(|t| t.field) else {
            return vec![0; self.len()];
        };
        let m = query.matcher(term);
        if field == Field::Any {
            let occ = self.text_occurrences(m);
            return (0..self.len()).map(|d| occ.in_doc(d).len()).collect();
        }
        self.docs
            .iter()
            .map(|d| match field {
                Field::Title => m.find_iter(d.title.as_str()).count(),
                _ => usize::from(d.contains(m, field)),
            })
            .collect()
    }
}

impl IndexedDoc {
    pub(super) fn contains(&self, m: &Matcher, field: Field) -> bool {
        match field {
            Field::Any => (m.may_occur(&self.filter) && m.is_in(self.text.as_str())) || m.is_in(self.title.as_str()),
            Field::Title => m.is_in(self.title.as_str()),
            Field::Author => m.is_in(&self.author),
            Field::Source => m.is_in(&self.source),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(title: &'a str, text: &'a str) -> SearchDoc<'a> {
        SearchDoc {
            title,
            text,
            author: Some("李国杰"),
            source: ["qq", "腾讯新闻", "Tencent News"],
            date: None,
        }
    }

    fn index(texts: &[&'static str]) -> SearchIndex {
        SearchIndex::from_docs(texts.iter().map(|t| doc("标题", t)))
    }

    #[test]
    fn an_index_finished_in_steps_is_the_index_finished_at_once() {
        let texts = ["英伟达的股价，英伟达", "", "开源与闭源 DeepSeek", "达英伟达达"];
        let mut builder = SearchIndexBuilder::default();
        builder.push(doc("标题", texts[0]));
        builder.push(doc("标题", texts[1]));
        assert!(!builder.finish_step());
        // A push after finishing began is taken in, and finishing starts over.
        builder.push(doc("标题", texts[2]));
        builder.push(doc("标题", texts[3]));
        let mut steps = 1;
        while !builder.finish_step() {
            steps += 1;
        }
        assert_eq!(steps, texts.len());
        assert!(builder.finish_step(), "stays finished");
        assert_eq!(builder.finish(), index(&texts));
        assert!(SearchIndexBuilder::default().finish_step(), "nothing to finish");
    }

    fn hit_texts(text: &str, q: &str) -> Vec<String> {
        let idx = index(&[Box::leak(text.to_string().into_boxed_str())]);
        let res = idx.search(&Query::parse(q));
        res.first()
            .map(|r| r.hits.iter().map(|h| text[h.range.clone()].to_string()).collect())
            .unwrap_or_default()
    }

    fn matching(texts: &[&'static str], q: &str) -> Vec<usize> {
        let mut docs: Vec<usize> = index(texts).search(&Query::parse(q)).iter().map(|r| r.doc).collect();
        docs.sort();
        docs
    }

    #[test]
    fn a_chinese_substring_is_found_inside_a_word() {
        assert_eq!(hit_texts("快速排序算法", "排序"), ["排序"]);
    }

    #[test]
    fn a_chinese_substring_is_found_across_words() {
        assert_eq!(hit_texts("这是一段简短的话", "段简"), ["段简"]);
    }

    #[test]
    fn a_single_character_is_a_query() {
        assert_eq!(hit_texts("开源与闭源", "源"), ["源", "源"]);
    }

    #[test]
    fn latin_case_is_ignored() {
        assert_eq!(hit_texts("DeepSeek与Deepseek", "deepSEEK"), ["DeepSeek", "Deepseek"]);
    }

    #[test]
    fn full_width_latin_equals_ascii() {
        assert_eq!(hit_texts("ＤｅｅｐＳｅｅｋ横空出世", "DeepSeek"), ["ＤｅｅｐＳｅｅｋ"]);
    }

    #[test]
    fn a_query_in_full_width_finds_ascii() {
        assert_eq!(hit_texts("DeepSeek横空出世", "ＤｅｅｐＳｅｅｋ"), ["DeepSeek"]);
    }

    #[test]
    fn a_query_without_spaces_finds_spaced_chinese() {
        assert_eq!(hit_texts("新的标志性 事件。", "标志性事件"), ["标志性 事件"]);
    }

    #[test]
    fn a_phrase_with_spaces_finds_unspaced_chinese() {
        assert_eq!(hit_texts("新的标志性事件。", "\"标志性 事件\""), ["标志性事件"]);
    }

    #[test]
    fn a_phrase_with_a_space_between_latin_words_finds_them_spaced() {
        assert_eq!(hit_texts("超过了 Open  AI的", "\"open ai\""), ["Open  AI"]);
    }

    #[test]
    fn a_phrase_with_a_space_between_latin_words_does_not_find_them_joined() {
        assert!(hit_texts("OpenAI公司", "\"open ai\"").is_empty());
    }

    #[test]
    fn a_space_between_latin_and_chinese_is_optional() {
        assert_eq!(hit_texts("DeepSeek 引发的思考", "DeepSeek引发"), ["DeepSeek 引发"]);
    }

    #[test]
    fn typographic_and_straight_quotes_are_equal() {
        assert_eq!(
            hit_texts("开启AI产业的“iPhone”时刻", "的\"iPhone\"时刻"),
            ["的“iPhone”时刻"]
        );
    }

    #[test]
    fn a_traditional_query_finds_simplified_text() {
        assert_eq!(hit_texts("模型蒸馏与开源技术", "蒸餾 開源"), ["蒸馏", "开源"]);
    }

    #[test]
    fn a_simplified_query_finds_traditional_text() {
        assert_eq!(hit_texts("這是國運級別的機遇", "国运"), ["國運"]);
    }

    #[test]
    fn a_hit_never_starts_or_ends_on_a_space() {
        assert_eq!(hit_texts("DeepSeek 的 崛起", "的崛起"), ["的 崛起"]);
    }

    #[test]
    fn no_hit_spans_two_blocks() {
        assert!(hit_texts("科技震撼\n\nDeepSeek的横空出世", "震撼DeepSeek").is_empty());
    }

    #[test]
    fn all_words_must_occur() {
        assert_eq!(matching(&["开源模型", "开源与蒸馏", "蒸馏"], "开源 蒸馏"), [1]);
    }

    #[test]
    fn any_alternative_may_occur() {
        assert_eq!(matching(&["开源模型", "闭源", "蒸馏"], "开源 | 蒸馏"), [0, 2]);
    }

    #[test]
    fn a_minus_excludes_articles() {
        assert_eq!(matching(&["开源模型", "开源与蒸馏", "蒸馏"], "开源 -蒸馏"), [0]);
    }

    #[test]
    fn only_exclusions_keep_the_other_articles() {
        assert_eq!(matching(&["开源模型", "开源与蒸馏", "蒸馏"], "-开源"), [2]);
    }

    #[test]
    fn an_empty_query_matches_every_article() {
        assert_eq!(matching(&["甲", "乙"], ""), [0, 1]);
    }

    #[test]
    fn a_term_in_the_title_matches() {
        let idx = SearchIndex::from_docs([doc("国运之战", "正文"), doc("别的", "正文")]);
        let res = idx.search(&Query::parse("国运"));
        assert_eq!(res.len(), 1);
        assert_eq!(res[0].title_hits[0].range, 0..6);
        assert!(res[0].hits.is_empty());
    }

    #[test]
    fn title_field_looks_only_at_titles() {
        let idx = SearchIndex::from_docs([doc("国运之战", "正文"), doc("别的", "国运")]);
        let docs: Vec<usize> = idx.search(&Query::parse("title:国运")).iter().map(|r| r.doc).collect();
        assert_eq!(docs, [0]);
    }

    fn by_source(q: &str) -> Vec<usize> {
        let mut other = doc("t", "x");
        other.source = ["科技导报", "科技导报", "Science & Technology Review"];
        let idx = SearchIndex::from_docs([doc("t", "x"), other]);
        idx.search(&Query::parse(q)).iter().map(|r| r.doc).collect()
    }

    #[test]
    fn source_field_matches_the_key_ignoring_case() {
        assert_eq!(by_source("source:QQ"), [0]);
    }

    #[test]
    fn source_field_matches_the_chinese_name() {
        assert_eq!(by_source("source:腾讯"), [0]);
    }

    #[test]
    fn source_field_matches_the_english_name() {
        assert_eq!(by_source("source:science"), [1]);
    }

    #[test]
    fn a_negated_source_field_excludes_the_source() {
        assert_eq!(by_source("-source:qq"), [1]);
    }

    #[test]
    fn author_field_matches_the_author() {
        let mut other = doc("t", "x");
        other.author = None;
        let idx = SearchIndex::from_docs([doc("t", "x"), other]);
        let docs: Vec<usize> = idx.search(&Query::parse("author:国杰")).iter().map(|r| r.doc).collect();
        assert_eq!(docs, [0]);
    }

    #[test]
    fn overlapping_hits_of_two_terms_merge() {
        let text = "由深度求索公司开发";
        let idx = index(&["由深度求索公司开发"]);
        let res = idx.search(&Query::parse("深度求索 求索公司"));
        let hits: Vec<(&str, usize)> = res[0].hits.iter().map(|h| (&text[h.range.clone()], h.term)).collect();
        assert_eq!(hits, [("深度求索公司", 0)]);
    }

    #[test]
    fn a_latin_term_inside_a_word_does_not_match() {
        assert!(matching(&["DeepSeek模型"], "seek").is_empty());
    }

    #[test]
    fn term_hits_count_each_term() {
        let idx = index(&["开源开源蒸馏"]);
        let res = idx.search(&Query::parse("开源 蒸馏 -闭源"));
        assert_eq!(res[0].term_hits, [2, 1, 0]);
    }

    #[test]
    fn more_hits_in_a_shorter_text_rank_first() {
        let idx = index(&["开源，一段很长很长很长的文字", "开源开源"]);
        let docs: Vec<usize> = idx.search(&Query::parse("开源")).iter().map(|r| r.doc).collect();
        assert_eq!(docs, [1, 0]);
    }

    #[test]
    fn a_title_hit_ranks_first() {
        let idx = SearchIndex::from_docs([doc("无关", "开源开源开源开源"), doc("开源之路", "开源")]);
        let docs: Vec<usize> = idx.search(&Query::parse("开源")).iter().map(|r| r.doc).collect();
        assert_eq!(docs, [1, 0]);
    }

    #[test]
    fn occurrences_of_a_missing_term_are_zero() {
        let idx = index(&["开源"]);
        assert_eq!(idx.occurrences(&Query::parse("开源"), 7), [0]);
    }

    #[test]
    fn occurrences_counts_per_article() {
        let idx = index(&["开源开源", "闭源", "开源"]);
        let q = Query::parse("开源");
        assert_eq!(idx.occurrences(&q, 0), [2, 0, 1]);
    }

    #[test]
    fn the_index_round_trips_through_serde() {
        let idx = index(&["标志性 事件", "ＤｅｅｐＳｅｅｋ"]);
        let bytes = postcard::to_allocvec(&idx).unwrap();
        let back: SearchIndex = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, idx);
    }
}
