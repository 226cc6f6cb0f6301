//! The `copy` module: `copy` (one level) and `deepcopy` (with a memo, so shared and
//! cyclic references are copied once), for the built-in containers and instances.
//! Instances honour `__copy__`/`__deepcopy__`; otherwise their `__dict__` is copied.

use super::args::{arity, func, module};
use crate::exc::{PyErr, PyResult};
use crate::value::class::{call_dunder, has_dunder};
use crate::value::{DictObj, Instance, Module, SetObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Whether `v` belongs to a class of the runtime (`deque`, `Counter`…), whose hidden
/// state containers must be copied one level even by a shallow copy.
fn runtime_made(i: &Instance) -> bool {
    !super::local::is_program_module(i.class.module.as_str())
}

fn copy_instance_dict(i: &Instance, deep: &mut dyn FnMut(&Value) -> PyResult<Value>) -> PyResult<DictObj> {
    let mut d = DictObj::new();
    for (k, v) in i.dict.borrow().items() {
        d.insert(k, deep(&v)?)?;
    }
    Ok(d)
}

/// The state `copy` moves for an instance: `__getstate__()` when the class defines one,
/// else its `__dict__` (the instance's own dict, as `object.__getstate__` gives it).
fn state_of(x: &Value, i: &Instance) -> PyResult<Option<Value>> {
    if has_dunder(x, "__getstate__") {
        return call_dunder(x, "__getstate__", vec![]);
    }
    if has_dunder(x, "__setstate__") {
        return Ok(Some(Value::Dict(Rc::new(RefCell::new(i.dict.borrow().clone())))));
    }
    Ok(None)
}

/// `copy._reconstruct`'s last step: `__setstate__(state)`, or the dict merged in.
fn restore(y: &Value, state: Value) -> PyResult<()> {
    if let Value::None = state {
        return Ok(());
    }
    if has_dunder(y, "__setstate__") {
        call_dunder(y, "__setstate__", vec![state])?;
        return Ok(());
    }
    match (y, &state) {
        (Value::Instance(i), Value::Dict(d)) => {
            for (k, v) in d.borrow().items() {
                i.dict.borrow_mut().insert(k, v)?;
            }
            Ok(())
        }
        _ => Err(PyErr::new(
            "NotImplementedError",
            "portalis: copy of an object whose __getstate__ returns a non-dict without __setstate__".to_string(),
        )),
    }
}

fn no_iterators(x: &Value) -> PyResult<()> {
    if let Value::Iter(_) = x {
        return Err(PyErr::new("NotImplementedError", "portalis: copy of an iterator".to_string()));
    }
    Ok(())
}

/// `copy.copy(x)`.
pub fn shallow(x: &Value) -> PyResult<Value> {
    no_iterators(x)?;
    Ok(match x {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::Instance(_) if has_dunder(x, "__copy__") => call_dunder(x, "__copy__", vec![])?.unwrap_or(Value::None),
        Value::Instance(i) if i.class.builtin.is_none() => {
            if let Some(state) = state_of(x, i)? {
                let base = match &i.base { Some(b) => Some(shallow(b)?), None => None };
                let y = Value::Instance(Rc::new(Instance { class: i.class.clone(), dict: Rc::new(RefCell::new(DictObj::new())), base }));
                restore(&y, state)?;
                return Ok(y);
            }
            let inner = runtime_made(i);
            let d = copy_instance_dict(i, &mut |v| if inner && is_state(v) { shallow(v) } else { Ok(v.clone()) })?;
            // A built-in base (`class Env(dict)`) is copied as `copy.copy` copies the built-in.
            let base = match &i.base { Some(b) => Some(shallow(b)?), None => None };
            Value::Instance(Rc::new(Instance { class: i.class.clone(), dict: Rc::new(RefCell::new(d)), base }))
        }
        other => other.clone(),
    })
}

fn is_state(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_))
}

fn addr(x: &Value) -> Option<usize> {
    match x {
        Value::List(l) => Some(Rc::as_ptr(l) as *const u8 as usize),
        Value::Dict(d) => Some(Rc::as_ptr(d) as *const u8 as usize),
        Value::Set(s) => Some(Rc::as_ptr(s) as *const u8 as usize),
        Value::Tuple(t) => Some(Rc::as_ptr(t) as *const u8 as usize),
        Value::Instance(i) => Some(Rc::as_ptr(i) as *const u8 as usize),
        _ => None,
    }
}

