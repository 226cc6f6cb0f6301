//! CPython's Mersenne Twister (`_randommodule.c`), word for word, so that a seeded
//! `random` gives CPython's sequence: `init_by_array` seeding from the seed's 32-bit
//! chunks, `genrand_res53` for `random()`, `getrandbits`, and `random.py`'s
//! `_randbelow_with_getrandbits`.

use crate::int::Int;

const N: usize = 624;
const M: usize = 397;

pub struct Mt19937 {
    state: [u32; N],
    index: usize,
    /// `random.gauss`'s second value, kept between calls as `random.py` does.
    pub gauss_next: Option<f64>,
}

impl Mt19937 {
    fn init_genrand(s: u32) -> Mt19937 {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Mt19937 { state: mt, index: N, gauss_next: None }
    }

    /// `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937::init_genrand(19650218);
        let mt = &mut g.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        let mut k = N.max(len);
        while k > 0 {
            let kj = if key.is_empty() { 0 } else { key[j] };
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x80000000;
        g
    }

    /// `seed(n)` for an int: the 32-bit chunks of `abs(n)`, least significant first.
    pub fn from_int(n: &Int) -> Mt19937 {
        let n = n.abs();
        let key: Vec<u32> = match n.to_i64() {
            Some(v) => {
                let v = v as u64;
                if v >> 32 == 0 {
                    vec![v as u32]
                } else {
                    vec![v as u32, (v >> 32) as u32]
                }
            }
            None => n.to_big().limbs().to_vec(),
        };
        Mt19937::from_key(&key)
    }

    pub fn genrand_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908b0df];
        const UPPER: u32 = 0x80000000;
        const LOWER: u32 = 0x7fffffff;
        if self.index >= N {
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let hi = (self.genrand_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)`: 32-bit words, least significant first, the last one truncated.
    pub fn getrandbits(&mut self, k: u64) -> Int {
        if k <= 64 {
            let v = self.bits_u64(k as u32);
            return Int::from(v);
        }
        let mut acc = Int::from(0i64);
        let mut left = k;
        let mut shift = 0i64;
        while left > 0 {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            let word = Int::from(r).shl(&Int::from(shift)).expect("shift");
            acc = acc.bitor(&word);
            shift += 32;
            left = left.saturating_sub(32);
        }
        acc
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`.
    pub fn randbelow(&mut self, n: &Int) -> Int {
        let k = n.bit_length();
        if let Some(small) = n.to_i64() {
            let small = small as u64;
            loop {
                let r = self.bits_u64(k as u32);
                if r < small {
                    return Int::from(r);
                }
            }
        }
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow` for a length.
    pub fn below(&mut self, n: usize) -> usize {
        let k = 64 - (n as u64).leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n as u64 {
                return r as usize;
            }
        }
    }

    /// The 624 state words and the position, as `getstate()` gives them.
    pub fn words(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// `setstate`'s inner part: 624 words and a position in `0..=624`.
    pub fn set_words(&mut self, words: &[u32], index: usize) {
        self.state.copy_from_slice(words);
        self.index = index;
    }

    /// `gauss(mu, sigma)`, with its cached second value.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * (2.0 * std::f64::consts::PI);
                let g2rad = (-2.0 * crate::libm::log(1.0 - self.random())).sqrt();
                self.gauss_next = Some(crate::libm::sin(x2pi) * g2rad);
                crate::libm::cos(x2pi) * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan, as `random.py`).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * crate::libm::exp(-0.5) / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -crate::libm::log(u2) {
                return mu + z * sigma;
            }
        }
    }

    /// `shuffle` of positions: the swaps `random.shuffle` makes, in order.
    pub fn shuffle_swaps(&mut self, len: usize) -> Vec<(usize, usize)> {
        (1..len).rev().map(|i| (i, self.below(i + 1))).collect()
    }

    /// `sample(range(n), k)`'s indices, by `random.py`'s two algorithms.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut setsize = 21usize;
        if k > 5 {
            let e = crate::libm::log((k * 3) as f64) / crate::libm::log(4.0);
            setsize += 4usize.pow(e.ceil() as u32);
        }
        let mut result = Vec::with_capacity(k);
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.below(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.below(n);
                while selected.contains(&j) {
                    j = self.below(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        result
    }
}
