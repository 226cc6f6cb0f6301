//! `str` methods that convert: encode, expandtabs, translate, maketrans.

use super::codec::Codec;
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::builtins::args;
use crate::value::{DictObj, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn encode(s: &Str, b: Vec<Option<Value>>) -> PyResult<Value> {
    let encoding = match &b[0] {
        None => "utf-8".to_string(),
        Some(v) => args::str_arg(v, "encode() argument 'encoding' must be str, not ")?.as_str().to_string(),
    };
    let errors = match &b[1] {
        None => "strict".to_string(),
        Some(v) => args::str_arg(v, "encode() argument 'errors' must be str, not ")?.as_str().to_string(),
    };
    let codec = Codec::lookup(&encoding, "encode")?;
    let bytes = super::codec::encode(s.as_str(), codec, &errors)?;
    Ok(Value::Bytes(Rc::new(bytes)))
}

pub fn expandtabs(s: &Str, b: Vec<Option<Value>>) -> PyResult<Value> {
    let tab = match &b[0] {
        None => 8,
        Some(v) => args::index_i64(v)?,
    };
    Ok(Value::str(&expand_tabs(s.as_str(), tab)))
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`.
pub fn expand_tabs(text: &str, tabsize: i64) -> String {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

pub fn translate(s: &Str, table: &Value) -> PyResult<Value> {
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::int(c as i64);
        let mapped = match crate::value::ops::getitem(table, &key) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance("LookupError") => None,
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match i.to_i64().and_then(|n| char::from_u32(n as u32)) {
                Some(ch) => out.push(ch),
                None => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
            },
            Some(_) => return Err(PyErr::type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::str(&out))
}

/// `str.maketrans(x[, y[, z]])`.
pub fn maketrans(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("maketrans", &kwargs)?;
    args::count("maketrans", a.len(), 1, 3)?;
    let mut d = DictObj::new();
    if a.len() == 1 {
        let items = match &a[0] {
            Value::Dict(src) => src.borrow().items(),
            _ => return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict")),
        };
        for (k, v) in items {
            let key = match &k {
                Value::Str(ks) if ks.char_len() == 1 => Value::int(ks.as_str().chars().next().expect("one") as i64),
                Value::Str(_) => {
                    return Err(PyErr::value_error("string keys in translate table must be of length 1"))
                }
                Value::Int(_) => k.clone(),
                _ => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            };
            d.insert(key, v)?;
        }
        return Ok(Value::Dict(Rc::new(RefCell::new(d))));
    }
    let x = args::str_arg(&a[0], "maketrans() argument 1 must be str, not ")?;
    let y = args::str_arg(&a[1], "maketrans() argument 2 must be str, not ")?;
    if x.char_len() != y.char_len() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.as_str().chars().zip(y.as_str().chars()) {
        d.insert(Value::int(cx as i64), Value::int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = args::str_arg(z, "maketrans() argument 3 must be str, not ")?;
        for c in z.as_str().chars() {
            d.insert(Value::int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}
