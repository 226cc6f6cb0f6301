//! `collections.Counter`, `defaultdict` and `OrderedDict`: classes whose instances keep a
//! hidden dict (`__data__`) and delegate the mapping protocol to it, adding each class's
//! own behaviour (missing keys, counting, ordering, repr).

use super::args::{arity, no_more_kwargs, take_kw};
use super::objs::{dict_state, instance, is_a, method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::eq_bool;
use crate::value::func::{call, call_method};
use crate::value::iterate::{iter_from, iter_value};
use crate::value::text::repr_of;
use crate::value::{Class, DictObj, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub(super) fn data(this: &Value) -> PyResult<Value> {
    state(this, "__data__")
}

/// The items of a mapping argument (a dict or one of these classes), or `None`.
pub fn mapping_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v {
        Value::Dict(d) => Some(d.borrow().items()),
        Value::Instance(i) if matches!(i.base, Some(Value::Dict(_))) => mapping_items(i.base.as_ref().expect("checked")),
        Value::Instance(_) => match state(v, "__data__") {
            Ok(Value::Dict(d)) => Some(d.borrow().items()),
            _ => None,
        },
        _ => None,
    }
}

fn delegate(name: &'static str) -> (&'static str, Value) {
    method_kw(name, move |this, args, kwargs| call_method(&data(this)?, name, args, kwargs))
}

/// What a missing key gives: `Ok(Some(v))` to return `v`, `Ok(None)` for `KeyError`.
pub(super) type Missing = fn(&Value, &Value) -> PyResult<Option<Value>>;

fn getitem_with(missing: Missing) -> (&'static str, Value) {
    method("__getitem__", move |this, args, _| {
        arity("__getitem__", &args, 1, 1)?;
        let d = dict_state(this, "__data__")?;
        let found = d.borrow().get(&args[0])?;
        match found {
            Some(v) => Ok(v),
            None => match missing(this, &args[0])? {
                Some(v) => Ok(v),
                None => Err(PyErr::new("KeyError", repr_of(&args[0])?.to_string())),
            },
        }
    })
}

/// The methods every one of these mappings has.
pub(super) fn common(missing: Missing) -> Vec<(&'static str, Value)> {
    let mut m = vec![
        getitem_with(missing),
        method("__setitem__", |this, args, _| {
            arity("__setitem__", &args, 2, 2)?;
            dict_state(this, "__data__")?.borrow_mut().insert(args[0].clone(), args[1].clone())?;
            Ok(Value::None)
        }),
        method("__delitem__", |this, args, _| {
            arity("__delitem__", &args, 1, 1)?;
            crate::value::ops::delitem(&data(this)?, &args[0])?;
            Ok(Value::None)
        }),
        method("__len__", |this, _, _| Ok(Value::int(dict_state(this, "__data__")?.borrow().len() as i64))),
        method("__iter__", |this, _, _| iter_value(&data(this)?)),
        method("__contains__", |this, args, _| {
            arity("__contains__", &args, 1, 1)?;
            Ok(Value::Bool(dict_state(this, "__data__")?.borrow().contains_key(&args[0])?))
        }),
        method("__reversed__", |this, _, _| {
            let mut keys = dict_state(this, "__data__")?.borrow().keys();
            keys.reverse();
            Ok(iter_from("dict_reversekeyiterator", Box::new(keys.into_iter().map(Ok))))
        }),
        ("__hash__", Value::None),
    ];
    for name in ["keys", "values", "items", "get", "pop", "popitem", "setdefault", "clear", "update"] {
        m.push(delegate(name));
    }
    m.push(method("__ne__", |this, args, _| {
        let eq = crate::value::compare::eq(this, &args[0])?;
        Ok(Value::Bool(!crate::value::ops::truthy(&eq)?))
    }));
    m.push(method("__or__", |this, args, _| {
        arity("__or__", &args, 1, 1)?;
        if mapping_items(&args[0]).is_none() {
            return Ok(Value::NotImplemented);
        }
        let c = call_method(this, "copy", vec![], vec![])?;
        call_method(&c, "update", vec![args[0].clone()], vec![])?;
        Ok(c)
    }));
    m.push(method("__ror__", |this, args, _| {
        arity("__ror__", &args, 1, 1)?;
        if mapping_items(&args[0]).is_none() {
            return Ok(Value::NotImplemented);
        }
        let c = call_method(this, "copy", vec![], vec![])?;
        call_method(&c, "clear", vec![], vec![])?;
        call_method(&c, "update", vec![args[0].clone()], vec![])?;
        call_method(&c, "update", vec![this.clone()], vec![])?;
        Ok(c)
    }));
    m.push(method("__ior__", |this, args, _| {
        arity("__ior__", &args, 1, 1)?;
        call_method(this, "update", vec![args[0].clone()], vec![])?;
        Ok(this.clone())
    }));
    m
}

/// `cls.fromkeys(iterable, value=None)` as a class method of a mapping class: `make` builds
/// the empty instance.
pub(super) fn fromkeys(make: fn(&Value) -> PyResult<Value>) -> (&'static str, Value) {
    let (_, f) = method_kw("fromkeys", move |cls, args, kwargs| {
        super::args::no_kwargs("fromkeys", &kwargs)?;
        arity("fromkeys", &args, 1, 2)?;
        let value = args.get(1).cloned().unwrap_or(Value::None);
        let out = make(cls)?;
        for k in crate::value::iterate::collect(&args[0])? {
            crate::value::ops::setitem(&out, k, value.clone())?;
        }
        Ok(out)
    });
    ("fromkeys", crate::value::class::make_classmethod(f))
}

/// The classes here are `dict` subclasses in CPython (`isinstance(d, dict)` holds).
pub(super) fn dict_base() -> Vec<Rc<Class>> {
    vec![crate::value::class::builtin_class(crate::value::BuiltinType::Dict)]
}

pub(super) fn fresh_data(this: &Value, init: Value) {
    super::objs::set_state(this, "__data__", init);
}

pub(super) fn new_mapping(cls: Rc<Class>, extra: Vec<(&str, Value)>) -> Value {
    let mut st = vec![("__data__", Value::Dict(Rc::new(RefCell::new(DictObj::new()))))];
    st.extend(extra);
    instance(&cls, st)
}

pub(super) fn same_class_copy(this: &Value, extra: Vec<(&str, Value)>) -> PyResult<Value> {
    let cls = match this {
        Value::Instance(i) => i.class.clone(),
        _ => return Err(PyErr::type_error("copy of a non-instance")),
    };
    let d = dict_state(this, "__data__")?.borrow().clone();
    let mut st = vec![("__data__", Value::Dict(Rc::new(RefCell::new(d))))];
    st.extend(extra);
    Ok(instance(&cls, st))
}

// ---- defaultdict ----

fn factory_missing(this: &Value, key: &Value) -> PyResult<Option<Value>> {
    let f = state(this, "default_factory")?;
    if let Value::None = f {
        return Ok(None);
    }
    let v = call(&f, vec![], vec![])?;
    dict_state(this, "__data__")?.borrow_mut().insert(key.clone(), v.clone())?;
    Ok(Some(v))
}

pub fn defaultdict_class() -> Rc<Class> {
    runtime_class("collections", "defaultdict", dict_base(), || {
        let mut m = common(factory_missing);
        m.extend(vec![
            method_kw("__init__", |this, mut args, kwargs| {
                let factory = if args.is_empty() { Value::None } else { args.remove(0) };
                let callable = matches!(
                    factory,
                    Value::None | Value::Func(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_)
                ) || crate::value::class::has_dunder(&factory, "__call__");
                if !callable {
                    return Err(PyErr::type_error("first argument must be callable or None"));
                }
                fresh_data(this, crate::value::builtins::dict(args, kwargs)?);
                super::objs::set_state(this, "default_factory", factory);
                Ok(Value::None)
            }),
            method("copy", |this, _, _| same_class_copy(this, vec![("default_factory", state(this, "default_factory")?)])),
            fromkeys(|cls| call(cls, vec![], vec![])),
            method("__copy__", |this, _, _| {
                same_class_copy(this, vec![("default_factory", state(this, "default_factory")?)])
            }),
            method("__missing__", |this, args, _| {
                arity("__missing__", &args, 1, 1)?;
                match factory_missing(this, &args[0])? {
                    Some(v) => Ok(v),
                    None => Err(PyErr::new("KeyError", repr_of(&args[0])?.to_string())),
                }
            }),
            method("__eq__", |this, args, _| match mapping_items(&args[0]) {
                Some(_) => crate::value::compare::eq(&data(this)?, &as_dict(&args[0])?),
                None => Ok(Value::NotImplemented),
            }),
            method("__repr__", |this, _, _| {
                let f = state(this, "default_factory")?;
                let fr = match f {
                    Value::None => "None".to_string(),
                    f => repr_of(&f)?.to_string(),
                };
                Ok(Value::str(&format!("{}({}, {})", this.type_name(), fr, repr_of(&data(this)?)?)))
            }),
        ]);
        m
    })
}

fn as_dict(v: &Value) -> PyResult<Value> {
    match v {
        Value::Dict(_) => Ok(v.clone()),
        Value::Instance(i) if matches!(i.base, Some(Value::Dict(_))) => Ok(i.base.clone().expect("checked")),
        _ => data(v),
    }
}

pub fn new_defaultdict(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    call(&Value::Class(defaultdict_class()), args, kwargs)
}

// ---- OrderedDict ----

pub(super) fn no_missing(_: &Value, _: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

pub fn ordereddict_class() -> Rc<Class> {
    runtime_class("collections", "OrderedDict", dict_base(), || {
        let mut m = common(no_missing);
        m.extend(vec![
            method_kw("__init__", |this, args, kwargs| {
                fresh_data(this, crate::value::builtins::dict(args, kwargs)?);
                Ok(Value::None)
            }),
            method_kw("move_to_end", |this, args, mut kwargs| {
                let last = take_kw(&mut kwargs, "last").or_else(|| args.get(1).cloned()).unwrap_or(Value::TRUE);
                no_more_kwargs("move_to_end", &kwargs)?;
                let d = dict_state(this, "__data__")?;
                let key = args.get(0).cloned().ok_or_else(|| PyErr::type_error("move_to_end() missing required argument 'key' (pos 1)"))?;
                let v = d.borrow_mut().remove(&key)?.ok_or_else(|| PyErr::new("KeyError", repr_of(&key).map(|s| s.to_string()).unwrap_or_default()))?;
                if crate::value::ops::truthy(&last)? {
                    d.borrow_mut().insert(key, v)?;
                } else {
                    let mut fresh = DictObj::new();
                    fresh.insert(key, v)?;
                    for (k, x) in d.borrow().items() {
                        fresh.insert(k, x)?;
                    }
                    *d.borrow_mut() = fresh;
                }
                Ok(Value::None)
            }),
            method_kw("popitem", |this, args, mut kwargs| {
                let last = take_kw(&mut kwargs, "last").or_else(|| args.get(0).cloned()).unwrap_or(Value::TRUE);
                let d = dict_state(this, "__data__")?;
                let keys = d.borrow().keys();
                let key = if crate::value::ops::truthy(&last)? { keys.last().cloned() } else { keys.first().cloned() };
                let key = key.ok_or_else(|| PyErr::new("KeyError", "'dictionary is empty'"))?;
                let v = d.borrow_mut().remove(&key)?.unwrap_or(Value::None);
                Ok(Value::tuple(vec![key, v]))
            }),
            method("copy", |this, _, _| same_class_copy(this, vec![])),
            method("__copy__", |this, _, _| same_class_copy(this, vec![])),
            fromkeys(|cls| call(cls, vec![], vec![])),
            method("__eq__", |this, args, _| {
                let other = &args[0];
                if is_a(other, "collections", "OrderedDict") {
                    let (a, b) = (dict_state(this, "__data__")?.borrow().keys(), dict_state(other, "__data__")?.borrow().keys());
                    if a.len() != b.len() {
                        return Ok(Value::FALSE);
                    }
                    for (x, y) in a.iter().zip(b.iter()) {
                        if !eq_bool(x, y)? {
                            return Ok(Value::FALSE);
                        }
                    }
                }
                match mapping_items(other) {
                    Some(_) => crate::value::compare::eq(&data(this)?, &as_dict(other)?),
                    None => Ok(Value::NotImplemented),
                }
            }),
            method("__repr__", |this, _, _| {
                let name = this.type_name();
                if dict_state(this, "__data__")?.borrow().is_empty() {
                    return Ok(Value::str(&format!("{}()", name)));
                }
                Ok(Value::str(&format!("{}({})", name, repr_of(&data(this)?)?)))
            }),
        ]);
        m
    })
}

pub fn new_ordereddict(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    call(&Value::Class(ordereddict_class()), args, kwargs)
}
