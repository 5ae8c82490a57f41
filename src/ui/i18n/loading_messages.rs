//! The messages of a chunked corpus's data fetched after the first screen (`cfg(explorer_chunked)`
//! only, so the embedded page carries none of them), each in Chinese and English.

use super::lang::Lang;
use super::number::number;

messages! {
    /// The word data's loading messages.
    enum LoadMsg;
    /// While the word tools' data arrives: how much of it.
    WordsLoading(done_kb: usize, kb: usize, articles: usize, total: usize) => [
        format!("正在加载词语数据：{} / {} KB，{} / {} 篇文章", number(done_kb), number(kb), number(articles), number(total)),
        format!("Loading the word data: {} of {} KB, {} of {} articles", number(done_kb), number(kb), number(articles), number(total))
    ];
    /// The progress bar's label.
    WordsProgress => ["词语数据加载进度", "Word data loading progress"];
    /// A words file failed: nothing is lost.
    WordsFailed => ["词语数据的一个文件未能加载，已加载的内容都保留着。", "A file of the word data could not be loaded; everything that arrived is kept."];
    /// The button that fetches what is missing.
    Retry => ["重试", "Retry"];
}
