//! What arrives for the loader ([`super::loader`]): each file checked (and, for what a query or
//! a view reads at once, decoded) into its place in the loader's state; the corpus, keywords and
//! shared passages assembled from it once every file is in.

use super::fetch::FetchError;
use super::state::{file_of, manifest, Finished, Job, State, MANIFEST};
use explorer_core::delivery::{
    assemble, decode_chunk, decode_head, decode_keyness, decode_manifest, decode_shard, decode_words, verify, Chunk,
    FileRef, Manifest,
};
use explorer_core::model::Article;

/// Decodes a fetched file into its place; returns how many articles it brought.
pub(super) fn store(s: &mut State, job: Job, file: &FileRef, bytes: &[u8]) -> Result<usize, FetchError> {
    match job {
        Job::Manifest => {
            let m = decode_manifest(file, bytes).map_err(FetchError::Corrupt)?;
            with_manifest(s, &m);
            let _ = MANIFEST.set(m);
        }
        Job::Head => {
            verify(file, bytes).map_err(FetchError::Corrupt)?;
            s.head = Some(bytes.to_vec());
        }
        Job::Keyness(i) => {
            verify(file, bytes).map_err(FetchError::Corrupt)?;
            s.keyness[i] = Some(bytes.to_vec());
        }
        Job::Shard(i) => s.shards[i] = Some(decode_shard(file, bytes).map_err(FetchError::Corrupt)?),
        Job::Chunk(i) => {
            let chunk = decode_chunk(file, bytes).map_err(FetchError::Corrupt)?;
            let n = chunk.articles.len();
            s.chunks[i] = Some(chunk);
            return Ok(n);
        }
        Job::Words(i) => {
            let count = manifest().map_or(0, |m| m.chunks[i].count);
            decode_words(file, bytes, count).map_err(FetchError::Corrupt)?;
            s.words[i] = Some(bytes.to_vec());
            return Ok(count as usize);
        }
    }
    Ok(0)
}

/// Sizes the state for the manifest's files, once it has arrived.
fn with_manifest(s: &mut State, m: &Manifest) {
    s.keyness = vec![None; m.keyness.len()];
    s.chunks = vec![None; m.chunks.len()];
    s.shards = vec![None; m.shards.len()];
    s.words = vec![None; m.words.len()];
    s.words_progress.files = m.words.len();
    s.words_progress.bytes = m.words.iter().map(|f| u64::from(f.bytes)).sum();
    s.progress.files += 1 + m.keyness.len() + m.chunks.len();
    s.progress.bytes += u64::from(m.head.bytes)
        + m.keyness.iter().map(|(_, f)| u64::from(f.bytes)).sum::<u64>()
        + m.chunks.iter().map(|c| u64::from(c.file.bytes)).sum::<u64>();
}

/// The assembled corpus and keywords, taken out of the state (once). A file that fails to
/// decode is dropped (and counted as not in), so a retry fetches it again.
pub(super) fn take_corpus(s: &mut State) -> Result<Option<Finished>, FetchError> {
    let Some(m) = manifest() else { return Ok(None) };
    if s.on_done.is_none() {
        return Ok(None);
    }
    let undo = |s: &mut State, job: Job, e| {
        s.progress.files_done -= 1;
        s.progress.bytes_done -= u64::from(file_of(job).bytes);
        FetchError::Corrupt(e)
    };
    let head = match s.head.as_deref().map(|b| decode_head(&m.head, b)) {
        Some(Ok(head)) => head,
        Some(Err(e)) => {
            s.head = None;
            return Err(undo(s, Job::Head, e));
        }
        None => return Ok(None),
    };
    let mut keyness = Vec::new();
    for (i, (by, file)) in m.keyness.iter().enumerate() {
        match s.keyness[i].as_deref().map(|b| decode_keyness(file, b)) {
            Some(Ok(k)) => keyness.push((*by, k)),
            Some(Err(e)) => {
                s.keyness[i] = None;
                return Err(undo(s, Job::Keyness(i), e));
            }
            None => return Ok(None),
        }
    }
    let Some(on_done) = s.on_done.take() else {
        return Ok(None);
    };
    s.head = None;
    s.keyness.iter_mut().for_each(|k| *k = None);
    let chunks: Vec<Chunk> = s.chunks.iter_mut().map(|c| c.take().unwrap_or_default()).collect();
    let pieces: Vec<&[u8]> = chunks.iter().map(|c| c.shares.as_slice()).collect();
    // The chunks' records and the head's clusters: the embedded build's table, word for word.
    let shares = explorer_core::shared_table::join(&pieces, &head.clusters);
    let articles: Vec<Vec<Article>> = chunks.into_iter().map(|c| c.articles).collect();
    Ok(Some((on_done, assemble(head.corpus, articles), keyness, shares)))
}
