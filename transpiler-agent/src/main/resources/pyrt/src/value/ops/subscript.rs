//! Subscripts: `a[i]`, `a[i:j:k]`, `a[k] = v`, `del a[k]` for the built-in sequences and
//! mappings (CPython's index and slice adjustment and messages) and instances
//! (`__getitem__`/`__setitem__`/`__delitem__`). Owner: runtime-core.

use super::{index_of, range_len};
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{class, RangeObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An index into a sequence of `kind` (`list`, `tuple`, …), or CPython's TypeError.
fn seq_index(key: &Value, message: &str) -> PyResult<Int> {
    match key {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        Value::Instance(_) if class::has_dunder(key, "__index__") => index_of(key),
        _ => Err(PyErr::type_error(message.replace("{}", &key.type_name()))),
    }
}

fn slice_bound(v: &Value) -> PyResult<Option<Int>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(i.clone())),
        Value::Bool(b) => Ok(Some(Int::from(*b))),
        Value::Instance(_) if class::has_dunder(v, "__index__") => index_of(v).map(Some),
        _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// The positions `s` selects in a sequence of `len` items.
pub fn slice_positions(len: usize, s: &crate::value::SliceObj) -> PyResult<Vec<usize>> {
    let (lo, hi, st) = (slice_bound(&s.lower)?, slice_bound(&s.upper)?, slice_bound(&s.step)?);
    crate::slice::positions(len, lo.as_ref(), hi.as_ref(), st.as_ref())
}

fn clamp(x: &Int) -> i64 {
    match x.to_i64() {
        Some(v) => v.max(-i64::MAX),
        None if x.is_negative() => -i64::MAX,
        None => i64::MAX,
    }
}

/// `slice.indices(len)`: CPython's `PySlice_GetIndicesEx` (start, stop, step), clamped.
pub fn slice_indices(len: i64, s: &crate::value::SliceObj) -> PyResult<(i64, i64, i64)> {
    let (lo, hi, st) = (slice_bound(&s.lower)?, slice_bound(&s.upper)?, slice_bound(&s.step)?);
    let step = st.as_ref().map_or(1, clamp);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let adjust = |b: &Option<Int>, default: i64| -> i64 {
        let mut x = match b {
            None => return default,
            Some(v) => clamp(v),
        };
        if x < 0 {
            x += len;
            if x < 0 {
                x = if step < 0 { -1 } else { 0 };
            }
        } else if x >= len {
            x = if step < 0 { len - 1 } else { len };
        }
        x
    };
    if step > 0 {
        Ok((adjust(&lo, 0), adjust(&hi, len), step))
    } else {
        Ok((adjust(&lo, len - 1), adjust(&hi, -1), step))
    }
}

fn pick<T: Clone>(items: &[T], pos: &[usize]) -> Vec<T> {
    pos.iter().map(|i| items[*i].clone()).collect()
}

/// `a[key]`; `key` may be a `Value::Slice` (`a[1:2]`) or a tuple.
#[inline]
pub fn getitem(a: &Value, key: &Value) -> PyResult<Value> {
    match (a, key) {
        (Value::List(l), Value::Int(Int::Small(i))) => {
            let items = l.borrow();
            if let Some(idx) = fast_index(*i, items.len()) {
                return Ok(items[idx].clone());
            }
        }
        (Value::Tuple(t), Value::Int(Int::Small(i))) => {
            if let Some(idx) = fast_index(*i, t.len()) {
                return Ok(t[idx].clone());
            }
        }
        _ => {}
    }
    getitem_slow(a, key)
}

/// `i` as a position in a sequence of `len` items (negative counts from the end), or
/// `None` when out of range (the slow path then raises CPython's IndexError).
#[inline]
fn fast_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

fn getitem_slow(a: &Value, key: &Value) -> PyResult<Value> {
    match a {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let len = l.borrow().len();
                let pos = slice_positions(len, s)?;
                return Ok(Value::list(pick(&l.borrow(), &pos)));
            }
            let i = seq_index(key, "list indices must be integers or slices, not {}")?;
            let items = l.borrow();
            let idx = crate::list::normalize_index(&i, items.len(), "list index out of range")?;
            Ok(items[idx].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let pos = slice_positions(t.len(), s)?;
                return Ok(Value::tuple(pick(t, &pos)));
            }
            let i = seq_index(key, "tuple indices must be integers or slices, not {}")?;
            let idx = crate::list::normalize_index(&i, t.len(), "tuple index out of range")?;
            Ok(t[idx].clone())
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let text = s.as_str();
                // ASCII (as many code points as bytes) with step 1: a byte range.
                if s.char_len() == text.len() {
                    let (start, stop, step) = slice_indices(text.len() as i64, sl)?;
                    if step == 1 {
                        let (a, b) = (start as usize, stop.max(start) as usize);
                        return Ok(Value::Str(crate::str::Str::from(&text[a..b])));
                    }
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let pos = slice_positions(chars.len(), sl)?;
                return Ok(Value::Str(pos.iter().map(|i| chars[*i]).collect::<String>().into()));
            }
            let i = seq_index(key, "string indices must be integers, not '{}'")?;
            Ok(Value::Str(s.get(&i)?))
        }
        Value::Bytes(b) => {
            if let Value::Slice(s) = key {
                let pos = slice_positions(b.len(), s)?;
                return Ok(Value::Bytes(Rc::new(pick(b, &pos))));
            }
            let i = seq_index(key, "byte indices must be integers or slices, not {}")?;
            let idx = crate::list::normalize_index(&i, b.len(), "index out of range")?;
            Ok(Value::int(b[idx] as i64))
        }
        Value::Range(r) => range_getitem(r, key),
        Value::Dict(d) => {
            let found = d.borrow().get(key)?;
            match found {
                Some(v) => Ok(v),
                None => Err(key_error(key)?),
            }
        }
        Value::Instance(_) => match try_dunder_any(a, "__getitem__", vec![key.clone()])? {
            Some(v) => Ok(v),
            None => Err(PyErr::type_error(format!("'{}' object is not subscriptable", a.type_name()))),
        },
        // Enum members by name, `__class_getitem__`, generic aliases (`list[int]`).
        Value::Class(c) => class::class_getitem(c, key),
        _ => Err(PyErr::type_error(format!("'{}' object is not subscriptable", a.type_name()))),
    }
}

