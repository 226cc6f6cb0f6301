//! `os.environ`: CPython's `os._Environ`, a mutable mapping (not a `dict`) of the variables the
//! program was granted, whose repr is `environ({...})` and which takes only `str` keys and values.

use super::args::arity;
use super::mapping::{common, data, mapping_items, no_missing};
use super::objs::{dict_state, instance, method, method_kw, runtime_class};
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

/// A method of the shared mapping whose first argument, a key, must be a `str` first (CPython's
/// `encodekey` runs before the lookup, so `5 in os.environ` is a TypeError, not False).
fn key_checked(name: &'static str, common: &[(&'static str, Value)]) -> (&'static str, Value) {
    let inner = common.iter().find(|(n, _)| *n == name).map(|(_, f)| f.clone()).expect("a mapping method");
    method_kw(name, move |this, args, kwargs| {
        if let Some(key) = args.first() {
            checked_str(key)?;
        }
        let mut full = vec![this.clone()];
        full.extend(args);
        crate::value::func::call(&inner, full, kwargs)
    })
}

fn set_checked(this: &Value, key: Value, value: Value) -> PyResult<()> {
    checked_str(&key)?;
    checked_str(&value)?;
    dict_state(this, "__data__")?.borrow_mut().insert(key, value)
}

fn environ_class() -> Rc<Class> {
    runtime_class("os", "_Environ", Vec::new(), || {
        let mut m = common(no_missing);
        let checked: Vec<_> = ["__getitem__", "__delitem__", "__contains__", "get", "pop"]
            .iter()
            .map(|name| key_checked(name, &m))
            .collect();
        m.extend(checked);
        m.extend(vec![
            method("__setitem__", |this, args, _| {
                arity("__setitem__", &args, 2, 2)?;
                set_checked(this, args[0].clone(), args[1].clone())?;
                Ok(Value::None)
            }),
            // MutableMapping's: each item goes through the checked assignment, in order.
            method_kw("update", |this, args, kwargs| {
                arity("update", &args, 0, 1)?;
                if let Some(other) = args.first() {
                    let pairs = match mapping_items(other) {
                        Some(items) => items,
                        None => {
                            let mut pairs = Vec::new();
                            for item in crate::value::iterate::collect(other)? {
                                let kv = crate::value::iterate::collect(&item)?;
                                if kv.len() > 2 {
                                    return Err(PyErr::value_error("too many values to unpack (expected 2)"));
                                }
                                if kv.len() < 2 {
                                    return Err(PyErr::value_error(format!(
                                        "not enough values to unpack (expected 2, got {})",
                                        kv.len()
                                    )));
                                }
                                pairs.push((kv[0].clone(), kv[1].clone()));
                            }
                            pairs
                        }
                    };
                    for (k, v) in pairs {
                        set_checked(this, k, v)?;
                    }
                }
                for (k, v) in kwargs {
                    set_checked(this, Value::Str(k), v)?;
                }
                Ok(Value::None)
            }),
            method("setdefault", |this, args, _| {
                if args.len() == 1 {
                    return Err(PyErr::type_error("_Environ.setdefault() missing 1 required positional argument: 'value'"));
                }
                arity("setdefault", &args, 2, 2)?;
                checked_str(&args[0])?;
                let d = dict_state(this, "__data__")?;
                let found = d.borrow().get(&args[0])?;
                match found {
                    Some(v) => Ok(v),
                    None => {
                        let value = args[1].clone();
                        set_checked(this, args[0].clone(), value.clone())?;
                        Ok(value)
                    }
                }
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
