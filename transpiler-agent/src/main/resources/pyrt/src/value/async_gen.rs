//! Asynchronous generators (PEP 525): an `async def` with `yield`. The Java rewrite makes its
//! body an ordinary generator in which `await x` is `yield from __portalis_await__(x)` and
//! `yield v` yields `__portalis_agen_item__(v)`; the `async_generator` object here drives that
//! generator. Each `__anext__()`/`asend(v)`/`athrow(e)`/`aclose()` returns an awaitable that
//! passes what the generator's awaits yield up to whoever awaits it (the event loop), and ends
//! (`StopIteration` carrying the value) when the generator yields an item, as CPython's
//! `async_generator_asend` and `async_generator_athrow` do.

use crate::exc::{PyErr, PyResult};
use crate::value::generator::{self, stop_iteration};
use crate::value::iterate::is_stop_iteration;
use crate::value::modules::args;
use crate::value::modules::objs::{instance, method, runtime_class, set_state, state};
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

const SEND: i64 = 0;
const THROW: i64 = 1;
const CLOSE: i64 = 2;

/// Where one awaitable is: not yet stepped, stepped, or finished (it cannot be awaited again).
const INIT: i64 = 0;
const RUNNING: i64 = 1;
const DONE: i64 = 2;

fn item_class() -> Rc<Class> {
    runtime_class("builtins", "async_generator_item", vec![], Vec::new)
}

/// `__portalis_agen_item__(v)`: the marker an asynchronous generator's `yield v` yields.
pub fn item(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("__portalis_agen_item__", &kwargs)?;
    args::arity("__portalis_agen_item__", &a, 1, 1)?;
    Ok(instance(&item_class(), vec![("value", a.into_iter().next().expect("one argument"))]))
}

fn item_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &item_class()) => i.dict.borrow().get_str("value"),
        _ => None,
    }
}

/// `__portalis_agen__(resume, done, name, qualname)`: the asynchronous generator of one call.
pub fn make(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let gen = generator::make(a, kwargs)?;
    Ok(instance(&agen_class(), vec![("__gen__", gen)]))
}

/// `__portalis_agen_cleanup__(resume, done, name, qualname)`: the same for an asynchronous
/// generator with a `try` or `with` statement (see [`generator::mark_cleanup`]).
pub fn make_with_cleanup(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let gen = generator::make(a, kwargs)?;
    generator::mark_cleanup(&gen);
    Ok(instance(&agen_class(), vec![("__gen__", gen)]))
}

fn agen_class() -> Rc<Class> {
    runtime_class("builtins", "async_generator", vec![], || {
        vec![
            method("__aiter__", |this, a, _| {
                args::arity("__aiter__", &a, 0, 0)?;
                Ok(this.clone())
            }),
            method("__anext__", |this, a, _| {
                args::arity("__anext__", &a, 0, 0)?;
                awaitable(this, SEND, Value::None)
            }),
            method("asend", |this, a, _| {
                args::arity("asend", &a, 1, 1)?;
                awaitable(this, SEND, a[0].clone())
            }),
            method("athrow", |this, a, _| {
                let exc = generator::thrown(a)?;
                awaitable(this, THROW, crate::value::exception::err_value(&exc))
            }),
            method("aclose", |this, a, _| {
                args::arity("aclose", &a, 0, 0)?;
                awaitable(this, CLOSE, Value::None)
            }),
        ]
    })
}

fn awaitable(agen: &Value, mode: i64, arg: Value) -> PyResult<Value> {
    let cls = if mode == SEND { asend_class() } else { athrow_class() };
    Ok(instance(&cls, vec![
        ("__gen__", state(agen, "__gen__")?),
        ("__mode__", Value::int(mode)),
        ("__arg__", arg),
        ("__state__", Value::int(INIT)),
    ]))
}

fn asend_class() -> Rc<Class> {
    runtime_class("builtins", "async_generator_asend", vec![], awaitable_methods)
}

fn athrow_class() -> Rc<Class> {
    runtime_class("builtins", "async_generator_athrow", vec![], awaitable_methods)
}

