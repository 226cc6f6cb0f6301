//! `types.GenericAlias` (`list[int]`, PEP 585) and `types.UnionType` (`int | None`, PEP 604):
//! the objects annotations evaluate to, with CPython 3.12's reprs (Objects/genericaliasobject.c,
//! Objects/unionobject.c), equality, `__origin__`/`__args__`, calls that construct the origin,
//! and `isinstance` against a union.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, new_class, new_instance};
use crate::value::compare::eq_bool;
use crate::value::{BuiltinType, Class, Value};
use std::rc::Rc;

pub fn generic_alias_class() -> Rc<Class> {
    cached_class("types.GenericAlias", || {
        let c = new_class("GenericAlias", "GenericAlias", "types", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__repr__", Value::runtime_method("GenericAlias.__repr__", |args, _| Ok(Value::str(&alias_repr(&args[0])?))));
            d.set_str("__eq__", Value::runtime_method("GenericAlias.__eq__", |args, _| alias_eq(&args[0], &args[1])));
            d.set_str("__hash__", Value::runtime_method("GenericAlias.__hash__", |args, _| {
                let (origin, params) = parts(&args[0]);
                let h = crate::value::hash::hash_value(&origin)? ^ crate::value::hash::hash_value(&Value::tuple(params))?;
                Ok(Value::int(h))
            }));
            d.set_str("__call__", Value::runtime_method("GenericAlias.__call__", |args, kwargs| {
                let (origin, _) = parts(&args[0]);
                let obj = crate::value::func::call(&origin, args[1..].to_vec(), kwargs)?;
                // CPython records the alias on the instance where it can (not on built-in values).
                if let Value::Instance(i) = &obj {
                    i.dict.borrow_mut().set_str("__orig_class__", args[0].clone());
                }
                Ok(obj)
            }));
            // Other attributes are the origin's (`list[int].__name__` is 'list').
            d.set_str("__getattr__", Value::runtime_method("GenericAlias.__getattr__", |args, _| {
                let (origin, _) = parts(&args[0]);
                let name = crate::value::text::str_of(&args[1])?;
                crate::value::attr::getattr(&origin, name.as_str())
            }));
            d.set_str("__or__", Value::runtime_method("GenericAlias.__or__", |args, _| or_value(&args[0], &args[1])));
            d.set_str("__ror__", Value::runtime_method("GenericAlias.__ror__", |args, _| or_value(&args[1], &args[0])));
            d.set_str("__tp_name__", Value::str("types.GenericAlias"));
        }
        c
    })
}

pub fn union_type_class() -> Rc<Class> {
    cached_class("types.UnionType", || {
        let c = new_class("UnionType", "UnionType", "types", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__repr__", Value::runtime_method("UnionType.__repr__", |args, _| {
                let mut shown = Vec::new();
                for a in union_args(&args[0]).unwrap_or_default() {
                    shown.push(match &a {
                        Value::Class(c) if c.builtin == Some(BuiltinType::NoneType) => "None".to_string(),
                        other => type_repr(other)?,
                    });
                }
                Ok(Value::str(&shown.join(" | ")))
            }));
            d.set_str("__eq__", Value::runtime_method("UnionType.__eq__", |args, _| {
                match (union_args(&args[0]), union_args(&args[1])) {
                    (Some(a), Some(b)) => Ok(Value::Bool(same_members(&a, &b)?)),
                    _ => Ok(Value::NotImplemented),
                }
            }));
            d.set_str("__hash__", Value::runtime_method("UnionType.__hash__", |args, _| {
                let mut h: i64 = 0x2f1c;
                for a in union_args(&args[0]).unwrap_or_default() {
                    h ^= crate::value::hash::hash_value(&a)?;
                }
                Ok(Value::int(h))
            }));
            d.set_str("__or__", Value::runtime_method("UnionType.__or__", |args, _| or_value(&args[0], &args[1])));
            d.set_str("__ror__", Value::runtime_method("UnionType.__ror__", |args, _| or_value(&args[1], &args[0])));
            d.set_str("__tp_name__", Value::str("types.UnionType"));
        }
        c
    })
}

fn is_instance_of(v: &Value, cls: impl FnOnce() -> Rc<Class>) -> bool {
    // The class is looked up only for instances: `|` on ints asks this on every operation.
    matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class, &cls()))
}

pub fn is_generic_alias(v: &Value) -> bool {
    is_instance_of(v, generic_alias_class)
}

/// The class a `types.GenericAlias` stands for as a class base (`__mro_entries__`:
/// `class Stack(list[int])` derives from `list`).
pub fn alias_base(v: &Value) -> Option<Rc<Class>> {
    if !is_generic_alias(v) {
        return None;
    }
    match parts(v).0 {
        Value::Class(c) => Some(c),
        _ => None,
    }
}

