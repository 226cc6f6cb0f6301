//! Comparisons: `==`, `<` and friends (with `__eq__`/`__lt__`… and their reflections),
//! `is`, `in`, and the ordering `sorted`, `min` and `max` use. Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::int::{float_cmp_int, int_cmp_float, Int};
use crate::value::{class, Value};
use std::cmp::Ordering;
use std::rc::Rc;

mod sort;
pub use self::sort::{sort_by_keys, sort_values};

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
        }
    }

    fn dunder(self) -> &'static str {
        match self {
            Op::Lt => "__lt__",
            Op::Le => "__le__",
            Op::Gt => "__gt__",
            Op::Ge => "__ge__",
        }
    }

    /// The reflected operation: `a < b` is `b > a`.
    fn swapped(self) -> Op {
        match self {
            Op::Lt => Op::Gt,
            Op::Le => Op::Ge,
            Op::Gt => Op::Lt,
            Op::Ge => Op::Le,
        }
    }

    fn holds(self, o: Ordering) -> bool {
        match self {
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
        }
    }
}

/// An `int` or `float` operand (bools are ints).
pub(crate) enum Num<'a> {
    I(std::borrow::Cow<'a, Int>),
    F(f64),
}

pub(crate) fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::I(std::borrow::Cow::Owned(Int::from(*b)))),
        Value::Int(i) => Some(Num::I(std::borrow::Cow::Borrowed(i))),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// `None` when unordered (NaN).
fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.as_ref().cmp(y.as_ref())),
        (Num::I(x), Num::F(y)) => int_cmp_float(x, *y),
        (Num::F(x), Num::I(y)) => float_cmp_int(*x, y),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
    }
}

fn is_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

/// Calls dunder `name` of an instance with `other` (see `ops::try_dunder`).
fn try_dunder(v: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
    crate::value::ops::try_either(v, name, vec![other.clone()])
}

use crate::value::ops::reflected_first;

#[inline]
pub fn eq(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => return Ok(Value::Bool(x == y)),
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(x == y)),
        (Value::Str(x), Value::Str(y)) => return Ok(Value::Bool(x.as_str() == y.as_str())),
        _ => {}
    }
    eq_slow(a, b)
}

fn eq_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if is_instance(a) || is_instance(b) {
        let (first, second) = if reflected_first(a, b) { (b, a) } else { (a, b) };
        if let Some(r) = try_dunder(first, "__eq__", second)? {
            return Ok(r);
        }
        if let Some(r) = try_dunder(second, "__eq__", first)? {
            return Ok(r);
        }
        return Ok(Value::Bool(is(a, b)));
    }
    Ok(Value::Bool(builtin_eq(a, b)?))
}

#[inline]
pub fn ne(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => return Ok(Value::Bool(x != y)),
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(x != y)),
        (Value::Str(x), Value::Str(y)) => return Ok(Value::Bool(x.as_str() != y.as_str())),
        _ => {}
    }
    ne_slow(a, b)
}

fn ne_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if is_instance(a) || is_instance(b) {
        let (first, second) = if reflected_first(a, b) { (b, a) } else { (a, b) };
        for (x, y) in [(first, second), (second, first)] {
            if let Some(r) = try_dunder(x, "__ne__", y)? {
                return Ok(r);
            }
            // object.__ne__ inverts __eq__ unless that gives NotImplemented.
            if !class::has_dunder(x, "__ne__") {
                if let Some(r) = try_dunder(x, "__eq__", y)? {
                    return Ok(Value::Bool(!crate::value::ops::truthy(&r)?));
                }
            }
        }
        return Ok(Value::Bool(!is(a, b)));
    }
    Ok(Value::Bool(!builtin_eq(a, b)?))
}

#[inline]
pub fn lt(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => Ok(Value::Bool(x < y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x < y)),
        _ => order(a, b, Op::Lt),
    }
}

#[inline]
pub fn le(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => Ok(Value::Bool(x <= y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x <= y)),
        _ => order(a, b, Op::Le),
    }
}

#[inline]
pub fn gt(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => Ok(Value::Bool(x > y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x > y)),
        _ => order(a, b, Op::Gt),
    }
}

#[inline]
pub fn ge(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => Ok(Value::Bool(x >= y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x >= y)),
        _ => order(a, b, Op::Ge),
    }
}

