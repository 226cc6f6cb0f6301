//! Arithmetic, bitwise and unary operators, truthiness, subscripts and `len`, with
//! CPython's numeric tower (bool < int < float), sequence operators (`+`, `*` on str,
//! list, tuple), `%`-formatting of str, and dunder dispatch to instances (`__add__`, then
//! the reflected `__radd__`; `NotImplemented` defers). Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::int::{Int, Number};
use crate::value::compare::{as_num, set_of, Num};
use crate::value::{class, RangeObj, SetObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

mod inplace;
mod subscript;
pub use self::inplace::{
    iadd, iand, ifloordiv, ilshift, imatmul, imod, imul, ior, ipow, irshift, isub, itruediv, ixor,
};
pub use self::subscript::{delitem, getitem, key_error, setitem, slice_indices, slice_positions};

#[derive(Clone, Copy, PartialEq)]
enum Bin {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl Bin {
    fn symbol(self) -> &'static str {
        match self {
            Bin::Add => "+",
            Bin::Sub => "-",
            Bin::Mul => "*",
            Bin::TrueDiv => "/",
            Bin::FloorDiv => "//",
            Bin::Mod => "%",
            Bin::Pow => "**",
            Bin::MatMul => "@",
            Bin::LShift => "<<",
            Bin::RShift => ">>",
            Bin::And => "&",
            Bin::Or => "|",
            Bin::Xor => "^",
        }
    }

    /// The method and its reflection.
    fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Bin::Add => ("__add__", "__radd__", "__iadd__"),
            Bin::Sub => ("__sub__", "__rsub__", "__isub__"),
            Bin::Mul => ("__mul__", "__rmul__", "__imul__"),
            Bin::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            Bin::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Bin::Mod => ("__mod__", "__rmod__", "__imod__"),
            Bin::Pow => ("__pow__", "__rpow__", "__ipow__"),
            Bin::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            Bin::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            Bin::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            Bin::And => ("__and__", "__rand__", "__iand__"),
            Bin::Or => ("__or__", "__ror__", "__ior__"),
            Bin::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

fn is_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

/// `v.name(args…)` when `v` is an instance whose class defines it; `None` for
/// `NotImplemented` or no such method.
/// Calls dunder `name` of an instance; `None` when it returns `NotImplemented` or there is
/// no such method (compare.rs uses the same rules).
pub(crate) fn try_dunder(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    if !is_instance(v) || !class::has_dunder(v, name) {
        return Ok(None);
    }
    match class::call_dunder(v, name, args)? {
        Some(Value::NotImplemented) | None => Ok(None),
        Some(r) => Ok(Some(r)),
    }
}

/// Like [`try_dunder`], but a built-in value answers too, with its type's operator dunder
/// (`1.5 + Celsius(2)` asks `float.__add__` first): for operators with an instance operand.
pub(crate) fn try_either(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    if is_instance(v) {
        return try_dunder(v, name, args);
    }
    match crate::value::methods::dunder_ops::call(v, name, args, true) {
        Some(r) => match r? {
            Value::NotImplemented => Ok(None),
            r => Ok(Some(r)),
        },
        None => Ok(None),
    }
}

/// Whether the reflected method of `b` goes first: `b`'s class is a proper subclass of `a`'s.
pub(crate) fn reflected_first(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            !Rc::ptr_eq(&x.class, &y.class) && class::is_subclass(&y.class, &x.class)
        }
        // `5 + Meters(3)`: a class deriving from `int` may override `__radd__`.
        (_, Value::Instance(y)) if y.base.is_some() => class::is_subclass(&y.class, &class::type_of(a)),
        _ => false,
    }
}

