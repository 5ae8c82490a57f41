//! Marks an article whose seed had problems, so a broken file is visible, not hidden.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Props: the article, and whether to spell out each problem.
#[derive(Properties, PartialEq)]
pub struct ProblemBadgesProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
    /// Show each problem's details (the reader) rather than short badges (the list).
    #[prop_or_default]
    pub detailed: bool,
}

/// Nothing for a clean article; a badge per problem otherwise.
#[function_component(ProblemBadges)]
pub fn problem_badges(props: &ProblemBadgesProps) -> Html {
    let lang = use_lang();
    let a = &embedded().articles[props.article_index];
    if a.problems.is_empty() {
        return html! {};
    }
    if props.detailed {
        html! {
            <ul class="problems" aria-label={lang.t(Msg::ProblemsWithFile)}>
                { for a.problems.iter().map(|p| html! {
                    <li class="problem">
                        <strong>{ format!("⚠ {}", lang.t(Msg::Problem(p.kind))) }</strong>
                        { ": " }<span lang="en">{ &p.detail }</span>
                    </li>
                }) }
            </ul>
        }
    } else {
        html! {
            <p class="badges">
                { for a.problems.iter().map(|p| html! {
                    <span class="badge warn" title={p.detail.clone()}>{ format!("⚠ {}", lang.t(Msg::Problem(p.kind))) }</span>
                }) }
            </p>
        }
    }
}
