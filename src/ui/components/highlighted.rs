//! Text with some character ranges marked: hits in the reader, snippets and
//! concordance. Only text nodes are created.

use std::ops::Range;
use yew::prelude::*;

/// Props: the text and the byte ranges (into it) to mark.
#[derive(Properties, PartialEq, Clone)]
pub struct HighlightedProps {
    /// The text shown.
    pub text: AttrValue,
    /// Byte ranges into `text` to mark, sorted, non-overlapping, on char boundaries.
    pub marks: Vec<Range<usize>>,
    /// For each mark, the number that identifies it in the page (`id="hit-N"`), if any.
    #[prop_or_default]
    pub ids: Vec<Option<usize>>,
    /// The mark numbered this is the current one.
    #[prop_or_default]
    pub current: Option<usize>,
}

/// The text with `<mark>` around each range.
#[function_component(Highlighted)]
pub fn highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    let mut parts = Vec::with_capacity(props.marks.len() * 2 + 1);
    let mut at = 0;
    for (i, m) in props.marks.iter().enumerate() {
        let (start, end) = (m.start.clamp(at, text.len()), m.end.clamp(at, text.len()));
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) || start >= end {
            continue;
        }
        parts.push(html! { { &text[at..start] } });
        let number = props.ids.get(i).copied().flatten();
        let id = number.map(|n| format!("hit-{n}"));
        let current = number.is_some() && number == props.current;
        parts.push(html! {
            <mark {id} class={classes!(current.then_some("current"))} aria-current={current.then_some("true")}>
                { &text[start..end] }
            </mark>
        });
        at = end;
    }
    parts.push(html! { { &text[at..] } });
    html! { <>{ for parts }</> }
}
