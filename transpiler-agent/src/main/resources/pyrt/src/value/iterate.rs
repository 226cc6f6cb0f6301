//! The iteration protocol: `for` loops, unpacking, `iter()`/`next()`. Iterating a list
//! reads it by position each step (appending while iterating is seen, as in CPython);
//! changing a dict's size while iterating raises `RuntimeError`. Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{class, IterObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A Rust iterator over a Python iterable, as `for` loops consume it:
/// `for x in iterate(&xs)? { let x = x?; … }`. Lists and ranges of machine integers are
/// walked without a boxed iterator (the common loops); everything else goes through one.
pub struct PyIter {
    inner: IterKind,
}

enum IterKind {
    /// A list read by position each step, so appends during the loop are seen.
    List(Rc<RefCell<Vec<Value>>>, usize),
    /// `range` within `i64`: the next value, the stop, the step (never 0).
    Range(i64, i64, i64),
    Done,
    Boxed(Items),
}

impl PyIter {
    pub fn new(inner: Box<dyn Iterator<Item = PyResult<Value>>>) -> PyIter {
        PyIter { inner: IterKind::Boxed(inner) }
    }
}

impl Iterator for PyIter {
    type Item = PyResult<Value>;

    #[inline]
    fn next(&mut self) -> Option<PyResult<Value>> {
        match &mut self.inner {
            IterKind::Range(i, stop, step) => {
                let x = *i;
                if (*step > 0 && x >= *stop) || (*step < 0 && x <= *stop) {
                    return None;
                }
                match x.checked_add(*step) {
                    Some(n) => *i = n,
                    None => self.inner = IterKind::Done,
                }
                Some(Ok(Value::Int(Int::Small(x))))
            }
            IterKind::List(l, i) => {
                let x = l.borrow().get(*i).cloned();
                match x {
                    Some(v) => {
                        *i += 1;
                        Some(Ok(v))
                    }
                    None => {
                        self.inner = IterKind::Done;
                        None
                    }
                }
            }
            IterKind::Done => None,
            IterKind::Boxed(b) => b.next(),
        }
    }
}

type Items = Box<dyn Iterator<Item = PyResult<Value>>>;

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", v.type_name()))
}

/// Whether `e` is a `StopIteration` (which ends iteration rather than propagating).
pub fn is_stop_iteration(e: &PyErr) -> bool {
    e.type_name == "StopIteration" || e.is_instance("StopIteration")
}

/// Items that end for good after the first error (CPython iterators raise once).
fn fused(mut f: impl FnMut() -> Option<PyResult<Value>> + 'static) -> Items {
    let mut done = false;
    Box::new(std::iter::from_fn(move || {
        if done {
            return None;
        }
        let r = f();
        if !matches!(r, Some(Ok(_))) {
            done = true;
        }
        r
    }))
}

/// `iter(v)` for a `for` loop: `TypeError: 'int' object is not iterable`.
pub fn iterate(v: &Value) -> PyResult<PyIter> {
    match v {
        Value::List(l) => return Ok(PyIter { inner: IterKind::List(l.clone(), 0) }),
        Value::Range(r) => {
            if let (Some(a), Some(b), Some(s)) = (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64()) {
                return Ok(PyIter { inner: IterKind::Range(a, b, s) });
            }
        }
        _ => {}
    }
    Ok(PyIter::new(items_of(v)?))
}

fn items_of(v: &Value) -> PyResult<Items> {
    Ok(match v {
        Value::List(l) => {
            let l = l.clone();
            let mut i = 0;
            fused(move || {
                let x = l.borrow().get(i).cloned();
                i += 1;
                x.map(Ok)
            })
        }
        Value::Tuple(t) => {
            let t = t.clone();
            let mut i = 0;
            fused(move || {
                let x = t.get(i).cloned();
                i += 1;
                x.map(Ok)
            })
        }
        Value::Str(s) => Box::new(s.chars().map(|c| Ok(Value::Str(c)))),
        Value::Bytes(b) => {
            let b = b.clone();
            let mut i = 0;
            fused(move || {
                let x = b.get(i).map(|c| Ok(Value::int(*c as i64)));
                i += 1;
                x
            })
        }
        Value::Dict(d) => dict_iter(d.clone(), |k, _| k),
        Value::Set(s) => {
            let s = s.clone();
            let items = s.borrow().items();
            let size = items.len();
            let mut it = items.into_iter();
            fused(move || {
                if s.borrow().len() != size {
                    return Some(Err(PyErr::new("RuntimeError", "Set changed size during iteration")));
                }
                it.next().map(Ok)
            })
        }
        Value::FrozenSet(s) => Box::new(s.items().into_iter().map(Ok)),
        Value::Range(r) => range_iter(&r.start, &r.stop, &r.step),
        Value::Iter(it) if it.try_borrow().map_or(false, |o| o.name == "coroutine") => {
            return Err(PyErr::type_error("'coroutine' object is not iterable"));
        }
        Value::Iter(it) => shared_iter(it.clone()),
        Value::Instance(_) => instance_iter(v)?,
        Value::Class(c) => match class::class_members(c) {
            Some(items) => Box::new(items.into_iter().map(Ok)),
            None => return Err(not_iterable(v)),
        },
        _ => return Err(not_iterable(v)),
    })
}

