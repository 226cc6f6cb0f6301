//! `contextlib.ExitStack`, `redirect_stdout` and `redirect_stderr`, as contextlib.py of CPython
//! 3.12 writes them: an exit stack runs its callbacks last in, first out, passes each the
//! exception still pending, lets one swallow it (a true result) or replace it (by raising, with
//! the old one as the new one's `__context__`).

use super::contextlib::{class, this};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::class::type_of;
use crate::value::exception::{err_value, with_context};
use crate::value::func::{call, call_method};
use crate::value::ops::truthy;
use crate::value::{Kwargs, Value};
use std::rc::Rc;

pub fn exit_stack() -> Rc<crate::value::Class> {
    class(
        "ExitStack",
        vec![
            ("__init__", stack_init),
            ("__enter__", stack_enter),
            ("__exit__", stack_exit),
            ("enter_context", enter_context),
            ("push", push),
            ("callback", callback),
            ("pop_all", pop_all),
            ("close", close),
        ],
    )
}

fn callbacks(inst: &crate::value::Instance) -> PyResult<Value> {
    inst.dict.borrow().get_str("_exit_callbacks").ok_or_else(|| PyErr::new("AttributeError", "'ExitStack' object has no attribute '_exit_callbacks'"))
}

fn add(args: &[Value], what: &str, cb: Value) -> PyResult<()> {
    let inst = this(args, what)?;
    call_method(&callbacks(&inst)?, "append", vec![cb], vec![])?;
    Ok(())
}

fn stack_init(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "ExitStack.__init__")?;
    inst.dict.borrow_mut().set_str("_exit_callbacks", Value::list(vec![]));
    Ok(Value::None)
}

fn stack_enter(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// `enter_context(cm)`: `cm.__enter__()`'s result; `cm.__exit__` joins the stack.
fn enter_context(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let cm = args.get(1).cloned().ok_or_else(|| PyErr::type_error("ExitStack.enter_context() missing 1 required positional argument: 'cm'"))?;
    let cls = type_of(&cm);
    let (enter, exit) = (crate::value::class::lookup(&cls, "__enter__"), crate::value::class::lookup(&cls, "__exit__"));
    if enter.is_none() || exit.is_none() {
        return Err(PyErr::type_error(format!(
            "'{}.{}' object does not support the context manager protocol", cls.module, cls.qualname)));
    }
    let result = call_method(&cm, "__enter__", vec![], vec![])?;
    add(&args, "ExitStack.enter_context", getattr(&cm, "__exit__")?)?;
    Ok(result)
}

/// `push(exit)`: an object's `__exit__`, or a callable taking the three exception details.
fn push(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let exit = args.get(1).cloned().ok_or_else(|| PyErr::type_error("ExitStack.push() missing 1 required positional argument: 'exit'"))?;
    let cb = match crate::value::class::lookup(&type_of(&exit), "__exit__") {
        Some(_) => getattr(&exit, "__exit__")?,
        None => exit.clone(),
    };
    add(&args, "ExitStack.push", cb)?;
    Ok(exit)
}

/// `callback(fn, *args, **kwds)`: calls `fn` at exit; it never swallows an exception.
fn callback(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let f = args.get(1).cloned().ok_or_else(|| PyErr::type_error("ExitStack.callback() missing 1 required positional argument: 'callback'"))?;
    let (g, pos) = (f.clone(), args[2..].to_vec());
    let cb = Value::builtin("_exit_wrapper", move |_, _| {
        call(&g, pos.clone(), kwargs.clone())?;
        Ok(Value::None)
    });
    add(&args, "ExitStack.callback", cb)?;
    Ok(f)
}

/// `pop_all()`: a new stack holding the callbacks, this one emptied.
fn pop_all(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "ExitStack.pop_all")?;
    let fresh = call(&Value::Class(inst.class.clone()), vec![], vec![])?;
    if let Value::Instance(f) = &fresh {
        f.dict.borrow_mut().set_str("_exit_callbacks", callbacks(&inst)?);
    }
    inst.dict.borrow_mut().set_str("_exit_callbacks", Value::list(vec![]));
    Ok(fresh)
}

