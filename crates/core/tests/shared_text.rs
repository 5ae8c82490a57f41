//! What the page shows of shared passages (`shared_text`), from what the build embeds
//! (`embed::page_passages`), on the real seeds and on the syndicated-copy fixture; and the
//! comparison's shared-passages figures (`compare::shared`) from the table the page reads.

use explorer_core::compare::groups::{group_articles, GroupBy};
use explorer_core::compare::shared::{passage_export, passages_csv, percent, PassageGroups};
use explorer_core::embed::{embed, page_passages};
use explorer_core::ingest::ingest_dir;
use explorer_core::model::Corpus;
use explorer_core::search::{Query, SearchIndex};
use explorer_core::shared_table;
use explorer_core::shared_text::{marks, pieces, summary};
use std::path::Path;

fn corpus(folder: &str) -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(folder);
    embed(ingest_dir(&dir).expect("the folder is readable")).corpus
}

fn index(corpus: &Corpus, id: &str) -> u32 {
    corpus
        .articles
        .iter()
        .position(|a| a.id == id)
        .expect("the article exists") as u32
}

/// Seed 000 marks bytes 488..629, found in seed 004 at 725..851; the line above each text
/// names the other; the embedded data is a few bytes and carries no spelling variants.
#[test]
fn the_seeds_mark_the_app_store_sentence_in_both_articles() {
    let c = corpus("seeds");
    let p = page_passages(&c);
    assert!(p.variants.is_empty());
    let bytes = postcard::to_allocvec(&p).unwrap();
    assert!(bytes.len() < 100, "{} bytes", bytes.len());
    let (a, b) = (index(&c, "000_823bd0b36655b433"), index(&c, "004_f2c8ec8c15103647"));
    let in_a = marks(&p, a);
    assert_eq!(in_a.len(), 1);
    assert_eq!(in_a[0].range, 488..629);
    assert_eq!(
        in_a[0]
            .elsewhere
            .iter()
            .map(|m| (m.article, m.start, m.end))
            .collect::<Vec<_>>(),
        [(b, 725, 851)]
    );
    assert_eq!(marks(&p, b)[0].range, 725..851);
    let s = summary(&p, a, &c.articles[a as usize].text).unwrap();
    assert_eq!((s.passages, s.copy_of), (1, None));
    assert_eq!(
        s.with.iter().map(|m| (m.article, m.start)).collect::<Vec<_>>(),
        [(b, 725)]
    );
    assert!((1..=20).contains(&s.percent), "{}", s.percent);
    for (i, article) in c.articles.iter().enumerate() {
        if i as u32 != a && i as u32 != b {
            assert_eq!(summary(&p, i as u32, &article.text), None, "{}", article.id);
        }
    }
    // The block holding the sentence is cut around it; the pieces cover the block exactly.
    let article = &c.articles[a as usize];
    let block = article.blocks.iter().find(|bl| bl.range.contains(&488)).unwrap();
    let cut = pieces(&block.range, &in_a, &[]);
    let marked: Vec<_> = cut.iter().filter(|x| x.mark == Some(0)).collect();
    assert!(marked[0].mark_starts && marked.last().unwrap().mark_ends);
    assert_eq!(cut.last().unwrap().range.end, block.range.len());
}

/// The later copy says whose copy it is, and shares (nearly) all of its text.
#[test]
fn a_copy_says_what_it_copies() {
    let c = corpus("tests/fixtures/passages/syndicated");
    let p = page_passages(&c);
    let (original, copy) = (index(&c, "a_original"), index(&c, "b_copy"));
    let s = summary(&p, copy, &c.articles[copy as usize].text).unwrap();
    assert_eq!(s.copy_of, Some(original));
    assert!(s.percent >= 95, "{}", s.percent);
    assert_eq!(
        summary(&p, original, &c.articles[original as usize].text)
            .unwrap()
            .copy_of,
        None
    );
}

/// The flat table the page reads (`shared_table`) says, for every article of the seeds and the
/// fixture, exactly what the core decides: its marks, its summary line, whose copy it is.
#[test]
fn the_table_the_page_reads_says_what_the_core_decides() {
    for folder in ["seeds", "tests/fixtures/passages/syndicated"] {
        let c = corpus(folder);
        let p = page_passages(&c);
        let table = shared_table::encode(&p, &c);
        for (i, article) in c.articles.iter().enumerate() {
            let i = i as u32;
            let s = shared_table::decode(&table, i);
            assert_eq!(s.marks, marks(&p, i), "{}", article.id);
            assert_eq!(s.summary, summary(&p, i, &article.text), "{}", article.id);
            assert_eq!(s.copy_of, p.copy_of(i).map(|c| c.of), "{}", article.id);
        }
        let past = shared_table::decode(&table, c.articles.len() as u32);
        assert_eq!(past, shared_table::Shares::default());
        let copies: Vec<Option<u32>> = (0..c.articles.len() as u32)
            .map(|i| p.copy_of(i).map(|c| c.of))
            .collect();
        assert_eq!(shared_table::copies(&table), copies, "{folder}");
    }
}

