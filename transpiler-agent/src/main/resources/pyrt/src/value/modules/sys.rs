//! The `sys` module: `stdout`/`stderr` objects (stdout goes through the runtime's buffer;
//! stderr flushes it first so the two keep their order), `exit`, `argv`, `maxsize`, the
//! recursion limit, `version_info`.

use super::stringio::size_arg;
use super::args::{arity, func, func_kw, module, to_i64};
use super::objs::{instance, method};
use crate::exc::{PyErr, PyResult};
use crate::value::text::str_of;
use crate::value::{Module, Value};
use super::io_ as io_fns;
use std::cell::Cell;
use std::io::Write;
use std::sync::Mutex;

thread_local! {
    static LIMIT: Cell<i64> = Cell::new(crate::rt::RECURSION_LIMIT as i64);
}

fn write_to(err: bool, text: &str) {
    if err {
        crate::io::flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        crate::io::write_stdout(text);
    }
}

/// Which standard stream a `TextIOWrapper` instance is (its hidden `__fd__`).
fn fd(this: &Value) -> PyResult<i64> {
    match super::objs::state(this, "__fd__")? {
        Value::Int(i) => Ok(i.to_i64().unwrap_or(1)),
        _ => Ok(1),
    }
}

fn writable(this: &Value) -> PyResult<bool> {
    match fd(this)? {
        0 => Err(PyErr::new("io.UnsupportedOperation", "not writable")),
        n => Ok(n == 2),
    }
}

fn readable(this: &Value) -> PyResult<()> {
    if fd(this)? != 0 {
        return Err(PyErr::new("io.UnsupportedOperation", "not readable"));
    }
    Ok(())
}


pub fn stream_methods() -> Vec<(&'static str, Value)> {
    vec![
        method("write", |this, args, _| {
            arity("write", &args, 1, 1)?;
            let is_err = writable(this)?;
            let s = match &args[0] {
                Value::Str(s) => s.clone(),
                v => return Err(PyErr::type_error(format!("write() argument must be str, not {}", v.type_name()))),
            };
            write_to(is_err, s.as_str());
            Ok(Value::int(s.char_len() as i64))
        }),
        method("flush", |this, _, _| {
            if fd(this)? == 1 {
                crate::io::flush();
            }
            Ok(Value::None)
        }),
        method("writelines", |this, args, _| {
            arity("writelines", &args, 1, 1)?;
            let is_err = writable(this)?;
            for line in crate::value::iterate::iterate(&args[0])? {
                write_to(is_err, str_of(&line?)?.as_str());
            }
            Ok(Value::None)
        }),
        method("readline", |this, args, _| {
            readable(this)?;
            let limit = size_arg("readline", &args)?;
            Ok(Value::str(&io_fns::stdin_readline(limit)?))
        }),
        method("read", |this, args, _| {
            readable(this)?;
            let size = size_arg("read", &args)?;
            Ok(Value::str(&io_fns::stdin_read(size)?))
        }),
        method("readlines", |this, args, _| {
            readable(this)?;
            let hint = size_arg("readlines", &args)?.filter(|h| *h > 0);
            let mut lines = Vec::new();
            let mut total = 0;
            loop {
                let line = io_fns::stdin_readline(None)?;
                if line.is_empty() {
                    break;
                }
                total += line.chars().count();
                lines.push(Value::str(&line));
                if matches!(hint, Some(h) if total >= h) {
                    break;
                }
            }
            Ok(Value::list(lines))
        }),
        method("__iter__", |this, _, _| Ok(this.clone())),
        method("__next__", |this, _, _| {
            readable(this)?;
            let line = io_fns::stdin_readline(None)?;
            if line.is_empty() {
                return Err(PyErr::new("StopIteration", ""));
            }
            Ok(Value::str(&line))
        }),
        method("readable", |this, _, _| Ok(Value::Bool(fd(this)? == 0))),
        method("writable", |this, _, _| Ok(Value::Bool(fd(this)? != 0))),
        method("fileno", |this, _, _| Ok(Value::int(fd(this)?))),
        method("isatty", |_, _, _| Err(PyErr::untranslatable("isatty() of a standard stream"))),
        method("__enter__", |this, _, _| Ok(this.clone())),
        method("__exit__", |_, _, _| Ok(Value::None)),
    ]
}

