//! Spelling variants of one name or word, found at build time:
//! - Latin tokens written with different capitals where one has a capital inside the word
//!   (OpenAI, Openai), or one letter apart (Opennai, Opnai; words of six letters or
//!   more, a plural `s` aside), counted as written in the texts;
//! - Han words of three or four characters (from the segmented vocabulary, each written at
//!   least twice) that differ in one character and occur after or before the same three
//!   characters somewhere (创始人张文伟, 创始人张文纬), counted from the word counts.

use super::normalize::Stream;
use crate::model::{Corpus, VariantSet};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// The corpus's variant sets, most written first.
pub(crate) fn variants(corpus: &Corpus, streams: &[Stream]) -> Vec<VariantSet> {
    let mut out = latin(corpus);
    out.extend(han(corpus, streams));
    out.sort_by(|x, y| total(y).cmp(&total(x)).then_with(|| x.spellings.cmp(&y.spellings)));
    out
}

fn total(v: &VariantSet) -> u32 {
    v.spellings.iter().map(|s| s.1).sum()
}

/// Sets from groups of spellings (each group's spellings most written first).
fn sets(groups: Vec<Vec<(String, u32)>>) -> Vec<VariantSet> {
    groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|mut spellings| {
            spellings.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
            VariantSet { spellings }
        })
        .collect()
}

