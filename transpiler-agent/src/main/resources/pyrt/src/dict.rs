//! Python's `dict[K, V]`: insertion-ordered, with reference semantics like `List`.
//! Entries live in a vector in insertion order (a deleted entry leaves a hole, as in
//! CPython's compact dict) and an index maps each key's hash to its positions.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::list::List;
use crate::obj::PyObj;
use crate::str::Str;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A value usable as a dict key: equal keys must give equal hashes.
pub trait DictKey: Clone + PartialEq + PyObj {
    fn key_hash<H: Hasher>(&self, state: &mut H);
}

impl DictKey for Int {
    fn key_hash<H: Hasher>(&self, state: &mut H) {
        // Big integers share one bucket: correct, and rare as keys.
        self.to_i64().hash(state);
    }
}

impl DictKey for Str {
    fn key_hash<H: Hasher>(&self, state: &mut H) {
        self.hash(state);
    }
}

impl DictKey for bool {
    fn key_hash<H: Hasher>(&self, state: &mut H) {
        self.hash(state);
    }
}

macro_rules! tuple_key {
    ($($name:ident . $idx:tt),+) => {
        impl<$($name: DictKey),+> DictKey for ($($name,)+) {
            fn key_hash<HH: Hasher>(&self, state: &mut HH) {
                $( self.$idx.key_hash(state); )+
            }
        }
    };
}

tuple_key!(A.0);
tuple_key!(A.0, B.1);
tuple_key!(A.0, B.1, C.2);
tuple_key!(A.0, B.1, C.2, D.3);
tuple_key!(A.0, B.1, C.2, D.3, E.4);
tuple_key!(A.0, B.1, C.2, D.3, E.4, F.5);

/// Hashes keys for the index. Iteration follows the entries vector, never the hash, so the
/// hash function is free to be fast (Fx, as rustc uses) rather than DoS-resistant SipHash.
fn hash_of<K: DictKey>(key: &K) -> u64 {
    let mut h = KeyHasher(0);
    key.key_hash(&mut h);
    h.finish()
}

const FX_SEED: u64 = 0x517c_c1b7_2722_0a95;

struct KeyHasher(u64);

impl KeyHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for KeyHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// The last 1 to 7 bytes of a key as one word, read with at most two loads: copying them into a
/// zeroed stack buffer called `memcpy` and then stalled reloading the buffer (a sixth of a
/// str-keyed lookup). Words are distinct for distinct bytes of one length, which is all a hash
/// needs; the length is mixed in by the caller.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
        return lo | (hi << 32);
    }
    (rest[0] as u64) | ((rest[n / 2] as u64) << 8) | ((rest[n - 1] as u64) << 16)
}

/// A slot of the index that never held an entry (ends a probe) or whose entry was deleted
/// (a probe goes on past it).
const EMPTY: usize = usize::MAX;
const DELETED: usize = usize::MAX - 1;

/// CPython's compact dict: entries in insertion order, and an open-addressing index of entry
/// positions probed as `Objects/dictobject.c` probes (`i = 5i + perturb + 1`), so a lookup is
/// one hash and, usually, one key comparison, with no allocation per key.
struct Table<K, V> {
    entries: Vec<Option<(K, V)>>,
    hashes: Vec<u64>,
    slots: Vec<usize>,
    /// Slots that are not `EMPTY` (live or deleted): what decides when the index grows.
    filled: usize,
    len: usize,
}

impl<K: DictKey, V: Clone> Table<K, V> {
    fn new() -> Table<K, V> {
        Table { entries: Vec::new(), hashes: Vec::new(), slots: Vec::new(), filled: 0, len: 0 }
    }

    #[inline]
    fn find(&self, key: &K) -> Option<usize> {
        self.find_hashed(key, hash_of(key))
    }

