//! `bytearray`: a mutable `bytes`, as a runtime class (`builtins.bytearray`) whose instance
//! keeps its bytes as hidden state. What does not change it is `bytes`'s own method run on a
//! copy, its `bytes` results given back as `bytearray`s (`split`, `strip`, slicing), as CPython
//! returns them; what changes it (`append`, `extend`, item and slice assignment, `del`, `+=`)
//! checks each byte as CPython does (`byte must be in range(0, 256)`).

use super::args::arity;
use super::objs::{instance, method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::builtins::args::index;
use crate::value::{iterate, ops, Class, Kwargs, Value};
use std::rc::Rc;

pub fn bytearray_class() -> Rc<Class> {
    runtime_class("builtins", "bytearray", vec![], members)
}

/// `bytearray(source=b'', encoding=None, errors=None)`.
pub fn new(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::func::call(&Value::Class(bytearray_class()), args, kwargs)
}

/// A new bytearray holding `data`.
pub fn wrap(data: Vec<u8>) -> Value {
    instance(&bytearray_class(), vec![("__data__", Value::Bytes(Rc::new(data)))])
}

/// The bytes of `v` when it is a bytearray.
pub fn data_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &bytearray_class()) => match i.dict.borrow().get_str("__data__") {
            Some(Value::Bytes(b)) => Some(b.as_ref().clone()),
            _ => None,
        },
        _ => None,
    }
}

fn data(this: &Value) -> PyResult<Rc<Vec<u8>>> {
    match state(this, "__data__")? {
        Value::Bytes(b) => Ok(b),
        _ => Err(PyErr::type_error("descriptor needs a 'bytearray' object")),
    }
}

fn set(this: &Value, bytes: Vec<u8>) {
    set_state(this, "__data__", Value::Bytes(Rc::new(bytes)));
}

/// `bytes` for a bytearray argument, anything else as it is (for `bytes`'s methods).
fn plain(v: Value) -> Value {
    match data_of(&v) {
        Some(d) => Value::Bytes(Rc::new(d)),
        None => v,
    }
}

/// A `bytes` result as a bytearray, also inside the list or tuple a method returns.
fn rewrap(v: Value) -> Value {
    match v {
        Value::Bytes(b) => wrap(b.as_ref().clone()),
        Value::List(l) => Value::list(l.borrow().iter().cloned().map(rewrap).collect()),
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(rewrap).collect()),
        other => other,
    }
}

