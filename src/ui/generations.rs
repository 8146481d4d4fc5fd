//! A counter per branch, moved on whenever the app changes that branch
//! (an edit, an undo, a load, a replace). What is made from a branch and
//! kept between frames (the preview's text, its pages) is keyed by the
//! branch's number instead of a copy of the branch, so deciding whether
//! it is still current costs a lookup, not a comparison of the whole
//! branch on every frame.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Generations {
    /// The last number given out: numbers are never reused, so a branch
    /// removed and put back (undo) never matches what was made before.
    last: u64,
    by_branch: HashMap<String, u64>,
}

impl Generations {
    /// Branch `id` changed.
    pub fn bump(&mut self, id: &str) {
        self.last += 1;
        match self.by_branch.get_mut(id) {
            Some(g) => *g = self.last,
            None => {
                self.by_branch.insert(id.to_string(), self.last);
            }
        }
    }

    /// The number of branch `id` as it is now (0: never changed since the
    /// app started and not loaded through [`Generations::bump`]).
    pub fn get(&self, id: &str) -> u64 {
        self.by_branch.get(id).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_gives_a_new_number_never_reused() {
        let mut g = Generations::default();
        assert_eq!(g.get("a"), 0);
        g.bump("a");
        let first = g.get("a");
        g.bump("b");
        assert_eq!(g.get("a"), first, "another branch's change");
        g.bump("a");
        assert!(g.get("a") > first);
        assert_ne!(g.get("a"), g.get("b"));
    }
}
