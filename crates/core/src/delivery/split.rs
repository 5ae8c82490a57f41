//! Build time (feature `ingest`): a corpus into the files of the chunked layout and the entry
//! that names them. What the embedded build stores per article beside the corpus is cut along
//! the chunks' article ranges: the shared-passage table's records travel inside each chunk
//! (the reader shows them with the article) and its clusters in the head (the comparison
//! counts them once every article is in), the word tools' cut in a file of its own per chunk
//! (fetched only by a view that counts words).

use super::entry::{ChunkRef, Entry, FileRef, Head, ListRow, Manifest};
use super::shards::build_shards;
use crate::embed::Embedded;
use crate::listing::{default_ascending, default_sort, sorted};
use crate::model::{Article, Corpus};
use crate::search::SearchIndex;

/// How to cut the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitOptions {
    /// A chunk is closed before the article that would take it past this many bytes of
    /// postcard (an article larger than this is a chunk of its own).
    pub chunk_bytes: usize,
    /// How many rows of the list the entry carries.
    pub first_rows: usize,
}

impl Default for SplitOptions {
    /// Chunks of 256 KiB, 30 first rows.
    fn default() -> Self {
        SplitOptions {
            chunk_bytes: 256 << 10,
            first_rows: 30,
        }
    }
}

/// What the build made of each article beside the corpus, as the embedded build stores it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleData<'a> {
    /// jieba's cut of every article, in corpus order ([`crate::ingest::cut_lengths`]); empty:
    /// no word data (the manifest names no words files).
    pub cuts: &'a [Vec<u32>],
    /// The shared-passage table of the whole corpus ([`crate::shared_table::encode`]); empty:
    /// nothing is shared.
    pub shares: &'a [u8],
}

/// One file to write beside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    /// Its name ([`FileRef::name`]).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The chunked corpus: the entry and every file it names (each name once: files of the same
/// content, such as two empty shards, are one file).
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// What the page embeds.
    pub entry: Entry,
    /// The head, chunks, shards and keyness files.
    pub files: Vec<CorpusFile>,
}

/// Cuts `embedded` into the chunked layout: head (with `data`'s passage clusters), chunks
/// (with their part of `data`'s shared passages), the n-gram index's shards, the keywords, the word files (`data`'s cuts, one per
/// chunk), and the entry naming them all.
///
/// # Panics
/// If `data.cuts` is neither empty nor one cut per article.
pub fn split(embedded: &Embedded, data: &ArticleData, opts: &SplitOptions) -> Layout {
    let corpus = &embedded.corpus;
    // The search index and its shards on one side, the chunks on the other.
    let ((avg_chars, shards), chunks) = std::thread::scope(|s| {
        let grams = s.spawn(|| {
            let index = SearchIndex::new(corpus);
            (index.avg_chars(), build_shards(&index))
        });
        let chunks = cut_chunks(&corpus.articles, opts.chunk_bytes);
        (grams.join().expect("the gram index thread panicked"), chunks)
    });
    let mut files = Files::default();
    let head = Head {
        corpus: without_articles(corpus),
        clusters: crate::shared_table::trailer(data.shares),
    };
    let head = files.add("head", postcard::to_allocvec(&head).expect("the head serializes"));
    let n = corpus.articles.len();
    assert!(
        data.cuts.is_empty() || data.cuts.len() == n,
        "{} cuts for {n} articles",
        data.cuts.len()
    );
    let mut words = Vec::new();
    let chunks = chunks
        .into_iter()
        .map(|(first, count, mut bytes)| {
            let range = first as usize..(first + count) as usize;
            let shares = crate::shared_table::slice(data.shares, first..first + count);
            // A chunk is postcard of a `Chunk`: its articles (already written), then the table.
            bytes.append(&mut postcard::to_allocvec(&shares).expect("a table serializes"));
            if !data.cuts.is_empty() {
                words.push(files.add("words", crate::words::tokens::encode(&data.cuts[range])));
            }
            ChunkRef {
                file: files.add("chunk", bytes),
                first,
                count,
            }
        })
        .collect();
    let shards = shards
        .iter()
        .map(|s| files.add("grams", postcard::to_allocvec(s).expect("a shard serializes")))
        .collect();
    let keyness = embedded
        .keyness
        .iter()
        .map(|(by, k)| {
            (
                *by,
                files.add("keyness", postcard::to_allocvec(k).expect("keywords serialize")),
            )
        })
        .collect();
    let key = default_sort(&corpus.articles);
    let first_rows = sorted(&corpus.articles, key, default_ascending(key))
        .into_iter()
        .take(opts.first_rows)
        .map(|i| ListRow::of(&corpus.articles[i]))
        .collect();
    let manifest = Manifest {
        head,
        chunks,
        words,
        shards,
        keyness,
    };
    let manifest = files.add(
        "manifest",
        postcard::to_allocvec(&manifest).expect("the manifest serializes"),
    );
    let entry = Entry {
        site: corpus.site.clone(),
        articles: corpus.articles.len() as u32,
        total_chars: corpus.total_chars() as u64,
        avg_chars,
        first_rows,
        manifest,
    };
    Layout { entry, files: files.0 }
}

