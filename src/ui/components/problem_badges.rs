//! Marks an article whose seed had problems, so a broken file is visible, not hidden.

use crate::corpus::embedded;
use yew::prelude::*;

/// Props: the article, and whether to spell out each problem.
#[derive(Properties, PartialEq)]
pub struct ProblemBadgesProps {
    /// Index into the embedded corpus's articles.
    pub article_index: usize,
    /// Show each problem's full message (the reader) rather than short badges (the list).
    #[prop_or_default]
    pub detailed: bool,
}

/// Nothing for a clean article; a badge per problem otherwise.
#[function_component(ProblemBadges)]
pub fn problem_badges(props: &ProblemBadgesProps) -> Html {
    let a = &embedded().articles[props.article_index];
    if a.problems.is_empty() {
        return html! {};
    }
    if props.detailed {
        html! {
            <ul class="problems" aria-label="Problems with this file">
                { for a.problems.iter().map(|p| html! { <li class="problem">{ format!("⚠ {p}") }</li> }) }
            </ul>
        }
    } else {
        html! {
            <p class="badges">
                { for a.problems.iter().map(|p| html! {
                    <span class="badge warn" title={p.to_string()}>{ format!("⚠ {}", p.kind.label()) }</span>
                }) }
            </p>
        }
    }
}
