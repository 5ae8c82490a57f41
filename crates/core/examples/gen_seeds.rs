//! Writes N synthetic articles, in all three seed formats, into a folder: a
//! deterministic test utility for scale tests (not shipped). Paragraphs come
//! from the real seeds, shuffled by a fixed-seed generator, so the text is
//! real Chinese news prose and every run writes the same bytes.
//!
//! Run: `cargo run -p explorer-core --features ingest --example gen_seeds -- 1000 /tmp/seeds-1000`

use explorer_core::ingest::ingest_dir;
use explorer_core::model::BlockKind;
use std::fmt::Write as _;
use std::path::Path;

/// A small deterministic pseudo-random generator (64-bit LCG, Knuth's constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

const OUTLETS: [(&str, &str); 4] = [
    ("qq", "https://new.qq.com/rain/a/"),
    ("sina", "https://news.sina.com.cn/"),
    ("thepaper", "https://www.thepaper.cn/"),
    ("163", "https://www.163.com/"),
];
const AUTHORS: [&str; 6] = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆"];

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let out = args.next().unwrap_or_else(|| format!("/tmp/explorer-seeds-{n}"));
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = ingest_dir(&seeds).expect("the real seeds are readable");
    let paragraphs: Vec<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| {
            a.blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Paragraph)
                .map(|b| a.block_text(b))
        })
        .filter(|p| p.chars().count() > 40)
        .collect();
    let out = Path::new(&out);
    std::fs::create_dir_all(out).expect("create the output folder");
    let mut rng = Lcg(0x5eed_2025_0208);
    let mut bytes = 0usize;
    for i in 0..n {
        let title = format!(
            "合成文章 {i:04}：{}",
            first_clause(paragraphs[rng.next(paragraphs.len())])
        );
        let body: Vec<&str> = (0..16 + rng.next(14))
            .map(|_| paragraphs[rng.next(paragraphs.len())])
            .collect();
        let (outlet, base) = OUTLETS[i % OUTLETS.len()];
        let author = AUTHORS[rng.next(AUTHORS.len())];
        let day = 1 + (i % 28);
        let (name, text) = match i % 3 {
            0 => (
                format!("{i:04}_synthetic.md"),
                markdown(&title, day, outlet, base, i, author, &body),
            ),
            1 => (format!("{i:04}_synthetic.txt"), plain(&title, &body)),
            _ => (format!("{i:04}_synthetic.html"), archive(&title, day, author, i, &body)),
        };
        bytes += text.len();
        std::fs::write(out.join(name), text).expect("write a synthetic seed");
    }
    println!(
        "wrote {n} synthetic seeds ({:.1} MB) to {}",
        bytes as f64 / 1_048_576.0,
        out.display()
    );
    let written = ingest_dir(out).expect("the synthetic seeds are readable");
    println!("text: {}", ratio_line(&written.articles));
    println!("real seeds' text: {}", ratio_line(&corpus.articles));
}

/// "X MB, gzip Y MB (Z %)" for the concatenated article text: how well the text compresses,
/// which must not be much better than the real seeds' (level 9, as `gzip -9`).
fn ratio_line(articles: &[explorer_core::model::Article]) -> String {
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

fn first_clause(p: &str) -> String {
    p.split(['，', '。', '：'])
        .next()
        .unwrap_or(p)
        .chars()
        .take(24)
        .collect()
}

fn markdown(title: &str, day: usize, outlet: &str, base: &str, i: usize, author: &str, body: &[&str]) -> String {
    let mut s = format!(
        "---\ntitle: \"{title}\"\ndate: \"2025-02-{day:02} 09:{:02}:00\"\nsummary: \"\"\nauthor: \"{author}\"\ncategories:\n  - \"{outlet}\"\n---\n\n",
        i % 60
    );
    for p in body {
        let _ = write!(s, "{p}\n\n");
    }
    let _ = writeln!(s, "[{outlet}]({base}{i:06})");
    s
}

fn plain(title: &str, body: &[&str]) -> String {
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

fn archive(title: &str, day: usize, author: &str, i: usize, body: &[&str]) -> String {
    let ms = 1_738_368_000_000i64 + (day as i64 - 1) * 86_400_000 + i as i64 * 1000;
    let mut s = format!("<!--{ms}-->\n[{title}](https://chinadigitaltimes.net/chinese/{i}.html)\n------\n\n");
    for (k, p) in body.iter().enumerate() {
        if k == 2 {
            let _ = write!(
                s,
                "<div class=\"su-spoiler\"><div class=\"su-spoiler-content\"><strong>标题：</strong>{title}<br><strong>作者：</strong>{author}<br><strong>发表日期：</strong>2025.2.{day}</div></div>"
            );
        }
        let _ = write!(s, "<p>{p}</p>");
    }
    s.push_str("<div class=\"addtoany_share_save_container\"><a class=\"a2a_button_email\" href=\"https://www.addtoany.com/\"></a></div>\n");
    s
}
