//! Python's built-in functions and types for dynamic values. Each has the one signature
//! every callable value has, so `b::len(vec![x], vec![])` and `len` passed as a value
//! (`map(len, xs)`) run the same code. Argument errors use CPython's messages.
//! Owner: runtime-builtins. The bodies live in the files of `builtins/`, by theme.

use crate::exc::{PyErr, PyResult};
use crate::value::{class, exception, BuiltinType, Kwargs, Value};

pub mod args;
pub(crate) mod convert;
mod io_fns;
mod iters;
mod minmax;
mod numeric;
mod objects;

pub use convert::{ascii, bool, chr, dict, format, frozenset, hash, list, ord, repr, set, slice, str, tuple};
pub use io_fns::{input, print, write_stderr};
pub use iters::{all, any, enumerate, filter, iter, map, next, range, reversed, sorted, zip};
pub use minmax::{max, min};
pub use numeric::{abs, bin, divmod, float, hex, int, oct, pow, round, sum};
pub use objects::{
    callable, classmethod, delattr, getattr, hasattr, id, isinstance, issubclass, object, property, r#type, setattr,
    staticmethod, vars,
};
pub use objects::is_callable;

/// Helpers other parts of the runtime call: sorting with `key=`/`reverse=` (`list.sort`),
/// the `sum` algorithm, and the dict views.
pub use iters::{sort_options, sort_with_key};

/// `ascii(v)` as a Rust string (`{!a}` in `str.format`).
pub fn convert_ascii(v: &Value) -> PyResult<String> {
    Ok(convert::ascii_escape(crate::value::text::repr_of(v)?.as_str()))
}

pub use convert::{ascii_escape, bytes, bytes_repr, decode_utf8};

/// Every name this module provides; the transpiler refuses calls to other builtins with a
/// diagnostic rather than emit code that would not compile.
pub const NAMES: &[&str] = &[
    "abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "dict", "divmod", "enumerate",
    "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "input", "int",
    "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "oct",
    "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "str", "sum", "tuple", "type", "zip", "property", "staticmethod", "classmethod", "delattr", "id",
    "bytes", "bytearray", "complex", "exit", "quit", "vars", "open", "__portalis_gen__", "__portalis_delegate__",
    "__portalis_iter__", "__portalis_next__", "__portalis_handling__", "__portalis_with_enter__", "__portalis_with_exit__",
    "__portalis_coro__", "__portalis_await__", "__portalis_agen__", "__portalis_agen_item__", "aiter", "anext", "__portalis_agen_cleanup__",
    "__portalis_star_begin__", "__portalis_star_match__", "__portalis_star_raised__", "__portalis_star_end__",
];

type BuiltinFnPtr = fn(Vec<Value>, Kwargs) -> PyResult<Value>;

/// The builtins that are plain functions (the types are classes, see [`type_of_name`]).
const FUNCTIONS: &[(&str, BuiltinFnPtr)] = &[
    ("abs", abs),
    ("all", all),
    ("any", any),
    ("ascii", ascii),
    ("bin", bin),
    ("callable", callable),
    ("chr", chr),
    ("divmod", divmod),
    ("enumerate", enumerate),
    ("filter", filter),
    ("format", format),
    ("getattr", getattr),
    ("hasattr", hasattr),
    ("hash", hash),
    ("hex", hex),
    ("input", input),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("len", len),
    ("map", map),
    ("max", max),
    ("min", min),
    ("next", next),
    ("oct", oct),
    ("ord", ord),
    ("pow", pow),
    ("print", print),
    ("repr", repr),
    ("reversed", reversed),
    ("round", round),
    ("setattr", setattr),
    ("sorted", sorted),
    ("sum", sum),
    ("zip", zip),
    ("property", property),
    ("staticmethod", staticmethod),
    ("classmethod", classmethod),
    ("delattr", delattr),
    ("id", id),
    ("exit", exit),
    ("quit", quit),
    ("vars", vars),
    ("open", open),
    // What generator functions become calls these (see the Java class `GeneratorRewrite`).
    ("__portalis_gen__", __portalis_gen__),
    ("__portalis_delegate__", __portalis_delegate__),
    ("__portalis_iter__", __portalis_iter__),
    ("__portalis_next__", next),
    ("__portalis_handling__", __portalis_handling__),
    ("__portalis_with_enter__", __portalis_with_enter__),
    ("__portalis_with_exit__", __portalis_with_exit__),
    ("__portalis_coro__", __portalis_coro__),
    ("__portalis_await__", __portalis_await__),
    ("__portalis_agen__", __portalis_agen__),
    ("__portalis_agen_item__", __portalis_agen_item__),
    ("__portalis_agen_cleanup__", __portalis_agen_cleanup__),
    ("aiter", aiter),
    ("anext", anext),
    // What `try`/`except*` becomes calls these (see the Java class `ExceptStarRewrite`).
    ("__portalis_star_begin__", __portalis_star_begin__),
    ("__portalis_star_match__", __portalis_star_match__),
    ("__portalis_star_raised__", __portalis_star_raised__),
    ("__portalis_star_end__", __portalis_star_end__),
];