#[inline(never)]
fn order(a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    if let (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) = (a, b) {
        return Ok(Value::Bool(op.holds(x.cmp(y))));
    }
    if is_instance(a) || is_instance(b) {
        let reflect_first = reflected_first(a, b);
        if reflect_first {
            if let Some(r) = try_dunder(b, op.swapped().dunder(), a)? {
                return Ok(r);
            }
        }
        if let Some(r) = try_dunder(a, op.dunder(), b)? {
            return Ok(r);
        }
        if !reflect_first {
            if let Some(r) = try_dunder(b, op.swapped().dunder(), a)? {
                return Ok(r);
            }
        }
        return Err(not_supported(a, b, op));
    }
    match builtin_order(a, b, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Err(not_supported(a, b, op)),
    }
}

fn not_supported(a: &Value, b: &Value, op: Op) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

/// Equality of values none of which is an instance.
fn builtin_eq(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Complex(re, im), other) | (other, Value::Complex(re, im)) => {
            return Ok(crate::value::complex::eq(*re, *im, other).unwrap_or(false));
        }
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(x == y),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(x == y),
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(&xs, &ys)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            if x.borrow().len() != y.borrow().len() {
                return Ok(false);
            }
            let items = x.borrow().items();
            for (k, v) in items {
                let other = y.borrow().get(&k)?;
                match other {
                    Some(w) => {
                        if !(is(&v, &w) || eq_bool(&v, &w)?) {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            Ok(true)
        }
        (Value::Set(_), _) | (Value::FrozenSet(_), _) => match (set_of(a), set_of(b)) {
            (Some(x), Some(y)) => Ok(x.len() == y.len() && x.is_subset(&y)?),
            _ => Ok(false),
        },
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (crate::value::ops::range_len(x), crate::value::ops::range_len(y));
            if lx != ly {
                return Ok(false);
            }
            if lx.is_zero() {
                return Ok(true);
            }
            if x.start != y.start {
                return Ok(false);
            }
            Ok(lx == 1 || x.step == y.step)
        }
        (Value::Slice(x), Value::Slice(y)) => seq_eq(
            &[x.lower.clone(), x.upper.clone(), x.step.clone()],
            &[y.lower.clone(), y.upper.clone(), y.step.clone()],
        ),
        _ => Ok(is(a, b)),
    }
}

