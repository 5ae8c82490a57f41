//! The choice of grouping (source, outlet, author, folder, date, article) for the views that
//! put groups side by side; a grouping that says nothing about this corpus is marked, and why.

use crate::ui::groups::not_useful;
use crate::ui::i18n::{Lang, Msg};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::usefulness::NotUseful;
use yew::prelude::*;

/// One button per grouping, the one shown (`by`) pressed, each calling `on_select` with its
/// grouping; then why any of them is not useful here.
pub fn grouping_bar(lang: Lang, by: GroupBy, on_select: Callback<GroupBy>) -> Html {
    let reasons: Vec<(GroupBy, NotUseful)> = GroupBy::ALL
        .into_iter()
        .filter_map(|g| not_useful(g).map(|why| (g, why)))
        .collect();
    let reason = |g: GroupBy| {
        reasons
            .iter()
            .find(|(r, _)| *r == g)
            .map(|&(_, why)| lang.t(Msg::GroupingNotUseful { by: g, why }))
    };
    html! {
        <>
            <div class="sort-bar" role="group" aria-label={lang.t(Msg::GroupByLabel)}>
                <span class="sort-label">{ lang.t(Msg::GroupByLabel) }</span>
                { for GroupBy::ALL.into_iter().map(|g| {
                    let on_select = on_select.clone();
                    html! {
                        <button type="button" class={classes!("sort", (g == by).then_some("active"), reason(g).map(|_| "not-useful"))} aria-pressed={(g == by).to_string()}
                            data-by={g.as_str()} title={reason(g)} onclick={Callback::from(move |_| on_select.emit(g))}>{ lang.t(Msg::GroupByName(g)) }</button>
                    }
                }) }
            </div>
            if !reasons.is_empty() {
                <ul class="muted grouping-notes">
                    { for reasons.iter().map(|&(g, why)| html! {
                        <li class={classes!((g == by).then_some("active"))} data-by={g.as_str()}>{ lang.t(Msg::GroupingNotUseful { by: g, why }) }</li>
                    }) }
                </ul>
            }
        </>
    }
}
