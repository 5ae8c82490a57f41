//! Marks an article whose seed had problems, so a broken file is visible, not hidden.

use crate::corpus::embedded;
use crate::ui::i18n::Msg;
use crate::ui::state::use_lang;
use explorer_core::model::ProblemKind;
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

/// The sign before a problem's label: a warning sign, or an information sign for a note.
fn mark(kind: ProblemKind) -> &'static str {
    if kind.is_info() {
        "ℹ"
    } else {
        "⚠"
    }
}

/// Nothing for a clean article; otherwise each problem in the reader, a badge per kind of
/// problem in the list (notes look like notes, not warnings).
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
                    <li class={classes!("problem", p.kind.is_info().then_some("note"))}>
                        <strong>{ format!("{} {}", mark(p.kind), lang.t(Msg::Problem(p.kind))) }</strong>
                        { ": " }<span lang="en">{ &p.detail }</span>
                    </li>
                }) }
            </ul>
        }
    } else {
        // One badge per kind: an article with three videos gets one note, not three.
        let mut seen = Vec::new();
        let firsts = a.problems.iter().filter(|p| {
            let new = !seen.contains(&p.kind);
            seen.push(p.kind);
            new
        });
        html! {
            <p class="badges">
                { for firsts.map(|p| html! {
                    <span class={classes!("badge", if p.kind.is_info() { "note" } else { "warn" })} title={p.detail.clone()}>
                        { format!("{} {}", mark(p.kind), lang.t(Msg::Problem(p.kind))) }
                    </span>
                }) }
            </p>
        }
    }
}