    fn find_hashed(&self, key: &K, hash: u64) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        loop {
            match self.slots[i] {
                EMPTY => return None,
                DELETED => {}
                pos => {
                    if self.hashes[pos] == hash && matches!(&self.entries[pos], Some((k, _)) if k == key) {
                        return Some(pos);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The slot where `find_hashed` would stop for a key that is absent.
    fn free_slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        while self.slots[i] < DELETED {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        i
    }

    /// Appends a key known to be absent.
    fn insert_new(&mut self, key: K, value: V, hash: u64) {
        if (self.filled + 1) * 3 > self.slots.len() * 2 {
            self.rebuild_index();
        }
        let slot = self.free_slot(hash);
        if self.slots[slot] == EMPTY {
            self.filled += 1;
        }
        self.slots[slot] = self.entries.len();
        self.entries.push(Some((key, value)));
        self.hashes.push(hash);
        self.len += 1;
    }

    /// A fresh index with room for the live entries to grow, dropping deleted slots.
    fn rebuild_index(&mut self) {
        let mut size = 8;
        while size * 2 < (self.len + 1) * 3 + 1 {
            size *= 2;
        }
        size *= 2;
        self.slots = vec![EMPTY; size];
        self.filled = 0;
        for pos in 0..self.entries.len() {
            if self.entries[pos].is_some() {
                let slot = self.free_slot(self.hashes[pos]);
                self.slots[slot] = pos;
                self.filled += 1;
            }
        }
    }

    /// Removes the entry at `pos`, leaving a hole in the entries (positions of live iterators
    /// stay valid) and a deleted marker in the index.
    fn remove(&mut self, pos: usize) -> Option<(K, V)> {
        let mask = self.slots.len() - 1;
        let hash = self.hashes[pos];
        let mut i = hash as usize & mask;
        let mut perturb = hash;
        while self.slots[i] != pos {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.slots[i] = DELETED;
        self.len -= 1;
        self.entries[pos].take()
    }
}

pub struct Dict<K, V>(Rc<RefCell<Table<K, V>>>);

impl<K, V> Clone for Dict<K, V> {
    fn clone(&self) -> Dict<K, V> {
        Dict(Rc::clone(&self.0))
    }
}

impl<K: DictKey, V: Clone> Default for Dict<K, V> {
    fn default() -> Dict<K, V> {
        Dict::new()
    }
}

fn key_error<K: PyObj>(key: &K) -> PyErr {
    match key.py_repr() {
        Ok(text) => PyErr::new("KeyError", text),
        Err(e) => e,
    }
}

impl<K: DictKey, V: Clone> Dict<K, V> {
    pub fn new() -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(Table::new())))
    }

    /// `{k1: v1, k2: v2}`: a repeated key keeps its first position and its last value.
    pub fn from_pairs(pairs: Vec<(K, V)>) -> Dict<K, V> {
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_item(k, v);
        }
        d
    }

    /// `len(d)`.
    pub fn len(&self) -> Int {
        Int::from(self.0.borrow().len)
    }

    /// `k in d`.
    pub fn contains(&self, key: &K) -> bool {
        self.0.borrow().find(key).is_some()
    }

    /// `d[k]`.
    pub fn get_item(&self, key: &K) -> PyResult<V> {
        let t = self.0.borrow();
        match t.find(key) {
            Some(i) => Ok(t.entries[i].as_ref().map(|(_, v)| v.clone()).expect("live entry")),
            None => Err(key_error(key)),
        }
    }

    /// `d.get(k, default)`: a miss costs no `KeyError` (whose message needs the key's repr).
    pub fn get_or(&self, key: &K, default: V) -> V {
        let t = self.0.borrow();
        match t.find(key) {
            Some(i) => t.entries[i].as_ref().map(|(_, v)| v.clone()).expect("live entry"),
            None => default,
        }
    }

    /// `d.setdefault(k, default)`: the value at `k`, after storing `default` there when `k` is
    /// absent. A list value is shared with the dict, as in Python.
    pub fn setdefault(&self, key: K, default: V) -> V {
        let mut t = self.0.borrow_mut();
        let hash = hash_of(&key);
        if let Some(i) = t.find_hashed(&key, hash) {
            return t.entries[i].as_ref().map(|(_, v)| v.clone()).expect("live entry");
        }
        t.insert_new(key, default.clone(), hash);
        default
    }

    /// `d.setdefault(k, [])` (or `{}`): the empty container is made only when `k` is absent.
    pub fn setdefault_empty(&self, key: K) -> V
    where
        V: Default,
    {
        let mut t = self.0.borrow_mut();
        let hash = hash_of(&key);
        if let Some(i) = t.find_hashed(&key, hash) {
            return t.entries[i].as_ref().map(|(_, v)| v.clone()).expect("live entry");
        }
        let fresh = V::default();
        t.insert_new(key, fresh.clone(), hash);
        fresh
    }

    /// `d.keys()` used at once by `sorted`, `min`, `max`, `sum` or `list`: its keys in order.
    pub fn keys_list(&self) -> List<K> {
        List::from_vec(self.0.borrow().entries.iter().flatten().map(|(k, _)| k.clone()).collect())
    }

    /// `d.values()` used at once: its values in order.
    pub fn values_list(&self) -> List<V> {
        List::from_vec(self.0.borrow().entries.iter().flatten().map(|(_, v)| v.clone()).collect())
    }

    /// `d.items()` used at once: its `(key, value)` pairs in order.
    pub fn items_list(&self) -> List<(K, V)> {
        List::from_vec(self.live())
    }

    /// `d[k] = v`: a new key goes last; an existing key keeps its position.
    pub fn set_item(&self, key: K, value: V) {
        let mut t = self.0.borrow_mut();
        let hash = hash_of(&key);
        match t.find_hashed(&key, hash) {
            Some(i) => {
                if let Some(entry) = t.entries[i].as_mut() {
                    entry.1 = value;
                }
            }
            None => t.insert_new(key, value, hash),
        }
    }

    /// `del d[k]`.
    pub fn del_item(&self, key: &K) -> PyResult<()> {
        self.pop(key).map(|_| ())
    }

    /// `d.pop(k)`.
    pub fn pop(&self, key: &K) -> PyResult<V> {
        let mut t = self.0.borrow_mut();
        let i = match t.find(key) {
            Some(i) => i,
            None => return Err(key_error(key)),
        };
        let (_, v) = t.remove(i).expect("live entry");
        Ok(v)
    }

    /// `d.pop(k, default)`.
    pub fn pop_or(&self, key: &K, default: V) -> V {
        self.pop(key).unwrap_or(default)
    }

    /// Iterates keys, values or items by position, reading the dict live like CPython's
    /// iterators; a change of size during the loop raises CPython's `RuntimeError`.
    pub fn iter_keys(&self) -> DictIter<K, V, K> {
        self.iter_with(|k, _| k.clone())
    }

    pub fn iter_values(&self) -> DictIter<K, V, V> {
        self.iter_with(|_, v| v.clone())
    }

    pub fn iter_items(&self) -> DictIter<K, V, (K, V)> {
        self.iter_with(|k, v| (k.clone(), v.clone()))
    }

    fn iter_with<T>(&self, pick: fn(&K, &V) -> T) -> DictIter<K, V, T> {
        DictIter { dict: self.clone(), next: 0, len: self.0.borrow().len, pick, failed: false }
    }

    fn live(&self) -> Vec<(K, V)> {
        self.0.borrow().entries.iter().flatten().cloned().collect()
    }
}

pub struct DictIter<K, V, T> {
    dict: Dict<K, V>,
    next: usize,
    len: usize,
    pick: fn(&K, &V) -> T,
    failed: bool,
}

impl<K: DictKey, V: Clone, T> Iterator for DictIter<K, V, T> {
    type Item = PyResult<T>;

