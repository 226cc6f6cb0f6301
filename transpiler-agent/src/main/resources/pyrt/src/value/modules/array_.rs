//! The `array` module: `array.array`, a typed sequence of numbers (or of characters for `u`),
//! with CPython 3.12's checks and messages. Items are kept as Python values already checked
//! for the typecode (array_items.rs converts them and gives their machine bytes); `buffer_info`,
//! which names a memory address, stops the program.

use super::args::{module, to_i64};
use super::array_items::{item_bytes, item_from_bytes, item_size, to_item, TYPECODES};
use super::objs::{instance, list_state, method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::compare;
use crate::value::iterate::{collect, iter_value};
use crate::value::ops::{delitem, getitem, setitem};
use crate::value::text::repr_of;
use crate::value::{Class, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn typecode(this: &Value) -> PyResult<char> {
    match state(this, "typecode")? {
        Value::Str(s) => Ok(s.as_str().chars().next().unwrap_or('b')),
        _ => Err(PyErr::type_error("corrupt array")),
    }
}

fn items(this: &Value) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    list_state(this, "__items__")
}

fn snapshot(this: &Value) -> PyResult<Vec<Value>> {
    Ok(items(this)?.borrow().clone())
}

fn is_array(v: &Value) -> bool {
    super::objs::is_a(v, "array", "array")
}

/// A new array of typecode `tc` holding already checked `values`.
fn new_array(tc: char, values: Vec<Value>) -> Value {
    instance(
        &array_class(),
        vec![
            ("typecode", Value::str(&tc.to_string())),
            ("itemsize", Value::int(item_size(tc) as i64)),
            ("__items__", Value::list(values)),
        ],
    )
}

fn checked(tc: char, values: &[Value]) -> PyResult<Vec<Value>> {
    values.iter().map(|v| to_item(tc, v)).collect()
}

fn from_bytes(tc: char, data: &[u8]) -> PyResult<Vec<Value>> {
    let size = item_size(tc);
    if data.len() % size != 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    data.chunks(size).map(|c| item_from_bytes(tc, c)).collect()
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.as_ref().clone()),
        _ => None,
    }
}

/// The same-kind array another array operation needs (`what` names the operation's message).
fn same_kind(tc: char, other: &Value, not_array: impl Fn(&Value) -> PyErr, mismatch: &str) -> PyResult<Vec<Value>> {
    if !is_array(other) {
        return Err(not_array(other));
    }
    if typecode(other)? != tc {
        return Err(PyErr::type_error(mismatch));
    }
    snapshot(other)
}

const BAD_ARG: &str = "bad argument type for built-in operation";

/// An index into `n` items (negative from the end), or `IndexError(msg)`.
fn index(i: &Value, n: usize, msg: &str) -> PyResult<usize> {
    let k = to_i64(i)?;
    let k = if k < 0 { k + n as i64 } else { k };
    if k < 0 || k >= n as i64 {
        return Err(PyErr::new("IndexError", msg));
    }
    Ok(k as usize)
}

fn init(this: &Value, args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("array", &args, 1, 2)?;
    let tc = match &args[0] {
        Value::Str(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().unwrap_or(' '),
        other => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(PyErr::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let values = match args.get(1) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Str(s)) if tc == 'u' => s.as_str().chars().map(|c| Value::str(&c.to_string())).collect(),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(format!("cannot use a str to initialize an array with typecode '{}'", tc)))
        }
        Some(init) if is_array(init) => {
            if typecode(init)? == 'u' && tc != 'u' {
                return Err(PyErr::type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    tc
                )));
            }
            checked(tc, &snapshot(init)?)?
        }
        Some(init) => match bytes_of(init) {
            Some(b) => from_bytes(tc, &b)?,
            None => checked(tc, &collect(init)?)?,
        },
    };
    super::objs::set_state(this, "typecode", Value::str(&tc.to_string()));
    super::objs::set_state(this, "itemsize", Value::int(item_size(tc) as i64));
    super::objs::set_state(this, "__items__", Value::list(values));
    Ok(Value::None)
}