/// `sys.stdin` (fd 0), `sys.stdout` (1), `sys.stderr` (2): one `_io.TextIOWrapper` class, as
/// in CPython; stdin reads through the buffer `input()` shares.
fn stream(name: &'static str, fd: i64) -> Value {
    let cls = super::io_file_class::text_class();
    let mode = if fd == 0 { "r" } else { "w" };
    let mut attrs = Vec::new();
    if fd == 0 {
        attrs.push(("buffer", io_fns::stdin_buffer_object()));
    }
    instance(
        &cls,
        attrs.into_iter().chain(vec![
            ("name", Value::str(name)),
            ("mode", Value::str(mode)),
            ("encoding", Value::str("utf-8")),
            ("closed", Value::FALSE),
            ("__fd__", Value::int(fd)),
        ]).collect(),
    )
}

thread_local! {
    /// The objects `sys.stdin`, `sys.stdout`, `sys.stderr` started as: a program may rebind
    /// them (`sys.stdout = io.StringIO()`), and `print`/`input` then use the new object.
    static ORIGINAL: std::cell::RefCell<Vec<Value>> = std::cell::RefCell::new(Vec::new());
}

/// Whether `v` is the original stream `fd` (0 stdin, 1 stdout, 2 stderr).
pub fn is_original(v: &Value, fd: usize) -> bool {
    ORIGINAL.with(|o| o.borrow().get(fd).map_or(false, |s| crate::value::compare::is(s, v)))
}

/// `sys.<name>` as the program has it now, when it is not the original stream.
pub fn rebound(name: &str, fd: usize) -> Option<Value> {
    let sys = super::import_module("sys").ok()?;
    let current = crate::value::attr::getattr(&sys, name).ok()?;
    if is_original(&current, fd) {
        None
    } else {
        Some(current)
    }
}

static SCRIPT: Mutex<String> = Mutex::new(String::new());

/// The script's file name for `sys.argv[0]` (as `python NAME.py` gives it), set by `run_main`.
pub fn set_script(path: &str) {
    let name = path.rsplit('/').next().unwrap_or(path);
    if let Ok(mut s) = SCRIPT.lock() {
        *s = name.to_string();
    }
}

/// `sys.argv`: the script's name, then the program's own arguments.
fn argv() -> Value {
    let script = SCRIPT.lock().map(|s| s.clone()).unwrap_or_default();
    let mut items = vec![Value::str(if script.is_empty() { "script" } else { &script })];
    items.extend(std::env::args().skip(1).map(|a| Value::str(&a)));
    Value::list(items)
}

/// The third item of `sys.exc_info()`: a traceback object, which a translation cannot fill in;
/// reading any of its attributes stops the program (`tb is not None` and printing its type work).
fn traceback_object() -> Value {
    let cls = crate::value::class::cached_class("builtins.traceback", || {
        let c = crate::value::class::new_class("traceback", "traceback", "builtins",
            vec![crate::value::class::builtin_class(crate::value::BuiltinType::Object)], None).expect("single base");
        c.dict.borrow_mut().set_str("__getattr__", Value::runtime_method("traceback.__getattr__", |_, _| {
            Err(PyErr::untranslatable("the attributes of a traceback object (a translated program has no frames)"))
        }));
        c
    });
    crate::value::class::new_instance(&cls)
}

/// `sys.float_info`: CPython's struct sequence on IEEE 754 doubles.
fn float_info() -> Value {
    const FIELDS: &[&str] = &[
        "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
    ];
    super::struct_seq::make("sys", "float_info", FIELDS, vec![
        Value::Float(f64::MAX),
        Value::int(1024),
        Value::int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::int(-1021),
        Value::int(-307),
        Value::int(15),
        Value::int(53),
        Value::Float(f64::EPSILON),
        Value::int(2),
        Value::int(1),
    ])
}

