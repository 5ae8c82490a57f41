//! Prints the comparison statistics of a seeds folder: groups, keywords per source, the words
//! all sources share, and every article's figures with their sentences.
//! Run: `cargo run -p explorer-core --features ingest --example compare_report -- seeds [source|author|article]`

use explorer_core::compare::groups::{group_articles, GroupBy};
use explorer_core::compare::keyness::{keyness, KeynessOptions};

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let by = args.next().and_then(|s| GroupBy::parse(&s)).unwrap_or_default();
    let corpus = match explorer_core::ingest::ingest_dir(std::path::Path::new(&folder)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "{} articles, {} characters, {} words ({} distinct)",
        corpus.articles.len(),
        corpus.total_chars(),
        corpus.word_total(),
        corpus.vocabulary.len()
    );
    let groups = group_articles(&corpus.articles, by);
    let k = keyness(&corpus, &groups, &KeynessOptions::default());
    for (g, kw) in groups.iter().zip(&k.groups) {
        let span = |d: &Option<explorer_core::model::DateStamp>| d.as_ref().map_or("-".into(), |d| d.display.clone());
        println!(
            "\n== {} / {} [{}]: {} articles, {} chars, {} words, {} .. {}, {} undated",
            g.label,
            g.label_en,
            g.key,
            g.articles.len(),
            g.char_count,
            kw.words_in_group,
            span(&g.earliest),
            span(&g.latest),
            g.undated
        );
        for (name, list) in [("more", &kw.positive), ("less", &kw.negative)] {
            let shown: Vec<String> = list
                .iter()
                .map(|w| {
                    let only = if w.only_in_group { "*" } else { "" };
                    format!(
                        "{}{only} {}/{} in {} G²={:.1} LR={:.2}",
                        w.word, w.in_group, w.in_rest, w.articles, w.g2, w.log_ratio
                    )
                })
                .collect();
            println!("  {name}: {}", shown.join("; "));
        }
    }
    let shared: Vec<String> = k
        .shared
        .iter()
        .take(40)
        .map(|s| format!("{} {}", s.word, s.total))
        .collect();
    println!(
        "\nshared by all {} groups ({} words): {}",
        groups.len(),
        k.shared.len(),
        shared.join(", ")
    );
    for a in &corpus.articles {
        println!("\n== figures of {}", a.file);
        for f in &a.figures {
            println!(
                "  {:<9} {:<14} value={:?} upper={:?} {:?} unit={:?}\n            | {}",
                f.kind.name(),
                f.text(a),
                f.value,
                f.upper,
                f.qualifier,
                f.unit,
                f.sentence_text(a)
            );
        }
    }
}
