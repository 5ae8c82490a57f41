//! The word tools' state in the URL hash's query (`#/words?q=开源&tool=colloc&win=3`): which
//! tool, and its options, each dropped when unusable, as [`crate::ui::view_state`] does for
//! the rest of the view.

use explorer_core::words::clusters::{ClusterOptions, NodeAt};
use explorer_core::words::collocates::{CollocateOptions, Side, Statistic, MAX_WINDOW};
use explorer_core::words::word_list::WordColumn;

/// The names this module reads from a query; the others are the view's.
pub const NAMES: [&str; 10] = ["tool", "win", "side", "stat", "n", "pos", "min", "with", "col", "has"];

/// The corpus tools of the `/words` view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tool {
    /// Every word with its count, rate, articles and dispersion (`list`, the default).
    #[default]
    WordList,
    /// The words around the query's hits (`colloc`).
    Collocates,
    /// Recurring sequences of words (`clusters`).
    Clusters,
    /// Where in each article the query's hits are (`plot`).
    Plot,
}

impl Tool {
    /// Every tool, in the order of the tool switch.
    pub const ALL: [Tool; 4] = [Tool::WordList, Tool::Collocates, Tool::Clusters, Tool::Plot];

    /// The tool's name in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Tool::WordList => "list",
            Tool::Collocates => "colloc",
            Tool::Clusters => "clusters",
            Tool::Plot => "plot",
        }
    }

    fn parse(name: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Whether the tool asks something of the query's term (so it needs a query).
    pub fn needs_query(self) -> bool {
        matches!(self, Tool::Collocates | Tool::Plot)
    }
}

/// The tools' options; `None` or empty where the URL says nothing (the defaults apply).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ToolState {
    /// The tool shown (`tool`).
    pub tool: Tool,
    /// Collocates: words each side (`win`, 1 to [`MAX_WINDOW`]).
    pub window: Option<u8>,
    /// Collocates: which side of the node (`side=left|right`; both by default).
    pub side: Side,
    /// Collocates: the ranking statistic (`stat=mi|ll`; logDice by default).
    pub statistic: Statistic,
    /// Clusters: words per cluster (`n`, 2 to 5).
    pub size: Option<u8>,
    /// Clusters with a query: where the query's term stands (`pos=left|right`; anywhere by default).
    pub node_at: NodeAt,
    /// The minimum frequency (`min`) of the tool shown.
    pub min: Option<u64>,
    /// The concordance's collocate: only the lines with this word near the hit (`with`).
    pub with: String,
    /// Word list: the column it is sorted by (`col`; by count by default).
    pub column: Option<WordColumn>,
    /// Word list: only words containing this text (`has`).
    pub contains: String,
}

impl ToolState {
    /// The state from the query's pairs with these names (the first of each name counts).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ToolState {
        let mut s = ToolState::default();
        let mut seen = [false; NAMES.len()];
        for (name, value) in pairs {
            let Some(i) = NAMES.iter().position(|n| *n == name) else {
                continue;
            };
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match name {
                "tool" => s.tool = Tool::parse(value).unwrap_or_default(),
                "win" => s.window = value.parse().ok().filter(|w| (1..=MAX_WINDOW).contains(w)),
                "side" => s.side = parse_side(value),
                "stat" => s.statistic = parse_statistic(value),
                "n" => s.size = value.parse().ok().filter(|n| (2..=5).contains(n)),
                "pos" => s.node_at = parse_node_at(value),
                "min" => s.min = value.parse().ok().filter(|&m| m >= 1),
                "with" => s.with = value.to_string(),
                "col" => s.column = parse_column(value),
                _ => s.contains = value.to_string(),
            }
        }
        s
    }

    /// The pairs to write for this state, in [`NAMES`] order, only those set.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut put = |name: &'static str, value: Option<String>| {
            if let Some(v) = value {
                out.push((name, v));
            }
        };
        put("tool", (self.tool != Tool::WordList).then(|| self.tool.as_str().into()));
        put("win", self.window.map(|w| w.to_string()));
        put("side", side_name(self.side).map(String::from));
        put("stat", statistic_name(self.statistic).map(String::from));
        put("n", self.size.map(|n| n.to_string()));
        put("pos", node_at_name(self.node_at).map(String::from));
        put("min", self.min.map(|m| m.to_string()));
        put("with", (!self.with.is_empty()).then(|| self.with.clone()));
        put("col", self.column.and_then(column_name).map(String::from));
        put("has", (!self.contains.is_empty()).then(|| self.contains.clone()));
        out
    }

    /// What carries over to another view: the tool and its options, not the concordance's
    /// collocate filter (a link from a collocate sets it anew).
    pub fn carried(&self) -> ToolState {
        ToolState {
            with: String::new(),
            ..self.clone()
        }
    }

    /// The collocates' options (the defaults where the URL says nothing).
    pub fn collocate_options(&self) -> CollocateOptions {
        let d = CollocateOptions::default();
        CollocateOptions {
            window: self.window.unwrap_or(d.window),
            side: self.side,
            statistic: self.statistic,
            min_together: self.min.unwrap_or(d.min_together),
            ..d
        }
    }

    /// The clusters' options (the defaults where the URL says nothing).
    pub fn cluster_options(&self) -> ClusterOptions {
        let d = ClusterOptions::default();
        ClusterOptions {
            size: self.size.unwrap_or(d.size),
            min_count: self.min.unwrap_or(d.min_count),
        }
    }
}

