//! Shared passages, copies and variants (`passages::detect`) on the real seeds and on
//! fixtures made for each case of issue 14 (`tests/fixtures/passages/`).

use explorer_core::ingest::ingest_dir;
use explorer_core::model::{Corpus, Passages};
use explorer_core::passages::detect;
use std::path::Path;

fn corpus(folder: &str) -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(folder)).expect("the folder is readable")
}

/// Each cluster as (article id, byte range, text) per member.
fn shown(corpus: &Corpus, passages: &Passages) -> Vec<Vec<(String, u32, u32, String)>> {
    passages
        .clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .map(|m| {
                    let a = &corpus.articles[m.article as usize];
                    (
                        a.id.clone(),
                        m.start,
                        m.end,
                        a.text[m.start as usize..m.end as usize].to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

fn id(corpus: &Corpus, index: u32) -> &str {
    &corpus.articles[index as usize].id
}

fn member(id: &str, start: u32, end: u32, text: &str) -> (String, u32, u32, String) {
    (id.to_string(), start, end, text.to_string())
}

/// 周鸿祎谈DeepSeek (000) and 关胖本胖 (004) share the App Store sentence, with 中国地区和 inserted
/// and Deepseek/DeepSeek spelled differently; nothing else of 20 characters or more is shared.
#[test]
fn the_seeds_share_exactly_the_app_store_sentence() {
    let seeds = corpus("seeds");
    let passages = detect(&seeds);
    assert_eq!(
        shown(&seeds, &passages),
        [[
            member(
                "000_823bd0b36655b433",
                488,
                629,
                "1月27日，Deepseek应用登顶苹果中国地区和美国地区应用商店免费APP下载排行榜，在美区下载榜上超越了ChatGPT"
            ),
            member(
                "004_f2c8ec8c15103647",
                725,
                851,
                "1月27日，DeepSeek应用登顶苹果美国地区应用商店免费APP下载排行榜，在美区下载榜上超越了ChatGPT"
            ),
        ]]
    );
    assert_eq!(passages.clusters[0].similarity, 955);
    assert_eq!(passages.clusters[0].chars, 59);
    assert!(passages.copies.is_empty());
    let bytes = postcard::to_allocvec(&passages).unwrap();
    assert!(bytes.len() < 5 * 1024, "{} bytes", bytes.len());
}

#[test]
fn the_seeds_spell_liang_wenfeng_and_deepseek_several_ways() {
    let passages = detect(&corpus("seeds"));
    let sets: Vec<Vec<(&str, u32)>> = passages
        .variants
        .iter()
        .map(|v| v.spellings.iter().map(|(s, n)| (s.as_str(), *n)).collect())
        .collect();
    assert_eq!(
        sets,
        [
            vec![("DeepSeek", 143), ("Deepseek", 39), ("Deeepseek", 1), ("Deeseek", 1)],
            vec![("ChatGPT", 13), ("chatgpt", 2)],
            vec![("高性能", 6), ("高效能", 2)],
            vec![("梁文锋", 4), ("梁文峰", 3)],
        ]
    );
}

/// A copy with a few characters changed, traditional characters, one sentence dropped and
/// ASCII punctuation: one passage over both whole texts, and the later copy of the earlier.
#[test]
fn a_syndicated_copy_with_edits_is_one_passage_and_a_copy() {
    let c = corpus("tests/fixtures/passages/syndicated");
    let p = detect(&c);
    let found = shown(&c, &p);
    assert_eq!(found.len(), 1);
    let ends: Vec<(&str, u32, u32)> = found[0].iter().map(|m| (m.0.as_str(), m.1, m.2)).collect();
    assert_eq!(ends, [("a_original", 0, 629), ("b_copy", 0, 551)]);
    assert!(found[0][1].3.ends_with("这可能改变行业的竞争格局"));
    assert!(p.clusters[0].similarity > 900 && p.clusters[0].similarity < 1000);
    assert_eq!(p.copies.len(), 1);
    let copy = p.copies[0];
    assert_eq!((id(&c, copy.copy), id(&c, copy.of)), ("b_copy", "a_original"));
    assert_eq!(copy.original, Some(copy.of));
    assert_eq!(copy.share, 1000);
}

/// Two paragraphs quoted, the second in part, inside a comment: one passage, no copy.
#[test]
fn a_partial_quote_of_two_paragraphs_is_one_passage() {
    let c = corpus("tests/fixtures/passages/quote");
    let p = detect(&c);
    assert_eq!(
        shown(&c, &p),
        [[
            member(
                "a_report",
                122,
                352,
                "茶馆老板王先生说，过去三年里他把店面重新装修了一遍，还推出了低糖奶茶和手作点心，生意比疫情前还要好。\n\n他认为，传统行业并不怕新潮流，怕的是守着老办法不肯变"
            ),
            member(
                "b_comment",
                146,
                382,
                "茶馆老板王先生说，过去三年里他把店面重新装修了一遍，还推出了低糖奶茶和手作点心，生意比疫情前还要好。”\n\n“他认为，传统行业并不怕新潮流，怕的是守着老办法不肯变"
            ),
        ]]
    );
    assert_eq!(p.clusters[0].similarity, 1000);
    assert!(p.copies.is_empty());
}

/// The same notice in twelve files is one cluster of twelve, not 66 pairs.
#[test]
fn boilerplate_in_many_files_is_one_cluster() {
    let c = corpus("tests/fixtures/passages/boilerplate");
    let p = detect(&c);
    assert_eq!(p.clusters.len(), 1);
    let members = &shown(&c, &p)[0];
    assert_eq!(members.len(), 12);
    assert!(members
        .iter()
        .all(|m| m.3 == "本文来源于城市晚报客户端，未经授权不得转载，如需转载请联系本平台并注明出处，违者必究"));
    assert!(p.copies.is_empty());
}

/// Sharing only 深度求索人工智能基础技术研究有限公司 (18 characters) is no passage.
#[test]
fn a_shared_company_name_is_no_passage() {
    let p = detect(&corpus("tests/fixtures/passages/unrelated"));
    assert!(p.clusters.is_empty() && p.copies.is_empty(), "{p:?}");
}

/// The curator's corpus holds one copy, for the page's "collapse copies" (its end-to-end test):
/// the 网易 repost of the Tencent News report, the original unknown (the report is undated).
#[test]
fn the_curated_corpus_has_one_copy_the_repost() {
    let c = corpus("tests/fixtures/curated_corpus");
    let p = detect(&c);
    let copies: Vec<(&str, &str, Option<u32>)> = p
        .copies
        .iter()
        .map(|x| (id(&c, x.copy), id(&c, x.of), x.original))
        .collect();
    assert_eq!(copies, [("news-travel-repost", "news-qq-report", None)]);
}
