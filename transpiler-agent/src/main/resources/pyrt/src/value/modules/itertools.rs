//! The `itertools` module: lazy iterators over Python iterables, consuming their input
//! exactly as CPython's C implementations do (which matters for shared iterators).

use super::args::{arity, func, func_kw, module, no_more_kwargs, take_kw, to_i64};
use super::combinatorics::{Combinations, Permutations, Product};
use super::itertools_shared::{groupby, islice, tee, zip_longest};
use super::objs::{instance, method, runtime_class, set_state, state};
use crate::value::text::repr_of;
use crate::exc::{PyErr, PyResult};
use crate::value::func::call;
use crate::value::iterate::{collect, iter_from, iterate, PyIter};
use crate::value::ops::{add, truthy};
use crate::value::{Kwargs, Module, Params, Value};

type Items = Box<dyn Iterator<Item = PyResult<Value>>>;

pub fn lazy(name: &'static str, it: impl Iterator<Item = PyResult<Value>> + 'static) -> Value {
    iter_from(name, Box::new(it))
}

/// A Rust iterator that stops after yielding its first error.
pub fn fuse_err(mut inner: impl FnMut() -> Option<PyResult<Value>> + 'static) -> impl Iterator<Item = PyResult<Value>> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let r = inner();
        if !matches!(r, Some(Ok(_))) {
            done = true;
        }
        r
    })
}

/// `count` and `repeat` are objects (not plain iterators) because their repr shows where
/// they are: `count(4)`, `repeat('a', 2)`.
fn count_class() -> std::rc::Rc<crate::value::Class> {
    runtime_class("itertools", "count", vec![], || {
        vec![
            method("__iter__", |this, _, _| Ok(this.clone())),
            method("__next__", |this, _, _| {
                let cur = state(this, "__cur__")?;
                let next = add(&cur, &state(this, "__step__")?)?;
                set_state(this, "__cur__", next);
                Ok(cur)
            }),
            method("__repr__", |this, _, _| {
                let cur = repr_of(&state(this, "__cur__")?)?;
                let step = state(this, "__step__")?;
                let unit = match &step {
                    Value::Int(i) => i.to_i64() == Some(1),
                    Value::Bool(b) => *b,
                    _ => false,
                };
                Ok(Value::str(&if unit {
                    format!("count({})", cur)
                } else {
                    format!("count({}, {})", cur, repr_of(&step)?)
                }))
            }),
        ]
    })
}

fn is_number(v: &Value) -> bool {
    super::args::is_number(v) || matches!(v, Value::Instance(_))
}

