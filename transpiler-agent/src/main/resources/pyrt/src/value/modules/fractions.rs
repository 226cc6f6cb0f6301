//! `fractions.Fraction`, following CPython 3.12's `fractions.py`: construction from ints,
//! fractions, floats (exactly) and strings; arithmetic that stays exact with ints and fractions
//! and turns to float with floats; exact comparison with floats; hashes equal to those of equal
//! ints and floats; `limit_denominator`, `round`, `math.floor`/`ceil`/`trunc`.
//! `format()` with a non-empty spec is not provided (a `TypeError`, never a wrong number).

use super::args::{module, no_more_kwargs, take_kw};
use super::objs::{instance, is_a, method, method_kw, runtime_class, state};
use super::rational::Ratio;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::class::make_property;
use crate::value::{Class, Kwargs, Module, Value};
use std::cmp::Ordering;
use std::rc::Rc;

pub fn fraction_class() -> Rc<Class> {
    runtime_class("fractions", "Fraction", vec![], members)
}

/// A new `Fraction` holding `r`.
pub fn fraction(r: Ratio) -> Value {
    instance(&fraction_class(), vec![("_numerator", Value::Int(r.n)), ("_denominator", Value::Int(r.d))])
}

pub fn is_fraction(v: &Value) -> bool {
    is_a(v, "fractions", "Fraction")
}

/// The value of a `Fraction` instance.
pub fn ratio_of(v: &Value) -> PyResult<Ratio> {
    match (state(v, "_numerator")?, state(v, "_denominator")?) {
        (Value::Int(n), Value::Int(d)) => Ok(Ratio { n, d }),
        _ => Err(PyErr::type_error("corrupt Fraction")),
    }
}

/// An operand that is a `numbers.Rational`: an int, a bool or a Fraction.
pub fn rational(v: &Value) -> PyResult<Option<Ratio>> {
    Ok(match v {
        Value::Int(i) => Some(Ratio::int(i.clone())),
        Value::Bool(b) => Some(Ratio::int(Int::from(i64::from(*b)))),
        _ if is_fraction(v) => Some(ratio_of(v)?),
        _ => None,
    })
}

fn digits_ok(s: &str, allow_empty: bool) -> bool {
    if s.is_empty() {
        return allow_empty;
    }
    // `\d+(_\d+)*`: underscores only between digits.
    !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.chars().all(|c| c.is_ascii_digit() || c == '_')
}

fn parse_digits(s: &str) -> Int {
    let clean: String = s.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() {
        Int::from(0i64)
    } else {
        Int::parse(&clean, 10).expect("checked digits")
    }
}

/// CPython's `_RATIONAL_FORMAT`: `[sign] num [/ denom]` or `[sign] num[.decimal][e exp]`.
fn parse(text: &str) -> PyResult<Ratio> {
    let invalid = || PyErr::value_error(format!("Invalid literal for Fraction: {}", crate::value::text::repr_of(&Value::str(text)).map(|s| s.to_string()).unwrap_or_default()));
    let s = text.trim();
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let starts_ok = s.starts_with(|c: char| c.is_ascii_digit())
        || (s.starts_with('.') && s[1..].starts_with(|c: char| c.is_ascii_digit()));
    if !starts_ok {
        return Err(invalid());
    }
    let mut r = if let Some((num, den)) = s.split_once('/') {
        let (num, den) = (num.trim_end(), den.trim_start());
        if !digits_ok(num, false) || !digits_ok(den, false) {
            return Err(invalid());
        }
        Ratio::new(parse_digits(num), parse_digits(den))?
    } else {
        let (mantissa, exp) = match s.find(|c| c == 'e' || c == 'E') {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        };
        let (int_part, frac_part) = match mantissa.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (mantissa, None),
        };
        if !digits_ok(int_part, true) || !frac_part.map_or(true, |f| digits_ok(f, true)) {
            return Err(invalid());
        }
        let mut n = parse_digits(int_part);
        let mut d = Int::from(1i64);
        if let Some(f) = frac_part {
            let scale = super::rational::int_pow(&Int::from(10i64), &Int::from(f.chars().filter(|c| *c != '_').count() as i64))?;
            n = n.mul(&scale).add(&parse_digits(f));
            d = scale;
        }
        if let Some(e) = exp {
            let (eneg, digits) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if !digits_ok(digits, false) {
                return Err(invalid());
            }
            let scale = super::rational::int_pow(&Int::from(10i64), &parse_digits(digits))?;
            if eneg {
                d = d.mul(&scale);
            } else {
                n = n.mul(&scale);
            }
        }
        Ratio::new(n, d)?
    };
    if neg {
        r = r.neg();
    }
    Ok(r)
}

