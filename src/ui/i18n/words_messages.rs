//! The word tools' messages (`/words`, and the concordance's collocate filter), each in Chinese
//! and English: a table of its own beside [`super::Msg`].

use super::lang::Lang;
use super::number::number;
use crate::ui::tool_state::Tool;
use explorer_core::decimal::fixed;

messages! {
    /// The word tools' messages.
    enum WordsMsg;
    /// The view's name (tab and heading).
    ViewWords => ["词语工具", "Word tools"];
    /// Label of the tool switch.
    ToolLabel => ["工具", "Tool"];
    /// A tool's name.
    ToolName(tool: Tool) => [tool_name(tool)[0], tool_name(tool)[1]];
    /// The column for every article together.
    WholeCorpus => ["全部语料", "Whole corpus"];
    /// A tool that asks about the query's term, without a query.
    NeedsQuery(tool: Tool) => [
        format!("{}需要检索词：请在上方输入，例如“开源”。", tool_name(tool)[0]),
        format!("The {} needs a query: type one above, e.g. 开源.", tool_name(tool)[1].to_lowercase())
    ];
    /// With a query, the word list and clusters count only the matching articles.
    CountsMatching(n: usize) => [
        format!("只统计符合检索的 {} 篇文章。", number(n)),
        format!("Counting only the {} article{} that match the query.", number(n), if n == 1 { "" } else { "s" })
    ];
    /// The build's word data is missing or does not fit the texts.
    Unavailable => ["词语数据缺失或与文本不符：请重新构建页面。", "The word data is missing or does not fit these texts: rebuild the page."];
    /// While the page reads the articles' words, before the tools can count.
    Reading {
        /// Articles read.
        done: usize,
        /// Articles in all.
        total: usize,
    } => [
        format!("正在读取各篇文章的词语：{} / {} 篇…", number(done), number(total)),
        format!("Reading the articles' words: {} of {}…", number(done), number(total))
    ];
    /// The column headers.
    ColRank => ["序", "Rank"];
    /// Header: the word.
    ColWord => ["词", "Word"];
    /// Header: occurrences.
    ColCount => ["频次", "Count"];
    /// Header: occurrences per 10,000 characters.
    ColPer10k => ["每万字", "Per 10k"];
    /// Header: articles with the word.
    ColArticles => ["篇数", "Articles"];
    /// Header: Gries's DP.
    ColDp => ["DP", "DP"];
    /// Help of the DP header.
    ColDpHelp => ["Gries 的离散度 DP：0 表示在各篇文章中均匀出现，接近 1 表示集中在少数文章。", "Gries's DP: 0 means spread evenly over the articles, near 1 means concentrated in a few."];
    /// Header: occurrences within the window.
    ColTogether => ["共现", "In window"];
    /// Header: the collocate's frequency in the group.
    ColTotal => ["总频次", "Total"];
    /// Header: a cluster.
    ColCluster => ["词丛", "Cluster"];
    /// Header: the article.
    ColArticle => ["文章", "Article"];
    /// Header: the article's hits.
    ColHits => ["命中", "Hits"];
    /// Header: the article's length.
    ColLength => ["字数", "Length"];
    /// Header: where the hits are.
    ColPositions => ["位置（字）", "Positions (characters)"];
    /// Collocates: the window.
    Window => ["跨度（词）", "Window (words)"];
    /// Collocates: the side.
    Side => ["方向", "Side"];
    /// Side: both.
    SideBoth => ["左右两侧", "Both sides"];
    /// Side: left.
    SideLeft => ["仅左侧", "Left only"];
    /// Side: right.
    SideRight => ["仅右侧", "Right only"];
    /// Collocates: the statistic.
    Statistic => ["统计量", "Statistic"];
    /// Clusters: the size.
    Size => ["词数", "Words"];
    /// Clusters with a query: where its term stands.
    NodeAt => ["检索词位置", "Query term"];
    /// Node position: left.
    NodeLeft => ["在左端", "on the left"];
    /// Node position: right.
    NodeRight => ["在右端", "on the right"];
    /// Node position: anywhere.
    NodeAnywhere => ["任意位置", "anywhere"];
    /// The minimum frequency.
    MinCount => ["最低频次", "Minimum frequency"];
    /// The word list's text filter.
    Contains => ["筛选词语", "Filter words"];
    /// More rows of a table.
    ShowMoreRows(n: usize) => [format!("再显示 {} 行", number(n)), format!("Show {} more rows", number(n))];
    /// How many rows there are.
    Rows(n: usize) => [format!("共 {} 行", number(n)), format!("{} row{}", number(n), if n == 1 { "" } else { "s" })];
    /// Nothing meets the options.
    NoRows => ["没有符合条件的结果。", "Nothing meets these conditions."];
    /// Collocates: what was counted.
    NodeSummary {
        /// The hits that are words.
        nodes: u64,
        /// The words in their windows.
        window: u64,
    } => [
        format!("检索词出现 {} 次，跨度内共 {} 个词。", number(nodes as usize), number(window as usize)),
        format!("The query's term occurs {} times, with {} words in its windows.", number(nodes as usize), number(window as usize))
    ];
    /// The plot's legend.
    Legend => ["图例", "Legend"];
    /// The plot's data table.
    PlotTable => ["以表格查看位置", "Positions as a table"];
    /// A mark's label: which hit of which article, at which character.
    MarkLabel {
        /// The hit's number in its article, from 0.
        hit: usize,
        /// Its character offset.
        offset: usize,
    } => [
        format!("第 {} 处，第 {} 字", number(hit + 1), number(offset + 1)),
        format!("hit {} at character {}", number(hit + 1), number(offset + 1))
    ];
    /// How the tools count and rank: the heading.
    Method => ["计算方法", "How these are counted"];
    /// How words are cut and what is left out.
    MethodWords => [
        "词由构建时的 jieba 分词得到（加入语料中的媒体、作者、来源名和策展人的词表）；标点、纯数字不算词。每万字 = 频次 ÷ 字数 × 10000。DP（Gries 2008）= ½·Σ|vᵢ − sᵢ|，vᵢ 为词在第 i 篇中的份额，sᵢ 为该篇占全组的字数份额。",
        "Words are cut at build time by jieba (with the corpus's outlets, authors and sources and the curator's word list added); punctuation and plain numbers are not words. Per 10k = count ÷ characters × 10,000. DP (Gries 2008) = ½·Σ|vᵢ − sᵢ|, vᵢ the word's share in article i, sᵢ the article's share of the group's characters."
    ];
    /// The collocation statistics.
    MethodCollocates => [
        "跨度不跨段落；虚词保留其位置但不列出。O = 共现次数，R = 检索词次数，C = 搭配词在本组的总频次，N = 本组总词数，W = 跨度内的总词数。logDice = 14 + log₂(2·O/(R + C))（上限 14，不受语料大小影响）；MI = log₂(O/E)，E = W·C/N；对数似然 G² = 2·Σ O·ln(O/E)，按 2×2 表计算（与 #LancsBox 相同，Brezina 2015）。",
        "Windows do not cross paragraphs; function words keep their place but are not listed. O = co-occurrences, R = the term's count, C = the collocate's count in the group, N = the group's words, W = the words in all windows. logDice = 14 + log₂(2·O/(R + C)) (at most 14, independent of corpus size); MI = log₂(O/E), E = W·C/N; log-likelihood G² = 2·Σ O·ln(O/E) over the 2×2 table (as #LancsBox, Brezina 2015)."
    ];
    /// How clusters are found.
    MethodClusters => [
        "词丛是连续出现的 2 至 5 个词，不跨标点和段落；隐藏虚词时，以虚词开头或结尾的词丛不列出。",
        "Clusters are 2 to 5 words in a row, not across punctuation or paragraphs; with function words hidden, clusters that start or end with one are left out."
    ];
    /// The concordance's collocate filter.
    WithFilter {
        /// The collocate.
        word: String,
        /// Words each side.
        window: u8,
        /// The lines shown.
        lines: usize,
    } => [
        format!("只显示“{}”出现在检索词 {} 词以内的 {} 行。", word, window, number(lines)),
        format!("Only the {} lines with {} within {} words of the hit.", number(lines), word, window)
    ];
    /// Removes the concordance's collocate filter.
    AllLines => ["显示全部行", "Show all lines"];
    /// A statistic's value, for the title of a collocate.
    Score(value: f64) => [fixed(value, 2), fixed(value, 2)];
}

/// A tool's name: Chinese, English.
fn tool_name(tool: Tool) -> [&'static str; 2] {
    match tool {
        Tool::WordList => ["词表", "Word list"],
        Tool::Collocates => ["搭配词", "Collocates"],
        Tool::Clusters => ["词丛", "Clusters"],
        Tool::Plot => ["分布图", "Dispersion plot"],
    }
}
