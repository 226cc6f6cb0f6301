//! The `bisect` module: `bisect_left`/`bisect_right` (`bisect`) and `insort_left`/
//! `insort_right` (`insort`), with `lo`, `hi` and `key=` as in CPython.

use super::args::{func_kw, module, no_more_kwargs, take_kw, to_i64};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::lt_bool;
use crate::value::func::{call, call_method};
use crate::value::ops::{getitem, len_of};
use crate::value::{Kwargs, Module, Value};

struct Args {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Value,
}

fn parse(name: &str, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Args> {
    let names = ["a", "x", "lo", "hi"];
    let mut slots: Vec<Option<Value>> = vec![None; 4];
    if args.len() > 4 {
        return Err(PyErr::type_error(format!("{}() takes at most 4 positional arguments ({} given)", name, args.len())));
    }
    for (i, v) in args.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(&mut kwargs, n) {
            slots[i] = Some(v);
        }
    }
    let key = take_kw(&mut kwargs, "key").unwrap_or(Value::None);
    no_more_kwargs(name, &kwargs)?;
    let a = slots[0].take().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'a' (pos 1)", name)))?;
    let x = slots[1].take().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument 'x' (pos 2)", name)))?;
    let lo = match slots[2].take() {
        Some(v) => to_i64(&v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match slots[3].take() {
        Some(Value::None) | None => len_of(&a)? as i64,
        Some(v) => to_i64(&v)?,
    };
    Ok(Args { a, x, lo: lo as usize, hi: hi.max(0) as usize, key })
}

fn item(a: &Value, i: usize, key: &Value) -> PyResult<Value> {
    let v = match a {
        Value::List(l) => l.borrow().get(i).cloned().ok_or_else(|| PyErr::index_error("list index out of range"))?,
        _ => getitem(a, &Value::int(i as i64))?,
    };
    match key {
        Value::None => Ok(v),
        k => call(k, vec![v], vec![]),
    }
}

/// `bisect_right` (or `bisect_left` when `left`) of `x` (already keyed) in `a[lo:hi]`.
pub fn search(a: &Value, x: &Value, mut lo: usize, mut hi: usize, key: &Value, left: bool) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let m = item(a, mid, key)?;
        let go_right = if left { lt_bool(&m, x)? } else { !lt_bool(x, &m)? };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_fn(name: &'static str, left: bool) -> (&'static str, Value) {
    func_kw(name, move |args, kwargs| {
        let p = parse(name, args, kwargs)?;
        Ok(Value::int(search(&p.a, &p.x, p.lo, p.hi, &p.key, left)? as i64))
    })
}

fn insort_fn(name: &'static str, left: bool) -> (&'static str, Value) {
    func_kw(name, move |args, kwargs| {
        let p = parse(name, args, kwargs)?;
        let k = match &p.key {
            Value::None => p.x.clone(),
            f => call(f, vec![p.x.clone()], vec![])?,
        };
        let at = search(&p.a, &k, p.lo, p.hi, &p.key, left)?;
        if let Value::List(l) = &p.a {
            let mut v = l.borrow_mut();
            let at = at.min(v.len());
            v.insert(at, p.x);
        } else {
            call_method(&p.a, "insert", vec![Value::int(at as i64), p.x], vec![])?;
        }
        Ok(Value::None)
    })
}

pub fn build() -> Module {
    module(
        "bisect",
        vec![
            bisect_fn("bisect_left", true),
            bisect_fn("bisect_right", false),
            bisect_fn("bisect", false),
            insort_fn("insort_left", true),
            insort_fn("insort_right", false),
            insort_fn("insort", false),
        ],
    )
}