/// `copy.deepcopy(x)`.
pub fn deep(x: &Value) -> PyResult<Value> {
    deep_memo(x, &Value::dict(vec![])?)
}

/// The memo is a dict from `id(original)` to its copy, as CPython's, so user
/// `__deepcopy__(memo)` methods can pass it on.
fn memo_get(memo: &Value, key: usize) -> PyResult<Option<Value>> {
    match memo {
        Value::Dict(d) => d.borrow().get(&Value::Int(crate::int::Int::from(key as u64))),
        _ => crate::value::func::call_method(memo, "get", vec![Value::Int(crate::int::Int::from(key as u64))], vec![])
            .map(|v| if let Value::None = v { None } else { Some(v) }),
    }
}

fn memo_put(memo: &Value, key: usize, v: Value) -> PyResult<()> {
    crate::value::ops::setitem(memo, Value::Int(crate::int::Int::from(key as u64)), v)
}

fn deep_memo(x: &Value, memo: &Value) -> PyResult<Value> {
    no_iterators(x)?;
    let key = match addr(x) {
        Some(k) => k,
        None => return Ok(x.clone()),
    };
    if let Some(v) = memo_get(memo, key)? {
        return Ok(v);
    }
    let out = match x {
        Value::List(l) => {
            let new = Rc::new(RefCell::new(Vec::new()));
            memo_put(memo, key, Value::List(new.clone()))?;
            let items = l.borrow().clone();
            for it in items {
                let c = deep_memo(&it, memo)?;
                new.borrow_mut().push(c);
            }
            Value::List(new)
        }
        Value::Dict(d) => {
            let new = Rc::new(RefCell::new(DictObj::new()));
            memo_put(memo, key, Value::Dict(new.clone()))?;
            let items = d.borrow().items();
            for (k, v) in items {
                let (k, v) = (deep_memo(&k, memo)?, deep_memo(&v, memo)?);
                new.borrow_mut().insert(k, v)?;
            }
            Value::Dict(new)
        }
        Value::Set(s) => {
            let mut new = SetObj::new();
            for it in s.borrow().items() {
                new.add(deep_memo(&it, memo)?)?;
            }
            Value::Set(Rc::new(RefCell::new(new)))
        }
        Value::Tuple(t) => {
            let items = t.iter().map(|v| deep_memo(v, memo)).collect::<PyResult<Vec<_>>>()?;
            if let Some(v) = memo_get(memo, key)? {
                return Ok(v);
            }
            let same = items.iter().zip(t.iter()).all(|(a, b)| crate::value::compare::is(a, b));
            if same {
                x.clone()
            } else {
                Value::tuple(items)
            }
        }
        Value::Instance(_) if has_dunder(x, "__deepcopy__") => {
            call_dunder(x, "__deepcopy__", vec![memo.clone()])?.unwrap_or(Value::None)
        }
        Value::Instance(i) if i.class.builtin.is_none() => {
            let base = match &i.base { Some(b) => Some(deep_memo(b, memo)?), None => None };
            let new = Rc::new(Instance { class: i.class.clone(), dict: Rc::new(RefCell::new(DictObj::new())), base });
            memo_put(memo, key, Value::Instance(new.clone()))?;
            if let Some(state) = state_of(x, i)? {
                let state = deep_memo(&state, memo)?;
                restore(&Value::Instance(new.clone()), state)?;
            } else {
                let d = copy_instance_dict(i, &mut |v| deep_memo(v, memo))?;
                *new.dict.borrow_mut() = d;
            }
            Value::Instance(new)
        }
        other => other.clone(),
    };
    memo_put(memo, key, out.clone())?;
    Ok(out)
}

/// `copy.Error`, an `Exception` subclass.
fn error_class() -> Rc<crate::value::Class> {
    crate::value::class::cached_class("copy.Error", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        crate::value::class::new_class("Error", "Error", "copy", vec![base], None).expect("single base")
    })
}

pub fn build() -> Module {
    module(
        "copy",
        vec![
            func("copy", |args| {
                arity("copy", &args, 1, 1)?;
                shallow(&args[0])
            }),
            func("deepcopy", |args| {
                arity("deepcopy", &args, 1, 3)?;
                match args.get(1) {
                    None | Some(Value::None) => deep(&args[0]),
                    Some(memo) => deep_memo(&args[0], memo),
                }
            }),
            ("Error", Value::Class(error_class())),
        ],
    )
}
