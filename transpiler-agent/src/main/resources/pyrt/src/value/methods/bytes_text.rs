//! The text-like `bytes` methods (`ljust`, `rstrip`, `partition`, `rsplit`, `index`, …), by
//! running the `str` method of the same name on the bytes read as Latin-1 (one character per
//! byte) and turning the results back into bytes. That is exact for methods that look only at
//! the values of bytes; for those that classify characters (whitespace, case, line breaks),
//! `str` and `bytes` agree only on ASCII outside `\x1c`–`\x1f`, so other content stops the
//! program instead of risking a different answer.

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

/// Whether the method's result depends on character classes (and, without an explicit
/// argument, `strip`/`split` do).
fn classifies(name: &str, args: &[Value], kwargs: &Kwargs) -> bool {
    match name {
        "lstrip" | "rstrip" | "strip" => matches!(args.first(), None | Some(Value::None)),
        "split" | "rsplit" => {
            let sep = args.first().cloned().or_else(|| kwargs.iter().find(|(k, _)| k.as_str() == "sep").map(|(_, v)| v.clone()));
            matches!(sep, None | Some(Value::None))
        }
        "splitlines" | "title" | "capitalize" | "swapcase" | "isalpha" | "isdigit" | "isalnum" | "isspace" | "isupper"
        | "islower" | "istitle" | "upper" | "lower" | "expandtabs" => true,
        _ => false,
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn to_bytes(s: &str) -> Value {
    Value::Bytes(Rc::new(s.chars().map(|c| c as u32 as u8).collect()))
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
            Ok(Value::str(&(n as u8 as char).to_string()))
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
    let unsafe_chars = |c: &u8| *c >= 0x80 || (0x1c..=0x1f).contains(c) || (name == "splitlines" && (*c == 0x0b || *c == 0x0c));
    if classifies(name, &args, &kwargs) && b.iter().any(unsafe_chars) {
        return Err(PyErr::untranslatable(&format!("bytes.{}() on bytes outside printable ASCII", name)));
    }
    let args: Vec<Value> = args.iter().enumerate().map(|(i, a)| text_arg(name, i, a)).collect::<PyResult<_>>()?;
    let kwargs: Kwargs = kwargs
        .into_iter()
        .map(|(k, v)| Ok((k, text_arg(name, 1, &v)?)))
        .collect::<PyResult<_>>()?;
    let text = Str::from(latin1(b).as_str());
    match super::str_methods::call(&text, name, args, kwargs) {
        Some(Ok(v)) => Ok(back(v)),
        Some(Err(e)) if e.message == "substring not found" => Err(PyErr::value_error("subsection not found")),
        Some(Err(e)) => Err(e),
        None => Err(super::no_attribute(&Value::Bytes(b.clone()), name)),
    }
}
