//! The entry (what the page embeds to find and check every other file of a chunked corpus)
//! and the decoders of those files, each of which verifies the bytes first.

use super::error::DeliveryError;
use super::grams::{shard_of, GramShard};
use crate::compare::groups::GroupBy;
use crate::compare::keyness::CompactKeyness;
use crate::model::{Article, Corpus};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One content-addressed file beside the app: its name, SHA-256 and length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// `{kind}-{first 16 hex digits of the hash}.bin`, kind one of `head`, `chunk`, `grams`,
    /// `keyness`, `words`: a new content gets a new name, so a file can be cached forever.
    pub name: String,
    /// The full SHA-256 of the bytes, in lower-case hex.
    pub hash: String,
    /// The length in bytes.
    pub bytes: u32,
}

impl FileRef {
    /// The reference to `bytes` stored as a file of this `kind` (see [`FileRef::name`]).
    pub fn of(kind: &str, bytes: &[u8]) -> FileRef {
        let hash = sha256_hex(bytes);
        FileRef {
            name: format!("{kind}-{}.bin", &hash[..16]),
            hash,
            bytes: bytes.len() as u32,
        }
    }
}

/// A chunk file: articles `first..first + count` in corpus order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkRef {
    /// The file (postcard of a [`Chunk`]).
    pub file: FileRef,
    /// The number of its first article in the corpus.
    pub first: u32,
    /// How many articles it holds.
    pub count: u32,
}

/// What a chunk file holds: its articles, and what the reader shows of their shared passages
/// (their piece of [`crate::shared_table`], [`crate::shared_table::slice`]), which so travels
/// with the articles.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Chunk {
    /// The articles, in corpus order.
    pub articles: Vec<Article>,
    /// Their shared-passage table, article 0 the chunk's first.
    pub shares: Vec<u8>,
}

/// What the head file holds: the corpus without its articles, and the shared passages'
/// clusters ([`crate::shared_table::trailer`]: a cluster's articles may lie in any chunks, so
/// the clusters travel once, here, and [`crate::shared_table::join`] puts them after the
/// chunks' records). Fetched after the first list paint, like every file but the entry.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Head {
    /// The [`Corpus`] without its articles (notes, vocabulary, stop words, site).
    pub corpus: Corpus,
    /// The shared-passage table's clusters, for the comparison's shared-passages section and
    /// its downloads; empty when nothing is shared.
    pub clusters: Vec<u8>,
}

/// What the article list shows of one article before any chunk arrives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListRow {
    /// [`Article::id`].
    pub id: String,
    /// [`Article::title`].
    pub title: String,
    /// The source's Chinese name.
    pub source_zh: String,
    /// The source's English name.
    pub source_en: String,
    /// [`Article::author`].
    pub author: Option<String>,
    /// [`Article::outlet`].
    pub outlet: Option<String>,
    /// The publication day ([`crate::model::DateStamp::day`]), if known.
    pub day: Option<String>,
    /// [`Article::char_count`].
    pub chars: u32,
    /// [`Article::summary`].
    pub summary: String,
    /// Whether the article has a problem that needs a curator (one that is not
    /// [`crate::model::ProblemKind::is_info`]).
    pub marked: bool,
}

impl ListRow {
    /// The row of an article.
    pub fn of(a: &Article) -> ListRow {
        ListRow {
            id: a.id.clone(),
            title: a.title.clone(),
            source_zh: a.source.zh.clone(),
            source_en: a.source.en.clone(),
            author: a.author.clone(),
            outlet: a.outlet.clone(),
            day: a.date.as_ref().map(|d| d.day().to_string()),
            chars: a.char_count as u32,
            summary: a.summary.clone(),
            marked: a.problems.iter().any(|p| !p.kind.is_info()),
        }
    }
}

/// Everything the page needs to know first about a chunked corpus: its size, the list's
/// first screenful, and the manifest naming every other file. Its size does not grow with the
/// corpus (the manifest does, and is fetched after the first paint).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// What the page calls itself (also in the head, for code that reads the corpus).
    pub site: crate::site::Site,
    /// How many articles the corpus has.
    pub articles: u32,
    /// Their total length in characters.
    pub total_chars: u64,
    /// The average text length BM25 normalizes by: exactly
    /// [`crate::search::SearchIndex::avg_chars`] of the whole corpus's index.
    pub avg_chars: f32,
    /// The list's first rows, in [`crate::listing::default_sort`] order and direction.
    pub first_rows: Vec<ListRow>,
    /// Postcard of the [`Manifest`].
    pub manifest: FileRef,
}

