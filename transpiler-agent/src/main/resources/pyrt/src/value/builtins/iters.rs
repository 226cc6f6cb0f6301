//! The iteration builtins: `range`, `enumerate`, `zip`, `map`, `filter`, `reversed`,
//! `iter`, `next`, `sorted`, `any`, `all`. The lazy ones are iterator values
//! (`iterate::iter_from`), consumed as CPython consumes them (`zip` stops at the first
//! exhausted argument without pulling the later ones).

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::iterate::{self, PyIter};
use crate::value::{class, compare, func, ops, Kwargs, RangeObj, Value};
use std::rc::Rc;

pub fn range(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("range", &kwargs)?;
    args::count("range", args.len(), 1, 3)?;
    let ints: Vec<Int> = args.iter().map(args::index).collect::<PyResult<_>>()?;
    let (start, stop, step) = match ints.len() {
        1 => (Int::from(0i64), ints[0].clone(), Int::from(1i64)),
        2 => (ints[0].clone(), ints[1].clone(), Int::from(1i64)),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

pub fn enumerate(mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let start_kw = args::take(&mut kwargs, "start");
    let iterable_kw = args::take(&mut kwargs, "iterable");
    args::no_more("enumerate", &kwargs)?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len())));
    }
    let start = if args.len() == 2 { args.pop() } else { start_kw };
    let iterable = match args.pop().or(iterable_kw) {
        Some(v) => v,
        None => return Err(PyErr::type_error("enumerate() missing required argument 'iterable'")),
    };
    let mut n = match start {
        Some(s) => args::index(&s)?,
        None => Int::from(0i64),
    };
    let it = iterate::iterate(&iterable)?;
    let one = Int::from(1i64);
    Ok(iterate::iter_from(
        "enumerate",
        Box::new(it.map(move |r| {
            r.map(|v| {
                let i = n.clone();
                n = n.add(&one);
                Value::tuple(vec![Value::Int(i), v])
            })
        })),
    ))
}

struct Zip {
    iters: Vec<PyIter>,
    strict: bool,
    done: bool,
}

fn arguments_word(i: usize) -> String {
    if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{}", i)
    }
}

impl Zip {
    /// The strict check once argument `i` (0-based) ran out.
    fn strict_end(&mut self, i: usize) -> Option<PyResult<Value>> {
        if i > 0 {
            let msg = format!("zip() argument {} is shorter than {}", i + 1, arguments_word(i));
            return Some(Err(PyErr::value_error(msg)));
        }
        for j in 1..self.iters.len() {
            match self.iters[j].next() {
                None => {}
                Some(Err(e)) => return Some(Err(e)),
                Some(Ok(_)) => {
                    let msg = format!("zip() argument {} is longer than {}", j + 1, arguments_word(j));
                    return Some(Err(PyErr::value_error(msg)));
                }
            }
        }
        None
    }
}

impl Iterator for Zip {
    type Item = PyResult<Value>;

    fn next(&mut self) -> Option<PyResult<Value>> {
        if self.done || self.iters.is_empty() {
            return None;
        }
        let mut items = Vec::with_capacity(self.iters.len());
        for i in 0..self.iters.len() {
            match self.iters[i].next() {
                Some(Ok(v)) => items.push(v),
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                None => {
                    self.done = true;
                    return if self.strict { self.strict_end(i) } else { None };
                }
            }
        }
        Some(Ok(Value::tuple(items)))
    }
}

pub fn zip(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let strict = match args::take(&mut kwargs, "strict") {
        Some(v) => ops::truthy(&v)?,
        None => false,
    };
    args::no_more("zip", &kwargs)?;
    let iters = args.iter().map(iterate::iterate).collect::<PyResult<Vec<_>>>()?;
    Ok(iterate::iter_from("zip", Box::new(Zip { iters, strict, done: false })))
}

pub fn map(mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("map", &kwargs)?;
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let f = args.remove(0);
    let iters = args.iter().map(iterate::iterate).collect::<PyResult<Vec<_>>>()?;
    let mut zipped = Zip { iters, strict: false, done: false };
    let single = zipped.iters.len() == 1;
    Ok(iterate::iter_from(
        "map",
        Box::new(std::iter::from_fn(move || {
            if single {
                let item = zipped.iters[0].next()?;
                return Some(item.and_then(|v| func::call(&f, vec![v], vec![])));
            }
            match zipped.next()? {
                Ok(Value::Tuple(t)) => Some(func::call(&f, t.as_ref().clone(), vec![])),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            }
        })),
    ))
}

pub fn filter(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("filter", &kwargs)?;
    args::count("filter", args.len(), 2, 2)?;
    let f = args[0].clone();
    let mut it = iterate::iterate(&args[1])?;
    Ok(iterate::iter_from(
        "filter",
        Box::new(std::iter::from_fn(move || loop {
            let item = match it.next()? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            let keep = match &f {
                Value::None => ops::truthy(&item),
                _ => func::call(&f, vec![item.clone()], vec![]).and_then(|r| ops::truthy(&r)),
            };
            match keep {
                Ok(true) => return Some(Ok(item)),
                Ok(false) => {}
                Err(e) => return Some(Err(e)),
            }
        })),
    ))
}

/// Iterates a sequence backwards by index (instances with `__len__` and `__getitem__`).
fn reversed_by_index(seq: Value, len: usize) -> Value {
    let mut i = len;
    iterate::iter_from(
        "reversed",
        Box::new(std::iter::from_fn(move || {
            if i == 0 {
                return None;
            }
            i -= 1;
            Some(ops::getitem(&seq, &Value::Int(Int::from(i))))
        })),
    )
}