/// A snapshot of a set or frozenset operand.
pub(crate) fn set_of(v: &Value) -> Option<crate::value::SetObj> {
    match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

fn seq_eq(xs: &[Value], ys: &[Value]) -> PyResult<bool> {
    if xs.len() != ys.len() {
        return Ok(false);
    }
    for (x, y) in xs.iter().zip(ys.iter()) {
        if !(is(x, y) || eq_bool(x, y)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Lexicographic comparison as CPython's `list_richcompare`: the first differing item decides.
fn seq_order(xs: &[Value], ys: &[Value], op: Op) -> PyResult<bool> {
    for (x, y) in xs.iter().zip(ys.iter()) {
        if !(is(x, y) || eq_bool(x, y)?) {
            let r = order(x, y, op)?;
            return crate::value::ops::truthy(&r);
        }
    }
    Ok(op.holds(xs.len().cmp(&ys.len())))
}

/// `Some(result)`, or `None` when the types do not support the ordering.
fn builtin_order(a: &Value, b: &Value, op: Op) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(Some(match num_cmp(&x, &y) {
            Some(o) => op.holds(o),
            None => false,
        }));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Some(op.holds(x.cmp(y)))),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(op.holds(x.cmp(y)))),
        (Value::List(x), Value::List(y)) => {
            let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
            seq_order(&xs, &ys, op).map(Some)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(x, y, op).map(Some),
        (Value::Set(_), _) | (Value::FrozenSet(_), _) => match (set_of(a), set_of(b)) {
            (Some(x), Some(y)) => Ok(Some(match op {
                Op::Le => x.is_subset(&y)?,
                Op::Lt => x.len() < y.len() && x.is_subset(&y)?,
                Op::Ge => y.is_subset(&x)?,
                Op::Gt => y.len() < x.len() && y.is_subset(&x)?,
            })),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `a == b` as a Rust bool (containers, `in`, `list.index`, dict keys).
pub fn eq_bool(a: &Value, b: &Value) -> PyResult<bool> {
    if !is_instance(a) && !is_instance(b) {
        return builtin_eq(a, b);
    }
    let r = eq(a, b)?;
    crate::value::ops::truthy(&r)
}

/// `a < b` as a Rust bool (`sorted`, `min`, `max`).
pub fn lt_bool(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(Ordering::Less));
    }
    let r = lt(a, b)?;
    crate::value::ops::truthy(&r)
}

/// `a is b`: identity for shared objects, value for `None`, bools and other immutables.
pub fn is(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::NotImplemented, Value::NotImplemented) => true,
        (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        // Small ints are cached in CPython; larger equal ints are usually distinct objects
        // but programs comparing them with `is` are rare and CPython warns about it.
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Complex(a, b), Value::Complex(c, d)) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => Rc::ptr_eq(x, y),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => Rc::ptr_eq(x, y),
        (Value::Range(x), Value::Range(y)) => Rc::ptr_eq(x, y),
        (Value::Slice(x), Value::Slice(y)) => Rc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => Rc::ptr_eq(x, y),
        (Value::BoundMethod(x), Value::BoundMethod(y)) => Rc::ptr_eq(x, y),
        (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        (Value::Module(x), Value::Module(y)) => Rc::ptr_eq(x, y),
        (Value::Iter(x), Value::Iter(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `item in container` (`__contains__`, then iteration).
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(sub)),
            Value::Instance(i) if matches!(i.base, Some(Value::Str(_))) => contains(container, i.base.as_ref().expect("checked")),
            _ => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::List(l) => {
            let mut i = 0;
            loop {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => return Ok(false),
                };
                if is(&x, item) || eq_bool(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if is(x, item) || eq_bool(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => d.borrow().contains_key(item),
        Value::Set(s) => set_contains(&s.borrow(), item),
        Value::FrozenSet(s) => set_contains(s, item),
        Value::Range(r) => range_contains(r, item),
        Value::Bytes(b) => match item {
            Value::Int(_) | Value::Bool(_) => {
                let v = crate::value::ops::index_of(item)?;
                match v.to_i64() {
                    Some(x) if (0..256).contains(&x) => Ok(b.contains(&(x as u8))),
                    _ => Err(PyErr::value_error("byte must be in range(0, 256)")),
                }
            }
            Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
            _ => Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                item.type_name()
            ))),
        },
        Value::Instance(_) if class::has_dunder(container, "__contains__") => {
            let r = class::call_dunder(container, "__contains__", vec![item.clone()])?.unwrap_or(Value::FALSE);
            crate::value::ops::truthy(&r)
        }
        Value::Instance(_) | Value::Iter(_) | Value::Class(_) => {
            if let Value::Instance(_) = container {
                if !class::has_dunder(container, "__iter__") && !class::has_dunder(container, "__getitem__") {
                    return Err(not_iterable(container));
                }
            }
            for x in crate::value::iterate::iterate(container)? {
                let x = x?;
                if is(&x, item) || eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(not_iterable(container)),
    }
}

fn not_iterable(container: &Value) -> PyErr {
    PyErr::type_error(format!("argument of type '{}' is not iterable", container.type_name()))
}

/// Set membership; an unhashable set item is looked up as a frozenset, as CPython does.
fn set_contains(s: &crate::value::SetObj, item: &Value) -> PyResult<bool> {
    match item {
        Value::Set(inner) => {
            let frozen = Value::FrozenSet(Rc::new(inner.borrow().clone()));
            s.contains(&frozen)
        }
        _ => s.contains(item),
    }
}

fn range_contains(r: &crate::value::RangeObj, item: &Value) -> PyResult<bool> {
    let i = match item {
        Value::Int(i) => i.clone(),
        Value::Bool(b) => Int::from(*b),
        _ => {
            for x in crate::value::iterate::iterate(&Value::Range(Rc::new(r.clone())))? {
                if eq_bool(&x?, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    let in_bounds = if r.step.is_negative() { i <= r.start && i > r.stop } else { i >= r.start && i < r.stop };
    if !in_bounds {
        return Ok(false);
    }
    Ok(i.sub(&r.start).modulo(&r.step)?.is_zero())
}

/// Three-way comparison by `<` then `==`, for callers that need an `Ordering`.
pub fn compare(a: &Value, b: &Value) -> PyResult<Ordering> {
    if lt_bool(a, b)? {
        Ok(Ordering::Less)
    } else if eq_bool(a, b)? {
        Ok(Ordering::Equal)
    } else {
        Ok(Ordering::Greater)
    }
}