/// `Fraction(numerator=0, denominator=None)`.
fn init(this: &Value, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if let Some(n) = take_kw(&mut kwargs, "numerator") {
        args.insert(0, n);
    }
    if let Some(d) = take_kw(&mut kwargs, "denominator") {
        args.push(d);
    }
    no_more_kwargs("Fraction", &kwargs)?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "Fraction.__new__() takes from 1 to 3 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    let r = match (args.first(), args.get(1)) {
        (None, _) => Ratio::int(Int::from(0i64)),
        (Some(n), None) | (Some(n), Some(Value::None)) => match n {
            Value::Float(f) => Ratio::from_f64(*f)?,
            Value::Str(s) => parse(s.as_str())?,
            other => rational(other)?
                .ok_or_else(|| PyErr::type_error("argument should be a string or a Rational instance"))?,
        },
        (Some(n), Some(d)) => match (rational(n)?, rational(d)?) {
            (Some(a), Some(b)) => Ratio::new(a.n.mul(&b.d), a.d.mul(&b.n))?,
            _ => return Err(PyErr::type_error("both arguments should be Rational instances")),
        },
    };
    if let Value::Instance(i) = this {
        let mut d = i.dict.borrow_mut();
        d.set_str("_numerator", Value::Int(r.n));
        d.set_str("_denominator", Value::Int(r.d));
    }
    Ok(Value::None)
}

fn other_arg(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    DivMod,
}

impl Op {
    fn exact(self, a: &Ratio, b: &Ratio) -> PyResult<Value> {
        Ok(match self {
            Op::Add => fraction(a.add(b)),
            Op::Sub => fraction(a.sub(b)),
            Op::Mul => fraction(a.mul(b)),
            Op::Div => fraction(a.div(b)?),
            Op::FloorDiv => Value::Int(floordiv(a, b)?),
            Op::Mod => fraction(a.sub(&b.mul(&Ratio::int(floordiv(a, b)?)))),
            Op::DivMod => {
                let q = floordiv(a, b)?;
                Value::tuple(vec![Value::Int(q.clone()), fraction(a.sub(&b.mul(&Ratio::int(q))))])
            }
        })
    }

    /// The operation on floats or complexes (where `_operator_fallbacks` leaves exactness).
    fn inexact(self, fa: Value, fb: Value) -> PyResult<Value> {
        use crate::value::ops;
        match self {
            Op::Add => ops::add(&fa, &fb),
            Op::Sub => ops::sub(&fa, &fb),
            Op::Mul => ops::mul(&fa, &fb),
            Op::Div => ops::truediv(&fa, &fb),
            Op::FloorDiv => ops::floordiv(&fa, &fb),
            Op::Mod => ops::modulo(&fa, &fb),
            Op::DivMod => crate::value::builtins::divmod(vec![fa, fb], vec![]),
        }
    }
}

fn floordiv(a: &Ratio, b: &Ratio) -> PyResult<Int> {
    // An int division by zero, worded as CPython's int division words it.
    a.n.mul(&b.d).floordiv(&a.d.mul(&b.n))
}

