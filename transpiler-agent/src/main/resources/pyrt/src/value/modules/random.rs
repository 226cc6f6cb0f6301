//! The `random` module: one hidden generator ([`Mt19937`]) shared by the module functions,
//! with `random.py`'s algorithms on top so seeded programs print CPython's numbers.

use super::args::{arity, func, func_kw, module, no_more_kwargs, take_kw, to_f64, to_int};
use super::mt::Mt19937;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::iterate::collect;
use crate::value::ops::{getitem, len_of, setitem};
use crate::value::{Kwargs, Module, Value};
use std::cell::{Cell, RefCell};

thread_local! {
    static GEN: RefCell<Option<Mt19937>> = RefCell::new(None);
    /// The generators of `random.Random` instances (each instance keeps its index).
    static INSTANCES: RefCell<Vec<Mt19937>> = RefCell::new(Vec::new());
    /// The instance whose method is running (`None`: the module's generator).
    static CURRENT: Cell<Option<usize>> = Cell::new(None);
}

/// Runs `f` on the generator in use: a `Random` instance's during its methods, else the
/// module's (seeded from the clock on first use).
pub fn with_gen<T>(f: impl FnOnce(&mut Mt19937) -> T) -> T {
    if let Some(i) = CURRENT.with(|c| c.get()) {
        return INSTANCES.with(|v| f(&mut v.borrow_mut()[i]));
    }
    GEN.with(|g| {
        let mut g = g.borrow_mut();
        if g.is_none() {
            *g = Some(Mt19937::from_key(&time_key()));
        }
        f(g.as_mut().expect("seeded above"))
    })
}

fn time_key() -> Vec<u32> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![nanos as u32, (nanos >> 32) as u32, (nanos >> 64) as u32]
}

/// `random.seed(a)` (of the generator in use).
pub fn seed(a: &Value) -> PyResult<()> {
    let g = new_gen(a)?;
    match CURRENT.with(|c| c.get()) {
        Some(i) => INSTANCES.with(|v| v.borrow_mut()[i] = g),
        None => GEN.with(|cell| *cell.borrow_mut() = Some(g)),
    }
    Ok(())
}

fn new_gen(a: &Value) -> PyResult<Mt19937> {
    Ok(match a {
        Value::None => Mt19937::from_key(&time_key()),
        Value::Int(_) | Value::Bool(_) => Mt19937::from_int(&to_int(a)?),
        // CPython seeds with the hash as an unsigned C size_t, not its absolute value.
        Value::Float(_) => Mt19937::from_int(&Int::from(crate::value::hash::hash_value(a)? as u64)),
        Value::Str(s) => Mt19937::from_int(&str_seed(s.as_str().as_bytes())),
        Value::Bytes(b) => Mt19937::from_int(&str_seed(b)),
        _ => {
            return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    })
}

/// Version-2 seeding of text: `int.from_bytes(a + sha512(a).digest(), 'big')`.
pub fn str_seed(bytes: &[u8]) -> Int {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&super::digest::sha512(bytes));
    let mut acc = Int::from(0i64);
    for b in all {
        acc = acc.mul(&Int::from(256i64)).add(&Int::from(b as i64));
    }
    acc
}

