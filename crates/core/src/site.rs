//! The site's identity: what the page calls itself, in which language its articles are, and
//! which queries it suggests. Set by the curator's `explorer.toml` in the seeds folder, or
//! derived from the corpus at build time (see `ingest::site_file`); embedded with the corpus,
//! so the page decides none of it.

use serde::{Deserialize, Serialize};

/// A text in the page's two interface languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Bilingual {
    /// The Chinese text.
    pub zh: String,
    /// The English text.
    pub en: String,
}

impl Bilingual {
    /// The text in Chinese (`true`) or English (`false`); an empty text falls back to the other.
    pub fn get(&self, chinese: bool) -> &str {
        let (first, second) = if chinese {
            (&self.zh, &self.en)
        } else {
            (&self.en, &self.zh)
        };
        if first.is_empty() {
            second
        } else {
            first
        }
    }
}

/// What the page says about itself and suggests to its reader.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, miniserde::Serialize)]
pub struct Site {
    /// The articles' language as a BCP 47 tag (`zh-CN`): the `lang` of the page and of article text.
    pub lang: String,
    /// The site's name: the header, the browser tab.
    pub title: Bilingual,
    /// A line under the name (may be empty).
    pub subtitle: Bilingual,
    /// The page's meta description, for search engines and link previews.
    pub description: Bilingual,
    /// Example queries for the filter; the first is its placeholder. Never empty after the build.
    pub examples: Vec<String>,
    /// Terms the comparison suggests comparing (its placeholder).
    pub compare_terms: Vec<String>,
}

/// The filter help's examples, one per query feature, made from this corpus's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpExamples {
    /// Two words, both required (`开源 蒸馏`).
    pub all: String,
    /// Either of two words (`开源 | 蒸馏`).
    pub any: String,
    /// A quoted phrase.
    pub phrase: String,
    /// A word, and another word excluded (`芯片 -天气`).
    pub exclude: String,
    /// The field prefixes, with a real source key, author and title word of this corpus.
    pub fields: String,
}

impl Site {
    /// The words of the example queries and comparison terms, in order, each once (no operators).
    pub fn example_words(&self) -> Vec<&str> {
        let mut words: Vec<&str> = Vec::new();
        let all = self.examples.iter().chain(&self.compare_terms);
        for word in all.flat_map(|q| q.split([' ', ',', '，', '|', '"'])) {
            let word = word.trim().trim_start_matches('-');
            if !word.is_empty() && !word.contains(':') && word != "OR" && !words.contains(&word) {
                words.push(word);
            }
        }
        words
    }

    /// The filter help's examples: the example words, and a real source key and author of the
    /// corpus (`Corpus::help_examples` picks them).
    pub fn help_examples(&self, source_key: Option<&str>, author: Option<&str>) -> HelpExamples {
        let words = self.example_words();
        let word = |i: usize| words.get(i).or(words.last()).copied().unwrap_or("");
        let (a, b, c, d) = (word(0), word(1), word(2), word(3));
        let mut fields = Vec::new();
        if let Some(source) = source_key {
            fields.push(format!("source:{source}"));
        }
        if let Some(author) = author {
            fields.push(format!("author:{author}"));
        }
        fields.push(format!("title:{a}"));
        HelpExamples {
            all: format!("{a} {b}"),
            any: format!("{a} | {b}"),
            phrase: format!("\"{a}{b}\""),
            exclude: format!("{c} -{d}"),
            fields: fields.join("  "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            examples: vec!["开源 蒸馏".into(), "英伟达 -国运".into()],
            compare_terms: vec!["英伟达, 开源, 芯片".into()],
            ..Site::default()
        }
    }

    #[test]
    fn example_words_drop_operators_and_repeats() {
        assert_eq!(site().example_words(), ["开源", "蒸馏", "英伟达", "国运", "芯片"]);
    }

    #[test]
    fn help_examples_use_the_example_words_source_and_author() {
        let help = site().help_examples(Some("qq"), Some("李国杰"));
        assert_eq!(help.all, "开源 蒸馏");
        assert_eq!(help.any, "开源 | 蒸馏");
        assert_eq!(help.exclude, "英伟达 -国运");
        assert_eq!(help.fields, "source:qq  author:李国杰  title:开源");
    }

    #[test]
    fn an_empty_text_falls_back_to_the_other_language() {
        let t = Bilingual {
            zh: "对读".into(),
            en: String::new(),
        };
        assert_eq!(t.get(false), "对读");
        assert_eq!(t.get(true), "对读");
    }
}
