//! A per-thread cache of attribute lookups along a class's MRO (CPython's type attribute
//! cache): `obj.x`, `obj.m()` and operator dispatch look the same names up in the same
//! classes again and again. An entry holds what the walk found, or that nothing was found.
//!
//! Validity: every class dictionary a cached walk read is marked *watched*; any change to a
//! watched dictionary (and the creation of any class) moves the epoch on, which invalidates
//! every entry at once. Entries keep their class alive, so an address is never reused
//! while an entry names it. MROs never change after a class is made.

use crate::value::{Class, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What a walk found: the class that defines the name and its value.
pub type Found = Option<(Rc<Class>, Value)>;

struct Entry {
    cls: Rc<Class>,
    name: Box<str>,
    /// Whether `object`'s own attributes were skipped (dunder dispatch).
    skip_object: bool,
    epoch: u64,
    found: Found,
}

const SIZE: usize = 1024;

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(1) };
    static ENTRIES: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
}

/// A class dictionary changed, or a class was made: forget every cached walk.
#[inline]
pub fn invalidate() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

fn slot(cls: &Rc<Class>, name: &str, skip_object: bool) -> usize {
    let k = (Rc::as_ptr(cls) as usize as u64) ^ ((name.as_ptr() as usize as u64) << 7)
        ^ ((name.len() as u64) << 1)
        ^ skip_object as u64;
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % SIZE
}

/// The cached result of `walk` for (`cls`, `name`), computing and storing it on a miss.
pub fn lookup(cls: &Rc<Class>, name: &str, skip_object: bool, walk: impl FnOnce() -> Found) -> Found {
    let epoch = EPOCH.with(|e| e.get());
    let i = slot(cls, name, skip_object);
    let hit = ENTRIES.with(|t| {
        let t = t.borrow();
        match t.get(i) {
            Some(Some(e))
                if e.epoch == epoch && Rc::ptr_eq(&e.cls, cls) && e.skip_object == skip_object && &*e.name == name =>
            {
                Some(e.found.clone())
            }
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = walk();
    // Watch after the walk: from now on a change to any of these dictionaries invalidates.
    for c in cls.mro.borrow().iter() {
        match c.dict.try_borrow() {
            Ok(d) => d.watch(),
            Err(_) => return found,
        }
    }
    let entry = Entry { cls: cls.clone(), name: name.into(), skip_object, epoch, found: found.clone() };
    let old = ENTRIES.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            t.resize_with(SIZE, || None);
        }
        std::mem::replace(&mut t[i], Some(entry))
    });
    // Dropped outside the borrow: a value's drop may release a class.
    drop(old);
    found
}
