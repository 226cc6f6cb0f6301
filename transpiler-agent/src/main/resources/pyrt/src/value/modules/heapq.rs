//! The `heapq` module: `heapq.py`'s sift algorithms (so equal items end up where CPython
//! puts them), over `<` only. `nsmallest`/`nlargest` are the stable sorts they are
//! documented to equal (same result, ties in input order).

use super::args::{func, func_kw, module, no_more_kwargs, take_kw, to_i64};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::lt_bool;
use crate::value::iterate::collect;
use crate::value::{Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `args::arity`, with the `_heapq.name()` spelling CPython uses for one-argument functions.
fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if min == 1 && max == 1 {
        super::args::arity(&format!("_heapq.{}", name), args, min, max)
    } else {
        super::args::arity(name, args, min, max)
    }
}

/// `_siftdown(heap, startpos, pos)`.
pub fn sift_down<T: Clone>(
    heap: &mut [T],
    start: usize,
    mut pos: usize,
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let newitem = heap[pos].clone();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = heap[parentpos].clone();
        if lt(&newitem, &parent)? {
            heap[pos] = parent;
            pos = parentpos;
            continue;
        }
        break;
    }
    heap[pos] = newitem;
    Ok(())
}

/// `_siftup(heap, pos)`.
pub fn sift_up<T: Clone>(heap: &mut [T], mut pos: usize, lt: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let newitem = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !lt(&heap[child], &heap[right])? {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = newitem;
    sift_down(heap, start, pos, lt)
}

pub fn heapify<T: Clone>(heap: &mut [T], lt: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    for i in (0..heap.len() / 2).rev() {
        sift_up(heap, i, lt)?;
    }
    Ok(())
}

fn list_arg(fname: &str, v: &Value) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        _ => {
            let which = if matches!(fname, "heappop" | "heapify") { "argument" } else { "argument 1" };
            let shown = if let Value::None = v { "None".to_string() } else { v.type_name().to_string() };
            Err(PyErr::type_error(format!("{}() {} must be list, not {}", fname, which, shown)))
        }
    }
}

/// Runs `f` on the heap's items, taken out of the list for the duration (O(1)), so user
/// `__lt__` code never meets a borrowed list; a list that user code grew meanwhile is an
/// error, as CPython's "list changed size" checks make it.
fn on_heap<T>(fname: &str, v: &Value, f: impl FnOnce(&mut Vec<Value>) -> PyResult<T>) -> PyResult<T> {
    let l = list_arg(fname, v)?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let out = f(&mut items);
    let mut cur = l.borrow_mut();
    if !cur.is_empty() {
        cur.extend(items);
        return Err(PyErr::new("RuntimeError", "list changed size during iteration"));
    }
    *cur = items;
    out
}

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    lt_bool(a, b)
}

pub fn heappush(args: Vec<Value>) -> PyResult<Value> {
    arity("heappush", &args, 2, 2)?;
    on_heap("heappush", &args[0], |h| {
        h.push(args[1].clone());
        let last = h.len() - 1;
        sift_down(h, 0, last, &mut lt)
    })?;
    Ok(Value::None)
}

pub fn heappop(args: Vec<Value>) -> PyResult<Value> {
    arity("heappop", &args, 1, 1)?;
    on_heap("heappop", &args[0], |h| {
        let last = h.pop().ok_or_else(|| PyErr::index_error("index out of range"))?;
        if h.is_empty() {
            return Ok(last);
        }
        let ret = std::mem::replace(&mut h[0], last);
        sift_up(h, 0, &mut lt)?;
        Ok(ret)
    })
}

fn heapreplace(args: Vec<Value>) -> PyResult<Value> {
    arity("heapreplace", &args, 2, 2)?;
    on_heap("heapreplace", &args[0], |h| {
        if h.is_empty() {
            return Err(PyErr::index_error("index out of range"));
        }
        let ret = std::mem::replace(&mut h[0], args[1].clone());
        sift_up(h, 0, &mut lt)?;
        Ok(ret)
    })
}