pub use crate::value::generator::{delegate as __portalis_delegate__, make as __portalis_gen__};
pub use crate::value::generator::{awaitable as __portalis_await__, make_coroutine as __portalis_coro__};
pub use crate::value::async_gen::{aiter, anext, item as __portalis_agen_item__, make as __portalis_agen__};
pub use crate::value::async_gen::make_with_cleanup as __portalis_agen_cleanup__;
pub use crate::value::handled::manager as __portalis_handling__;
pub use crate::value::exception_group::{
    star_begin as __portalis_star_begin__, star_end as __portalis_star_end__, star_match as __portalis_star_match__,
    star_raised as __portalis_star_raised__,
};

/// `with_enter(mgr)` for the `with` statements a generator's state machine spells out.
pub fn __portalis_with_enter__(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    crate::value::context_manager::with_enter(&args[0])
}

/// `with_exit(mgr, [type, value, traceback])` for the same.
pub fn __portalis_with_exit__(mut args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let rest = args.split_off(1);
    crate::value::context_manager::with_exit(&args[0], rest)
}

/// `iter` and `next` under the names generator code calls them by, which no program shadows.
pub use iters::next as __portalis_next__;

/// `__portalis_iter__(x)`: the iterator `yield from x` delegates to; `await` gives it coroutines,
/// which `iter()` refuses.
pub fn __portalis_iter__(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(c @ Value::Iter(_)) if args.len() == 1 && crate::value::generator::of(c).is_some() => Ok(c.clone()),
        _ => iter(args, kwargs),
    }
}

/// `bytearray(…)` (a runtime class, see `modules::bytearray`).
pub fn bytearray(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::modules::bytearray::new(args, kwargs)
}

/// `complex(real, imag)` (see `value::complex`).
pub fn complex(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::complex::construct(args, kwargs)
}

/// `open(file, mode, ...)` (see `modules::io_open`).
pub fn open(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::modules::io_open::open(args, kwargs)
}

/// `exit(code)`, which the `site` module gives scripts: raises `SystemExit(code)`.
pub fn exit(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() || args.len() > 1 {
        return Err(PyErr::type_error("Quitter.__call__() takes from 1 to 2 positional arguments"));
    }
    Err(exception::error_with_args("SystemExit", args))
}

/// `quit(code)`: the same as `exit`.
pub fn quit(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    exit(args, kwargs)
}

/// The builtin names that are types.
fn type_of_name(name: &str) -> Option<BuiltinType> {
    Some(match name {
        "object" => BuiltinType::Object,
        "type" => BuiltinType::Type,
        "bool" => BuiltinType::Bool,
        "int" => BuiltinType::Int,
        "float" => BuiltinType::Float,
        "complex" => BuiltinType::Complex,
        "str" => BuiltinType::Str,
        "bytes" => BuiltinType::Bytes,
        "list" => BuiltinType::List,
        "tuple" => BuiltinType::Tuple,
        "dict" => BuiltinType::Dict,
        "set" => BuiltinType::Set,
        "frozenset" => BuiltinType::FrozenSet,
        "range" => BuiltinType::Range,
        "slice" => BuiltinType::Slice,
        _ => return None,
    })
}