fn binary(a: &Value, b: &Value, op: Bin, inplace: bool) -> PyResult<Value> {
    // `str % x` formats whatever `x` is (str's slot runs before any `__rmod__`).
    if let (Value::Str(s), Bin::Mod) = (a, op) {
        return Ok(Value::Str(crate::value::text::percent_format(s, b)?));
    }
    let typeish = |v: &Value| matches!(v, Value::Class(_) | Value::None | Value::Instance(_));
    if matches!(op, Bin::Or) && typeish(a) && typeish(b) {
        // `int | None`: type.__or__ makes a union of types.
        if let Some(u) = crate::value::modules::generic_alias::union_or(a, b)? {
            return Ok(u);
        }
    }
    if !is_instance(a) && !is_instance(b) {
        if let Some(v) = builtin_binary(a, b, op)? {
            return Ok(v);
        }
        return Err(binop_error(a, b, op, inplace));
    }
    let (method, reflected, _) = op.dunders();
    let rfirst = reflected_first(a, b);
    if rfirst {
        if let Some(v) = try_either(b, reflected, vec![a.clone()])? {
            return Ok(v);
        }
    }
    if let Some(v) = try_either(a, method, vec![b.clone()])? {
        return Ok(v);
    }
    if !rfirst {
        if let Some(v) = try_either(b, reflected, vec![a.clone()])? {
            return Ok(v);
        }
    }
    // A sequence deriving from a built-in one words the error as the built-in does.
    let (ua, ub) = (class::payload::unwrap(a), class::payload::unwrap(b));
    match op {
        Bin::Add if is_sequence(&ua) => return Err(binop_error(&ua, b, op, inplace)),
        Bin::Mul if is_sequence(&ua) || is_sequence(&ub) => {
            // `[0] * Count(3)`: the sequence's repeat takes any count with `__index__`.
            let (seq, count) = if is_sequence(&ua) { (&ua, b) } else { (&ub, a) };
            if is_instance(count) && class::has_dunder(count, "__index__") {
                if let Some(v) = repeat_seq(seq, count)? {
                    return Ok(v);
                }
            }
            return Err(binop_error(&ua, &ub, op, inplace));
        }
        _ => {}
    }
    Err(binop_error(a, b, op, inplace))
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
}

fn binop_error(a: &Value, b: &Value, op: Bin, inplace: bool) -> PyErr {
    match (op, a) {
        (Bin::Add, Value::Str(_)) | (Bin::Add, Value::List(_)) | (Bin::Add, Value::Tuple(_)) => {
            let t = a.type_name();
            return PyErr::type_error(format!("can only concatenate {} (not \"{}\") to {}", t, b.type_name(), t));
        }
        (Bin::Add, Value::Bytes(_)) => {
            return PyErr::type_error(format!("can't concat {} to bytes", b.type_name()));
        }
        _ => {}
    }
    if op == Bin::Mul && (is_sequence(a) || is_sequence(b)) {
        let other = if is_sequence(a) { b } else { a };
        return PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", other.type_name()));
    }
    let symbol = if op == Bin::Pow && !inplace { "** or pow()".to_string() } else { op.symbol().to_string() };
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        symbol,
        if inplace { "=" } else { "" },
        a.type_name(),
        b.type_name()
    ))
}

fn builtin_binary(a: &Value, b: &Value, op: Bin) -> PyResult<Option<Value>> {
    if matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..)) {
        return crate::value::complex::binary(a, b, op.symbol());
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                Bin::And => return Ok(Some(Value::Bool(*p & *q))),
                Bin::Or => return Ok(Some(Value::Bool(*p | *q))),
                Bin::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                _ => {}
            }
        }
        return num_binary(&x, &y, op);
    }
    match op {
        Bin::Add => Ok(concat(a, b)),
        Bin::Mul => repeat(a, b),
        Bin::Mod => match a {
            Value::Str(s) => Ok(Some(Value::Str(crate::value::text::percent_format(s, b)?))),
            _ => Ok(None),
        },
        Bin::Sub | Bin::And | Bin::Or | Bin::Xor => {
            if let (Value::Dict(x), Value::Dict(y), Bin::Or) = (a, b, op) {
                let mut d = x.borrow().clone();
                for (k, v) in y.borrow().items() {
                    d.insert(k, v)?;
                }
                return Ok(Some(Value::Dict(Rc::new(RefCell::new(d)))));
            }
            let (x, y) = match (set_of(a), set_of(b)) {
                (Some(x), Some(y)) => (x, y),
                _ => return Ok(None),
            };
            let r = match op {
                Bin::Sub => x.difference(&y)?,
                Bin::And => x.intersection(&y)?,
                Bin::Or => x.union(&y)?,
                _ => x.symmetric_difference(&y)?,
            };
            Ok(Some(match a {
                Value::FrozenSet(_) => Value::FrozenSet(Rc::new(r)),
                _ => Value::Set(Rc::new(RefCell::new(r))),
            }))
        }
        _ => Ok(None),
    }
}