/// One byte from an int, as `append` and item assignment take it.
fn byte(v: &Value) -> PyResult<u8> {
    match index(v)?.to_i64() {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(PyErr::value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes of a bytes-like object or an iterable of ints (what `extend` and slice assignment
/// take); a str or an int is refused as CPython refuses it.
fn bytes_like(v: &Value, what: &str) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_) => Err(PyErr::type_error(what.to_string())),
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        _ => match data_of(v) {
            Some(d) => Ok(d),
            None => iterate::collect(v)?.iter().map(byte).collect(),
        },
    }
}

/// CPython's `bytearray_repr`, which differs from bytes's: it picks `"` when the data holds
/// `'` and no `"`, yet still escapes every `'`.
fn repr(d: &[u8]) -> String {
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("bytearray(b");
    out.push(quote);
    for &c in d {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c < 0x20 || c >= 0x7f => out.push_str(&format!("\\x{:02x}", c)),
            c => out.push(c as char),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

fn as_list(d: &[u8]) -> Value {
    Value::list(d.iter().map(|b| Value::int(*b as i64)).collect())
}

fn from_list(l: &Value) -> PyResult<Vec<u8>> {
    iterate::collect(l)?.iter().map(byte).collect()
}

/// Runs `bytes`'s method `name` on a copy.
fn delegate(name: &'static str) -> (&'static str, Value) {
    method_kw(name, move |this, args, kwargs| {
        let args = args.into_iter().map(plain).collect();
        let out = crate::value::methods::call(&Value::Bytes(data(this)?), name, args, kwargs)?;
        Ok(rewrap(out))
    })
}

fn compare(name: &'static str) -> (&'static str, Value) {
    method(name, move |this, args, _| {
        arity(name, &args, 1, 1)?;
        let other = match &args[0] {
            Value::Bytes(b) => b.as_ref().clone(),
            v => match data_of(v) {
                Some(d) => d,
                None => return Ok(Value::NotImplemented),
            },
        };
        let mine = data(this)?;
        let ord = mine.as_slice().cmp(other.as_slice());
        use std::cmp::Ordering::*;
        Ok(Value::Bool(match name {
            "__eq__" => ord == Equal,
            "__ne__" => ord != Equal,
            "__lt__" => ord == Less,
            "__le__" => ord != Greater,
            "__gt__" => ord == Greater,
            _ => ord != Less,
        }))
    })
}

fn concat_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        _ => data_of(v).ok_or_else(|| PyErr::type_error(format!("can't concat {} to bytearray", v.type_name()))),
    }
}

fn repeat(this: &Value, n: &Value) -> PyResult<Vec<u8>> {
    let n = index(n)?.to_i64().unwrap_or(0).max(0) as usize;
    Ok(data(this)?.repeat(n))
}

fn init(this: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let b = crate::value::builtins::args::bind("bytearray", args, kwargs, &["source", "encoding", "errors"], 0)?;
    let bytes = crate::value::builtins::convert::bytes_from(b[0].as_ref(), b[1].as_ref(), b[2].as_ref(), "byte")?;
    set(this, bytes);
    Ok(Value::None)
}

fn members() -> Vec<(&'static str, Value)> {
    let mut m = vec![
        method_kw("__init__", init),
        method("__repr__", |this, _, _| Ok(Value::str(&repr(&data(this)?)))),
        method("__len__", |this, _, _| Ok(Value::int(data(this)?.len() as i64))),
        method("__bytes__", |this, _, _| Ok(Value::Bytes(Rc::new(data(this)?.as_ref().clone())))),
        method("__iter__", |this, _, _| crate::value::builtins::iter(vec![as_list(&data(this)?)], vec![])),
        method("__contains__", |this, args, _| {
            arity("__contains__", &args, 1, 1)?;
            crate::value::compare::contains(&Value::Bytes(data(this)?), &plain(args[0].clone())).map(Value::Bool)
        }),
        method("__getitem__", |this, args, _| {
            arity("__getitem__", &args, 1, 1)?;
            let d = Value::Bytes(data(this)?);
            match ops::getitem(&d, &args[0]) {
                Err(e) if e.type_name == "IndexError" => Err(PyErr::index_error("bytearray index out of range")),
                Err(e) if e.type_name == "TypeError" => Err(PyErr::type_error(format!(
                    "bytearray indices must be integers or slices, not {}", args[0].type_name()))),
                other => other.map(rewrap),
            }
        }),
        method("__setitem__", |this, args, _| {
            arity("__setitem__", &args, 2, 2)?;
            let list = as_list(&data(this)?);
            let value = match &args[0] {
                Value::Slice(_) => as_list(&bytes_like(&args[1], "can assign only bytes, buffers, or iterables of ints in range(0, 256)")?),
                _ => Value::int(byte(&args[1])? as i64),
            };
            ops::setitem(&list, args[0].clone(), value).map_err(|e| renamed(e))?;
            set(this, from_list(&list)?);
            Ok(Value::None)
        }),
        method("__delitem__", |this, args, _| {
            arity("__delitem__", &args, 1, 1)?;
            let list = as_list(&data(this)?);
            ops::delitem(&list, &args[0]).map_err(|e| renamed(e))?;
            set(this, from_list(&list)?);
            Ok(Value::None)
        }),
        compare("__eq__"),
        compare("__ne__"),
        compare("__lt__"),
        compare("__le__"),
        compare("__gt__"),
        compare("__ge__"),
        ("__hash__", Value::None),
        method("__add__", |this, args, _| {
            arity("__add__", &args, 1, 1)?;
            let mut d = data(this)?.as_ref().clone();
            d.extend(concat_arg(&args[0])?);
            Ok(wrap(d))
        }),
        method("__radd__", |this, args, _| {
            arity("__radd__", &args, 1, 1)?;
            // `b"a" + bytearray(b"b")` is `b'ab'`: bytes on the left keeps its type.
            match &args[0] {
                Value::Bytes(b) => {
                    let mut d = b.as_ref().clone();
                    d.extend(data(this)?.iter());
                    Ok(Value::Bytes(Rc::new(d)))
                }
                _ => Ok(Value::NotImplemented),
            }
        }),
        method("__iadd__", |this, args, _| {
            arity("__iadd__", &args, 1, 1)?;
            let mut d = data(this)?.as_ref().clone();
            d.extend(concat_arg(&args[0])?);
            set(this, d);
            Ok(this.clone())
        }),
        method("__mul__", |this, args, _| Ok(wrap(repeat(this, &args[0])?))),
        method("__rmul__", |this, args, _| Ok(wrap(repeat(this, &args[0])?))),
        method("__imul__", |this, args, _| {
            let d = repeat(this, &args[0])?;
            set(this, d);
            Ok(this.clone())
        }),
        method("append", |this, args, _| {
            arity("append", &args, 1, 1)?;
            let mut d = data(this)?.as_ref().clone();
            d.push(byte(&args[0])?);
            set(this, d);
            Ok(Value::None)
        }),
        method("extend", |this, args, _| {
            arity("extend", &args, 1, 1)?;
            let more = match &args[0] {
                Value::Str(_) => return Err(PyErr::type_error("expected iterable of integers; got: 'str'")),
                v @ (Value::Int(_) | Value::Bool(_) | Value::Float(_)) => {
                    return Err(PyErr::type_error(format!("can't extend bytearray with {}", v.type_name())))
                }
                v => bytes_like(v, "")?,
            };
            let mut d = data(this)?.as_ref().clone();
            d.extend(more);
            set(this, d);
            Ok(Value::None)
        }),
        method("insert", |this, args, _| {
            arity("insert", &args, 2, 2)?;
            let mut d = data(this)?.as_ref().clone();
            let n = d.len() as i64;
            let i = index(&args[0])?.to_i64().unwrap_or(0);
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            d.insert(at, byte(&args[1])?);
            set(this, d);
            Ok(Value::None)
        }),
        method("pop", |this, args, _| {
            arity("pop", &args, 0, 1)?;
            let mut d = data(this)?.as_ref().clone();
            if d.is_empty() {
                return Err(PyErr::index_error("pop from empty bytearray"));
            }
            let n = d.len() as i64;
            let i = match args.first() {
                Some(v) => index(v)?.to_i64().unwrap_or(n),
                None => -1,
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index_error("pop index out of range"));
            }
            let b = d.remove(j as usize);
            set(this, d);
            Ok(Value::int(b as i64))
        }),
        method("remove", |this, args, _| {
            arity("remove", &args, 1, 1)?;
            let b = byte(&args[0])?;
            let mut d = data(this)?.as_ref().clone();
            match d.iter().position(|x| *x == b) {
                Some(p) => {
                    d.remove(p);
                    set(this, d);
                    Ok(Value::None)
                }
                None => Err(PyErr::value_error("value not found in bytearray")),
            }
        }),
        method("reverse", |this, _, _| {
            let mut d = data(this)?.as_ref().clone();
            d.reverse();
            set(this, d);
            Ok(Value::None)
        }),
        method("clear", |this, _, _| {
            set(this, vec![]);
            Ok(Value::None)
        }),
        method("copy", |this, _, _| Ok(wrap(data(this)?.as_ref().clone()))),
        ("fromhex", Value::builtin("fromhex", |args, kwargs| {
            // Called on the class, so no `self` comes first.
            Ok(rewrap(crate::value::methods::call(&Value::Bytes(Rc::new(vec![])), "fromhex", args, kwargs)?))
        })),
    ];
    for name in [
        "decode", "hex", "count", "find", "rfind", "index", "rindex", "startswith", "endswith", "isalnum", "isalpha",
        "isdigit", "islower", "isupper", "isspace", "istitle", "isascii", "upper", "lower", "title", "capitalize",
        "swapcase", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "partition", "rpartition", "replace",
        "join", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix", "removesuffix", "translate",
    ] {
        m.push(delegate(name));
    }
    m
}

/// A list's message in a bytearray's words.
fn renamed(e: PyErr) -> PyErr {
    if e.message.contains("list") || e.message.contains("sequence of size") {
        PyErr::new(&e.type_name.clone(), e.message.replace("list assignment index", "bytearray index").replace("list index", "bytearray index")
            .replace("sequence of size", "bytes of size"))
    } else {
        e
    }
}
