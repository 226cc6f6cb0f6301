//! `pathlib`'s core on POSIX (Lib/pathlib.py of CPython 3.12): `Path(...)` makes a `PosixPath`
//! whose string is parsed as `PurePosixPath` parses it (`//` kept as a root, `.` parts and
//! repeated or trailing slashes dropped, `..` kept), with `/`, `name`, `stem`, `suffix`,
//! `suffixes`, `parent`, `parts`, `with_suffix`, `with_name`, `joinpath`, comparisons, and the
//! file-system methods over `open()` and `os` (`exists`, `is_file`, `is_dir`, `read_text`,
//! `write_text`, `read_bytes`, `write_bytes`, `open`, `iterdir`, `mkdir`, `unlink`, `rmdir`,
//! `rename`, `touch`). Methods absent here raise `AttributeError`.

use super::objs::{instance, method, method_kw, runtime_class, state};
use super::os_fs;
use crate::exc::{PyErr, PyResult};
use crate::value::class::make_property;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// The root and the parts of a path string.
fn parse(text: &str) -> (String, Vec<String>) {
    let root = if text.starts_with("//") && !text.starts_with("///") {
        "//"
    } else if text.starts_with('/') {
        "/"
    } else {
        ""
    };
    let parts = text.split('/').filter(|p| !p.is_empty() && *p != ".").map(String::from).collect();
    (root.to_string(), parts)
}

fn format(root: &str, parts: &[String]) -> String {
    let s = format!("{}{}", root, parts.join("/"));
    if s.is_empty() { ".".to_string() } else { s }
}

/// The text of a path argument: a `str` or a path object.
pub fn segment(v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        v if super::objs::is_a(v, "pathlib", "PosixPath") => Ok(Some(text_of(v)?)),
        _ => Ok(None),
    }
}

fn text_of(this: &Value) -> PyResult<String> {
    match state(this, "__path__")? {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(PyErr::type_error("corrupt path object")),
    }
}

/// `Path(*segments)`: later absolute segments restart the path.
fn join(segments: &[Value]) -> PyResult<String> {
    let mut joined = String::new();
    for v in segments {
        let s = segment(v)?.ok_or_else(|| {
            PyErr::type_error(format!(
                "argument should be a str or an os.PathLike object where __fspath__ returns a str, not '{}'",
                v.type_name()
            ))
        })?;
        if s.starts_with('/') || joined.is_empty() {
            joined = s;
        } else if !s.is_empty() {
            joined = format!("{}/{}", joined, s);
        }
    }
    let (root, parts) = parse(&joined);
    Ok(format(&root, &parts))
}

pub fn new_path(text: &str) -> Value {
    let (root, parts) = parse(text);
    instance(&class(), vec![("__path__", Value::str(&format(&root, &parts)))])
}

fn name_of(text: &str) -> String {
    let (_, parts) = parse(text);
    parts.last().cloned().unwrap_or_default()
}

/// `(stem, suffix)` as `PurePath.suffix` splits the name.
fn split_suffix(name: &str) -> (String, String) {
    match name.rfind('.') {
        Some(i) if i > 0 && i + 1 < name.len() => (name[..i].to_string(), name[i..].to_string()),
        _ => (name.to_string(), String::new()),
    }
}

fn parent_of(text: &str) -> String {
    let (root, mut parts) = parse(text);
    parts.pop();
    format(&root, &parts)
}

fn prop(name: &'static str, f: fn(&str) -> PyResult<Value>) -> (&'static str, Value) {
    (name, make_property(method(name, move |this, _, _| f(&text_of(this)?)).1, Value::None))
}

fn arg_text(v: &Value) -> PyResult<Value> {
    Ok(Value::str(&segment(v)?.unwrap_or_default()))
}

/// Calls an `os` function with the path's text first.
fn os_call(f: fn(Vec<Value>) -> PyResult<Value>, this: &Value, rest: Vec<Value>) -> PyResult<Value> {
    let mut args = vec![Value::str(&text_of(this)?)];
    args.extend(rest);
    f(args)
}

fn kw_flag(kwargs: &mut Kwargs, name: &str, args: &[Value], pos: usize) -> PyResult<bool> {
    match super::args::take_kw(kwargs, name).or_else(|| args.get(pos).cloned()) {
        Some(v) => crate::value::ops::truthy(&v),
        None => Ok(false),
    }
}

fn is_error(e: &PyErr, name: &str) -> bool {
    e.type_name == name
}

