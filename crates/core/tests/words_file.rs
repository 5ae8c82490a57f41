//! The curator's word file, `words.txt` in the seeds folder: its words stay whole, and it is
//! not an article.

#[test]
fn the_word_file_keeps_its_words_whole_and_is_no_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "标题\n\n今天甲乙丙丁戊说了几句话。").unwrap();
    std::fs::write(dir.path().join("words.txt"), "# 人名\n甲乙丙丁戊\n").unwrap();
    let corpus = explorer_core::ingest::ingest_dir(dir.path()).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    assert!(corpus.word_index("甲乙丙丁戊").is_some(), "{:?}", corpus.vocabulary);
}
