//! A small seeded generator (SplitMix64) so the demo is the same on every
//! machine and every run: no OS randomness.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A generator for one branch: the ward seed mixed with the branch id, so
    /// adding a branch never changes the others.
    pub fn for_branch(id: &str) -> Self {
        let mut seed: u64 = 0x5EED_DA1_4011;
        for b in id.bytes() {
            seed = seed.rotate_left(7) ^ u64::from(b);
            seed = seed.wrapping_mul(0x100_0000_01B3);
        }
        Rng::new(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// lo..=hi.
    pub fn range(&mut self, lo: i32, hi: i32) -> i32 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as usize) as i32
    }

    /// True with probability pct/100.
    pub fn chance(&mut self, pct: u32) -> bool {
        self.below(100) < pct as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Pick from weighted items: (weight, value).
    pub fn weighted<'a, T>(&mut self, items: &'a [(u32, T)]) -> &'a T {
        let total: u32 = items.iter().map(|(w, _)| *w).sum();
        let mut roll = self.below(total.max(1) as usize) as u32;
        for (w, v) in items {
            if roll < *w {
                return v;
            }
            roll -= w;
        }
        &items[items.len() - 1].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }

    #[test]
    fn ranges_stay_inside() {
        let mut r = Rng::for_branch("thon-dong-xuan");
        for _ in 0..1000 {
            let v = r.range(18, 25);
            assert!((18..=25).contains(&v));
            assert!(r.below(3) < 3);
        }
        assert_eq!(r.below(0), 0);
    }
}