fn repr(this: &Value) -> PyResult<Value> {
    let tc = typecode(this)?;
    let values = snapshot(this)?;
    if values.is_empty() {
        return Ok(Value::str(&format!("array('{}')", tc)));
    }
    let body = if tc == 'u' {
        let text: String = values.iter().map(|v| crate::value::text::str_of(v).map(|s| s.to_string())).collect::<PyResult<_>>()?;
        repr_of(&Value::str(&text))?.to_string()
    } else {
        repr_of(&Value::list(values))?.to_string()
    };
    Ok(Value::str(&format!("array('{}', {})", tc, body)))
}

fn get_item(this: &Value, key: &Value) -> PyResult<Value> {
    let values = items(this)?;
    if let Value::Slice(_) = key {
        let part = getitem(&Value::List(values), key)?;
        return Ok(new_array(typecode(this)?, collect(&part)?));
    }
    let n = values.borrow().len();
    let k = index(key, n, "array index out of range")?;
    let v = values.borrow()[k].clone();
    Ok(v)
}

fn set_item(this: &Value, key: &Value, value: &Value) -> PyResult<Value> {
    let tc = typecode(this)?;
    let values = items(this)?;
    if let Value::Slice(_) = key {
        let not_array = |v: &Value| {
            PyErr::type_error(format!("can only assign array (not \"{}\") to array slice", v.type_name()))
        };
        let new = same_kind(tc, value, not_array, BAD_ARG)?;
        setitem(&Value::List(values), key.clone(), Value::list(new))?;
        return Ok(Value::None);
    }
    let n = values.borrow().len();
    let k = index(key, n, "array assignment index out of range")?;
    let item = to_item(tc, value)?;
    values.borrow_mut()[k] = item;
    Ok(Value::None)
}

fn extend(this: &Value, other: &Value) -> PyResult<()> {
    let tc = typecode(this)?;
    let new = if is_array(other) {
        same_kind(tc, other, |_| PyErr::type_error(BAD_ARG), "can only extend with array of same kind")?
    } else {
        checked(tc, &collect(other)?)?
    };
    items(this)?.borrow_mut().extend(new);
    Ok(())
}

fn repeat(this: &Value, n: &Value) -> PyResult<Vec<Value>> {
    let times = to_i64(n)?.max(0) as usize;
    let values = snapshot(this)?;
    Ok(values.iter().cycle().take(values.len() * times).cloned().collect())
}

