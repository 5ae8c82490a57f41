//! The filter text as it is typed, and the view state every view reads ([`use_view_query`]:
//! the URL's, with that text). Views follow the text at once; the URL follows a moment after
//! typing pauses, because writing the history on every keystroke costs more than the whole
//! re-render it triggers (1–6 ms per call in Chromium).

use crate::ui::route::Route;
use crate::ui::router::use_location;
use crate::ui::view_state::{navigate, ViewQuery};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the URL is updated.
const URL_DELAY_MS: u32 = 250;

/// Text typed into the filter that the URL does not hold yet, and how to type more.
#[derive(Clone, PartialEq)]
pub struct LiveQuery {
    /// The typed text, while it is newer than the URL's.
    pub text: Option<AttrValue>,
    /// Shows `query` at once and writes it to the URL of `route` after a pause.
    pub typed: Callback<(Route, ViewQuery)>,
}

/// Children of the live query provider.
#[derive(Properties, PartialEq)]
pub struct LiveQueryProps {
    /// The views that read the query.
    pub children: Html,
}

/// Provides [`LiveQuery`]; must sit inside the router. Any change of the URL (the delayed
/// write, back/forward, a link) makes the URL the truth again and cancels a pending write.
#[function_component(LiveQueryProvider)]
pub fn live_query_provider(props: &LiveQueryProps) -> Html {
    let text = use_state_eq(|| None::<AttrValue>);
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // The URL itself: its path and query.
    let url = use_location();
    {
        let (text, pending) = (text.clone(), pending.clone());
        use_effect_with(url, move |_| {
            pending.borrow_mut().take();
            text.set(None);
        });
    }
    let typed = {
        let text = text.clone();
        use_callback((), move |(route, query): (Route, ViewQuery), _| {
            text.set(Some(AttrValue::from(query.text().to_string())));
            // The URL this text was typed over: if anything has changed it since (a link, the
            // comparison's terms, back/forward), the write is stale and is dropped.
            let typed_over = gloo::utils::window().location().hash().unwrap_or_default();
            let write = Timeout::new(URL_DELAY_MS, move || {
                let now = gloo::utils::window().location().hash().unwrap_or_default();
                if now == typed_over {
                    navigate(&route, &query, true);
                }
            });
            pending.borrow_mut().replace(write);
        })
    };
    let context = LiveQuery {
        text: (*text).clone(),
        typed,
    };
    html! {
        <ContextProvider<LiveQuery> {context}>{ props.children.clone() }</ContextProvider<LiveQuery>>
    }
}

/// The view state of the current URL (defaults when absent or unusable), with the filter text
/// as typed if the URL does not hold it yet.
#[hook]
pub fn use_view_query() -> ViewQuery {
    let from_url = ViewQuery::parse(&use_location().query);
    match use_context::<LiveQuery>().and_then(|live| live.text) {
        Some(text) => from_url.with_text(&text),
        None => from_url,
    }
}
