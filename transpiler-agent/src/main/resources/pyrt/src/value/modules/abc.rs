//! The `abc` module: `ABC`, `ABCMeta` and `abstractmethod`. A class with unimplemented
//! abstract methods cannot be instantiated, with CPython's message.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, lookup, new_class};
use crate::value::{BuiltinType, Class, DictObj, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn build() -> Module {
    let mut d = DictObj::new();
    d.set_str("ABC", Value::Class(abc_class()));
    d.set_str("ABCMeta", Value::Class(abcmeta_class()));
    d.set_str("abstractmethod", Value::builtin("abstractmethod", |args, _| match args.into_iter().next() {
        Some(f) => {
            mark_abstract(&f);
            Ok(f)
        }
        None => Err(PyErr::type_error("abstractmethod() missing 1 required positional argument: 'funcobj'")),
    }));
    Module { name: crate::str::Str::from("abc"), dict: RefCell::new(d), globals: &[] }
}

/// `abc.ABC`.
pub fn abc_class() -> Rc<Class> {
    cached_class("abc.ABC", || {
        new_class("ABC", "ABC", "abc", vec![builtin_class(BuiltinType::Object)], None).expect("single base")
    })
}

/// `abc.ABCMeta` (accepted as `metaclass=`; it behaves as deriving from `ABC`).
pub fn abcmeta_class() -> Rc<Class> {
    cached_class("abc.ABCMeta", || {
        new_class("ABCMeta", "ABCMeta", "abc", vec![builtin_class(BuiltinType::Type)], None).expect("single base")
    })
}

fn mark_abstract(f: &Value) {
    match f {
        Value::Func(func) => func.attrs.borrow_mut().set_str("__isabstractmethod__", Value::TRUE),
        Value::Instance(i) => i.dict.borrow_mut().set_str("__isabstractmethod__", Value::TRUE),
        _ => {}
    }
}

fn is_abstract(v: &Value) -> bool {
    match v {
        Value::Func(func) => matches!(func.attrs.borrow().get_str("__isabstractmethod__"), Some(Value::Bool(true))),
        Value::Instance(i) if i.class.builtin == Some(BuiltinType::Descriptor) => {
            let d = i.dict.borrow();
            matches!(d.get_str("__isabstractmethod__"), Some(Value::Bool(true)))
                || ["fget", "fset", "fdel", "__func__"].iter().any(|k| d.get_str(k).map_or(false, |f| is_abstract(&f)))
        }
        _ => false,
    }
}

/// `TypeError: Can't instantiate abstract class S without an implementation for abstract
/// method 'area'` when `cls` (an `ABC`) leaves abstract methods unimplemented.
pub fn check_instantiable(cls: &Rc<Class>) -> PyResult<()> {
    let root = abc_class();
    let mro = cls.mro.borrow().clone();
    let is_abc = mro.iter().any(|c| Rc::ptr_eq(c, &root) || c.dict.borrow().get_str("__abc_metaclass__").is_some());
    if !is_abc {
        return Ok(());
    }
    let mut names: Vec<String> = Vec::new();
    for c in &mro {
        for key in c.dict.borrow().keys() {
            if let Value::Str(name) = key {
                let name = name.to_string();
                if !names.contains(&name) && lookup(cls, &name).map_or(false, |v| is_abstract(&v)) {
                    names.push(name);
                }
            }
        }
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    Err(PyErr::type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        cls.name,
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    )))
}
