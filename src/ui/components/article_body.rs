//! An article's text, block by block. Only text nodes are created: nothing
//! from a seed is ever put into the page as HTML.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::model::BlockKind;
use yew::prelude::*;

/// Props: the article's position in the corpus.
#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
}

/// Headings, paragraphs, quotes and list items, in order.
#[function_component(ArticleBody)]
pub fn article_body(props: &ArticleBodyProps) -> Html {
    let lang = use_lang();
    let a = &embedded().articles[props.article_index];
    if a.blocks.is_empty() {
        return html! { <p class="empty-text">{ lang.t(Msg::NoText) }</p> };
    }
    html! {
        <div class="article-body" lang="zh-CN">
            { for a.blocks.iter().map(|b| {
                let text = a.block_text(b).to_string();
                match b.kind {
                    BlockKind::Heading(level) => {
                        // The page title is h1; article headings start at h2.
                        let tag = format!("h{}", level.clamp(1, 5) + 1);
                        html! { <@{tag}>{ text }</@> }
                    }
                    BlockKind::Paragraph => html! { <p>{ text }</p> },
                    BlockKind::Quote => html! { <blockquote><p>{ text }</p></blockquote> },
                    BlockKind::ListItem => html! { <p class="list-item">{ text }</p> },
                }
            }) }
        </div>
    }
}
