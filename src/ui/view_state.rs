//! The view state in the URL hash's query (`#/article/<id>?q=开源&hit=3`), parsed once into
//! typed values: a value that cannot be used is dropped, so any hash opens a valid view
//! (the default where a value is absent or unusable). Written back with the same names.

use crate::ui::percent::{encode_form, form_pairs};
use crate::ui::route::Route;
use crate::ui::router::go;
use crate::ui::tool_state::{self, ToolState};
use explorer_core::compare::groups::GroupBy;
use explorer_core::listing::{ListSort, SortKey};
use explorer_core::search::{ConcordanceOrder, ResultOrder};

/// A sort choice's name in URLs: a list key's, a result order's or a concordance order's.
/// Kept as named, because what it sorts by depends on the view and on whether there is a
/// query (`date` is a list key and a result order; `title` sorts only the list without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortName(&'static str);

impl SortName {
    /// The choice named `name`; `None` if no view sorts by that name.
    pub fn parse(name: &str) -> Option<SortName> {
        let known = SortKey::parse(name)
            .map(SortKey::as_str)
            .or_else(|| ResultOrder::parse(name).map(ResultOrder::as_str))
            .or_else(|| ConcordanceOrder::parse(name).map(ConcordanceOrder::as_str));
        known.map(SortName)
    }

    /// The name in URLs.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl From<ListSort> for SortName {
    fn from(sort: ListSort) -> Self {
        SortName(match sort {
            ListSort::Browse(k) => k.as_str(),
            ListSort::Results(o) => o.as_str(),
        })
    }
}

impl From<ConcordanceOrder> for SortName {
    fn from(order: ConcordanceOrder) -> Self {
        SortName(order.as_str())
    }
}

/// The view state in the hash's query. Every part is optional; a link holds only the parts
/// that are set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewQuery {
    /// The filter query, as typed (`q`; empty when there is none).
    pub q: String,
    /// The sort's name (`sort`; list: [`SortKey`] or [`ResultOrder`]; concordance: [`ConcordanceOrder`]).
    pub sort: Option<SortName>,
    /// Whether the sort is ascending (`dir=asc` or `desc`); `None` for the key's default direction.
    pub dir: Option<bool>,
    /// The reader's current hit (`hit`, 0-based).
    pub hit: Option<usize>,
    /// Where the reader opens: a byte offset in the article's text (`at`), inside the shared
    /// passage a link in another article points to.
    pub at: Option<usize>,
    /// The comparison's grouping (`by`).
    pub by: Option<GroupBy>,
    /// The comparison's extra terms (`terms`, comma or space separated; empty when none).
    pub terms: String,
    /// Whether the comparison chart shows raw counts (`scale=raw`) instead of normalized rates.
    pub raw: bool,
    /// Whether the word lists show function words (`stop=1`), which they leave out by default.
    pub stop: bool,
    /// Whether copies are collapsed (`collapse=1`): each story counted once in the list and the
    /// comparison ([`explorer_core::collapse`]).
    pub collapse: bool,
    /// The word tools' choices ([`tool_state`]).
    pub tools: ToolState,
}

/// The hash's query as the URL spells it: every field a string, if present.
#[derive(Default)]
struct UrlQuery {
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    hit: Option<String>,
    at: Option<String>,
    by: Option<String>,
    terms: Option<String>,
    scale: Option<String>,
    stop: Option<String>,
    collapse: Option<String>,
    /// The word tools' pairs ([`tool_state::NAMES`]), in URL order.
    tools: Vec<(String, String)>,
}