/// The chunks as (first article, count, postcard of the `Vec<Article>`), cut by their articles'
/// bytes.
fn cut_chunks(articles: &[Article], chunk_bytes: usize) -> Vec<(u32, u32, Vec<u8>)> {
    let mut out = Vec::new();
    let mut body: Vec<u8> = Vec::new();
    let (mut first, mut count) = (0u32, 0u32);
    let mut close = |first: u32, count: u32, body: &mut Vec<u8>| {
        // Postcard writes a sequence as its length (a varint) then its items.
        let mut bytes = postcard::to_allocvec(&(count as usize)).expect("a length serializes");
        bytes.append(body);
        out.push((first, count, bytes));
    };
    for (i, a) in articles.iter().enumerate() {
        let one = postcard::to_allocvec(a).expect("an article serializes");
        if count > 0 && body.len() + one.len() > chunk_bytes {
            close(first, count, &mut body);
            (first, count) = (i as u32, 0);
        }
        body.extend_from_slice(&one);
        count += 1;
    }
    if count > 0 {
        close(first, count, &mut body);
    }
    out
}

/// The files so far, each name once.
#[derive(Default)]
struct Files(Vec<CorpusFile>, std::collections::HashSet<String>);

impl Files {
    fn add(&mut self, kind: &str, bytes: Vec<u8>) -> FileRef {
        let file = FileRef::of(kind, &bytes);
        if self.1.insert(file.name.clone()) {
            self.0.push(CorpusFile {
                name: file.name.clone(),
                bytes,
            });
        }
        file
    }
}