fn count(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    arity("count", &args, 0, 2)?;
    let cur = args.get(0).cloned().or_else(|| take_kw(&mut kwargs, "start")).unwrap_or(Value::int(0));
    let step = args.get(1).cloned().or_else(|| take_kw(&mut kwargs, "step")).unwrap_or(Value::int(1));
    no_more_kwargs("count", &kwargs)?;
    if !is_number(&cur) || !is_number(&step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(instance(&count_class(), vec![("__cur__", cur), ("__step__", step)]))
}

fn repeat_class() -> std::rc::Rc<crate::value::Class> {
    runtime_class("itertools", "repeat", vec![], || {
        vec![
            method("__iter__", |this, _, _| Ok(this.clone())),
            method("__next__", |this, _, _| {
                match state(this, "__left__")? {
                    Value::None => {}
                    left => {
                        let n = to_i64(&left)?;
                        if n <= 0 {
                            return Err(PyErr::new("StopIteration", ""));
                        }
                        set_state(this, "__left__", Value::int(n - 1));
                    }
                }
                state(this, "__obj__")
            }),
            method("__length_hint__", |this, _, _| match state(this, "__left__")? {
                Value::None => Err(PyErr::type_error("len() of unsized object")),
                left => Ok(left),
            }),
            method("__repr__", |this, _, _| {
                let obj = repr_of(&state(this, "__obj__")?)?;
                Ok(Value::str(&match state(this, "__left__")? {
                    Value::None => format!("repeat({})", obj),
                    left => format!("repeat({}, {})", obj, repr_of(&left)?),
                }))
            }),
        ]
    })
}

fn repeat(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args;
    if let Some(t) = take_kw(&mut kwargs, "times") {
        args.push(t);
    }
    no_more_kwargs("repeat", &kwargs)?;
    arity("repeat", &args, 1, 2)?;
    let left = match args.get(1) {
        None => Value::None,
        Some(t) => Value::int(to_i64(t)?.max(0)),
    };
    Ok(instance(&repeat_class(), vec![("__obj__", args[0].clone()), ("__left__", left)]))
}

fn cycle(args: Vec<Value>) -> PyResult<Value> {
    arity("cycle", &args, 1, 1)?;
    let mut src = Some(iterate(&args[0])?);
    let mut saved: Vec<Value> = Vec::new();
    let mut pos = 0usize;
    Ok(lazy(
        "cycle",
        fuse_err(move || {
            if let Some(it) = src.as_mut() {
                match it.next() {
                    Some(Ok(v)) => {
                        saved.push(v.clone());
                        return Some(Ok(v));
                    }
                    Some(Err(e)) => return Some(Err(e)),
                    None => src = None,
                }
            }
            if saved.is_empty() {
                return None;
            }
            let v = saved[pos % saved.len()].clone();
            pos += 1;
            Some(Ok(v))
        }),
    ))
}

fn accumulate(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let func_kw_v = take_kw(&mut kwargs, "func");
    let initial = take_kw(&mut kwargs, "initial").unwrap_or(Value::None);
    let _ = take_kw(&mut kwargs, "iterable");
    no_more_kwargs("accumulate", &kwargs)?;
    arity("accumulate", &args, 1, 2)?;
    let f = args.get(1).cloned().or(func_kw_v).unwrap_or(Value::None);
    let mut it = iterate(&args[0])?;
    let mut total: Option<Value> = match initial {
        Value::None => None,
        v => Some(v),
    };
    let mut pending_initial = total.is_some();
    Ok(lazy(
        "accumulate",
        fuse_err(move || {
            if pending_initial {
                pending_initial = false;
                return total.clone().map(Ok);
            }
            let x = match it.next()? {
                Ok(x) => x,
                Err(e) => return Some(Err(e)),
            };
            let next = match &total {
                None => Ok(x),
                Some(t) => match &f {
                    Value::None => add(t, &x),
                    f => call(f, vec![t.clone(), x], vec![]),
                },
            };
            match next {
                Ok(v) => {
                    total = Some(v.clone());
                    Some(Ok(v))
                }
                Err(e) => Some(Err(e)),
            }
        }),
    ))
}

/// `chain(*iterables)` over a lazy source of iterables.
fn chain_of(mut sources: Items) -> Value {
    let mut current: Option<PyIter> = None;
    lazy(
        "chain",
        fuse_err(move || loop {
            if let Some(it) = current.as_mut() {
                match it.next() {
                    Some(r) => return Some(r),
                    None => current = None,
                }
            }
            let src = match sources.next()? {
                Ok(s) => s,
                Err(e) => return Some(Err(e)),
            };
            match iterate(&src) {
                Ok(it) => current = Some(it),
                Err(e) => return Some(Err(e)),
            }
        }),
    )
}

fn chain_class() -> Value {
    let cls = runtime_class("itertools", "chain", vec![], || {
        let new = Value::function("__new__", "chain.__new__", Params::new(&["cls"]).varargs("args"), vec![], vec![], |slots| {
            let items = match &slots[1] {
                Value::Tuple(t) => t.as_ref().clone(),
                _ => Vec::new(),
            };
            Ok(chain_of(Box::new(items.into_iter().map(Ok))))
        });
        let from_iterable = Value::builtin("from_iterable", |args, _| {
            arity("from_iterable", &args, 1, 1)?;
            Ok(chain_of(Box::new(iterate(&args[0])?)))
        });
        vec![
            ("__new__", crate::value::class::make_staticmethod(new)),
            ("from_iterable", crate::value::class::make_staticmethod(from_iterable)),
        ]
    });
    Value::Class(cls)
}

fn pools(args: &[Value]) -> PyResult<Vec<Vec<Value>>> {
    args.iter().map(collect).collect()
}

fn pick(pool: &[Value], idx: Vec<usize>) -> PyResult<Value> {
    Ok(Value::tuple(idx.into_iter().map(|i| pool[i].clone()).collect()))
}

fn product(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let rep = take_kw(&mut kwargs, "repeat").map(|v| to_i64(&v)).transpose()?.unwrap_or(1);
    no_more_kwargs("product", &kwargs)?;
    if rep < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let base = pools(&args)?;
    let mut all: Vec<Vec<Value>> = Vec::new();
    for _ in 0..rep {
        all.extend(base.iter().cloned());
    }
    let sizes = all.iter().map(|p| p.len()).collect();
    Ok(lazy(
        "product",
        Product::new(sizes).map(move |idx| Ok(Value::tuple(idx.iter().enumerate().map(|(k, &i)| all[k][i].clone()).collect()))),
    ))
}

fn r_arg(v: Option<&Value>, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let r = to_i64(v)?;
            if r < 0 {
                return Err(PyErr::value_error("r must be non-negative"));
            }
            Ok(r as usize)
        }
    }
}

fn permutations(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let rk = take_kw(&mut kwargs, "r");
    no_more_kwargs("permutations", &kwargs)?;
    arity("permutations", &args, 1, 2)?;
    let pool = collect(&args[0])?;
    let r = r_arg(args.get(1).or(rk.as_ref()), pool.len())?;
    Ok(lazy("permutations", Permutations::new(pool.len(), r).map(move |idx| pick(&pool, idx))))
}