impl UrlQuery {
    /// The fields of a query (without its `?`), as `serde_urlencoded` read them into the
    /// struct this was: unknown names ignored, `None` if a field's name comes twice.
    fn parse(query: &str) -> Option<UrlQuery> {
        let mut u = UrlQuery::default();
        for (name, value) in form_pairs(query) {
            let field = match name.as_str() {
                "q" => &mut u.q,
                "sort" => &mut u.sort,
                "dir" => &mut u.dir,
                "hit" => &mut u.hit,
                "at" => &mut u.at,
                "by" => &mut u.by,
                "terms" => &mut u.terms,
                "scale" => &mut u.scale,
                "stop" => &mut u.stop,
                "collapse" => &mut u.collapse,
                name if tool_state::NAMES.contains(&name) => {
                    u.tools.push((name.to_string(), value));
                    continue;
                }
                _ => continue,
            };
            if field.replace(value).is_some() {
                return None;
            }
        }
        Some(u)
    }
}

impl From<UrlQuery> for ViewQuery {
    fn from(u: UrlQuery) -> Self {
        ViewQuery {
            q: u.q.unwrap_or_default(),
            sort: u.sort.as_deref().and_then(SortName::parse),
            dir: match u.dir.as_deref() {
                Some("asc") => Some(true),
                Some("desc") => Some(false),
                _ => None,
            },
            hit: u.hit.and_then(|h| h.parse().ok()),
            at: u.at.and_then(|h| h.parse().ok()),
            by: u.by.as_deref().and_then(GroupBy::parse),
            terms: u.terms.unwrap_or_default(),
            raw: u.scale.as_deref() == Some("raw"),
            stop: u.stop.as_deref() == Some("1"),
            collapse: u.collapse.as_deref() == Some("1"),
            tools: ToolState::from_pairs(u.tools.iter().map(|(n, v)| (n.as_str(), v.as_str()))),
        }
    }
}

impl ViewQuery {
    /// The view state of a hash's query (without its `?`): the defaults where it is unusable.
    pub fn parse(query: &str) -> ViewQuery {
        UrlQuery::parse(query).map(ViewQuery::from).unwrap_or_default()
    }

    /// The hash's query (without `?`) for this state: the parts that are set, with the same
    /// names, in the same order, form-encoded (`q=%E5%BC%80+AI&hit=3`); empty for the default.
    pub fn to_query(&self) -> String {
        let (hit, at) = (self.hit.map(|h| h.to_string()), self.at.map(|a| a.to_string()));
        let fields = [
            ("q", (!self.q.is_empty()).then_some(&*self.q)),
            ("sort", self.sort.map(SortName::as_str)),
            ("dir", self.dir.map(|asc| if asc { "asc" } else { "desc" })),
            ("hit", hit.as_deref()),
            ("at", at.as_deref()),
            ("by", self.by.map(GroupBy::as_str)),
            ("terms", (!self.terms.is_empty()).then_some(&*self.terms)),
            ("scale", self.raw.then_some("raw")),
            ("stop", self.stop.then_some("1")),
            ("collapse", self.collapse.then_some("1")),
        ];
        let tools = self.tools.pairs();
        let tools = tools.iter().map(|(name, value)| (*name, Some(value.as_str())));
        let mut out = String::new();
        for (name, value) in fields.into_iter().chain(tools) {
            if let Some(value) = value {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(name);
                out.push('=');
                encode_form(value, &mut out);
            }
        }
        out
    }

    /// The query text, empty when absent.
    pub fn text(&self) -> &str {
        &self.q
    }

    /// Whether there is a non-blank query.
    pub fn has_query(&self) -> bool {
        !self.q.trim().is_empty()
    }

    /// The list's sort: the named one if it fits (with or without a query), else the default
    /// (relevance with a query; without one `default`, the corpus's order, see
    /// [`explorer_core::listing::default_sort`]). A URL without a sort stays without one.
    pub fn list_sort(&self, default: SortKey) -> ListSort {
        let name = self.sort.map_or("", SortName::as_str);
        if self.has_query() {
            ListSort::Results(ResultOrder::parse(name).unwrap_or_default())
        } else {
            ListSort::Browse(SortKey::parse(name).unwrap_or(default))
        }
    }

    /// The concordance's order.
    pub fn concordance_order(&self) -> ConcordanceOrder {
        self.sort
            .and_then(|s| ConcordanceOrder::parse(s.as_str()))
            .unwrap_or_default()
    }

