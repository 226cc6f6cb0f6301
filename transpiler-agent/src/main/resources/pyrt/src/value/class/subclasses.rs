//! `cls.__subclasses__()`: every class made is remembered (weakly, as CPython's
//! `tp_subclasses` does), so a class's direct subclasses come back in creation order.

use crate::value::{Class, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

thread_local! {
    static MADE: RefCell<Vec<Weak<Class>>> = RefCell::new(Vec::new());
}

pub fn remember(cls: &Rc<Class>) {
    MADE.with(|m| m.borrow_mut().push(Rc::downgrade(cls)));
}

/// The live classes that name `cls` among their bases, oldest first.
pub fn of(cls: &Rc<Class>) -> Vec<Value> {
    MADE.with(|m| {
        m.borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|c| c.bases.iter().any(|b| Rc::ptr_eq(b, cls)))
            .map(Value::Class)
            .collect()
    })
}
