//! The text-like `bytes` methods (`ljust`, `rstrip`, `partition`, `rsplit`, `index`, …), by
//! running the `str` method of the same name on the bytes read as one character per byte and
//! turning the results back into bytes. `str` and `bytes` classify ASCII alike except
//! `\x1c`–`\x1f` (whitespace and line breaks to `str` only) and, for `splitlines`, `\x0b` and
//! `\x0c`; those bytes and every byte above `\x7f` (none of them whitespace, cased, a letter
//! or a digit to `bytes`) become private-use characters, which `str` does not classify either.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::{Kwargs, Value};
use std::rc::Rc;

/// Methods delegated to `str`.
pub const TEXT_NAMES: &[&str] = &[
    "ljust", "rjust", "center", "lstrip", "rstrip", "strip", "partition", "rpartition", "split", "rsplit", "index",
    "rindex", "rfind", "find", "count", "removeprefix", "removesuffix", "zfill", "splitlines", "title", "capitalize",
    "swapcase", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "expandtabs",
    "startswith", "endswith", "replace", "upper", "lower",
];

const PRIVATE: u32 = 0xE000;

fn widen(b: &[u8], line_breaks: bool) -> String {
    b.iter()
        .map(|&c| {
            let odd = c >= 0x80 || (0x1c..=0x1f).contains(&c) || (line_breaks && (c == 0x0b || c == 0x0c));
            if odd { char::from_u32(PRIVATE + c as u32).unwrap_or('\u{fffd}') } else { c as char }
        })
        .collect()
}

fn latin1(b: &[u8]) -> String {
    widen(b, false)
}

fn to_bytes(s: &str) -> Value {
    Value::Bytes(Rc::new(s.chars().map(|c| (c as u32).checked_sub(PRIVATE).unwrap_or(c as u32) as u8).collect()))
}

/// A `bytes` argument as the Latin-1 `str` the `str` method takes.
fn text_arg(name: &str, pos: usize, v: &Value) -> PyResult<Value> {
    match v {
        Value::Bytes(b) => Ok(Value::str(&latin1(b))),
        Value::Tuple(t) if pos == 0 && (name == "startswith" || name == "endswith") => {
            Ok(Value::tuple(t.iter().map(|x| text_arg(name, 1, x)).collect::<PyResult<_>>()?))
        }
        Value::Int(_) if pos == 0 && matches!(name, "find" | "rfind" | "index" | "rindex" | "count") => {
            let n = crate::value::modules::args::to_i64(v)?;
            if !(0..256).contains(&n) {
                return Err(PyErr::value_error("byte must be in range(0, 256)"));
            }
            Ok(Value::str(&latin1(&[n as u8])))
        }
        Value::Str(_) if matches!(name, "ljust" | "rjust" | "center") => Err(PyErr::type_error(format!(
            "{}() argument 2 must be a byte string of length 1, not str",
            name
        ))),
        Value::Str(_) => Err(PyErr::type_error("a bytes-like object is required, not 'str'")),
        other => Ok(other.clone()),
    }
}

fn back(v: Value) -> Value {
    match v {
        Value::Str(s) => to_bytes(s.as_str()),
        Value::List(l) => Value::list(l.borrow().iter().cloned().map(back).collect()),
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(back).collect()),
        other => other,
    }
}

pub fn call(b: &Rc<Vec<u8>>, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !TEXT_NAMES.contains(&name) {
        return None;
    }
    Some(run(b, name, args, kwargs))
}

fn run(b: &Rc<Vec<u8>>, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let args: Vec<Value> = args.iter().enumerate().map(|(i, a)| text_arg(name, i, a)).collect::<PyResult<_>>()?;
    let kwargs: Kwargs = kwargs
        .into_iter()
        .map(|(k, v)| Ok((k, text_arg(name, 1, &v)?)))
        .collect::<PyResult<_>>()?;
    let text = Str::from(widen(b, name == "splitlines").as_str());
    match super::str_methods::call(&text, name, args, kwargs) {
        Some(Ok(v)) => Ok(back(v)),
        Some(Err(e)) if e.message == "substring not found" => Err(PyErr::value_error("subsection not found")),
        Some(Err(e)) => Err(e),
        None => Err(super::no_attribute(&Value::Bytes(b.clone()), name)),
    }
}