    /// Whether the list's sort (with `default` as in [`ViewQuery::list_sort`]) is ascending.
    pub fn ascending(&self, default: SortKey) -> bool {
        self.dir.unwrap_or_else(|| self.list_sort(default).default_ascending())
    }

    /// The comparison's grouping: the named one, else `default` (the corpus's, see
    /// [`explorer_core::compare::usefulness::default_grouping`]).
    pub fn group_by(&self, default: GroupBy) -> GroupBy {
        self.by.unwrap_or(default)
    }

    /// This state with another query text; the reader's hit and place reset.
    pub fn with_text(&self, q: &str) -> Self {
        ViewQuery {
            q: q.to_string(),
            hit: None,
            at: None,
            ..self.clone()
        }
    }

    /// This state with another sort.
    pub fn with_sort(&self, sort: SortName, ascending: bool) -> Self {
        ViewQuery {
            sort: Some(sort),
            dir: Some(ascending),
            ..self.clone()
        }
    }

    /// The query for a link: `None` when there is nothing to say, so URLs stay clean (`#/`, not `#/?`).
    pub fn link(&self) -> Option<Self> {
        (self != &ViewQuery::default()).then(|| self.clone())
    }

    /// What the article list and the reader share: the query and the list's sort, so the list
    /// beside the reader, and the way back to the list, keep their order.
    pub fn for_list(&self) -> Self {
        ViewQuery {
            sort: self.sort,
            dir: self.dir,
            ..self.carried()
        }
    }

    /// Only what carries over to another view: the query (and comparison and word-list settings).
    pub fn carried(&self) -> Self {
        ViewQuery {
            q: self.q.clone(),
            by: self.by,
            terms: self.terms.clone(),
            raw: self.raw,
            stop: self.stop,
            collapse: self.collapse,
            tools: self.tools.carried(),
            ..Default::default()
        }
    }
}

/// Navigates to `route` with `query` (pushing a history entry, or replacing the current one).
pub fn navigate(route: &Route, query: &ViewQuery, replace: bool) {
    go(&href(route, query.link().as_ref()), replace);
}

