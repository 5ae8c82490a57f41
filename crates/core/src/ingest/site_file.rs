//! The curator's site file, [`SITE_FILE`] in the seeds folder: the site's identity as TOML.
//!
//! ```toml
//! lang = "zh-CN"                      # the articles' language (BCP 47)
//! examples = ["开源 蒸馏", "芯片 -天气"]  # filter examples; the first is its placeholder
//! compare_terms = ["芯片", "开源"]       # the comparison's suggested terms
//! dictionary = ["大模型", "算力"]         # words the segmenter keeps whole (names, terms)
//! [title]
//! zh = "报道对读"
//! en = "Coverage Explorer"
//! [subtitle]                          # optional, like every key
//! [description]                       # the page's meta description
//! ```
//!
//! Every key is optional. What the file does not set is derived from the corpus: a neutral
//! title with the number of articles and their date span, a description saying what the page
//! does, and examples from the corpus's most distinctive words ([`distinctive_words`]). A file
//! that cannot be read is one warning naming the problem; the defaults are used then.

use super::segment::Segmenter;
use crate::model::{Corpus, Warning};
use crate::site::{Bilingual, Site};
use serde::Deserialize;

/// The name of the curator's site file inside the seeds folder; it is not an article.
pub const SITE_FILE: &str = "explorer.toml";

/// How many distinctive words the derived examples and comparison terms use.
const DERIVED_TERMS: usize = 4;

/// The curator's file as read: each key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// Words the word segmentation must keep whole: the story's names and terms that jieba's
    /// general dictionary lacks or cuts apart (`大模型`, `算力`).
    #[serde(default)]
    pub dictionary: Vec<String>,
    lang: Option<String>,
    title: Option<Texts>,
    subtitle: Option<Texts>,
    description: Option<Texts>,
    examples: Option<Vec<String>>,
    compare_terms: Option<Vec<String>>,
}

/// A text in each interface language, each optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    zh: Option<String>,
    en: Option<String>,
}

/// The curator's file (its bytes, if there is one); a file that cannot be used is a warning,
/// and reads as an empty file (everything derived).
pub fn read(file: Option<&[u8]>) -> (SiteFile, Option<Warning>) {
    match file.map(parse).unwrap_or(Ok(SiteFile::default())) {
        Ok(curated) => (curated, None),
        Err(message) => {
            let warning = Warning {
                file: SITE_FILE.into(),
                message: format!("{message}; the site's title and examples are derived from the articles instead"),
            };
            (SiteFile::default(), Some(warning))
        }
    }
}

/// The site of `corpus`: what the curator's file sets, the rest derived from the corpus.
pub fn site(curated: SiteFile, corpus: &Corpus, segmenter: &Segmenter) -> Site {
    let derived_words = || distinctive_words(corpus, segmenter, DERIVED_TERMS);
    let (examples, compare_terms) = match (curated.examples, curated.compare_terms) {
        (Some(e), Some(t)) => (e, t),
        (e, t) => {
            let words = derived_words();
            let examples = e.unwrap_or_else(|| derived_examples(&words));
            (examples, t.unwrap_or(words))
        }
    };
    let derived = derived_identity(corpus);
    Site {
        lang: curated
            .lang
            .filter(|l| !l.trim().is_empty())
            .unwrap_or_else(|| "zh-CN".into()),
        title: merge(curated.title, derived.title),
        subtitle: merge(curated.subtitle, derived.subtitle),
        description: merge(curated.description, derived.description),
        examples: non_empty(examples),
        compare_terms: non_empty(compare_terms),
    }
}

fn parse(bytes: &[u8]) -> Result<SiteFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("is not UTF-8 ({e}): save it as UTF-8"))?;
    toml::from_str(text).map_err(|e| format!("cannot be read: {}", e.to_string().trim_end().replace('\n', " ")))
}

fn merge(curated: Option<Texts>, derived: Bilingual) -> Bilingual {
    let curated = curated.unwrap_or_default();
    Bilingual {
        zh: curated.zh.unwrap_or(derived.zh),
        en: curated.en.unwrap_or(derived.en),
    }
}