/// A union's members, or `None` for anything else.
pub fn union_args(v: &Value) -> Option<Vec<Value>> {
    if !is_instance_of(v, union_type_class) {
        return None;
    }
    match v {
        Value::Instance(i) => match i.dict.borrow().get_str("__args__") {
            Some(Value::Tuple(t)) => Some(t.as_ref().clone()),
            _ => Some(vec![]),
        },
        _ => None,
    }
}

/// A generic alias's origin and arguments.
fn parts(v: &Value) -> (Value, Vec<Value>) {
    match v {
        Value::Instance(i) => {
            let d = i.dict.borrow();
            let origin = d.get_str("__origin__").unwrap_or(Value::None);
            let args = match d.get_str("__args__") {
                Some(Value::Tuple(t)) => t.as_ref().clone(),
                _ => vec![],
            };
            (origin, args)
        }
        _ => (Value::None, vec![]),
    }
}

/// `origin[key]` for a class that takes parameters (`list[int]`, `dict[str, int]`).
pub fn alias(origin: &Rc<Class>, key: &Value) -> Value {
    let params = match key {
        Value::Tuple(t) => t.as_ref().clone(),
        one => vec![one.clone()],
    };
    let v = new_instance(&generic_alias_class());
    if let Value::Instance(i) = &v {
        let mut d = i.dict.borrow_mut();
        d.set_str("__origin__", Value::Class(origin.clone()));
        d.set_str("__args__", Value::tuple(params));
        d.set_str("__parameters__", Value::tuple(vec![]));
    }
    v
}

/// How `types` prints a type argument (`_Py_typing_type_repr`): a class by its qualified
/// name (`int`, `__main__.Node`), `...`, aliases and everything else by `repr`.
pub fn type_repr(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Ellipsis => "...".to_string(),
        Value::Class(c) if c.module.as_str() == "builtins" => c.qualname.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        other => crate::value::text::repr_of(other)?.to_string(),
    })
}

fn alias_repr(v: &Value) -> PyResult<String> {
    let (origin, args) = parts(v);
    let shown = if args.is_empty() {
        "()".to_string()
    } else {
        let mut parts = Vec::new();
        for a in &args {
            parts.push(match a {
                Value::List(items) => {
                    let mut inner = Vec::new();
                    for x in items.borrow().iter() {
                        inner.push(type_repr(x)?);
                    }
                    format!("[{}]", inner.join(", "))
                }
                other => type_repr(other)?,
            });
        }
        parts.join(", ")
    };
    Ok(format!("{}[{}]", type_repr(&origin)?, shown))
}

fn alias_eq(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_generic_alias(b) {
        return Ok(Value::NotImplemented);
    }
    let ((oa, aa), (ob, ab)) = (parts(a), parts(b));
    Ok(Value::Bool(eq_bool(&oa, &ob)? && eq_bool(&Value::tuple(aa), &Value::tuple(ab))?))
}

fn same_members(a: &[Value], b: &[Value]) -> PyResult<bool> {
    for x in a {
        if !contains(b, x)? {
            return Ok(false);
        }
    }
    for x in b {
        if !contains(a, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn contains(items: &[Value], v: &Value) -> PyResult<bool> {
    for x in items {
        if eq_bool(x, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What `type.__or__` accepts (`is_unionable`): None, classes, generic aliases and unions.
fn unionable(v: &Value) -> bool {
    matches!(v, Value::None | Value::Class(_)) || is_generic_alias(v) || union_args(v).is_some()
}

/// `a | b` where both are types (`int | None`): a `types.UnionType`, flattened and without
/// repeats, or the one type when only one remains; `None` when `|` means something else.
pub fn union_or(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) || matches!((a, b), (Value::None, Value::None)) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let items = union_args(v).unwrap_or_else(|| vec![v.clone()]);
        for item in items {
            let item = match item {
                Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
                other => other,
            };
            if !contains(&members, &item)? {
                members.push(item);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    let u = new_instance(&union_type_class());
    if let Value::Instance(i) = &u {
        i.dict.borrow_mut().set_str("__args__", Value::tuple(members));
    }
    Ok(Some(u))
}

fn or_value(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(union_or(a, b)?.unwrap_or(Value::NotImplemented))
}

/// Whether `isinstance`/`issubclass` accept `info` as (part of) their second argument
/// beyond classes and tuples: a union, or a generic alias (refused when reached, see
/// [`refuse_alias`]).
pub fn is_class_info(info: &Value) -> bool {
    is_generic_alias(info) || union_args(info).is_some()
}

/// CPython checks the members in order and refuses a parameterized generic only when it gets
/// to it (`isinstance(1, int | list[int])` is True).
pub fn refuse_alias(info: &Value, func: &str) -> PyResult<()> {
    if is_generic_alias(info) {
        return Err(PyErr::type_error(format!("{}() argument 2 cannot be a parameterized generic", func)));
    }
    Ok(())
}
