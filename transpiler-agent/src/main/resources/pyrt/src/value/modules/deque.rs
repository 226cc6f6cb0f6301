//! `collections.deque`: a list of slots with a moving head, so `popleft` and `appendleft`
//! are amortised O(1); `maxlen` drops items from the opposite end as CPython does.

use super::args::{arity, no_more_kwargs, take_kw, to_i64};
use super::objs::{method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::{eq_bool, is};
use crate::value::iterate::{collect, iter_from};
use crate::value::text::repr_of;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// The deque's storage: `slots[head..]` are the items.
pub struct Slots {
    pub slots: Vec<Value>,
    pub head: usize,
}

impl Slots {
    pub fn items(&self) -> &[Value] {
        &self.slots[self.head..]
    }

    pub fn len(&self) -> usize {
        self.slots.len() - self.head
    }

    pub fn push_back(&mut self, v: Value) {
        self.slots.push(v);
    }

    pub fn push_front(&mut self, v: Value) {
        if self.head == 0 {
            let room = self.len().max(8);
            let mut fresh = vec![Value::None; room];
            fresh.append(&mut self.slots);
            self.slots = fresh;
            self.head = room;
        }
        self.head -= 1;
        self.slots[self.head] = v;
    }

    pub fn pop_back(&mut self) -> Option<Value> {
        if self.len() == 0 {
            return None;
        }
        self.slots.pop()
    }

    pub fn pop_front(&mut self) -> Option<Value> {
        if self.len() == 0 {
            return None;
        }
        let v = std::mem::replace(&mut self.slots[self.head], Value::None);
        self.head += 1;
        if self.head > 32 && self.head * 2 > self.slots.len() {
            self.slots.drain(0..self.head);
            self.head = 0;
        }
        Some(v)
    }

    fn set_items(&mut self, items: Vec<Value>) {
        self.slots = items;
        self.head = 0;
    }
}

/// Runs `f` on the deque's storage: the slot list and head kept in its instance dict.
/// `f` never runs Python code, so taking the list out for its duration is safe.
fn with_slots<T>(this: &Value, f: impl FnOnce(&mut Slots) -> T) -> PyResult<T> {
    let list = super::objs::list_state(this, "__items__")?;
    let head = match state(this, "__head__")? {
        Value::Int(i) => i.to_i64().unwrap_or(0) as usize,
        _ => 0,
    };
    let mut slots = Slots { slots: std::mem::take(&mut *list.borrow_mut()), head };
    let out = f(&mut slots);
    *list.borrow_mut() = slots.slots;
    super::objs::set_state(this, "__head__", Value::int(slots.head as i64));
    Ok(out)
}

fn maxlen_of(this: &Value) -> PyResult<Option<usize>> {
    match state(this, "maxlen")? {
        Value::None => Ok(None),
        v => Ok(Some(to_i64(&v)? as usize)),
    }
}

fn push(this: &Value, v: Value, left: bool) -> PyResult<()> {
    let max = maxlen_of(this)?;
    if max == Some(0) {
        return Ok(());
    }
    with_slots(this, |d| if left {
        d.push_front(v);
        if max.map_or(false, |m| d.len() > m) {
            d.pop_back();
        }
    } else {
        d.push_back(v);
        if max.map_or(false, |m| d.len() > m) {
            d.pop_front();
        }
    })
}

fn index_of(this: &Value, idx: &Value) -> PyResult<usize> {
    let n = with_slots(this, |d| d.len())? as i64;
    let i = match idx {
        Value::Int(_) | Value::Bool(_) => to_i64(idx)?,
        v => {
            return Err(PyErr::type_error(format!(
                "sequence index must be integer, not '{}'",
                v.type_name()
            )))
        }
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

/// `deque(iterable=(), maxlen=None)`.
pub fn new_deque(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::func::call(&Value::Class(deque_class()), args, kwargs)
}

fn init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args;
    if let Some(it) = take_kw(&mut kwargs, "iterable") {
        args.insert(0, it);
    }
    if let Some(m) = take_kw(&mut kwargs, "maxlen") {
        if args.is_empty() {
            args.push(Value::tuple(vec![]));
        }
        args.push(m);
    }
    no_more_kwargs("deque", &kwargs)?;
    arity("deque", &args, 0, 2)?;
    let maxlen = match args.get(1) {
        None | Some(Value::None) => Value::None,
        Some(v) => {
            if to_i64(v)? < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            v.clone()
        }
    };
    super::objs::set_state(this, "__items__", Value::list(vec![]));
    super::objs::set_state(this, "__head__", Value::int(0));
    super::objs::set_state(this, "maxlen", maxlen);
    if let Some(it) = args.get(0) {
        for x in collect(it)? {
            push(this, x, false)?;
        }
    }
    Ok(Value::None)
}

fn snapshot(this: &Value) -> PyResult<Vec<Value>> {
    with_slots(this, |d| d.items().to_vec())
}

pub fn deque_class() -> Rc<Class> {
    runtime_class("collections", "deque", vec![], deque_methods)
}

fn deque_methods() -> Vec<(&'static str, Value)> {
    vec![
        method_kw("__init__", init),
        method("append", |this, args, _| {
            arity("append", &args, 1, 1)?;
            push(this, args[0].clone(), false).map(|_| Value::None)
        }),
        method("appendleft", |this, args, _| {
            arity("appendleft", &args, 1, 1)?;
            push(this, args[0].clone(), true).map(|_| Value::None)
        }),
        method("pop", |this, _, _| {
            let v = with_slots(this, |d| d.pop_back())?;
            v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
        }),
        method("popleft", |this, _, _| {
            let v = with_slots(this, |d| d.pop_front())?;
            v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
        }),
        method("extend", |this, args, _| {
            arity("extend", &args, 1, 1)?;
            for x in collect(&args[0])? {
                push(this, x, false)?;
            }
            Ok(Value::None)
        }),
        method("extendleft", |this, args, _| {
            arity("extendleft", &args, 1, 1)?;
            for x in collect(&args[0])? {
                push(this, x, true)?;
            }
            Ok(Value::None)
        }),
        method("rotate", |this, args, _| {
            arity("rotate", &args, 0, 1)?;
            let n = args.get(0).map(to_i64).transpose()?.unwrap_or(1);
            with_slots(this, |d| {
                let mut items = d.items().to_vec();
                let len = items.len() as i64;
                if len > 1 {
                    let k = ((n % len) + len) % len;
                    items.rotate_right(k as usize);
                }
                d.set_items(items);
            })?;
            Ok(Value::None)
        }),
        method("clear", |this, _, _| {
            with_slots(this, |d| d.set_items(Vec::new()))?;
            Ok(Value::None)
        }),
        method("reverse", |this, _, _| {
            with_slots(this, |d| {
                let mut items = d.items().to_vec();
                items.reverse();
                d.set_items(items);
            })?;
            Ok(Value::None)
        }),
        method("count", |this, args, _| {
            arity("count", &args, 1, 1)?;
            let mut n = 0;
            for x in snapshot(this)? {
                if is(&x, &args[0]) || eq_bool(&x, &args[0])? {
                    n += 1;
                }
            }
            Ok(Value::int(n))
        }),
        method("index", |this, args, _| {
            arity("index", &args, 1, 3)?;
            let items = snapshot(this)?;
            let n = items.len() as i64;
            let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
                let i = match v {
                    None => default,
                    Some(v) => to_i64(v)?,
                };
                Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
            };
            let (start, stop) = (bound(args.get(1), 0)?, bound(args.get(2), n)?);
            for (i, x) in items.iter().enumerate().take(stop).skip(start) {
                if is(x, &args[0]) || eq_bool(x, &args[0])? {
                    return Ok(Value::int(i as i64));
                }
            }
            Err(PyErr::value_error(format!("{} is not in deque", repr_of(&args[0])?)))
        }),
        method("remove", |this, args, _| {
            arity("remove", &args, 1, 1)?;
            let items = snapshot(this)?;
            for (i, x) in items.iter().enumerate() {
                if is(x, &args[0]) || eq_bool(x, &args[0])? {
                    let mut rest = items.clone();
                    rest.remove(i);
                    with_slots(this, |d| d.set_items(rest))?;
                    return Ok(Value::None);
                }
            }
            Err(PyErr::value_error(format!("{} is not in deque", repr_of(&args[0])?)))
        }),
        method("insert", |this, args, _| {
            arity("insert", &args, 2, 2)?;
            let mut items = snapshot(this)?;
            if maxlen_of(this)?.map_or(false, |m| items.len() >= m) {
                return Err(PyErr::index_error("deque already at its maximum size"));
            }
            let n = items.len() as i64;
            let i = to_i64(&args[0])?;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            items.insert(i as usize, args[1].clone());
            with_slots(this, |d| d.set_items(items))?;
            Ok(Value::None)
        }),
        method("copy", |this, _, _| {
            new_deque(vec![Value::list(snapshot(this)?), state(this, "maxlen")?], vec![])
        }),
        method("__copy__", |this, _, _| {
            new_deque(vec![Value::list(snapshot(this)?), state(this, "maxlen")?], vec![])
        }),
        method("__len__", |this, _, _| Ok(Value::int(with_slots(this, |d| d.len())? as i64))),
        method("__bool__", |this, _, _| Ok(Value::Bool(with_slots(this, |d| d.len())? > 0))),
        method("__iter__", |this, _, _| {
            let mut pos = 0usize;
            let start_len = with_slots(this, |d| d.len())?;
            let this = this.clone();
            Ok(iter_from(
                "_collections._deque_iterator",
                Box::new(std::iter::from_fn(move || {
                    let step = with_slots(&this, |d| {
                        if d.len() != start_len {
                            return Some(Err(PyErr::new("RuntimeError", "deque mutated during iteration")));
                        }
                        d.items().get(pos).cloned().map(Ok)
                    });
                    pos += 1;
                    match step {
                        Ok(s) => s,
                        Err(e) => Some(Err(e)),
                    }
                })),
            ))
        }),
        method("__reversed__", |this, _, _| {
            let mut items = snapshot(this)?;
            items.reverse();
            Ok(iter_from("_collections._deque_reverse_iterator", Box::new(items.into_iter().map(Ok))))
        }),
        method("__getitem__", |this, args, _| {
            let i = index_of(this, &args[0])?;
            with_slots(this, |d| d.items()[i].clone())
        }),
        method("__setitem__", |this, args, _| {
            let i = index_of(this, &args[0])?;
            with_slots(this, |d| {
                let h = d.head;
                d.slots[h + i] = args[1].clone();
            })?;
            Ok(Value::None)
        }),
        method("__delitem__", |this, args, _| {
            let i = index_of(this, &args[0])?;
            let mut items = snapshot(this)?;
            items.remove(i);
            with_slots(this, |d| d.set_items(items))?;
            Ok(Value::None)
        }),
        method("__contains__", |this, args, _| {
            for x in snapshot(this)? {
                if is(&x, &args[0]) || eq_bool(&x, &args[0])? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }),
        method("__eq__", |this, args, _| {
            if !super::objs::is_a(&args[0], "collections", "deque") {
                return Ok(Value::NotImplemented);
            }
            eq_items(&snapshot(this)?, &snapshot(&args[0])?)
        }),
        method("__repr__", |this, _, _| {
            let body = crate::value::text::repr_of(&Value::list(snapshot(this)?))?;
            let cls = this.type_name();
            Ok(Value::str(&match maxlen_of(this)? {
                None => format!("{}({})", cls, body),
                Some(m) => format!("{}({}, maxlen={})", cls, body, m),
            }))
        }),
        method("__add__", |this, args, _| {
            arity("__add__", &args, 1, 1)?;
            if !super::objs::is_a(&args[0], "collections", "deque") {
                return Err(PyErr::type_error(format!(
                    "can only concatenate deque (not \"{}\") to deque",
                    args[0].type_name()
                )));
            }
            let mut items = snapshot(this)?;
            items.extend(snapshot(&args[0])?);
            new_deque(vec![Value::list(items), state(this, "maxlen")?], vec![])
        }),
        method("__iadd__", |this, args, _| {
            arity("__iadd__", &args, 1, 1)?;
            for x in collect(&args[0])? {
                push(this, x, false)?;
            }
            Ok(this.clone())
        }),
        method("__mul__", |this, args, _| repeat(this, &args, false)),
        method("__rmul__", |this, args, _| repeat(this, &args, false)),
        method("__imul__", |this, args, _| repeat(this, &args, true)),
        method("__lt__", |this, args, _| compare_with(this, &args, crate::value::compare::lt)),
        method("__le__", |this, args, _| compare_with(this, &args, crate::value::compare::le)),
        method("__gt__", |this, args, _| compare_with(this, &args, crate::value::compare::gt)),
        method("__ge__", |this, args, _| compare_with(this, &args, crate::value::compare::ge)),
        ("__hash__", Value::None),
    ]
}

/// `d * n` (a new deque with the same `maxlen`) or `d *= n` (in place).
fn repeat(this: &Value, args: &[Value], in_place: bool) -> PyResult<Value> {
    arity("__mul__", args, 1, 1)?;
    let n = match &args[0] {
        Value::Int(_) | Value::Bool(_) => to_i64(&args[0])?.max(0) as usize,
        _ => return Ok(Value::NotImplemented),
    };
    let items = snapshot(this)?;
    let mut all = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        all.extend(items.iter().cloned());
    }
    if !in_place {
        return new_deque(vec![Value::list(all), state(this, "maxlen")?], vec![]);
    }
    with_slots(this, |d| d.set_items(Vec::new()))?;
    for x in all {
        push(this, x, false)?;
    }
    Ok(this.clone())
}

/// Ordering between deques: their items compared as lists are.
fn compare_with(this: &Value, args: &[Value], op: fn(&Value, &Value) -> PyResult<Value>) -> PyResult<Value> {
    arity("comparison", args, 1, 1)?;
    if !super::objs::is_a(&args[0], "collections", "deque") {
        return Ok(Value::NotImplemented);
    }
    op(&Value::list(snapshot(this)?), &Value::list(snapshot(&args[0])?))
}

fn eq_items(a: &[Value], b: &[Value]) -> PyResult<Value> {
    if a.len() != b.len() {
        return Ok(Value::FALSE);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !(is(x, y) || eq_bool(x, y)?) {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
