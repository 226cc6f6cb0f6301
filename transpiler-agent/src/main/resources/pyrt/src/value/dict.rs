//! Python's `dict` storage: insertion-ordered, keyed by Python equality and `hash()`.
//! Owner: runtime-core. Attribute dictionaries (instances, classes, modules) use it too,
//! through the `*_str` fast paths.

use crate::exc::PyResult;
use crate::value::compare::{eq_bool, is};
use crate::value::hash::{hash_str, hash_value};
use crate::value::Value;
/// Dicts of up to this many entries are searched linearly (by hash, then equality) without
/// an index: instance and small class namespaces, which attribute access reads constantly.
const LINEAR: usize = 8;

#[derive(Default)]
pub struct DictObj {
    /// Insertion order; removed entries leave a hole until the next compaction.
    entries: Vec<Option<(Value, Value)>>,
    /// The Python hash of each entry's key (parallel to `entries`).
    hashes: Vec<i64>,
    /// Open-addressing index (power-of-two size, linear probing): 0 is empty, else an entry
    /// position + 1. Empty while the dict is small. Removing an entry leaves its slot: a
    /// slot whose entry is gone or holds another key is skipped, so it only costs a probe.
    table: Vec<u32>,
    /// Occupied slots of `table` (live and stale), for the load factor.
    filled: usize,
    live: usize,
    version: u64,
    /// A class namespace whose lookups are cached: changing it invalidates the cache.
    watched: std::cell::Cell<bool>,
}

impl Clone for DictObj {
    /// A copy is a new dictionary: nothing caches lookups in it yet.
    fn clone(&self) -> DictObj {
        DictObj {
            entries: self.entries.clone(),
            hashes: self.hashes.clone(),
            table: self.table.clone(),
            filled: self.filled,
            live: self.live,
            version: self.version,
            watched: std::cell::Cell::new(false),
        }
    }
}

