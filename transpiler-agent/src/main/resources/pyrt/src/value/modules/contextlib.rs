//! The `contextlib` module: `contextmanager` (CPython 3.12's `_GeneratorContextManager`, whose
//! `__exit__` throws the exception into the generator and decides from what comes out whether it
//! was handled), `suppress`, `nullcontext` and `closing`; `ExitStack` and the redirections are in
//! `contextlib_stack`.

use super::args::module;
use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, is_subclass, new_class};
use crate::value::exception::{err_value, is_exception_class};
use crate::value::{compare, func, generator, iterate, BuiltinType, Class, Kwargs, Module, Value};
use std::rc::Rc;

pub(super) fn class(name: &str, methods: Vec<(&str, fn(Vec<Value>, Kwargs) -> PyResult<Value>)>) -> Rc<Class> {
    cached_class(&format!("contextlib.{}", name), || {
        let c = new_class(name, name, "contextlib", vec![builtin_class(BuiltinType::Object)], None).expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            for (m, f) in methods {
                d.set_str(m, Value::runtime_method(&format!("{}.{}", name, m), f));
            }
        }
        c
    })
}

fn generator_cm() -> Rc<Class> {
    class(
        "_GeneratorContextManager",
        vec![("__init__", gcm_init), ("__enter__", gcm_enter), ("__exit__", gcm_exit), ("__call__", gcm_call)],
    )
}

pub(super) fn this(args: &[Value], what: &str) -> PyResult<Rc<crate::value::Instance>> {
    match args.first() {
        Some(Value::Instance(i)) => Ok(i.clone()),
        _ => Err(PyErr::type_error(format!("{} needs an instance", what))),
    }
}

fn attr(inst: &crate::value::Instance, name: &str) -> Value {
    inst.dict.borrow().get_str(name).unwrap_or(Value::None)
}

/// `_GeneratorContextManager(func, args, kwds)`: calls `func(*args, **kwds)` for its generator.
fn gcm_init(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "_GeneratorContextManager.__init__")?;
    let (f, pos, kw) = (args.get(1).cloned().unwrap_or(Value::None), args.get(2).cloned().unwrap_or(Value::None),
        args.get(3).cloned().unwrap_or(Value::None));
    let gen = func::call(&f, iterate::collect(&pos)?, kwargs_of(&kw)?)?;
    let mut d = inst.dict.borrow_mut();
    d.set_str("gen", gen);
    d.set_str("func", f);
    d.set_str("args", pos);
    d.set_str("kwds", kw);
    Ok(Value::None)
}

fn kwargs_of(d: &Value) -> PyResult<Kwargs> {
    match d {
        Value::Dict(d) => Ok(d
            .borrow()
            .items()
            .into_iter()
            .filter_map(|(k, v)| match k {
                Value::Str(s) => Some((s, v)),
                _ => None,
            })
            .collect()),
        _ => Ok(vec![]),
    }
}

fn gcm_enter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "_GeneratorContextManager.__enter__")?;
    match iterate::next_or(&attr(&inst, "gen"), None) {
        Err(e) if iterate::is_stop_iteration(&e) => Err(PyErr::new("RuntimeError", "generator didn't yield")),
        other => other,
    }
}

fn close(gen: &Value) -> PyResult<()> {
    match generator::of(gen) {
        Some(g) => g.close().map(|_| ()),
        None => func::call_method(gen, "close", vec![], vec![]).map(|_| ()),
    }
}

/// `__exit__(typ, value, tb)` as contextlib.py words it.
fn gcm_exit(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "_GeneratorContextManager.__exit__")?;
    let gen = attr(&inst, "gen");
    let typ = args.get(1).cloned().unwrap_or(Value::None);
    let mut value = args.get(2).cloned().unwrap_or(Value::None);
    if let Value::None = typ {
        return match iterate::next_or(&gen, None) {
            Err(e) if iterate::is_stop_iteration(&e) => Ok(Value::FALSE),
            Err(e) => Err(e),
            Ok(_) => {
                close(&gen)?;
                Err(PyErr::new("RuntimeError", "generator didn't stop"))
            }
        };
    }
    if let Value::None = value {
        value = func::call(&typ, vec![], vec![])?;
    }
    let thrown = crate::value::exception::raise(value.clone());
    let outcome = match generator::of(&gen) {
        Some(g) => g.throw(thrown),
        None => func::call_method(&gen, "throw", vec![value.clone()], vec![]),
    };
    match outcome {
        Ok(_) => {
            close(&gen)?;
            Err(PyErr::new("RuntimeError", "generator didn't stop after throw()"))
        }
        Err(e) => {
            let exc = err_value(&e);
            let same = compare::is(&exc, &value);
            if iterate::is_stop_iteration(&e) {
                return Ok(Value::Bool(!same));
            }
            if same {
                return Ok(Value::FALSE);
            }
            Err(e)
        }
    }
}

