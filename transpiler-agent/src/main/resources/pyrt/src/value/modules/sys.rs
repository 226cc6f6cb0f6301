//! The `sys` module: `stdout`/`stderr` objects (stdout goes through the runtime's buffer;
//! stderr flushes it first so the two keep their order), `exit`, `argv`, `maxsize`, the
//! recursion limit, `version_info`.

use super::args::{arity, func, func_kw, module, to_i64};
use super::objs::{instance, method, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::text::str_of;
use crate::value::{Module, Value};
use std::cell::Cell;
use std::io::Write;

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

fn stream(name: &'static str, err: bool) -> Value {
    let cls = runtime_class("_io", "TextIOWrapper", vec![], || {
        vec![
            method("write", |this, args, _| {
                arity("write", &args, 1, 1)?;
                let s = match &args[0] {
                    Value::Str(s) => s.clone(),
                    v => return Err(PyErr::type_error(format!("write() argument must be str, not {}", v.type_name()))),
                };
                let is_err = matches!(super::objs::state(this, "__err__")?, Value::Bool(true));
                write_to(is_err, s.as_str());
                Ok(Value::int(s.char_len() as i64))
            }),
            method("flush", |this, _, _| {
                if !matches!(super::objs::state(this, "__err__")?, Value::Bool(true)) {
                    crate::io::flush();
                }
                Ok(Value::None)
            }),
            method("writelines", |this, args, _| {
                arity("writelines", &args, 1, 1)?;
                let is_err = matches!(super::objs::state(this, "__err__")?, Value::Bool(true));
                for line in crate::value::iterate::iterate(&args[0])? {
                    write_to(is_err, str_of(&line?)?.as_str());
                }
                Ok(Value::None)
            }),
        ]
    });
    instance(&cls, vec![("name", Value::str(name)), ("__err__", Value::Bool(err))])
}

fn stdin() -> Value {
    let cls = runtime_class("_io", "TextIOWrapper.stdin", vec![], || {
        vec![
            method("readline", |_, _, _| {
                crate::io::flush();
                let mut line = String::new();
                let _ = std::io::stdin().read_line(&mut line);
                Ok(Value::str(&line))
            }),
            method("read", |_, _, _| {
                crate::io::flush();
                let mut all = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut all);
                Ok(Value::str(&all))
            }),
            method("readlines", |_, _, _| {
                crate::io::flush();
                let mut all = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut all);
                Ok(Value::list(all.split_inclusive('\n').map(Value::str).collect()))
            }),
        ]
    });
    instance(&cls, vec![("name", Value::str("<stdin>"))])
}

/// `sys.float_info`: the attributes of CPython's struct sequence on IEEE 754 doubles.
fn float_info() -> Value {
    let cls = runtime_class("sys", "float_info", vec![], Vec::new);
    instance(
        &cls,
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::int(1024)),
            ("max_10_exp", Value::int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::int(-1021)),
            ("min_10_exp", Value::int(-307)),
            ("dig", Value::int(15)),
            ("mant_dig", Value::int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::int(2)),
            ("rounds", Value::int(1)),
        ],
    )
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
    let version_info = Value::tuple(vec![
        Value::int(3),
        Value::int(12),
        Value::int(1),
        Value::str("final"),
        Value::int(0),
    ]);
    module(
        "sys",
        vec![
            ("stdout", stream("<stdout>", false)),
            ("stderr", stream("<stderr>", true)),
            ("stdin", stdin()),
            ("argv", Value::list(vec![Value::str("script")])),
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
        ],
    )
}