#[inline]
fn home(h: i64, mask: usize) -> usize {
    ((h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    /// Marks a class namespace whose lookups the class attribute cache holds.
    pub fn watch(&self) {
        self.watched.set(true);
    }

    #[inline]
    fn changed(&self) {
        if self.watched.get() {
            crate::value::class::class_changed();
        }
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn matches(&self, pos: usize, key: &Value, h: i64) -> PyResult<bool> {
        if pos >= self.entries.len() || self.hashes[pos] != h {
            return Ok(false);
        }
        match &self.entries[pos] {
            Some((k, _)) => Ok(is(k, key) || eq_bool(k, key)?),
            None => Ok(false),
        }
    }

    fn find(&self, key: &Value, h: i64) -> PyResult<Option<usize>> {
        if self.table.is_empty() {
            for pos in 0..self.entries.len() {
                if self.matches(pos, key, h)? {
                    return Ok(Some(pos));
                }
            }
            return Ok(None);
        }
        let mask = self.table.len() - 1;
        let mut i = home(h, mask);
        loop {
            let t = self.table[i];
            if t == 0 {
                return Ok(None);
            }
            let pos = (t - 1) as usize;
            if self.matches(pos, key, h)? {
                return Ok(Some(pos));
            }
            i = (i + 1) & mask;
        }
    }

    /// Appends a key known to be absent.
    fn push_new(&mut self, key: Value, h: i64, value: Value) {
        self.changed();
        if self.entries.len() >= 16 && self.entries.len() > 2 * self.live {
            self.compact();
        }
        let pos = self.entries.len();
        self.entries.push(Some((key, value)));
        self.hashes.push(h);
        self.live += 1;
        self.version += 1;
        if !self.table.is_empty() {
            if (self.filled + 1) * 3 > self.table.len() * 2 {
                self.reindex();
            } else {
                self.slot_in(pos);
            }
        } else if self.entries.len() > LINEAR {
            self.reindex();
        }
    }

    fn slot_in(&mut self, pos: usize) {
        let mask = self.table.len() - 1;
        let mut i = home(self.hashes[pos], mask);
        while self.table[i] != 0 {
            i = (i + 1) & mask;
        }
        self.table[i] = pos as u32 + 1;
        self.filled += 1;
    }

    /// Rebuilds the index over the live entries (none while the dict is small).
    fn reindex(&mut self) {
        self.table.clear();
        self.filled = 0;
        if self.entries.len() <= LINEAR {
            return;
        }
        let size = (self.live.max(LINEAR) * 3).next_power_of_two();
        self.table = vec![0; size];
        for pos in 0..self.entries.len() {
            if self.entries[pos].is_some() {
                self.slot_in(pos);
            }
        }
    }

    /// `d[key]` without the `KeyError`: `TypeError` for an unhashable key.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = hash_value(key)?;
        Ok(self.find(key, h)?.and_then(|p| self.entries[p].as_ref().map(|(_, v)| v.clone())))
    }

    /// `d[key] = value`; an existing key keeps its position and its original key object.
    pub fn insert(&mut self, key: Value, value: Value) -> PyResult<()> {
        let h = hash_value(&key)?;
        self.insert_hashed(key, h, value)
    }

    /// `insert` with the key's hash already computed.
    pub fn insert_hashed(&mut self, key: Value, h: i64, value: Value) -> PyResult<()> {
        if let Some(pos) = self.find(&key, h)? {
            self.changed();
            if let Some(entry) = self.entries[pos].as_mut() {
                entry.1 = value;
            }
            return Ok(());
        }
        self.push_new(key, h, value);
        Ok(())
    }

    fn compact(&mut self) {
        let entries = std::mem::take(&mut self.entries);
        let hashes = std::mem::take(&mut self.hashes);
        for (entry, h) in entries.into_iter().zip(hashes) {
            if let Some(e) = entry {
                self.entries.push(Some(e));
                self.hashes.push(h);
            }
        }
        self.reindex();
    }

    fn take_at(&mut self, pos: usize) -> Option<(Value, Value)> {
        self.changed();
        let taken = self.entries[pos].take();
        if taken.is_some() {
            self.live -= 1;
            self.version += 1;
        }
        while let Some(None) = self.entries.last() {
            self.entries.pop();
            self.hashes.pop();
        }
        taken
    }

    /// Removes `key`, giving its value.
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = hash_value(key)?;
        match self.find(key, h)? {
            Some(pos) => Ok(self.take_at(pos).map(|(_, v)| v)),
            None => Ok(None),
        }
    }

    pub fn contains_key(&self, key: &Value) -> PyResult<bool> {
        let h = hash_value(key)?;
        Ok(self.find(key, h)?.is_some())
    }

    /// The items in insertion order (a snapshot: iteration may run Python code).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().cloned().collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries.iter().flatten().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries.iter().flatten().map(|(_, v)| v.clone()).collect()
    }

    /// The first live entry at position `pos` or later, with the position after it: how
    /// iterators walk a dict that may change under them.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some((k, v)) = &self.entries[p] {
                return Some((p + 1, k.clone(), v.clone()));
            }
            p += 1;
        }
        None
    }

    /// `popitem()`: the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.take_at(pos)
    }

    pub fn clear(&mut self) {
        self.changed();
        self.entries.clear();
        self.hashes.clear();
        self.table.clear();
        self.filled = 0;
        self.live = 0;
        self.version += 1;
    }

    /// Counts changes of size, so an iterator can raise `RuntimeError: dictionary changed
    /// size during iteration` as CPython does.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn find_str(&self, name: &str) -> Option<usize> {
        let is_name = |e: &Option<(Value, Value)>| matches!(e, Some((Value::Str(k), _)) if k.as_str() == name);
        if self.table.is_empty() {
            return self.entries.iter().position(is_name);
        }
        let h = hash_str(name);
        let mask = self.table.len() - 1;
        let mut i = home(h, mask);
        loop {
            let t = self.table[i];
            if t == 0 {
                return None;
            }
            let pos = (t - 1) as usize;
            if pos < self.entries.len() && self.hashes[pos] == h && is_name(&self.entries[pos]) {
                return Some(pos);
            }
            i = (i + 1) & mask;
        }
    }

    /// Attribute lookup by name (keys of attribute dictionaries are `str`).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let pos = self.find_str(name)?;
        self.entries[pos].as_ref().map(|(_, v)| v.clone())
    }

    pub fn set_str(&mut self, name: &str, value: Value) {
        match self.find_str(name) {
            Some(pos) => {
                self.changed();
                if let Some(e) = self.entries[pos].as_mut() {
                    e.1 = value;
                }
            }
            None => {
                self.push_new(Value::str(name), hash_str(name), value);
            }
        }
    }

    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        let pos = self.find_str(name)?;
        self.take_at(pos).map(|(_, v)| v)
    }
}