fn randrange(args: Vec<Value>) -> PyResult<Value> {
    arity("randrange", &args, 1, 3)?;
    let istart = to_int(&args[0])?;
    if args.len() == 1 || matches!(args[1], Value::None) {
        if args.len() == 3 {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if istart.sign() > 0 {
            return Ok(Value::Int(with_gen(|g| g.randbelow(&istart))));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let istop = to_int(&args[1])?;
    let width = istop.sub(&istart);
    let istep = if args.len() == 3 { to_int(&args[2])? } else { Int::from(1i64) };
    let show = |v: &Value| crate::value::text::repr_of(v).map(|s| s.to_string());
    if istep == 1 {
        if width.sign() > 0 {
            return Ok(Value::Int(istart.add(&with_gen(|g| g.randbelow(&width)))));
        }
        return Err(PyErr::value_error(format!("empty range in randrange({}, {})", show(&args[0])?, show(&args[1])?)));
    }
    let n = if istep.sign() > 0 {
        width.add(&istep).sub(&Int::from(1i64)).floordiv(&istep)?
    } else if istep.sign() < 0 {
        width.add(&istep).add(&Int::from(1i64)).floordiv(&istep)?
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if n.sign() <= 0 {
        return Err(PyErr::value_error(format!(
            "empty range in randrange({}, {}, {})",
            show(&args[0])?,
            show(&args[1])?,
            show(&args[2])?
        )));
    }
    Ok(Value::Int(istart.add(&istep.mul(&with_gen(|g| g.randbelow(&n))))))
}

fn randint(args: Vec<Value>) -> PyResult<Value> {
    arity("randint", &args, 2, 2)?;
    let b1 = Value::Int(to_int(&args[1])?.add(&Int::from(1i64)));
    randrange(vec![args[0].clone(), b1])
}

fn choice(args: Vec<Value>) -> PyResult<Value> {
    arity("choice", &args, 1, 1)?;
    let n = len_of(&args[0])?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    let i = with_gen(|g| g.below(n));
    getitem(&args[0], &Value::int(i as i64))
}

fn shuffle(args: Vec<Value>) -> PyResult<Value> {
    arity("shuffle", &args, 1, 1)?;
    let n = len_of(&args[0])?;
    let swaps = with_gen(|g| g.shuffle_swaps(n));
    if let Value::List(l) = &args[0] {
        let mut v = l.borrow_mut();
        for (i, j) in swaps {
            v.swap(i, j);
        }
        return Ok(Value::None);
    }
    for (i, j) in swaps {
        let (ki, kj) = (Value::int(i as i64), Value::int(j as i64));
        let (a, b) = (getitem(&args[0], &ki)?, getitem(&args[0], &kj)?);
        setitem(&args[0], ki, b)?;
        setitem(&args[0], kj, a)?;
    }
    Ok(Value::None)
}

fn sample(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let k = take_kw(&mut kwargs, "k");
    let counts = take_kw(&mut kwargs, "counts").unwrap_or(Value::None);
    no_more_kwargs("sample", &kwargs)?;
    let mut args = args;
    if let Some(k) = k {
        args.push(k);
    }
    arity("sample", &args, 2, 2)?;
    match &args[0] {
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) => {
            return Err(PyErr::type_error(
                "Population must be a sequence.  For dicts or sets, use sorted(d).",
            ))
        }
        _ => {}
    }
    let n = len_of(&args[0])?;
    if !matches!(counts, Value::None) {
        return sample_counts(&args[0], n, &counts, &args[1]);
    }
    let k = to_int(&args[1])?;
    let k = match k.to_i64() {
        Some(k) if k >= 0 && (k as usize) <= n => k as usize,
        _ => return Err(PyErr::value_error("Sample larger than population or is negative")),
    };
    let idx = with_gen(|g| g.sample_indices(n, k));
    let items = idx.into_iter().map(|j| getitem(&args[0], &Value::int(j as i64))).collect::<PyResult<_>>()?;
    Ok(Value::list(items))
}

/// `sample(population, k, counts=...)`: a sample of `range(total)` mapped back through the
/// running totals of `counts`, as `random.py` does.
fn sample_counts(population: &Value, n: usize, counts: &Value, k: &Value) -> PyResult<Value> {
    let mut cum: Vec<Value> = Vec::new();
    for c in collect(counts)? {
        let next = match cum.last() {
            None => c,
            Some(a) => crate::value::ops::add(a, &c)?,
        };
        cum.push(next);
    }
    if cum.len() != n {
        return Err(PyErr::value_error("The number of counts does not match the population"));
    }
    let total = match cum.pop() {
        Some(Value::Int(t)) => t,
        _ => return Err(PyErr::type_error("Counts must be integers")),
    };
    if total.sign() <= 0 {
        return Err(PyErr::value_error("Total of counts must be greater than zero"));
    }
    let total = total
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))? as usize;
    let k = match to_int(k)?.to_i64() {
        Some(k) if k >= 0 && (k as usize) <= total => k as usize,
        _ => return Err(PyErr::value_error("Sample larger than population or is negative")),
    };
    let picks = with_gen(|g| g.sample_indices(total, k));
    let mut out = Vec::with_capacity(k);
    for s in picks {
        let s = Value::int(s as i64);
        // bisect_right(cum_counts, s)
        let (mut lo, mut hi) = (0usize, cum.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if crate::value::compare::lt_bool(&s, &cum[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(getitem(population, &Value::int(lo as i64))?);
    }
    Ok(Value::list(out))
}

fn choices(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let population = args.next().ok_or_else(|| PyErr::type_error("choices() missing 1 required positional argument: 'population'"))?;
    let weights = args.next().or_else(|| take_kw(&mut kwargs, "weights")).unwrap_or(Value::None);
    let cum = take_kw(&mut kwargs, "cum_weights").unwrap_or(Value::None);
    let k = take_kw(&mut kwargs, "k").map(|v| to_int(&v)).transpose()?.unwrap_or_else(|| Int::from(1i64));
    no_more_kwargs("choices", &kwargs)?;
    let n = len_of(&population)?;
    let k = k.to_i64().unwrap_or(0).max(0) as usize;
    let mut out = Vec::with_capacity(k);
    let cum_weights: Vec<Value> = match (&weights, &cum) {
        (Value::None, Value::None) => {
            let nf = n as f64;
            for _ in 0..k {
                let i = (with_gen(|g| g.random()) * nf).floor() as i64;
                out.push(getitem(&population, &Value::int(i))?);
            }
            return Ok(Value::list(out));
        }
        (w, Value::None) => {
            let mut acc: Option<Value> = None;
            let mut cw = Vec::new();
            for x in collect(w)? {
                let next = match &acc {
                    None => x,
                    Some(a) => crate::value::ops::add(a, &x)?,
                };
                cw.push(next.clone());
                acc = Some(next);
            }
            cw
        }
        (Value::None, c) => collect(c)?,
        _ => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
    };
    if cum_weights.len() != n {
        return Err(PyErr::value_error("The number of weights does not match the population"));
    }
    let cw: Vec<f64> = cum_weights.iter().map(to_f64).collect::<PyResult<_>>()?;
    let total = cw.last().copied().unwrap_or(0.0) + 0.0;
    if total <= 0.0 {
        return Err(PyErr::value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    for _ in 0..k {
        let x = with_gen(|g| g.random()) * total;
        // bisect_right(cum_weights, x, 0, hi)
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if x < cw[mid] {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(getitem(&population, &Value::int(lo as i64))?);
    }
    Ok(Value::list(out))
}

/// Python's float `%` (the result takes the divisor's sign).
fn py_mod(x: f64, m: f64) -> f64 {
    let r = x % m;
    if r != 0.0 {
        if (m < 0.0) != (r < 0.0) {
            r + m
        } else {
            r
        }
    } else {
        0.0f64.copysign(m)
    }
}

/// Python's float `**` for the positive bases the distributions use.
fn py_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn gammavariate(alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let random = || with_gen(|g| g.random());
    if alpha > 1.0 {
        let log4 = 4.0f64.ln();
        let sg_magic = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= checked_log(z)? {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 { py_pow(p, 1.0 / alpha)? } else { -checked_log((b - p) / alpha)? };
            let u1 = random();
            if p > 1.0 {
                if u1 <= py_pow(x, alpha - 1.0)? {
                    return Ok(x * beta);
                }
            } else if u1 <= (-x).exp() {
                return Ok(x * beta);
            }
        }
    }
}

/// `math.log` of a float: `ValueError: math domain error` for zero and negatives.
fn checked_log(x: f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(x.ln())
}

fn vonmisesvariate(mu: f64, kappa: f64) -> PyResult<f64> {
    let random = || with_gen(|g| g.random());
    let twopi = 2.0 * std::f64::consts::PI;
    if kappa <= 1e-6 {
        return Ok(twopi * random());
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let mut z;
    loop {
        let u1 = random();
        z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break;
        }
    }
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = random();
    Ok(if u3 > 0.5 { py_mod(mu + f.acos(), twopi) } else { py_mod(mu - f.acos(), twopi) })
}

fn lgamma(x: f64) -> f64 {
    super::gamma::lgamma(x).unwrap_or(f64::INFINITY)
}

/// `binomialvariate(n, p)`: `random.py`'s geometric method for small `n * p`, BTRS otherwise.
fn binomialvariate(n: i64, p: f64) -> PyResult<i64> {
    if n < 0 {
        return Err(PyErr::value_error("n must be non-negative"));
    }
    if p <= 0.0 || p >= 1.0 {
        if p == 0.0 {
            return Ok(0);
        }
        if p == 1.0 {
            return Ok(n);
        }
        return Err(PyErr::value_error("p must be in the range 0.0 <= p <= 1.0"));
    }
    let random = || with_gen(|g| g.random());
    if n == 1 {
        return Ok((random() < p) as i64);
    }
    if p > 0.5 {
        return Ok(n - binomialvariate(n, 1.0 - p)?);
    }
    let nf = n as f64;
    if nf * p < 10.0 {
        let (mut x, mut y) = (0i64, 0i64);
        let c = (1.0 - p).log2();
        if c == 0.0 {
            return Ok(x);
        }
        loop {
            let r = random();
            if r == 0.0 {
                return Err(PyErr::value_error("math domain error"));
            }
            y += (r.log2() / c).floor() as i64 + 1;
            if y > n {
                return Ok(x);
            }
            x += 1;
        }
    }
    let spq = (nf * p * (1.0 - p)).sqrt();
    let b = 1.15 + 2.53 * spq;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = nf * p + 0.5;
    let vr = 0.92 - 4.2 / b;
    let mut setup: Option<(f64, f64, f64, f64)> = None;
    loop {
        let mut u = random();
        u -= 0.5;
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + c).floor();
        if k < 0.0 || k > nf {
            continue;
        }
        let mut v = random();
        if us >= 0.07 && v <= vr {
            return Ok(k as i64);
        }
        let (alpha, lpq, m, h) = match setup {
            Some(s) => s,
            None => {
                let alpha = (2.83 + 5.1 / b) * spq;
                let lpq = (p / (1.0 - p)).ln();
                let m = ((nf + 1.0) * p).floor();
                let h = lgamma(m + 1.0) + lgamma(nf - m + 1.0);
                setup = Some((alpha, lpq, m, h));
                (alpha, lpq, m, h)
            }
        };
        v *= alpha / (a / (us * us) + b);
        if checked_log(v)? <= h - lgamma(k + 1.0) - lgamma(nf - k + 1.0) + (k - m) * lpq {
            return Ok(k as i64);
        }
    }
}

/// `getstate()`: `(3, (624 words..., position), gauss_next)`.
fn getstate() -> Value {
    let (words, index, gauss) = with_gen(|g| {
        let (w, i) = g.words();
        (w, i, g.gauss_next)
    });
    let mut inner: Vec<Value> = words.into_iter().map(|w| Value::int(w as i64)).collect();
    inner.push(Value::int(index as i64));
    Value::tuple(vec![Value::int(3), Value::tuple(inner), gauss.map_or(Value::None, Value::Float)])
}

fn setstate(state: &Value) -> PyResult<()> {
    let parts = match state {
        Value::Tuple(t) => t.as_ref().clone(),
        _ => collect(state)?,
    };
    let version = parts.get(0).cloned().unwrap_or(Value::None);
    if !matches!(&version, Value::Int(i) if i.to_i64() == Some(3) || i.to_i64() == Some(2)) {
        return Err(PyErr::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            crate::value::text::str_of(&version)?.as_str()
        )));
    }
    if parts.len() != 3 {
        return Err(PyErr::value_error(format!("too many values to unpack (expected 3)")));
    }
    let inner = match &parts[1] {
        Value::Tuple(t) => t.as_ref().clone(),
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if inner.len() != 625 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for w in &inner[..624] {
        let w = to_int(w)?.modulo(&Int::from(1i64 << 32))?;
        words.push(w.to_i64().unwrap_or(0) as u32);
    }
    let index = to_int(&inner[624])?.to_i64().unwrap_or(-1);
    if index < 0 || index > 624 {
        return Err(PyErr::value_error("invalid state"));
    }
    let gauss = match &parts[2] {
        Value::None => None,
        v => Some(to_f64(v)?),
    };
    with_gen(|g| {
        g.set_words(&words, index as usize);
        g.gauss_next = gauss;
    });
    Ok(())
}

fn two_floats(name: &str, args: &[Value], d0: f64, d1: f64) -> PyResult<(f64, f64)> {
    arity(name, args, 0, 2)?;
    let a = args.get(0).map(to_f64).transpose()?.unwrap_or(d0);
    let b = args.get(1).map(to_f64).transpose()?.unwrap_or(d1);
    Ok((a, b))
}

/// Positional arguments with the named ones appended in `names` order.
fn merge(args: Vec<Value>, mut kwargs: Kwargs, fname: &str, names: &[&str]) -> PyResult<Vec<Value>> {
    let mut args = args;
    for name in names.iter().skip(args.len()) {
        match take_kw(&mut kwargs, name) {
            Some(v) => args.push(v),
            None => break,
        }
    }
    no_more_kwargs(fname, &kwargs)?;
    Ok(args)
}

/// The `random.Random` class: each instance has its own generator; its methods run the
/// module's functions on it.
fn random_class(functions: &[(&'static str, Value)]) -> Value {
    let fs: Vec<(&'static str, Value)> = functions.to_vec();
    let cls = super::objs::runtime_class("random", "Random", vec![], move || {
        let mut members = vec![super::objs::method("__init__", |this, args, _| {
            arity("Random", &args, 0, 1)?;
            let g = new_gen(args.get(0).unwrap_or(&Value::None))?;
            let id = INSTANCES.with(|v| {
                let mut v = v.borrow_mut();
                v.push(g);
                v.len() - 1
            });
            super::objs::set_state(this, "__gen__", Value::int(id as i64));
            Ok(Value::None)
        })];
        for (name, f) in fs {
            members.push(super::objs::method_kw(name, move |this, args, kwargs| {
                let id = to_int(&super::objs::state(this, "__gen__")?)?.to_i64().unwrap_or(0) as usize;
                let outer = CURRENT.with(|c| c.replace(Some(id)));
                let result = crate::value::func::call(&f, args, kwargs);
                CURRENT.with(|c| c.set(outer));
                result
            }));
        }
        members
    });
    Value::Class(cls)
}

pub fn build() -> Module {
    let mut functions = functions();
    let cls = random_class(&functions);
    functions.push(("Random", cls));
    module("random", functions)
}

fn functions() -> Vec<(&'static str, Value)> {
    vec![
            func_kw("seed", |args, kwargs| {
                let args = merge(args, kwargs, "seed", &["a", "version"])?;
                arity("seed", &args, 0, 2)?;
                seed(args.get(0).unwrap_or(&Value::None))?;
                Ok(Value::None)
            }),
            func("random", |args| {
                arity("random", &args, 0, 0)?;
                Ok(Value::Float(with_gen(|g| g.random())))
            }),
            func("getrandbits", |args| {
                arity("getrandbits", &args, 1, 1)?;
                let k = to_int(&args[0])?;
                if k.is_negative() {
                    return Err(PyErr::value_error("number of bits must be non-negative"));
                }
                let k = k.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
                Ok(Value::Int(with_gen(|g| g.getrandbits(k as u64))))
            }),
            func_kw("randrange", |args, kwargs| randrange(merge(args, kwargs, "randrange", &["start", "stop", "step"])?)),
            func_kw("randint", |args, kwargs| randint(merge(args, kwargs, "randint", &["a", "b"])?)),
            func("choice", choice),
            func("shuffle", shuffle),
            func_kw("sample", sample),
            func_kw("choices", choices),
            func_kw("uniform", |args, kwargs| {
                let args = merge(args, kwargs, "uniform", &["a", "b"])?;
                arity("uniform", &args, 2, 2)?;
                let r = Value::Float(with_gen(|g| g.random()));
                let span = crate::value::ops::sub(&args[1], &args[0])?;
                crate::value::ops::add(&args[0], &crate::value::ops::mul(&span, &r)?)
            }),
            func_kw("gauss", |args, kwargs| {
                let args = merge(args, kwargs, "gauss", &["mu", "sigma"])?;
                let (mu, sigma) = two_floats("gauss", &args, 0.0, 1.0)?;
                Ok(Value::Float(with_gen(|g| g.gauss(mu, sigma))))
            }),
            func_kw("normalvariate", |args, kwargs| {
                let args = merge(args, kwargs, "normalvariate", &["mu", "sigma"])?;
                let (mu, sigma) = two_floats("normalvariate", &args, 0.0, 1.0)?;
                Ok(Value::Float(with_gen(|g| g.normalvariate(mu, sigma))))
            }),
            func_kw("triangular", |args, kwargs| {
                let args = merge(args, kwargs, "triangular", &["low", "high", "mode"])?;
                arity("triangular", &args, 0, 3)?;
                let low = args.get(0).map(to_f64).transpose()?.unwrap_or(0.0);
                let high = args.get(1).map(to_f64).transpose()?.unwrap_or(1.0);
                let mut u = with_gen(|g| g.random());
                let mut c = match args.get(2) {
                    None | Some(Value::None) => 0.5,
                    Some(m) => {
                        if high - low == 0.0 {
                            return Ok(Value::Float(low));
                        }
                        (to_f64(m)? - low) / (high - low)
                    }
                };
                let (mut lo, mut hi) = (low, high);
                if u > c {
                    u = 1.0 - u;
                    c = 1.0 - c;
                    std::mem::swap(&mut lo, &mut hi);
                }
                Ok(Value::Float(lo + (hi - lo) * (u * c).sqrt()))
            }),
            func_kw("lognormvariate", |args, kwargs| {
                let args = merge(args, kwargs, "lognormvariate", &["mu", "sigma"])?;
                arity("lognormvariate", &args, 2, 2)?;
                let (mu, sigma) = two_floats("lognormvariate", &args, 0.0, 1.0)?;
                Ok(Value::Float(crate::libm::exp(with_gen(|g| g.normalvariate(mu, sigma)))))
            }),
            func("getstate", |args| {
                arity("getstate", &args, 0, 0)?;
                Ok(getstate())
            }),
            func("setstate", |args| {
                arity("setstate", &args, 1, 1)?;
                setstate(&args[0]).map(|_| Value::None)
            }),
            func_kw("gammavariate", |args, kwargs| {
                let args = merge(args, kwargs, "gammavariate", &["alpha", "beta"])?;
                arity("gammavariate", &args, 2, 2)?;
                Ok(Value::Float(gammavariate(to_f64(&args[0])?, to_f64(&args[1])?)?))
            }),
            func_kw("betavariate", |args, kwargs| {
                let args = merge(args, kwargs, "betavariate", &["alpha", "beta"])?;
                arity("betavariate", &args, 2, 2)?;
                let y = gammavariate(to_f64(&args[0])?, 1.0)?;
                if y != 0.0 {
                    return Ok(Value::Float(y / (y + gammavariate(to_f64(&args[1])?, 1.0)?)));
                }
                Ok(Value::Float(0.0))
            }),
            func_kw("vonmisesvariate", |args, kwargs| {
                let args = merge(args, kwargs, "vonmisesvariate", &["mu", "kappa"])?;
                arity("vonmisesvariate", &args, 2, 2)?;
                Ok(Value::Float(vonmisesvariate(to_f64(&args[0])?, to_f64(&args[1])?)?))
            }),
            func_kw("paretovariate", |args, kwargs| {
                let args = merge(args, kwargs, "paretovariate", &["alpha"])?;
                arity("paretovariate", &args, 1, 1)?;
                let u = 1.0 - with_gen(|g| g.random());
                Ok(Value::Float(py_pow(u, -1.0 / to_f64(&args[0])?)?))
            }),
            func_kw("weibullvariate", |args, kwargs| {
                let args = merge(args, kwargs, "weibullvariate", &["alpha", "beta"])?;
                arity("weibullvariate", &args, 2, 2)?;
                let (alpha, beta) = (to_f64(&args[0])?, to_f64(&args[1])?);
                let u = 1.0 - with_gen(|g| g.random());
                Ok(Value::Float(alpha * py_pow(-checked_log(u)?, 1.0 / beta)?))
            }),
            func_kw("binomialvariate", |args, kwargs| {
                let args = merge(args, kwargs, "binomialvariate", &["n", "p"])?;
                arity("binomialvariate", &args, 0, 2)?;
                let n = match args.get(0) {
                    Some(v) => super::args::to_i64(v)?,
                    None => 1,
                };
                let p = args.get(1).map(to_f64).transpose()?.unwrap_or(0.5);
                Ok(Value::int(binomialvariate(n, p)?))
            }),
            func("randbytes", |args| {
                arity("randbytes", &args, 1, 1)?;
                let n = to_int(&args[0])?;
                if n.is_negative() {
                    return Err(PyErr::value_error("negative count"));
                }
                let n = n.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))? as u64;
                let bits = with_gen(|g| g.getrandbits(n * 8));
                let mut out = Vec::with_capacity(n as usize);
                let mut rest = bits;
                let byte = Int::from(256i64);
                for _ in 0..n {
                    out.push(rest.modulo(&byte)?.to_i64().unwrap_or(0) as u8);
                    rest = rest.floordiv(&byte)?;
                }
                Ok(Value::Bytes(std::rc::Rc::new(out)))
            }),
            func("expovariate", |args| {
                let (lambd, _) = two_floats("expovariate", &args, 1.0, 0.0)?;
                let r = with_gen(|g| g.random());
                if lambd == 0.0 {
                    return Err(PyErr::zero_division("float division by zero"));
                }
                Ok(Value::Float(-crate::libm::log(1.0 - r) / lambd))
            }),
    ]
}
