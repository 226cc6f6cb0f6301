//! A local variable that an inner function (`def`, `lambda`, generator expression) reads or
//! assigns. Python closures share the variable itself, not a copy of its value, so such
//! variables live in a shared cell: the defining function and every closure hold an `Rc`.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Cell {
    slot: Rc<RefCell<Option<Value>>>,
}

impl Cell {
    /// A variable not assigned yet.
    pub fn unbound() -> Cell {
        Cell { slot: Rc::new(RefCell::new(None)) }
    }

    pub fn new(value: Value) -> Cell {
        Cell { slot: Rc::new(RefCell::new(Some(value))) }
    }

    /// Reads the variable: `NameError` (free variable of a closure) or `UnboundLocalError`
    /// (the defining function) when it has no value yet, with CPython's messages.
    pub fn get(&self, name: &str) -> PyResult<Value> {
        self.slot.borrow().clone().ok_or_else(|| PyErr::unbound_local(name))
    }

    /// Reads a free variable from inside a closure.
    pub fn get_free(&self, name: &str) -> PyResult<Value> {
        self.slot.borrow().clone().ok_or_else(|| {
            PyErr::name_error_free(name)
        })
    }

    pub fn set(&self, value: Value) {
        let old = self.slot.borrow_mut().replace(value);
        drop(old);
    }

    /// `del name`.
    pub fn delete(&self, name: &str) -> PyResult<()> {
        let old = self.slot.borrow_mut().take();
        match old {
            Some(_) => Ok(()),
            None => Err(PyErr::unbound_local(name)),
        }
    }
}

/// Borrows a function's local variable that may be unbound (`UnboundLocalError` then):
/// how generated code passes a local to an operator without cloning it.
#[inline]
pub fn local_ref<'a>(slot: &'a Option<Value>, name: &str) -> PyResult<&'a Value> {
    match slot {
        Some(v) => Ok(v),
        None => Err(PyErr::unbound_local(name)),
    }
}
