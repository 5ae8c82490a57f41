//! Reusable pieces of the pages.

pub mod also_written;
pub mod article_body;
pub mod article_link;
pub mod article_meta;
pub mod corpus_summary;
pub mod download;
pub mod grouping_bar;
pub mod highlighted;
pub mod load_more;
pub mod panes;
pub mod pref_switches;
pub mod problem_badges;
pub mod result_item;
pub mod search_box;
pub mod shared_passages;
pub mod shortcuts;
pub mod sort_bar;
pub mod stop_words;
pub mod view_switch;
pub mod view_tabs;
pub mod warnings_panel;
#[cfg(explorer_chunked)]
pub mod word_data;
