//! `set` and `frozenset` methods. The algorithms follow `Objects/setobject.c` (which set
//! is iterated and which is probed), since iteration order of the result depends on the
//! order items were added.

use crate::exc::{PyErr, PyResult};
use crate::value::builtins::args;
use crate::value::{iterate, Kwargs, SetObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const SET_NAMES: &[&str] = &[
    "add", "discard", "remove", "pop", "clear", "copy", "union", "intersection", "difference",
    "symmetric_difference", "update", "intersection_update", "difference_update", "symmetric_difference_update",
    "issubset", "issuperset", "isdisjoint",
];

pub const FROZENSET_NAMES: &[&str] =
    &["copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"];

/// A set or frozenset receiver.
pub enum Receiver<'a> {
    Set(&'a Rc<RefCell<SetObj>>),
    Frozen(&'a Rc<SetObj>),
}

impl<'a> Receiver<'a> {
    fn snapshot(&self) -> SetObj {
        match self {
            Receiver::Set(s) => s.borrow().clone(),
            Receiver::Frozen(s) => (*s).as_ref().clone(),
        }
    }

    fn wrap(&self, s: SetObj) -> Value {
        match self {
            Receiver::Set(_) => Value::Set(Rc::new(RefCell::new(s))),
            Receiver::Frozen(_) => Value::FrozenSet(Rc::new(s)),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Receiver::Set(_) => "set",
            Receiver::Frozen(_) => "frozenset",
        }
    }
}

/// The items of an argument as a set (sets are used as they are).
pub fn set_of(v: &Value) -> PyResult<SetObj> {
    match v {
        Value::Set(s) => Ok(s.borrow().clone()),
        Value::FrozenSet(s) => Ok(s.as_ref().clone()),
        _ => {
            let mut out = SetObj::new();
            for item in iterate::iterate(v)? {
                out.add(item?)?;
            }
            Ok(out)
        }
    }
}

pub fn union(mut acc: SetObj, other: &Value) -> PyResult<SetObj> {
    for item in iterate::iterate(other)? {
        acc.add(item?)?;
    }
    Ok(acc)
}

/// `set_intersection`: iterates the smaller set (or the other iterable), probing the larger.
pub fn intersection(mine: &SetObj, other: &Value) -> PyResult<SetObj> {
    let mut out = SetObj::new();
    match other {
        Value::Set(_) | Value::FrozenSet(_) => {
            let theirs = set_of(other)?;
            let (small, large) = if theirs.len() > mine.len() { (mine, &theirs) } else { (&theirs, mine) };
            for item in small.items() {
                if large.contains(&item)? {
                    out.add(item)?;
                }
            }
        }
        _ => {
            for item in iterate::iterate(other)? {
                let item = item?;
                if mine.contains(&item)? {
                    out.add(item)?;
                }
            }
        }
    }
    Ok(out)
}

pub fn difference(mine: &SetObj, other: &Value) -> PyResult<SetObj> {
    let theirs = set_of(other)?;
    let mut out = SetObj::new();
    for item in mine.items() {
        if !theirs.contains(&item)? {
            out.add(item)?;
        }
    }
    Ok(out)
}

/// `set_symmetric_difference`: starts from the other's items, then toggles each of ours.
pub fn symmetric_difference(mine: &SetObj, other: &Value) -> PyResult<SetObj> {
    let mut out = set_of(other)?;
    for item in mine.items() {
        if !out.remove(&item)? {
            out.add(item)?;
        }
    }
    Ok(out)
}

pub fn is_subset(mine: &SetObj, other: &SetObj) -> PyResult<bool> {
    if mine.len() > other.len() {
        return Ok(false);
    }
    for item in mine.items() {
        if !other.contains(&item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn call(r: Receiver<'_>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    let known = match r {
        Receiver::Set(_) => SET_NAMES.contains(&name),
        Receiver::Frozen(_) => FROZENSET_NAMES.contains(&name),
    };
    if !known {
        return None;
    }
    if let Err(e) = args::no_kwargs(&format!("{}.{}", r.type_name(), name), &kwargs) {
        return Some(Err(e));
    }
    Some(dispatch(&r, name, a))
}

fn exactly_one<'a>(r: &Receiver<'_>, name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            r.type_name(),
            name,
            a.len()
        )));
    }
    Ok(&a[0])
}

fn dispatch(r: &Receiver<'_>, name: &str, a: Vec<Value>) -> PyResult<Value> {
    match name {
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            if name == "symmetric_difference" {
                exactly_one(r, name, &a)?;
            }
            let mut acc = r.snapshot();
            for other in &a {
                acc = match name {
                    "union" => union(acc, other)?,
                    "intersection" => intersection(&acc, other)?,
                    "difference" => difference(&acc, other)?,
                    _ => symmetric_difference(&acc, other)?,
                };
            }
            Ok(r.wrap(acc))
        }
        "copy" => Ok(r.wrap(r.snapshot())),
        "issubset" => Ok(Value::Bool(is_subset(&r.snapshot(), &set_of(exactly_one(r, name, &a)?)?)?)),
        "issuperset" => Ok(Value::Bool(is_subset(&set_of(exactly_one(r, name, &a)?)?, &r.snapshot())?)),
        "isdisjoint" => {
            let mine = r.snapshot();
            for item in iterate::iterate(exactly_one(r, name, &a)?)? {
                if mine.contains(&item?)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        }
        _ => match r {
            Receiver::Set(s) => mutate(s, name, a),
            Receiver::Frozen(_) => unreachable!("frozenset names are the non-mutating ones"),
        },
    }
}

fn mutate(s: &Rc<RefCell<SetObj>>, name: &str, a: Vec<Value>) -> PyResult<Value> {
    let r = Receiver::Set(s);
    match name {
        "add" => {
            let x = exactly_one(&r, name, &a)?.clone();
            s.borrow_mut().add(x)?;
        }
        "discard" => {
            let x = exactly_one(&r, name, &a)?;
            s.borrow_mut().remove(x)?;
        }
        "remove" => {
            let x = exactly_one(&r, name, &a)?;
            if !s.borrow_mut().remove(x)? {
                return Err(super::dict_methods::key_error(x));
            }
        }
        "pop" => {
            args::count("pop", a.len(), 0, 0)?;
            let item = s.borrow_mut().pop_first();
            return item.ok_or_else(|| PyErr::new("KeyError", "'pop from an empty set'"));
        }
        "clear" => {
            args::count("clear", a.len(), 0, 0)?;
            s.borrow_mut().clear();
        }
        "update" => {
            for other in &a {
                let items = iterate::collect(other)?;
                let mut set = s.borrow_mut();
                for item in items {
                    set.add(item)?;
                }
            }
        }
        _ => {
            // The `*_update` forms compute the result, then replace the contents.
            let mut acc = s.borrow().clone();
            let base = name.trim_end_matches("_update");
            if base == "symmetric_difference" {
                exactly_one(&r, name, &a)?;
            }
            for other in &a {
                acc = match base {
                    "intersection" => intersection(&acc, other)?,
                    "difference" => difference(&acc, other)?,
                    _ => symmetric_difference_update(acc, other)?,
                };
            }
            *s.borrow_mut() = acc;
        }
    }
    Ok(Value::None)
}

/// `set_symmetric_difference_update`: toggles each of the other's items in place.
fn symmetric_difference_update(mut acc: SetObj, other: &Value) -> PyResult<SetObj> {
    let theirs = set_of(other)?;
    for item in theirs.items() {
        if !acc.remove(&item)? {
            acc.add(item)?;
        }
    }
    Ok(acc)
}
