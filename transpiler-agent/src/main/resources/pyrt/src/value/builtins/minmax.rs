//! `min` and `max`: one iterable or several arguments, `key=`, `default=`, and the first
//! of equal extremes kept, as CPython's `min_max` does.

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::value::{compare, func, iterate, ops, Kwargs, Value};

/// `min`/`max` (`builtin_min`/`min_max` in bltinmodule.c): the first of equal extremes.
fn min_max(args: Vec<Value>, mut kwargs: Kwargs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = args::take(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let default = args::take(&mut kwargs, "default");
    args::no_more(name, &kwargs)?;
    if args.is_empty() {
        return Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    if args.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    let items: Box<dyn Iterator<Item = PyResult<Value>>> = if args.len() == 1 {
        Box::new(iterate::iterate(&args[0])?)
    } else {
        Box::new(args.into_iter().map(Ok))
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let item = item?;
        let k = match &key {
            Some(f) => func::call(f, vec![item.clone()], vec![])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                let c = if is_max { compare::gt(&k, bk)? } else { compare::lt(&k, bk)? };
                ops::truthy(&c)?
            }
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::value_error(format!("{}() iterable argument is empty", name))),
    }
}

pub fn max(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    min_max(args, kwargs, true)
}

pub fn min(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    min_max(args, kwargs, false)
}
