//! "Also written 张文纬: 3 more hits": the link that turns a query for one spelling of a variant
//! set into the OR query of all its spellings. The core decides
//! ([`explorer_core::also_written`]); a plain function, not a component (bytes).

use crate::corpus::{hidden_copies, search_index, variant_sets};
use crate::ui::i18n::{Lang, PassageMsg};
use crate::ui::route::Route;
use crate::ui::view_state::{href, ViewQuery};
use explorer_core::also_written::{also_written, Offer};
use std::rc::Rc;

/// The offer for `view`'s query (the copies collapsing hides left out when it is on), made
/// once per query: `None` without a query, or when no set of spellings holds it.
#[yew::hook]
pub fn use_offer(view: &ViewQuery) -> Rc<Option<Offer>> {
    yew::use_memo((view.text().to_string(), view.collapse), |(q, collapse)| {
        if q.trim().is_empty() || variant_sets().is_empty() {
            return None;
        }
        let hidden = if *collapse { hidden_copies() } else { &[] };
        also_written(q, variant_sets(), search_index(), hidden)
    })
}

/// The offer as a line holding one link to `route` with the OR query; nothing without one.
pub fn offer_line(lang: Lang, offer: Option<&Offer>, route: &Route, view: &ViewQuery) -> yew::Html {
    let Some(o) = offer else {
        return yew::Html::default();
    };
    let text = lang.t(PassageMsg::AlsoWritten {
        others: o.others.join(", "),
        more: o.more_hits,
    });
    yew::html! {
        <p class="also-written"><a href={href(route, view.with_text(&o.query).link().as_ref())}>{ text }</a></p>
    }
}