/// Used as a decorator: each call of the function runs inside a fresh context manager.
fn gcm_call(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "_GeneratorContextManager.__call__")?;
    let wrapped = args.get(1).cloned().unwrap_or(Value::None);
    let (f, pos, kw) = (attr(&inst, "func"), attr(&inst, "args"), attr(&inst, "kwds"));
    let target = wrapped.clone();
    // A function (not a built-in), as CPython's `@wraps(func) def inner`: it binds as a method.
    let inner = Value::runtime_method("inner", move |a, k| {
        let cm = func::call(&Value::Class(generator_cm()), vec![f.clone(), pos.clone(), kw.clone()], vec![])?;
        func::call_method(&cm, "__enter__", vec![], vec![])?;
        match func::call(&wrapped, a, k) {
            Ok(v) => {
                func::call_method(&cm, "__exit__", vec![Value::None, Value::None, Value::None], vec![])?;
                Ok(v)
            }
            Err(e) => {
                let exc = err_value(&e);
                let typ = Value::Class(crate::value::class::type_of(&exc));
                let handled = func::call_method(&cm, "__exit__", vec![typ, exc, Value::None], vec![])?;
                if crate::value::ops::truthy(&handled)? {
                    Ok(Value::None)
                } else {
                    Err(e)
                }
            }
        }
    });
    super::functools::update_wrapper(&inner, &target)?;
    Ok(inner)
}

/// `contextmanager(func)`: a function whose calls give `_GeneratorContextManager`s.
fn contextmanager(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    super::args::no_kwargs("contextmanager", &kwargs)?;
    let f = args.into_iter().next().ok_or_else(|| {
        PyErr::type_error("contextmanager() missing 1 required positional argument: 'func'")
    })?;
    let target = f.clone();
    // A function (not a built-in), as CPython's `@wraps(func) def helper`: decorating a method
    // gives a method whose calls receive `self`.
    let helper = Value::runtime_method("helper", move |a, k| {
        let kw = Value::dict(k.into_iter().map(|(n, v)| (Value::Str(n), v)).collect())?;
        func::call(&Value::Class(generator_cm()), vec![target.clone(), Value::tuple(a), kw], vec![])
    });
    super::functools::update_wrapper(&helper, &f)?;
    Ok(helper)
}

fn suppress() -> Rc<Class> {
    class("suppress", vec![("__init__", suppress_init), ("__enter__", enter_none), ("__exit__", suppress_exit)])
}

fn suppress_init(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "suppress.__init__")?;
    inst.dict.borrow_mut().set_str("_exceptions", Value::tuple(args[1..].to_vec()));
    Ok(Value::None)
}

fn enter_none(_: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn suppress_exit(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "suppress.__exit__")?;
    let typ = match args.get(1) {
        Some(Value::Class(c)) => c.clone(),
        _ => return Ok(Value::FALSE),
    };
    let classes = attr(&inst, "_exceptions");
    let items = iterate::collect(&classes)?;
    for c in items {
        match &c {
            Value::Class(k) if is_exception_class(k) => {
                if is_subclass(&typ, k) {
                    return Ok(Value::TRUE);
                }
            }
            _ => return Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        }
    }
    Ok(Value::FALSE)
}

fn nullcontext() -> Rc<Class> {
    class("nullcontext", vec![("__init__", null_init), ("__enter__", null_enter), ("__exit__", null_exit)])
}

fn null_init(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "nullcontext.__init__")?;
    let mut result = args.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in kwargs {
        if k.as_str() == "enter_result" {
            result = v;
        } else {
            return Err(PyErr::type_error(format!("nullcontext.__init__() got an unexpected keyword argument '{}'", k)));
        }
    }
    inst.dict.borrow_mut().set_str("enter_result", result);
    Ok(Value::None)
}

fn null_enter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(attr(&*this(&args, "nullcontext.__enter__")?, "enter_result"))
}

fn null_exit(_: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn closing() -> Rc<Class> {
    class("closing", vec![("__init__", closing_init), ("__enter__", closing_enter), ("__exit__", closing_exit)])
}

fn closing_init(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "closing.__init__")?;
    inst.dict.borrow_mut().set_str("thing", args.get(1).cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

fn closing_enter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(attr(&*this(&args, "closing.__enter__")?, "thing"))
}

fn closing_exit(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let thing = attr(&*this(&args, "closing.__exit__")?, "thing");
    close(&thing)?;
    Ok(Value::None)
}

/// `contextlib.AbstractContextManager`: an `ABC` whose `__enter__` returns the manager and
/// whose `__exit__` is abstract, so a subclass that does not define it cannot be instantiated.
fn abstract_context_manager() -> Rc<Class> {
    cached_class("contextlib.AbstractContextManager", || {
        let name = "AbstractContextManager";
        let c = new_class(name, name, "contextlib", vec![super::abc::abc_class()], None).expect("single base");
        let exit = Value::runtime_method("AbstractContextManager.__exit__", |_, _| Ok(Value::None));
        if let Value::Func(f) = &exit {
            f.attrs.borrow_mut().set_str("__isabstractmethod__", Value::TRUE);
        }
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__enter__", Value::runtime_method("AbstractContextManager.__enter__", |args, _| {
                Ok(args.into_iter().next().unwrap_or(Value::None))
            }));
            d.set_str("__exit__", exit);
            d.set_str("__slots__", Value::tuple(vec![]));
        }
        super::abc::init_abstract(&c).expect("abstract names are strings");
        c
    })
}

pub fn build() -> Module {
    module(
        "contextlib",
        vec![
            ("contextmanager", Value::builtin("contextmanager", contextmanager)),
            ("suppress", Value::Class(suppress())),
            ("nullcontext", Value::Class(nullcontext())),
            ("closing", Value::Class(closing())),
            ("AbstractContextManager", Value::Class(abstract_context_manager())),
            ("ExitStack", Value::Class(super::contextlib_stack::exit_stack())),
            ("redirect_stdout", Value::Class(super::contextlib_stack::redirect("stdout"))),
            ("redirect_stderr", Value::Class(super::contextlib_stack::redirect("stderr"))),
        ],
    )
}
