//! The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`.

use super::args::{func, func_kw, module};
use super::objs::{instance, method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::text::repr_of;
use crate::value::attr::getattr;
use crate::value::compare;
use crate::value::func::call_method;
use crate::value::ops;
use crate::value::{Module, Value};

/// `args::arity`, with the `_operator.name()` spelling CPython uses for one-argument functions.
fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if min == 1 && max == 1 {
        super::args::arity(&format!("_operator.{}", name), args, min, max)
    } else {
        super::args::arity(name, args, min, max)
    }
}

fn binary(name: &'static str, f: fn(&Value, &Value) -> PyResult<Value>) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 2, 2)?;
        f(&args[0], &args[1])
    })
}

fn unary(name: &'static str, f: fn(&Value) -> PyResult<Value>) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 1, 1)?;
        f(&args[0])
    })
}

/// The callable objects `itemgetter`, `attrgetter` and `methodcaller` return: instances of a
/// runtime class whose `__call__` runs `call` and whose repr is CPython's
/// (`operator.itemgetter(1, 'a')`).
fn getter(
    name: &'static str,
    shown: String,
    call: impl Fn(&Value) -> PyResult<Value> + 'static,
) -> Value {
    let cls = runtime_class("operator", name, vec![], || {
        vec![
            method_kw("__call__", |this, args, kwargs| {
                let f = state(this, "__call_impl__")?;
                crate::value::func::call(&f, args, kwargs)
            }),
            method("__repr__", |this, _, _| state(this, "__shown__")),
        ]
    });
    let callable = Value::builtin(name, move |objs, kwargs| {
        super::args::no_kwargs(name, &kwargs)?;
        if objs.len() != 1 {
            return Err(PyErr::type_error(format!("{} expected 1 argument, got {}", name, objs.len())));
        }
        call(&objs[0])
    });
    instance(&cls, vec![("__call_impl__", callable), ("__shown__", Value::str(&shown))])
}

fn shown_args(name: &str, args: &[Value], kwargs: &[(crate::str::Str, Value)]) -> PyResult<String> {
    let mut parts = Vec::new();
    for a in args {
        parts.push(repr_of(a)?.to_string());
    }
    for (k, v) in kwargs {
        parts.push(format!("{}={}", k.as_str(), repr_of(v)?.as_str()));
    }
    Ok(format!("operator.{}({})", name, parts.join(", ")))
}

fn itemgetter(args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    let shown = shown_args("itemgetter", &args, &[])?;
    Ok(getter("itemgetter", shown, move |obj| {
        if args.len() == 1 {
            return ops::getitem(obj, &args[0]);
        }
        let items = args.iter().map(|k| ops::getitem(obj, k)).collect::<PyResult<Vec<_>>>()?;
        Ok(Value::tuple(items))
    }))
}

fn dotted(obj: &Value, path: &str) -> PyResult<Value> {
    let mut v = obj.clone();
    for part in path.split('.') {
        v = getattr(&v, part)?;
    }
    Ok(v)
}

fn attrgetter(args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("attrgetter expected 1 argument, got 0"));
    }
    let names = args
        .iter()
        .map(|a| match a {
            Value::Str(s) => Ok(s.to_string()),
            _ => Err(PyErr::type_error("attribute name must be a string")),
        })
        .collect::<PyResult<Vec<String>>>()?;
    let shown = shown_args("attrgetter", &args, &[])?;
    Ok(getter("attrgetter", shown, move |obj| {
        if names.len() == 1 {
            return dotted(obj, &names[0]);
        }
        let items = names.iter().map(|n| dotted(obj, n)).collect::<PyResult<Vec<_>>>()?;
        Ok(Value::tuple(items))
    }))
}

