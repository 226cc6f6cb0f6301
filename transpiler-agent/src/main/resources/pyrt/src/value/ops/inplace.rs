//! In-place operators (`x += y`): `__iadd__` where defined, lists extend in place
//! (`a += b` mutates the list other names share), sets and dicts update in place,
//! otherwise the plain operator. Owner: runtime-core.

use super::{binary, repeat_times, repeat_vec, try_dunder, Bin};
use crate::exc::PyResult;
use crate::int::Int;
use crate::value::compare::set_of;
use crate::value::Value;

/// `a op= b`: the instance's `__iop__`, the in-place forms of list/set/dict, else `a op b`.
fn inplace(a: &Value, b: &Value, op: Bin) -> PyResult<Value> {
    let (_, _, imethod) = op.dunders();
    if let Some(v) = try_dunder(a, imethod, vec![b.clone()])? {
        return Ok(v);
    }
    match (a, op) {
        (Value::List(l), Bin::Add) => {
            let items = crate::value::iterate::collect(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (Value::List(l), Bin::Mul) if matches!(b, Value::Int(_) | Value::Bool(_)) => {
            let n = repeat_times(b)?;
            let items = repeat_vec(&l.borrow(), n)?;
            *l.borrow_mut() = items;
            return Ok(a.clone());
        }
        (Value::Set(s), Bin::Or) | (Value::Set(s), Bin::And) | (Value::Set(s), Bin::Sub) | (Value::Set(s), Bin::Xor) => {
            if let Some(other) = set_of(b) {
                match op {
                    Bin::Or => s.borrow_mut().merge(&other)?,
                    Bin::Sub => s.borrow_mut().difference_update(&other)?,
                    Bin::Xor => s.borrow_mut().symmetric_update(&other)?,
                    _ => {
                        let r = s.borrow().intersection(&other)?;
                        *s.borrow_mut() = r;
                    }
                }
                return Ok(a.clone());
            }
        }
        (Value::Dict(d), Bin::Or) => {
            let pairs: Vec<(Value, Value)> = match b {
                Value::Dict(o) => o.borrow().items(),
                _ => {
                    let mut out = Vec::new();
                    for item in crate::value::iterate::iterate(b)? {
                        let kv = crate::value::iterate::unpack(&item?, 2)?;
                        out.push((kv[0].clone(), kv[1].clone()));
                    }
                    out
                }
            };
            for (k, v) in pairs {
                let h = crate::value::hash::hash_value(&k)?;
                d.borrow_mut().insert_hashed(k, h, v)?;
            }
            return Ok(a.clone());
        }
        _ => {}
    }
    binary(a, b, op, true)
}

#[inline]
pub fn iadd(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_add(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x + y)),
        _ => {}
    }
    inplace(a, b, Bin::Add)
}

#[inline]
pub fn isub(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_sub(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x - y)),
        _ => {}
    }
    inplace(a, b, Bin::Sub)
}

#[inline]
pub fn imul(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(Int::Small(x)), Value::Int(Int::Small(y))) => {
            if let Some(r) = x.checked_mul(*y) {
                return Ok(Value::Int(Int::Small(r)));
            }
        }
        (Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x * y)),
        _ => {}
    }
    inplace(a, b, Bin::Mul)
}

pub fn itruediv(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::TrueDiv)
}

pub fn ifloordiv(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::FloorDiv)
}

pub fn imod(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::Mod)
}

pub fn ipow(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::Pow)
}

pub fn imatmul(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::MatMul)
}

pub fn ilshift(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::LShift)
}

pub fn irshift(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::RShift)
}

pub fn iand(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::And)
}

pub fn ior(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::Or)
}

pub fn ixor(a: &Value, b: &Value) -> PyResult<Value> {
    inplace(a, b, Bin::Xor)
}
