//! The list's orders and the comparison's groupings over real folders: the seeds (dated, every
//! article with a source) and an undated, sourceless newsletter folder with subfolders.

use explorer_core::compare::groups::{group_articles, GroupBy, TOP_FOLDER_KEY};
use explorer_core::compare::usefulness::{default_grouping, usefulness, NotUseful};
use explorer_core::ingest::ingest_dir;
use explorer_core::ingest::title_order::compare_titles;
use explorer_core::listing::{default_sort, sorted, SortKey};
use explorer_core::model::Corpus;
use std::path::PathBuf;
use std::sync::OnceLock;

fn seeds() -> Corpus {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    ingest_dir(&seeds).expect("the seeds folder is readable")
}

/// A folder of undated newsletter issues without any source, in two subfolders and the top
/// (written and read once).
fn newsletters() -> Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(write_and_ingest_newsletters).clone()
}

fn write_and_ingest_newsletters() -> Corpus {
    let dir: PathBuf = std::env::temp_dir().join(format!("explorer-order-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = [
        ("2023/第 10 期.txt", "第 10 期\n\n本期讨论开源模型。"),
        ("2023/第 2 期.txt", "第 2 期\n\n本期讨论芯片。"),
        ("2023/第 100 期.txt", "第 100 期\n\n本期讨论算力。"),
        ("2024/中国.txt", "中国\n\n关于中国的文章。"),
        ("2024/北京.txt", "北京\n\n关于北京的文章。"),
        ("安全.txt", "安全\n\n关于安全的文章。"),
        ("AI.txt", "AI 周报\n\n关于人工智能的文章。"),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("create the fixture folder");
        std::fs::write(path, text).expect("write the fixture");
    }
    let corpus = ingest_dir(&dir).expect("the fixture folder is readable");
    let _ = std::fs::remove_dir_all(&dir);
    corpus
}

fn titles(corpus: &Corpus, key: SortKey, ascending: bool) -> Vec<&str> {
    sorted(&corpus.articles, key, ascending)
        .into_iter()
        .map(|i| corpus.articles[i].title.as_str())
        .collect()
}

#[test]
fn the_seeds_default_to_the_date_with_the_undated_last_and_rank_their_titles() {
    let c = seeds();
    assert_eq!(default_sort(&c.articles), SortKey::Date);
    for ascending in [false, true] {
        let order = sorted(&c.articles, SortKey::Date, ascending);
        let last = &c.articles[*order.last().expect("five seeds")];
        assert!(last.date.is_none(), "the undated seed is last ({ascending})");
    }
    let mut ranks: Vec<u32> = c.articles.iter().map(|a| a.title_rank).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (0..c.articles.len() as u32).collect::<Vec<_>>());
    let by_title = titles(&c, SortKey::Title, true);
    assert!(
        by_title.windows(2).all(|w| compare_titles(w[0], w[1]).is_lt()),
        "{by_title:?}"
    );
    assert_eq!(default_grouping(&c.articles), GroupBy::Source);
}

#[test]
fn an_undated_sourceless_folder_sorts_by_title_naturally_and_by_pinyin() {
    let c = newsletters();
    assert_eq!(default_sort(&c.articles), SortKey::Title);
    assert_eq!(
        titles(&c, SortKey::Title, true),
        ["AI 周报", "安全", "北京", "第 2 期", "第 10 期", "第 100 期", "中国"]
    );
    assert_eq!(
        titles(&c, SortKey::Title, false),
        ["中国", "第 100 期", "第 10 期", "第 2 期", "北京", "安全", "AI 周报"]
    );
}

#[test]
fn an_undated_sourceless_folder_is_compared_by_folder() {
    let c = newsletters();
    let total = c.articles.len();
    assert_eq!(
        usefulness(&c.articles, GroupBy::Source),
        Some(NotUseful::MostUnknown { unknown: total, total })
    );
    assert_eq!(
        usefulness(&c.articles, GroupBy::Date),
        Some(NotUseful::MostUnknown { unknown: total, total })
    );
    assert_eq!(default_grouping(&c.articles), GroupBy::Folder);
    let folders: Vec<(String, usize)> = group_articles(&c.articles, GroupBy::Folder)
        .into_iter()
        .map(|g| (g.key, g.articles.len()))
        .collect();
    assert_eq!(
        folders,
        [
            ("2023".to_string(), 3),
            ("2024".to_string(), 2),
            (TOP_FOLDER_KEY.to_string(), 2)
        ]
    );
    let embedded = explorer_core::embed::embed(c);
    let stored: Vec<GroupBy> = embedded.keyness.iter().map(|(by, _)| *by).collect();
    assert_eq!(stored, [GroupBy::Folder, GroupBy::Article]);
}
