//! Module-level variables. Python looks a global up when a function runs, so each lives in
//! a slot of one table rather than in a local of the module body. Generated code declares
//! `const G_COUNT: Global = Global::new(0, "count");` and calls `G_COUNT.get()?`.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static SLOTS: RefCell<Vec<Option<Value>>> = const { RefCell::new(Vec::new()) };
}

/// Interpreter shutdown: frees the module's iterator variables one by one, in the order of their
/// slots, as CPython clears the module's namespace, so that suspended generators are closed (their
/// `finally` blocks run) as in CPython. Other values are left to the process's exit: freeing a
/// deep structure could exhaust the stack. (A generator inside a container is not closed.)
pub fn finalize() {
    // CPython runs the `atexit` callbacks first thing at shutdown.
    crate::value::modules::atexit_::run_exitfuncs();
    let mut i = 0;
    loop {
        let old = SLOTS.with(|slots| {
            let mut slots = slots.borrow_mut();
            if i >= slots.len() {
                return None;
            }
            Some(match &slots[i] {
                Some(Value::Iter(_)) => slots[i].take(),
                _ => None,
            })
        });
        match old {
            None => break,
            // Dropped with the table unborrowed: a destructor may run Python code.
            Some(value) => drop(value),
        }
        i += 1;
    }
    crate::value::generator::check_cleanup_at_exit();
    // CPython flushes and closes the files still open at shutdown.
    crate::value::modules::io_file::close_all();
}

/// One module-level name: its slot and its Python name (for `NameError`).
#[derive(Clone, Copy, Debug)]
pub struct Global {
    index: usize,
    name: &'static str,
}

impl Global {
    pub const fn new(index: usize, name: &'static str) -> Global {
        Global { index, name }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Reads the variable; `NameError` before its first assignment or after `del`.
    #[inline]
    pub fn get(&self) -> PyResult<Value> {
        SLOTS.with(|slots| slots.borrow().get(self.index).cloned().flatten())
            .ok_or_else(|| PyErr::name_error(self.name))
    }

    /// Whether the name is bound (a module-level name that shadows a builtin only once assigned).
    #[inline]
    pub fn is_bound(&self) -> bool {
        SLOTS.with(|slots| matches!(slots.borrow().get(self.index), Some(Some(_))))
    }

    /// Checks that the name is bound before a direct call to the module-level function it
    /// names (a call before the `def` ran is a `NameError` in Python too).
    #[inline]
    pub fn require(&self) -> PyResult<()> {
        if self.is_bound() {
            Ok(())
        } else {
            Err(PyErr::name_error(self.name))
        }
    }

    pub fn set(&self, value: Value) {
        SLOTS.with(|slots| {
            let mut slots = slots.borrow_mut();
            if slots.len() <= self.index {
                slots.resize(self.index + 1, None);
            }
            // The old value is dropped after the borrow ends: its destructor may run Python code.
            let old = std::mem::replace(&mut slots[self.index], Some(value));
            drop(slots);
            drop(old);
        });
    }

    /// Forgets the value, if any (a module whose body raised: CPython imports it again into a
    /// fresh namespace).
    pub fn unbind(&self) {
        let old = SLOTS.with(|slots| slots.borrow_mut().get_mut(self.index).and_then(Option::take));
        drop(old);
    }

    /// `del name`.
    pub fn delete(&self) -> PyResult<()> {
        let old = SLOTS.with(|slots| slots.borrow_mut().get_mut(self.index).and_then(Option::take));
        match old {
            Some(_) => Ok(()),
            None => Err(PyErr::name_error(self.name)),
        }
    }
}