fn non_empty(items: Vec<String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Two example queries from distinctive words: two words together, and one without another.
fn derived_examples(words: &[String]) -> Vec<String> {
    match words {
        [a, b, c, d, ..] => vec![format!("{a} {b}"), format!("{c} -{d}")],
        [a, b, ..] => vec![format!("{a} {b}")],
        [a] => vec![a.clone()],
        [] => Vec::new(),
    }
}

/// The site as JSON, for the post-build step that writes it into the static `index.html`.
pub fn to_json(site: &Site) -> String {
    miniserde::json::to_string(site)
}

/// A neutral title with the number of articles and their date span, and a plain description.
fn derived_identity(corpus: &Corpus) -> Site {
    let n = corpus.articles.len();
    let mut days: Vec<&str> = corpus
        .articles
        .iter()
        .filter_map(|a| a.date.as_ref())
        .map(|d| d.day())
        .collect();
    days.sort_unstable();
    let (span_zh, span_en) = match (days.first(), days.last()) {
        (Some(first), Some(last)) if first == last => (format!("，{first}"), format!(", {first}")),
        (Some(first), Some(last)) => (format!("，{first} 至 {last}"), format!(", {first} to {last}")),
        _ => (String::new(), String::new()),
    };
    let articles_en = if n == 1 { "article" } else { "articles" };
    Site {
        title: Bilingual {
            zh: format!("报道对读：{n} 篇文章{span_zh}"),
            en: format!("Coverage explorer: {n} {articles_en}{span_en}"),
        },
        subtitle: Bilingual::default(),
        description: Bilingual {
            zh: format!("对读 {n} 篇文章{span_zh}：文章列表、阅读、中文关键词筛选、语境索引、按来源比较。"),
            en: format!(
                "Read and compare {n} {articles_en}{span_en}: article list, clean reader, \
                 Chinese-aware filter, concordance, per-source comparison."
            ),
        },
        ..Site::default()
    }
}

/// The corpus's most distinctive words: TF-IDF against jieba's general-language IDF table over
/// (a sample of) all article text, nouns and Latin words of two or more characters, no numbers.
pub fn distinctive_words(corpus: &Corpus, segmenter: &Segmenter, n: usize) -> Vec<String> {
    /// At most this many characters of text are weighed (an even share from every article).
    const SAMPLE_CHARS: usize = 400_000;
    let share = SAMPLE_CHARS / corpus.articles.len().max(1);
    let mut text = String::new();
    for article in &corpus.articles {
        text.extend(article.text.chars().take(share));
        text.push('\n');
    }
    segmenter
        .distinctive(&text, n * 3)
        .into_iter()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()) && w.chars().count() > 1)
        .take(n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn corpus(texts: &[&str]) -> Corpus {
        let articles = texts.iter().enumerate().map(|(i, t)| {
            let mut a = crate::ingest::ingest_file(&format!("{i}.txt"), format!("题{i}\n\n{t}").as_bytes());
            a.date = None;
            a
        });
        Corpus {
            articles: articles.collect::<Vec<Article>>(),
            ..Corpus::default()
        }
    }

    fn site_of(file: Option<&[u8]>, texts: &[&str]) -> (Site, Option<Warning>) {
        let (curated, warning) = read(file);
        (site(curated, &corpus(texts), &Segmenter::new(&[])), warning)
    }

    #[test]
    fn the_curator_file_sets_what_it_names_and_the_rest_is_derived() {
        let file = "lang = \"zh-TW\"\nexamples = [\"甲 乙\"]\ncompare_terms = [\"甲\"]\n[title]\nzh = \"我的报道\"\n";
        let (site, warning) = site_of(Some(file.as_bytes()), &["正文"]);
        assert!(warning.is_none(), "{warning:?}");
        assert_eq!(site.lang, "zh-TW");
        assert_eq!(site.title.zh, "我的报道");
        assert_eq!(site.title.en, "Coverage explorer: 1 article");
        assert_eq!(
            (site.examples, site.compare_terms),
            (vec!["甲 乙".to_string()], vec!["甲".to_string()])
        );
    }

    #[test]
    fn a_misspelt_key_is_one_warning_that_names_it_and_the_defaults_apply() {
        let (site, warning) = site_of(Some(b"titel = \"x\"\n"), &["正文"]);
        let warning = warning.expect("a warning");
        assert_eq!(warning.file, SITE_FILE);
        assert!(warning.message.contains("titel"), "{}", warning.message);
        assert_eq!(site.title.zh, "报道对读：1 篇文章");
    }

    #[test]
    fn without_a_file_the_examples_are_the_corpus_distinctive_words() {
        let texts = [
            "光伏组件价格下跌，光伏企业承压。",
            "光伏产业链与储能电池。",
            "储能电池的光伏应用。",
        ];
        let (site, warning) = site_of(None, &texts);
        assert!(warning.is_none());
        assert_eq!(site.compare_terms, ["储能", "电池", "组件", "产业链"]);
        assert_eq!(site.examples, ["储能 电池", "组件 -产业链"]);
        assert!(!site.compare_terms.iter().any(|w| w == "的" || w.chars().count() < 2));
    }
}