    fn next(&mut self) -> Option<PyResult<T>> {
        if self.failed {
            return None;
        }
        let t = self.dict.0.borrow();
        if t.len != self.len {
            self.failed = true;
            return Some(Err(PyErr::new("RuntimeError", "dictionary changed size during iteration")));
        }
        while self.next < t.entries.len() {
            let i = self.next;
            self.next += 1;
            if let Some((k, v)) = &t.entries[i] {
                return Some(Ok((self.pick)(k, v)));
            }
        }
        None
    }
}

/// Equal when both hold the same keys with equal values, in any order.
impl<K: DictKey, V: Clone + PartialEq> PartialEq for Dict<K, V> {
    fn eq(&self, other: &Dict<K, V>) -> bool {
        if Rc::ptr_eq(&self.0, &other.0) {
            return true;
        }
        let mine = self.live();
        mine.len() == other.0.borrow().len
            && mine.iter().all(|(k, v)| matches!(other.get_item(k), Ok(w) if w == *v))
    }
}

impl<K: DictKey, V: Clone + PyObj> PyObj for Dict<K, V> {
    /// `{'a': 1, 'b': 2}` in insertion order.
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        out.push('{');
        for (i, (k, v)) in self.live().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            k.write_repr(out)?;
            out.push_str(": ");
            v.write_repr(out)?;
        }
        out.push('}');
        Ok(())
    }

    fn truthy(&self) -> bool {
        self.0.borrow().len > 0
    }
}

impl<K: DictKey> Dict<K, Int> {
    /// `d[k] = d.get(k, default) + delta` on int values: one probe instead of two, and the key
    /// hashed once. Int addition cannot fail, so nothing is stored that Python would not store.
    pub fn add_to(&self, key: K, default: &Int, delta: &Int) {
        let mut t = self.0.borrow_mut();
        let hash = hash_of(&key);
        match t.find_hashed(&key, hash) {
            Some(i) => {
                if let Some(entry) = t.entries[i].as_mut() {
                    entry.1 = entry.1.add(delta);
                }
            }
            None => t.insert_new(key, default.add(delta), hash),
        }
    }
}
