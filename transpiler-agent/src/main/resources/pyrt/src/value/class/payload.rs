//! Classes deriving from built-in data types (`class Env(dict)`, `class Celsius(float)`,
//! `class Point(tuple)`): each instance carries a value of the built-in type, its *base*
//! ([`Instance::base`]), on which the built-in's methods and operators act.
//!
//! CPython's rules follow from where the base is consulted:
//! - the class's own methods win (the MRO is searched first); what it does not define comes
//!   from the built-in, applied to the base (`len(env)`, `env.keys()`, `repr(env)`);
//! - built-in methods work on the base directly and never call overrides (`dict.update` and
//!   `dict.get` do not call an overridden `__setitem__`/`__getitem__`, as in CPython);
//! - results of built-in methods and operators are plain built-in values (`Celsius(1.0) + 1`
//!   is a `float`, `name.upper()` a `str`), except the in-place operators of mutable types,
//!   which return the instance;
//! - `str()` of a non-`str` base goes through `repr()` (CPython's `object.__str__`), so a
//!   `__repr__` override shows in `print`.

use crate::exc::{PyErr, PyResult};
use crate::value::methods::{dunder_methods, dunder_ops};
use crate::value::{BuiltinType, Class, DictObj, Instance, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Whether a class may derive from built-in type `t` with `t`'s value as its base.
fn carries_payload(t: BuiltinType) -> bool {
    matches!(
        t,
        BuiltinType::Dict
            | BuiltinType::List
            | BuiltinType::Set
            | BuiltinType::FrozenSet
            | BuiltinType::Str
            | BuiltinType::Bytes
            | BuiltinType::Int
            | BuiltinType::Float
            | BuiltinType::Tuple
    )
}

fn is_mutable(t: BuiltinType) -> bool {
    matches!(t, BuiltinType::Dict | BuiltinType::List | BuiltinType::Set)
}

/// The base type a new class with `bases` carries: `Ok(None)` for none; `TypeError` where
/// CPython refuses the bases (`bool`, two different built-in layouts).
pub fn payload_of_bases(bases: &[Rc<Class>]) -> PyResult<Option<BuiltinType>> {
    let mut found: Option<BuiltinType> = None;
    for b in bases {
        let t = match b.builtin {
            Some(t) if carries_payload(t) => Some(t),
            Some(t @ (BuiltinType::Bool
            | BuiltinType::Range
            | BuiltinType::Slice
            | BuiltinType::NoneType
            | BuiltinType::Function
            | BuiltinType::BuiltinFunction
            | BuiltinType::Method)) => {
                return Err(PyErr::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    crate::value::class::builtin_name(t)
                )))
            }
            Some(BuiltinType::Object) | Some(BuiltinType::Exception) => None,
            Some(_) => {
                return Err(PyErr::untranslatable(&format!("subclassing built-in type '{}'", b.name)))
            }
            None => b.payload.get(),
        };
        match (found, t) {
            (Some(a), Some(b)) if a != b => {
                return Err(PyErr::type_error("multiple bases have instance lay-out conflict"))
            }
            (None, Some(_)) => found = t,
            _ => {}
        }
    }
    if found.is_some() && bases.iter().any(crate::value::exception::is_exception_class) {
        return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(found)
}

/// The value a fresh instance of a class deriving from `t` starts with (before `__new__`
/// or `__init__` give it one).
pub fn empty_payload(t: BuiltinType) -> Value {
    match t {
        BuiltinType::Dict => Value::Dict(Rc::new(RefCell::new(DictObj::new()))),
        BuiltinType::List => Value::list(vec![]),
        BuiltinType::Set => Value::Set(Rc::new(RefCell::new(crate::value::SetObj::new()))),
        BuiltinType::FrozenSet => Value::FrozenSet(Rc::new(crate::value::SetObj::new())),
        BuiltinType::Str => Value::str(""),
        BuiltinType::Bytes => Value::Bytes(Rc::new(Vec::new())),
        BuiltinType::Int => Value::int(0),
        BuiltinType::Float => Value::float(0.0),
        _ => Value::tuple(vec![]),
    }
}

