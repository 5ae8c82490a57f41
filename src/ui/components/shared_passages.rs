//! What an article shares with others ([`explorer_core::shared_table`], decided at build time): the line above the
//! reader's text ("Shares 1 passage, 4 % of its text, with: …"), and the "Copy of: …" note
//! in the reader and the list. Each title links to that article at the shared passage.

use crate::corpus::{embedded, shares};
use crate::ui::components::article_link::ArticleLink;
use crate::ui::i18n::{Lang, Msg};
use crate::ui::view_state::ViewQuery;
use explorer_core::model::PassageMember;
use yew::prelude::*;

/// Links to other articles, each opening the reader at its place (`at`), with `query` carried.
pub fn place_links(places: &[PassageMember], query: &ViewQuery, lang: Lang) -> Html {
    let articles = &embedded().articles;
    let separator = if lang == Lang::Zh { "、" } else { ", " };
    html! {
        { for places.iter().enumerate().map(|(i, m)| {
            let a = &articles[m.article as usize];
            let at = ViewQuery { at: Some(m.start as usize), ..query.carried() };
            html! { <>
                { if i > 0 { separator } else { "" } }
                <ArticleLink id={AttrValue::Static(a.id.as_str())} query={at.link()}>
                    <span lang={crate::corpus::text_lang()}>{ AttrValue::Static(a.title.as_str()) }</span>
                </ArticleLink>
            </> }
        }) }
    }
}

/// The "Copy of: …" note and, in the reader (`copy_only` false), the shares line; nothing
/// for an article that shares nothing. A plain function, not a component: each component
/// costs the page kilobytes of code.
pub fn shared_passages(article_index: usize, query: &ViewQuery, copy_only: bool, lang: Lang) -> Html {
    let shares = shares(article_index);
    let copy = shares.copy_of.map(|of| PassageMember {
        article: of,
        start: 0,
        end: 0,
    });
    let copy = html! {
        if let Some(of) = copy {
            <p class="copy-of">{ lang.t(Msg::CopyOf) }{ place_links(&[of], query, lang) }</p>
        }
    };
    if copy_only {
        return copy;
    }
    match shares.summary {
        Some(s) => html! { <>
            { copy }
            <p class="shared-line">
                { lang.t(Msg::SharesPassages(s.passages, s.percent)) }{ place_links(&s.with, query, lang) }
            </p>
        </> },
        None => copy,
    }
}