/// Walks a dict live, by entry position, raising CPython's `RuntimeError` when its size
/// changes; `pick` chooses what each step yields (key, value or item).
pub fn dict_iter(
    d: Rc<RefCell<crate::value::DictObj>>,
    pick: impl Fn(Value, Value) -> Value + 'static,
) -> Box<dyn Iterator<Item = PyResult<Value>>> {
    let size = d.borrow().len();
    let mut remaining = size;
    let mut pos = 0;
    fused(move || {
        let dict = d.borrow();
        if dict.len() != size {
            return Some(Err(PyErr::new("RuntimeError", "dictionary changed size during iteration")));
        }
        let (next, k, v) = dict.next_entry(pos)?;
        if remaining == 0 {
            return Some(Err(PyErr::new("RuntimeError", "dictionary keys changed during iteration")));
        }
        remaining -= 1;
        pos = next;
        Some(Ok(pick(k, v)))
    })
}

fn range_iter(start: &Int, stop: &Int, step: &Int) -> Items {
    if let (Some(a), Some(b), Some(s)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        let mut i = a;
        let mut done = false;
        return Box::new(std::iter::from_fn(move || {
            if done || (s > 0 && i >= b) || (s < 0 && i <= b) {
                return None;
            }
            let x = i;
            match i.checked_add(s) {
                Some(n) => i = n,
                None => done = true,
            }
            Some(Ok(Value::int(x)))
        }));
    }
    let (mut i, stop, step) = (start.clone(), stop.clone(), step.clone());
    Box::new(std::iter::from_fn(move || {
        let more = if step.is_negative() { i > stop } else { i < stop };
        if !more {
            return None;
        }
        let x = i.clone();
        i = i.add(&step);
        Some(Ok(Value::Int(x)))
    }))
}

fn shared_iter(it: Rc<RefCell<IterObj>>) -> Items {
    // A loop ends on StopIteration from its iterator (a generator's `return value`),
    // where `next()` lets it through with its value.
    Box::new(std::iter::from_fn(move || match step(&it) {
        Some(Err(e)) if is_stop_iteration(&e) => None,
        other => other,
    }))
}

/// Calls `__next__` until `StopIteration`.
fn next_loop(it: Value) -> Items {
    fused(move || match class::call_dunder(&it, "__next__", vec![]) {
        Ok(Some(v)) => Some(Ok(v)),
        Ok(None) => None,
        Err(e) if is_stop_iteration(&e) => None,
        Err(e) => Some(Err(e)),
    })
}

fn instance_iter(v: &Value) -> PyResult<Items> {
    if class::has_dunder(v, "__iter__") {
        let it = class::call_dunder(v, "__iter__", vec![])?.unwrap_or(Value::None);
        return match &it {
            Value::Iter(shared) => Ok(shared_iter(shared.clone())),
            Value::Instance(_) if class::has_dunder(&it, "__next__") => Ok(next_loop(it)),
            _ => Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", it.type_name()))),
        };
    }
    if class::has_dunder(v, "__getitem__") {
        let v = v.clone();
        let mut i: i64 = 0;
        return Ok(fused(move || {
            let r = class::call_dunder(&v, "__getitem__", vec![Value::int(i)]);
            i += 1;
            match r {
                Ok(Some(x)) => Some(Ok(x)),
                Ok(None) => None,
                Err(e) if is_stop_iteration(&e) || e.is_instance("IndexError") => None,
                Err(e) => Some(Err(e)),
            }
        }));
    }
    Err(not_iterable(v))
}

/// `type(iter(v)).__name__`.
fn iter_name(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(s) if s.as_str().is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::Bytes(_) => "bytes_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
        Value::Range(r) => {
            if r.start.to_i64().is_some() && r.stop.to_i64().is_some() && r.step.to_i64().is_some() {
                "range_iterator"
            } else {
                "longrange_iterator"
            }
        }
        Value::Class(_) => "generator",
        _ => "iterator",
    }
}