/// A copy of everything but the articles (the head of a chunked corpus).
fn without_articles(corpus: &Corpus) -> Corpus {
    Corpus {
        articles: Vec::new(),
        notes: corpus.notes.clone(),
        vocabulary: corpus.vocabulary.clone(),
        stop_words: corpus.stop_words.clone(),
        site: corpus.site.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::entry::{decode_chunk, decode_head, decode_manifest, join_words};
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article {
            text: text.into(),
            char_count: text.chars().count(),
            ..crate::test_support::article(id)
        }
    }

    #[test]
    fn chunks_close_at_article_boundaries_and_a_big_article_is_alone() {
        let articles: Vec<Article> = ["短", "短短", &"长".repeat(200), "短", "短"]
            .iter()
            .enumerate()
            .map(|(i, t)| article(&format!("a{i}"), t))
            .collect();
        let small = postcard::to_allocvec(&articles[0]).unwrap().len();
        let chunks = cut_chunks(&articles, 2 * small + 3); // the first two just fit
        let spans: Vec<(u32, u32)> = chunks.iter().map(|&(f, c, _)| (f, c)).collect();
        assert_eq!(spans, [(0, 2), (2, 1), (3, 2)]);
        for (first, count, bytes) in &chunks {
            let back: Vec<Article> = postcard::from_bytes(bytes).unwrap();
            assert_eq!(back, articles[*first as usize..(first + count) as usize]);
        }
        assert!(cut_chunks(&[], 100).is_empty());
    }

    #[test]
    fn the_layout_names_every_file_once_and_they_decode() {
        let corpus = Corpus {
            articles: vec![article("a", "英伟达的股价"), article("b", "开源模型")],
            vocabulary: vec!["开源".into()],
            ..Corpus::default()
        };
        let embedded = Embedded {
            corpus: corpus.clone(),
            keyness: vec![],
        };
        let layout = split(&embedded, &ArticleData::default(), &SplitOptions::default());
        let e = &layout.entry;
        let file = |r: &FileRef| &layout.files.iter().find(|f| f.name == r.name).unwrap().bytes;
        let m = decode_manifest(&e.manifest, file(&e.manifest)).unwrap();
        assert_eq!((e.articles, e.total_chars, m.chunks.len()), (2, 10, 1));
        assert_eq!(e.avg_chars, SearchIndex::new(&corpus).avg_chars());
        assert_eq!(e.first_rows.len(), 2);
        let head = decode_head(&m.head, file(&m.head)).unwrap();
        assert_eq!((head.corpus.articles.len(), head.corpus.vocabulary.len()), (0, 1));
        assert!(head.clusters.is_empty(), "no table, no clusters");
        assert_eq!(
            decode_chunk(&m.chunks[0].file, file(&m.chunks[0].file))
                .unwrap()
                .articles,
            corpus.articles
        );
        assert!(m.words.is_empty(), "no cuts, no words files");
        let mut names: Vec<&str> = layout.files.iter().map(|f| f.name.as_str()).collect();
        let all = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all, "each file once");
        let mut named: Vec<&str> = m.shards.iter().map(|s| s.name.as_str()).collect();
        named.extend([
            e.manifest.name.as_str(),
            m.head.name.as_str(),
            m.chunks[0].file.name.as_str(),
        ]);
        named.sort_unstable();
        named.dedup();
        assert_eq!(named, names, "every file named, each once");
    }

    #[test]
    fn the_pieces_reassemble_to_exactly_the_embedded_table_and_cuts() {
        let texts = [
            "英伟达的股价",
            "开源模型",
            "共同的一段话",
            &"长".repeat(300),
            "共同的一段话",
            "尾",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| article(&format!("a{i}"), t))
            .collect();
        let corpus = Corpus {
            articles,
            ..Corpus::default()
        };
        let cuts: Vec<Vec<u32>> = texts.iter().map(|t| vec![1; t.chars().count()]).collect();
        let passages = crate::model::Passages {
            clusters: vec![crate::model::PassageCluster {
                members: vec![
                    crate::model::PassageMember {
                        article: 2,
                        start: 0,
                        end: 18,
                    },
                    crate::model::PassageMember {
                        article: 4,
                        start: 0,
                        end: 18,
                    },
                ],
                similarity: 1000,
                chars: 6,
            }],
            ..Default::default()
        };
        let table = crate::shared_table::encode(&passages, &corpus);
        let embedded = Embedded {
            corpus: corpus.clone(),
            keyness: vec![],
        };
        let data = ArticleData {
            cuts: &cuts,
            shares: &table,
        };
        // Small chunks: the long article alone, the others two by two.
        let layout = split(
            &embedded,
            &data,
            &SplitOptions {
                chunk_bytes: 120,
                first_rows: 3,
            },
        );
        let file = |r: &FileRef| layout.files.iter().find(|f| f.name == r.name).unwrap().bytes.as_slice();
        let m = decode_manifest(&layout.entry.manifest, file(&layout.entry.manifest)).unwrap();
        assert!(m.chunks.len() >= 3, "{} chunks", m.chunks.len());
        assert_eq!(m.words.len(), m.chunks.len(), "one words file per chunk");
        let chunks: Vec<_> = m
            .chunks
            .iter()
            .map(|c| decode_chunk(&c.file, file(&c.file)).unwrap())
            .collect();
        let pieces: Vec<&[u8]> = chunks.iter().map(|c| c.shares.as_slice()).collect();
        // The pieces carry every article's record, the head the clusters after them: together
        // the embedded table, word for word.
        let head = decode_head(&m.head, file(&m.head)).unwrap();
        assert_eq!(crate::shared_table::join(&pieces, &head.clusters), table);
        assert_eq!(
            crate::shared_table::clusters(&crate::shared_table::join(&pieces, &head.clusters)),
            passages.clusters
        );
        for (c, chunk) in m.chunks.iter().zip(&chunks) {
            assert_eq!(
                chunk.articles,
                corpus.articles[c.first as usize..(c.first + c.count) as usize]
            );
            for a in c.first..c.first + c.count {
                let whole = crate::shared_table::decode(&table, a);
                assert_eq!(crate::shared_table::decode(&chunk.shares, a - c.first), whole);
            }
        }
        assert!(!crate::shared_table::decode(&table, 4).marks.is_empty());
        let words: Vec<&[u8]> = m.words.iter().map(file).collect();
        assert_eq!(join_words(&m, &words).unwrap(), cuts);
        assert_eq!(
            crate::words::tokens::decode(&crate::words::tokens::encode(&cuts)).unwrap(),
            join_words(&m, &words).unwrap(),
            "what the embedded build's tokens.bin holds"
        );
    }
}