fn concat(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(Value::Str(x.concat(y))),
        (Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Some(Value::list(v))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            let mut v: Vec<Value> = x.to_vec();
            v.extend(y.iter().cloned());
            Some(Value::tuple(v))
        }
        (Value::Bytes(x), Value::Bytes(y)) => {
            let mut v: Vec<u8> = x.to_vec();
            v.extend(y.iter());
            Some(Value::Bytes(Rc::new(v)))
        }
        _ => None,
    }
}

fn repeat_vec<T: Clone>(items: &[T], n: usize) -> PyResult<Vec<T>> {
    if n == 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    if (items.len() as u64).checked_mul(n as u64).map_or(true, |t| t > (1u64 << 34)) {
        return Err(PyErr::new("MemoryError", ""));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// The count of `seq * n`: past `i64` either way is an OverflowError, as in CPython.
fn repeat_times(count: &Value) -> PyResult<usize> {
    match index_of(count)?.to_i64() {
        Some(n) => usize::try_from(n.max(0))
            .map_err(|_| PyErr::new("MemoryError", "")),
        None => Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (seq, count) = match (a, b) {
        (s, Value::Int(_)) | (s, Value::Bool(_)) if is_sequence(s) => (s, b),
        (Value::Int(_), s) | (Value::Bool(_), s) if is_sequence(s) => (s, a),
        _ => return Ok(None),
    };
    repeat_seq(seq, count)
}

/// `seq * count` for a built-in sequence and a count that is an int or has `__index__`.
fn repeat_seq(seq: &Value, count: &Value) -> PyResult<Option<Value>> {
    let n = repeat_times(count)?;
    Ok(Some(match seq {
        Value::Str(s) => {
            if (s.as_str().len() as u64).checked_mul(n as u64).map_or(true, |t| t > (1u64 << 34)) && !s.as_str().is_empty() && n > 0 {
                return Err(PyErr::new("MemoryError", ""));
            }
            Value::Str(s.repeat(&Int::from(n))?)
        }
        Value::List(l) => Value::list(repeat_vec(&l.borrow(), n)?),
        Value::Tuple(t) => Value::tuple(repeat_vec(t, n)?),
        Value::Bytes(b) => Value::Bytes(Rc::new(repeat_vec(b, n)?)),
        _ => return Ok(None),
    }))
}

fn num_binary(x: &Num, y: &Num, op: Bin) -> PyResult<Option<Value>> {
    if let (Num::I(p), Num::I(q)) = (x, y) {
        let (p, q) = (p.as_ref(), q.as_ref());
        let r = match op {
            Bin::Add => Value::Int(p.add(q)),
            Bin::Sub => Value::Int(p.sub(q)),
            Bin::Mul => Value::Int(p.mul(q)),
            Bin::TrueDiv => Value::Float(p.truediv(q)?),
            Bin::FloorDiv => Value::Int(p.floordiv(q)?),
            Bin::Mod => Value::Int(p.modulo(q)?),
            Bin::Pow => match p.pow(q)? {
                Number::Int(i) => Value::Int(i),
                Number::Float(f) => Value::Float(f),
            },
            Bin::LShift => Value::Int(p.shl(q)?),
            Bin::RShift => Value::Int(p.shr(q)?),
            Bin::And => Value::Int(p.bitand(q)),
            Bin::Or => Value::Int(p.bitor(q)),
            Bin::Xor => Value::Int(p.bitxor(q)),
            Bin::MatMul => return Ok(None),
        };
        return Ok(Some(r));
    }
    let (p, q) = (to_f64(x)?, to_f64(y)?);
    let r = match op {
        Bin::Add => p + q,
        Bin::Sub => p - q,
        Bin::Mul => p * q,
        Bin::TrueDiv => crate::float::truediv(p, q)?,
        Bin::FloorDiv => crate::float::floordiv(p, q)?,
        Bin::Mod => crate::float::modulo(p, q)?,
        Bin::Pow => {
            if p < 0.0 && q.is_finite() && q.fract() != 0.0 {
                // `float_pow` hands a negative base with a fractional exponent to complex.
                let (re, im) = crate::value::complex::pow((p, 0.0), (q, 0.0))?;
                return Ok(Some(Value::Complex(re, im)));
            }
            crate::float::pow(p, q)?
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

fn to_f64(x: &Num) -> PyResult<f64> {
    match x {
        Num::I(i) => i.to_f64(),
        Num::F(f) => Ok(*f),
    }
}

#[inline]
pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_add(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x + y)),
        _ => {}
    }
    binary(a, b, Bin::Add, false)
}

#[inline]
pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_sub(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x - y)),
        _ => {}
    }
    binary(a, b, Bin::Sub, false)
}

