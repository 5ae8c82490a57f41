//! Build-time ingest: reads `seeds/` (or the folder in `EXPLORER_SEEDS`) into the
//! corpus the page embeds, printing one warning per problem with any seed.
//! Only a missing or unreadable folder stops the build. Also writes, next to the corpus, the
//! comparison's keywords for every useful way of grouping (`keyness-<grouping>.postcard`), and
//! the site's identity as JSON for the post-build step that writes it into `index.html`.

use explorer_core::compare::keyness::keyness_file;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = std::env::var_os("EXPLORER_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("seeds"));
    println!("cargo:rerun-if-env-changed=EXPLORER_SEEDS");
    println!("cargo:rerun-if-changed={}", seeds.display());

    let corpus = match explorer_core::ingest::ingest_dir(&seeds) {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    for warning in corpus.warnings() {
        println!("cargo:warning={warning}");
    }

    // The page reads the keywords of every grouping instead of counting words, so it gets the
    // corpus without word counts (explorer_core::embed).
    let embedded = explorer_core::embed::embed(corpus);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus");
    std::fs::create_dir_all(&out).expect("create the corpus folder in OUT_DIR");
    let bytes = postcard::to_allocvec(&embedded.corpus).expect("the corpus serializes");
    std::fs::write(out.join("corpus.postcard"), bytes).expect("write the corpus into OUT_DIR");
    write_site_identity(&out, &embedded.corpus.site);
    // Only the useful groupings have keywords: a file left by an earlier build must not stay.
    for by in explorer_core::compare::groups::GroupBy::ALL {
        let _ = std::fs::remove_file(out.join(keyness_file(by)));
    }
    for (by, keywords) in &embedded.keyness {
        let bytes = postcard::to_allocvec(keywords).expect("the keywords serialize");
        std::fs::write(out.join(keyness_file(*by)), bytes).expect("write the keywords into OUT_DIR");
    }
}

/// Writes the site's identity where `scripts/post_build.mjs` finds it: `explorer-site.json` in
/// the profile's folder of the target directory (`target/<triple>/<profile>/`, three levels up
/// from `OUT_DIR`), so the static `index.html` says what the page says.
fn write_site_identity(out: &std::path::Path, site: &explorer_core::site::Site) {
    let json = explorer_core::ingest::site_file::to_json(site);
    let profile_dir = out
        .ancestors()
        .nth(4)
        .expect("OUT_DIR is <target>/<triple>/<profile>/build/<pkg>/out");
    std::fs::write(profile_dir.join("explorer-site.json"), json)
        .expect("write explorer-site.json into the target folder");
}
