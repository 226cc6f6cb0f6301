//! Expressions over `auto()` in an enum class body (`RW = R | W`, `ALL = ~NONE`). CPython gives
//! each `auto()` its value as the body assigns it, so such an expression sees the values. Here
//! the members are made after the body ran, so the expression is kept as a deferred `auto`
//! (its operator and operands) and computed when `populate` reaches it, once the operands it
//! names have their values. Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::value::modules::objs::instance;
use crate::value::{ops, Class, Value};
use std::rc::Rc;

type Binary = fn(&Value, &Value) -> PyResult<Value>;

/// The operators a deferred `auto` supports: (dunder, operation, reflected).
const BINARY: [(&str, Binary, bool); 8] = [
    ("__or__", ops::bitor, false),
    ("__ror__", ops::bitor, true),
    ("__and__", ops::bitand, false),
    ("__rand__", ops::bitand, true),
    ("__xor__", ops::bitxor, false),
    ("__rxor__", ops::bitxor, true),
    ("__add__", ops::add, false),
    ("__radd__", ops::add, true),
];

/// Puts the operator dunders on the `auto` class `c`.
pub fn add_operators(c: &Rc<Class>) {
    for (dunder, _, reflected) in BINARY {
        let cls = c.clone();
        c.dict.borrow_mut().set_str(dunder, Value::runtime_method(&format!("auto.{}", dunder), move |args, _| {
            let (this, other) = match args.as_slice() {
                [a, b] => (a.clone(), b.clone()),
                _ => return Err(PyErr::type_error(format!("auto.{}() takes 1 argument", dunder))),
            };
            let (left, right) = if reflected { (other, this) } else { (this, other) };
            Ok(instance(&cls, vec![("_op", Value::str(dunder)), ("_left", left), ("_right", right)]))
        }));
    }
    let cls = c.clone();
    c.dict.borrow_mut().set_str("__invert__", Value::runtime_method("auto.__invert__", move |args, _| {
        let this = args.into_iter().next().unwrap_or(Value::None);
        Ok(instance(&cls, vec![("_op", Value::str("__invert__")), ("_left", this)]))
    }));
}

/// Whether `v` (an `auto` instance) is a deferred expression rather than a plain `auto()`.
pub fn is_deferred(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.dict.borrow().get_str("_op").is_some())
}

/// The value of the deferred expression `v`; `resolved` gives the value each `auto` object of
/// the body already received (by identity), `auto` is the `auto` class.
pub fn evaluate(v: &Value, auto: &Rc<Class>, resolved: &[(Value, Value)]) -> PyResult<Value> {
    let inst = match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, auto) => i.clone(),
        other => return Ok(other.clone()),
    };
    if inst.dict.borrow().get_str("_op").is_none() {
        return resolved
            .iter()
            .find(|(a, _)| matches!(a, Value::Instance(x) if Rc::ptr_eq(x, &inst)))
            .map(|(_, value)| value.clone())
            .ok_or_else(|| PyErr::untranslatable("an expression over an auto() value not yet assigned in the enum class body"));
    }
    let d = inst.dict.borrow();
    let op = match d.get_str("_op") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let left = evaluate(&d.get_str("_left").unwrap_or(Value::None), auto, resolved)?;
    if op == "__invert__" {
        return ops::invert(&left);
    }
    let right = evaluate(&d.get_str("_right").unwrap_or(Value::None), auto, resolved)?;
    let f = BINARY.iter().find(|(name, _, _)| *name == op).map(|(_, f, _)| *f).unwrap_or(ops::bitor);
    f(&left, &right)
}