fn heappushpop(args: Vec<Value>) -> PyResult<Value> {
    arity("heappushpop", &args, 2, 2)?;
    on_heap("heappushpop", &args[0], |h| {
        let item = args[1].clone();
        if !h.is_empty() && lt(&h[0], &item)? {
            let ret = std::mem::replace(&mut h[0], item);
            sift_up(h, 0, &mut lt)?;
            return Ok(ret);
        }
        Ok(item)
    })
}

/// `nsmallest`/`nlargest`: `sorted(iterable, key=key, reverse=largest)[:n]`.
fn select(name: &'static str, largest: bool) -> (&'static str, Value) {
    func_kw(name, move |args, mut kwargs| {
        let key = take_kw(&mut kwargs, "key").unwrap_or(Value::None);
        no_more_kwargs(name, &kwargs)?;
        arity(name, &args, 2, 2)?;
        let n = to_i64(&args[0])?;
        let mut items = collect(&args[1])?;
        if n <= 0 {
            return Ok(Value::list(vec![]));
        }
        if let Value::None = key {
            crate::value::compare::sort_values(&mut items, largest)?;
        } else {
            let keys = items
                .iter()
                .map(|x| crate::value::func::call(&key, vec![x.clone()], vec![]))
                .collect::<PyResult<Vec<_>>>()?;
            crate::value::compare::sort_by_keys(&mut items, keys, largest)?;
        }
        items.truncate(n as usize);
        Ok(Value::list(items))
    })
}

/// `merge(*iterables, key=None, reverse=False)`: lazily, ties taken from the earlier
/// iterable first (as CPython's heap of `[value, order, …]` entries does).
fn merge(args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let key = take_kw(&mut kwargs, "key").unwrap_or(Value::None);
    let reverse = match take_kw(&mut kwargs, "reverse") {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => false,
    };
    no_more_kwargs("merge", &kwargs)?;
    let mut its = args.iter().map(crate::value::iterate::iterate).collect::<PyResult<Vec<_>>>()?;
    // The current head of each iterator and its key; `None` once exhausted.
    let mut heads: Vec<Option<(Value, Value)>> = Vec::new();
    let keyed = move |v: Value, key: &Value| -> PyResult<(Value, Value)> {
        let k = match key {
            Value::None => v.clone(),
            f => crate::value::func::call(f, vec![v.clone()], vec![])?,
        };
        Ok((k, v))
    };
    for it in its.iter_mut() {
        heads.push(match it.next() {
            Some(v) => Some(keyed(v?, &key)?),
            None => None,
        });
    }
    let mut failed = false;
    Ok(crate::value::iterate::iter_from(
        "generator",
        Box::new(std::iter::from_fn(move || {
            if failed {
                return None;
            }
            let mut best: Option<usize> = None;
            for (i, h) in heads.iter().enumerate() {
                let (k, _) = match h {
                    Some(h) => h,
                    None => continue,
                };
                let better = match best {
                    None => Ok(true),
                    Some(b) => {
                        let bk = &heads[b].as_ref().expect("best is live").0;
                        if reverse { lt(bk, k) } else { lt(k, bk) }
                    }
                };
                match better {
                    Ok(true) => best = Some(i),
                    Ok(false) => {}
                    Err(e) => {
                        failed = true;
                        return Some(Err(e));
                    }
                }
            }
            let b = best?;
            let (_, v) = heads[b].take().expect("best is live");
            match its[b].next() {
                Some(Ok(n)) => match keyed(n, &key) {
                    Ok(kv) => heads[b] = Some(kv),
                    Err(e) => return Some(Err(e)),
                },
                Some(Err(e)) => return Some(Err(e)),
                None => {}
            }
            Some(Ok(v))
        })),
    ))
}

pub fn build() -> Module {
    module(
        "heapq",
        vec![
            func("heappush", heappush),
            func("heappop", heappop),
            func("heapreplace", heapreplace),
            func("heappushpop", heappushpop),
            func("heapify", |args| {
                arity("heapify", &args, 1, 1)?;
                on_heap("heapify", &args[0], |h| heapify(h, &mut lt))?;
                Ok(Value::None)
            }),
            func_kw("merge", merge),
            select("nsmallest", false),
            select("nlargest", true),
        ],
    )
}
