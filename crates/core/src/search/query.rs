//! The query language parser. Parsing never fails: whatever cannot be read as an operator is
//! read as literal text (see the [`super`] module documentation for the language).

use super::fold::{fold, Folded};
use super::matcher::Matcher;
use super::normalize::normalize_term;
use std::fmt;

/// Where a term has to occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// In the article text or its title (a plain term).
    Any,
    /// In the title (`title:` or `标题:`).
    Title,
    /// In the author's name (`author:` or `作者:`).
    Author,
    /// In the source's key, Chinese or English name (`source:` or `来源:`).
    Source,
}

impl Field {
    /// The prefix that names the field in a query (empty for [`Field::Any`]).
    pub fn prefix(self) -> &'static str {
        match self {
            Field::Any => "",
            Field::Title => "title:",
            Field::Author => "author:",
            Field::Source => "source:",
        }
    }

    fn named(name: &str) -> Option<Field> {
        match name.to_ascii_lowercase().as_str() {
            "title" | "标题" => Some(Field::Title),
            "author" | "作者" => Some(Field::Author),
            "source" | "来源" => Some(Field::Source),
            _ => None,
        }
    }
}

/// One term of a query: a word or a quoted phrase, possibly negated or limited to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as typed, without `-`, field prefix or quotes (for labels).
    pub text: String,
    /// The normalized form that is matched (see [`super::normalize_term`]).
    pub pattern: String,
    /// Where it has to occur.
    pub field: Field,
    /// Whether it was written as a quoted phrase.
    pub phrase: bool,
    /// Whether it was written with `-`: articles where it occurs are excluded.
    pub negated: bool,
}

impl Term {
    /// Whether the term asks for text to be present (not negated): the terms to highlight.
    pub fn is_positive(&self) -> bool {
        !self.negated
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let minus = if self.negated { "-" } else { "" };
        if self.phrase {
            write!(f, "{minus}{}\"{}\"", self.field.prefix(), self.text)
        } else {
            write!(f, "{minus}{}{}", self.field.prefix(), self.text)
        }
    }
}

/// A parsed query: all clauses must hold; a clause holds if any of its terms does.
#[derive(Debug, Clone, Default)]
pub struct Query {
    terms: Vec<Term>,
    matchers: Vec<Matcher>,
    clauses: Vec<Vec<usize>>,
}

impl Query {
    /// Parses a query. Never fails and never panics; see the module documentation.
    pub fn parse(input: &str) -> Query {
        let mut query = Query::default();
        let chars: Vec<char> = input.chars().collect();
        let mut i = 0;
        let mut or_pending = false;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if is_bar(c) {
                or_pending = true;
                i += 1;
                continue;
            }
            let (token, next) = read_token(&chars, i);
            i = next;
            let Some(term) = token else { continue };
            if term.field == Field::Any && !term.phrase && !term.negated && term.text == "OR" {
                or_pending = true;
                continue;
            }
            query.add(term, or_pending);
            or_pending = false;
        }
        query.drop_repeated_clauses();
        query
    }

    fn drop_repeated_clauses(&mut self) {
        let mut seen: Vec<Vec<usize>> = Vec::new();
        self.clauses.retain(|clause| {
            let mut key = clause.clone();
            key.sort_unstable();
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
    }

    fn add(&mut self, term: Term, or_with_previous: bool) {
        let index = match self
            .terms
            .iter()
            .position(|t| t.pattern == term.pattern && t.field == term.field && t.negated == term.negated)
        {
            Some(i) => i,
            None => {
                self.matchers.push(Matcher::new(&term.pattern));
                self.terms.push(term);
                self.terms.len() - 1
            }
        };
        match self.clauses.last_mut() {
            Some(clause) if or_with_previous => {
                if !clause.contains(&index) {
                    clause.push(index);
                }
            }
            _ => self.clauses.push(vec![index]),
        }
    }

    /// Whether the query has no terms (it then matches every article).
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Every distinct term, in the order typed; [`super::Hit::term`] indexes this.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The terms that ask for text to be present (not negated), with their index in
    /// [`Query::terms`]: what to highlight and what the comparison view counts.
    pub fn positive_terms(&self) -> impl Iterator<Item = (usize, &Term)> {
        self.terms.iter().enumerate().filter(|(_, t)| t.is_positive())
    }

    /// The clauses: each is a list of indices into [`Query::terms`], any of which must hold.
    pub fn clauses(&self) -> &[Vec<usize>] {
        &self.clauses
    }

    pub(crate) fn matcher(&self, term: usize) -> &Matcher {
        &self.matchers[term]
    }
}

impl fmt::Display for Query {
    /// The query as understood, terms as typed: `开源 (Wikipedia OR 维基百科) -蒸馏 title:AI`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, clause) in self.clauses.iter().enumerate() {
            if n > 0 {
                f.write_str(" ")?;
            }
            if clause.len() > 1 {
                f.write_str("(")?;
            }
            for (k, &t) in clause.iter().enumerate() {
                if k > 0 {
                    f.write_str(" OR ")?;
                }
                write!(f, "{}", self.terms[t])?;
            }
            if clause.len() > 1 {
                f.write_str(")")?;
            }
        }
        Ok(())
    }
}