fn methodcaller(mut args: Vec<Value>, kwargs: crate::value::Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = match args.remove(0) {
        Value::Str(s) => s.to_string(),
        _ => return Err(PyErr::type_error("method name must be a string")),
    };
    let mut shown_list = vec![Value::str(&name)];
    shown_list.extend(args.iter().cloned());
    let shown = shown_args("methodcaller", &shown_list, &kwargs)?;
    Ok(getter("methodcaller", shown, move |obj| call_method(obj, &name, args.clone(), kwargs.clone())))
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
/// The runtime's iterators do not track what is left, so asking one is refused loudly.
fn length_hint(args: Vec<Value>) -> PyResult<Value> {
    arity("length_hint", &args, 1, 2)?;
    let default = args.get(1).cloned().unwrap_or_else(|| Value::int(0));
    if !matches!(default, Value::Int(_) | Value::Bool(_)) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            default.type_name()
        )));
    }
    match &args[0] {
        Value::Iter(_) => Err(PyErr::new(
            "NotImplementedError",
            "portalis: operator.length_hint of an iterator".to_string(),
        )),
        Value::Instance(_) => {
            if let Some(n) = crate::value::class::call_dunder(&args[0], "__len__", vec![])? {
                return Ok(n);
            }
            match crate::value::class::call_dunder(&args[0], "__length_hint__", vec![])? {
                Some(Value::NotImplemented) | None => Ok(default),
                Some(n) => Ok(n),
            }
        }
        v => match ops::len_of(v) {
            Ok(n) => Ok(Value::int(n as i64)),
            Err(_) => Ok(default),
        },
    }
}

pub fn build() -> Module {
    let mut attrs = vec![
        binary("add", ops::add),
        binary("sub", ops::sub),
        binary("mul", ops::mul),
        binary("truediv", ops::truediv),
        binary("floordiv", ops::floordiv),
        binary("mod", ops::modulo),
        binary("pow", ops::pow),
        binary("matmul", ops::matmul),
        binary("lshift", ops::lshift),
        binary("rshift", ops::rshift),
        binary("and_", ops::bitand),
        binary("or_", ops::bitor),
        binary("xor", ops::bitxor),
        binary("concat", ops::add),
        binary("iadd", ops::iadd),
        binary("isub", ops::isub),
        binary("imul", ops::imul),
        binary("itruediv", ops::itruediv),
        binary("ifloordiv", ops::ifloordiv),
        binary("imod", ops::imod),
        binary("ipow", ops::ipow),
        binary("iand", ops::iand),
        binary("ior", ops::ior),
        binary("ixor", ops::ixor),
        binary("ilshift", ops::ilshift),
        binary("irshift", ops::irshift),
        binary("iconcat", ops::iadd),
        binary("eq", compare::eq),
        binary("ne", compare::ne),
        binary("lt", compare::lt),
        binary("le", compare::le),
        binary("gt", compare::gt),
        binary("ge", compare::ge),
        binary("getitem", ops::getitem),
        binary("is_", |a, b| Ok(Value::Bool(compare::is(a, b)))),
        binary("is_not", |a, b| Ok(Value::Bool(!compare::is(a, b)))),
        binary("contains", |a, b| Ok(Value::Bool(compare::contains(a, b)?))),
        binary("countOf", |a, b| {
            let mut n = 0i64;
            for x in crate::value::iterate::iterate(a)? {
                let x = x?;
                if compare::is(&x, b) || compare::eq_bool(&x, b)? {
                    n += 1;
                }
            }
            Ok(Value::int(n))
        }),
        binary("indexOf", |a, b| {
            let mut i = 0i64;
            for x in crate::value::iterate::iterate(a)? {
                let x = x?;
                if compare::is(&x, b) || compare::eq_bool(&x, b)? {
                    return Ok(Value::int(i));
                }
                i += 1;
            }
            Err(PyErr::value_error("sequence.index(x): x not in sequence"))
        }),
        func("length_hint", length_hint),
        binary("delitem", |a, b| ops::delitem(a, b).map(|_| Value::None)),
        unary("neg", ops::neg),
        unary("pos", ops::pos),
        unary("invert", ops::invert),
        unary("inv", ops::invert),
        unary("not_", ops::not_),
        unary("truth", |a| Ok(Value::Bool(ops::truthy(a)?))),
        unary("abs", |a| crate::value::builtins::abs(vec![a.clone()], vec![])),
        unary("index", |a| match a {
            Value::Int(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::int(*b as i64)),
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                a.type_name()
            ))),
        }),
        func("setitem", |args| {
            arity("setitem", &args, 3, 3)?;
            let mut it = args.into_iter();
            let (a, k, v) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
            ops::setitem(&a, k, v)?;
            Ok(Value::None)
        }),
        func("itemgetter", itemgetter),
        func("attrgetter", attrgetter),
        func_kw("methodcaller", methodcaller),
    ];
    attrs.push(("__name__", Value::str("operator")));
    module("operator", attrs)
}
