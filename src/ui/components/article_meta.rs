//! One article's metadata line: source, author, date, length.

use crate::corpus::embedded;
use yew::prelude::*;

/// Props: the article's position in the corpus.
#[derive(Properties, PartialEq)]
pub struct ArticleMetaProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
}

/// Source (Chinese and English name), author, date (or "date unknown") and length in characters.
#[function_component(ArticleMeta)]
pub fn article_meta(props: &ArticleMetaProps) -> Html {
    let a = &embedded().articles[props.article_index];
    let source_title = if a.source.zh == a.source.en {
        a.source.zh.clone()
    } else {
        format!("{} / {}", a.source.zh, a.source.en)
    };
    html! {
        <p class="meta">
            <span class="source" title={source_title.clone()}>{ source_title }</span>
            if let Some(author) = &a.author {
                <span class="author">{ author }</span>
            }
            { match &a.date {
                Some(d) => html! { <time class="date" datetime={d.iso.clone()}>{ &d.display }</time> },
                None => html! { <span class="date unknown">{ "date unknown · 日期不详" }</span> },
            } }
            <span class="length">{ format!("{} chars · 字", group_digits(a.char_count)) }</span>
        </p>
    }
}

/// `12345` as `12,345`.
pub fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
