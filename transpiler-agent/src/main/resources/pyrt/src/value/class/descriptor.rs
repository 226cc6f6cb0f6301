//! The descriptor protocol for instances of user classes stored in a class (Python
//! reference, "Implementing Descriptors" and "Invoking Descriptors"): `__get__` runs when the
//! attribute is read, `__set__`/`__delete__` when it is assigned or deleted through an
//! instance, and `__set_name__` when the owning class is created. A descriptor with
//! `__set__` or `__delete__` (a data descriptor) comes before the instance's own dict.
//! Owner: runtime-objects.

use super::lookup_dunder;
use crate::exc::PyResult;
use crate::value::func::call;
use crate::value::{Class, Value};
use std::rc::Rc;

/// The method `name` of the user class of `v`, when `v` is an instance of one.
fn hook(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) if i.class.builtin.is_none() => lookup_dunder(&i.class, name),
        _ => None,
    }
}

/// Whether `v` defines `__get__` (a descriptor that reading the attribute calls).
pub fn has_get(v: &Value) -> bool {
    hook(v, "__get__").is_some()
}

/// Whether `v` is a data descriptor: it wins over the instance dict.
pub fn is_data(v: &Value) -> bool {
    hook(v, "__set__").is_some() || hook(v, "__delete__").is_some()
}

/// `descr.__get__(receiver, owner)`; `receiver` is None when read from the class.
pub fn get(descr: &Value, receiver: Option<&Value>, owner: &Rc<Class>) -> PyResult<Value> {
    let f = hook(descr, "__get__").expect("has_get checked");
    let receiver = receiver.cloned().unwrap_or(Value::None);
    call(&f, vec![descr.clone(), receiver, Value::Class(owner.clone())], vec![])
}

/// `descr.__set__(obj, value)` when `descr` has one; `None` when it does not.
pub fn set(descr: &Value, obj: &Value, value: Value) -> Option<PyResult<()>> {
    let f = hook(descr, "__set__")?;
    Some(call(&f, vec![descr.clone(), obj.clone(), value], vec![]).map(|_| ()))
}

/// `descr.__delete__(obj)` when `descr` has one.
pub fn delete(descr: &Value, obj: &Value) -> Option<PyResult<()>> {
    let f = hook(descr, "__delete__")?;
    Some(call(&f, vec![descr.clone(), obj.clone()], vec![]).map(|_| ()))
}

/// `__set_name__(owner, name)` of each attribute of a new class that defines it, in the
/// namespace's order, as `type.__new__` does before `__init_subclass__`.
pub fn set_names(cls: &Rc<Class>, namespace: &[(&str, Value)]) -> PyResult<()> {
    for (name, v) in namespace {
        if let Some(f) = hook(v, "__set_name__") {
            call(&f, vec![v.clone(), Value::Class(cls.clone()), Value::str(name)], vec![])?;
        }
    }
    Ok(())
}