/// Every file of a chunked corpus but the entry, by name, hash and length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Postcard of the [`Head`]: the [`Corpus`] without its articles (notes, vocabulary, stop
    /// words, site) and the shared passages' clusters.
    pub head: FileRef,
    /// [`Chunk`] files, in corpus order, together every article once.
    pub chunks: Vec<ChunkRef>,
    /// The word tools' data: jieba's cut of the articles of `chunks[i]` in `words[i]`
    /// ([`crate::words::tokens`]' format), fetched only when a view counts words; empty when
    /// the build wrote none.
    pub words: Vec<FileRef>,
    /// The n-gram index's shards ([`GramShard`]): shard `i` holds the keys
    /// [`Manifest::shard_of`] sends to `i`.
    pub shards: Vec<FileRef>,
    /// Postcard [`CompactKeyness`] of every useful grouping (as the embedded build's
    /// `keyness-<grouping>.postcard`).
    pub keyness: Vec<(GroupBy, FileRef)>,
}

impl Manifest {
    /// The position in [`Manifest::chunks`] of the chunk holding article `article` (corpus
    /// order); `chunks.len()` for a number past the last article.
    pub fn chunk_of(&self, article: u32) -> usize {
        self.chunks.partition_point(|c| c.first + c.count <= article)
    }

    /// The shard (position in [`Manifest::shards`]) holding an n-gram key's postings.
    pub fn shard_of(&self, key: &str) -> usize {
        shard_of(key, self.shards.len())
    }
}

/// Checks that `bytes` are the file `file` names: same length, same SHA-256.
pub fn verify(file: &FileRef, bytes: &[u8]) -> Result<(), DeliveryError> {
    let corrupt = |expected: String, found: String| DeliveryError::Corrupt {
        name: file.name.clone(),
        expected,
        found,
    };
    if bytes.len() != file.bytes as usize {
        return Err(corrupt(
            format!("{} bytes", file.bytes),
            format!("{} bytes", bytes.len()),
        ));
    }
    let hash = sha256_hex(bytes);
    if hash != file.hash {
        return Err(corrupt(format!("sha256 {}", file.hash), format!("sha256 {hash}")));
    }
    Ok(())
}

fn decode<T: DeserializeOwned>(file: &FileRef, bytes: &[u8]) -> Result<T, DeliveryError> {
    verify(file, bytes)?;
    postcard::from_bytes(bytes).map_err(|e| DeliveryError::Undecodable {
        name: file.name.clone(),
        reason: e.to_string(),
    })
}

/// A chunk's articles and their shared passages, once the bytes are verified.
pub fn decode_chunk(file: &FileRef, bytes: &[u8]) -> Result<Chunk, DeliveryError> {
    decode(file, bytes)
}

/// The cut of a chunk's `count` articles (one length list each, [`crate::words::tokens::decode`]),
/// once the bytes are verified.
pub fn decode_words(file: &FileRef, bytes: &[u8], count: u32) -> Result<Vec<Vec<u32>>, DeliveryError> {
    verify(file, bytes)?;
    let undecodable = |reason: String| DeliveryError::Undecodable {
        name: file.name.clone(),
        reason,
    };
    let cuts = crate::words::tokens::decode(bytes).map_err(|e| undecodable(e.message))?;
    if cuts.len() != count as usize {
        return Err(undecodable(format!("{} articles, its chunk {count}", cuts.len())));
    }
    Ok(cuts)
}

/// The corpus head (a [`Corpus`] without articles, and the passages' clusters), once the
/// bytes are verified.
pub fn decode_head(file: &FileRef, bytes: &[u8]) -> Result<Head, DeliveryError> {
    decode(file, bytes)
}

/// One shard of the n-gram index, once the bytes are verified.
pub fn decode_shard(file: &FileRef, bytes: &[u8]) -> Result<GramShard, DeliveryError> {
    decode(file, bytes)
}

/// The manifest, once the bytes are verified.
pub fn decode_manifest(file: &FileRef, bytes: &[u8]) -> Result<Manifest, DeliveryError> {
    decode(file, bytes)
}

/// One grouping's keywords, once the bytes are verified.
pub fn decode_keyness(file: &FileRef, bytes: &[u8]) -> Result<CompactKeyness, DeliveryError> {
    decode(file, bytes)
}

/// The whole corpus from its head and its chunks' articles (in [`Manifest::chunks`] order).
pub fn assemble(mut head: Corpus, chunks: Vec<Vec<Article>>) -> Corpus {
    head.articles = chunks.into_iter().flatten().collect();
    head
}

/// Every article's cut, in corpus order, from the [`Manifest::words`] files' bytes (in order,
/// each already checked by [`decode_words`]): what the embedded build's `tokens.bin` holds.
pub fn join_words(manifest: &Manifest, pieces: &[&[u8]]) -> Result<Vec<Vec<u32>>, DeliveryError> {
    let mut cuts = Vec::new();
    for ((file, chunk), bytes) in manifest.words.iter().zip(&manifest.chunks).zip(pieces) {
        cuts.extend(decode_words(file, bytes, chunk.count)?);
    }
    Ok(cuts)
}

