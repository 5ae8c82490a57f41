//! "Also written 张文纬: 3 more hits": when a query is one spelling of a variant set
//! ([`crate::variants_table`]), the set's other spellings and what searching them all would
//! add, for the list and the comparison to offer as one link ([`also_written`]).

use crate::search::{normalize_term, Field, Query, SearchIndex};
use crate::variants_table::SpellingSet;

/// What to offer for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// The set's spellings the query does not find already (the search folds case, width and
    /// traditional characters, so `Openai` is no other spelling of `OpenAI`), most
    /// written first.
    pub others: Vec<String>,
    /// How many more hits the [`Offer::query`] has than the query.
    pub more_hits: usize,
    /// The query as typed OR every other spelling: `张文伟 OR 张文纬`.
    pub query: String,
}

/// The offer for `query` over `sets`, hits counted by `index` without the articles `hidden`
/// marks (the copies a collapsed view leaves out): `None` unless the query is a single term
/// (a word or phrase, not negated, in no field) that folds, as the search folds it, equal to
/// one spelling of a set, and searching the set's other spellings too adds hits.
pub fn also_written(query: &str, sets: &[SpellingSet], index: &SearchIndex, hidden: &[bool]) -> Option<Offer> {
    let parsed = Query::parse(query);
    let [term] = parsed.terms() else { return None };
    if parsed.clauses().len() != 1 || term.negated || term.field != Field::Any {
        return None;
    }
    let set = sets
        .iter()
        .find(|s| s.iter().any(|p| normalize_term(&p.text) == term.pattern))?;
    let mut found = vec![term.pattern.clone()];
    let mut others = Vec::new();
    for spelling in set {
        let folded = normalize_term(&spelling.text);
        if !found.contains(&folded) {
            found.push(folded);
            others.push(spelling.text.clone());
        }
    }
    let mut all = term.to_string();
    for other in &others {
        all.push_str(" OR ");
        all.push_str(other);
    }
    let hits = |q: &Query| -> usize {
        let results = index.search(q);
        let shown = results.iter().filter(|r| !hidden.get(r.doc).copied().unwrap_or(false));
        shown.map(|r| r.hit_count()).sum()
    };
    let more_hits = hits(&Query::parse(&all)).saturating_sub(hits(&parsed));
    (more_hits > 0).then_some(Offer {
        others,
        more_hits,
        query: all,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchDoc;
    use crate::variants_table::Spelling;

    fn index(texts: &[&str]) -> SearchIndex {
        SearchIndex::from_docs(texts.iter().map(|&text| SearchDoc {
            title: "",
            text,
            author: None,
            source: ["s", "源", "Source"],
            date: None,
        }))
    }

    fn sets() -> Vec<SpellingSet> {
        let set = |spellings: &[&str]| -> SpellingSet {
            let spelling = |s: &&str| Spelling {
                text: s.to_string(),
                articles: vec![(0, 1)],
            };
            spellings.iter().map(spelling).collect()
        };
        vec![
            set(&["张文伟", "张文纬"]),
            set(&["OpenAI", "Openai", "Opennai", "Opnai"]),
        ]
    }

    #[test]
    fn a_query_for_one_spelling_is_offered_the_others_with_the_hits_they_add() {
        let idx = index(&["张文伟说", "张文纬说，张文纬又说", "张文伟和张文纬"]);
        let offer = also_written("张文伟", &sets(), &idx, &[]).unwrap();
        assert_eq!(offer.others, ["张文纬"]);
        assert_eq!(offer.query, "张文伟 OR 张文纬");
        assert_eq!(offer.more_hits, 3);
        // The other way round, and written traditional: folded as the search folds.
        let offer = also_written(" 張文緯 ", &sets(), &idx, &[]).unwrap();
        assert_eq!((offer.others, offer.more_hits), (vec!["张文伟".to_string()], 2));
        // A hidden copy's hits are not offered.
        let offer = also_written("张文伟", &sets(), &idx, &[false, true]).unwrap();
        assert_eq!(offer.more_hits, 1);
    }

    #[test]
    fn spellings_the_search_already_finds_are_not_offered() {
        let idx = index(&["OpenAI Opennai", "Opnai"]);
        let offer = also_written("openai", &sets(), &idx, &[]).unwrap();
        assert_eq!(offer.others, ["Opennai", "Opnai"]);
        assert_eq!(offer.query, "openai OR Opennai OR Opnai");
        assert_eq!(offer.more_hits, 2);
    }

    #[test]
    fn no_offer_without_one_plain_term_of_a_set_or_without_more_hits() {
        let idx = index(&["张文伟说", "张文纬说"]);
        for q in [
            "",
            "张文",
            "张文伟 说",
            "张文伟 OR 张文纬",
            "-张文伟",
            "title:张文伟",
            "张文伟说",
        ] {
            assert_eq!(also_written(q, &sets(), &idx, &[]), None, "{q}");
        }
        assert_eq!(also_written("张文伟", &sets(), &index(&["张文伟"]), &[]), None);
        assert_eq!(also_written("张文伟", &[], &idx, &[]), None);
        assert!(also_written("\"张文伟\"", &sets(), &idx, &[]).is_some());
    }
}
