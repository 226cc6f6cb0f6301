//! Python's `dict` storage: insertion-ordered, keyed by Python equality and `hash()`.
//! Owner: runtime-core. Attribute dictionaries (instances, classes, modules) use it too,
//! through the `*_str` fast paths.

use crate::exc::PyResult;
use crate::value::compare::{eq_bool, is};
use crate::value::hash::{hash_str, hash_value};
use crate::value::Value;
use std::collections::HashMap;

#[derive(Clone, Default)]
pub struct DictObj {
    /// Insertion order; removed entries leave a hole until the next compaction.
    entries: Vec<Option<(Value, Value)>>,
    /// The Python hash of each entry's key (parallel to `entries`).
    hashes: Vec<i64>,
    /// Python hash -> positions in `entries` holding a key with that hash.
    index: HashMap<i64, Vec<usize>>,
    live: usize,
    version: u64,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn find(&self, key: &Value, h: i64) -> PyResult<Option<usize>> {
        let slots = match self.index.get(&h) {
            Some(s) => s,
            None => return Ok(None),
        };
        for &pos in slots {
            if let Some((k, _)) = &self.entries[pos] {
                if is(k, key) || eq_bool(k, key)? {
                    return Ok(Some(pos));
                }
            }
        }
        Ok(None)
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
            if let Some(entry) = self.entries[pos].as_mut() {
                entry.1 = value;
            }
            return Ok(());
        }
        if self.entries.len() >= 16 && self.entries.len() > 2 * self.live {
            self.compact();
        }
        let pos = self.entries.len();
        self.entries.push(Some((key, value)));
        self.hashes.push(h);
        self.index.entry(h).or_insert_with(Vec::new).push(pos);
        self.live += 1;
        self.version += 1;
        Ok(())
    }

    fn compact(&mut self) {
        let entries = std::mem::take(&mut self.entries);
        let hashes = std::mem::take(&mut self.hashes);
        self.index.clear();
        for (entry, h) in entries.into_iter().zip(hashes) {
            if let Some(e) = entry {
                let pos = self.entries.len();
                self.entries.push(Some(e));
                self.hashes.push(h);
                self.index.entry(h).or_insert_with(Vec::new).push(pos);
            }
        }
    }

    fn take_at(&mut self, pos: usize) -> Option<(Value, Value)> {
        let h = self.hashes[pos];
        let taken = self.entries[pos].take();
        if let Some(slots) = self.index.get_mut(&h) {
            slots.retain(|p| *p != pos);
            if slots.is_empty() {
                self.index.remove(&h);
            }
        }
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
        self.entries.clear();
        self.hashes.clear();
        self.index.clear();
        self.live = 0;
        self.version += 1;
    }

    /// Counts changes of size, so an iterator can raise `RuntimeError: dictionary changed
    /// size during iteration` as CPython does.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn find_str(&self, name: &str) -> Option<usize> {
        let slots = self.index.get(&hash_str(name))?;
        slots.iter().copied().find(|p| matches!(&self.entries[*p], Some((Value::Str(k), _)) if k.as_str() == name))
    }

    /// Attribute lookup by name (keys of attribute dictionaries are `str`).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let pos = self.find_str(name)?;
        self.entries[pos].as_ref().map(|(_, v)| v.clone())
    }

    pub fn set_str(&mut self, name: &str, value: Value) {
        match self.find_str(name) {
            Some(pos) => {
                if let Some(e) = self.entries[pos].as_mut() {
                    e.1 = value;
                }
            }
            None => {
                let key = Value::str(name);
                // A str key hashes without running Python code, so this cannot fail.
                let _ = self.insert_hashed(key, hash_str(name), value);
            }
        }
    }

    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        let pos = self.find_str(name)?;
        self.take_at(pos).map(|(_, v)| v)
    }
}
