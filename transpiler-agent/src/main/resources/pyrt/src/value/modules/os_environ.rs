//! `os.environ`: CPython's `os._Environ`, a mutable mapping (not a `dict`) of the variables the
//! program was granted, whose repr is `environ({...})` and which takes only `str` keys and values.

use super::args::arity;
use super::mapping::{common, data, mapping_items, no_missing};
use super::objs::{dict_state, instance, method, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::text::repr_of;
use crate::value::{Class, DictObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `os._Environ.encodekey`/`encodevalue`'s check.
fn checked_str(v: &Value) -> PyResult<()> {
    match v {
        Value::Str(_) => Ok(()),
        other => Err(PyErr::type_error(format!("str expected, not {}", other.type_name()))),
    }
}

fn environ_class() -> Rc<Class> {
    runtime_class("os", "_Environ", Vec::new(), || {
        let mut m = common(no_missing);
        m.extend(vec![
            method("__setitem__", |this, args, _| {
                arity("__setitem__", &args, 2, 2)?;
                checked_str(&args[0])?;
                checked_str(&args[1])?;
                dict_state(this, "__data__")?.borrow_mut().insert(args[0].clone(), args[1].clone())?;
                Ok(Value::None)
            }),
            method("copy", |this, _, _| {
                let d = dict_state(this, "__data__")?.borrow().clone();
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }),
            method("__eq__", |this, args, _| {
                arity("__eq__", &args, 1, 1)?;
                match mapping_items(&args[0]) {
                    Some(items) => crate::value::compare::eq(&data(this)?, &Value::dict(items)?),
                    None => Ok(Value::NotImplemented),
                }
            }),
            method("__repr__", |this, _, _| {
                Ok(Value::str(&format!("environ({})", repr_of(&data(this)?)?)))
            }),
        ]);
        m
    })
}

/// The mapping of this process's environment, in the order the host gave it.
pub fn environ() -> PyResult<Value> {
    let mut d = DictObj::new();
    for (k, v) in std::env::vars() {
        d.insert(Value::str(&k), Value::str(&v))?;
    }
    Ok(instance(&environ_class(), vec![("__data__", Value::Dict(Rc::new(RefCell::new(d))))]))
}