#[inline]
pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_mul(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x * y)),
        _ => {}
    }
    binary(a, b, Bin::Mul, false)
}

#[inline]
pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    // Below 2**53 both ints convert exactly, so one IEEE division is correctly rounded,
    // as CPython's long true division is.
    const EXACT: i64 = 1 << 53;
    match (a, b) {
        (Value::Float(x), Value::Float(y)) if *y != 0.0 => return Ok(Value::Float(x / y)),
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y)))
            if *y != 0 && x.abs() <= EXACT && y.abs() <= EXACT =>
        {
            return Ok(Value::Float(*x as f64 / *y as f64))
        }
        _ => {}
    }
    binary(a, b, Bin::TrueDiv, false)
}

#[inline]
pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x @ Int::Small(_)), Value::Int(y @ Int::Small(_))) = (a, b) {
        return Ok(Value::Int(x.floordiv(y)?));
    }
    binary(a, b, Bin::FloorDiv, false)
}

#[inline]
pub fn modulo(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x @ Int::Small(_)), Value::Int(y @ Int::Small(_))) = (a, b) {
        return Ok(Value::Int(x.modulo(y)?));
    }
    binary(a, b, Bin::Mod, false)
}

pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::Pow, false)
}

pub fn matmul(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::MatMul, false)
}

pub fn lshift(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::LShift, false)
}

pub fn rshift(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::RShift, false)
}

pub fn bitand(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::And, false)
}

pub fn bitor(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::Or, false)
}

pub fn bitxor(a: &Value, b: &Value) -> PyResult<Value> {
    binary(a, b, Bin::Xor, false)
}

fn unary_error(a: &Value, symbol: &str) -> PyErr {
    PyErr::type_error(format!("bad operand type for unary {}: '{}'", symbol, a.type_name()))
}

#[inline]
pub fn neg(a: &Value) -> PyResult<Value> {
    match a {
        Value::Bool(b) => Ok(Value::int(-(*b as i64))),
        Value::Int(i) => Ok(Value::Int(i.neg())),
        Value::Float(f) => Ok(Value::Float(-f)),
        Value::Complex(re, im) => Ok(Value::Complex(-re, -im)),
        _ => try_dunder(a, "__neg__", vec![])?.ok_or_else(|| unary_error(a, "-")),
    }
}

pub fn pos(a: &Value) -> PyResult<Value> {
    match a {
        Value::Bool(b) => Ok(Value::int(*b as i64)),
        Value::Int(_) | Value::Float(_) | Value::Complex(..) => Ok(a.clone()),
        _ => try_dunder(a, "__pos__", vec![])?.ok_or_else(|| unary_error(a, "+")),
    }
}

pub fn invert(a: &Value) -> PyResult<Value> {
    match a {
        Value::Bool(b) => Ok(Value::int(!(*b as i64))),
        Value::Int(i) => Ok(Value::Int(i.invert())),
        _ => try_dunder(a, "__invert__", vec![])?.ok_or_else(|| unary_error(a, "~")),
    }
}

/// `not a`.
pub fn not_(a: &Value) -> PyResult<Value> {
    Ok(Value::Bool(!truthy(a)?))
}

/// `bool(a)`: `__bool__`, then `__len__`, then true.
#[inline]
pub fn truthy(a: &Value) -> PyResult<bool> {
    match a {
        Value::Bool(b) => Ok(*b),
        Value::None => Ok(false),
        Value::Int(Int::Small(i)) => Ok(*i != 0),
        _ => truthy_slow(a),
    }
}

fn truthy_slow(a: &Value) -> PyResult<bool> {
    Ok(match a {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => !i.is_zero(),
        Value::Float(f) => *f != 0.0,
        Value::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::FrozenSet(s) => !s.is_empty(),
        Value::Range(r) => !range_len(r).is_zero(),
        Value::Instance(_) => {
            if class::has_dunder(a, "__bool__") {
                return match class::call_dunder(a, "__bool__", vec![])? {
                    Some(Value::Bool(b)) => Ok(b),
                    Some(other) => Err(PyErr::type_error(format!(
                        "__bool__ should return bool, returned {}",
                        other.type_name()
                    ))),
                    None => Ok(true),
                };
            }
            if class::has_dunder(a, "__len__") {
                return Ok(len_of(a)? != 0);
            }
            true
        }
        _ => true,
    })
}

