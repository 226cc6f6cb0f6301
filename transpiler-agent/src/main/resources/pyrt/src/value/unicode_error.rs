//! `UnicodeDecodeError` and `UnicodeEncodeError` as CPython's Objects/exceptions.c makes them:
//! five arguments (encoding, object, start, end, reason) kept as attributes a handler can read
//! and change, and a message `str()` formats from those attributes each time. The runtime's
//! codecs raise them through [`decode_error`] and [`encode_error`], so a caught error has the
//! same attributes as one CPython raises.
//! Owner: runtime-objects.

use super::exception::{error_of, exception_class, exception_instance};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::text::str_of;
use crate::value::{Class, Value};
use std::rc::Rc;

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// Gives the class CPython's `__init__` and `__str__` (`decoding` tells the two apart).
pub fn install(cls: &Rc<Class>, decoding: bool) {
    let mut d = cls.dict.borrow_mut();
    let (init_name, str_name) = if decoding {
        ("UnicodeDecodeError.__init__", "UnicodeDecodeError.__str__")
    } else {
        ("UnicodeEncodeError.__init__", "UnicodeEncodeError.__str__")
    };
    d.set_str("__init__", Value::runtime_method(init_name, move |args, kwargs| {
        if !kwargs.is_empty() {
            let name = crate::value::class::type_of(&args[0]).name.to_string();
            return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)));
        }
        let fields = checked(&args[1..], decoding)?;
        set_fields(&args[0], args[1..].to_vec(), fields);
        Ok(Value::None)
    }));
    d.set_str("__str__", Value::runtime_method(str_name, move |args, _| message(&args[0], decoding).map(|m| Value::str(&m))));
}

/// The runtime's `UnicodeDecodeError` for `object[start..end]`.
pub fn decode_error(encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    raise("UnicodeDecodeError", encoding, Value::Bytes(Rc::new(object.to_vec())), start, end, reason)
}

/// The runtime's `UnicodeEncodeError` for characters `start..end` of `object`.
pub fn encode_error(encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> PyErr {
    raise("UnicodeEncodeError", encoding, Value::str(object), start, end, reason)
}

fn raise(class: &str, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let cls = exception_class(class).expect("the Unicode errors are built in");
    let args = vec![Value::str(encoding), object, Value::int(start as i64), Value::int(end as i64), Value::str(reason)];
    let exc = exception_instance(&cls, args.clone());
    set_fields(&exc, args.clone(), args);
    error_of(exc)
}

fn set_fields(exc: &Value, args: Vec<Value>, fields: Vec<Value>) {
    if let Value::Instance(i) = exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("args", Value::tuple(args));
        for (name, value) in FIELDS.iter().zip(fields) {
            d.set_str(name, value);
        }
    }
}

/// The five arguments checked as CPython checks them; a `bytearray` object is kept as bytes.
fn checked(args: &[Value], decoding: bool) -> PyResult<Vec<Value>> {
    if args.len() != 5 {
        return Err(PyErr::type_error(format!("function takes exactly 5 arguments ({} given)", args.len())));
    }
    let must_be_str = |at: usize| match &args[at] {
        Value::Str(_) => Ok(args[at].clone()),
        other => Err(PyErr::type_error(format!("argument {} must be str, not {}", at + 1, other.type_name()))),
    };
    let encoding = must_be_str(0)?;
    let object = if decoding {
        match &args[1] {
            Value::Bytes(_) => args[1].clone(),
            other => match crate::value::modules::bytearray::data_of(other) {
                Some(data) => Value::Bytes(Rc::new(data)),
                None => {
                    return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name())))
                }
            },
        }
    } else {
        must_be_str(1)?
    };
    let start = Value::Int(crate::value::modules::args::to_int(&args[2])?);
    let end = Value::Int(crate::value::modules::args::to_int(&args[3])?);
    let reason = must_be_str(4)?;
    Ok(vec![encoding, object, start, end, reason])
}

/// `str(exc)`: one byte or character named when `end == start + 1` inside the object, a
/// range of positions otherwise.
fn message(exc: &Value, decoding: bool) -> PyResult<String> {
    let encoding = str_of(&getattr(exc, "encoding")?)?;
    let reason = str_of(&getattr(exc, "reason")?)?;
    let start = crate::value::modules::args::to_i64(&getattr(exc, "start")?)?;
    let end = crate::value::modules::args::to_i64(&getattr(exc, "end")?)?;
    let object = getattr(exc, "object")?;
    let single = end == start.wrapping_add(1) && start >= 0;
    if decoding {
        if let (true, Value::Bytes(b)) = (single, &object) {
            if let Some(byte) = b.get(start as usize) {
                return Ok(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", encoding, byte, start, reason));
            }
        }
        return Ok(format!("'{}' codec can't decode bytes in position {}-{}: {}", encoding, start, end - 1, reason));
    }
    if let (true, Value::Str(s)) = (single, &object) {
        if let Some(c) = s.as_str().chars().nth(start as usize) {
            let code = c as u32;
            let shown = match code {
                0..=0xff => format!("\\x{:02x}", code),
                0x100..=0xffff => format!("\\u{:04x}", code),
                _ => format!("\\U{:08x}", code),
            };
            return Ok(format!("'{}' codec can't encode character '{}' in position {}: {}", encoding, shown, start, reason));
        }
    }
    Ok(format!("'{}' codec can't encode characters in position {}-{}: {}", encoding, start, end - 1, reason))
}
