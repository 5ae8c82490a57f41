//! Waits for a chunked corpus's word data (`cfg(explorer_chunked)`): the word tools, and the
//! concordance filtered by a collocate, need every article's cut, which is not part of the
//! loading. The first time such a view is shown this asks the loader for it
//! ([`crate::delivery::words::fetch`]) and shows its progress, or, if a file fails, says so in
//! both languages with a Retry that fetches only what is missing; once it is all in, the view.

use crate::delivery::{entry, words};
use crate::ui::i18n::LoadMsg;
use crate::ui::live_query::use_view_query;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Props: the view that needs the word data.
#[derive(Properties, PartialEq)]
pub struct WordDataProps {
    /// The view, shown once the word data is in.
    pub children: Html,
    /// Whether the view needs it only when filtered by a collocate (the concordance).
    #[prop_or_default]
    pub collocate_only: bool,
}

/// The view once the word data is in; before, its loading.
#[function_component(WordData)]
pub fn word_data(props: &WordDataProps) -> Html {
    let lang = use_lang();
    let view = use_view_query();
    let needed = !props.collocate_only || !view.tools.with.is_empty();
    let progress = use_state(|| None);
    {
        let progress = progress.setter();
        use_effect_with(needed, move |&needed| {
            if needed && !words::arrived() {
                words::fetch(move |p| progress.set(Some(p)));
            }
            words::stop_listening
        });
    }
    if !needed || words::arrived() {
        return props.children.clone();
    }
    let Some(p) = &*progress else {
        return html! {};
    };
    let kb = |b: u64| (b / 1024) as usize;
    html! {
        <section class="word-data" aria-busy="true">
            <p class="load-status" role="status" aria-live="polite">
                { lang.t(LoadMsg::WordsLoading(kb(p.bytes_done), kb(p.bytes), p.articles_done, entry().articles as usize)) }
            </p>
            <progress class="load-progress" max={p.bytes.max(1).to_string()} value={p.bytes_done.to_string()}
                aria-label={lang.t(LoadMsg::WordsProgress)}></progress>
            if let Some(error) = &p.error {
                <div class="load-error" role="alert">
                    <p>{ lang.t(LoadMsg::WordsFailed) }</p>
                    <p class="load-error-detail"><code>{ error.to_string() }</code></p>
                    <button type="button" onclick={
                        let progress = progress.setter();
                        Callback::from(move |_| {
                            let progress = progress.clone();
                            words::fetch(move |p| progress.set(Some(p)));
                        })
                    }>{ lang.t(LoadMsg::Retry) }</button>
                </div>
            }
        </section>
    }
}
