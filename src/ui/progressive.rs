//! Rendering a long view in parts, one part per frame: the first part is painted at once,
//! the rest follow in document order, each rendered after the previous one is painted, so
//! neither the script nor the browser's layout blocks input for long (a phone's first render
//! of the comparison was one task of several hundred milliseconds). Parts are added below
//! what is shown, so nothing on screen moves.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many of `total` parts to render now: 1 when `key` is new (and at first), then one
/// more after each frame is painted until all are. Once all are shown, the same `key` shows all,
/// however `total` grows (parts asked for later are rendered at once).
#[hook]
pub fn use_progressive<K: PartialEq + Clone + 'static>(total: usize, key: K) -> usize {
    let state = use_state(|| (key.clone(), 1usize));
    let shown = if state.0 == key { state.1 } else { 1 };
    {
        let state = state.clone();
        use_effect_with((key, shown, total), move |(key, shown, total)| {
            let next = (*shown < *total).then(|| {
                let more = if shown + 1 < *total { shown + 1 } else { usize::MAX };
                let key = key.clone();
                after_next_paint(move || state.set((key, more)))
            });
            move || drop(next)
        });
    }
    shown.min(total)
}

/// A pending [`after_next_paint`] call; dropping it cancels the call.
pub struct AfterPaint {
    frame: Option<i32>,
    _callback: Closure<dyn FnMut()>,
    _task: Rc<RefCell<Option<Timeout>>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let Some(id) = self.frame {
            let _ = gloo::utils::window().cancel_animation_frame(id);
        }
    }
}

/// Runs `f` in a task of its own once the next frame is painted (a timeout queued from the
/// frame's callback runs after that frame), unless the handle is dropped first.
pub fn after_next_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    let task: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let slot = task.clone();
    let mut f = Some(f);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            *slot.borrow_mut() = Some(Timeout::new(0, f));
        }
    });
    let frame = gloo::utils::window()
        .request_animation_frame(callback.as_ref().unchecked_ref())
        .ok();
    AfterPaint {
        frame,
        _callback: callback,
        _task: task,
    }
}

/// What the parts of a long view were last rendered with, by part number, while a new query
/// or order is rendered in parts: parts not reached yet keep their last props until their
/// frame (or wait empty if never rendered), so a keystroke neither tears them down nor lets
/// the page shrink under a reader who has scrolled. See [`use_kept`].
pub struct Kept<P> {
    parts: Vec<Option<P>>,
    settled: bool,
}

impl<P: Clone> Kept<P> {
    /// Part `id`'s props: `item()` if it is `fresh` (and kept for later), else what it was last
    /// rendered with, if it ever was.
    pub fn part(&mut self, id: usize, fresh: bool, item: impl FnOnce() -> P) -> Option<P> {
        if fresh {
            if self.parts.len() <= id {
                self.parts.resize(id + 1, None);
            }
            self.parts[id] = Some(item());
        }
        self.parts.get(id).cloned().flatten()
    }

    /// Forgets the parts from `id` on.
    pub fn forget_from(&mut self, id: usize) {
        self.parts.truncate(id);
    }

    /// Whether every part has been rendered fresh at least once, `settled` telling whether they are now.
    pub fn settled(&mut self, settled: bool) -> bool {
        self.settled |= settled;
        self.settled
    }
}

/// The [`Kept`] parts of a view, forgotten when `key` changes.
#[hook]
pub fn use_kept<K: PartialEq + 'static, P: 'static>(key: K) -> Rc<RefCell<Kept<P>>> {
    let kept = use_mut_ref(|| {
        (
            None::<K>,
            Rc::new(RefCell::new(Kept {
                parts: Vec::new(),
                settled: false,
            })),
        )
    });
    let mut kept = kept.borrow_mut();
    if kept.0.as_ref() != Some(&key) {
        kept.0 = Some(key);
        kept.1 = Rc::new(RefCell::new(Kept {
            parts: Vec::new(),
            settled: false,
        }));
    }
    kept.1.clone()
}

/// The props of a long list's first `shown` items while a new query or order is rendered in
/// parts ([`Kept`] by place): the first `fresh` are new (`item(i)`), the rest, up to as many as
/// were shown before, what they were last rendered with.
#[hook]
pub fn use_kept_items<P: Clone + 'static>(fresh: usize, shown: usize, item: impl Fn(usize) -> P) -> Vec<P> {
    let kept = use_kept(());
    let mut kept = kept.borrow_mut();
    kept.forget_from(shown);
    let mut items = Vec::with_capacity(shown);
    for i in 0..shown {
        match kept.part(i, i < fresh, || item(i)) {
            Some(p) => items.push(p),
            None => break,
        }
    }
    items
}

/// The window's height in CSS pixels (900 if unknown): how much of a long list a first frame
/// has to show.
pub fn window_height() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(900.0)
}