fn mkdir(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let _mode = super::args::take_kw(&mut kwargs, "mode");
    let parents = kw_flag(&mut kwargs, "parents", &args, 1)?;
    let exist_ok = kw_flag(&mut kwargs, "exist_ok", &args, 2)?;
    super::args::no_more_kwargs("mkdir", &kwargs)?;
    let text = text_of(this)?;
    match os_fs::mkdir(vec![Value::str(&text)], vec![]) {
        Ok(v) => Ok(v),
        Err(e) if is_error(&e, "FileNotFoundError") => {
            if !parents || parent_of(&text) == text {
                return Err(e);
            }
            mkdir(&new_path(&parent_of(&text)), vec![], vec![("parents".into(), Value::TRUE), ("exist_ok".into(), Value::TRUE)])?;
            mkdir(this, vec![], vec![("exist_ok".into(), Value::Bool(exist_ok))])
        }
        Err(e) => {
            let is_dir = std::fs::metadata(&text).map_or(false, |m| m.is_dir());
            if exist_ok && is_dir {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

fn class() -> Rc<Class> {
    runtime_class("pathlib", "PosixPath", vec![], || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
                super::args::no_kwargs("Path", &kwargs)?;
                super::objs::set_state(this, "__path__", Value::str(&join(&args)?));
                Ok(Value::None)
            }),
            method("__str__", |this, _, _| Ok(Value::str(&text_of(this)?))),
            method("__fspath__", |this, _, _| Ok(Value::str(&text_of(this)?))),
            method("__repr__", |this, _, _| {
                let shown = crate::value::text::repr_of(&Value::str(&text_of(this)?))?;
                Ok(Value::str(&format!("PosixPath({})", shown)))
            }),
            method("__truediv__", |this, args, _| match segment(&args[0])? {
                Some(_) => Ok(new_path(&join(&[this.clone(), args[0].clone()])?)),
                None => Ok(Value::NotImplemented),
            }),
            method("__rtruediv__", |this, args, _| match segment(&args[0])? {
                Some(_) => Ok(new_path(&join(&[args[0].clone(), this.clone()])?)),
                None => Ok(Value::NotImplemented),
            }),
            method("__eq__", |this, args, _| match &args[0] {
                v if super::objs::is_a(v, "pathlib", "PosixPath") => Ok(Value::Bool(text_of(this)? == text_of(v)?)),
                _ => Ok(Value::NotImplemented),
            }),
            method("__hash__", |this, _, _| crate::value::builtins::hash(vec![Value::str(&text_of(this)?)], vec![])),
            method("__lt__", |this, args, _| compare(this, &args[0], |o| o.is_lt())),
            method("__le__", |this, args, _| compare(this, &args[0], |o| o.is_le())),
            method("__gt__", |this, args, _| compare(this, &args[0], |o| o.is_gt())),
            method("__ge__", |this, args, _| compare(this, &args[0], |o| o.is_ge())),
            prop("name", |t| Ok(Value::str(&name_of(t)))),
            prop("stem", |t| Ok(Value::str(&split_suffix(&name_of(t)).0))),
            prop("suffix", |t| Ok(Value::str(&split_suffix(&name_of(t)).1))),
            prop("suffixes", |t| {
                let name = name_of(t);
                if name.ends_with('.') {
                    return Ok(Value::list(vec![]));
                }
                let trimmed = name.trim_start_matches('.');
                Ok(Value::list(trimmed.split('.').skip(1).map(|s| Value::str(&format!(".{}", s))).collect()))
            }),
            prop("parent", |t| Ok(new_path(&parent_of(t)))),
            prop("parts", |t| {
                let (root, parts) = parse(t);
                let mut all: Vec<Value> = if root.is_empty() { vec![] } else { vec![Value::str(&root)] };
                all.extend(parts.iter().map(|p| Value::str(p)));
                Ok(Value::tuple(all))
            }),
            method("is_absolute", |this, _, _| Ok(Value::Bool(text_of(this)?.starts_with('/')))),
            method("joinpath", |this, args, _| {
                let mut all = vec![this.clone()];
                all.extend(args);
                Ok(new_path(&join(&all)?))
            }),
            method("with_name", |this, args, _| {
                let text = text_of(this)?;
                let name = segment(&args[0])?.unwrap_or_default();
                if name_of(&text).is_empty() {
                    let shown = crate::value::text::repr_of(this)?;
                    return Err(PyErr::value_error(format!("{} has an empty name", shown)));
                }
                if name.is_empty() || name.contains('/') || name == "." {
                    return Err(PyErr::value_error(format!("Invalid name {}", crate::value::text::repr_of(&args[0])?)));
                }
                Ok(new_path(&format!("{}/{}", parent_of(&text), name)))
            }),
            method("with_suffix", |this, args, _| {
                let text = text_of(this)?;
                let suffix = segment(&args[0])?.unwrap_or_default();
                let name = name_of(&text);
                if name.is_empty() {
                    let shown = crate::value::text::repr_of(this)?;
                    return Err(PyErr::value_error(format!("{} has an empty name", shown)));
                }
                if suffix.contains('/') || (!suffix.is_empty() && (!suffix.starts_with('.') || suffix == ".")) {
                    return Err(PyErr::value_error(format!("Invalid suffix {}", crate::value::text::repr_of(&args[0])?)));
                }
                let stem = split_suffix(&name).0;
                Ok(new_path(&format!("{}/{}{}", parent_of(&text), stem, suffix)))
            }),
            method("exists", |this, _, _| os_call(|a| os_fs::probe(&a, "exists", |_| true), this, vec![])),
            method("stat", |this, _, _| os_call(super::os_stat::stat, this, vec![])),
            method("is_file", |this, _, _| os_call(|a| os_fs::probe(&a, "is_file", |m| m.is_file()), this, vec![])),
            method("is_dir", |this, _, _| os_call(|a| os_fs::probe(&a, "is_dir", |m| m.is_dir()), this, vec![])),
            method_kw("open", |this, args, kwargs| {
                let mut all = vec![Value::str(&text_of(this)?)];
                all.extend(args);
                super::io_open::open(all, kwargs)
            }),
            method_kw("read_text", |this, args, kwargs| read(this, args, kwargs, "r")),
            method("read_bytes", |this, _, _| read(this, vec![], vec![], "rb")),
            method_kw("write_text", |this, args, kwargs| {
                let data = args.first().cloned().unwrap_or(Value::None);
                if !matches!(data, Value::Str(_)) {
                    return Err(PyErr::type_error(format!("data must be str, not {}", data.type_name())));
                }
                write(this, data, args.into_iter().skip(1).collect(), kwargs, "w")
            }),
            method("write_bytes", |this, args, _| {
                let data = args.first().cloned().unwrap_or(Value::None);
                if !matches!(data, Value::Bytes(_)) && super::bytearray::data_of(&data).is_none() {
                    return Err(PyErr::type_error(format!(
                        "memoryview: a bytes-like object is required, not '{}'",
                        data.type_name()
                    )));
                }
                write(this, data, vec![], vec![], "wb")
            }),
            method("iterdir", |this, _, _| {
                let text = text_of(this)?;
                let names = os_call(os_fs::listdir, this, vec![])?;
                let children: Vec<Value> = crate::value::iterate::collect(&names)?
                    .iter()
                    .map(|n| {
                        let name = crate::value::text::str_of(n).map(|s| s.to_string()).unwrap_or_default();
                        new_path(&if text == "." { name } else { format!("{}/{}", text, name) })
                    })
                    .collect();
                crate::value::builtins::iter(vec![Value::list(children)], vec![])
            }),
            method_kw("mkdir", mkdir),
            method_kw("unlink", |this, args, mut kwargs| {
                let missing_ok = kw_flag(&mut kwargs, "missing_ok", &args, 0)?;
                match os_call(os_fs::remove, this, vec![]) {
                    Err(e) if missing_ok && is_error(&e, "FileNotFoundError") => Ok(Value::None),
                    r => r,
                }
            }),
            method("rmdir", |this, _, _| os_call(os_fs::rmdir, this, vec![])),
            method("rename", |this, args, _| {
                let target = arg_text(args.first().unwrap_or(&Value::None))?;
                os_call(os_fs::rename, this, vec![target.clone()])?;
                Ok(new_path(&crate::value::text::str_of(&target)?.to_string()))
            }),
            method_kw("touch", |this, args, mut kwargs| {
                let _mode = super::args::take_kw(&mut kwargs, "mode");
                let exist_ok = match super::args::take_kw(&mut kwargs, "exist_ok").or_else(|| args.get(1).cloned()) {
                    Some(v) => crate::value::ops::truthy(&v)?,
                    None => true,
                };
                let mode = if exist_ok { "a" } else { "x" };
                let f = super::io_open::open(vec![Value::str(&text_of(this)?), Value::str(mode)], vec![])?;
                crate::value::func::call_method(&f, "close", vec![], vec![])?;
                Ok(Value::None)
            }),
        ]
    })
}

