//! Build-time ingest: reads `seeds/` (or the folder in `EXPLORER_SEEDS`) into the
//! corpus the page embeds, printing one warning per problem with any seed.
//! Only a missing or unreadable folder stops the build. Also writes, next to the corpus, the
//! comparison's keywords for every useful way of grouping (`keyness-<grouping>.postcard`), the
//! shared passages the reader marks (`shared.u32`, decided here: `explorer_core::shared_table`),
//! the spelling variants the comparison lists (`variants.u32`, `explorer_core::variants_table`),
//! jieba's cut for the word tools (`tokens.bin`, `explorer_core::words::tokens`),
//! the search's fold table pruned to the corpus (`fold_table.bin`, see
//! `explorer_core::search::corpus_fold_table`), and the site's identity as JSON for the
//! post-build step that writes it into `index.html`.
//!
//! A corpus larger than [`explorer_core::delivery::EMBED_LIMIT_BYTES`] (or any corpus, with
//! `EXPLORER_LAYOUT=chunked`) is not embedded: the build writes it as content-hashed files into
//! `explorer-corpus/` beside `explorer-site.json` (post_build.mjs copies them to `dist/corpus/`),
//! embeds only their entry, and sets `cfg(explorer_chunked)` so the page loads them. The shared
//! passages' records then travel in the chunks and their clusters in the head, the cut in a
//! words file per chunk (`explorer_core::delivery::split`).

use explorer_core::compare::keyness::keyness_file;
use std::path::{Path, PathBuf};

/// The search's fold table pruned to the corpus, beside it (read by `src/corpus.rs`).
const FOLD_TABLE: &str = "fold_table.bin";

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = std::env::var_os("EXPLORER_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-env-changed=EXPLORER_SEEDS");
    println!("cargo:rerun-if-env-changed=EXPLORER_LAYOUT");
    println!("cargo::rustc-check-cfg=cfg(explorer_chunked)");
    println!("cargo:rerun-if-changed={}", seeds.display());

    let threads = explorer_core::ingest::parallel::default_threads();
    let (corpus, segmenter) = match explorer_core::ingest::ingest_dir_keeping_segmenter(&seeds, threads) {
        Ok(ingested) => ingested,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    for warning in corpus.warnings() {
        println!("cargo:warning={warning}");
    }

    // jieba's cut of every text, for the corpus tools (explorer_core::words), before embed()
    // takes the corpus (it keeps the articles' order).
    let cut_lengths = explorer_core::ingest::cut_lengths(&corpus, &segmenter);
    drop(segmenter);

    // The spelling variants the comparison and the offer show, found on the whole corpus
    // (its word counts find the Han ones) before embed() drops them (the embedded layout only).
    let variants = explorer_core::embed::page_variants(&corpus);

    // The page reads the keywords of every grouping instead of counting words, so it gets the
    // corpus without word counts (explorer_core::embed).
    let embedded = explorer_core::embed::embed(corpus);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus");
    // Nothing an earlier build wrote may stay: the page embeds this whole folder.
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("create the corpus folder in OUT_DIR");
    write_site_identity(&out, &embedded.corpus.site);
    // The search's fold table pruned to this corpus, which the page installs (both layouts).
    let fold_table = explorer_core::search::corpus_fold_table(&embedded.corpus);
    std::fs::write(out.join(FOLD_TABLE), fold_table).expect("write the fold table into OUT_DIR");
    let chunks_dir = profile_dir(&out).join("explorer-corpus");
    let _ = std::fs::remove_dir_all(&chunks_dir);
    let bytes = postcard::to_allocvec(&embedded.corpus).expect("the corpus serializes");
    let chunked = match std::env::var("EXPLORER_LAYOUT").as_deref() {
        Ok("chunked") => true,
        Ok("embedded") => false,
        _ => bytes.len() > explorer_core::delivery::EMBED_LIMIT_BYTES,
    };
    // What the reader shows of the shared passages, decided here (both layouts).
    let passages = explorer_core::embed::page_passages(&embedded.corpus);
    let table = explorer_core::shared_table::encode(&passages, &embedded.corpus);
    if chunked {
        println!("cargo:rustc-cfg=explorer_chunked");
        let data = explorer_core::delivery::ArticleData {
            cuts: &cut_lengths,
            shares: &table,
        };
        write_chunks(&embedded, &data, &out, &chunks_dir);
        return;
    }
    // Packed: the page downloads it gzip-compressed, and packed it compresses better.
    let packed = explorer_core::pack::pack(&bytes);
    std::fs::write(out.join("corpus.packed"), packed).expect("write the corpus into OUT_DIR");
    std::fs::write(out.join(explorer_core::shared_table::FILE), table).expect("write the shared passages into OUT_DIR");
    std::fs::write(out.join(explorer_core::variants_table::FILE), variants).expect("write the variants into OUT_DIR");
    // jieba's cut of the texts, for the corpus tools (explorer_core::words::tokens).
    let tokens = explorer_core::words::tokens::encode(&cut_lengths);
    std::fs::write(out.join(explorer_core::words::tokens::FILE), tokens).expect("write the tokens into OUT_DIR");
    for (by, keywords) in &embedded.keyness {
        let bytes = postcard::to_allocvec(keywords).expect("the keywords serialize");
        std::fs::write(out.join(keyness_file(*by)), bytes).expect("write the keywords into OUT_DIR");
    }
}

/// Writes the site's identity where `scripts/post_build.mjs` finds it: `explorer-site.json` in
/// the profile's folder of the target directory (`target/<triple>/<profile>/`, three levels up
/// from `OUT_DIR`), so the static `index.html` says what the page says. The title is also
/// embedded as it is (`site-title.txt`, a few bytes the page never reads): the embedded corpus
/// is packed (`explorer_core::pack`), and post_build.mjs finds the title in the wasm to know
/// that `explorer-site.json` comes from the same build.
fn write_site_identity(out: &Path, site: &explorer_core::site::Site) {
    let json = explorer_core::ingest::site_file::to_json(site);
    std::fs::write(profile_dir(out).join("explorer-site.json"), json)
        .expect("write explorer-site.json into the target folder");
    let title = if site.title.zh.is_empty() {
        &site.title.en
    } else {
        &site.title.zh
    };
    std::fs::write(out.join("site-title.txt"), title).expect("write site-title.txt into OUT_DIR");
}

/// The profile's folder of the target directory, `<target>/<triple>/<profile>/`, from the
/// corpus folder in `OUT_DIR` (`<target>/<triple>/<profile>/build/<pkg>/out/corpus`).
fn profile_dir(out: &Path) -> &Path {
    out.ancestors()
        .nth(4)
        .expect("OUT_DIR is <target>/<triple>/<profile>/build/<pkg>/out")
}

/// Writes the corpus (with the shared passages and word cuts of `data`) as content-hashed files
/// into `chunks_dir` and their entry into `out`, where the page embeds it (`entry.postcard`).
fn write_chunks(
    embedded: &explorer_core::embed::Embedded,
    data: &explorer_core::delivery::ArticleData,
    out: &Path,
    chunks_dir: &Path,
) {
    use explorer_core::delivery::{split, SplitOptions};
    let layout = split(embedded, data, &SplitOptions::default());
    std::fs::create_dir_all(chunks_dir).expect("create explorer-corpus in the target folder");
    for file in &layout.files {
        std::fs::write(chunks_dir.join(&file.name), &file.bytes).expect("write a corpus file");
    }
    let entry = postcard::to_allocvec(&layout.entry).expect("the entry serializes");
    std::fs::write(out.join("entry.postcard"), entry).expect("write the entry into OUT_DIR");
}
