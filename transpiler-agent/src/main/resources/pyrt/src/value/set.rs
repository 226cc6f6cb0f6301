//! Python's `set`/`frozenset` storage. Iteration order follows CPython's hash table
//! (`Objects/setobject.c`: table size, linear probing then perturbation), so that a set of
//! small ints prints as CPython prints it. Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::Value;

#[derive(Clone, Default)]
pub struct SetObj {
    // Private representation: chosen by the implementer.
    items: Vec<Value>,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn len(&self) -> usize {
        todo!()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, item: &Value) -> PyResult<bool> {
        todo!()
    }

    /// Adds `item`; false when it was already there.
    pub fn add(&mut self, item: Value) -> PyResult<bool> {
        todo!()
    }

    /// Removes `item`; false when it was not there.
    pub fn remove(&mut self, item: &Value) -> PyResult<bool> {
        todo!()
    }

    /// The items in CPython's iteration order (a snapshot).
    pub fn items(&self) -> Vec<Value> {
        todo!()
    }

    /// `set.pop()`: the first item in iteration order.
    pub fn pop_first(&mut self) -> Option<Value> {
        todo!()
    }

    pub fn clear(&mut self) {
        todo!()
    }

    pub fn version(&self) -> u64 {
        todo!()
    }
}
