//! An article's text, block by block, with hits marked, and the passages other articles hold
//! too underlined, each followed by links to those articles at that passage (the ranges are
//! [`explorer_core::shared_table`]'s, decided at build time). Only text nodes are created: nothing from a seed is ever put into the page as HTML. An embed is shown as a
//! plain link to its address (never an iframe, image or video: the page loads nothing).

use super::highlighted::Highlighted;
use super::shared_passages::place_links;
use crate::corpus::{embedded, shares};
use crate::ui::i18n::Lang;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use crate::ui::view_state::ViewQuery;
use explorer_core::model::{address_shown, Block, BlockKind};
use explorer_core::shared_text::{pieces, Mark};
use std::ops::Range;
use yew::prelude::*;

/// Props: the article, its hits and the current one, where it was opened.
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
    /// The byte offset the reader was opened at (a shared passage there is the current one).
    #[prop_or_default]
    pub at: Option<usize>,
    /// The view state the links to other articles carry.
    #[prop_or_default]
    pub query: ViewQuery,
}

/// One block's text, cut at the shared passages' edges, hits marked inside; a passage's first
/// piece has `id="passage-N"`, and its last is followed by links to the other articles.
/// `current` is the mark the reader was opened at.
fn block_text(
    text: &str,
    range: &Range<usize>,
    props: &ArticleBodyProps,
    marks: &[Mark],
    current: Option<usize>,
    lang: Lang,
) -> Html {
    let cut = pieces(range, marks, &props.hits);
    html! { <>{ for cut.into_iter().map(|p| {
        let (hits, ids): (Vec<_>, Vec<_>) = p.hits.into_iter().unzip();
        let inner = html! {
            <Highlighted text={text[p.range.clone()].to_string()} marks={hits} {ids} current={props.current} />
        };
        let Some(m) = p.mark else { return inner };
        let id = p.mark_starts.then(|| format!("passage-{m}"));
        let class = if current == Some(m) { "passage current" } else { "passage" };
        html! { <>
            <span {id} {class}>{ inner }</span>
            if p.mark_ends {
                <small class="passage-note">{ lang.t(Msg::AlsoIn) }{ place_links(&marks[m].elsewhere, &props.query, lang) }</small>
            }
        </> }
    }) }</> }
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
    let marks = shares(props.article_index).marks;
    let current = props.at.and_then(|at| marks.iter().position(|m| m.range.contains(&at)));
    html! {
        <div class="article-body" lang={crate::corpus::text_lang()}>
            { for a.blocks.iter().map(|b| {
                let inner = block_text(a.block_text(b), &b.range, props, &marks, current, lang);
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
