//! What the typed translation of a Python class needs at run time.
//!
//! An instance of a module class is an `Rc<Struct>` (Python objects are shared references),
//! each attribute a cell inside it: [`Slot`] for values that clone cheaply by reference
//! (`int`, `str`, lists, other instances), `std::cell::Cell` for `float` and `bool`, and
//! [`Late`] for an instance attribute that is never None once `__init__` has run. Reading an
//! attribute clones the value out, so no borrow outlives the read and a method that assigns
//! the same attribute while it is in use cannot fail.

use crate::exc::{PyErr, PyResult};
use crate::obj::PyObj;
use std::cell::Cell;
use std::rc::Rc;

/// An attribute holding a value that `__init__` gives before anything reads it.
///
/// A `Cell<Option<T>>` rather than a `RefCell<T>`: no borrow flag to test and update on every
/// read, and no word for it in each instance (`Option` of an `Rc` or an `Int` is as big as
/// the value). A read takes the value out, clones it and puts it back; cloning the values
/// stored here (ints, tuples, strings, lists, instances) never runs Python code, so nothing
/// can observe the cell empty.
pub struct Slot<T>(Cell<Option<T>>);

impl<T: Clone> Slot<T> {
    pub fn new(value: T) -> Slot<T> {
        Slot(Cell::new(Some(value)))
    }

    #[inline]
    pub fn get(&self) -> T {
        read_cell(&self.0)
    }

    #[inline]
    pub fn set(&self, value: T) {
        self.0.set(Some(value));
    }
}

#[inline]
fn read_cell<T: Clone>(cell: &Cell<Option<T>>) -> T {
    let value = cell.take();
    let copy = match &value {
        Some(v) => v.clone(),
        None => unset(),
    };
    cell.set(value);
    copy
}

#[cold]
#[inline(never)]
fn unset() -> ! {
    panic!("attribute read before __init__ assigned it")
}

/// An attribute holding an optional instance (`Optional[C]`): the cell holds the `Option`
/// itself, one word, starting as None.
pub struct OptSlot<T>(Cell<Option<T>>);

impl<T: Clone> OptSlot<T> {
    pub fn new() -> OptSlot<T> {
        OptSlot(Cell::new(None))
    }

    #[inline]
    pub fn get(&self) -> Option<T> {
        let value = self.0.take();
        let copy = value.clone();
        self.0.set(value);
        copy
    }

    #[inline]
    pub fn set(&self, value: Option<T>) {
        self.0.set(value);
    }
}

/// An attribute holding an instance: empty from allocation until `__init__` assigns it, which
/// the translation checked happens before any read.
pub struct Late<T>(Cell<Option<T>>);

impl<T: Clone> Late<T> {
    pub fn new() -> Late<T> {
        Late(Cell::new(None))
    }

    #[inline]
    pub fn get(&self) -> T {
        read_cell(&self.0)
    }

    #[inline]
    pub fn set(&self, value: T) {
        self.0.set(Some(value));
    }
}

/// The instance inside an optional one, or CPython's `AttributeError` for reading (or
/// calling) `attr` on None.
#[inline]
pub fn some<'a, T>(value: &'a Option<T>, attr: &str) -> PyResult<&'a T> {
    match value {
        Some(v) => Ok(v),
        None => Err(none_has_no(attr)),
    }
}

#[cold]
#[inline(never)]
fn none_has_no(attr: &str) -> PyErr {
    PyErr::new("AttributeError", format!("'NoneType' object has no attribute '{}'", attr))
}

/// `repr()` and `str()` of an instance of a translated class: its `__repr__` and `__str__`,
/// or `object`'s (`<__main__.Node object at 0x…>`).
pub trait PyClass {
    fn write_repr(this: &Rc<Self>, out: &mut String) -> PyResult<()>;

    fn write_str(this: &Rc<Self>, out: &mut String) -> PyResult<()> {
        Self::write_repr(this, out)
    }
}

/// `object.__repr__`: the class name and the address, as CPython prints it.
pub fn default_repr<T>(class: &str, this: &Rc<T>, out: &mut String) -> PyResult<()> {
    out.push_str(&format!("<__main__.{} object at {:p}>", class, Rc::as_ptr(this)));
    Ok(())
}

impl<T: PyClass> PyObj for Rc<T> {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        T::write_repr(self, out)
    }

    fn write_str(&self, out: &mut String) -> PyResult<()> {
        T::write_str(self, out)
    }

    /// Translated classes define neither `__bool__` nor `__len__`, so instances are true.
    fn truthy(&self) -> bool {
        true
    }
}

/// An optional instance: None prints and tests as None.
impl<T: PyObj> PyObj for Option<T> {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        match self {
            Some(v) => v.write_repr(out),
            None => {
                out.push_str("None");
                Ok(())
            }
        }
    }

    fn write_str(&self, out: &mut String) -> PyResult<()> {
        match self {
            Some(v) => v.write_str(out),
            None => {
                out.push_str("None");
                Ok(())
            }
        }
    }

    fn truthy(&self) -> bool {
        match self {
            Some(v) => v.truthy(),
            None => false,
        }
    }
}
