//! The `copy` module: `copy` (one level) and `deepcopy` (with a memo, so shared and
//! cyclic references are copied once), for the built-in containers and instances.
//! Instances honour `__copy__`/`__deepcopy__`; otherwise their `__dict__` is copied.

use super::args::{arity, func, module};
use crate::exc::PyResult;
use crate::value::class::{call_dunder, has_dunder};
use crate::value::{DictObj, Instance, Module, SetObj, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Whether `v` belongs to a class of the runtime (`deque`, `Counter`…), whose hidden
/// state containers must be copied one level even by a shallow copy.
fn runtime_made(i: &Instance) -> bool {
    i.class.module.as_str() != "__main__"
}

fn copy_instance_dict(i: &Instance, deep: &mut dyn FnMut(&Value) -> PyResult<Value>) -> PyResult<DictObj> {
    let mut d = DictObj::new();
    for (k, v) in i.dict.borrow().items() {
        d.insert(k, deep(&v)?)?;
    }
    Ok(d)
}

/// `copy.copy(x)`.
pub fn shallow(x: &Value) -> PyResult<Value> {
    Ok(match x {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::Instance(i) if has_dunder(x, "__copy__") => {
            let _ = i;
            call_dunder(x, "__copy__", vec![])?.unwrap_or(Value::None)
        }
        Value::Instance(i) if i.class.builtin.is_none() => {
            let inner = runtime_made(i);
            let d = copy_instance_dict(i, &mut |v| if inner && is_state(v) { shallow(v) } else { Ok(v.clone()) })?;
            Value::Instance(Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(d) }))
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
    deep_memo(x, &mut HashMap::new())
}

fn deep_memo(x: &Value, memo: &mut HashMap<usize, Value>) -> PyResult<Value> {
    let key = match addr(x) {
        Some(k) => k,
        None => return Ok(x.clone()),
    };
    if let Some(v) = memo.get(&key) {
        return Ok(v.clone());
    }
    let out = match x {
        Value::List(l) => {
            let new = Rc::new(RefCell::new(Vec::new()));
            memo.insert(key, Value::List(new.clone()));
            let items = l.borrow().clone();
            for it in items {
                let c = deep_memo(&it, memo)?;
                new.borrow_mut().push(c);
            }
            Value::List(new)
        }
        Value::Dict(d) => {
            let new = Rc::new(RefCell::new(DictObj::new()));
            memo.insert(key, Value::Dict(new.clone()));
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
            if let Some(v) = memo.get(&key) {
                return Ok(v.clone());
            }
            let same = items.iter().zip(t.iter()).all(|(a, b)| crate::value::compare::is(a, b));
            if same {
                x.clone()
            } else {
                Value::tuple(items)
            }
        }
        Value::Instance(i) if has_dunder(x, "__deepcopy__") => {
            let _ = i;
            call_dunder(x, "__deepcopy__", vec![Value::dict(vec![])?])?.unwrap_or(Value::None)
        }
        Value::Instance(i) if i.class.builtin.is_none() => {
            let new = Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(DictObj::new()) });
            memo.insert(key, Value::Instance(new.clone()));
            let d = copy_instance_dict(i, &mut |v| deep_memo(v, memo))?;
            *new.dict.borrow_mut() = d;
            Value::Instance(new)
        }
        other => other.clone(),
    };
    memo.insert(key, out.clone());
    Ok(out)
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
                arity("deepcopy", &args, 1, 2)?;
                deep(&args[0])
            }),
        ],
    )
}
