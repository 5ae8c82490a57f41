//! One component per route.

pub mod list;
pub mod not_found;
pub mod reader;
