//! `collections.Counter`: a mapping class (mapping.rs) whose missing keys count zero,
//! with counting updates, `most_common` in CPython's order, and multiset arithmetic.

use super::args::{arity, to_i64};
use super::mapping::{common, data, fresh_data, mapping_items, new_mapping, same_class_copy};
use super::objs::{dict_state, is_a, method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::{eq_bool, lt_bool};
use crate::value::func::call;
use crate::value::iterate::{collect, iter_from};
use crate::value::ops::{add, sub};
use crate::value::text::repr_of;
use crate::value::{Class, DictObj, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn zero_missing(_: &Value, _: &Value) -> PyResult<Option<Value>> {
    Ok(Some(Value::int(0)))
}

fn count_of(this: &Value, k: &Value) -> PyResult<Value> {
    Ok(dict_state(this, "__data__")?.borrow().get(k)?.unwrap_or_else(|| Value::int(0)))
}

/// `Counter.update` (`sign` 1) and `subtract` (`sign` -1).
fn count_in(this: &Value, args: Vec<Value>, kwargs: Kwargs, sign: i64) -> PyResult<()> {
    let d = dict_state(this, "__data__")?;
    let combine = |old: Value, v: Value| if sign > 0 { add(&old, &v) } else { sub(&old, &v) };
    if let Some(src) = args.get(0) {
        match mapping_items(src) {
            Some(items) => {
                for (k, v) in items {
                    let old = count_of(this, &k)?;
                    let new = combine(old, v)?;
                    d.borrow_mut().insert(k, new)?;
                }
            }
            None => {
                for k in collect(src)? {
                    let old = count_of(this, &k)?;
                    let new = combine(old, Value::int(1))?;
                    d.borrow_mut().insert(k, new)?;
                }
            }
        }
    }
    for (k, v) in kwargs {
        let k = Value::Str(k);
        let old = count_of(this, &k)?;
        let new = combine(old, v)?;
        d.borrow_mut().insert(k, new)?;
    }
    Ok(())
}

pub fn counter_class() -> Rc<Class> {
    runtime_class("collections", "Counter", super::mapping::dict_base(), counter_methods)
}

pub fn new_counter(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    call(&Value::Class(counter_class()), args, kwargs)
}


/// `most_common()`: items by count, descending, ties in insertion order.
fn most_common(this: &Value) -> PyResult<Vec<(Value, Value)>> {
    let mut items: Vec<Value> = dict_state(this, "__data__")?
        .borrow()
        .items()
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    let keys = items
        .iter()
        .map(|t| match t {
            Value::Tuple(p) => p[1].clone(),
            _ => Value::None,
        })
        .collect();
    crate::value::compare::sort_by_keys(&mut items, keys, true)?;
    Ok(items
        .into_iter()
        .map(|t| match t {
            Value::Tuple(p) => (p[0].clone(), p[1].clone()),
            _ => (Value::None, Value::None),
        })
        .collect())
}

fn positive(v: &Value) -> PyResult<bool> {
    lt_bool(&Value::int(0), v)
}

/// `Counter` arithmetic: `op` combines the two counts; only positive results are kept.
fn counter_binop(this: &Value, other: &Value, op: fn(&Value, &Value) -> PyResult<Value>) -> PyResult<Value> {
    if !is_a(other, "collections", "Counter") {
        return Ok(Value::NotImplemented);
    }
    let out = new_mapping(counter_class(), vec![]);
    let od = dict_state(&out, "__data__")?;
    let mine = dict_state(this, "__data__")?.borrow().items();
    for (k, v) in &mine {
        let r = op(v, &count_of(other, k)?)?;
        if positive(&r)? {
            od.borrow_mut().insert(k.clone(), r)?;
        }
    }
    let sd = dict_state(this, "__data__")?;
    for (k, v) in dict_state(other, "__data__")?.borrow().items() {
        if !sd.borrow().contains_key(&k)? {
            let r = op(&Value::int(0), &v)?;
            if positive(&r)? {
                od.borrow_mut().insert(k, r)?;
            }
        }
    }
    Ok(out)
}

fn max_of(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(if lt_bool(a, b)? { b.clone() } else { a.clone() })
}

fn min_of(a: &Value, b: &Value) -> PyResult<Value> {
    Ok(if lt_bool(b, a)? { b.clone() } else { a.clone() })
}

fn lt_or_eq(a: &Value, b: &Value) -> PyResult<bool> {
    crate::value::ops::truthy(&crate::value::compare::le(a, b)?)
}

fn gt_or_eq(a: &Value, b: &Value) -> PyResult<bool> {
    crate::value::ops::truthy(&crate::value::compare::ge(a, b)?)
}

/// `<=`/`>=` (multiset inclusion: every count compared, missing ones as zero), and `<`/`>`
/// (`strict`: inclusion and not equal).
fn inclusion(this: &Value, other: &Value, strict: bool, cmp: fn(&Value, &Value) -> PyResult<bool>) -> PyResult<Value> {
    if !is_a(other, "collections", "Counter") {
        return Ok(Value::NotImplemented);
    }
    for c in [this, other] {
        for k in dict_state(c, "__data__")?.borrow().keys() {
            if !cmp(&count_of(this, &k)?, &count_of(other, &k)?)? {
                return Ok(Value::FALSE);
            }
        }
    }
    if strict {
        let eq = crate::value::compare::eq(this, other)?;
        return Ok(Value::Bool(!crate::value::ops::truthy(&eq)?));
    }
    Ok(Value::TRUE)
}

/// `c += d` and the other in-place operators: the binary result, written into `c` (the same
/// keys in the same order as CPython's in-place `_keep_positive`).
fn in_place(this: &Value, other: &Value, dunder: &str) -> PyResult<Value> {
    if !is_a(other, "collections", "Counter") {
        return Ok(Value::NotImplemented);
    }
    let result = crate::value::func::call_method(this, dunder, vec![other.clone()], vec![])?;
    let items = dict_state(&result, "__data__")?.borrow().items();
    let d = dict_state(this, "__data__")?;
    d.borrow_mut().clear();
    for (k, v) in items {
        d.borrow_mut().insert(k, v)?;
    }
    Ok(this.clone())
}

fn counter_methods() -> Vec<(&'static str, Value)> {
    let mut m = common(zero_missing);
    m.extend(vec![
        method_kw("__init__", |this, args, kwargs| {
            arity("Counter", &args, 0, 1)?;
            fresh_data(this, Value::Dict(Rc::new(RefCell::new(DictObj::new()))));
            count_in(this, args, kwargs, 1)?;
            Ok(Value::None)
        }),
        method_kw("update", |this, args, kwargs| {
            arity("update", &args, 0, 1)?;
            count_in(this, args, kwargs, 1).map(|_| Value::None)
        }),
        method_kw("subtract", |this, args, kwargs| {
            arity("subtract", &args, 0, 1)?;
            count_in(this, args, kwargs, -1).map(|_| Value::None)
        }),
        method_kw("most_common", |this, mut args, mut kwargs| {
            arity("most_common", &args, 0, 1)?;
            if let Some(n) = super::args::take_kw(&mut kwargs, "n") {
                if !args.is_empty() {
                    return Err(PyErr::type_error("Counter.most_common() got multiple values for argument 'n'"));
                }
                args.push(n);
            }
            super::args::no_more_kwargs("Counter.most_common", &kwargs)?;
            let mut items = most_common(this)?;
            if let Some(n) = args.get(0) {
                if !matches!(n, Value::None) {
                    items.truncate(to_i64(n)?.max(0) as usize);
                }
            }
            Ok(Value::list(items.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()))
        }),
        method("elements", |this, _, _| {
            let mut out = Vec::new();
            for (k, v) in dict_state(this, "__data__")?.borrow().items() {
                let n = match v {
                    Value::Int(i) => i.to_i64().unwrap_or(0),
                    Value::Bool(b) => b as i64,
                    _ => return Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
                };
                for _ in 0..n.max(0) {
                    out.push(Ok(k.clone()));
                }
            }
            Ok(iter_from("itertools.chain", Box::new(out.into_iter())))
        }),
        method("total", |this, _, _| {
            let mut acc = Value::int(0);
            for v in dict_state(this, "__data__")?.borrow().values() {
                acc = add(&acc, &v)?;
            }
            Ok(acc)
        }),
        method("copy", |this, _, _| same_class_copy(this, vec![])),
        {
            let (_, f) = method("fromkeys", |_, _, _| {
                Err(PyErr::new(
                    "NotImplementedError",
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.".to_string(),
                ))
            });
            ("fromkeys", crate::value::class::make_classmethod(f))
        },
        ("__ror__", Value::None),
        method("__copy__", |this, _, _| same_class_copy(this, vec![])),
        method("__add__", |this, args, _| counter_binop(this, &args[0], add)),
        method("__sub__", |this, args, _| counter_binop(this, &args[0], sub)),
        method("__or__", |this, args, _| counter_binop(this, &args[0], max_of)),
        method("__and__", |this, args, _| {
            if !is_a(&args[0], "collections", "Counter") {
                return Ok(Value::NotImplemented);
            }
            let out = new_mapping(counter_class(), vec![]);
            let od = dict_state(&out, "__data__")?;
            for (k, v) in dict_state(this, "__data__")?.borrow().items() {
                let r = min_of(&v, &count_of(&args[0], &k)?)?;
                if positive(&r)? {
                    od.borrow_mut().insert(k, r)?;
                }
            }
            Ok(out)
        }),
        method("__pos__", |this, _, _| {
            let empty = new_mapping(counter_class(), vec![]);
            counter_binop(&empty, this, add)
        }),
        method("__neg__", |this, _, _| {
            let empty = new_mapping(counter_class(), vec![]);
            counter_binop(&empty, this, sub)
        }),
        method("__eq__", |this, args, _| {
            let other = &args[0];
            if let Value::Dict(_) = other {
                return crate::value::compare::eq(&data(this)?, other);
            }
            if !is_a(other, "collections", "Counter") {
                return Ok(Value::NotImplemented);
            }
            for (a, b) in [(this, other), (other, this)] {
                for k in dict_state(a, "__data__")?.borrow().keys() {
                    if !eq_bool(&count_of(a, &k)?, &count_of(b, &k)?)? {
                        return Ok(Value::FALSE);
                    }
                }
            }
            Ok(Value::TRUE)
        }),
        method("__ne__", |this, args, _| {
            let eq = crate::value::compare::eq(this, &args[0])?;
            Ok(Value::Bool(!crate::value::ops::truthy(&eq)?))
        }),
        method("__le__", |this, args, _| inclusion(this, &args[0], false, lt_or_eq)),
        method("__ge__", |this, args, _| inclusion(this, &args[0], false, gt_or_eq)),
        method("__lt__", |this, args, _| inclusion(this, &args[0], true, lt_or_eq)),
        method("__gt__", |this, args, _| inclusion(this, &args[0], true, gt_or_eq)),
        method("__iadd__", |this, args, _| in_place(this, &args[0], "__add__")),
        method("__isub__", |this, args, _| in_place(this, &args[0], "__sub__")),
        method("__ior__", |this, args, _| in_place(this, &args[0], "__or__")),
        method("__iand__", |this, args, _| in_place(this, &args[0], "__and__")),
        method("__repr__", |this, _, _| {
            let name = this.type_name();
            if dict_state(this, "__data__")?.borrow().is_empty() {
                return Ok(Value::str(&format!("{}()", name)));
            }
            let d = match most_common(this) {
                Ok(items) => Value::dict(items)?,
                Err(e) if e.type_name == "TypeError" => data(this)?,
                Err(e) => return Err(e),
            };
            Ok(Value::str(&format!("{}({})", name, repr_of(&d)?)))
        }),
    ]);
    m
}