fn awaitable_methods() -> Vec<(&'static str, Value)> {
    vec![
        method("__await__", |this, _, _| Ok(this.clone())),
        method("__iter__", |this, _, _| Ok(this.clone())),
        method("__next__", |this, _, _| step(this, Ok(Value::None))),
        method("send", |this, a, _| {
            args::arity("send", &a, 1, 1)?;
            step(this, Ok(a[0].clone()))
        }),
        method("throw", |this, a, _| step(this, Err(generator::thrown(a)?))),
        method("close", |this, _, _| {
            set_state(this, "__state__", Value::int(DONE));
            Ok(Value::None)
        }),
    ]
}

fn int_state(this: &Value, key: &str) -> PyResult<i64> {
    args::to_i64(&state(this, key)?)
}

/// One step of the awaitable: `sent` is what the awaiting code sends in (or throws in).
fn step(this: &Value, sent: Result<Value, PyErr>) -> PyResult<Value> {
    let mode = int_state(this, "__mode__")?;
    if int_state(this, "__state__")? == DONE {
        let what = if mode == SEND { "__anext__()/asend()" } else { "aclose()/athrow()" };
        return Err(PyErr::new("RuntimeError", format!("cannot reuse already awaited {}", what)));
    }
    let gen_value = state(this, "__gen__")?;
    let gen = generator::of(&gen_value).ok_or_else(|| PyErr::type_error("corrupt async_generator"))?;
    let first = int_state(this, "__state__")? == INIT;
    set_state(this, "__state__", Value::int(RUNNING));
    let result = match sent {
        Err(exc) => gen.throw(exc),
        Ok(v) if !first => gen.send(v),
        Ok(v) => match mode {
            SEND => {
                let arg = state(this, "__arg__")?;
                gen.send(if matches!(v, Value::None) { arg } else { v })
            }
            THROW => gen.throw(crate::value::exception::raise(state(this, "__arg__")?)),
            _ => gen.throw(crate::value::exception::error_with_args("GeneratorExit", vec![])),
        },
    };
    outcome(this, mode, result)
}

/// What the awaitable does with what the generator did: an item ends the await with it, an
/// await's suspension goes up to the awaiting code, the generator's end is `StopAsyncIteration`.
fn outcome(this: &Value, mode: i64, result: PyResult<Value>) -> PyResult<Value> {
    let finish = || set_state(this, "__state__", Value::int(DONE));
    match result {
        Ok(v) => match item_value(&v) {
            Some(_) if mode == CLOSE => {
                finish();
                Err(PyErr::new("RuntimeError", "async generator ignored GeneratorExit"))
            }
            Some(value) => {
                finish();
                Err(stop_iteration(value))
            }
            None => Ok(v),
        },
        Err(e) => {
            finish();
            if mode == CLOSE && (is_stop_iteration(&e) || e.is_instance("GeneratorExit")) {
                Err(stop_iteration(Value::None))
            } else if is_stop_iteration(&e) {
                Err(PyErr::new("StopAsyncIteration", ""))
            } else if e.is_instance("StopAsyncIteration") {
                Err(PyErr::new("RuntimeError", "async generator raised StopAsyncIteration"))
            } else {
                Err(e)
            }
        }
    }
}

/// `aiter(x)`: `x.__aiter__()`.
pub fn aiter(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("aiter", &kwargs)?;
    args::arity("aiter", &a, 1, 1)?;
    let x = &a[0];
    match crate::value::attr::getattr(x, "__aiter__") {
        Ok(m) => crate::value::func::call(&m, vec![], vec![]),
        Err(_) => Err(PyErr::type_error(format!("'{}' object is not an async iterable", x.type_name()))),
    }
}

/// `anext(x)`: `x.__anext__()`; a default (an awaitable of its own in CPython) is not provided.
pub fn anext(a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("anext", &kwargs)?;
    args::arity("anext", &a, 1, 2)?;
    if a.len() == 2 {
        return Err(PyErr::untranslatable("anext() with a default"));
    }
    let x = &a[0];
    match crate::value::attr::getattr(x, "__anext__") {
        Ok(m) => crate::value::func::call(&m, vec![], vec![]),
        Err(_) => Err(PyErr::type_error(format!("'{}' object is not an async iterator", x.type_name()))),
    }
}