/// `_operator_fallbacks`: exact with Rationals, float with floats, complex with complexes,
/// else `NotImplemented`.
fn arith(this: &Value, args: &[Value], op: Op, reflected: bool) -> PyResult<Value> {
    let a = ratio_of(this)?;
    let other = other_arg(args);
    if let Some(b) = rational(&other)? {
        return if reflected { op.exact(&b, &a) } else { op.exact(&a, &b) };
    }
    let me = match other {
        Value::Float(_) => Value::float(a.to_f64()?),
        Value::Complex(..) => Value::Complex(a.to_f64()?, 0.0),
        _ => return Ok(Value::NotImplemented),
    };
    if reflected { op.inexact(other, me) } else { op.inexact(me, other) }
}

fn pow(this: &Value, args: &[Value]) -> PyResult<Value> {
    let a = ratio_of(this)?;
    let other = other_arg(args);
    match rational(&other)? {
        Some(b) if b.d == 1i64 => Ok(fraction(a.powi(&b.n)?)),
        Some(b) => crate::value::ops::pow(&Value::float(a.to_f64()?), &Value::float(b.to_f64()?)),
        None => match other {
            Value::Float(_) | Value::Complex(..) => crate::value::ops::pow(&Value::float(a.to_f64()?), &other),
            _ => Ok(Value::NotImplemented),
        },
    }
}

fn rpow(this: &Value, args: &[Value]) -> PyResult<Value> {
    let b = ratio_of(this)?;
    let base = other_arg(args);
    if b.d == 1i64 && !b.n.is_negative() {
        return crate::value::ops::pow(&base, &Value::Int(b.n));
    }
    if let Some(a) = rational(&base)? {
        return pow(&fraction(a), &[this.clone()]);
    }
    if b.d == 1i64 {
        return crate::value::ops::pow(&base, &Value::Int(b.n));
    }
    crate::value::ops::pow(&base, &Value::float(b.to_f64()?))
}

/// Compares with a Rational or a float (`None` for other types: `NotImplemented`).
fn compare(this: &Value, other: &Value) -> PyResult<Option<Option<Ordering>>> {
    let a = ratio_of(this)?;
    if let Some(b) = rational(other)? {
        return Ok(Some(Some(a.cmp(&b))));
    }
    if let Value::Float(f) = other {
        if f.is_nan() {
            return Ok(Some(None));
        }
        if f.is_infinite() {
            return Ok(Some(0.0f64.partial_cmp(f)));
        }
        return Ok(Some(Some(a.cmp(&Ratio::from_f64(*f)?))));
    }
    Ok(None)
}

fn richcmp(this: &Value, args: &[Value], test: fn(Ordering) -> bool) -> PyResult<Value> {
    compared(this, &other_arg(args), test)
}

fn compared(this: &Value, other: &Value, test: fn(Ordering) -> bool) -> PyResult<Value> {
    Ok(match compare(this, other)? {
        Some(Some(o)) => Value::Bool(test(o)),
        Some(None) => Value::FALSE,
        None => Value::NotImplemented,
    })
}

/// `__eq__`: as the other comparisons, and a complex with no imaginary part compares as its
/// real part.
fn eq(this: &Value, args: &[Value]) -> PyResult<Value> {
    let other = match other_arg(args) {
        Value::Complex(re, im) if im == 0.0 => Value::float(re),
        other => other,
    };
    compared(this, &other, |o| o == Ordering::Equal)
}