/// A call of an instance's method that may legitimately return `NotImplemented`.
fn try_dunder_any(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    if !class::has_dunder(v, name) {
        return Ok(None);
    }
    class::call_dunder(v, name, args)
}

/// `KeyError(key)`: its message is the key's repr.
/// `KeyError(key)`: its `args` hold the key itself, and `str(e)` is the key's repr.
pub fn key_error(key: &Value) -> PyResult<PyErr> {
    Ok(crate::value::exception::error_with_args("KeyError", vec![key.clone()]))
}

fn range_getitem(r: &RangeObj, key: &Value) -> PyResult<Value> {
    let len = range_len(r);
    if let Value::Slice(s) = key {
        let n = clamp(&len);
        let (start, stop, step) = slice_indices(n, s)?;
        let st = Int::from(step);
        return Ok(Value::Range(Rc::new(RangeObj {
            start: r.start.add(&r.step.mul(&Int::from(start))),
            stop: r.start.add(&r.step.mul(&Int::from(stop))),
            step: r.step.mul(&st),
        })));
    }
    let i = seq_index(key, "range indices must be integers or slices, not {}")?;
    let j = if i.is_negative() { i.add(&len) } else { i };
    if j.is_negative() || j >= len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(Value::Int(r.start.add(&r.step.mul(&j))))
}

/// `a[key] = value` (slices assign too).
#[inline]
pub fn setitem(a: &Value, key: Value, value: Value) -> PyResult<()> {
    if let (Value::List(l), Value::Int(Int::Small(i))) = (a, &key) {
        let mut items = l.borrow_mut();
        if let Some(idx) = fast_index(*i, items.len()) {
            let old = std::mem::replace(&mut items[idx], value);
            drop(items);
            drop(old);
            return Ok(());
        }
    }
    setitem_slow(a, key, value)
}

fn setitem_slow(a: &Value, key: Value, value: Value) -> PyResult<()> {
    match a {
        Value::List(l) => {
            if let Value::Slice(s) = &key {
                return assign_slice(l, s, &value);
            }
            let i = seq_index(&key, "list indices must be integers or slices, not {}")?;
            let mut items = l.borrow_mut();
            let idx = crate::list::normalize_index(&i, items.len(), "list assignment index out of range")?;
            items[idx] = value;
            Ok(())
        }
        Value::Dict(d) => {
            let h = crate::value::hash::hash_value(&key)?;
            d.borrow_mut().insert_hashed(key, h, value)
        }
        Value::Instance(_) if class::has_dunder(a, "__setitem__") => {
            class::call_dunder(a, "__setitem__", vec![key, value])?;
            Ok(())
        }
        _ => Err(PyErr::type_error(format!("'{}' object does not support item assignment", a.type_name()))),
    }
}

fn assign_slice(l: &Rc<RefCell<Vec<Value>>>, s: &crate::value::SliceObj, value: &Value) -> PyResult<()> {
    let len = l.borrow().len();
    let (start, stop, step) = slice_indices(len as i64, s)?;
    let items = match crate::value::iterate::collect(value) {
        Ok(items) => items,
        Err(e) if e.type_name == "TypeError" && e.message.ends_with("is not iterable") => {
            let msg = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
            return Err(PyErr::type_error(msg));
        }
        Err(e) => return Err(e),
    };
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        l.borrow_mut().splice(start..stop, items);
        return Ok(());
    }
    let pos = slice_positions(len, s)?;
    if pos.len() != items.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            pos.len()
        )));
    }
    let mut target = l.borrow_mut();
    for (p, v) in pos.into_iter().zip(items) {
        target[p] = v;
    }
    Ok(())
}

/// `del a[key]`.
pub fn delitem(a: &Value, key: &Value) -> PyResult<()> {
    match a {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let len = l.borrow().len();
                let mut pos = slice_positions(len, s)?;
                pos.sort_unstable();
                let mut items = l.borrow_mut();
                for p in pos.into_iter().rev() {
                    items.remove(p);
                }
                return Ok(());
            }
            let i = seq_index(key, "list indices must be integers or slices, not {}")?;
            let mut items = l.borrow_mut();
            let idx = crate::list::normalize_index(&i, items.len(), "list assignment index out of range")?;
            items.remove(idx);
            Ok(())
        }
        Value::Dict(d) => {
            let removed = d.borrow_mut().remove(key)?;
            match removed {
                Some(_) => Ok(()),
                None => Err(key_error(key)?),
            }
        }
        Value::Instance(_) if class::has_dunder(a, "__delitem__") => {
            class::call_dunder(a, "__delitem__", vec![key.clone()])?;
            Ok(())
        }
        _ => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", a.type_name()))),
    }
}
