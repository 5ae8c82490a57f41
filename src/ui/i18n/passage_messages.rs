//! The comparison's shared-passages and spelling-variants sections' messages, and the offer of
//! other spellings, each in Chinese and English: a table of its own beside [`super::Msg`].

use super::lang::Lang;
use super::number::number;

messages! {
    /// The shared-passages section's messages.
    enum PassageMsg;
    /// The section's heading.
    Heading => ["共有段落", "Shared passages"];
    /// The table's caption.
    Caption => [
        "每行一组：其文字有多少字也见于各列组的文章（占该行组文字的百分比，括号内为字数；对角线为同组的其他文章），多少字只见于本组。",
        "Each row group: how many characters of its text are also found in each column group's articles (percent of the row group's text, characters in brackets; on the diagonal, in the group's other articles), and how many are found only there."
    ];
    /// Header of the groups' column.
    ColGroup => ["组", "Group"];
    /// Header: text found in no article outside the group.
    ColOnlyHere => ["只见于本组", "Only here"];
    /// The shown groups left out of the table.
    OthersShareNothing(n: usize) => [
        format!("其余 {} 组的文字都不见于其他文章。", number(n)),
        format!("The other {} {} no text with any other article.", number(n), if n == 1 { "group shares" } else { "groups share" })
    ];
    /// A corpus without shared passages.
    NoneShared => ["语料中的文章之间没有共有段落。", "No passage is shared between the corpus's articles."];
    /// Heading of the passage list.
    ListHeading(n: usize) => [format!("段落（{} 段）", number(n)), format!("The passages ({})", number(n))];
    /// How alike a passage's copies are.
    Similarity(percent: u32) => [format!("相似度 {percent}%"), format!("{percent} % alike")];
    /// A passage holding a hit of the query.
    HoldsQuery => ["含检索词", "holds the query"];
    /// A listed passage's places not shown on the page.
    MorePlaces(n: usize) => [format!("另有 {} 处，见下载的 passages 文件。", number(n)), format!("{} more {} in the passages download.", number(n), if n == 1 { "place" } else { "places" })];
    /// Passages not listed on the page.
    MoreInDownload(n: usize) => [format!("另有 {} 段，见下载的 passages 文件。", number(n)), format!("{} more in the passages download.", number(n))];
    /// The spelling-variants section's heading.
    VariantsHeading => ["异写", "Spelling variants"];
    /// Its table's caption.
    VariantsCaption => [
        "同一名称在语料中的不同写法：各组写了每种写法多少次（按原文计，区分大小写）。点击写法即检索它。",
        "Spellings of one name in the corpus: how often each group writes each one (as written, capitals included). A spelling links to its search."
    ];
    /// Header of the spellings' column.
    ColSpelling => ["写法", "Spelling"];
    /// Header of the whole corpus's column.
    ColAll => ["全部", "All"];
    /// The offer of a query's other spellings: "also written 张文纬: 3 more hits".
    AlsoWritten {
        /// The other spellings, joined by ", ".
        others: String,
        /// The hits they add.
        more: usize,
    } => [
        format!("也写作 {}：另有 {} 处", others.replace(", ", "、"), number(more)),
        format!("also written {others}: {} more hit{}", number(more), if more == 1 { "" } else { "s" })
    ];
}
