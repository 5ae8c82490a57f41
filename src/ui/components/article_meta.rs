//! One article's metadata line: outlet, source, author, date, length.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Props: the article's position in the corpus.
#[derive(Properties, PartialEq)]
pub struct ArticleMetaProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
}

/// Outlet (who published it, if known), source (in the interface language, the other name on hover), author, date (or "date unknown")
/// and length in characters.
#[function_component(ArticleMeta)]
pub fn article_meta(props: &ArticleMetaProps) -> Html {
    let lang = use_lang();
    let a = &embedded().articles[props.article_index];
    let both = if a.source.zh == a.source.en {
        a.source.zh.clone()
    } else {
        format!("{} / {}", a.source.zh, a.source.en)
    };
    html! {
        <p class="meta">
            if let Some(outlet) = &a.outlet {
                <span class="outlet" lang={crate::corpus::text_lang()}>{ outlet }</span>
            }
            <span class="source" title={both}>{ lang.source_name(&a.source) }</span>
            if let Some(author) = &a.author {
                <span class="author" lang={crate::corpus::text_lang()}>{ author }</span>
            }
            { match &a.date {
                Some(d) => html! { <time class="date" datetime={d.iso.clone()}>{ &d.display }</time> },
                None => html! { <span class="date unknown">{ lang.t(Msg::DateUnknown) }</span> },
            } }
            <span class="length">{ lang.t(Msg::Chars(a.char_count)) }</span>
        </p>
    }
}
