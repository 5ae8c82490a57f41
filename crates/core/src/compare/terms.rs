//! The terms of the comparison's terms × groups table, and the concordance query of one cell.

use super::groups::{GroupBy, UNKNOWN_KEY};
use crate::search::Query;

/// The rows of the terms × groups table: the extra terms (separated by commas, full-width
/// commas, spaces or 、), else the query's positive terms.
pub fn table_terms(query: &Query, extra: &str) -> Vec<String> {
    if extra.trim().is_empty() {
        query.positive_terms().map(|(_, t)| t.to_string()).collect()
    } else {
        extra
            .split([',', '，', ' ', '、'])
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().to_string())
            .collect()
    }
}

/// The query for `term` in one group (of key `key` and label `label`) of grouping `by`: the
/// term, limited to the group's source, author or title (not to the unknown author).
pub fn cell_query(term: &str, by: GroupBy, key: &str, label: &str) -> String {
    match by {
        GroupBy::Source => format!("{term} source:{key}"),
        GroupBy::Author if key != UNKNOWN_KEY => format!("{term} author:\"{label}\""),
        GroupBy::Article => format!("{term} title:\"{label}\""),
        _ => term.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_terms_are_split_at_every_separator_and_trimmed() {
        let q = Query::parse("开源");
        assert_eq!(
            table_terms(&q, "英伟达, 开源，蒸馏、国运  AI"),
            ["英伟达", "开源", "蒸馏", "国运", "AI"]
        );
    }

    #[test]
    fn without_extra_terms_the_rows_are_the_query_s_positive_terms() {
        let q = Query::parse("开源 -蒸馏 成本");
        assert_eq!(table_terms(&q, "  "), ["开源", "成本"]);
        assert!(table_terms(&Query::parse(""), "").is_empty());
        assert!(table_terms(&Query::parse(""), " ,、").is_empty());
    }

    #[test]
    fn a_cell_s_query_names_its_group() {
        assert_eq!(cell_query("开源", GroupBy::Source, "qq", "腾讯新闻"), "开源 source:qq");
        assert_eq!(
            cell_query("开源", GroupBy::Author, "张三", "张三"),
            "开源 author:\"张三\""
        );
        assert_eq!(cell_query("开源", GroupBy::Author, UNKNOWN_KEY, "佚名"), "开源");
        assert_eq!(
            cell_query("开源", GroupBy::Article, "001", "标题"),
            "开源 title:\"标题\""
        );
    }
}
