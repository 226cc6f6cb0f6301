//! Python values to JSON text, as `json.dumps(v, separators=(",", ":"), ensure_ascii=False)`
//! writes them, with dataclass instances as objects of their fields (what `default=` makes of
//! them in docs/ABI.md's reference encoder). Tuples are arrays; `inf` and `nan` are
//! `Infinity` and `NaN`; other values are a `TypeError` with `json`'s message.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use std::rc::Rc;

/// The JSON text of `v`.
pub fn to_json(v: &Value) -> PyResult<String> {
    let mut out = String::new();
    to_json_into(v, &mut out)?;
    Ok(out)
}

/// Writes the JSON text of `v` into `out` (cleared first), reusing its allocation.
pub fn to_json_into(v: &Value, out: &mut String) -> PyResult<()> {
    out.clear();
    let mut e = Encoder { out: std::mem::take(out), markers: Vec::new() };
    let result = e.value(v);
    *out = e.out;
    result
}

/// Appends the decimal digits of `n` without a temporary string.
fn push_i64(n: i64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    for &d in &digits[i..] {
        out.push(d as char);
    }
}

/// A JSON string literal for `s` (UTF-8 kept, control characters escaped).
pub fn string(s: &str, out: &mut String) {
    crate::value::modules::json_encode::encode_string(s, false, out);
}

fn float(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("NaN");
    } else if x.is_infinite() {
        out.push_str(if x > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        out.push_str(&crate::float::repr(x));
    }
}

struct Encoder {
    out: String,
    /// The containers being encoded, by address: meeting one again is a cycle.
    markers: Vec<usize>,
}

fn address<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

impl Encoder {
    fn value(&mut self, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => match i.to_i64() {
                Some(small) => push_i64(small, &mut self.out),
                None => self.out.push_str(&i.to_string_radix(10)),
            },
            Value::Float(x) => float(*x, &mut self.out),
            Value::Str(s) => string(s.as_str(), &mut self.out),
            Value::List(items) => {
                let items = items.borrow().clone();
                self.enter(address_of(v))?;
                self.array(&items)?;
                self.markers.pop();
            }
            Value::Tuple(items) => {
                self.enter(address_of(v))?;
                self.array(items)?;
                self.markers.pop();
            }
            Value::Dict(d) => {
                let items = d.borrow().items();
                self.enter(address_of(v))?;
                self.object(&items)?;
                self.markers.pop();
            }
            Value::Instance(_) => match dataclass_fields(v)? {
                Some(fields) => {
                    self.enter(address_of(v))?;
                    self.object(&fields)?;
                    self.markers.pop();
                }
                None => return Err(not_serializable(v)),
            },
            _ => return Err(not_serializable(v)),
        }
        Ok(())
    }

    fn enter(&mut self, id: usize) -> PyResult<()> {
        if self.markers.contains(&id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(())
    }

    fn array(&mut self, items: &[Value]) -> PyResult<()> {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.value(item)?;
        }
        self.out.push(']');
        Ok(())
    }

    fn object(&mut self, items: &[(Value, Value)]) -> PyResult<()> {
        self.out.push('{');
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.key(k)?;
            self.out.push(':');
            self.value(v)?;
        }
        self.out.push('}');
        Ok(())
    }

    /// `json.dumps`' keys: str, or an int, float, bool or None written as a string.
    fn key(&mut self, k: &Value) -> PyResult<()> {
        let text = match k {
            Value::Str(s) => return Ok(string(s.as_str(), &mut self.out)),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string_radix(10),
            Value::Float(x) => {
                let mut s = String::new();
                float(*x, &mut s);
                s
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    crate::value::class::type_of(other).name
                )))
            }
        };
        string(&text, &mut self.out);
        Ok(())
    }
}

fn address_of(v: &Value) -> usize {
    match v {
        Value::List(r) => address(r),
        Value::Tuple(r) => address(r),
        Value::Dict(r) => address(r),
        Value::Instance(r) => address(r),
        _ => 0,
    }
}

fn not_serializable(v: &Value) -> PyErr {
    PyErr::type_error(format!("Object of type {} is not JSON serializable", crate::value::class::type_of(v).name))
}

/// A dataclass instance's fields in definition order, as (name, value) pairs.
fn dataclass_fields(v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    let cls = crate::value::class::type_of(v);
    let names = match crate::value::class::lookup(&cls, "__dataclass_fields__") {
        Some(Value::Dict(d)) => d.borrow().keys(),
        _ => return Ok(None),
    };
    let mut pairs = Vec::with_capacity(names.len());
    for name in names {
        if let Value::Str(s) = &name {
            let field = crate::value::attr::getattr(v, s.as_str())?;
            pairs.push((name.clone(), field));
        }
    }
    Ok(Some(pairs))
}