/// SHA-256 in lower-case hex.
fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Problem, ProblemKind};

    #[test]
    fn the_hash_is_sha256_and_names_the_file() {
        let f = FileRef::of("chunk", b"abc");
        assert_eq!(
            f.hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(f.name, "chunk-ba7816bf8f01cfea.bin");
        assert_eq!(f.bytes, 3);
        assert_eq!(verify(&f, b"abc"), Ok(()));
    }

    #[test]
    fn verify_rejects_a_flipped_byte() {
        let f = FileRef::of("chunk", b"abc");
        match verify(&f, b"abd") {
            Err(DeliveryError::Corrupt { name, expected, found }) => {
                assert_eq!(name, f.name);
                assert_eq!(expected, format!("sha256 {}", f.hash));
                assert!(found.starts_with("sha256 ") && found != expected);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn verify_rejects_a_truncated_file_by_its_length() {
        let f = FileRef::of("grams", b"abc");
        let e = verify(&f, b"ab").unwrap_err();
        assert_eq!(
            e,
            DeliveryError::Corrupt {
                name: f.name.clone(),
                expected: "3 bytes".into(),
                found: "2 bytes".into()
            }
        );
    }

    #[test]
    fn a_words_file_must_cut_its_chunk() {
        let bytes = crate::words::tokens::encode(&[vec![2, 1], vec![3]]);
        let f = FileRef::of("words", &bytes);
        assert_eq!(decode_words(&f, &bytes, 2).unwrap(), [vec![2, 1], vec![3]]);
        let e = decode_words(&f, &bytes, 3).unwrap_err();
        assert!(e.to_string().contains("2 articles, its chunk 3"), "{e}");
        assert!(matches!(
            decode_words(&f, &bytes[..1], 2),
            Err(DeliveryError::Corrupt { .. })
        ));
    }

    #[test]
    fn a_verified_file_that_does_not_decode_says_so() {
        let bytes = [0xff, 0xff];
        let f = FileRef::of("chunk", &bytes);
        assert!(matches!(decode_chunk(&f, &bytes), Err(DeliveryError::Undecodable { name, .. }) if name == f.name));
    }

    fn chunked(counts: &[u32]) -> Manifest {
        let mut first = 0u32;
        let chunks = counts
            .iter()
            .map(|&count| {
                let c = ChunkRef {
                    file: FileRef::of("chunk", &first.to_le_bytes()),
                    first,
                    count,
                };
                first += count;
                c
            })
            .collect();
        Manifest {
            head: FileRef::of("head", b""),
            chunks,
            shards: (0..16u8).map(|i| FileRef::of("grams", &[i])).collect(),
            keyness: vec![],
            words: vec![],
        }
    }

    #[test]
    fn chunk_of_finds_the_chunk_holding_an_article() {
        let e = chunked(&[3, 1, 2]);
        let found: Vec<usize> = (0..7).map(|a| e.chunk_of(a)).collect();
        assert_eq!(found, [0, 0, 0, 1, 2, 2, 3]);
        assert!(e.shard_of("英伟") < 16);
    }

    #[test]
    fn the_entry_and_the_manifest_round_trip_through_postcard() {
        let m = chunked(&[2, 2]);
        let back: Manifest = postcard::from_bytes(&postcard::to_allocvec(&m).unwrap()).unwrap();
        assert_eq!(back, m);
        let e = Entry {
            site: Default::default(),
            articles: 4,
            total_chars: 0,
            avg_chars: 0.0,
            first_rows: vec![],
            manifest: FileRef::of("manifest", &postcard::to_allocvec(&m).unwrap()),
        };
        let back: Entry = postcard::from_bytes(&postcard::to_allocvec(&e).unwrap()).unwrap();
        assert_eq!(back, e);
    }

    #[test]
    fn a_row_is_marked_for_a_warning_but_not_for_an_info() {
        let mut a = crate::test_support::article("a");
        a.problems = vec![Problem {
            kind: ProblemKind::Embed,
            detail: String::new(),
        }];
        assert!(!ListRow::of(&a).marked);
        a.problems.push(Problem {
            kind: ProblemKind::Empty,
            detail: String::new(),
        });
        assert!(ListRow::of(&a).marked);
    }

    #[test]
    fn assemble_puts_the_chunks_articles_in_order() {
        let a = |id: &str| crate::test_support::article(id);
        let corpus = assemble(Corpus::default(), vec![vec![a("x"), a("y")], vec![a("z")]]);
        let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["x", "y", "z"]);
    }
}
