//! `os` and `os.path` (POSIX flavour, as CPython on Linux): the path-string functions of
//! `posixpath` with CPython's algorithms and `TypeError`s, the separator constants, and the
//! environment (`environ`, `getenv`). The functions that ask the file system (`exists`,
//! `listdir`, `remove`, ...) are in os_fs.rs; in a WASM sandbox with no directory granted they
//! raise rather than answer `False` for a file that exists.

use super::args::{func, func_kw, module, take_kw, no_more_kwargs};
use crate::exc::{PyErr, PyResult};
use crate::value::{Module, Value};

const SEP: &str = "/";

/// `os.fspath`'s check: the text of a `str` argument.
fn fspath(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other if super::objs::is_a(other, "pathlib", "PosixPath") => {
            Ok(super::pathlib_::segment(other)?.unwrap_or_default())
        }
        other => Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            other.type_name()
        ))),
    }
}

fn one_path(name: &str, args: &[Value]) -> PyResult<String> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes 1 positional argument but {} were given",
            name,
            args.len()
        )));
    }
    fspath(&args[0])
}

fn join(args: Vec<Value>) -> PyResult<Value> {
    let first = args
        .first()
        .ok_or_else(|| PyErr::type_error("join() missing 1 required positional argument: 'a'"))?;
    let mut path = fspath(first)?;
    for b in &args[1..] {
        let b = match b {
            Value::Str(s) => s.as_str().to_string(),
            other => {
                return Err(PyErr::type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    other.type_name()
                )))
            }
        };
        if b.starts_with(SEP) {
            path = b;
        } else if path.is_empty() || path.ends_with(SEP) {
            path.push_str(&b);
        } else {
            path.push_str(SEP);
            path.push_str(&b);
        }
    }
    Ok(Value::str(&path))
}

/// The head of `split(p)`: everything up to the last `/`, trailing slashes removed unless
/// the head is all slashes.
fn head_of(p: &str) -> (&str, &str) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    if !head.is_empty() && head.chars().any(|c| c != '/') {
        (head.trim_end_matches('/'), tail)
    } else {
        (head, tail)
    }
}

