//! Python's `dict` storage: insertion-ordered, keyed by Python equality and `hash()`.
//! Owner: runtime-core. Attribute dictionaries (instances, classes, modules) use it too,
//! through the `*_str` fast paths.

use crate::exc::PyResult;
use crate::value::Value;

#[derive(Clone, Default)]
pub struct DictObj {
    // Private representation: chosen by the implementer.
    entries: Vec<Option<(Value, Value)>>,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn len(&self) -> usize {
        todo!()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `d[key]` without the `KeyError`: `TypeError` for an unhashable key.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        todo!()
    }

    /// `d[key] = value`; an existing key keeps its position and its original key object.
    pub fn insert(&mut self, key: Value, value: Value) -> PyResult<()> {
        todo!()
    }

    /// Removes `key`, giving its value.
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        todo!()
    }

    pub fn contains_key(&self, key: &Value) -> PyResult<bool> {
        todo!()
    }

    /// The items in insertion order (a snapshot: iteration may run Python code).
    pub fn items(&self) -> Vec<(Value, Value)> {
        todo!()
    }

    pub fn keys(&self) -> Vec<Value> {
        todo!()
    }

    pub fn values(&self) -> Vec<Value> {
        todo!()
    }

    /// `popitem()`: the last inserted item.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        todo!()
    }

    pub fn clear(&mut self) {
        todo!()
    }

    /// Counts changes of size, so an iterator can raise `RuntimeError: dictionary changed
    /// size during iteration` as CPython does.
    pub fn version(&self) -> u64 {
        todo!()
    }

    /// Attribute lookup by name (keys of attribute dictionaries are `str`).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        todo!()
    }

    pub fn set_str(&mut self, name: &str, value: Value) {
        todo!()
    }

    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        todo!()
    }
}