/// The `href` of a link to `route` with `query`, for a plain anchor (`#/compare?q=…`; no `?`
/// without a query). Pages hold hundreds of links (keywords, concordance lines, results); a
/// click on a plain hash link is a history entry the router follows like its own.
pub fn href(route: &Route, query: Option<&ViewQuery>) -> String {
    let mut href = format!("#{}", route.to_path());
    let encoded = query.map(ViewQuery::to_query);
    if let Some(q) = encoded.filter(|q| !q.is_empty()) {
        href.push('?');
        href.push_str(&q);
    }
    href
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(v: &ViewQuery) -> String {
        let ours = v.to_query();
        assert_eq!(ours, serde_urlencoded::to_string(Reference::from(v)).unwrap(), "{v:?}");
        ours
    }

    /// The query as serde read it before (`#[serde(default)]` strings, derive's rules).
    #[derive(serde::Deserialize)]
    struct OldQuery {
        #[serde(default)]
        q: Option<String>,
        #[serde(default)]
        sort: Option<String>,
        #[serde(default)]
        dir: Option<String>,
        #[serde(default)]
        hit: Option<String>,
        #[serde(default)]
        at: Option<String>,
        #[serde(default)]
        by: Option<String>,
        #[serde(default)]
        terms: Option<String>,
        #[serde(default)]
        scale: Option<String>,
        #[serde(default)]
        stop: Option<String>,
        #[serde(default)]
        collapse: Option<String>,
    }

    fn old_parse(query: &str) -> ViewQuery {
        let old: Option<OldQuery> = serde_urlencoded::from_str(query).ok();
        old.map(|o| {
            ViewQuery::from(UrlQuery {
                q: o.q,
                sort: o.sort,
                dir: o.dir,
                hit: o.hit,
                at: o.at,
                by: o.by,
                terms: o.terms,
                scale: o.scale,
                stop: o.stop,
                collapse: o.collapse,
                tools: Vec::new(),
            })
        })
        .unwrap_or_default()
    }

    /// The query as serde wrote it before.
    #[derive(serde::Serialize)]
    struct Reference<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        q: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        sort: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        dir: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        hit: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        at: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        by: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        terms: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        scale: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        stop: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        collapse: Option<&'static str>,
    }

    impl<'a> From<&'a ViewQuery> for Reference<'a> {
        fn from(v: &'a ViewQuery) -> Self {
            fn text(s: &str) -> Option<&str> {
                (!s.is_empty()).then_some(s)
            }
            Reference {
                q: text(&v.q),
                sort: v.sort.map(SortName::as_str),
                dir: v.dir.map(|asc| if asc { "asc" } else { "desc" }),
                hit: v.hit,
                at: v.at,
                by: v.by.map(GroupBy::as_str),
                terms: text(&v.terms),
                scale: v.raw.then_some("raw"),
                stop: v.stop.then_some("1"),
                collapse: v.collapse.then_some("1"),
            }
        }
    }

    #[test]
    fn queries_read_and_write_as_serde_urlencoded_did() {
        let values = [
            "",
            "开源 蒸馏",
            "a+b&c=d",
            "%",
            "%%",
            "%E0%A4%A",
            "%FF",
            "#?/",
            "\"'<>",
            "💥",
            "-1",
            "3",
            "asc",
            "raw",
            "1",
        ];
        let names = [
            "q", "sort", "dir", "hit", "at", "by", "terms", "scale", "stop", "collapse", "x", "", "q[]", "%71", "%",
            "&",
        ];
        let mut queries = vec![
            String::new(),
            "&&".into(),
            "q".into(),
            "q=a&q=b".into(),
            "x=1&x=2".into(),
        ];
        for (i, name) in names.iter().enumerate() {
            for (j, value) in values.iter().enumerate() {
                let other = names[(i + j) % names.len()];
                queries.push(format!("{name}={value}"));
                queries.push(format!(
                    "{name}={value}&{other}={}&hit=2",
                    values[(i * j) % values.len()]
                ));
            }
        }
        for query in queries {
            let v = ViewQuery::parse(&query);
            assert_eq!(v, old_parse(&query), "{query:?}");
            assert_eq!(ViewQuery::parse(&encoded(&v)), v, "{query:?}");
            let typed = v.with_text(&query);
            assert_eq!(ViewQuery::parse(&encoded(&typed)), typed, "{query:?}");
        }
    }

    #[test]
    fn href_holds_the_route_and_the_encoded_query() {
        let q = ViewQuery {
            q: "开源 蒸馏".into(),
            by: Some(GroupBy::Author),
            ..Default::default()
        };
        assert_eq!(
            href(&Route::Compare, Some(&q)),
            "#/compare?q=%E5%BC%80%E6%BA%90+%E8%92%B8%E9%A6%8F&by=author"
        );
    }

    #[test]
    fn href_without_a_query_has_no_question_mark() {
        assert_eq!(href(&Route::List, Some(&ViewQuery::default())), "#/");
        assert_eq!(href(&Route::Concordance, None), "#/kwic");
    }

    #[test]
    fn href_encodes_an_article_id_with_spaces_and_chinese() {
        let route = Route::Article {
            id: "报道 一".into()
        };
        assert_eq!(href(&route, None), "#/article/%E6%8A%A5%E9%81%93%20%E4%B8%80");
    }

    #[test]
    fn every_field_round_trips_in_the_order_of_the_url() {
        let s =
            "q=%E5%BC%80%E6%BA%90&sort=hits&dir=asc&hit=3&at=725&by=article&terms=%E8%8A%AF%E7%89%87%2C+AI&scale=raw&stop=1&collapse=1";
        let v = ViewQuery::parse(s);
        assert_eq!(
            v,
            ViewQuery {
                q: "开源".into(),
                sort: SortName::parse("hits"),
                dir: Some(true),
                hit: Some(3),
                at: Some(725),
                by: Some(GroupBy::Article),
                terms: "芯片, AI".into(),
                raw: true,
                stop: true,
                collapse: true,
                tools: ToolState::default(),
            }
        );
        assert_eq!(encoded(&v), s);
        assert_eq!(ViewQuery::parse(&encoded(&v)), v);
    }

    #[test]
    fn every_sort_name_of_every_view_round_trips() {
        let names = SortKey::ALL
            .map(SortKey::as_str)
            .into_iter()
            .chain(ResultOrder::ALL.map(ResultOrder::as_str));
        for name in names.chain(ConcordanceOrder::ALL.map(ConcordanceOrder::as_str)) {
            let v = ViewQuery::parse(&format!("sort={name}&dir=desc"));
            assert_eq!(v.sort.map(SortName::as_str), Some(name));
            assert_eq!(encoded(&v), format!("sort={name}&dir=desc"));
        }
        for by in GroupBy::ALL {
            let v = ViewQuery::parse(&format!("by={}", by.as_str()));
            assert_eq!((v.by, encoded(&v)), (Some(by), format!("by={}", by.as_str())));
        }
    }

    #[test]
    fn garbage_values_fall_back_to_the_defaults_and_leave_the_url() {
        let v = ViewQuery::parse("q=x&sort=%3Cscript%3E&dir=up&hit=-1&by=Author&scale=log&terms=&stop=yes");
        assert_eq!(
            v,
            ViewQuery {
                q: "x".into(),
                ..Default::default()
            }
        );
        assert_eq!(v.list_sort(SortKey::Date), ListSort::Results(ResultOrder::Relevance));
        assert_eq!(v.concordance_order(), ConcordanceOrder::Position);
        assert!(!v.ascending(SortKey::Date));
        assert_eq!(v.group_by(GroupBy::Source), GroupBy::Source);
        assert_eq!(encoded(&v), "q=x");
        assert_eq!(ViewQuery::parse("hit=3.5").hit, None);
        assert_eq!(ViewQuery::parse("hit=99999999999999999999999").hit, None);
    }

    #[test]
    fn function_words_are_shown_only_with_stop_1() {
        assert!(ViewQuery::parse("stop=1").stop);
        for s in ["", "stop=0", "stop=true", "stop=", "stop"] {
            assert!(!ViewQuery::parse(s).stop, "{s}");
        }
        let shown = ViewQuery {
            stop: true,
            ..Default::default()
        };
        assert_eq!(encoded(&shown), "stop=1");
        assert_eq!(href(&Route::Compare, shown.link().as_ref()), "#/compare?stop=1");
    }

    #[test]
    fn copies_are_collapsed_only_with_collapse_1_and_the_choice_carries_to_other_views() {
        assert!(ViewQuery::parse("collapse=1").collapse);
        for s in ["", "collapse=0", "collapse=yes", "collapse"] {
            assert!(!ViewQuery::parse(s).collapse, "{s}");
        }
        let v = ViewQuery::parse("q=a&sort=date&collapse=1");
        assert_eq!(encoded(&v.carried()), "q=a&collapse=1");
        assert_eq!(
            href(&Route::Compare, v.carried().link().as_ref()),
            "#/compare?q=a&collapse=1"
        );
    }

    #[test]
    fn an_unreadable_query_is_the_default_view() {
        for s in ["q=a&q=b", "%", "q=%FF", "=&&=", "sort", "dir&hit&by"] {
            let v = ViewQuery::parse(s);
            assert_eq!(ViewQuery::parse(&encoded(&v)), v, "{s}");
        }
        assert_eq!(ViewQuery::parse("q=a&q=b"), ViewQuery::default());
        assert_eq!(ViewQuery::parse(""), ViewQuery::default());
    }

    #[test]
    fn a_sort_name_means_what_the_view_and_the_query_make_of_it() {
        let v = ViewQuery::parse("sort=title");
        assert_eq!(
            (v.list_sort(SortKey::Date), v.ascending(SortKey::Date)),
            (ListSort::Browse(SortKey::Title), true)
        );
        let typed = v.with_text("开源");
        assert_eq!(
            typed.list_sort(SortKey::Date),
            ListSort::Results(ResultOrder::Relevance)
        );
        assert_eq!(encoded(&typed), "q=%E5%BC%80%E6%BA%90&sort=title");
        assert_eq!(
            ViewQuery::parse("sort=left").concordance_order(),
            ConcordanceOrder::Left
        );
        assert_eq!(
            ViewQuery::parse("sort=left").list_sort(SortKey::Date),
            ListSort::Browse(SortKey::Date)
        );
        assert_eq!(
            ViewQuery::parse("q=a&sort=date").list_sort(SortKey::Date),
            ListSort::Results(ResultOrder::Date)
        );
    }

    #[test]
    fn without_a_sort_or_grouping_the_corpus_s_default_applies_and_the_url_stays_as_it_was() {
        // A mostly undated corpus browses by title, A to Z, and its URLs keep saying nothing.
        let v = ViewQuery::parse("");
        assert_eq!(
            (v.list_sort(SortKey::Title), v.ascending(SortKey::Title)),
            (ListSort::Browse(SortKey::Title), true)
        );
        assert_eq!(v.group_by(GroupBy::Folder), GroupBy::Folder);
        assert_eq!(v.link(), None);
        // A URL naming the default, or another order, keeps it, in both directions.
        for s in [
            "sort=title&dir=asc",
            "sort=date&dir=desc",
            "sort=date",
            "by=source",
            "by=folder",
        ] {
            let v = ViewQuery::parse(s);
            assert_eq!(encoded(&v), s);
        }
        let v = ViewQuery::parse("sort=date");
        assert_eq!(
            (v.list_sort(SortKey::Title), v.ascending(SortKey::Title)),
            (ListSort::Browse(SortKey::Date), false)
        );
        assert_eq!(ViewQuery::parse("by=source").group_by(GroupBy::Folder), GroupBy::Source);
        // Pressing the default's button writes it, so the link says what the page shows.
        let pressed = v.with_sort(SortName::from(ListSort::Browse(SortKey::Title)), true);
        assert_eq!(encoded(&pressed), "sort=title&dir=asc");
    }

    #[test]
    fn links_carry_the_query_and_only_the_list_keeps_its_sort() {
        let v = ViewQuery::parse("q=a&sort=hits&dir=asc&hit=2&by=author&terms=b&scale=raw&stop=1");
        assert_eq!(encoded(&v.carried()), "q=a&by=author&terms=b&scale=raw&stop=1");
        assert_eq!(
            encoded(&v.for_list()),
            "q=a&sort=hits&dir=asc&by=author&terms=b&scale=raw&stop=1"
        );
        assert_eq!(
            encoded(&v.with_text("")),
            "sort=hits&dir=asc&by=author&terms=b&scale=raw&stop=1"
        );
        assert_eq!(ViewQuery::default().link(), None);
        assert_eq!(ViewQuery::parse("q=").link(), None);
    }

    #[test]
    fn the_word_tools_options_follow_the_view_s_and_all_but_the_collocate_filter_carry() {
        let s = "q=%E5%BC%80%E6%BA%90&by=author&tool=colloc&win=3&with=%E7%94%9F%E6%80%81";
        let v = ViewQuery::parse(s);
        assert_eq!(v.tools.tool, crate::ui::tool_state::Tool::Collocates);
        assert_eq!(v.tools.with, "生态");
        assert_eq!(v.to_query(), s);
        assert_eq!(
            v.carried().to_query(),
            "q=%E5%BC%80%E6%BA%90&by=author&tool=colloc&win=3"
        );
    }
}