/// Collapsing the fixture's copies hides the later copy and keeps the original.
#[test]
fn collapsing_hides_the_copy_the_table_names() {
    let c = corpus("tests/fixtures/passages/syndicated");
    let table = shared_table::encode(&page_passages(&c), &c);
    let hidden = explorer_core::collapse::hidden(&shared_table::copies(&table));
    let (original, copy) = (index(&c, "a_original") as usize, index(&c, "b_copy") as usize);
    assert!(hidden[copy] && !hidden[original]);
    assert_eq!(hidden.iter().filter(|&&h| h).count(), 1);
}

/// The comparison's shared-passages section on the seeds, by source: qq (000, 002, 003:
/// 3998 + 2972 + 2517 = 9487 characters) holds the 61-character App Store sentence of 000,
/// which cdt (004, 3506 characters) writes in 56; 科技导报 shares nothing and is left out.
#[test]
fn the_seeds_share_one_sentence_between_qq_and_cdt() {
    let c = corpus("seeds");
    let clusters = shared_table::clusters(&shared_table::encode(&page_passages(&c), &c));
    assert_eq!(clusters, page_passages(&c).clusters);
    let groups = group_articles(&c.articles, GroupBy::Source);
    let all: Vec<usize> = (0..groups.len()).collect();
    let places = PassageGroups::new(&clusters, &groups, c.articles.len());
    let t = places.table(&c.articles, &groups, &all);
    let keys: Vec<&str> = t.groups.iter().map(|&g| groups[g].key.as_str()).collect();
    assert_eq!(keys, ["qq", "cdt"]);
    assert_eq!(t.found, [[0, 61], [56, 0]]);
    assert_eq!(t.chars, [9487, 3506]);
    assert_eq!(t.only_here, [9426, 3450]);
    let percents = [
        percent(61, 9487),
        percent(56, 3506),
        percent(9426, 9487),
        percent(3450, 3506),
    ];
    assert_eq!(percents, [0.6, 1.6, 99.4, 98.4]);
    // By folder (one group), the sentence is found within it: 61 + 56 characters.
    let folder = group_articles(&c.articles, GroupBy::Folder);
    let by_folder = PassageGroups::new(&clusters, &folder, c.articles.len());
    let t = by_folder.table(&c.articles, &folder, &[0]);
    assert_eq!((t.found, t.only_here), (vec![vec![117]], vec![17522]));

    let index = SearchIndex::new(&c);
    let hits = |q: &str| {
        let list = places.list(&clusters, &index.search(&Query::parse(q)), usize::MAX);
        list.passages.iter().map(|p| p.has_query).collect::<Vec<_>>()
    };
    assert_eq!(
        (hits("ChatGPT"), hits("开源"), hits("")),
        (vec![true], vec![false], vec![false])
    );
    let list = places.list(&clusters, &[], usize::MAX).passages;
    let (qq, cdt) = (keys_at(&groups, "qq"), keys_at(&groups, "cdt"));
    assert_eq!(
        list[0].groups.iter().map(|(g, m)| (*g, m.len())).collect::<Vec<_>>(),
        [(qq, 1), (cdt, 1)]
    );
    let export = passage_export(&clusters, &c.articles, &groups, &list);
    assert_eq!(export.len(), 1);
    assert_eq!(export[0].similarity, 0.955);
    let places: Vec<(&str, &str, usize)> = export[0]
        .places
        .iter()
        .map(|p| (p.article.as_str(), p.group.as_str(), p.end - p.start))
        .collect();
    assert_eq!(
        places,
        [
            ("000_823bd0b36655b433", groups[qq].label.as_str(), 61),
            ("004_f2c8ec8c15103647", groups[cdt].label.as_str(), 56)
        ]
    );
    let a = &c.articles[index_of(&c, "000_823bd0b36655b433")];
    let start: String = a.text.chars().skip(export[0].places[0].start).take(61).collect();
    assert_eq!(start, export[0].places[0].text);
    assert!(start.starts_with("1月27日，Deepseek") && start.ends_with("ChatGPT"));
    let csv = passages_csv(&export);
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.lines().nth(1).unwrap().starts_with("1,0.955,"));
}

/// The syndicated copy: by article, 215 of the original's 216 characters are in the copy and
/// 203 of the copy's 204 in the original; one character of each is only there.
#[test]
fn a_copy_is_nearly_all_found_in_its_original() {
    let c = corpus("tests/fixtures/passages/syndicated");
    let clusters = shared_table::clusters(&shared_table::encode(&page_passages(&c), &c));
    let groups = group_articles(&c.articles, GroupBy::Article);
    let t = PassageGroups::new(&clusters, &groups, c.articles.len()).table(&c.articles, &groups, &[0, 1]);
    assert_eq!(t.found, [[0, 215], [203, 0]]);
    assert_eq!((t.chars, t.only_here), (vec![216, 204], vec![1, 1]));
    assert_eq!(percent(215, 216), 99.5);
}

fn keys_at(groups: &[explorer_core::compare::groups::Group], key: &str) -> usize {
    groups.iter().position(|g| g.key == key).expect("the group exists")
}

fn index_of(corpus: &Corpus, id: &str) -> usize {
    index(corpus, id) as usize
}
