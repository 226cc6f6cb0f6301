//! The `decimal` module: `Decimal` with CPython's arithmetic, rounding, contexts and signals
//! (the number work is in `decimal_num`, contexts in `decimal_ctx`, `format()` in
//! `decimal_fmt`). Transcendental functions (`exp`, `ln`, `log10`), non-integral powers and
//! three-argument `pow` are refused with an error rather than approximated.

use super::args::{module, take_kw};
use super::decimal_ctx::{self as dctx, context_arg, current, record, rounding_error, signal_class, trapped_error};
use super::decimal_num::{Cond, Ctx, Dec, Kind, Rounding, ROUNDINGS};
use super::objs::{instance, is_a, method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::class::{make_classmethod, make_property};
use crate::value::{Class, Kwargs, Module, Value};
use std::cmp::Ordering;
use std::rc::Rc;

pub fn decimal_class() -> Rc<Class> {
    runtime_class("decimal", "Decimal", vec![], members)
}

fn kind_code(k: Kind) -> i64 {
    match k {
        Kind::Finite => 0,
        Kind::Inf => 1,
        Kind::NaN => 2,
        Kind::SNaN => 3,
    }
}

/// A new `Decimal` holding `d`.
pub fn decimal(d: Dec) -> Value {
    instance(
        &decimal_class(),
        vec![
            ("_sign", Value::int(i64::from(d.sign))),
            ("_int", Value::str(&d.int)),
            ("_exp", Value::int(d.exp)),
            ("_kind", Value::int(kind_code(d.kind))),
        ],
    )
}

pub fn is_decimal(v: &Value) -> bool {
    is_a(v, "decimal", "Decimal")
}

fn small(v: PyResult<Value>) -> PyResult<i64> {
    match v? {
        Value::Int(i) => i.to_i64().ok_or_else(|| PyErr::type_error("corrupt Decimal")),
        _ => Err(PyErr::type_error("corrupt Decimal")),
    }
}

/// The number a `Decimal` instance holds.
pub fn dec_of(v: &Value) -> PyResult<Dec> {
    let int = match state(v, "_int")? {
        Value::Str(s) => s.to_string(),
        _ => return Err(PyErr::type_error("corrupt Decimal")),
    };
    let kind = match small(state(v, "_kind"))? {
        1 => Kind::Inf,
        2 => Kind::NaN,
        3 => Kind::SNaN,
        _ => Kind::Finite,
    };
    Ok(Dec { sign: small(state(v, "_sign"))? as u8, int, exp: small(state(v, "_exp"))?, kind })
}

/// Runs `f` with the settings of context `ctxv`, adds the raised signals to its flags and turns
/// a trapped condition into its exception.
fn with_ctx<T>(ctxv: &Value, f: impl FnOnce(&mut Ctx) -> Result<T, Cond>) -> PyResult<T> {
    let mut c = dctx::read(ctxv);
    let r = f(&mut c);
    record(ctxv, &c);
    if c.trapped() != 0 {
        return Err(trapped_error(c.trapped()));
    }
    r.map_err(|cond| trapped_error(cond.bit()))
}

/// An implicit operand: a Decimal or an int (`None`: the operation is `NotImplemented`).
fn operand(v: &Value) -> PyResult<Option<Dec>> {
    Ok(match v {
        Value::Int(i) => Some(Dec::from_int(i)),
        Value::Bool(b) => Some(Dec::from_int(&Int::from(i64::from(*b)))),
        _ if is_decimal(v) => Some(dec_of(v)?),
        _ => None,
    })
}

/// An operand a method requires (`TypeError` otherwise, worded as CPython's C module).
fn required(v: &Value) -> PyResult<Dec> {
    operand(v)?.ok_or_else(|| PyErr::type_error(format!("conversion from {} to Decimal is not supported", v.type_name())))
}

fn arg(args: &[Value], kwargs: &mut Kwargs, i: usize, name: &str) -> Option<Value> {
    take_kw(kwargs, name).or_else(|| args.get(i).cloned())
}

/// `Decimal(value="0", context=None)`, reporting syntax errors through `ctxv`.
fn construct(value: &Value, ctxv: &Value) -> PyResult<Dec> {
    match value {
        Value::Str(s) => {
            let text: String = s.as_str().trim().chars().filter(|c| *c != '_').collect();
            let ascii: String = text.chars().map(|c| crate::int::decimal_value(c).map_or(c, |d| char::from(b'0' + d as u8))).collect();
            match Dec::parse(&ascii) {
                Some(d) => Ok(d),
                None => with_ctx(ctxv, |c| c.raise(Cond::ConversionSyntax, 0)),
            }
        }
        Value::Float(f) => {
            with_ctx(ctxv, |c| c.signal(Cond::FloatOperation))?;
            Ok(Dec::from_f64(*f))
        }
        Value::Tuple(_) | Value::List(_) => from_tuple(value),
        other => match operand(other)? {
            Some(d) => Ok(d),
            None => Err(PyErr::type_error(format!("conversion from {} to Decimal is not supported", other.type_name()))),
        },
    }
}

/// `Decimal((sign, digits, exponent))`.
fn from_tuple(v: &Value) -> PyResult<Dec> {
    let items = crate::value::iterate::collect(v)?;
    if items.len() != 3 {
        return Err(PyErr::value_error("argument must be a sequence of length 3"));
    }
    let sign = match &items[0] {
        Value::Int(i) if *i == 0i64 || *i == 1i64 => i.to_i64().unwrap_or(0) as u8,
        _ => return Err(PyErr::value_error("sign must be an integer with the value 0 or 1")),
    };
    let kind = match &items[2] {
        Value::Str(s) if s.as_str() == "F" => Kind::Inf,
        Value::Str(s) if s.as_str() == "n" => Kind::NaN,
        Value::Str(s) if s.as_str() == "N" => Kind::SNaN,
        Value::Int(_) => Kind::Finite,
        _ => return Err(PyErr::value_error("exponent must be an integer")),
    };
    if kind == Kind::Inf {
        return Ok(Dec::inf(sign));
    }
    let mut digits = String::new();
    for d in crate::value::iterate::collect(&items[1])? {
        match d {
            Value::Int(i) if i >= 0i64 && i <= 9i64 => digits.push(char::from(b'0' + i.to_i64().unwrap_or(0) as u8)),
            _ => return Err(PyErr::value_error("coefficient must be a tuple of digits")),
        }
    }
    let trimmed = digits.trim_start_matches('0').to_string();
    if kind != Kind::Finite {
        return Ok(Dec { sign, int: trimmed, exp: 0, kind });
    }
    let exp = match &items[2] {
        Value::Int(i) => i.to_i64().ok_or_else(|| PyErr::value_error("exponent must be an integer"))?,
        _ => 0,
    };
    Ok(Dec::finite(sign, if trimmed.is_empty() { "0".to_string() } else { trimmed }, exp))
}

/// `Context.create_decimal(num="0")`: the number rounded to the context.
pub fn create_decimal(ctxv: &Value, args: Vec<Value>) -> PyResult<Value> {
    let d = construct(args.first().unwrap_or(&Value::str("0")), ctxv)?;
    Ok(decimal(with_ctx(ctxv, |c| d.fix(c))?))
}

type BinOp = fn(&Dec, &Dec, &mut Ctx) -> Result<Dec, Cond>;

fn binary(this: &Value, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = dec_of(this)?;
    let b = match operand(args.first().unwrap_or(&Value::None))? {
        Some(b) => b,
        None => return Ok(Value::NotImplemented),
    };
    let r = with_ctx(&current(), |c| if reflected { op(&b, &a, c) } else { op(&a, &b, c) })?;
    Ok(decimal(r))
}

fn divmod(this: &Value, args: &[Value], reflected: bool) -> PyResult<Value> {
    let a = dec_of(this)?;
    let b = match operand(args.first().unwrap_or(&Value::None))? {
        Some(b) => b,
        None => return Ok(Value::NotImplemented),
    };
    let (q, r) = with_ctx(&current(), |c| if reflected { b.divmod(&a, c) } else { a.divmod(&b, c) })?;
    Ok(Value::tuple(vec![decimal(q), decimal(r)]))
}

fn power(base: &Dec, exp: &Dec) -> PyResult<Value> {
    match with_ctx(&current(), |c| base.pow_int(exp, c))? {
        Some(d) => Ok(decimal(d)),
        None => Err(PyErr::untranslatable(&format!(
            "Decimal power {} ** {} (a non-integral or huge exponent) is not provided",
            base.to_sci(false, true),
            exp.to_sci(false, true)
        ))),
    }
}

/// `pow(a, b, m)` of integral Decimals (`_power_modulo`): exact, `(a**b) % m` with a's sign
/// when `b` is odd.
fn pow_mod(a: &Dec, b: &Dec, m: &Dec) -> PyResult<Value> {
    let ctxv = current();
    let r = with_ctx(&ctxv, |c| {
        for x in [a, b, m] {
            if x.kind == Kind::SNaN {
                return c.raise(Cond::InvalidOperation, 0);
            }
        }
        for x in [a, b, m] {
            if x.kind == Kind::NaN {
                return Ok(x.clone());
            }
        }
        let zero = |d: &Dec| !d.truthy();
        if !(a.is_integer() && b.is_integer() && m.is_integer())
            || b.sign == 1
            || zero(m)
            || m.adjusted() >= c.prec
            || (zero(a) && zero(b))
        {
            return c.raise(Cond::InvalidOperation, 0);
        }
        let modulus = m.trunc_int().abs();
        let odd = b.trunc_int().is_odd();
        let v = a.trunc_int().abs().pow_mod(&b.trunc_int(), &modulus).unwrap_or_default();
        Ok(Dec::finite(if odd { a.sign } else { 0 }, super::decimal_num::digits_of(&v), 0))
    })?;
    Ok(decimal(r))
}

fn pow(this: &Value, args: &[Value], reflected: bool) -> PyResult<Value> {
    if let Some(m) = args.get(1).filter(|m| !matches!(m, Value::None)) {
        let (a, b, m) = (dec_of(this)?, required(&args[0])?, required(m)?);
        return pow_mod(&a, &b, &m);
    }
    let a = dec_of(this)?;
    let b = match operand(args.first().unwrap_or(&Value::None))? {
        Some(b) => b,
        None => return Ok(Value::NotImplemented),
    };
    if reflected {
        power(&b, &a)
    } else {
        power(&a, &b)
    }
}

fn unary(this: &Value, op: fn(&Dec, &mut Ctx) -> Result<Dec, Cond>) -> PyResult<Value> {
    let a = dec_of(this)?;
    Ok(decimal(with_ctx(&current(), |c| op(&a, c))?))
}

// ----- comparison -----

/// `_convert_for_comparison`: both sides as Decimals, ints and Fractions exactly (a Fraction
/// `n/d` compares as `self*d` against `n`), floats exactly after the FloatOperation signal.
fn comparable(a: &Dec, other: &Value, equality: bool) -> PyResult<Option<(Dec, Dec)>> {
    if let Some(b) = operand(other)? {
        return Ok(Some((a.clone(), b)));
    }
    if super::fractions::is_fraction(other) {
        let r = super::fractions::ratio_of(other)?;
        let scaled = if a.is_special() {
            a.clone()
        } else {
            Dec::finite(a.sign, super::decimal_num::digits_of(&a.coeff().mul(&r.d)), a.exp)
        };
        return Ok(Some((scaled, Dec::from_int(&r.n))));
    }
    if let Value::Float(f) = other {
        let ctxv = current();
        if equality {
            let mut c = dctx::read(&ctxv);
            c.raised |= Cond::FloatOperation.bit();
            record(&ctxv, &c);
        } else {
            with_ctx(&ctxv, |c| c.signal(Cond::FloatOperation))?;
        }
        return Ok(Some((a.clone(), Dec::from_f64(*f))));
    }
    Ok(None)
}

fn richcmp(this: &Value, args: &[Value], test: fn(Ordering) -> bool, equality: bool) -> PyResult<Value> {
    let a = dec_of(this)?;
    let (a, b) = match comparable(&a, args.first().unwrap_or(&Value::None), equality)? {
        Some(pair) => pair,
        None => return Ok(Value::NotImplemented),
    };
    if a.is_nan() || b.is_nan() {
        let signaling = a.kind == Kind::SNaN || b.kind == Kind::SNaN;
        if equality && !signaling {
            return Ok(Value::Bool(test(Ordering::Less) && test(Ordering::Greater)));
        }
        with_ctx(&current(), |c| c.raise(Cond::InvalidOperation, 0))?;
        return Ok(Value::Bool(equality && test(Ordering::Less) && test(Ordering::Greater)));
    }
    Ok(Value::Bool(test(a.cmp_num(&b))))
}

/// `compare_total` of two numerically equal finite numbers: the sign, then the exponent.
fn total_tiebreak(a: &Dec, b: &Dec) -> Ordering {
    if a.sign != b.sign {
        return if a.sign == 1 { Ordering::Less } else { Ordering::Greater };
    }
    let o = a.exp.cmp(&b.exp);
    if a.sign == 1 {
        o.reverse()
    } else {
        o
    }
}

/// `max`/`min`: a quiet NaN loses to a number; ties go by the total order.
fn extreme(this: &Value, args: &[Value], want_max: bool) -> PyResult<Value> {
    let a = dec_of(this)?;
    let b = required(args.first().unwrap_or(&Value::None))?;
    let ctxv = context_arg(args.get(1))?;
    let r = with_ctx(&ctxv, |c| {
        let (sn, on) = (a.kind, b.kind);
        if a.is_nan() || b.is_nan() {
            if on == Kind::NaN && !a.is_nan() {
                return a.fix(c);
            }
            if sn == Kind::NaN && !b.is_nan() {
                return b.fix(c);
            }
            return a.check_nans(Some(&b), c).map(|n| n.unwrap_or_else(Dec::nan));
        }
        let mut o = a.cmp_num(&b);
        if o == Ordering::Equal && !a.is_special() {
            o = total_tiebreak(&a, &b);
        }
        let pick_other = if want_max { o == Ordering::Less } else { o != Ordering::Less };
        if pick_other {
            b.fix(c)
        } else {
            a.fix(c)
        }
    })?;
    Ok(decimal(r))
}

// ----- conversions -----

fn to_int(d: &Dec, what: &str) -> PyResult<Int> {
    if d.is_nan() {
        return Err(PyErr::value_error(format!("cannot {} NaN{}", what, if what == "convert" { " to integer" } else { "" })));
    }
    if d.is_inf() {
        return Err(PyErr::new(
            "OverflowError",
            if what == "convert" { "cannot convert Infinity to integer".to_string() } else { "cannot round an infinity".to_string() },
        ));
    }
    Ok(d.trunc_int())
}

fn to_float(d: &Dec) -> PyResult<f64> {
    Ok(match d.kind {
        Kind::SNaN => return Err(PyErr::value_error("cannot convert signaling NaN to float")),
        Kind::NaN => {
            if d.sign == 1 {
                -f64::NAN
            } else {
                f64::NAN
            }
        }
        Kind::Inf => {
            if d.sign == 1 {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
        Kind::Finite => crate::float::parse_float(&d.to_sci(false, true))?,
    })
}

fn rounded_int(this: &Value, r: Rounding) -> PyResult<Value> {
    let d = dec_of(this)?;
    if d.is_nan() {
        return Err(PyErr::value_error("cannot round a NaN"));
    }
    Ok(Value::Int(to_int(&d.rescale(0, r), "round")?))
}

fn round(this: &Value, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None | Some(Value::None) => rounded_int(this, Rounding::HalfEven),
        Some(Value::Int(n)) => {
            let n = n.to_i64().ok_or_else(|| PyErr::new("OverflowError", "Python int too large to convert to C ssize_t"))?;
            let d = dec_of(this)?;
            let ctxv = current();
            let target = Dec::finite(0, "1".to_string(), -n);
            Ok(decimal(with_ctx(&ctxv, |c| {
                let r = c.rounding;
                d.quantize(&target, r, c)
            })?))
        }
        Some(_) => Err(PyErr::type_error("optional arg must be an integer")),
    }
}

fn rounding_arg(v: Option<Value>, ctxv: &Value) -> PyResult<Rounding> {
    match v {
        None | Some(Value::None) => Ok(dctx::read(ctxv).rounding),
        Some(Value::Str(s)) => Rounding::named(s.as_str()).ok_or_else(rounding_error),
        Some(_) => Err(rounding_error()),
    }
}

fn quantize(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let d = dec_of(this)?;
    let exp = required(&arg(&args, &mut kwargs, 0, "exp").ok_or_else(|| {
        PyErr::type_error("quantize() missing required argument 'exp' (pos 1)")
    })?)?;
    let ctxv = context_arg(arg(&args, &mut kwargs, 2, "context").as_ref())?;
    let r = rounding_arg(arg(&args, &mut kwargs, 1, "rounding"), &ctxv)?;
    Ok(decimal(with_ctx(&ctxv, |c| d.quantize(&exp, r, c))?))
}

fn to_integral(this: &Value, args: Vec<Value>, mut kwargs: Kwargs, exact: bool) -> PyResult<Value> {
    let d = dec_of(this)?;
    let ctxv = context_arg(arg(&args, &mut kwargs, 1, "context").as_ref())?;
    let r = rounding_arg(arg(&args, &mut kwargs, 0, "rounding"), &ctxv)?;
    Ok(decimal(with_ctx(&ctxv, |c| {
        let ans = d.to_integral(r, c)?;
        if exact && !d.is_special() && d.exp < 0 {
            if ans.cmp_num(&d) != Ordering::Equal {
                c.signal(Cond::Inexact)?;
            }
            c.signal(Cond::Rounded)?;
        }
        Ok(ans)
    })?))
}

fn with_context_arg(this: &Value, args: &[Value], op: fn(&Dec, &mut Ctx) -> Result<Dec, Cond>) -> PyResult<Value> {
    let d = dec_of(this)?;
    let ctxv = context_arg(args.first())?;
    Ok(decimal(with_ctx(&ctxv, |c| op(&d, c))?))
}

fn as_tuple(d: &Dec) -> PyResult<Value> {
    let digits: Vec<Value> = d.int.bytes().map(|b| Value::int(i64::from(b - b'0'))).collect();
    let exponent = match d.kind {
        Kind::Finite => Value::int(d.exp),
        Kind::Inf => Value::str("F"),
        Kind::NaN => Value::str("n"),
        Kind::SNaN => Value::str("N"),
    };
    let digits = if d.kind == Kind::Inf { vec![Value::int(0)] } else { digits };
    super::collections::make_namedtuple_value(
        "DecimalTuple",
        &["sign", "digits", "exponent"],
        vec![Value::int(i64::from(d.sign)), Value::tuple(digits), exponent],
    )
}

fn as_integer_ratio(d: &Dec) -> PyResult<Value> {
    if d.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if d.is_inf() {
        return Err(PyErr::new("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let n = if d.sign == 1 { d.coeff().neg() } else { d.coeff() };
    let r = if d.exp >= 0 {
        super::rational::Ratio::int(n.mul(&super::decimal_num::pow10(d.exp)))
    } else {
        super::rational::Ratio::new(n, super::decimal_num::pow10(-d.exp))?
    };
    Ok(Value::tuple(vec![Value::Int(r.n), Value::Int(r.d)]))
}

fn hash(d: &Dec) -> PyResult<Value> {
    match d.kind {
        Kind::SNaN => Err(PyErr::type_error("Cannot hash a signaling NaN value")),
        // CPython hashes a NaN by identity; any fixed value keeps sets and dicts working.
        Kind::NaN => Ok(Value::int(0)),
        _ => Ok(Value::int(d.hash())),
    }
}

fn text(this: &Value, eng: bool) -> PyResult<String> {
    let d = dec_of(this)?;
    let capitals = dctx::read(&current()).capitals;
    Ok(d.to_sci(eng, capitals))
}

fn refused(name: &'static str) -> (&'static str, Value) {
    method(name, move |_, _, _| {
        Err(PyErr::untranslatable(&format!("Decimal.{}() (a correctly rounded transcendental function) is not provided", name)))
    })
}

fn predicate(name: &'static str, test: fn(&Dec) -> bool) -> (&'static str, Value) {
    method(name, move |this, _, _| Ok(Value::Bool(test(&dec_of(this)?))))
}

fn members() -> Vec<(&'static str, Value)> {
    let prop = |name: &'static str, f: fn(&Value) -> PyResult<Value>| {
        (name, make_property(method(name, move |this, _, _| f(this)).1, Value::None))
    };
    vec![
        ("__tp_name__", Value::str("decimal.Decimal")),
        method_kw("__init__", |this, args, mut kwargs| {
            let value = arg(&args, &mut kwargs, 0, "value").unwrap_or_else(|| Value::str("0"));
            let ctxv = context_arg(arg(&args, &mut kwargs, 1, "context").as_ref())?;
            super::args::no_more_kwargs("Decimal", &kwargs)?;
            let d = construct(&value, &ctxv)?;
            if let Value::Instance(i) = this {
                let fresh = decimal(d);
                if let Value::Instance(f) = fresh {
                    *i.dict.borrow_mut() = f.dict.borrow().clone();
                }
            }
            Ok(Value::None)
        }),
        method("__add__", |t, a, _| binary(t, &a, Dec::add, false)),
        method("__radd__", |t, a, _| binary(t, &a, Dec::add, true)),
        method("__sub__", |t, a, _| binary(t, &a, Dec::sub, false)),
        method("__rsub__", |t, a, _| binary(t, &a, Dec::sub, true)),
        method("__mul__", |t, a, _| binary(t, &a, Dec::mul, false)),
        method("__rmul__", |t, a, _| binary(t, &a, Dec::mul, true)),
        method("__truediv__", |t, a, _| binary(t, &a, Dec::div, false)),
        method("__rtruediv__", |t, a, _| binary(t, &a, Dec::div, true)),
        method("__floordiv__", |t, a, _| binary(t, &a, Dec::floordiv, false)),
        method("__rfloordiv__", |t, a, _| binary(t, &a, Dec::floordiv, true)),
        method("__mod__", |t, a, _| binary(t, &a, Dec::rem, false)),
        method("__rmod__", |t, a, _| binary(t, &a, Dec::rem, true)),
        method("__divmod__", |t, a, _| divmod(t, &a, false)),
        method("__rdivmod__", |t, a, _| divmod(t, &a, true)),
        method("__pow__", |t, a, _| pow(t, &a, false)),
        method("__rpow__", |t, a, _| pow(t, &a, true)),
        method("__neg__", |t, _, _| unary(t, Dec::neg)),
        method("__pos__", |t, _, _| unary(t, Dec::plus)),
        method("__abs__", |t, _, _| unary(t, Dec::abs)),
        method("__eq__", |t, a, _| richcmp(t, &a, |o| o == Ordering::Equal, true)),
        method("__ne__", |t, a, _| {
            let eq = richcmp(t, &a, |o| o == Ordering::Equal, true)?;
            Ok(match eq {
                Value::Bool(b) => Value::Bool(!b),
                other => other,
            })
        }),
        method("__lt__", |t, a, _| richcmp(t, &a, |o| o == Ordering::Less, false)),
        method("__le__", |t, a, _| richcmp(t, &a, |o| o != Ordering::Greater, false)),
        method("__gt__", |t, a, _| richcmp(t, &a, |o| o == Ordering::Greater, false)),
        method("__ge__", |t, a, _| richcmp(t, &a, |o| o != Ordering::Less, false)),
        method("__hash__", |t, _, _| hash(&dec_of(t)?)),
        method("__bool__", |t, _, _| Ok(Value::Bool(dec_of(t)?.truthy()))),
        method("__int__", |t, _, _| Ok(Value::Int(to_int(&dec_of(t)?, "convert")?))),
        method("__trunc__", |t, _, _| Ok(Value::Int(to_int(&dec_of(t)?, "convert")?))),
        method("__float__", |t, _, _| Ok(Value::float(to_float(&dec_of(t)?)?))),
        method("__round__", |t, a, _| round(t, &a)),
        method("__floor__", |t, _, _| rounded_int(t, Rounding::Floor)),
        method("__ceil__", |t, _, _| rounded_int(t, Rounding::Ceiling)),
        method("__str__", |t, _, _| Ok(Value::str(&text(t, false)?))),
        method("__repr__", |t, _, _| Ok(Value::str(&format!("Decimal('{}')", text(t, false)?)))),
        method("__format__", |t, a, _| {
            let spec = match a.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => return Err(PyErr::type_error("format spec must be a string")),
            };
            let c = dctx::read(&current());
            Ok(Value::str(&super::decimal_fmt::format(&dec_of(t)?, &spec, c.rounding, c.capitals)?))
        }),
        method("to_eng_string", |t, _, _| Ok(Value::str(&text(t, true)?))),
        method_kw("quantize", quantize),
        method_kw("to_integral_value", |t, a, k| to_integral(t, a, k, false)),
        method_kw("to_integral", |t, a, k| to_integral(t, a, k, false)),
        method_kw("to_integral_exact", |t, a, k| to_integral(t, a, k, true)),
        method("normalize", |t, a, _| with_context_arg(t, &a, Dec::normalize)),
        method("sqrt", |t, a, _| with_context_arg(t, &a, Dec::sqrt)),
        method("max", |t, a, _| extreme(t, &a, true)),
        method("min", |t, a, _| extreme(t, &a, false)),
        method("compare", |t, a, _| {
            let (x, y) = (dec_of(t)?, required(a.first().unwrap_or(&Value::None))?);
            let r = with_ctx(&context_arg(a.get(1))?, |c| match x.check_nans(Some(&y), c)? {
                Some(n) => Ok(n),
                None => Ok(Dec::from_int(&Int::from(match x.cmp_num(&y) {
                    Ordering::Less => -1i64,
                    Ordering::Equal => 0,
                    Ordering::Greater => 1,
                }))),
            })?;
            Ok(decimal(r))
        }),
        method("fma", |t, a, _| {
            let x = dec_of(t)?;
            let y = required(a.first().unwrap_or(&Value::None))?;
            let z = required(a.get(1).unwrap_or(&Value::None))?;
            if x.is_special() || y.is_special() {
                return Err(PyErr::untranslatable("Decimal.fma() of an infinity or a NaN is not provided"));
            }
            let product = Dec::finite(x.sign ^ y.sign, super::decimal_num::digits_of(&x.coeff().mul(&y.coeff())), x.exp + y.exp);
            Ok(decimal(with_ctx(&context_arg(a.get(2))?, |c| product.add(&z, c))?))
        }),
        method("remainder_near", |t, a, _| {
            let (x, y) = (dec_of(t)?, required(a.first().unwrap_or(&Value::None))?);
            Ok(decimal(with_ctx(&context_arg(a.get(1))?, |c| x.remainder_near(&y, c))?))
        }),
        method("copy_abs", |t, _, _| Ok(decimal(dec_of(t)?.copy_abs()))),
        method("copy_negate", |t, _, _| Ok(decimal(dec_of(t)?.copy_negate()))),
        method("copy_sign", |t, a, _| {
            let other = required(a.first().unwrap_or(&Value::None))?;
            Ok(decimal(Dec { sign: other.sign, ..dec_of(t)? }))
        }),
        method("same_quantum", |t, a, _| {
            let (x, y) = (dec_of(t)?, required(a.first().unwrap_or(&Value::None))?);
            Ok(Value::Bool(if x.is_special() || y.is_special() {
                x.is_nan() && y.is_nan() || x.is_inf() && y.is_inf()
            } else {
                x.exp == y.exp
            }))
        }),
        method("adjusted", |t, _, _| Ok(Value::int(dec_of(t)?.adjusted()))),
        method("as_tuple", |t, _, _| as_tuple(&dec_of(t)?)),
        method("as_integer_ratio", |t, _, _| as_integer_ratio(&dec_of(t)?)),
        method("conjugate", |t, _, _| Ok(t.clone())),
        method("__copy__", |t, _, _| Ok(t.clone())),
        method("__deepcopy__", |t, _, _| Ok(t.clone())),
        predicate("is_zero", |d| !d.truthy()),
        predicate("is_signed", |d| d.sign == 1),
        predicate("is_nan", Dec::is_nan),
        predicate("is_qnan", |d| d.kind == Kind::NaN),
        predicate("is_snan", |d| d.kind == Kind::SNaN),
        predicate("is_infinite", Dec::is_inf),
        predicate("is_finite", |d| !d.is_special()),
        refused("exp"),
        refused("ln"),
        refused("log10"),
        prop("real", |t| Ok(t.clone())),
        prop("imag", |_| Ok(decimal(Dec::zero(0, 0)))),
        (
            "from_float",
            make_classmethod(
                method("from_float", |_, a, _| match a.first() {
                    Some(Value::Float(f)) => Ok(decimal(Dec::from_f64(*f))),
                    Some(v @ Value::Int(_)) | Some(v @ Value::Bool(_)) => Ok(decimal(required(v)?)),
                    _ => Err(PyErr::type_error("argument must be int or float")),
                })
                .1,
            ),
        ),
    ]
}

pub fn build() -> Module {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("Decimal", Value::Class(decimal_class())),
        ("Context", Value::Class(dctx::context_class())),
        ("DecimalException", Value::Class(signal_class(None))),
        ("DefaultContext", dctx::default_context()),
        ("BasicContext", dctx::basic_context()),
        ("ExtendedContext", dctx::extended_context()),
        ("MAX_PREC", Value::int(dctx::MAX_PREC)),
        ("MAX_EMAX", Value::int(dctx::MAX_PREC)),
        ("MIN_EMIN", Value::int(-dctx::MAX_PREC)),
        ("MIN_ETINY", Value::int(-1_999_999_999_999_999_997)),
        ("HAVE_THREADS", Value::TRUE),
        ("HAVE_CONTEXTVAR", Value::TRUE),
        ("__version__", Value::str("1.70")),
        ("__libmpdec_version__", Value::str("2.5.1")),
        super::args::func("getcontext", |_| Ok(current())),
        super::args::func("setcontext", |a| {
            dctx::set_current(a.first().unwrap_or(&Value::None))?;
            Ok(Value::None)
        }),
        super::args::func_kw("localcontext", dctx::localcontext),
    ];
    for (name, _) in ROUNDINGS {
        attrs.push((name, Value::str(name)));
    }
    for c in [
        Cond::Clamped,
        Cond::InvalidOperation,
        Cond::ConversionSyntax,
        Cond::DivisionByZero,
        Cond::DivisionImpossible,
        Cond::DivisionUndefined,
        Cond::Inexact,
        Cond::Rounded,
        Cond::Subnormal,
        Cond::Overflow,
        Cond::Underflow,
        Cond::FloatOperation,
    ] {
        attrs.push((c.name(), Value::Class(signal_class(Some(c)))));
    }
    module("decimal", attrs)
}