fn combinations_fn(name: &'static str, replace: bool) -> (&'static str, Value) {
    func_kw(name, move |args, mut kwargs| {
        let rk = take_kw(&mut kwargs, "r");
        no_more_kwargs(name, &kwargs)?;
        let mut args = args;
        if let Some(r) = rk {
            args.push(r);
        }
        arity(name, &args, 2, 2)?;
        let pool = collect(&args[0])?;
        let r = r_arg(Some(&args[1]), 0)?;
        Ok(lazy(name, Combinations::new(pool.len(), r, replace).map(move |idx| pick(&pool, idx))))
    })
}

fn with_pred(name: &'static str, body: fn(Value, PyIter) -> Value) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 2, 2)?;
        Ok(body(args[0].clone(), iterate(&args[1])?))
    })
}

fn test(pred: &Value, v: &Value) -> PyResult<bool> {
    match pred {
        Value::None => truthy(v),
        f => truthy(&call(f, vec![v.clone()], vec![])?),
    }
}

fn takewhile(pred: Value, mut it: PyIter) -> Value {
    let mut done = false;
    lazy(
        "takewhile",
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let v = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            match test(&pred, &v) {
                Ok(true) => Some(Ok(v)),
                Ok(false) => {
                    done = true;
                    None
                }
                Err(e) => Some(Err(e)),
            }
        }),
    )
}

fn dropwhile(pred: Value, mut it: PyIter) -> Value {
    let mut dropping = true;
    lazy(
        "dropwhile",
        std::iter::from_fn(move || loop {
            let v = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            if !dropping {
                return Some(Ok(v));
            }
            match test(&pred, &v) {
                Ok(true) => continue,
                Ok(false) => {
                    dropping = false;
                    return Some(Ok(v));
                }
                Err(e) => return Some(Err(e)),
            }
        }),
    )
}

fn filterfalse(pred: Value, mut it: PyIter) -> Value {
    lazy(
        "filterfalse",
        std::iter::from_fn(move || loop {
            let v = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            match test(&pred, &v) {
                Ok(true) => continue,
                Ok(false) => return Some(Ok(v)),
                Err(e) => return Some(Err(e)),
            }
        }),
    )
}

fn starmap(f: Value, mut it: PyIter) -> Value {
    lazy(
        "starmap",
        std::iter::from_fn(move || {
            let v = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            Some(collect(&v).and_then(|args| call(&f, args, vec![])))
        }),
    )
}

fn compress(args: Vec<Value>) -> PyResult<Value> {
    arity("compress", &args, 2, 2)?;
    let (mut data, mut sel) = (iterate(&args[0])?, iterate(&args[1])?);
    Ok(lazy(
        "compress",
        std::iter::from_fn(move || loop {
            let d = match data.next()? {
                Ok(d) => d,
                Err(e) => return Some(Err(e)),
            };
            let s = match sel.next()? {
                Ok(s) => s,
                Err(e) => return Some(Err(e)),
            };
            match truthy(&s) {
                Ok(true) => return Some(Ok(d)),
                Ok(false) => continue,
                Err(e) => return Some(Err(e)),
            }
        }),
    ))
}

fn pairwise(args: Vec<Value>) -> PyResult<Value> {
    arity("pairwise", &args, 1, 1)?;
    let mut it = iterate(&args[0])?;
    let mut prev: Option<Value> = None;
    Ok(lazy(
        "pairwise",
        fuse_err(move || {
            if prev.is_none() {
                match it.next()? {
                    Ok(v) => prev = Some(v),
                    Err(e) => return Some(Err(e)),
                }
            }
            let b = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            let a = prev.replace(b.clone()).unwrap_or(Value::None);
            Some(Ok(Value::tuple(vec![a, b])))
        }),
    ))
}

fn batched(args: Vec<Value>) -> PyResult<Value> {
    arity("batched", &args, 2, 2)?;
    let n = to_i64(&args[1])?;
    if n < 1 {
        return Err(PyErr::value_error("n must be at least one"));
    }
    let mut it = iterate(&args[0])?;
    Ok(lazy(
        "batched",
        fuse_err(move || {
            let mut batch = Vec::new();
            while (batch.len() as i64) < n {
                match it.next() {
                    Some(Ok(v)) => batch.push(v),
                    Some(Err(e)) => return Some(Err(e)),
                    None => break,
                }
            }
            if batch.is_empty() {
                None
            } else {
                Some(Ok(Value::tuple(batch)))
            }
        }),
    ))
}

pub fn build() -> Module {
    module(
        "itertools",
        vec![
            func_kw("count", count),
            func("cycle", cycle),
            func_kw("repeat", repeat),
            func_kw("accumulate", accumulate),
            ("chain", chain_class()),
            func_kw("product", product),
            func_kw("permutations", permutations),
            combinations_fn("combinations", false),
            combinations_fn("combinations_with_replacement", true),
            func_kw("groupby", groupby),
            func("islice", islice),
            func_kw("zip_longest", zip_longest),
            with_pred("takewhile", takewhile),
            with_pred("dropwhile", dropwhile),
            with_pred("filterfalse", filterfalse),
            with_pred("starmap", starmap),
            func("compress", compress),
            func("pairwise", pairwise),
            func("batched", batched),
            func("tee", tee),
        ],
    )
}
