//! `hash()`: CPython's values for `int` (modulo 2**61 - 1), `float`, `bool`, `None`,
//! `tuple` (xxHash-based, 3.8+) and `frozenset`; `str` hashes are randomised in CPython,
//! so any stable hash will do. Instances use `__hash__` (or identity). Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{class, Value};
use std::rc::Rc;

/// `sys.hash_info.modulus`: 2**61 - 1.
const MODULUS: u64 = (1u64 << 61) - 1;
const INF_HASH: i64 = 314159;
/// `hash(None)` since 3.12 is this constant.
const NONE_HASH: i64 = 0xFCA8_6420;

/// `hash(v)`: `TypeError: unhashable type: 'list'` for mutable containers.
pub fn hash_value(v: &Value) -> PyResult<i64> {
    match v {
        Value::None => Ok(NONE_HASH),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(hash_int(i)),
        Value::Float(f) => Ok(hash_float(*f)),
        Value::Complex(re, im) => Ok(crate::value::complex::hash(*re, *im)),
        Value::Str(s) => Ok(hash_str(s.as_str())),
        Value::Bytes(b) => Ok(hash_bytes(b)),
        Value::Tuple(items) => hash_tuple(items.iter()),
        Value::FrozenSet(s) => s.frozen_hash(),
        Value::Range(r) => {
            let len = crate::value::ops::range_len(r);
            let t = if len.is_zero() {
                vec![Value::Int(len), Value::None, Value::None]
            } else if len == 1 {
                vec![Value::Int(len), Value::Int(r.start.clone()), Value::None]
            } else {
                vec![Value::Int(len), Value::Int(r.start.clone()), Value::Int(r.step.clone())]
            };
            hash_tuple(t.iter())
        }
        Value::Slice(s) => hash_slice(&[s.lower.clone(), s.upper.clone(), s.step.clone()]),
        Value::List(_) | Value::Dict(_) | Value::Set(_) => Err(unhashable(v)),
        Value::Instance(inst) => {
            if class::has_dunder(v, "__hash__") {
                return match class::call_dunder(v, "__hash__", vec![])? {
                    // A result that fits a C ssize_t is the hash itself; a larger one is hashed.
                    Some(Value::Int(Int::Small(h))) => Ok(fix(h)),
                    Some(Value::Int(i)) => Ok(hash_int(&i)),
                    Some(Value::Bool(b)) => Ok(b as i64),
                    Some(Value::None) | None => Err(unhashable(v)),
                    Some(_) => Err(PyErr::type_error("__hash__ method should return an integer")),
                };
            }
            if class::has_dunder(v, "__eq__") {
                return Err(unhashable(v));
            }
            Ok(pointer_hash(Rc::as_ptr(inst) as *const u8 as usize))
        }
        Value::NotImplemented | Value::Ellipsis => Ok(pointer_hash(v.type_name().len() * 16 + 0x1000)),
        Value::Func(f) => Ok(pointer_hash(Rc::as_ptr(f) as *const u8 as usize)),
        Value::Builtin(f) => Ok(pointer_hash(Rc::as_ptr(f) as *const u8 as usize)),
        Value::BoundMethod(m) => {
            // CPython: hash of the receiver combined with the function's.
            let a = hash_value(&m.receiver).unwrap_or(0);
            let b = hash_value(&m.function)?;
            Ok(fix(a ^ b))
        }
        Value::Class(c) => Ok(pointer_hash(Rc::as_ptr(c) as *const u8 as usize)),
        Value::Module(m) => Ok(pointer_hash(Rc::as_ptr(m) as *const u8 as usize)),
        Value::Iter(it) => Ok(pointer_hash(Rc::as_ptr(it) as *const u8 as usize)),
    }
}

fn unhashable(v: &Value) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{}'", v.type_name()))
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `_Py_HashPointer`: the address rotated by 4 bits.
fn pointer_hash(addr: usize) -> i64 {
    let y = addr as u64;
    fix(((y >> 4) | (y << 60)) as i64)
}

/// CPython's `long_hash`.
pub fn hash_int(i: &Int) -> i64 {
    match i {
        Int::Small(v) => {
            let m = (v.unsigned_abs() % MODULUS) as i64;
            fix(if *v < 0 { -m } else { m })
        }
        Int::Big(b) => {
            let mut h: u128 = 0;
            for limb in b.limbs().iter().rev() {
                h = ((h << 32) | *limb as u128) % MODULUS as u128;
            }
            let m = h as i64;
            fix(if b.is_negative() { -m } else { m })
        }
    }
}

/// CPython's `_Py_HashDouble` (NaN hashes by identity in CPython; here it is 0).
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { INF_HASH } else { -INF_HASH };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | x >> (61 - e);
    fix((x as i64) * sign)
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i64) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// A stable FNV-1a hash (CPython's str hash is randomised per process).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes()) ^ 0x5bd1_e995
}

fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in b {
        h ^= *byte as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    fix(h as i64)
}

const P1: u64 = 11400714785074694791;
const P2: u64 = 14029467366897019727;
const P5: u64 = 2870177450012600261;

/// CPython 3.8+ `tuplehash` (xxHash-based).
pub fn hash_tuple<'a>(items: impl ExactSizeIterator<Item = &'a Value>) -> PyResult<i64> {
    let len = items.len() as u64;
    let mut acc = P5;
    for item in items {
        let lane = hash_value(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// CPython 3.12 `slice_hash`: the tuple hash without the length term.
fn hash_slice(items: &[Value]) -> PyResult<i64> {
    let mut acc = P5;
    for item in items {
        let lane = hash_value(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
}

/// CPython's `frozenset_hash` over the active entries' hashes (order-independent).
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}