/// `iter(v)` as a value (`Value::Iter`; an iterator returns itself).
pub fn iter_value(v: &Value) -> PyResult<Value> {
    match v {
        // A coroutine has `send` like a generator but is not iterable (only `await` steps it).
        Value::Iter(it) if it.try_borrow().map_or(false, |o| o.name == "coroutine") => {
            Err(PyErr::type_error("'coroutine' object is not iterable"))
        }
        Value::Iter(_) => Ok(v.clone()),
        Value::Instance(_) if class::has_dunder(v, "__iter__") => {
            let it = class::call_dunder(v, "__iter__", vec![])?.unwrap_or(Value::None);
            match &it {
                Value::Iter(_) => Ok(it),
                Value::Instance(_) if class::has_dunder(&it, "__next__") => Ok(it),
                _ => Err(PyErr::type_error(format!("iter() returned non-iterator of type '{}'", it.type_name()))),
            }
        }
        _ => Ok(iter_from(iter_name(v), items_of(v)?)),
    }
}

/// One step of an iterator object. A generator runs without the object borrowed, so that its
/// body can reach it (`gen.send` inside it is `ValueError: generator already executing`).
fn step(shared: &Rc<RefCell<IterObj>>) -> Option<PyResult<Value>> {
    let gen = match shared.try_borrow() {
        Ok(o) => o.gen.clone(),
        Err(_) => return Some(Err(PyErr::value_error("generator already executing"))),
    };
    if let Some(g) = gen {
        return g.next_item();
    }
    match shared.try_borrow_mut() {
        Ok(mut o) => o.next.next(),
        Err(_) => Some(Err(PyErr::value_error("generator already executing"))),
    }
}

/// `next(it)` (`StopIteration` when exhausted) or `next(it, default)`.
pub fn next_or(it: &Value, default: Option<Value>) -> PyResult<Value> {
    let r = match it {
        Value::Iter(shared) => {
            match step(shared) {
                Some(r) => r,
                None => Err(PyErr::new("StopIteration", "")),
            }
        }
        Value::Instance(_) if class::has_dunder(it, "__next__") => {
            class::call_dunder(it, "__next__", vec![]).map(|v| v.unwrap_or(Value::None))
        }
        _ => {
            return Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name())));
        }
    };
    match (r, default) {
        (Err(e), Some(d)) if is_stop_iteration(&e) => Ok(d),
        (r, _) => r,
    }
}

/// All items of an iterable (`list(v)`, star-arguments).
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => iterate(v)?.collect(),
    }
}

fn cannot_unpack(v: &Value, e: PyErr) -> PyErr {
    if e.type_name == "TypeError" && e.message == format!("'{}' object is not iterable", v.type_name()) {
        return PyErr::type_error(format!("cannot unpack non-iterable {} object", v.type_name()));
    }
    e
}

fn too_many(n: usize) -> PyErr {
    PyErr::value_error(format!("too many values to unpack (expected {})", n))
}

fn not_enough(n: usize, got: usize) -> PyErr {
    PyErr::value_error(format!("not enough values to unpack (expected {}, got {})", n, got))
}

/// `a, b = v`: exactly `n` items, or `ValueError: too many values to unpack (expected 2)` /
/// `not enough values to unpack (expected 3, got 2)`.
pub fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let fixed = match v {
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) => Some(t.to_vec()),
        _ => None,
    };
    if let Some(items) = fixed {
        return match items.len() {
            k if k == n => Ok(items),
            k if k > n => Err(too_many(n)),
            k => Err(not_enough(n, k)),
        };
    }
    let mut it = iterate(v).map_err(|e| cannot_unpack(v, e))?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match it.next() {
            Some(x) => out.push(x?),
            None => return Err(not_enough(n, out.len())),
        }
    }
    match it.next() {
        None => Ok(out),
        Some(Err(e)) => Err(e),
        Some(Ok(_)) => Err(too_many(n)),
    }
}

/// `a, *rest, z = v`: `before` items, a list of the middle, then `after` items.
pub fn unpack_star(v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let mut items = match v {
        Value::List(_) | Value::Tuple(_) => collect(v)?,
        _ => iterate(v).map_err(|e| cannot_unpack(v, e))?.collect::<PyResult<Vec<Value>>>()?,
    };
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    items.push(Value::list(middle));
    items.extend(tail);
    Ok(items)
}

/// A lazy iterator value from Rust code (generator expressions, `map`, `filter`, `zip`).
pub fn iter_from(name: &'static str, items: Box<dyn Iterator<Item = PyResult<Value>>>) -> Value {
    Value::Iter(Rc::new(RefCell::new(IterObj { name, next: items, gen: None })))
}
