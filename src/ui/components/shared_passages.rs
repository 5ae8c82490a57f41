//! What an article shares with others ([`explorer_core::shared_text`]): the line above the
//! reader's text ("Shares 1 passage, 4 % of its text, with: …"), and the "Copy of: …" note
//! in the reader and the list. Each title links to that article at the shared passage.

use crate::corpus::{embedded, passages};
use crate::ui::components::article_link::ArticleLink;
use crate::ui::i18n::{Lang, Msg};
use crate::ui::state::use_lang;
use crate::ui::view_state::ViewQuery;
use explorer_core::model::PassageMember;
use explorer_core::shared_text::summary;
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

/// Props: the article, and the view state its links carry.
#[derive(Properties, PartialEq)]
pub struct SharedProps {
    /// Index into the corpus's articles.
    pub article_index: usize,
    /// The view state the links carry (the query).
    pub query: ViewQuery,
    /// Whether to show only the "Copy of" note (the list), not the shares line.
    #[prop_or_default]
    pub copy_only: bool,
}

/// The "Copy of: …" note and (unless `copy_only`) the shares line; nothing for an article
/// that shares nothing.
#[function_component(SharedPassages)]
pub fn shared_passages(props: &SharedProps) -> Html {
    let lang = use_lang();
    let article = props.article_index as u32;
    let copy = passages().copy_of(article).map(|c| PassageMember {
        article: c.of,
        start: 0,
        end: 0,
    });
    let copy = html! {
        if let Some(of) = copy {
            <p class="copy-of">{ lang.t(Msg::CopyOf) }{ place_links(&[of], &props.query, lang) }</p>
        }
    };
    let text = &embedded().articles[props.article_index].text;
    match summary(passages(), article, text) {
        Some(s) if !props.copy_only => html! { <>
            { copy }
            <p class="shared-line">
                { lang.t(Msg::SharesPassages(s.passages, s.percent)) }{ place_links(&s.with, &props.query, lang) }
            </p>
        </> },
        _ => copy,
    }
}