/// The built-in value behind `v`: its base for an instance that has one, else `v` itself.
pub fn unwrap(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.base.clone().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

/// The base of `v`, if `v` is an instance carrying one.
pub fn base_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base.clone(),
        _ => None,
    }
}

fn with_base(cls: &Rc<Class>, base: Value) -> Value {
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: Rc::new(RefCell::new(DictObj::new())),
        base: Some(base),
    }))
}

/// `T.__new__(cls, *args)` of built-in type `T`: a plain value for `T` itself; for a
/// subclass, an instance whose base is what `T(*args)` makes (immutable types) or an empty
/// value that `__init__` fills (dict, list, set).
fn builtin_new(t: BuiltinType, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let name = crate::value::class::builtin_name(t);
    let mut args = args.into_iter();
    let cls = match args.next() {
        Some(Value::Class(c)) => c,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                name,
                other.type_name()
            )))
        }
        None => return Err(PyErr::type_error(format!("{}.__new__(): not enough arguments", name))),
    };
    let rest: Vec<Value> = args.collect();
    if cls.builtin == Some(t) {
        return crate::value::builtins::construct(t, rest, kwargs);
    }
    // The runtime's own classes deriving from a built-in (`Counter`, `OrderedDict`) keep
    // their state in their instance dict.
    if cls.payload.get().is_none() && crate::value::class::is_subclass(&cls, &crate::value::class::builtin_class(t)) {
        return Ok(crate::value::class::new_instance(&cls));
    }
    if cls.payload.get() != Some(t) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            name, cls.name, cls.name, name
        )));
    }
    if is_mutable(t) {
        return Ok(with_base(&cls, empty_payload(t)));
    }
    let base = crate::value::builtins::construct(t, rest, kwargs)?;
    Ok(with_base(&cls, base))
}

/// `dict.__init__`, `list.__init__`, `set.__init__`: (re)fill the base of `self`.
fn builtin_init(t: BuiltinType, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let name = crate::value::class::builtin_name(t);
    let mut args = args.into_iter();
    let this = args
        .next()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '__init__' of '{}' object needs an argument", name)))?;
    let rest: Vec<Value> = args.collect();
    let target = unwrap(&this);
    if t != BuiltinType::Dict && !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)));
    }
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("{} expected at most 1 argument, got {}", name, rest.len())));
    }
    match (&target, t) {
        (Value::Dict(d), BuiltinType::Dict) => {
            crate::value::methods::dict_methods::update_from(d, rest.into_iter().next(), kwargs)?;
        }
        (Value::List(l), BuiltinType::List) => {
            let items = match rest.first() {
                Some(src) => crate::value::iterate::collect(src)?,
                None => Vec::new(),
            };
            *l.borrow_mut() = items;
        }
        (Value::Set(s), BuiltinType::Set) => {
            let items = match rest.first() {
                Some(src) => crate::value::iterate::collect(src)?,
                None => Vec::new(),
            };
            let mut fresh = crate::value::SetObj::new();
            for item in items {
                fresh.add(item)?;
            }
            *s.borrow_mut() = fresh;
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '__init__' requires a '{}' object but received a '{}'",
                name,
                this.type_name()
            )))
        }
    }
    Ok(Value::None)
}

/// The members the class object of built-in type `t` holds itself, so that a subclass's
/// `super().__init__(…)`/`super().__new__(cls, …)` reach them.
pub fn builtin_members(c: &Rc<Class>, t: BuiltinType) {
    if !carries_payload(t) {
        return;
    }
    let name = crate::value::class::builtin_name(t);
    let mut d = c.dict.borrow_mut();
    let new = Value::builtin("__new__", move |args, kwargs| builtin_new(t, args, kwargs));
    d.set_str("__new__", crate::value::class::make_staticmethod(new));
    if is_mutable(t) {
        d.set_str(
            "__init__",
            Value::runtime_method(&format!("{}.__init__", name), move |args, kwargs| builtin_init(t, args, kwargs)),
        );
    }
}

