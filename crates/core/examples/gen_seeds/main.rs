//! Writes N synthetic articles, in all three seed formats, into a folder: a
//! deterministic test utility for scale tests (not shipped). The text must not
//! flatter compression, chunks or indexes by repetition, so it is rebuilt from
//! the real seeds rather than copied: their paragraphs are cut into sentences,
//! each paragraph is drawn from the whole sentence pool, and every sentence is
//! varied (digits changed, names, places and organisations swapped in from long
//! lists, a share of the Chinese characters replaced by others drawn with the
//! seeds' own character frequencies). The articles name 60 outlets (each in the
//! way its format makes evident to the ingest), 240 authors and dates from
//! September 2024 to March 2025. A fixed-seed generator makes every run write
//! the same bytes. At the end it prints how well the generated text gzips,
//! next to the real seeds' text (about 44 %).
//!
//! Run: `cargo run -p explorer-core --features ingest --example gen_seeds -- 1000 /tmp/seeds-1000`

mod names;
mod text;

use explorer_core::ingest::ingest_dir;
use explorer_core::model::Article;
use names::OUTLETS;
use std::fmt::Write as _;
use std::path::Path;
use text::{first_clause, Pool};

/// A small deterministic pseudo-random generator (64-bit LCG, Knuth's constants).
struct Lcg(u64);

impl Lcg {
    /// A number in `0..bound` (0 when `bound` is 0).
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.next(100) < percent
    }

    /// One element of a non-empty slice.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next(items.len())]
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let out = args.next().unwrap_or_else(|| format!("/tmp/explorer-seeds-{n}"));
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = ingest_dir(&seeds).expect("the real seeds are readable");
    let pool = Pool::from(&corpus.articles);
    let out = Path::new(&out);
    std::fs::create_dir_all(out).expect("create the output folder");
    let mut rng = Lcg(0x5eed_2025_0208);
    let mut bytes = 0usize;
    let mut metadata = String::from("file,title,date,source,author,url,summary\n");
    for i in 0..n {
        let title = format!("合成文章 {i:04}：{}", first_clause(&pool.sentence(&mut rng)));
        let body: Vec<String> = (0..16 + rng.next(14)).map(|_| pool.paragraph(&mut rng)).collect();
        let meta = Meta {
            i,
            outlet: *rng.pick(&OUTLETS),
            author: pool.authors[rng.next(pool.authors.len())].clone(),
            date: Date::random(&mut rng),
        };
        let (name, text) = match i % 3 {
            0 => (format!("{i:04}_synthetic.md"), markdown(&title, &meta, &body)),
            1 => {
                let name = format!("{i:04}_synthetic.txt");
                let (label, ..) = meta.outlet;
                let _ = writeln!(metadata, "{name},,{},{label},{},,", meta.date.iso(), meta.author);
                (name, plain(&title, &body))
            }
            _ => (format!("{i:04}_synthetic.html"), archive(&title, &meta, &body)),
        };
        bytes += text.len();
        std::fs::write(out.join(name), text).expect("write a synthetic seed");
    }
    std::fs::write(out.join("metadata.csv"), metadata).expect("write the metadata file");
    println!(
        "wrote {n} synthetic seeds ({:.1} MB) to {}",
        bytes as f64 / 1_048_576.0,
        out.display()
    );
    let written = ingest_dir(out).expect("the synthetic seeds are readable");
    let sources: std::collections::BTreeSet<&str> = written.articles.iter().map(|a| a.source.key.as_str()).collect();
    let authors: std::collections::BTreeSet<&str> =
        written.articles.iter().filter_map(|a| a.author.as_deref()).collect();
    println!(
        "{} articles, {} sources, {} authors, {} warnings",
        written.articles.len(),
        sources.len(),
        authors.len(),
        written.warnings().len()
    );
    println!("text: {}", ratio_line(&written.articles));
    println!("real seeds' text: {}", ratio_line(&corpus.articles));
}

/// One article's metadata.
struct Meta {
    i: usize,
    outlet: (&'static str, &'static str, &'static str),
    author: String,
    date: Date,
}

impl Meta {
    /// The article's address on its outlet's site.
    fn url(&self) -> String {
        let (_, domain, path) = self.outlet;
        format!("https://{domain}/{path}{:08}", 31_000_000 + self.i * 7919)
    }
}

/// A publication time between 2024-09-01 and 2025-03-31, China Standard Time.
struct Date {
    y: u32,
    m: u32,
    d: u32,
    day_index: u32,
    hms: (u32, u32, u32),
}

impl Date {
    /// Days in September 2024 … March 2025 (212 in all).
    const MONTHS: [(u32, u32, u32); 7] = [
        (2024, 9, 30),
        (2024, 10, 31),
        (2024, 11, 30),
        (2024, 12, 31),
        (2025, 1, 31),
        (2025, 2, 28),
        (2025, 3, 31),
    ];

