//! One article in the list: its title (hits marked) linking to the reader, its
//! metadata and problem badges, then its hit count and keyword-in-context
//! snippets (with a query) or its summary (without); a copy says whose ("Copy of: …").

use crate::corpus::embedded;
use crate::ui::components::{
    article_link::ArticleLink, article_meta::ArticleMeta, highlighted::Highlighted, problem_badges::ProblemBadges,
    shared_passages::shared_passages,
};
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use crate::ui::view_state::ViewQuery;
use explorer_core::search::{snippets, SearchResult};
use std::rc::Rc;
use yew::prelude::*;

/// Characters of context each side of a hit in a snippet.
const SNIPPET_CONTEXT: usize = 28;
/// Snippets shown per article.
const SNIPPETS: usize = 3;

/// Props: which result of a search to show, and how.
#[derive(Properties, Clone)]
pub struct ResultItemProps {
    /// The search's results, shared by every item (compared by identity, not content).
    pub results: Rc<Vec<SearchResult>>,
    /// This item's position in `results`.
    pub position: usize,
    /// Whether there is a query (snippets and hit count) or not (summary).
    pub has_query: bool,
    /// The title's heading level: `h2` on the list page, `h3` in the pane beside the reader.
    pub heading: &'static str,
    /// The view state the reader opens with.
    pub link: Option<ViewQuery>,
    /// Whether this article is the one open beside the list.
    pub current: bool,
}

impl PartialEq for ResultItemProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.results, &other.results)
            && self.position == other.position
            && self.has_query == other.has_query
            && self.heading == other.heading
            && self.link == other.link
            && self.current == other.current
    }
}

/// A list item; re-renders only when its own result or presentation changes.
#[function_component(ResultItem)]
pub fn result_item(props: &ResultItemProps) -> Html {
    let lang = use_lang();
    let r = &props.results[props.position];
    let a = &embedded().articles[r.doc];
    // The corpus lives for the whole page: its strings are shown without copying them.
    let title = AttrValue::Static(a.title.as_str());
    let title_marks: Vec<_> = r.title_hits.iter().map(|h| h.range.clone()).collect();
    html! {
        <li class="article-item" data-id={AttrValue::Static(a.id.as_str())}>
            <@{props.heading} class="article-title" lang={crate::corpus::text_lang()}>
                <ArticleLink id={AttrValue::Static(a.id.as_str())} query={props.link.clone()} current={props.current}>
                    <Highlighted text={title} marks={title_marks} />
                </ArticleLink>
            </@>
            <ArticleMeta article_index={r.doc} />
            <ProblemBadges article_index={r.doc} />
            { shared_passages(r.doc, &props.link.clone().unwrap_or_default(), true, lang) }
            if props.has_query {
                <p class="hit-count">{ lang.t(Msg::Hits(r.hit_count())) }</p>
                <ul class="snippets" lang={crate::corpus::text_lang()}>
                    { for snippets(&a.text, &r.hits, SNIPPET_CONTEXT, SNIPPETS).into_iter().map(|s| {
                        let marks = s.hits.iter().map(|h| h.range.start - s.range.start..h.range.end - s.range.start).collect::<Vec<_>>();
                        html! {
                            <li class="snippet">
                                { if s.cut_start { "…" } else { "" } }
                                <Highlighted text={AttrValue::Static(&a.text[s.range.clone()])} {marks} />
                                { if s.cut_end { "…" } else { "" } }
                            </li>
                        }
                    }) }
                </ul>
            } else {
                <p class="summary" lang={crate::corpus::text_lang()}>{ AttrValue::Static(a.summary.as_str()) }</p>
            }
        </li>
    }
}
