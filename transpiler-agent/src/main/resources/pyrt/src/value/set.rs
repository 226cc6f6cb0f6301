//! Python's `set`/`frozenset` storage. Iteration order follows CPython's hash table
//! (`Objects/setobject.c`: table size, linear probing then perturbation), so that a set of
//! small ints prints as CPython prints it. Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::compare::{eq_bool, is};
use crate::value::hash::{hash_frozenset, hash_value};
use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct SetObj {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: usize,
    version: u64,
}

impl Default for SetObj {
    fn default() -> SetObj {
        SetObj { table: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0, version: 0 }
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// `set_lookkey`: the position of an equal active entry.
    fn lookup(&self, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash => {
                        if is(k, key) || eq_bool(k, key)? {
                            return Ok(Some(j));
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, item: &Value) -> PyResult<bool> {
        let h = hash_value(item)?;
        self.contains_hashed(item, h)
    }

    fn contains_hashed(&self, item: &Value, h: i64) -> PyResult<bool> {
        Ok(self.lookup(item, h)?.is_some())
    }

    /// Adds `item`; false when it was already there.
    pub fn add(&mut self, item: Value) -> PyResult<bool> {
        let h = hash_value(&item)?;
        self.add_hashed(item, h)
    }

    /// `set_add_entry`: a new key takes the first dummy slot seen on its probe path, else
    /// the empty slot that ended the search (then the table may grow).
    fn add_hashed(&mut self, key: Value, hash: i64) -> PyResult<bool> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let slot = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Active(h, k) if *h == hash => {
                        if is(k, &key) || eq_bool(k, &key)? {
                            return Ok(false);
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        self.used += 1;
        self.version += 1;
        if let Some(free) = freeslot {
            self.table[free] = Slot::Active(hash, key);
            return Ok(true);
        }
        self.table[slot] = Slot::Active(hash, key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
        Ok(true)
    }

    /// `set_insert_clean` into `table`, known not to hold the key nor dummies.
    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if let Slot::Empty = table[i] {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if let Slot::Empty = table[j] {
                        table[j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, re-inserted in table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Active(h, k) = slot {
                SetObj::insert_clean(&mut self.table, k, h);
            }
        }
        self.fill = self.used;
    }

    /// Removes `item`; false when it was not there.
    pub fn remove(&mut self, item: &Value) -> PyResult<bool> {
        let h = hash_value(item)?;
        self.remove_hashed(item, h)
    }

    fn remove_hashed(&mut self, item: &Value, h: i64) -> PyResult<bool> {
        match self.lookup(item, h)? {
            Some(pos) => {
                self.table[pos] = Slot::Dummy;
                self.used -= 1;
                self.version += 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The items in CPython's iteration order (a snapshot).
    pub fn items(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, v)| v).collect()
    }

    /// The active entries with their hashes, in table order.
    fn entries(&self) -> Vec<(i64, Value)> {
        let mut out = Vec::with_capacity(self.used);
        for slot in &self.table {
            if let Slot::Active(h, k) = slot {
                out.push((*h, k.clone()));
            }
        }
        out
    }

    /// `set.pop()`: the first item in iteration order.
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Slot::Active(_, _) = self.table[i] {
                break;
            }
            i = (i + 1) & mask;
        }
        let slot = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        self.finger = i + 1;
        match slot {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MINSIZE];
        self.fill = 0;
        self.used = 0;
        self.version += 1;
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// `hash(frozenset)`.
    pub fn frozen_hash(&self) -> PyResult<i64> {
        let hashes: Vec<i64> = self.entries().into_iter().map(|(h, _)| h).collect();
        Ok(hash_frozenset(hashes.into_iter(), self.used))
    }

    /// `set_merge`: adds every item of `other` (one big resize first, as CPython does).
    pub fn merge(&mut self, other: &SetObj) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        if self.fill == 0 {
            for (h, k) in other.entries() {
                SetObj::insert_clean(&mut self.table, k, h);
            }
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_hashed(k, h)?;
        }
        Ok(())
    }

    /// Adds the keys of a dict (CPython's `set_update_internal` path for dicts).
    pub fn merge_keys(&mut self, keys: Vec<Value>) -> PyResult<()> {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for k in keys {
            self.add(k)?;
        }
        Ok(())
    }

    /// `set.update(v)` / `set(v)`: sets merge table to table, dicts add their keys after
    /// one resize, other iterables add item by item (CPython's `set_update_internal`).
    pub fn update_from(&mut self, v: &Value) -> PyResult<()> {
        match v {
            Value::Set(o) => {
                let o = o.borrow().clone();
                self.merge(&o)
            }
            Value::FrozenSet(o) => self.merge(o),
            Value::Dict(d) => {
                let keys = d.borrow().keys();
                self.merge_keys(keys)
            }
            _ => {
                for item in crate::value::iterate::iterate(v)? {
                    self.add(item?)?;
                }
                Ok(())
            }
        }
    }

    /// A set display whose items are all constants (`{5, 3, 100}`) with more than two
    /// items. CPython compiles it to a frozenset constant (built from the items, then
    /// rebuilt from its own iteration order when the compiler merges constants) that
    /// `SET_UPDATE` merges into an empty set; the table, so the iteration order, can
    /// differ from adding the items one by one.
    pub fn from_constants(items: Vec<Value>) -> PyResult<SetObj> {
        let mut first = SetObj::new();
        for item in items {
            first.add(item)?;
        }
        let mut constant = SetObj::new();
        for item in first.items() {
            constant.add(item)?;
        }
        constant.copy()
    }

    /// `a | b`.
    pub fn union(&self, other: &SetObj) -> PyResult<SetObj> {
        let mut r = self.copy()?;
        r.merge(other)?;
        Ok(r)
    }

    /// A copy with CPython's layout (`set_copy` goes through `set_merge`).
    pub fn copy(&self) -> PyResult<SetObj> {
        let mut r = SetObj::new();
        r.merge(self)?;
        Ok(r)
    }

    /// `a & b`: iterates the smaller set.
    pub fn intersection(&self, other: &SetObj) -> PyResult<SetObj> {
        let (big, small) = if other.used > self.used { (other, self) } else { (self, other) };
        let mut r = SetObj::new();
        for (h, k) in small.entries() {
            if big.contains_hashed(&k, h)? {
                r.add_hashed(k, h)?;
            }
        }
        Ok(r)
    }

    /// `a - b`.
    pub fn difference(&self, other: &SetObj) -> PyResult<SetObj> {
        if (self.used >> 2) > other.used {
            let mut r = self.copy()?;
            for (h, k) in other.entries() {
                r.remove_hashed(&k, h)?;
            }
            return Ok(r);
        }
        let mut r = SetObj::new();
        for (h, k) in self.entries() {
            if !other.contains_hashed(&k, h)? {
                r.add_hashed(k, h)?;
            }
        }
        Ok(r)
    }

    /// `a ^ b`: a copy of `b` updated symmetrically with `a`.
    pub fn symmetric_difference(&self, other: &SetObj) -> PyResult<SetObj> {
        let mut r = other.copy()?;
        r.symmetric_update(self)?;
        Ok(r)
    }

    /// `a ^= b`.
    pub fn symmetric_update(&mut self, other: &SetObj) -> PyResult<()> {
        for (h, k) in other.entries() {
            if !self.remove_hashed(&k, h)? {
                self.add_hashed(k, h)?;
            }
        }
        Ok(())
    }

    /// `a -= b`.
    pub fn difference_update(&mut self, other: &SetObj) -> PyResult<()> {
        for (h, k) in other.entries() {
            self.remove_hashed(&k, h)?;
        }
        Ok(())
    }

    /// `a <= b`.
    pub fn is_subset(&self, other: &SetObj) -> PyResult<bool> {
        if self.used > other.used {
            return Ok(false);
        }
        for (h, k) in self.entries() {
            if !other.contains_hashed(&k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
