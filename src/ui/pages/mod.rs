//! One component per route.

pub mod compare;
pub mod concordance;
pub mod list;
pub mod not_found;
pub mod reader;
pub mod words;