thread_local! {
    static CACHE: std::cell::RefCell<Vec<(&'static str, Value)>> = std::cell::RefCell::new(Vec::new());
}

/// Whether `v` is a function of the `builtins` module (`len`, `print`), which CPython prints as
/// `<built-in function len>`; built-in methods bound to a receiver are other values.
pub fn is_builtins_function(v: &Value) -> bool {
    match v {
        // Classes in CPython (`property`), `site`'s quitters (`exit`), and the rewrites' helpers.
        Value::Builtin(b) if matches!(b.name.as_str(), "property" | "staticmethod" | "classmethod" | "exit" | "quit")
            || b.name.as_str().starts_with("__portalis") => false,
        Value::Builtin(b) => CACHE.with(|c| {
            c.borrow().iter().any(|(_, f)| matches!(f, Value::Builtin(g) if std::rc::Rc::ptr_eq(b, g)))
        }),
        _ => false,
    }
}

/// A builtin as a value (`key=len`, `isinstance(x, int)`): a function or a class, or one of
/// the built-in exception classes. `NameError` for a name that is none of these.
pub fn value(name: &str) -> PyResult<Value> {
    if let Some(t) = type_of_name(name) {
        return Ok(Value::Class(class::builtin_class(t)));
    }
    if let Some((n, f)) = FUNCTIONS.iter().find(|(n, _)| *n == name) {
        // One function object per name, so that `len is len` holds as in Python.
        if let Some(v) = CACHE.with(|c| c.borrow().iter().find(|(k, _)| *k == *n).map(|(_, v)| v.clone())) {
            return Ok(v);
        }
        let f: BuiltinFnPtr = *f;
        let v = Value::builtin(n, f);
        CACHE.with(|c| c.borrow_mut().push((n, v.clone())));
        return Ok(v);
    }
    if name == "bytearray" {
        return Ok(Value::Class(crate::value::modules::bytearray::bytearray_class()));
    }
    if let Some(c) = exception::exception_class(name) {
        return Ok(Value::Class(c));
    }
    Err(PyErr::name_error(name))
}

/// Calling a built-in type (`int("3")`, `list(xs)`, `dict(a=1)`): what `func::call` does
/// with a class whose `builtin` is set. Types that cannot be called that way raise
/// `TypeError: cannot create 'function' instances`.
pub fn construct(t: BuiltinType, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match t {
        BuiltinType::Object => object(args, kwargs),
        BuiltinType::Type => r#type(args, kwargs),
        BuiltinType::Bool => bool(args, kwargs),
        BuiltinType::Int => int(args, kwargs),
        BuiltinType::Float => float(args, kwargs),
        BuiltinType::Complex => crate::value::complex::construct(args, kwargs),
        BuiltinType::Str => str(args, kwargs),
        BuiltinType::Bytes => convert::bytes(args, kwargs),
        BuiltinType::List => list(args, kwargs),
        BuiltinType::Tuple => tuple(args, kwargs),
        BuiltinType::Dict => dict(args, kwargs),
        BuiltinType::Set => set(args, kwargs),
        BuiltinType::FrozenSet => frozenset(args, kwargs),
        BuiltinType::Range => range(args, kwargs),
        BuiltinType::Slice => slice(args, kwargs),
        BuiltinType::NoneType => {
            args::count("NoneType", args.len(), 0, 0)?;
            Ok(Value::None)
        }
        other => Err(PyErr::type_error(format!("cannot create '{}' instances", class::builtin_name(other)))),
    }
}

/// The Python name of a built-in type (`str`, `dict`, …) for messages.
pub fn value_type_name(t: BuiltinType) -> &'static str {
    class::builtin_name(t)
}

pub fn len(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("len", args, &kwargs)?;
    Ok(Value::Int(crate::value::ops::len_int(&v)?))
}
