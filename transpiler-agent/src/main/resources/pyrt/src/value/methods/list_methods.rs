//! `list` methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy,
//! clear. Python code that runs inside (`__eq__`, key functions) never runs while the list
//! is borrowed: comparisons work on snapshots.

use super::str_search::bounds;
use crate::exc::{PyErr, PyResult};
use crate::value::builtins::{args, sort_options, sort_with_key};
use crate::value::{compare, iterate, text, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] =
    &["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"];

type List = Rc<RefCell<Vec<Value>>>;

pub fn call(l: &List, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if name == "sort" {
        return Some(sort(l, a, kwargs));
    }
    if !NAMES.contains(&name) {
        return None;
    }
    if let Err(e) = args::no_kwargs(&format!("list.{}", name), &kwargs) {
        return Some(Err(e));
    }
    Some(positional(l, name, a))
}

fn exactly_one<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("list.{}() takes exactly one argument ({} given)", name, a.len())));
    }
    Ok(&a[0])
}

fn none(name: &str, a: &[Value]) -> PyResult<()> {
    if !a.is_empty() {
        return Err(PyErr::type_error(format!("list.{}() takes no arguments ({} given)", name, a.len())));
    }
    Ok(())
}

fn positional(l: &List, name: &str, a: Vec<Value>) -> PyResult<Value> {
    match name {
        "append" => {
            let x = exactly_one(name, &a)?.clone();
            l.borrow_mut().push(x);
        }
        "extend" => {
            let items = iterate::collect(exactly_one(name, &a)?)?;
            l.borrow_mut().extend(items);
        }
        "insert" => {
            args::count("insert", a.len(), 2, 2)?;
            let i = args::index_i64(&a[0])?;
            let mut v = l.borrow_mut();
            let n = v.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(at as usize, a[1].clone());
        }
        "pop" => return pop(l, &a),
        "remove" => {
            let x = exactly_one(name, &a)?;
            match position(l, x, 0, i64::MAX)? {
                Some(i) => {
                    let mut v = l.borrow_mut();
                    if i < v.len() {
                        v.remove(i);
                    }
                }
                None => return Err(PyErr::value_error("list.remove(x): x not in list")),
            }
        }
        "index" => {
            args::count("index", a.len(), 1, 3)?;
            let len = l.borrow().len();
            let (st, en) = bounds(len, a.get(1), a.get(2))?;
            return match position(l, &a[0], st, en)? {
                Some(i) => Ok(Value::int(i as i64)),
                None => Err(PyErr::value_error(format!("{} is not in list", text::repr_of(&a[0])?))),
            };
        }
        "count" => {
            let x = exactly_one(name, &a)?;
            let snapshot = l.borrow().clone();
            let mut n = 0;
            for item in &snapshot {
                if compare::is(item, x) || compare::eq_bool(item, x)? {
                    n += 1;
                }
            }
            return Ok(Value::int(n));
        }
        "reverse" => {
            none(name, &a)?;
            l.borrow_mut().reverse();
        }
        "copy" => {
            none(name, &a)?;
            return Ok(Value::list(l.borrow().clone()));
        }
        "clear" => {
            none(name, &a)?;
            l.borrow_mut().clear();
        }
        _ => unreachable!("checked against NAMES"),
    }
    Ok(Value::None)
}

/// The first position in `start..end` holding an item equal to `x`.
fn position(l: &List, x: &Value, start: i64, end: i64) -> PyResult<Option<usize>> {
    let snapshot = l.borrow().clone();
    let end = end.min(snapshot.len() as i64);
    let mut i = start.max(0);
    while i < end {
        let item = &snapshot[i as usize];
        if compare::is(item, x) || compare::eq_bool(item, x)? {
            return Ok(Some(i as usize));
        }
        i += 1;
    }
    Ok(None)
}

fn pop(l: &List, a: &[Value]) -> PyResult<Value> {
    args::count("pop", a.len(), 0, 1)?;
    let mut v = l.borrow_mut();
    if v.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = v.len() as i64;
    let i = match a.first() {
        None => n - 1,
        Some(x) => args::index_i64(x)?,
    };
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(v.remove(at as usize))
}

fn sort(l: &List, a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(kwargs)?;
    // As in CPython, the list is empty while it is sorted (key functions and comparisons
    // see `[]`), and changing it meanwhile is an error.
    let original = std::mem::take(&mut *l.borrow_mut());
    let mut items = original.clone();
    let sorted = sort_with_key(&mut items, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = if sorted.is_ok() { items } else { original };
    sorted?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}
