//! Prints what the ingest makes of a seeds folder: one block per article, then the warnings.
//! Run: `cargo run -p explorer-core --features ingest --example ingest_report -- seeds`

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let corpus = match explorer_core::ingest::ingest_dir(std::path::Path::new(&folder)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    for a in &corpus.articles {
        println!("== {} [{}] {:?}", a.file, a.format.name(), a.title);
        println!("   date: {:?}", a.date.as_ref().map(|d| &d.iso));
        println!(
            "   source: {} / {} ({})  author: {:?}",
            a.source.zh, a.source.en, a.source.key, a.author
        );
        println!("   url: {:?}", a.url);
        println!("   chars: {}  blocks: {}", a.char_count, a.blocks.len());
        println!("   summary: {}", a.summary);
        for b in a
            .blocks
            .iter()
            .filter(|b| b.kind != explorer_core::model::BlockKind::Paragraph)
        {
            println!("   {:?}: {}", b.kind, a.block_text(b));
        }
        let last = a.blocks.last().map(|b| a.block_text(b)).unwrap_or("");
        println!("   last: {}", last.chars().take(80).collect::<String>());
    }
    for w in corpus.warnings() {
        println!("warning: {w}");
    }
}