fn compare(this: &Value, other: &Value, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    if !super::objs::is_a(other, "pathlib", "PosixPath") {
        return Ok(Value::NotImplemented);
    }
    let a = text_of(this)?;
    let b = text_of(other)?;
    let a: Vec<&str> = a.split('/').collect();
    let b: Vec<&str> = b.split('/').collect();
    Ok(Value::Bool(test(a.cmp(&b))))
}

fn read(this: &Value, args: Vec<Value>, kwargs: Kwargs, mode: &str) -> PyResult<Value> {
    let mut all = vec![Value::str(&text_of(this)?), Value::str(mode), Value::int(-1)];
    all.extend(args);
    let f = super::io_open::open(all, kwargs)?;
    let r = crate::value::func::call_method(&f, "read", vec![], vec![]);
    crate::value::func::call_method(&f, "close", vec![], vec![])?;
    r
}

fn write(this: &Value, data: Value, args: Vec<Value>, kwargs: Kwargs, mode: &str) -> PyResult<Value> {
    let mut all = vec![Value::str(&text_of(this)?), Value::str(mode), Value::int(-1)];
    all.extend(args);
    let f = super::io_open::open(all, kwargs)?;
    let r = crate::value::func::call_method(&f, "write", vec![data], vec![]);
    crate::value::func::call_method(&f, "close", vec![], vec![])?;
    r
}

pub fn build() -> crate::value::Module {
    let cls = Value::Class(class());
    super::args::module("pathlib", vec![("Path", cls.clone()), ("PosixPath", cls)])
}
