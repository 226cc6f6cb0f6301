//! The `atexit` module: `register(func, *args, **kwargs)` (returning `func`, so it serves as a
//! decorator) and `unregister(func)`. The callbacks run at shutdown, last
//! registered first, after an uncaught exception or `sys.exit` message has been printed, as
//! CPython's `atexit_callfuncs` runs them; an exception in one is reported on stderr and the
//! next still runs, and the exit status stays the program's.

use super::args::module;
use crate::exc::{PyErr, PyResult};
use crate::value::func::call;
use crate::value::{Kwargs, Module, Value};
use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static CALLBACKS: RefCell<Vec<(Value, Vec<Value>, Kwargs)>> = RefCell::new(Vec::new());
}

fn register(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let func = args.next().ok_or_else(|| PyErr::type_error("register() takes at least 1 argument (0 given)"))?;
    if !crate::value::ops::truthy(&crate::value::builtins::callable(vec![func.clone()], vec![])?)? {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    CALLBACKS.with(|c| c.borrow_mut().push((func.clone(), args.collect(), kwargs)));
    Ok(func)
}

/// `unregister(func)`: drops every registration of `func` (compared with `==`).
fn unregister(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let func = match args.as_slice() {
        [f] => f.clone(),
        _ => return Err(PyErr::type_error(format!("atexit.unregister() takes exactly one argument ({} given)", args.len()))),
    };
    let registered: Vec<Value> = CALLBACKS.with(|c| c.borrow().iter().map(|(f, _, _)| f.clone()).collect());
    let mut keep = Vec::new();
    for f in &registered {
        keep.push(!crate::value::compare::eq_bool(f, &func)?);
    }
    CALLBACKS.with(|c| {
        let mut i = 0;
        c.borrow_mut().retain(|_| {
            i += 1;
            keep.get(i - 1).copied().unwrap_or(true)
        })
    });
    Ok(Value::None)
}

/// Runs and forgets the registered callbacks, last first (at shutdown).
pub fn run_exitfuncs() {
    loop {
        let next = CALLBACKS.with(|c| c.borrow_mut().pop());
        let (func, args, kwargs) = match next {
            Some(entry) => entry,
            None => break,
        };
        if let Err(err) = call(&func, args, kwargs) {
            crate::io::flush();
            let stderr = std::io::stderr();
            let mut e = stderr.lock();
            let _ = writeln!(e, "Exception ignored in atexit callback");
            let _ = writeln!(e, "Traceback (most recent call last):");
            let _ = writeln!(e, "{}", err);
            let _ = e.flush();
        }
    }
}

pub fn build() -> Module {
    module(
        "atexit",
        vec![
            ("register", Value::builtin("register", register)),
            ("unregister", Value::builtin("unregister", unregister)),
            ("_run_exitfuncs", Value::builtin("_run_exitfuncs", |_, _| {
                run_exitfuncs();
                Ok(Value::None)
            })),
            ("_clear", Value::builtin("_clear", |_, _| {
                CALLBACKS.with(|c| c.borrow_mut().clear());
                Ok(Value::None)
            })),
        ],
    )
}
