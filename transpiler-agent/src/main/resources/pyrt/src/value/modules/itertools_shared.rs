//! The `itertools` iterators that share or slice their input (`groupby`, `islice`,
//! `zip_longest`, `tee`), ported from CPython's C objects so a shared source is consumed
//! exactly as there.

use super::args::{arity, no_more_kwargs, take_kw, to_i64};
use super::itertools::{fuse_err, lazy};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::eq_bool;
use crate::value::func::call;
use crate::value::iterate::{iterate, PyIter};
use crate::value::{Kwargs, Value};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// `groupby`'s shared state (CPython's `groupbyobject`).
struct Groups {
    it: PyIter,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    grouper: u64,
}

impl Groups {
    /// `groupby_step`: `Ok(false)` when the input is exhausted.
    fn step(&mut self) -> PyResult<bool> {
        let v = match self.it.next() {
            None => return Ok(false),
            Some(v) => v?,
        };
        let k = match &self.key {
            Value::None => v.clone(),
            f => call(f, vec![v.clone()], vec![])?,
        };
        self.currvalue = Some(v);
        self.currkey = Some(k);
        Ok(true)
    }
}

fn grouper(state: Rc<RefCell<Groups>>, id: u64, tgt: Value) -> Value {
    lazy(
        "_grouper",
        fuse_err(move || {
            let mut g = state.borrow_mut();
            if g.grouper != id {
                return None;
            }
            if g.currvalue.is_none() {
                match g.step() {
                    Ok(true) => {}
                    Ok(false) => return None,
                    Err(e) => return Some(Err(e)),
                }
            }
            let ck = g.currkey.clone().unwrap_or(Value::None);
            drop(g);
            match eq_bool(&tgt, &ck) {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => return Some(Err(e)),
            }
            state.borrow_mut().currvalue.take().map(Ok)
        }),
    )
}

pub fn groupby(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let k = take_kw(&mut kwargs, "key");
    let _ = take_kw(&mut kwargs, "iterable");
    no_more_kwargs("groupby", &kwargs)?;
    arity("groupby", &args, 1, 2)?;
    let key = args.get(1).cloned().or(k).unwrap_or(Value::None);
    let state = Rc::new(RefCell::new(Groups {
        it: iterate(&args[0])?,
        key,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        grouper: 0,
    }));
    Ok(lazy(
        "groupby",
        fuse_err(move || {
            let id = {
                let mut g = state.borrow_mut();
                g.grouper += 1;
                g.grouper
            };
            loop {
                let (ck, tk) = {
                    let g = state.borrow();
                    (g.currkey.clone(), g.tgtkey.clone())
                };
                if let Some(ck) = ck {
                    match tk {
                        None => break,
                        Some(tk) => match eq_bool(&tk, &ck) {
                            Ok(false) => break,
                            Ok(true) => {}
                            Err(e) => return Some(Err(e)),
                        },
                    }
                }
                let stepped = state.borrow_mut().step();
                match stepped {
                    Ok(true) => {}
                    Ok(false) => return None,
                    Err(e) => return Some(Err(e)),
                }
            }
            let tgt = {
                let mut g = state.borrow_mut();
                g.tgtkey = g.currkey.clone();
                g.grouper = id;
                g.tgtkey.clone().unwrap_or(Value::None)
            };
            Some(Ok(Value::tuple(vec![tgt.clone(), grouper(state.clone(), id, tgt)])))
        }),
    ))
}

fn islice_index(v: Option<&Value>, msg: &str) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(_)) | Some(Value::Bool(_)) => {
            let n = to_i64(v.expect("present")).map_err(|_| PyErr::value_error(msg.to_string()))?;
            if n < 0 {
                return Err(PyErr::value_error(msg.to_string()));
            }
            Ok(Some(n))
        }
        Some(_) => Err(PyErr::value_error(msg.to_string())),
    }
}

pub fn islice(args: Vec<Value>) -> PyResult<Value> {
    arity("islice", &args, 2, 4)?;
    let (start, stop, step) = if args.len() == 2 {
        let stop = islice_index(args.get(1), "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")?;
        (0, stop, 1)
    } else {
        let msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let start = islice_index(args.get(1), msg)?.unwrap_or(0);
        let stop = islice_index(args.get(2), msg)?;
        let step = match args.get(3) {
            None | Some(Value::None) => 1,
            Some(v) => {
                let s = to_i64(v).map_err(|_| PyErr::value_error("Step for islice() must be a positive integer or None."))?;
                if s <= 0 {
                    return Err(PyErr::value_error("Step for islice() must be a positive integer or None."));
                }
                s
            }
        };
        (start, stop, step)
    };
    let mut it = Some(iterate(&args[0])?);
    let (mut cnt, mut next) = (0i64, start);
    Ok(lazy(
        "islice",
        std::iter::from_fn(move || {
            let src = it.as_mut()?;
            while cnt < next {
                match src.next() {
                    Some(Ok(_)) => cnt += 1,
                    other => {
                        it = None;
                        return other;
                    }
                }
            }
            if stop.map_or(false, |s| cnt >= s) {
                it = None;
                return None;
            }
            match src.next() {
                Some(Ok(v)) => {
                    cnt += 1;
                    next += step;
                    if let Some(s) = stop {
                        if next > s {
                            next = s;
                        }
                    }
                    Some(Ok(v))
                }
                other => {
                    it = None;
                    other
                }
            }
        }),
    ))
}

pub fn zip_longest(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let fill = take_kw(&mut kwargs, "fillvalue").unwrap_or(Value::None);
    no_more_kwargs("zip_longest", &kwargs)?;
    let mut its: Vec<Option<PyIter>> = args.iter().map(|a| iterate(a).map(Some)).collect::<PyResult<_>>()?;
    let mut active = its.len();
    Ok(lazy(
        "zip_longest",
        fuse_err(move || {
            if its.is_empty() || active == 0 {
                return None;
            }
            let mut row = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let v = match slot.as_mut().and_then(|it| it.next()) {
                    Some(Ok(v)) => v,
                    Some(Err(e)) => return Some(Err(e)),
                    None => {
                        if slot.is_some() {
                            *slot = None;
                            active -= 1;
                            if active == 0 {
                                return None;
                            }
                        }
                        fill.clone()
                    }
                };
                row.push(v);
            }
            Some(Ok(Value::tuple(row)))
        }),
    ))
}

/// `tee(iterable, n)`: `n` iterators over one source, buffering what some have not read.
pub fn tee(args: Vec<Value>) -> PyResult<Value> {
    arity("tee", &args, 1, 2)?;
    let n = args.get(1).map(to_i64).transpose()?.unwrap_or(2);
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    let src = Rc::new(RefCell::new(iterate(&args[0])?));
    let queues: Rc<RefCell<Vec<VecDeque<Value>>>> = Rc::new(RefCell::new(vec![VecDeque::new(); n as usize]));
    let mut out = Vec::new();
    for me in 0..n as usize {
        let (src, queues) = (src.clone(), queues.clone());
        out.push(lazy(
            "_tee",
            std::iter::from_fn(move || {
                if let Some(v) = queues.borrow_mut()[me].pop_front() {
                    return Some(Ok(v));
                }
                let next = src.borrow_mut().next()?;
                match next {
                    Ok(v) => {
                        for (k, q) in queues.borrow_mut().iter_mut().enumerate() {
                            if k != me {
                                q.push_back(v.clone());
                            }
                        }
                        Some(Ok(v))
                    }
                    Err(e) => Some(Err(e)),
                }
            }),
        ));
    }
    Ok(Value::tuple(out))
}