/// `hash(Fraction)`: equal to the hash of an equal int or float.
fn hash(r: &Ratio) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let modulus = Int::from(P);
    let h = match r.d.pow_mod(&Int::from(P - 2), &modulus) {
        // `d` has an inverse mod P unless P divides it.
        Ok(dinv) if !r.d.modulo(&modulus).map_or(true, |m| m.is_zero()) => {
            let hn = Int::from(crate::value::hash::hash_int(&r.n.abs()));
            hn.mul(&dinv).modulo(&modulus).ok().and_then(|v| v.to_i64()).unwrap_or(0)
        }
        _ => 314_159,
    };
    let h = if r.n.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn round(this: &Value, args: &[Value]) -> PyResult<Value> {
    let r = ratio_of(this)?;
    match args.first() {
        None | Some(Value::None) => Ok(Value::Int(r.round_even())),
        Some(nd) => {
            let nd = super::args::to_i64(nd)?;
            let shift = super::rational::int_pow(&Int::from(10i64), &Int::from(nd.abs()))?;
            let shift = Ratio::int(shift);
            Ok(fraction(if nd > 0 {
                Ratio::new(r.mul(&shift).round_even(), shift.n)?
            } else {
                Ratio::int(r.div(&shift)?.round_even().mul(&shift.n))
            }))
        }
    }
}

/// `limit_denominator(max_denominator=1000000)`: the closest fraction with a bounded
/// denominator, by continued fractions.
fn limit_denominator(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args;
    if let Some(m) = take_kw(&mut kwargs, "max_denominator") {
        args.push(m);
    }
    no_more_kwargs("limit_denominator", &kwargs)?;
    let max = match args.first() {
        Some(v) => super::args::to_int(v)?,
        None => Int::from(1_000_000i64),
    };
    if max < 1i64 {
        return Err(PyErr::value_error("max_denominator should be at least 1"));
    }
    let r = ratio_of(this)?;
    if r.d <= max {
        return Ok(fraction(r));
    }
    let (mut p0, mut q0, mut p1, mut q1) = (Int::from(0i64), Int::from(1i64), Int::from(1i64), Int::from(0i64));
    let (mut n, mut d) = (r.n.clone(), r.d.clone());
    loop {
        let a = n.floordiv(&d)?;
        let q2 = q0.add(&a.mul(&q1));
        if q2 > max {
            break;
        }
        let p2 = p0.add(&a.mul(&p1));
        p0 = p1;
        q0 = q1;
        p1 = p2;
        q1 = q2;
        let rem = n.sub(&a.mul(&d));
        n = d;
        d = rem;
    }
    let k = max.sub(&q0).floordiv(&q1)?;
    let bound = Int::from(2i64).mul(&d).mul(&q0.add(&k.mul(&q1)));
    Ok(fraction(if bound <= r.d {
        Ratio { n: p1, d: q1 }
    } else {
        Ratio { n: p0.add(&k.mul(&p1)), d: q0.add(&k.mul(&q1)) }
    }))
}

fn unary(this: &Value, f: impl Fn(&Ratio) -> Value) -> PyResult<Value> {
    Ok(f(&ratio_of(this)?))
}