/// `sys.int_info`: CPython 3.12's int layout on 64-bit platforms (30-bit digits), which is what
/// programs compare against; the translation's own big ints are laid out differently.
fn int_info() -> Value {
    const FIELDS: &[&str] = &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    super::struct_seq::make("sys", "int_info", FIELDS, vec![Value::int(30), Value::int(4), Value::int(4300), Value::int(640)])
}

/// `sys.exit(code)`: raises `SystemExit(code)`.
fn exit(args: Vec<Value>) -> PyResult<Value> {
    arity("exit", &args, 0, 1)?;
    let cls = crate::value::exception::exception_class("SystemExit")
        .ok_or_else(|| PyErr::new("SystemExit", ""))?;
    let exc = crate::value::func::call(&Value::Class(cls), args, vec![])?;
    Err(crate::value::exception::raise(exc))
}

pub fn build() -> Module {
    let streams = vec![stream("<stdin>", 0), stream("<stdout>", 1), stream("<stderr>", 2)];
    ORIGINAL.with(|o| *o.borrow_mut() = streams.clone());
    let version_info = super::struct_seq::make(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![Value::int(3), Value::int(12), Value::int(1), Value::str("final"), Value::int(0)],
    );
    module(
        "sys",
        vec![
            ("stdout", streams[1].clone()),
            ("stderr", streams[2].clone()),
            ("stdin", streams[0].clone()),
            ("__stdout__", streams[1].clone()),
            ("__stderr__", streams[2].clone()),
            ("__stdin__", streams[0].clone()),
            ("argv", argv()),
            ("maxsize", Value::int(i64::MAX)),
            ("byteorder", Value::str("little")),
            ("platform", Value::str("linux")),
            ("version_info", version_info),
            ("version", Value::str("3.12.1")),
            func("exit", exit),
            func("getrecursionlimit", |args| {
                arity("getrecursionlimit", &args, 0, 0)?;
                Ok(Value::int(LIMIT.with(|l| l.get())))
            }),
            func("setrecursionlimit", |args| {
                arity("setrecursionlimit", &args, 1, 1)?;
                let n = to_i64(&args[0])?;
                if n < 1 {
                    return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
                }
                LIMIT.with(|l| l.set(n));
                crate::rt::set_recursion_limit(u32::try_from(n).unwrap_or(u32::MAX));
                Ok(Value::None)
            }),
            func("getsizeof", |_| Err(PyErr::untranslatable("sys.getsizeof"))),
            func("exception", |args| {
                arity("exception", &args, 0, 0)?;
                Ok(crate::value::handled::current().unwrap_or(Value::None))
            }),
            func("exc_info", |args| {
                arity("exc_info", &args, 0, 0)?;
                Ok(match crate::value::handled::current() {
                    None => Value::tuple(vec![Value::None, Value::None, Value::None]),
                    Some(v) => {
                        let t = Value::Class(crate::value::class::type_of(&v));
                        Value::tuple(vec![t, v, traceback_object()])
                    }
                })
            }),
            func_kw("set_int_max_str_digits", |args, mut kwargs| {
                let mut args = args;
                if let Some(v) = super::args::take_kw(&mut kwargs, "maxdigits") {
                    args.push(v);
                }
                super::args::no_more_kwargs("set_int_max_str_digits", &kwargs)?;
                arity("set_int_max_str_digits", &args, 1, 1)?;
                let n = to_i64(&args[0])?;
                if n < 0 {
                    return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
                }
                crate::int::set_max_str_digits(n as usize)?;
                Ok(Value::None)
            }),
            func("get_int_max_str_digits", |args| {
                arity("get_int_max_str_digits", &args, 0, 0)?;
                Ok(Value::int(crate::int::max_str_digits() as i64))
            }),
            ("float_info", float_info()),
            ("int_info", int_info()),
        ],
    )
}
