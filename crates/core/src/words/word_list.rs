//! The word list of a group of articles (AntConc's Word List, Voyant's Terms): every word with
//! its rank, count, rate per 10,000 characters, the articles it is in and how evenly it spreads
//! over them (Gries's DP, [`super::dispersion::gries_dp`], the parts being the group's articles
//! sized by their tokens); filtered and sorted as the reader asks; as CSV and JSON.
//!
//! The rank is the word's place by count among the words listed before the text and
//! frequency filters (so filtering does not renumber), equal counts sharing a rank (1, 2, 2, 4).

use super::corpus_tokens::CorpusTokens;
pub use super::word_counts::{WordColumn, WordCounts, WordListOptions, WordRow};
use crate::compare::export::{csv_document, csv_text};
use crate::decimal::fixed;

/// The word list of the articles `group` (indices into [`CorpusTokens::articles`]), without
/// the words `skip` says to leave out (the stop words, unless the reader shows them): every
/// row of [`WordCounts::rows`].
pub fn word_list(
    words: &CorpusTokens,
    group: &[usize],
    opts: &WordListOptions,
    skip: &dyn Fn(u32) -> bool,
) -> Vec<WordRow> {
    WordCounts::new(words, group).rows(opts, skip, usize::MAX).1
}

/// The list as CSV (see [`crate::compare::export`]): rank, word, count, per 10k chars (two
/// decimals), articles, DP (three decimals, empty without).
pub fn word_list_csv(words: &CorpusTokens, rows: &[WordRow]) -> String {
    let header = ["rank", "word", "count", "per 10k chars", "articles", "DP"]
        .map(String::from)
        .to_vec();
    let lines = rows.iter().map(|r| {
        vec![
            r.rank.to_string(),
            csv_text(words.word(r.word)).into_owned(),
            r.count.to_string(),
            fixed(r.per_10k, 2),
            r.articles.to_string(),
            r.dp.map_or(String::new(), |d| fixed(d, 3)),
        ]
    });
    csv_document(std::iter::once(header).chain(lines))
}

/// One row of [`word_list_json`].
#[derive(miniserde::Serialize)]
struct JsonRow {
    rank: u32,
    word: String,
    count: u64,
    per_10k: f64,
    articles: u32,
    dp: Option<f64>,
}

