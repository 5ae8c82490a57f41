//! Shared data compared by identity: a prop holding it changes only when it was recomputed.

use std::ops::Deref;
use std::rc::Rc;

/// Shared data compared by identity (two `Ptr`s are equal when they point at the same value).
pub struct Ptr<T>(pub Rc<T>);

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr(self.0.clone())
    }
}

impl<T> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Ptr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