    fn random(rng: &mut Lcg) -> Date {
        let day_index = rng.next(212) as u32;
        let mut rest = day_index;
        let (mut y, mut m) = (2024, 9);
        for (yy, mm, len) in Date::MONTHS {
            (y, m) = (yy, mm);
            if rest < len {
                break;
            }
            rest -= len;
        }
        let hms = (6 + rng.next(18) as u32, rng.next(60) as u32, rng.next(60) as u32);
        Date {
            y,
            m,
            d: rest + 1,
            day_index,
            hms,
        }
    }

    /// `2024-09-05 14:03:27`.
    fn iso(&self) -> String {
        let (h, mi, s) = self.hms;
        format!("{}-{:02}-{:02} {h:02}:{mi:02}:{s:02}", self.y, self.m, self.d)
    }

    /// Milliseconds since the epoch (2024-09-01 00:00 CST is 1725120000 s).
    fn epoch_ms(&self) -> i64 {
        let (h, mi, s) = self.hms;
        (1_725_120_000 + i64::from(self.day_index) * 86_400 + i64::from(h * 3600 + mi * 60 + s)) * 1000
    }
}

/// A Markdown seed: front matter, paragraphs, and the outlet's trailing source link.
fn markdown(title: &str, meta: &Meta, body: &[String]) -> String {
    let (label, ..) = meta.outlet;
    let mut s = format!(
        "---\ntitle: \"{title}\"\ndate: \"{}\"\nsummary: \"\"\nauthor: \"{}\"\ncategories:\n  - \"{label}\"\n---\n\n",
        meta.date.iso(),
        meta.author
    );
    for p in body {
        let _ = write!(s, "{p}\n\n");
    }
    let _ = writeln!(s, "[{label}]({})", meta.url());
    s
}

/// A plain-text seed: title line and paragraphs (its metadata goes to `metadata.csv`).
fn plain(title: &str, body: &[String]) -> String {
    let mut s = format!("{title}\n\n");
    for p in body {
        // Stray spaces as PDF extraction leaves them.
        let spaced: String = p
            .chars()
            .enumerate()
            .map(|(k, c)| if k % 37 == 36 { format!("{c} ") } else { c.to_string() })
            .collect();
        let _ = write!(s, "{spaced}\n\n");
    }
    s
}

/// An archived HTML page: timestamp comment, title link, `og:site_name`, archive card.
fn archive(title: &str, meta: &Meta, body: &[String]) -> String {
    let (label, ..) = meta.outlet;
    let Date { y, m, d, .. } = meta.date;
    let mut s = format!(
        "<!--{}-->\n[{title}]({})\n------\n\n<meta property=\"og:site_name\" content=\"{label}\">",
        meta.date.epoch_ms(),
        meta.url()
    );
    for (k, p) in body.iter().enumerate() {
        if k == 2 {
            let _ = write!(
                s,
                "<div class=\"su-spoiler\"><div class=\"su-spoiler-content\"><strong>标题：</strong>{}<br><strong>作者：</strong>{}<br><strong>发表日期：</strong>{y}.{m}.{d}</div></div>",
                escape(title),
                meta.author
            );
        }
        let _ = write!(s, "<p>{}</p>", escape(p));
    }
    s.push_str("<div class=\"addtoany_share_save_container\"><a class=\"a2a_button_email\" href=\"https://www.addtoany.com/\"></a></div>\n");
    s
}

/// Text as HTML: `&`, `<` and `>` escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// "X MB, gzip Y MB (Z %)" for the concatenated article text: how well the text compresses,
/// which must not be much better than the real seeds' (level 9, as `gzip -9`).
fn ratio_line(articles: &[Article]) -> String {
    let text: String = articles.iter().map(|a| a.text.as_str()).collect();
    let mb = |n: usize| n as f64 / 1_048_576.0;
    match gzip_len(text.as_bytes()) {
        Some(z) => format!(
            "{:.2} MB, gzip {:.2} MB ({:.1} %)",
            mb(text.len()),
            mb(z),
            100.0 * z as f64 / text.len().max(1) as f64
        ),
        None => format!("{:.2} MB (gzip not found on PATH: no ratio)", mb(text.len())),
    }
}

/// The size of `bytes` compressed by `gzip -9`, or `None` if gzip cannot be run.
fn gzip_len(bytes: &[u8]) -> Option<usize> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout.len())
}
