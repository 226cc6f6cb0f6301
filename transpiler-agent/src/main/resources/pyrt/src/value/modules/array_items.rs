//! The items of an `array.array`: which typecodes exist, how a Python value is checked and
//! converted for one (CPython 3.12's `arraymodule.c` setitem functions and their
//! `OverflowError`/`TypeError` messages), and the machine representation behind `tobytes` and
//! `frombytes` (little-endian, the sizes of x86_64 and wasm32 CPython builds alike:
//! `l`/`L` are 8 bytes as on 64-bit Linux).

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::Value;

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn item_size(tc: char) -> usize {
    match tc {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'u' | 'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

fn overflow(msg: &str) -> PyErr {
    PyErr::overflow_error(msg)
}

/// The `(min, max, what)` of a C integer typecode, or `None` for the 64-bit ones.
fn c_range(tc: char) -> Option<(i128, i128, &'static str)> {
    Some(match tc {
        'b' => (-128, 127, "signed char"),
        'B' => (0, 255, "unsigned byte integer"),
        'h' => (-32768, 32767, "signed short integer"),
        'H' => (0, 65535, "unsigned short"),
        'i' => (i128::from(i32::MIN), i128::from(i32::MAX), "signed integer"),
        'I' => (0, i128::from(u32::MAX), "unsigned int"),
        _ => return None,
    })
}

fn int_value(i: &Int) -> Option<i128> {
    match i.to_i64() {
        Some(v) => Some(i128::from(v)),
        None if i.bit_length() <= 64 && !i.is_negative() => i.to_string_radix(10).parse::<u64>().ok().map(i128::from),
        None => None,
    }
}

/// Checks an integer for typecode `tc` with CPython's message for each way it can fail.
fn check_int(tc: char, i: &Int) -> PyResult<()> {
    let v = int_value(i);
    let fits_long = v.map_or(false, |v| v >= i128::from(i64::MIN) && v <= i128::from(i64::MAX));
    match tc {
        'b' | 'B' | 'h' | 'H' | 'i' | 'l' if !fits_long => Err(overflow("Python int too large to convert to C long")),
        'I' | 'L' if i.is_negative() => Err(overflow("can't convert negative value to unsigned int")),
        'I' | 'L' if !v.map_or(false, |v| v <= i128::from(u64::MAX)) => {
            Err(overflow("Python int too large to convert to C unsigned long"))
        }
        'q' if !fits_long => Err(overflow("int too big to convert")),
        'Q' if i.is_negative() => Err(overflow("can't convert negative int to unsigned")),
        'Q' if v.is_none() => Err(overflow("int too big to convert")),
        _ => match (c_range(tc), v) {
            (Some((lo, _, what)), Some(v)) if v < lo => Err(overflow(&format!("{} is less than minimum", what))),
            (Some((_, hi, what)), Some(v)) if v > hi => Err(overflow(&format!("{} is greater than maximum", what))),
            _ => Ok(()),
        },
    }
}

/// A Python value as an item of typecode `tc` (floats of `f` rounded to single precision).
pub fn to_item(tc: char, v: &Value) -> PyResult<Value> {
    match tc {
        'u' => match v {
            Value::Str(s) if s.as_str().chars().count() == 1 => Ok(v.clone()),
            _ => Err(PyErr::type_error("array item must be unicode character")),
        },
        'f' => Ok(Value::float(super::args::to_f64(v)? as f32 as f64)),
        'd' => Ok(Value::float(super::args::to_f64(v)?)),
        _ => {
            if let Value::Float(_) = v {
                return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
            }
            let i = super::args::to_int(v)?;
            check_int(tc, &i)?;
            Ok(Value::Int(i))
        }
    }
}

/// The machine bytes of one item.
pub fn item_bytes(tc: char, v: &Value, out: &mut Vec<u8>) {
    match (tc, v) {
        ('f', Value::Float(f)) => out.extend_from_slice(&(*f as f32).to_le_bytes()),
        ('d', Value::Float(f)) => out.extend_from_slice(&f.to_le_bytes()),
        ('u', Value::Str(s)) => out.extend_from_slice(&(s.as_str().chars().next().unwrap_or('\0') as u32).to_le_bytes()),
        (_, Value::Int(i)) => {
            let n = int_value(i).unwrap_or(0);
            out.extend_from_slice(&n.to_le_bytes()[..item_size(tc)]);
        }
        _ => out.extend(std::iter::repeat(0).take(item_size(tc))),
    }
}

/// One item read back from its machine bytes.
pub fn item_from_bytes(tc: char, b: &[u8]) -> PyResult<Value> {
    let mut wide = [0u8; 16];
    wide[..b.len()].copy_from_slice(b);
    let unsigned = u128::from_le_bytes(wide);
    Ok(match tc {
        'f' => Value::float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        'd' => Value::float(f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])),
        'u' => match char::from_u32(unsigned as u32) {
            Some(c) => Value::str(&c.to_string()),
            None => return Err(PyErr::value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", unsigned))),
        },
        'B' | 'H' | 'I' | 'L' | 'Q' => Value::Int(Int::parse(&unsigned.to_string(), 10)?),
        _ => {
            let bits = 8 * b.len() as u32;
            let signed = ((unsigned << (128 - bits)) as i128) >> (128 - bits);
            Value::int(signed as i64)
        }
    })
}