fn members() -> Vec<(&'static str, Value)> {
    let getter = |name: &'static str, key: &'static str| {
        (name, make_property(method(name, move |this, _, _| state(this, key)).1, Value::None))
    };
    vec![
        method_kw("__init__", init),
        getter("numerator", "_numerator"),
        getter("denominator", "_denominator"),
        method("__add__", |t, a, _| arith(t, &a, Op::Add, false)),
        method("__radd__", |t, a, _| arith(t, &a, Op::Add, true)),
        method("__sub__", |t, a, _| arith(t, &a, Op::Sub, false)),
        method("__rsub__", |t, a, _| arith(t, &a, Op::Sub, true)),
        method("__mul__", |t, a, _| arith(t, &a, Op::Mul, false)),
        method("__rmul__", |t, a, _| arith(t, &a, Op::Mul, true)),
        method("__truediv__", |t, a, _| arith(t, &a, Op::Div, false)),
        method("__rtruediv__", |t, a, _| arith(t, &a, Op::Div, true)),
        method("__floordiv__", |t, a, _| arith(t, &a, Op::FloorDiv, false)),
        method("__rfloordiv__", |t, a, _| arith(t, &a, Op::FloorDiv, true)),
        method("__mod__", |t, a, _| arith(t, &a, Op::Mod, false)),
        method("__rmod__", |t, a, _| arith(t, &a, Op::Mod, true)),
        method("__divmod__", |t, a, _| arith(t, &a, Op::DivMod, false)),
        method("__rdivmod__", |t, a, _| arith(t, &a, Op::DivMod, true)),
        method("__pow__", |t, a, _| pow(t, &a)),
        method("__rpow__", |t, a, _| rpow(t, &a)),
        method("__neg__", |t, _, _| unary(t, |r| fraction(r.neg()))),
        method("__pos__", |t, _, _| unary(t, |r| fraction(r.clone()))),
        method("__abs__", |t, _, _| unary(t, |r| fraction(r.abs()))),
        method("__int__", |t, _, _| unary(t, |r| Value::Int(r.trunc()))),
        method("__trunc__", |t, _, _| unary(t, |r| Value::Int(r.trunc()))),
        method("__floor__", |t, _, _| unary(t, |r| Value::Int(r.floor()))),
        method("__ceil__", |t, _, _| unary(t, |r| Value::Int(r.neg().floor().neg()))),
        method("__float__", |t, _, _| Ok(Value::float(ratio_of(t)?.to_f64()?))),
        method("__bool__", |t, _, _| unary(t, |r| Value::Bool(!r.is_zero()))),
        method("__round__", |t, a, _| round(t, &a)),
        method("__hash__", |t, _, _| unary(t, |r| Value::int(hash(r)))),
        method("__eq__", |t, a, _| eq(t, &a)),
        method("__lt__", |t, a, _| richcmp(t, &a, |o| o == Ordering::Less)),
        method("__le__", |t, a, _| richcmp(t, &a, |o| o != Ordering::Greater)),
        method("__gt__", |t, a, _| richcmp(t, &a, |o| o == Ordering::Greater)),
        method("__ge__", |t, a, _| richcmp(t, &a, |o| o != Ordering::Less)),
        method("__repr__", |t, _, _| unary(t, |r| Value::str(&format!("Fraction({}, {})", r.n, r.d)))),
        method("__str__", |t, _, _| {
            unary(t, |r| Value::str(&if r.d == 1i64 { r.n.to_string() } else { format!("{}/{}", r.n, r.d) }))
        }),
        method("__format__", |t, a, _| match a.first() {
            Some(Value::Str(s)) if s.as_str().is_empty() => Ok(Value::Str(crate::value::text::str_of(t)?)),
            Some(Value::Str(s)) => Ok(Value::str(&super::fractions_fmt::format(&ratio_of(t)?, s.as_str())?)),
            _ => Err(PyErr::type_error("Fraction.__format__() argument must be str")),
        }),
        method("as_integer_ratio", |t, _, _| {
            unary(t, |r| Value::tuple(vec![Value::Int(r.n.clone()), Value::Int(r.d.clone())]))
        }),
        method("is_integer", |t, _, _| unary(t, |r| Value::Bool(r.d == 1i64))),
        method_kw("limit_denominator", limit_denominator),
        method("__copy__", |t, _, _| Ok(t.clone())),
        method("__deepcopy__", |t, _, _| Ok(t.clone())),
        (
            "from_float",
            crate::value::class::make_classmethod(method("from_float", |_, a, _| match a.first() {
                Some(Value::Float(f)) => Ok(fraction(Ratio::from_f64(*f)?)),
                Some(v) => match rational(v)? {
                    Some(r) => Ok(fraction(r)),
                    None => Err(PyErr::type_error(format!(
                        "Fraction.from_float() only takes floats, not {} ({})",
                        crate::value::text::repr_of(v).map(|s| s.to_string()).unwrap_or_default(),
                        v.type_name()
                    ))),
                },
                None => Err(PyErr::type_error("from_float() missing 1 required positional argument: 'f'")),
            })
            .1),
        ),
    ]
}

pub fn build() -> Module {
    module("fractions", vec![("Fraction", Value::Class(fraction_class()))])
}
