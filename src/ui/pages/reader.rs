//! The reader: one article's clean text with its metadata and a link to the original.

use crate::corpus::embedded;
use crate::ui::components::{article_body::ArticleBody, article_meta::ArticleMeta, problem_badges::ProblemBadges};
use crate::ui::i18n::Msg;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use crate::ui::state::use_lang;
use yew::prelude::*;
use yew_router::prelude::*;

/// Props: which article to show.
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article's id.
    pub id: String,
}

/// The reader page.
#[function_component(ReaderPage)]
pub fn reader_page(props: &ReaderProps) -> Html {
    let lang = use_lang();
    let corpus = embedded();
    let Some(index) = corpus.articles.iter().position(|a| a.id == props.id) else {
        return html! { <NotFound /> };
    };
    let article = &corpus.articles[index];
    html! {
        <article class="reader" aria-labelledby="reader-title">
            <nav class="reader-nav" aria-label={lang.t(Msg::ReaderNav)}>
                <Link<Route> to={Route::List} classes="back">{ lang.t(Msg::BackToList) }</Link<Route>>
            </nav>
            <h1 id="reader-title" lang="zh-CN">{ &article.title }</h1>
            <ArticleMeta article_index={index} />
            <ProblemBadges article_index={index} detailed=true />
            if let Some(url) = &article.url {
                <p class="original">
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer nofollow">{ lang.t(Msg::Original) }</a>
                </p>
            }
            <ArticleBody article_index={index} />
        </article>
    }
}
