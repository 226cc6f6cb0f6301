//! `dict` methods: get, setdefault, pop, popitem, keys/values/items (views, see
//! `dict_views`), update, copy, clear, fromkeys.

use super::dict_views::{view, ViewKind};
use crate::exc::{PyErr, PyResult};
use crate::value::builtins::args;
use crate::value::{func, iterate, DictObj, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "copy", "clear", "fromkeys",
];

type Dict = Rc<RefCell<DictObj>>;

/// `KeyError(key)`: its message is the key's repr, as `str()` of a KeyError shows it.
pub fn key_error(key: &Value) -> PyErr {
    crate::value::exception::error_with_args("KeyError", vec![key.clone()])
}

pub fn call(d: &Dict, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    let r = match name {
        "get" => get(d, args, &kwargs),
        "setdefault" => setdefault(d, args, &kwargs),
        "pop" => pop(d, args, &kwargs),
        "popitem" => popitem(d, args, &kwargs),
        "keys" => no_args("keys", &args, &kwargs).map(|_| view(d, ViewKind::Keys)),
        "values" => no_args("values", &args, &kwargs).map(|_| view(d, ViewKind::Values)),
        "items" => no_args("items", &args, &kwargs).map(|_| view(d, ViewKind::Items)),
        "update" => update(d, args, kwargs),
        "copy" => no_args("copy", &args, &kwargs).map(|_| Value::Dict(Rc::new(RefCell::new(d.borrow().clone())))),
        "clear" => no_args("clear", &args, &kwargs).map(|_| {
            d.borrow_mut().clear();
            Value::None
        }),
        "fromkeys" => fromkeys(args, kwargs),
        _ => return None,
    };
    Some(r)
}

fn no_args(name: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("dict.{}() takes no arguments ({} given)", name, args.len() + kwargs.len())));
    }
    Ok(())
}

fn positional(name: &str, args: &[Value], kwargs: &Kwargs, min: usize, max: usize) -> PyResult<()> {
    args::no_kwargs(&format!("dict.{}", name), kwargs)?;
    args::count(name, args.len(), min, max)
}

fn get(d: &Dict, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    positional("get", &args, kwargs, 1, 2)?;
    let found = d.borrow().get(&args[0])?;
    Ok(found.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(d: &Dict, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    positional("setdefault", &args, kwargs, 1, 2)?;
    let found = d.borrow().get(&args[0])?;
    if let Some(v) = found {
        return Ok(v);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(args[0].clone(), default.clone())?;
    Ok(default)
}

fn pop(d: &Dict, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    positional("pop", &args, kwargs, 1, 2)?;
    let removed = d.borrow_mut().remove(&args[0])?;
    match (removed, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(&args[0])),
    }
}

fn popitem(d: &Dict, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    no_args("popitem", &args, kwargs)?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::new("KeyError", "'popitem(): dictionary is empty'")),
    }
}

fn update(d: &Dict, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::count("update", args.len(), 0, 1)?;
    update_from(d, args.into_iter().next(), kwargs)?;
    Ok(Value::None)
}

/// The `(key, value)` pairs of `dict(arg)` / `d.update(arg)`: a dict's items, a mapping's
/// `keys()` with `[]`, or an iterable of pairs (CPython's messages for bad elements).
fn pairs_of(arg: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Dict(src) = arg {
        return Ok(src.borrow().items());
    }
    if let Value::Instance(_) = arg {
        if crate::value::attr::hasattr(arg, "keys")? {
            let keys = func::call_method(arg, "keys", vec![], vec![])?;
            let mut out = Vec::new();
            for k in iterate::iterate(&keys)? {
                let k = k?;
                let v = crate::value::ops::getitem(arg, &k)?;
                out.push((k, v));
            }
            return Ok(out);
        }
    }
    let mut out = Vec::new();
    for (i, item) in iterate::iterate(arg)?.enumerate() {
        let item = item?;
        let parts = match iterate::iterate(&item) {
            Ok(it) => it.collect::<PyResult<Vec<_>>>()?,
            Err(e) if e.type_name == "TypeError" => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )))
            }
            Err(e) => return Err(e),
        };
        if parts.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                parts.len()
            )));
        }
        let mut p = parts.into_iter();
        out.push((p.next().expect("two"), p.next().expect("two")));
    }
    Ok(out)
}

/// `d.update(arg, **kwargs)`, also what `dict(arg, **kwargs)` does.
pub fn update_from(d: &Dict, arg: Option<Value>, kwargs: Kwargs) -> PyResult<()> {
    if let Some(arg) = arg {
        // Pairs are gathered first: `d.update(d)` and Python code in `keys()` must not
        // run while the dict is borrowed.
        for (k, v) in pairs_of(&arg)? {
            d.borrow_mut().insert(k, v)?;
        }
    }
    for (k, v) in kwargs {
        d.borrow_mut().insert(Value::Str(k), v)?;
    }
    Ok(())
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("dict.fromkeys", &kwargs)?;
    args::count("fromkeys", args.len(), 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let mut d = DictObj::new();
    for k in iterate::iterate(&args[0])? {
        d.insert(k?, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}