pub fn reversed(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("reversed", &kwargs)?;
    args::count("reversed", args.len(), 1, 1)?;
    let v = args.into_iter().next().expect("one argument");
    match &v {
        Value::List(l) => {
            // Reads the list by position each step, as CPython's list_reverseiterator does.
            let l = l.clone();
            let mut i = l.borrow().len();
            Ok(iterate::iter_from(
                "list_reverseiterator",
                Box::new(std::iter::from_fn(move || {
                    if i == 0 {
                        return None;
                    }
                    i -= 1;
                    let items = l.borrow();
                    if i >= items.len() {
                        i = 0;
                        return None;
                    }
                    Some(Ok(items[i].clone()))
                })),
            ))
        }
        Value::Tuple(t) => {
            let items: Vec<Value> = t.iter().rev().cloned().collect();
            Ok(iterate::iter_from("reversed", Box::new(items.into_iter().map(Ok))))
        }
        Value::Str(s) => {
            let items: Vec<Value> = s.as_str().chars().rev().map(|c| Value::Str(c.to_string().into())).collect();
            Ok(iterate::iter_from("reversed", Box::new(items.into_iter().map(Ok))))
        }
        Value::Range(r) => {
            // Lazily from the last item down, as `reversed(range(10**9))` must not allocate.
            let (start, step) = (r.start.clone(), r.step.clone());
            let mut k = range_len(r)?;
            let one = Int::from(1i64);
            Ok(iterate::iter_from(
                "range_iterator",
                Box::new(std::iter::from_fn(move || {
                    if k.is_zero() {
                        return None;
                    }
                    k = k.sub(&one);
                    Some(Ok(Value::Int(start.add(&step.mul(&k)))))
                })),
            ))
        }
        Value::Dict(_) => {
            let mut items = iterate::collect(&v)?;
            items.reverse();
            Ok(iterate::iter_from("dict_reversekeyiterator", Box::new(items.into_iter().map(Ok))))
        }
        Value::Instance(_) if class::has_dunder(&v, "__reversed__") => {
            Ok(class::call_dunder(&v, "__reversed__", vec![])?.unwrap_or(Value::None))
        }
        Value::Instance(_) if class::has_dunder(&v, "__len__") && class::has_dunder(&v, "__getitem__") => {
            let n = ops::len_of(&v)?;
            Ok(reversed_by_index(v, n))
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not reversible", v.type_name()))),
    }
}

/// The number of items of a range, unbounded (`len()` stops at `sys.maxsize`).
fn range_len(r: &RangeObj) -> PyResult<Int> {
    let one = Int::from(1i64);
    let (lo, hi, step) = if r.step.is_negative() {
        (&r.stop, &r.start, r.step.neg())
    } else {
        (&r.start, &r.stop, r.step.clone())
    };
    if lo >= hi {
        return Ok(Int::from(0i64));
    }
    Ok(hi.sub(lo).sub(&one).floordiv(&step)?.add(&one))
}

pub fn iter(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("iter", &kwargs)?;
    args::count("iter", args.len(), 1, 2)?;
    if args.len() == 1 {
        return iterate::iter_value(&args[0]);
    }
    let (f, sentinel) = (args[0].clone(), args[1].clone());
    if !super::objects::is_callable(&f) {
        return Err(PyErr::type_error("iter(object, sentinel): object must be callable"));
    }
    let mut done = false;
    Ok(iterate::iter_from(
        "callable_iterator",
        Box::new(std::iter::from_fn(move || {
            if done {
                return None;
            }
            let v = match func::call(&f, vec![], vec![]) {
                Ok(v) => v,
                // StopIteration from the callable ends the iteration; other errors pass through.
                Err(e) if iterate::is_stop_iteration(&e) => {
                    done = true;
                    return None;
                }
                Err(e) => return Some(Err(e)),
            };
            match compare::eq_bool(&v, &sentinel) {
                Ok(true) => {
                    done = true;
                    None
                }
                Ok(false) => Some(Ok(v)),
                Err(e) => Some(Err(e)),
            }
        })),
    ))
}

pub fn next(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("next", &kwargs)?;
    args::count("next", args.len(), 1, 2)?;
    let mut args = args.into_iter();
    let it = args.next().expect("one argument");
    iterate::next_or(&it, args.next())
}

/// Sorts `items` in place, stably, by `key` (`None` or absent: the items themselves).
/// `list.sort` and `sorted` share it.
pub fn sort_with_key(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    match key {
        None | Some(Value::None) => compare::sort_values(items, reverse),
        Some(k) => {
            let keys = items
                .iter()
                .map(|v| func::call(k, vec![v.clone()], vec![]))
                .collect::<PyResult<Vec<_>>>()?;
            compare::sort_by_keys(items, keys, reverse)
        }
    }
}

/// The `key=` and `reverse=` keywords of `sorted` and `list.sort`.
pub fn sort_options(mut kwargs: Kwargs) -> PyResult<(Option<Value>, bool)> {
    let key = args::take(&mut kwargs, "key");
    let reverse = match args::take(&mut kwargs, "reverse") {
        Some(r) => ops::truthy(&r)?,
        None => false,
    };
    args::no_more("sort", &kwargs)?;
    Ok((key, reverse))
}

pub fn sorted(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::count("sorted", args.len(), 1, 1)?;
    let mut items = iterate::collect(&args[0])?;
    let (key, reverse) = sort_options(kwargs)?;
    sort_with_key(&mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

pub fn any(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("any", args, &kwargs)?;
    for item in iterate::iterate(&v)? {
        if ops::truthy(&item?)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn all(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("all", args, &kwargs)?;
    for item in iterate::iterate(&v)? {
        if !ops::truthy(&item?)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
