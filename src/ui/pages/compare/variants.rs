//! The comparison's "spelling variants" section: every variant set of the corpus, a row per
//! spelling with how often each group on the page writes it and the whole corpus's count, each
//! spelling a link to its search. The figures are the core's
//! ([`explorer_core::compare::variants`]); a plain function, not a component (bytes).

use super::data::{groups_in, label};
use super::keywords::word_link;
use crate::corpus::{embedded, text_lang, variant_sets};
use crate::ui::i18n::{Lang, PassageMsg};
use crate::ui::view_state::ViewQuery;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::variants::spelling_rows;
use yew::prelude::*;

/// The section for the groups `shown` of grouping `by` (copies left out when `collapse`),
/// spellings linking to this view (`base`) with them as the query; nothing when the corpus has
/// no variants. Counted at each render: a few sets' articles, no memo to carry.
pub(super) fn variants_section(lang: Lang, by: GroupBy, collapse: bool, shown: &[usize], base: &ViewQuery) -> Html {
    let sets = variant_sets();
    if sets.is_empty() {
        return Html::default();
    }
    let all = groups_in(by, collapse);
    let rows = spelling_rows(sets, all, shown, embedded().articles.len());
    let head = shown
        .iter()
        .map(|&g| html! { <th scope="col" lang={text_lang()}>{ label(lang, &all[g]) }</th> });
    // A body per set, so a set's spellings stay together.
    let bodies = rows.chunk_by(|a, b| a.at.0 == b.at.0).map(|set| {
        html! { <tbody>{ for set.iter().map(|r| html! { <tr>
            <th scope="row" lang={text_lang()}>{ word_link(&sets[r.at.0][r.at.1].text, base) }</th>
            { for r.per_group.iter().map(|n| html! { <td>{ n }</td> }) }
            <td>{ r.total }</td>
        </tr> }) }</tbody> }
    });
    html! {
        <section class="spelling-variants" aria-labelledby="variants-heading">
            <h2 id="variants-heading">{ lang.t(PassageMsg::VariantsHeading) }</h2>
            <div class="table-scroll"><table>
                <caption>{ lang.t(PassageMsg::VariantsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(PassageMsg::ColSpelling) }</th>
                    { for head }
                    <th scope="col">{ lang.t(PassageMsg::ColAll) }</th>
                </tr></thead>
                { for bodies }
            </table></div>
        </section>
    }
}