fn latin(corpus: &Corpus) -> Vec<VariantSet> {
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &corpus.articles {
        let text = a.text.as_str();
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (start, c.is_ascii_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let token = &text[s..i];
                    if token.len() >= 5 && token.bytes().all(|b| b.is_ascii_alphabetic()) {
                        *counts.entry(token).or_default() += 1;
                    }
                    start = None;
                }
                _ => {}
            }
        }
    }
    // Spellings by lower-case form; a form's spellings are variants if one is camel-cased.
    let mut forms: BTreeMap<String, Vec<(&str, u32)>> = BTreeMap::new();
    for (&t, &n) in &counts {
        forms.entry(t.to_ascii_lowercase()).or_default().push((t, n));
    }
    let keys: Vec<&String> = forms.keys().collect();
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Forms one edit apart share a form with one letter deleted (or one is the other so).
    let mut neighbours: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate().filter(|(_, k)| k.len() >= 6) {
        neighbours.entry(k.to_string()).or_default().push(i);
        for d in 0..k.len() {
            neighbours
                .entry(format!("{}{}", &k[..d], &k[d + 1..]))
                .or_default()
                .push(i);
        }
    }
    let mut links: BTreeSet<(usize, usize)> = BTreeSet::new();
    for group in neighbours.values().filter(|g| g.len() > 1 && g.len() <= 64) {
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                if i != j && one_edit(keys[i], keys[j]) && !plural(keys[i], keys[j]) {
                    links.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    for (i, j) in links {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        parent[ri.max(rj)] = ri.min(rj);
    }
    let roots: Vec<usize> = (0..keys.len()).map(|i| find(&mut parent, i)).collect();
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for &r in &roots {
        *sizes.entry(r).or_default() += 1;
    }
    let mut groups: BTreeMap<usize, Vec<(String, u32)>> = BTreeMap::new();
    for (i, spellings) in forms.values().enumerate() {
        let camel = spellings
            .iter()
            .any(|(t, _)| t.chars().skip(1).any(|c| c.is_ascii_uppercase()));
        let root = roots[i];
        let linked = sizes[&root] > 1;
        let kept: Vec<(String, u32)> = if camel || spellings.len() == 1 {
            spellings.iter().map(|&(t, n)| (t.to_string(), n)).collect()
        } else {
            // Capitals only at the start (a sentence's first word): one spelling, the most written.
            let best = spellings.iter().max_by_key(|s| (s.1, std::cmp::Reverse(s.0))).copied();
            best.into_iter().map(|(t, n)| (t.to_string(), n)).collect()
        };
        if camel || linked {
            groups.entry(root).or_default().extend(kept);
        }
    }
    sets(groups.into_values().collect())
}

/// Whether two strings are one insertion, deletion or substitution apart.
fn one_edit(x: &str, y: &str) -> bool {
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if long.len() - short.len() > 1 || x == y {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(a, b)| a == b).count();
    if short.len() == long.len() {
        short[head + 1..] == long[head + 1..]
    } else {
        short[head..] == long[head + 1..]
    }
}

fn plural(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    long.len() == short.len() + 1 && long.starts_with(short) && long.ends_with('s')
}

fn han(corpus: &Corpus, streams: &[Stream]) -> Vec<VariantSet> {
    let mut counts = vec![0u32; corpus.vocabulary.len()];
    for a in &corpus.articles {
        for &(i, n) in &a.word_counts {
            if let Some(c) = counts.get_mut(i as usize) {
                *c += n;
            }
        }
    }
    // Buckets of words that differ only at one position: (word with that char blanked) → words.
    let mut buckets: BTreeMap<Vec<char>, Vec<usize>> = BTreeMap::new();
    for (i, w) in corpus.vocabulary.iter().enumerate() {
        let chars: Vec<char> = w.chars().collect();
        let han = chars.iter().all(|&c| crate::script::is_han(c));
        // Function words (与此同时, 总的来说) are not spellings of a name.
        if han && (3..=4).contains(&chars.len()) && counts[i] >= 2 && !corpus.is_stop_word(w) {
            for k in 0..chars.len() {
                let mut key = chars.clone();
                key[k] = '\0';
                buckets.entry(key).or_default().push(i);
            }
        }
    }
    let candidates: BTreeSet<usize> = buckets.values().filter(|b| b.len() > 1).flatten().copied().collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    // Each candidate's contexts: the three characters before and after each occurrence.
    let words: FxHashMap<Vec<char>, usize> = candidates
        .iter()
        .map(|&i| (corpus.vocabulary[i].chars().collect(), i))
        .collect();
    let mut contexts: BTreeSet<(usize, bool, [char; 3])> = BTreeSet::new();
    for s in streams {
        let c = &s.chars;
        for len in 3..=4 {
            for (p, w) in c.windows(len).enumerate() {
                if let Some(&i) = words.get(w) {
                    if p >= 3 {
                        contexts.insert((i, false, [c[p - 3], c[p - 2], c[p - 1]]));
                    }
                    if p + len + 3 <= c.len() {
                        contexts.insert((i, true, [c[p + len], c[p + len + 1], c[p + len + 2]]));
                    }
                }
            }
        }
    }
    let mut context_of: BTreeMap<usize, BTreeSet<(bool, [char; 3])>> = BTreeMap::new();
    for (i, side, ctx) in contexts {
        context_of.entry(i).or_default().insert((side, ctx));
    }
    let mut groups: Vec<Vec<(String, u32)>> = Vec::new();
    let mut seen: BTreeSet<Vec<usize>> = BTreeSet::new();
    for bucket in buckets.values().filter(|b| b.len() > 1) {
        let none = BTreeSet::new();
        let ctx = |i: &usize| context_of.get(i).unwrap_or(&none);
        let mut group: Vec<usize> = bucket
            .iter()
            .copied()
            .filter(|i| bucket.iter().any(|j| j != i && !ctx(i).is_disjoint(ctx(j))))
            .collect();
        group.sort_unstable();
        if group.len() > 1 && seen.insert(group.clone()) {
            groups.push(
                group
                    .iter()
                    .map(|&i| (corpus.vocabulary[i].clone(), counts[i]))
                    .collect(),
            );
        }
    }
    sets(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart() {
        assert!(one_edit("deepseek", "deeepseek"));
        assert!(one_edit("deeseek", "deepseek"));
        assert!(one_edit("deepseek", "deepseec"));
        assert!(!one_edit("deepseek", "deepseek"));
        assert!(!one_edit("deepseek", "deepsekk2"));
        assert!(plural("model", "models") && !plural("deepseek", "deeepseek"));
    }

    #[test]
    fn case_only_variants_need_a_capital_inside_the_word() {
        let mut a = crate::test_support::article("a");
        a.text = "DeepSeek and Deepseek. Model model Models OpenAI".into();
        let corpus = Corpus {
            articles: vec![a],
            ..Corpus::default()
        };
        let found = latin(&corpus);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].spellings,
            [("DeepSeek".to_string(), 1), ("Deepseek".to_string(), 1)]
        );
    }
}
