//! The combinatoric iterators of `itertools` (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`) as index machines ported from CPython's documented
//! equivalents, so they yield the same tuples in the same order.

/// `product(*pools)`: index tuples in lexicographic order.
pub struct Product {
    sizes: Vec<usize>,
    indices: Option<Vec<usize>>,
    first: bool,
}

impl Product {
    pub fn new(sizes: Vec<usize>) -> Product {
        let empty = sizes.iter().any(|&n| n == 0);
        let indices = if empty { None } else { Some(vec![0; sizes.len()]) };
        Product { sizes, indices, first: true }
    }
}

impl Iterator for Product {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        let idx = self.indices.as_mut()?;
        if self.first {
            self.first = false;
            return Some(idx.clone());
        }
        let mut i = idx.len();
        loop {
            if i == 0 {
                self.indices = None;
                return None;
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] < self.sizes[i] {
                return Some(idx.clone());
            }
            idx[i] = 0;
        }
    }
}

/// `permutations(range(n), r)`, by CPython's cycles algorithm.
pub struct Permutations {
    n: usize,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    state: u8, // 0: first, 1: running, 2: done
}

impl Permutations {
    pub fn new(n: usize, r: usize) -> Permutations {
        let state = if r > n { 2 } else { 0 };
        Permutations { n, r, indices: (0..n).collect(), cycles: (0..r).map(|i| n - i).collect(), state }
    }
}

impl Iterator for Permutations {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        match self.state {
            0 => {
                self.state = 1;
                return Some(self.indices[..self.r].to_vec());
            }
            2 => return None,
            _ => {}
        }
        if self.n == 0 {
            self.state = 2;
            return None;
        }
        let n = self.n;
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                let moved = self.indices.remove(i);
                self.indices.push(moved);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Some(self.indices[..self.r].to_vec());
            }
        }
        self.state = 2;
        None
    }
}

/// `combinations(range(n), r)` (`with_replacement` for the other one).
pub struct Combinations {
    n: usize,
    r: usize,
    indices: Vec<usize>,
    replace: bool,
    state: u8,
}

impl Combinations {
    pub fn new(n: usize, r: usize, replace: bool) -> Combinations {
        let empty = if replace { n == 0 && r > 0 } else { r > n };
        let indices = if replace { vec![0; r] } else { (0..r).collect() };
        Combinations { n, r, indices, replace, state: if empty { 2 } else { 0 } }
    }
}

impl Iterator for Combinations {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        match self.state {
            0 => {
                self.state = 1;
                return Some(self.indices.clone());
            }
            2 => return None,
            _ => {}
        }
        let (n, r) = (self.n, self.r);
        let mut found = None;
        for i in (0..r).rev() {
            let limit = if self.replace { n - 1 } else { i + n - r };
            if self.indices[i] != limit {
                found = Some(i);
                break;
            }
        }
        let i = match found {
            Some(i) => i,
            None => {
                self.state = 2;
                return None;
            }
        };
        if self.replace {
            let v = self.indices[i] + 1;
            for x in self.indices[i..].iter_mut() {
                *x = v;
            }
        } else {
            self.indices[i] += 1;
            for j in i + 1..r {
                self.indices[j] = self.indices[j - 1] + 1;
            }
        }
        Some(self.indices.clone())
    }
}
