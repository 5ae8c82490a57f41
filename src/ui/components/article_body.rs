//! An article's text, block by block, with hits marked. Only text nodes are
//! created: nothing from a seed is ever put into the page as HTML. An embed is shown as a
//! plain link to its address (never an iframe, image or video: the page loads nothing).

use super::highlighted::Highlighted;
use crate::corpus::embedded;
use crate::ui::i18n::Lang;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::model::{address_shown, Block, BlockKind};
use std::ops::Range;
use yew::prelude::*;

/// Props: the article, its hits and the current one.
#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
    /// Hits as byte ranges into the article text, sorted.
    #[prop_or_default]
    pub hits: Vec<Range<usize>>,
    /// The current hit's number.
    #[prop_or_default]
    pub current: Option<usize>,
}

/// An embed's placeholder: a paragraph with an inert link saying what was embedded and where.
fn embed_link(block: &Block, lang: Lang) -> Html {
    let Some((kind, url)) = block.embed() else {
        return html! {};
    };
    let label = lang.t(Msg::EmbedLink(kind, address_shown(url).to_string()));
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return html! { <p class="embed">{ label }</p> };
    }
    html! {
        <p class="embed">
            <a href={url.to_string()} rel="noopener noreferrer nofollow" target="_blank"
                title={lang.t(Msg::EmbedLinkTitle)}>{ label }</a>
        </p>
    }
}

/// Headings, paragraphs, quotes and list items, in order, hits marked and numbered.
#[function_component(ArticleBody)]
pub fn article_body(props: &ArticleBodyProps) -> Html {
    let lang = use_lang();
    let a = &embedded().articles[props.article_index];
    if a.blocks.is_empty() {
        return html! { <p class="empty-text">{ lang.t(Msg::NoText) }</p> };
    }
    // Article heading levels map onto h2, h3, … without gaps (the page title is h1).
    let mut levels: Vec<u8> = a
        .blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading(l) => Some(l),
            _ => None,
        })
        .collect();
    explorer_core::sorting::sort_by(&mut levels, Ord::cmp);
    levels.dedup();
    let mut next_hit = 0;
    html! {
        <div class="article-body" lang={crate::corpus::text_lang()}>
            { for a.blocks.iter().map(|b| {
                let text = a.block_text(b).to_string();
                let mut marks = Vec::new();
                let mut ids = Vec::new();
                while let Some(h) = props.hits.get(next_hit) {
                    if h.start >= b.range.end {
                        break;
                    }
                    if h.start >= b.range.start {
                        marks.push(h.start - b.range.start..h.end.min(b.range.end) - b.range.start);
                        ids.push(next_hit);
                    }
                    next_hit += 1;
                }
                let inner = html! { <Highlighted text={text} {marks} {ids} current={props.current} /> };
                match b.kind {
                    BlockKind::Heading(level) => {
                        let rank = levels.iter().position(|&l| l == level).unwrap_or(0);
                        let tag = format!("h{}", (rank + 2).min(6));
                        html! { <@{tag}>{ inner }</@> }
                    }
                    BlockKind::Paragraph => html! { <p>{ inner }</p> },
                    BlockKind::Quote => html! { <blockquote><p>{ inner }</p></blockquote> },
                    BlockKind::ListItem => html! { <p class="list-item">{ inner }</p> },
                    BlockKind::Embed(_) => embed_link(b, lang),
                }
            }) }
        </div>
    }
}