fn split(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("split", &args)?;
    let (head, tail) = head_of(&p);
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

fn basename(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("basename", &args)?;
    Ok(Value::str(head_of(&p).1))
}

fn dirname(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("dirname", &args)?;
    Ok(Value::str(head_of(&p).0))
}

/// `genericpath._splitext`: the extension starts at the last dot of the last component,
/// unless every character before it in that component is a dot (`.bashrc`, `..`).
fn splitext(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("splitext", &args)?;
    let sep_index = p.rfind('/').map_or(-1, |i| i as isize);
    if let Some(dot) = p.rfind('.') {
        if dot as isize > sep_index {
            let name_start = (sep_index + 1) as usize;
            if p[name_start..dot].chars().any(|c| c != '.') {
                return Ok(Value::tuple(vec![Value::str(&p[..dot]), Value::str(&p[dot..])]));
            }
        }
    }
    Ok(Value::tuple(vec![Value::str(&p), Value::str("")]))
}

fn normpath_of(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    // POSIX lets exactly two leading slashes mean something implementation-defined; keep them.
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn normpath(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("normpath", &args)?;
    Ok(Value::str(&normpath_of(&p)))
}

fn isabs(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("isabs", &args)?;
    Ok(Value::Bool(p.starts_with('/')))
}

fn splitdrive(args: Vec<Value>) -> PyResult<Value> {
    let p = one_path("splitdrive", &args)?;
    Ok(Value::tuple(vec![Value::str(""), Value::str(&p)]))
}

fn str_items(v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = crate::value::iterate::collect(v)?;
    items
        .iter()
        .map(|i| match i {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(PyErr::type_error(format!(
                "{}: expected str, bytes or os.PathLike object, not {}",
                what,
                other.type_name()
            ))),
        })
        .collect()
}

/// `commonprefix(list)`: the longest common leading string (character-wise, not path-wise).
fn commonprefix(args: Vec<Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "commonprefix() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let items = str_items(&args[0], "commonprefix()")?;
    let (lo, hi) = match (items.iter().min(), items.iter().max()) {
        (Some(lo), Some(hi)) => (lo, hi),
        _ => return Ok(Value::str("")),
    };
    let common: String = lo.chars().zip(hi.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect();
    Ok(Value::str(&common))
}

fn commonpath(args: Vec<Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "commonpath() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let paths = str_items(&args[0], "commonpath()")?;
    if paths.is_empty() {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let absolute = paths[0].starts_with('/');
    if paths.iter().any(|p| p.starts_with('/') != absolute) {
        return Err(PyErr::value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&str>> =
        paths.iter().map(|p| p.split('/').filter(|c| !c.is_empty() && *c != ".").collect()).collect();
    let lo = split.iter().min().expect("non-empty");
    let hi = split.iter().max().expect("non-empty");
    let n = lo.iter().zip(hi.iter()).take_while(|(a, b)| a == b).count();
    let prefix = if absolute { "/" } else { "" };
    Ok(Value::str(&format!("{}{}", prefix, lo[..n].join("/"))))
}

/// `os.environ` as the program sees it now: CPython's `getenv`, `expanduser` and `expandvars`
/// read the mapping, so a variable the program set there is seen, one it deleted is not.
fn environ() -> PyResult<Value> {
    if let Value::Module(m) = super::import_module("os")? {
        if let Some(env) = m.dict.borrow().get_str("environ") {
            return Ok(env);
        }
    }
    Err(PyErr::new("AttributeError", "module 'os' has no attribute 'environ'"))
}

fn environ_get(name: &str) -> PyResult<Option<String>> {
    let found = crate::value::func::call_method(&environ()?, "get", vec![Value::str(name)], Vec::new())?;
    Ok(match found {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    })
}

/// The home directory of the user running the program when `HOME` is unset, as `pwd` gives it.
/// A WASI module has no `pwd` (CPython on WASI neither), so `expanduser` leaves the path as it is.
#[cfg(not(target_os = "wasi"))]
fn password_home(user: Option<&str>) -> Option<String> {
    match user {
        None => {
            #[allow(deprecated)]
            let home = std::env::home_dir();
            home.map(|h| h.to_string_lossy().into_owned())
        }
        Some(name) => std::fs::read_to_string("/etc/passwd").ok().and_then(|passwd| {
            passwd.lines().find_map(|line| {
                let fields: Vec<&str> = line.split(':').collect();
                if fields.len() >= 6 && fields[0] == name {
                    Some(fields[5].to_string())
                } else {
                    None
                }
            })
        }),
    }
}

#[cfg(target_os = "wasi")]
fn password_home(_user: Option<&str>) -> Option<String> {
    None
}

/// `expanduser(path)`: CPython's posixpath algorithm; `~` is `$HOME` (from `os.environ`), else
/// the password database's entry.
fn expanduser(args: Vec<Value>) -> PyResult<Value> {
    let path = one_path("expanduser", &args)?;
    if !path.starts_with('~') {
        return Ok(Value::str(&path));
    }
    let i = path[1..].find('/').map(|at| at + 1).unwrap_or(path.len());
    let home = if i == 1 {
        match environ_get("HOME")? {
            Some(home) => Some(home),
            None => password_home(None),
        }
    } else {
        password_home(Some(&path[1..i]))
    };
    let home = match home {
        Some(home) => home,
        None => return Ok(Value::str(&path)),
    };
    let joined = format!("{}{}", home.trim_end_matches('/'), &path[i..]);
    Ok(Value::str(if joined.is_empty() { "/" } else { &joined }))
}

/// `expandvars(path)`: `$name` and `${name}` replaced by variables of `os.environ` (`name` in
/// ASCII word characters; unknown ones left as they are), as posixpath's `_varprog` scan does.
fn expandvars(args: Vec<Value>) -> PyResult<Value> {
    let mut path = one_path("expandvars", &args)?;
    let mut i = 0;
    while let Some(at) = path[i..].find('$').map(|at| at + i) {
        let rest = &path[at + 1..];
        let (name, len) = if rest.starts_with('{') {
            match rest.find('}') {
                Some(close) => (rest[1..close].to_string(), close + 1),
                None => {
                    i = at + 1;
                    continue;
                }
            }
        } else {
            let n = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
            if n == 0 {
                i = at + 1;
                continue;
            }
            (rest[..n].to_string(), n)
        };
        let end = at + 1 + len;
        match environ_get(&name)? {
            Some(value) => {
                let tail = path[end..].to_string();
                path.truncate(at);
                path.push_str(&value);
                i = path.len();
                path.push_str(&tail);
            }
            None => i = end,
        }
    }
    Ok(Value::str(&path))
}

/// `os.path`, also importable as `posixpath`.
pub fn build_path() -> Module {
    module(
        "posixpath",
        vec![
            ("sep", Value::str(SEP)),
            ("altsep", Value::None),
            ("extsep", Value::str(".")),
            ("pathsep", Value::str(":")),
            ("curdir", Value::str(".")),
            ("pardir", Value::str("..")),
            ("devnull", Value::str("/dev/null")),
            func("join", join),
            func("split", split),
            func("basename", basename),
            func("dirname", dirname),
            func("splitext", splitext),
            func("normpath", normpath),
            func("isabs", isabs),
            func("splitdrive", splitdrive),
            func("commonprefix", commonprefix),
            func("commonpath", commonpath),
            func("expanduser", expanduser),
            func("expandvars", expandvars),
        ]
        .into_iter()
        .chain(super::os_fs::path_functions())
        .collect(),
    )
}

fn getenv(mut args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    if let Some(d) = take_kw(&mut kwargs, "default") {
        args.push(d);
    }
    no_more_kwargs("getenv", &kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "getenv() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let key = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(PyErr::type_error(format!("str expected, not {}", other.type_name()))),
    };
    // `environ.get(key, default)`, as CPython's getenv is: what the program set there counts.
    let default = args.get(1).cloned().unwrap_or(Value::None);
    crate::value::func::call_method(&environ()?, "get", vec![Value::str(&key), default], Vec::new())
}

pub fn build() -> Module {
    let environ = super::os_environ::environ().expect("str keys hash");
    let path = Value::Module(std::rc::Rc::new(build_path()));
    module(
        "os",
        vec![
            ("name", Value::str("posix")),
            ("sep", Value::str(SEP)),
            ("altsep", Value::None),
            ("extsep", Value::str(".")),
            ("pathsep", Value::str(":")),
            ("linesep", Value::str("\n")),
            ("curdir", Value::str(".")),
            ("pardir", Value::str("..")),
            ("SEEK_SET", Value::int(0)),
            ("SEEK_CUR", Value::int(1)),
            ("SEEK_END", Value::int(2)),
            ("devnull", Value::str("/dev/null")),
            ("environ", environ),
            ("path", path),
            func_kw("getenv", getenv),
        ]
        .into_iter()
        .chain(super::os_fs::os_functions())
        .collect(),
    )
}