fn parse_side(value: &str) -> Side {
    match value {
        "left" => Side::Left,
        "right" => Side::Right,
        _ => Side::Both,
    }
}

fn side_name(side: Side) -> Option<&'static str> {
    match side {
        Side::Left => Some("left"),
        Side::Right => Some("right"),
        Side::Both => None,
    }
}

fn parse_statistic(value: &str) -> Statistic {
    match value {
        "mi" => Statistic::MutualInformation,
        "ll" => Statistic::LogLikelihood,
        _ => Statistic::LogDice,
    }
}

fn statistic_name(statistic: Statistic) -> Option<&'static str> {
    match statistic {
        Statistic::MutualInformation => Some("mi"),
        Statistic::LogLikelihood => Some("ll"),
        Statistic::LogDice => None,
    }
}

fn parse_node_at(value: &str) -> NodeAt {
    match value {
        "right" => NodeAt::Right,
        "left" => NodeAt::Left,
        _ => NodeAt::Anywhere,
    }
}

fn node_at_name(node_at: NodeAt) -> Option<&'static str> {
    match node_at {
        NodeAt::Right => Some("right"),
        NodeAt::Left => Some("left"),
        NodeAt::Anywhere => None,
    }
}

const COLUMNS: [(WordColumn, &str); 4] = [
    (WordColumn::Word, "word"),
    (WordColumn::Count, "count"),
    (WordColumn::Articles, "articles"),
    (WordColumn::Dispersion, "dp"),
];

fn parse_column(value: &str) -> Option<WordColumn> {
    COLUMNS.iter().find(|(_, n)| *n == value).map(|(c, _)| *c)
}

/// A sortable column's name in URLs (`None` for the rank, which is the count's order).
pub fn column_name(column: WordColumn) -> Option<&'static str> {
    COLUMNS.iter().find(|(c, _)| *c == column).map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_round_trips_and_garbage_is_dropped() {
        let pairs = [
            ("tool", "colloc"),
            ("win", "3"),
            ("side", "left"),
            ("stat", "ll"),
            ("n", "4"),
            ("pos", "left"),
            ("min", "5"),
            ("with", "生态"),
            ("col", "dp"),
            ("has", "开"),
        ];
        let s = ToolState::from_pairs(pairs);
        assert_eq!(s.tool, Tool::Collocates);
        assert_eq!(s.collocate_options().window, 3);
        let written = s.pairs();
        let back = ToolState::from_pairs(written.iter().map(|(n, v)| (*n, v.as_str())));
        assert_eq!(back, s);
        assert_eq!(written.len(), NAMES.len());
        let garbage = ToolState::from_pairs([("tool", "x"), ("win", "11"), ("n", "1"), ("min", "0"), ("col", "?")]);
        assert_eq!(garbage, ToolState::default());
        assert!(ToolState::default().pairs().is_empty());
    }

    #[test]
    fn the_first_of_a_repeated_name_counts_and_the_collocate_filter_does_not_carry() {
        let s = ToolState::from_pairs([("win", "2"), ("win", "9"), ("with", "a")]);
        assert_eq!(s.window, Some(2));
        assert_eq!(s.carried().with, "");
        assert_eq!(s.carried().window, Some(2));
    }
}
