//! The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`.

use super::args::{arity, func, func_kw, module};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::compare;
use crate::value::func::call_method;
use crate::value::ops;
use crate::value::{Module, Value};

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

fn itemgetter(args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(Value::builtin("itemgetter", move |objs, _| {
        arity("itemgetter", &objs, 1, 1)?;
        if args.len() == 1 {
            return ops::getitem(&objs[0], &args[0]);
        }
        let items = args.iter().map(|k| ops::getitem(&objs[0], k)).collect::<PyResult<Vec<_>>>()?;
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
    Ok(Value::builtin("attrgetter", move |objs, _| {
        arity("attrgetter", &objs, 1, 1)?;
        if names.len() == 1 {
            return dotted(&objs[0], &names[0]);
        }
        let items = names.iter().map(|n| dotted(&objs[0], n)).collect::<PyResult<Vec<_>>>()?;
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
    Ok(Value::builtin("methodcaller", move |objs, _| {
        arity("methodcaller", &objs, 1, 1)?;
        call_method(&objs[0], &name, args.clone(), kwargs.clone())
    }))
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