fn close(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let me = args.first().cloned().unwrap_or(Value::None);
    call_method(&me, "__exit__", vec![Value::None, Value::None, Value::None], vec![])?;
    Ok(Value::None)
}

/// `__exit__(typ, value, tb)`: unwinds the callbacks; true when an exception came in and a
/// callback swallowed it; raises what a callback raised last (its context the one before).
fn stack_exit(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "ExitStack.__exit__")?;
    let received = !matches!(args.get(1), None | Some(Value::None));
    let mut exc: Option<PyErr> = match args.get(2) {
        Some(v @ Value::Instance(_)) => Some(crate::value::exception::raise(v.clone())),
        _ if received => Some(crate::value::exception::raise(call(&args[1], vec![], vec![])?)),
        _ => None,
    };
    let mut pending = false;
    let mut suppressed = false;
    let list = callbacks(&inst)?;
    while truthy(&list)? {
        let cb = call_method(&list, "pop", vec![], vec![])?;
        let details = match &exc {
            None => vec![Value::None, Value::None, Value::None],
            Some(e) => {
                let v = err_value(e);
                vec![Value::Class(type_of(&v)), v, Value::None]
            }
        };
        match call(&cb, details, vec![]).and_then(|r| truthy(&r)) {
            Ok(true) => {
                suppressed = true;
                pending = false;
                exc = None;
            }
            Ok(false) => {}
            Err(new) => {
                let new = match &exc {
                    Some(old) => with_context(new, old),
                    None => new,
                };
                pending = true;
                exc = Some(new);
            }
        }
    }
    match exc {
        Some(e) if pending => Err(e),
        _ => Ok(Value::Bool(received && suppressed)),
    }
}

/// `redirect_stdout(target)` / `redirect_stderr(target)`: `sys.<stream>` is `target` inside.
pub fn redirect(stream: &'static str) -> Rc<crate::value::Class> {
    let name = if stream == "stdout" { "redirect_stdout" } else { "redirect_stderr" };
    if stream == "stdout" {
        class(name, vec![("__init__", redirect_init), ("__enter__", enter_stdout), ("__exit__", exit_stdout)])
    } else {
        class(name, vec![("__init__", redirect_init), ("__enter__", enter_stderr), ("__exit__", exit_stderr)])
    }
}

fn redirect_init(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = this(&args, "redirect.__init__")?;
    let target = args.get(1).cloned().ok_or_else(|| PyErr::type_error("__init__() missing 1 required positional argument: 'new_target'"))?;
    let mut d = inst.dict.borrow_mut();
    d.set_str("_new_target", target);
    d.set_str("_old_targets", Value::list(vec![]));
    Ok(Value::None)
}

fn enter(args: &[Value], stream: &str) -> PyResult<Value> {
    let inst = this(args, "redirect.__enter__")?;
    let sys = super::import_module("sys")?;
    let old = getattr(&sys, stream)?;
    let (target, olds) = {
        let d = inst.dict.borrow();
        (d.get_str("_new_target").unwrap_or(Value::None), d.get_str("_old_targets").unwrap_or(Value::None))
    };
    call_method(&olds, "append", vec![old], vec![])?;
    setattr(&sys, stream, target.clone())?;
    Ok(target)
}

fn exit(args: &[Value], stream: &str) -> PyResult<Value> {
    let inst = this(args, "redirect.__exit__")?;
    let sys = super::import_module("sys")?;
    let olds = inst.dict.borrow().get_str("_old_targets").unwrap_or(Value::None);
    let old = call_method(&olds, "pop", vec![], vec![])?;
    setattr(&sys, stream, old)?;
    Ok(Value::None)
}

fn enter_stdout(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    enter(&args, "stdout")
}

fn exit_stdout(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    exit(&args, "stdout")
}

fn enter_stderr(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    enter(&args, "stderr")
}

fn exit_stderr(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    exit(&args, "stderr")
}
