//! `collections.ChainMap`, after CPython 3.12's Lib/collections/__init__.py: a list of
//! mappings (`maps`, public) searched in order, writes going to the first; keys iterate in
//! the order CPython builds (`dict.fromkeys` over the maps from last to first), and
//! `keys()`/`values()`/`items()` are the `collections.abc` views with their reprs.

use super::objs::{method, method_kw, runtime_class, runtime_class_keyed, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::func::{call, call_method};
use crate::value::iterate::collect;
use crate::value::ops::{getitem, truthy};
use crate::value::text::repr_of;
use crate::value::{Class, DictObj, Value};
use std::rc::Rc;

fn maps(this: &Value) -> PyResult<Vec<Value>> {
    collect(&crate::value::attr::getattr(this, "maps")?)
}

fn first(this: &Value) -> PyResult<Value> {
    maps(this)?.into_iter().next().ok_or_else(|| PyErr::index_error("list index out of range"))
}

/// The keys in iteration order.
fn keys(this: &Value) -> PyResult<Vec<Value>> {
    let mut d = DictObj::new();
    for m in maps(this)?.iter().rev() {
        for k in collect(m)? {
            d.insert(k, Value::None)?;
        }
    }
    Ok(d.keys())
}

fn lookup(this: &Value, key: &Value) -> PyResult<Option<Value>> {
    for m in maps(this)? {
        if crate::value::compare::contains(&m, key)? {
            return Ok(Some(getitem(&m, key)?));
        }
    }
    Ok(None)
}

fn not_in_first(key: &Value) -> PyResult<PyErr> {
    Ok(PyErr::new("KeyError", repr_of(&Value::str(&format!("Key not found in the first mapping: {}", repr_of(key)?.as_str())))?.to_string()))
}

fn new_like(this: &Value, maps: Vec<Value>) -> PyResult<Value> {
    call(&Value::Class(crate::value::class::type_of(this)), maps, vec![])
}

/// `KeysView`, `ValuesView` or `ItemsView` over a ChainMap: a subclass of that ABC (whose
/// cache key `collections.abc.KeysView` it must not take).
fn view_class(kind: &str) -> Rc<Class> {
    let bases = super::collections_abc::abc_class(kind).into_iter().collect();
    runtime_class_keyed(&format!("collections.ChainMap.{}", kind), "collections.abc", kind, bases, || {
        vec![
            method("__iter__", |this, _, _| {
                let m = state(this, "_mapping")?;
                let kind = crate::value::text::str_of(&state(this, "__kind__")?)?.to_string();
                let ks = keys(&m)?;
                let items: Vec<Value> = match kind.as_str() {
                    "KeysView" => ks,
                    "ValuesView" => ks.iter().map(|k| getitem(&m, k)).collect::<PyResult<_>>()?,
                    _ => ks.iter().map(|k| Ok(Value::tuple(vec![k.clone(), getitem(&m, k)?]))).collect::<PyResult<_>>()?,
                };
                crate::value::builtins::iter(vec![Value::list(items)], vec![])
            }),
            method("__len__", |this, _, _| Ok(Value::int(keys(&state(this, "_mapping")?)?.len() as i64))),
            method("__repr__", |this, _, _| {
                let kind = crate::value::text::str_of(&state(this, "__kind__")?)?.to_string();
                Ok(Value::str(&format!("{}({})", kind, repr_of(&state(this, "_mapping")?)?.as_str())))
            }),
        ]
    })
}

fn view(this: &Value, kind: &str) -> Value {
    super::objs::instance(&view_class(kind), vec![("_mapping", this.clone()), ("__kind__", Value::str(kind))])
}

pub fn chainmap_class() -> Rc<Class> {
    // A `MutableMapping`, as in CPython (`isinstance(cm, Mapping)`); its own methods come first.
    let bases = super::collections_abc::abc_class("MutableMapping").into_iter().collect();
    runtime_class("collections", "ChainMap", bases, || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
                super::args::no_kwargs("ChainMap", &kwargs)?;
                let maps = if args.is_empty() { vec![Value::dict(vec![])?] } else { args };
                set_state(this, "maps", Value::list(maps));
                Ok(Value::None)
            }),
            method("__getitem__", |this, args, _| {
                super::args::arity("__getitem__", &args, 1, 1)?;
                match lookup(this, &args[0])? {
                    Some(v) => Ok(v),
                    None => match crate::value::class::lookup(&crate::value::class::type_of(this), "__missing__") {
                        Some(_) => call_method(this, "__missing__", vec![args[0].clone()], vec![]),
                        None => Err(PyErr::new("KeyError", repr_of(&args[0])?.to_string())),
                    },
                }
            }),
            method_kw("get", |this, mut args, mut kwargs| {
                if args.len() > 2 {
                    let msg = format!("ChainMap.get() takes from 2 to 3 positional arguments but {} were given", args.len() + 1);
                    return Err(PyErr::type_error(msg));
                }
                if let Some(d) = super::args::take_kw(&mut kwargs, "default") {
                    args.push(d);
                }
                super::args::no_more_kwargs("ChainMap.get", &kwargs)?;
                super::args::arity("ChainMap.get", &args, 1, 2)?;
                Ok(lookup(this, &args[0])?.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
            }),
            method("__contains__", |this, args, _| Ok(Value::Bool(lookup(this, &args[0])?.is_some()))),
            method("__len__", |this, _, _| Ok(Value::int(keys(this)?.len() as i64))),
            method("__iter__", |this, _, _| crate::value::builtins::iter(vec![Value::list(keys(this)?)], vec![])),
            method("__bool__", |this, _, _| {
                for m in maps(this)? {
                    if truthy(&m)? {
                        return Ok(Value::TRUE);
                    }
                }
                Ok(Value::FALSE)
            }),
            method("__repr__", |this, _, _| {
                let parts: Vec<String> = maps(this)?.iter().map(|m| repr_of(m).map(|r| r.to_string())).collect::<PyResult<_>>()?;
                Ok(Value::str(&format!("{}({})", crate::value::class::type_of(this).name, parts.join(", "))))
            }),
            method("__setitem__", |this, args, _| {
                super::args::arity("__setitem__", &args, 2, 2)?;
                call_method(&first(this)?, "__setitem__", args, vec![])
            }),
            method("__delitem__", |this, args, _| {
                super::args::arity("__delitem__", &args, 1, 1)?;
                let m = first(this)?;
                if !crate::value::compare::contains(&m, &args[0])? {
                    return Err(not_in_first(&args[0])?);
                }
                call_method(&m, "__delitem__", args, vec![])
            }),
            method("pop", |this, args, _| {
                super::args::arity("pop", &args, 1, 2)?;
                let m = first(this)?;
                if !crate::value::compare::contains(&m, &args[0])? {
                    return match args.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(not_in_first(&args[0])?),
                    };
                }
                call_method(&m, "pop", vec![args[0].clone()], vec![])
            }),
            method("clear", |this, _, _| call_method(&first(this)?, "clear", vec![], vec![])),
            method("copy", |this, _, _| {
                let mut ms = maps(this)?;
                ms[0] = call_method(&ms[0], "copy", vec![], vec![])?;
                new_like(this, ms)
            }),
            method_kw("new_child", |this, args, kwargs| {
                super::args::arity("new_child", &args, 0, 1)?;
                let m = match args.into_iter().next() {
                    None | Some(Value::None) => {
                        Value::dict(kwargs.into_iter().map(|(k, v)| (Value::Str(k), v)).collect())?
                    }
                    Some(m) => {
                        for (k, v) in kwargs {
                            call_method(&m, "__setitem__", vec![Value::Str(k), v], vec![])?;
                        }
                        m
                    }
                };
                let mut ms = vec![m];
                ms.extend(maps(this)?);
                new_like(this, ms)
            }),
            ("parents", {
                let (_, f) = method("parents", |this, _, _| new_like(this, maps(this)?.into_iter().skip(1).collect()));
                crate::value::class::make_property(f, Value::None)
            }),
            method("keys", |this, _, _| Ok(view(this, "KeysView"))),
            method("values", |this, _, _| Ok(view(this, "ValuesView"))),
            method("items", |this, _, _| Ok(view(this, "ItemsView"))),
            method("__eq__", |this, args, _| {
                let other = &args[0];
                let pairs = |v: &Value| -> PyResult<Value> { crate::value::builtins::dict(vec![v.clone()], vec![]) };
                match other {
                    Value::Dict(_) | Value::Instance(_) if crate::value::attr::hasattr(other, "keys")? => {
                        crate::value::compare::eq(&pairs(this)?, &pairs(other)?)
                    }
                    _ => Ok(Value::NotImplemented),
                }
            }),
        ]
    })
}