fn is_bar(c: char) -> bool {
    matches!(c, '|' | '｜')
}

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '－' | '−')
}

fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：')
}

/// Straight, full-width and typographic double quotes all open and close phrases.
fn is_quote(c: char) -> bool {
    c == '＂' || fold(c) == Folded::One('＂')
}

fn ends_word(c: char) -> bool {
    c.is_whitespace() || is_bar(c)
}

/// Reads one term starting at `start` (not whitespace, not `|`): returns it (or `None` if it
/// is to be ignored) and where reading goes on.
fn read_token(chars: &[char], start: usize) -> (Option<Term>, usize) {
    let n = chars.len();
    let mut i = start;
    let negated = is_minus(chars[i]) && i + 1 < n && !ends_word(chars[i + 1]);
    if negated {
        i += 1;
    }
    let mut field = Field::Any;
    let mut k = i;
    while k < n && !ends_word(chars[k]) && !is_colon(chars[k]) && !is_quote(chars[k]) {
        k += 1;
    }
    if k > i && k < n && is_colon(chars[k]) {
        let name: String = chars[i..k].iter().collect();
        if let Some(f) = Field::named(&name) {
            field = f;
            i = k + 1;
        }
    }
    let (text, phrase, next) = if i < n && is_quote(chars[i]) {
        let from = i + 1;
        let to = (from..n).find(|&e| is_quote(chars[e])).unwrap_or(n);
        (chars[from..to].iter().collect::<String>(), true, (to + 1).min(n))
    } else {
        let to = (i..n).find(|&e| ends_word(chars[e])).unwrap_or(n);
        (chars[i..to].iter().collect::<String>(), false, to)
    };
    let next = next.max(start + 1);
    if !phrase && field == Field::Any && text.chars().all(is_minus) {
        return (None, next); // a lone `-`
    }
    let pattern = normalize_term(&text);
    if pattern.is_empty() {
        return (None, next); // `title:` with nothing after it, `""`, invisible characters
    }
    let term = Term {
        text,
        pattern,
        field,
        phrase,
        negated,
    };
    (Some(term), next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(q: &str) -> String {
        Query::parse(q).to_string()
    }

    #[test]
    fn words_separated_by_spaces_are_all_required() {
        assert_eq!(shown("开源  蒸馏"), "开源 蒸馏");
        assert_eq!(Query::parse("开源 蒸馏").clauses().len(), 2);
    }

    #[test]
    fn a_bar_joins_alternatives() {
        assert_eq!(shown("开源 | 蒸馏 国运"), "(开源 OR 蒸馏) 国运");
    }

    #[test]
    fn a_bar_without_spaces_joins_alternatives() {
        assert_eq!(shown("开源|蒸馏"), "(开源 OR 蒸馏)");
    }

    #[test]
    fn upper_case_or_joins_alternatives() {
        assert_eq!(shown("DeepSeek OR 深度求索"), "(DeepSeek OR 深度求索)");
    }

    #[test]
    fn lower_case_or_is_a_word() {
        assert_eq!(shown("a or b"), "a or b");
    }

    #[test]
    fn a_full_width_bar_joins_alternatives() {
        assert_eq!(shown("开源｜蒸馏"), "(开源 OR 蒸馏)");
    }

    #[test]
    fn a_minus_excludes() {
        let q = Query::parse("开源 -蒸馏");
        assert_eq!(q.to_string(), "开源 -蒸馏");
        assert!(q.terms()[1].negated);
    }

    #[test]
    fn a_minus_inside_a_word_is_literal() {
        assert_eq!(shown("DeepSeek-R1 GPT-4"), "DeepSeek-R1 GPT-4");
    }

    #[test]
    fn a_lone_minus_is_ignored() {
        assert_eq!(shown("开源 - 蒸馏"), "开源 蒸馏");
    }

    #[test]
    fn lone_bars_and_or_at_the_ends_are_ignored() {
        assert_eq!(shown("| 开源 OR"), "开源");
    }

    #[test]
    fn a_quoted_phrase_keeps_its_words_together() {
        let q = Query::parse("\"Scaling   Law\" 开源");
        assert_eq!(q.to_string(), "\"Scaling   Law\" 开源");
        assert_eq!(q.terms()[0].pattern, "scaling law");
        assert!(q.terms()[0].phrase);
    }

    #[test]
    fn a_chinese_phrase_drops_its_spaces() {
        assert_eq!(Query::parse("\"标志性 事件\"").terms()[0].pattern, "标志性事件");
    }

    #[test]
    fn an_unclosed_quote_is_a_phrase_to_the_end() {
        assert_eq!(shown("开源 \"open ai"), "开源 \"open ai\"");
    }

    #[test]
    fn typographic_quotes_delimit_phrases() {
        assert_eq!(shown("“Open AI” 「开源」"), "\"Open AI\" \"开源\"");
    }

    #[test]
    fn a_quote_inside_a_word_is_literal() {
        assert_eq!(
            Query::parse("的“iPhone").terms()[0].pattern,
            normalize_term("的\"iphone")
        );
    }

    #[test]
    fn an_empty_phrase_is_ignored() {
        assert!(Query::parse("\"\" \"  \"").is_empty());
    }

    #[test]
    fn field_prefixes_limit_a_term() {
        let q = Query::parse("source:QQ author:李国杰 title:蒸馏");
        let fields: Vec<Field> = q.terms().iter().map(|t| t.field).collect();
        assert_eq!(fields, [Field::Source, Field::Author, Field::Title]);
        assert_eq!(q.terms()[0].pattern, "qq");
    }

    #[test]
    fn field_names_ignore_case_and_take_a_full_width_colon() {
        assert_eq!(shown("Title：蒸馏"), "title:蒸馏");
    }

    #[test]
    fn chinese_field_names_work() {
        assert_eq!(
            shown("来源:腾讯 作者:刘天栋 标题:开源"),
            "source:腾讯 author:刘天栋 title:开源"
        );
    }

    #[test]
    fn a_field_takes_a_phrase() {
        assert_eq!(shown("title:\"AI 发展\""), "title:\"AI 发展\"");
    }

    #[test]
    fn a_negated_field_excludes() {
        assert_eq!(shown("-source:qq"), "-source:qq");
    }

    #[test]
    fn an_unknown_field_is_literal_text() {
        let q = Query::parse("争议焦点：模型蒸馏 foo:bar");
        assert_eq!(q.terms()[0].text, "争议焦点：模型蒸馏");
        assert_eq!(q.terms()[0].field, Field::Any);
        assert_eq!(q.terms()[1].text, "foo:bar");
    }

    #[test]
    fn a_field_with_nothing_after_it_is_ignored() {
        assert_eq!(shown("开源 title:"), "开源");
    }

    #[test]
    fn repeated_terms_are_listed_once() {
        let q = Query::parse("开源 開源 开源 开源|開源");
        assert_eq!(q.terms().len(), 1);
        assert_eq!(q.clauses().len(), 1);
    }

    #[test]
    fn terms_keep_the_text_as_typed() {
        assert_eq!(Query::parse("開源").terms()[0].text, "開源");
    }

    #[test]
    fn positive_terms_leave_out_negated_ones() {
        let q = Query::parse("开源 -蒸馏 title:国运");
        let pos: Vec<usize> = q.positive_terms().map(|(i, _)| i).collect();
        assert_eq!(pos, [0, 2]);
    }

    #[test]
    fn an_empty_query_is_empty() {
        assert!(Query::parse("  \t ").is_empty());
    }
}
