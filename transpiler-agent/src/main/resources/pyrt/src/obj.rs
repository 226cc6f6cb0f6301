//! Python's `str()`, `repr()` and truth value for the typed values generated code uses.
//!
//! Every Python value type in `pyrt` implements [`PyObj`]; `print`, f-strings and `str()`
//! go through it, so output matches CPython's (`True`, `None`, `1.0`, `['a', 1]`).
//! A dynamic `Value` enum for untyped code will implement the same trait.

use crate::exc::PyResult;
use crate::int::Int;

/// What CPython's `object.__str__`, `object.__repr__` and `object.__bool__` give.
/// Writing can fail as in CPython: `str()` of an int with more than 4300 digits raises
/// `ValueError`.
pub trait PyObj {
    /// Appends `repr(self)` to `out`.
    fn write_repr(&self, out: &mut String) -> PyResult<()>;

    /// Appends `str(self)` to `out`; for most types it is the repr.
    fn write_str(&self, out: &mut String) -> PyResult<()> {
        self.write_repr(out)
    }

    /// Python's truth value (`bool(self)`).
    fn truthy(&self) -> bool;

    /// `str(self)` as a new string.
    fn py_str(&self) -> PyResult<String> {
        let mut out = String::new();
        self.write_str(&mut out)?;
        Ok(out)
    }

    /// `repr(self)` as a new string.
    fn py_repr(&self) -> PyResult<String> {
        let mut out = String::new();
        self.write_repr(&mut out)?;
        Ok(out)
    }
}

impl PyObj for Int {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        match self {
            Int::Small(v) => {
                use std::fmt::Write;
                let _ = write!(out, "{}", v);
            }
            _ => out.push_str(&self.to_str_checked()?),
        }
        Ok(())
    }

    fn truthy(&self) -> bool {
        self.to_i64() != Some(0)
    }
}

impl PyObj for f64 {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&crate::float::repr(*self));
        Ok(())
    }

    fn truthy(&self) -> bool {
        *self != 0.0
    }
}

impl PyObj for bool {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(if *self { "True" } else { "False" });
        Ok(())
    }

    fn truthy(&self) -> bool {
        *self
    }
}

/// `None`: generated code represents it as `()`.
impl PyObj for () {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str("None");
        Ok(())
    }

    fn truthy(&self) -> bool {
        false
    }
}

impl<T: PyObj + ?Sized> PyObj for &T {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        (**self).write_repr(out)
    }

    fn write_str(&self, out: &mut String) -> PyResult<()> {
        (**self).write_str(out)
    }

    fn truthy(&self) -> bool {
        (**self).truthy()
    }
}

/// `bool(x)`.
pub fn truthy<T: PyObj + ?Sized>(value: &T) -> bool {
    value.truthy()
}

/// `str(x)` as a Python string.
pub fn to_str<T: PyObj + ?Sized>(value: &T) -> PyResult<crate::str::Str> {
    Ok(crate::str::Str::from(value.py_str()?))
}

/// `repr(x)` as a Python string.
pub fn to_repr<T: PyObj + ?Sized>(value: &T) -> PyResult<crate::str::Str> {
    Ok(crate::str::Str::from(value.py_repr()?))
}