/// `index`/`remove`/`count` compare with `==`, as `list` does.
fn position(this: &Value, x: &Value, start: usize) -> PyResult<Option<usize>> {
    let values = snapshot(this)?;
    for (i, v) in values.iter().enumerate().skip(start) {
        if compare::eq_bool(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn comparison(name: &'static str, op: fn(&Value, &Value) -> PyResult<Value>) -> (&'static str, Value) {
    method(name, move |this, args, _| {
        let other = args.first().cloned().unwrap_or(Value::None);
        if !is_array(&other) {
            return Ok(Value::NotImplemented);
        }
        op(&Value::list(snapshot(this)?), &Value::list(snapshot(&other)?))
    })
}

fn one(args: &[Value], name: &str) -> PyResult<Value> {
    super::args::arity(name, args, 1, 1)?;
    Ok(args[0].clone())
}

fn sequence_methods() -> Vec<(&'static str, Value)> {
    vec![
        method_kw("__init__", |this, args, kwargs| {
            super::args::no_kwargs("array.array", &kwargs)?;
            init(this, args)
        }),
        // CPython names C types by their `tp_name` in this message.
        method("__hash__", |_, _, _| Err(PyErr::type_error("unhashable type: 'array.array'"))),
        method("__repr__", |this, _, _| repr(this)),
        method("__len__", |this, _, _| Ok(Value::int(items(this)?.borrow().len() as i64))),
        method("__iter__", |this, _, _| iter_value(&Value::List(items(this)?))),
        method("__getitem__", |this, args, _| get_item(this, &one(&args, "__getitem__")?)),
        method("__setitem__", |this, args, _| {
            super::args::arity("__setitem__", &args, 2, 2)?;
            set_item(this, &args[0], &args[1])
        }),
        method("__delitem__", |this, args, _| {
            let key = one(&args, "__delitem__")?;
            let values = items(this)?;
            if let Value::Slice(_) = key {
                delitem(&Value::List(values), &key)?;
                return Ok(Value::None);
            }
            let n = values.borrow().len();
            let k = index(&key, n, "array assignment index out of range")?;
            values.borrow_mut().remove(k);
            Ok(Value::None)
        }),
        method("__contains__", |this, args, _| Ok(Value::Bool(position(this, &one(&args, "__contains__")?, 0)?.is_some()))),
        comparison("__eq__", compare::eq),
        comparison("__ne__", compare::ne),
        comparison("__lt__", compare::lt),
        comparison("__le__", compare::le),
        comparison("__gt__", compare::gt),
        comparison("__ge__", compare::ge),
        method("__add__", |this, args, _| {
            let tc = typecode(this)?;
            let not_array = |v: &Value| PyErr::type_error(format!("can only append array (not \"{}\") to array", v.type_name()));
            let mut values = snapshot(this)?;
            values.extend(same_kind(tc, &one(&args, "__add__")?, not_array, BAD_ARG)?);
            Ok(new_array(tc, values))
        }),
        method("__iadd__", |this, args, _| {
            let other = one(&args, "__iadd__")?;
            if !is_array(&other) {
                let msg = format!("can only extend array with array (not \"{}\")", other.type_name());
                return Err(PyErr::type_error(msg));
            }
            extend(this, &other)?;
            Ok(this.clone())
        }),
        method("__mul__", |this, args, _| Ok(new_array(typecode(this)?, repeat(this, &one(&args, "__mul__")?)?))),
        method("__rmul__", |this, args, _| Ok(new_array(typecode(this)?, repeat(this, &one(&args, "__rmul__")?)?))),
        method("__imul__", |this, args, _| {
            let values = repeat(this, &one(&args, "__imul__")?)?;
            *items(this)?.borrow_mut() = values;
            Ok(this.clone())
        }),
        method("__copy__", |this, _, _| Ok(new_array(typecode(this)?, snapshot(this)?))),
        method("__deepcopy__", |this, _, _| Ok(new_array(typecode(this)?, snapshot(this)?))),
    ]
}

fn list_methods() -> Vec<(&'static str, Value)> {
    vec![
        method("append", |this, args, _| {
            let item = to_item(typecode(this)?, &one(&args, "append")?)?;
            items(this)?.borrow_mut().push(item);
            Ok(Value::None)
        }),
        method("extend", |this, args, _| {
            extend(this, &one(&args, "extend")?)?;
            Ok(Value::None)
        }),
        method("insert", |this, args, _| {
            super::args::arity("insert", &args, 2, 2)?;
            let item = to_item(typecode(this)?, &args[1])?;
            let values = items(this)?;
            let n = values.borrow().len() as i64;
            let k = to_i64(&args[0])?;
            let k = if k < 0 { (k + n).max(0) } else { k.min(n) };
            values.borrow_mut().insert(k as usize, item);
            Ok(Value::None)
        }),
        method("pop", |this, args, _| {
            super::args::arity("pop", &args, 0, 1)?;
            let values = items(this)?;
            let n = values.borrow().len();
            if n == 0 {
                return Err(PyErr::new("IndexError", "pop from empty array"));
            }
            let k = index(args.first().unwrap_or(&Value::int(-1)), n, "pop index out of range")?;
            let v = values.borrow_mut().remove(k);
            Ok(v)
        }),
        method("remove", |this, args, _| match position(this, &one(&args, "remove")?, 0)? {
            Some(k) => {
                items(this)?.borrow_mut().remove(k);
                Ok(Value::None)
            }
            None => Err(PyErr::value_error("array.remove(x): x not in array")),
        }),
        method("index", |this, args, _| {
            super::args::arity("index", &args, 1, 3)?;
            let n = items(this)?.borrow().len() as i64;
            let clip = |v: Option<&Value>, d: i64| -> PyResult<usize> {
                let k = match v {
                    Some(v) => to_i64(v)?,
                    None => d,
                };
                Ok((if k < 0 { (k + n).max(0) } else { k.min(n) }) as usize)
            };
            let (start, stop) = (clip(args.get(1), 0)?, clip(args.get(2), n)?);
            match position(this, &args[0], start)? {
                Some(k) if k < stop => Ok(Value::int(k as i64)),
                _ => Err(PyErr::value_error("array.index(x): x not in array")),
            }
        }),
        method("count", |this, args, _| {
            let x = one(&args, "count")?;
            let mut n = 0;
            for v in snapshot(this)? {
                if compare::eq_bool(&v, &x)? {
                    n += 1;
                }
            }
            Ok(Value::int(n))
        }),
        method("reverse", |this, _, _| {
            items(this)?.borrow_mut().reverse();
            Ok(Value::None)
        }),
    ]
}

fn conversion_methods() -> Vec<(&'static str, Value)> {
    vec![
        method("tolist", |this, _, _| Ok(Value::list(snapshot(this)?))),
        method("fromlist", |this, args, _| match one(&args, "fromlist")? {
            Value::List(l) => {
                let new = checked(typecode(this)?, &l.borrow())?;
                items(this)?.borrow_mut().extend(new);
                Ok(Value::None)
            }
            _ => Err(PyErr::type_error("arg must be list")),
        }),
        method("tobytes", |this, _, _| {
            let tc = typecode(this)?;
            let mut out = Vec::new();
            for v in snapshot(this)? {
                item_bytes(tc, &v, &mut out);
            }
            Ok(Value::Bytes(Rc::new(out)))
        }),
        method("frombytes", |this, args, _| {
            let arg = one(&args, "frombytes")?;
            let data = bytes_of(&arg).ok_or_else(|| {
                PyErr::type_error(format!("a bytes-like object is required, not '{}'", arg.type_name()))
            })?;
            let new = from_bytes(typecode(this)?, &data)?;
            items(this)?.borrow_mut().extend(new);
            Ok(Value::None)
        }),
        method("byteswap", |this, _, _| {
            let tc = typecode(this)?;
            let values = items(this)?;
            let mut swapped = Vec::new();
            for v in values.borrow().iter() {
                let mut b = Vec::new();
                item_bytes(tc, v, &mut b);
                b.reverse();
                swapped.push(item_from_bytes(tc, &b)?);
            }
            *values.borrow_mut() = swapped;
            Ok(Value::None)
        }),
        method("tounicode", |this, _, _| {
            if typecode(this)? != 'u' {
                return Err(PyErr::value_error("tounicode() may only be called on unicode type arrays"));
            }
            let text: String = snapshot(this)?.iter().map(|v| crate::value::text::str_of(v).map(|s| s.to_string())).collect::<PyResult<_>>()?;
            Ok(Value::str(&text))
        }),
        method("fromunicode", |this, args, _| {
            if typecode(this)? != 'u' {
                return Err(PyErr::value_error("fromunicode() may only be called on unicode type arrays"));
            }
            match one(&args, "fromunicode")? {
                Value::Str(s) => {
                    let new: Vec<Value> = s.as_str().chars().map(|c| Value::str(&c.to_string())).collect();
                    items(this)?.borrow_mut().extend(new);
                    Ok(Value::None)
                }
                other => Err(PyErr::type_error(format!("fromunicode() argument must be str, not {}", other.type_name()))),
            }
        }),
        method("buffer_info", |_, _, _| Err(PyErr::untranslatable("array.buffer_info() (a memory address)"))),
    ]
}

pub fn array_class() -> Rc<Class> {
    runtime_class("array", "array", vec![], || {
        let mut members = sequence_methods();
        members.extend(list_methods());
        members.extend(conversion_methods());
        members
    })
}

pub fn build() -> Module {
    module(
        "array",
        vec![
            ("array", Value::Class(array_class())),
            ("ArrayType", Value::Class(array_class())),
            ("typecodes", Value::str(TYPECODES)),
        ],
    )
}
