//! Python's built-in functions and types for dynamic values. Each has the one signature
//! every callable value has, so `b::len(vec![x], vec![])` and `len` passed as a value
//! (`map(len, xs)`) run the same code. Argument errors use CPython's messages.
//! Owner: runtime-builtins.

use crate::exc::PyResult;
use crate::value::{Kwargs, Value};

/// Every name this module provides; the transpiler refuses calls to other builtins with a
/// diagnostic rather than emit code that would not compile.
pub const NAMES: &[&str] = &[
    "abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "dict", "divmod", "enumerate",
    "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "input", "int",
    "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "oct",
    "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "str", "sum", "tuple", "type", "zip", "property", "staticmethod", "classmethod", "delattr", "id",
];

/// A builtin as a value (`key=len`, `isinstance(x, int)`): a function or a class, or one of
/// the built-in exception classes. `NameError` for a name that is none of these.
pub fn value(name: &str) -> PyResult<Value> {
    todo!()
}

pub fn abs(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn all(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn any(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn ascii(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn bin(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn bool(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn callable(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn chr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn dict(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn divmod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn enumerate(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn filter(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn float(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn format(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn frozenset(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn getattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn hasattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn hash(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn hex(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn input(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn int(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn isinstance(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn issubclass(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn iter(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn len(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn list(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn map(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn max(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn min(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn next(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn object(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn oct(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn ord(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn pow(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn print(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn range(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn repr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn reversed(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn round(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn set(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn setattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn slice(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn sorted(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn str(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn sum(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn tuple(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn r#type(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn zip(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn property(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn staticmethod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn classmethod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn delattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

pub fn id(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