/// `len(range)` as an int (it may exceed `i64`).
pub fn range_len(r: &RangeObj) -> Int {
    let one = Int::from(1i64);
    if r.step.is_negative() {
        if r.start > r.stop {
            return r.start.sub(&r.stop).sub(&one).floordiv(&r.step.neg()).map(|q| q.add(&one)).unwrap_or_default();
        }
    } else if r.start < r.stop && !r.step.is_zero() {
        return r.stop.sub(&r.start).sub(&one).floordiv(&r.step).map(|q| q.add(&one)).unwrap_or_default();
    }
    Int::from(0i64)
}

/// `operator.index(v)`: ints, bools and instances with `__index__`.
pub fn index_of(v: &Value) -> PyResult<Int> {
    match v {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        Value::Instance(_) if class::has_dunder(v, "__index__") => {
            match class::call_dunder(v, "__index__", vec![])? {
                Some(Value::Int(i)) => Ok(i),
                Some(Value::Bool(b)) => Ok(Int::from(b)),
                Some(other) => Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    other.type_name()
                ))),
                None => Err(not_index(v)),
            }
        }
        _ => Err(not_index(v)),
    }
}

fn not_index(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))
}

/// `len(a)`.
/// `len(a)` as a Python int: up to `sys.maxsize` (2**63 - 1) on every target, where
/// [`len_of`] is bounded by the target's `usize`.
pub fn len_int(a: &Value) -> PyResult<crate::int::Int> {
    match a {
        Value::Range(r) => {
            let n = range_len(r);
            if n.to_i64().is_some() {
                Ok(n)
            } else {
                Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"))
            }
        }
        Value::Instance(_) if class::has_dunder(a, "__len__") => {
            let r = class::call_dunder(a, "__len__", vec![])?.unwrap_or(Value::int(0));
            let n = index_of(&r)?;
            if n.is_negative() {
                return Err(PyErr::value_error("__len__() should return >= 0"));
            }
            if n.to_i64().is_none() {
                return Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            Ok(n)
        }
        _ => len_of(a).map(crate::int::Int::from),
    }
}

pub fn len_of(a: &Value) -> PyResult<usize> {
    match a {
        Value::Str(s) => Ok(s.char_len()),
        Value::Bytes(b) => Ok(b.len()),
        Value::List(l) => Ok(l.borrow().len()),
        Value::Tuple(t) => Ok(t.len()),
        Value::Dict(d) => Ok(d.borrow().len()),
        Value::Set(s) => Ok(s.borrow().len()),
        Value::FrozenSet(s) => Ok(s.len()),
        // usize is 32 bits on wasm32: a longer range must not wrap (see `len_int`).
        Value::Range(r) => range_len(r)
            .to_i64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Value::Instance(_) if class::has_dunder(a, "__len__") => {
            let r = class::call_dunder(a, "__len__", vec![])?.unwrap_or(Value::int(0));
            let n = index_of(&r)?;
            if n.is_negative() {
                return Err(PyErr::value_error("__len__() should return >= 0"));
            }
            n.to_i64()
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Class(c) => match class::class_members(c) {
            Some(m) => Ok(m.len()),
            None => Err(no_len(a)),
        },
        _ => Err(no_len(a)),
    }
}

fn no_len(a: &Value) -> PyErr {
    PyErr::type_error(format!("object of type '{}' has no len()", a.type_name()))
}

/// A set value's storage, for callers that need to build sets (`set(iterable)`).
pub fn new_set(s: SetObj) -> Value {
    Value::Set(Rc::new(RefCell::new(s)))
}

/// `len(a)` called with one positional argument: what generated code calls instead of
/// `b::len(vec![a], vec![])` (no argument vector to build).
#[inline]
pub fn py_len(a: &Value) -> PyResult<Value> {
    match a {
        Value::List(l) => Ok(Value::Int(Int::Small(l.borrow().len() as i64))),
        _ => Ok(Value::Int(len_int(a)?)),
    }
}