/// The list as compact JSON: an array of `{rank, word, count, per_10k, articles, dp}` (`dp`
/// null without).
pub fn word_list_json(words: &CorpusTokens, rows: &[WordRow]) -> String {
    let rows: Vec<JsonRow> = rows
        .iter()
        .map(|r| JsonRow {
            rank: r.rank,
            word: words.word(r.word).to_string(),
            count: r.count,
            per_10k: r.per_10k,
            articles: r.articles,
            dp: r.dp,
        })
        .collect();
    crate::compare::export::to_json(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize_term;
    use crate::words::corpus_tokens::ArticleTokens;
    use crate::words::test_support::corpus;

    fn list(opts: &WordListOptions, group: &[usize]) -> Vec<(u32, String, u64, u32)> {
        let (_, c) = corpus(&[&["开源|模型|开源|的"], &["开源|生态|的|的"]]);
        let skip = |w: u32| c.word(w) == "的";
        let rows = word_list(&c, group, opts, &skip);
        rows.iter()
            .map(|r| (r.rank, c.word(r.word).to_string(), r.count, r.articles))
            .collect()
    }

    #[test]
    fn words_are_ranked_by_count_without_skipped_words() {
        let rows = list(&WordListOptions::default(), &[0, 1]);
        let expected = [(1, "开源", 3, 2), (2, "模型", 1, 1), (2, "生态", 1, 1)];
        assert_eq!(rows, expected.map(|(r, w, n, a)| (r, w.to_string(), n, a)));
    }

    #[test]
    fn filters_keep_the_ranks() {
        let opts = WordListOptions {
            contains: "生".into(),
            ..WordListOptions::default()
        };
        assert_eq!(list(&opts, &[0, 1]), [(2, "生态".to_string(), 1, 1)]);
        let frequent = WordListOptions {
            min_count: 2,
            ..WordListOptions::default()
        };
        assert_eq!(list(&frequent, &[0, 1]).len(), 1);
    }

    #[test]
    fn any_column_sorts_both_ways() {
        let opts = WordListOptions {
            sort: WordColumn::Word,
            descending: true,
            ..WordListOptions::default()
        };
        let words: Vec<String> = list(&opts, &[0, 1]).into_iter().map(|r| r.1).collect();
        assert_eq!(words, ["生态", "模型", "开源"]);
    }

    #[test]
    fn rates_and_dp_by_hand() {
        // Article 0: 4 tokens, 7 chars; article 1: 4 tokens, 6 chars. 开源: 2 and 1 of 3, shares
        // .5 and .5: DP = (|2/3 − .5| + |1/3 − .5|) / 2 = 1/6. 模型: (|1 − .5| + .5) / 2 = .5.
        let (_, c) = corpus(&[&["开源|模型|开源|的"], &["开源|生态|的|的"]]);
        let rows = word_list(&c, &[0, 1], &WordListOptions::default(), &|_| false);
        let kaiyuan = &rows[0];
        assert_eq!(c.word(kaiyuan.word), "开源");
        assert!((kaiyuan.dp.unwrap() - 1.0 / 6.0).abs() < 1e-9);
        assert!((kaiyuan.per_10k - 3.0 * 10_000.0 / 13.0).abs() < 1e-9);
        let moxing = rows.iter().find(|r| c.word(r.word) == "模型").unwrap();
        assert!((moxing.dp.unwrap() - 0.5).abs() < 1e-9);
        let one = word_list(&c, &[0], &WordListOptions::default(), &|_| false);
        assert_eq!(one[0].dp, None);
    }

    #[test]
    fn exports_name_the_words() {
        let (_, c) = corpus(&[&["开源|模型|开源"]]);
        let rows = word_list(&c, &[0], &WordListOptions::default(), &|_| false);
        assert_eq!(
            word_list_csv(&c, &rows),
            "\u{FEFF}rank,word,count,per 10k chars,articles,DP\r\n1,开源,2,3333.33,1,\r\n2,模型,1,1666.67,1,\r\n"
        );
        let json = word_list_json(&c, &rows);
        assert!(
            json.starts_with("[{\"rank\":1,\"word\":\"开源\",\"count\":2,"),
            "{json}"
        );
        assert!(json.contains("\"dp\":null"), "{json}");
    }

    /// The list as it was made before [`WordCounts`]: every row, sorted twice.
    fn reference(
        words: &CorpusTokens,
        group: &[usize],
        opts: &WordListOptions,
        skip: &dyn Fn(u32) -> bool,
    ) -> Vec<WordRow> {
        let articles: Vec<&ArticleTokens> = group.iter().filter_map(|&i| words.articles.get(i)).collect();
        let n = words.vocabulary.len();
        let mut count = vec![0u64; n];
        let mut in_articles = vec![0u32; n];
        for a in &articles {
            for &(w, c) in &a.counts {
                count[w as usize] += u64::from(c);
                in_articles[w as usize] += 1;
            }
        }
        let dp = (articles.len() >= 2).then(|| dispersions(&articles, &count));
        let chars: u64 = articles.iter().map(|a| a.chars).sum();
        let mut rows: Vec<WordRow> = (0u32..)
            .zip(&count)
            .filter(|&(w, &c)| c > 0 && !skip(w))
            .map(|(w, &c)| WordRow {
                rank: 0,
                word: w,
                count: c,
                per_10k: if chars == 0 {
                    0.0
                } else {
                    c as f64 * 10_000.0 / chars as f64
                },
                articles: in_articles[w as usize],
                dp: dp.as_ref().map(|d| d[w as usize]),
            })
            .collect();
        crate::sorting::sort_by(&mut rows, |a, b| {
            b.count.cmp(&a.count).then_with(|| words.text_cmp(a.word, b.word))
        });
        let mut previous = (0u64, 0u32);
        for (place, row) in (1u32..).zip(rows.iter_mut()) {
            if row.count != previous.0 {
                previous = (row.count, place);
            }
            row.rank = previous.1;
        }
        let needle = normalize_term(&opts.contains);
        rows.retain(|r| {
            r.count >= opts.min_count && (needle.is_empty() || normalize_term(words.word(r.word)).contains(&needle))
        });
        sort_rows(&mut rows, words, opts);
        rows
    }

    /// Every word's DP over these articles (0 for words they do not use), in one pass over their
    /// counts: a part without the word adds its whole share sᵢ.
    fn dispersions(articles: &[&ArticleTokens], count: &[u64]) -> Vec<f64> {
        let size: u64 = articles.iter().map(|a| a.tokens.len() as u64).sum();
        let mut deviation = vec![0.0f64; count.len()];
        let mut shares = vec![0.0f64; count.len()];
        if size == 0 {
            return deviation;
        }
        for a in articles {
            let share = a.tokens.len() as f64 / size as f64;
            for &(w, c) in &a.counts {
                let w = w as usize;
                deviation[w] += (f64::from(c) / count[w] as f64 - share).abs();
                shares[w] += share;
            }
        }
        deviation
            .iter()
            .zip(&shares)
            .map(|(d, s)| (d + (1.0 - s).max(0.0)) / 2.0)
            .collect()
    }

    fn sort_rows(rows: &mut [WordRow], words: &CorpusTokens, opts: &WordListOptions) {
        use std::cmp::Ordering;
        let by = |a: &WordRow, b: &WordRow| -> Ordering {
            match opts.sort {
                WordColumn::Rank => Ordering::Equal,
                WordColumn::Word => words.text_cmp(a.word, b.word),
                WordColumn::Count => a.count.cmp(&b.count),
                WordColumn::Articles => a.articles.cmp(&b.articles),
                WordColumn::Dispersion => a.dp.unwrap_or(0.0).total_cmp(&b.dp.unwrap_or(0.0)),
            }
        };
        let tie = |a: &WordRow, b: &WordRow| a.rank.cmp(&b.rank).then_with(|| words.text_cmp(a.word, b.word));
        crate::sorting::sort_by(rows, |a, b| {
            let order = by(a, b).then_with(|| tie(a, b));
            if opts.descending {
                order.reverse()
            } else {
                order
            }
        });
    }

    #[test]
    fn pages_begin_the_whole_list() {
        // Words with equal counts, DPs and article counts, over uneven articles.
        let texts: Vec<String> = (0..9)
            .map(|i| {
                (0..(7 + i * 3))
                    .map(|j| {
                        ["开源", "模型", "的", "生态", "算力", "芯片", "成本", "数据"][(i * j + j / 2) % (3 + i % 6)]
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        let blocks: Vec<Vec<&str>> = texts.iter().map(|t| vec![t.as_str()]).collect();
        let blocks: Vec<&[&str]> = blocks.iter().map(Vec::as_slice).collect();
        let (_, c) = corpus(&blocks);
        let skip = |w: u32| c.word(w) == "的";
        let columns = [
            WordColumn::Rank,
            WordColumn::Word,
            WordColumn::Count,
            WordColumn::Articles,
            WordColumn::Dispersion,
        ];
        for group in [vec![0usize, 1, 2, 3, 4, 5, 6, 7, 8], vec![8, 2, 5], vec![3], vec![]] {
            for sort in columns {
                for descending in [false, true] {
                    for (contains, min_count) in [("", 1), ("", 3), ("型", 1)] {
                        let opts = WordListOptions {
                            sort,
                            descending,
                            contains: contains.into(),
                            min_count,
                        };
                        let all = reference(&c, &group, &opts, &skip);
                        let counts = WordCounts::new(&c, &group);
                        for limit in 0..=all.len() + 1 {
                            let (total, rows) = counts.rows(&opts, &skip, limit);
                            assert_eq!(total, all.len());
                            assert_eq!(rows, all[..limit.min(all.len())], "{opts:?} {limit}");
                        }
                    }
                }
            }
        }
    }
}