/// Whether an instance whose base is `base` has dunder `name` from its built-in type.
pub fn has_dunder(base: &Value, name: &str) -> bool {
    match name {
        // `int.__str__` is `object.__str__`, which calls `repr()`: only `str` has its own.
        "__str__" => matches!(base, Value::Str(_)),
        "__hash__" | "__format__" | "__repr__" => true,
        _ => dunder_methods::has(base, name) || dunder_ops::has(base, name),
    }
}

/// Calls dunder `name` of the built-in type on `this`, whose base is `base`; `args` are
/// the arguments after `self`.
pub fn call_dunder(this: &Value, base: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    match (name, base) {
        ("__hash__", Value::List(_) | Value::Dict(_) | Value::Set(_)) => {
            return Err(PyErr::type_error(format!("unhashable type: '{}'", this.type_name())))
        }
        // An empty spec formats as `str(self)`, which may be overridden; types without a
        // `__format__` of their own (tuple, list, dict, …) take no other spec (`object.__format__`).
        ("__format__", _) if !matches!(base, Value::Str(_)) => {
            let empty = matches!(args.first(), Some(Value::Str(s)) if s.as_str().is_empty());
            if empty {
                return crate::value::text::str_of(this).map(Value::Str);
            }
            if !matches!(base, Value::Int(_) | Value::Float(_)) && matches!(args.first(), Some(Value::Str(_))) {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    this.type_name()
                )));
            }
        }
        ("__getitem__", Value::Dict(d)) if args.len() == 1 => {
            let found = d.borrow().get(&args[0])?;
            return match found {
                Some(v) => Ok(v),
                None if crate::value::class::has_dunder(this, "__missing__") => {
                    Ok(crate::value::class::call_dunder(this, "__missing__", vec![args[0].clone()])?.unwrap_or(Value::None))
                }
                None => Err(crate::value::ops::key_error(&args[0])?),
            };
        }
        ("__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__isub__" | "__ixor__", _) => {
            let r = dunder_call(base, name, args)?;
            return Ok(if let Value::NotImplemented = r { r } else { this.clone() });
        }
        _ => {}
    }
    dunder_call(base, name, args)
}

fn dunder_call(base: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    if dunder_ops::has(base, name) {
        return dunder_ops::call(base, name, args, true).unwrap_or_else(|| Ok(Value::NotImplemented));
    }
    match dunder_methods::call(base, name, args) {
        Some(r) => r,
        None => Err(crate::value::methods::no_attribute(base, name)),
    }
}

/// A method of the built-in base of `this` (`env.keys`, `name.upper`), bound to the base;
/// dunders keep `this` (`xs.__iadd__` returns the instance; `__missing__` is consulted).
pub fn bound_method(this: &Value, base: &Value, name: &str) -> Option<Value> {
    let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    if dunder && !has_dunder(base, name) || !dunder && !crate::value::methods::has(base, name) {
        return None;
    }
    let owned = name.to_string();
    let (this, base) = (this.clone(), base.clone());
    Some(Value::builtin(name, move |args, kwargs| {
        if dunder {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error(format!("{}() takes no keyword arguments", owned)));
            }
            return call_dunder(&this, &base, &owned, args);
        }
        crate::value::methods::call(&base, &owned, args, kwargs)
    }))
}

/// `int.__add__(x, 3)`, `str.upper(name)`, `dict.__setitem__(self, k, v)`: a method of
/// built-in type `t` called with its receiver first (an instance deriving from `t` too).
pub fn call_unbound(t: BuiltinType, name: &str, receiver: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let base = unwrap(receiver);
    let fits = match (&base, t) {
        (Value::Bool(_), BuiltinType::Int) => true,
        (v, t) => crate::value::class::type_of(v).builtin == Some(t),
    };
    let type_name = crate::value::class::builtin_name(t);
    if !fits {
        let dunder = name.starts_with("__") && name.ends_with("__");
        return Err(PyErr::type_error(if dunder {
            format!("descriptor '{}' requires a '{}' object but received a '{}'", name, type_name, receiver.type_name())
        } else {
            format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, type_name, receiver.type_name())
        }));
    }
    if let Value::Instance(_) = receiver {
        if let Some(m) = bound_method(receiver, &base, name) {
            return crate::value::func::call(&m, args, kwargs);
        }
    }
    crate::value::methods::call(&base, name, args, kwargs)
}
