//! The exception being handled (CPython's `exc_info` stack): the translation enters an `except`
//! block with `let _h = handling(err_value(&e));`, and the guard's drop leaves it however the block
//! ends (normally, by `return`/`break`, or by an error), so `sys.exc_info()`,
//! `sys.exception()` and `traceback.print_exc()` see the innermost handled exception, also from
//! functions the handler calls. Owner: runtime-objects.

use crate::exc::PyErr;
use crate::value::Value;
use std::cell::RefCell;

/// An exception being handled: its object, or, for an error the runtime raised that no handler
/// has bound yet, the error (made into an object only if asked, which keeps `except KeyError:`
/// in a loop from building one each time).
enum Held {
    Object(Value),
    Error(PyErr),
}

thread_local! {
    static HANDLED: RefCell<Vec<Held>> = RefCell::new(Vec::new());
}

/// While alive, `value` is the exception being handled.
pub struct Handling(());

impl Drop for Handling {
    fn drop(&mut self) {
        HANDLED.with(|h| {
            h.borrow_mut().pop();
        });
    }
}

/// Enters an `except` block handling `value` (the exception object the block may bind).
pub fn handling(value: Value) -> Handling {
    HANDLED.with(|h| h.borrow_mut().push(Held::Object(value)));
    Handling(())
}

/// Enters an `except` block that binds no name, handling `err`.
pub fn handling_err(err: &PyErr) -> Handling {
    let held = match err.instance() {
        Some(v) => Held::Object(v.clone()),
        None => Held::Error(err.clone()),
    };
    HANDLED.with(|h| h.borrow_mut().push(held));
    Handling(())
}

/// A bare `raise` outside an `except` block of its own function: the exception being handled
/// there (by a caller's `except`, a `finally` it passes through, an `__exit__`), the same
/// object again, else CPython's `RuntimeError`.
pub fn reraise() -> PyErr {
    // Cloned out first: making the error calls `__str__`, which may read the stack.
    let top = HANDLED.with(|h| match h.borrow().last() {
        Some(Held::Object(v)) => Ok(Some(v.clone())),
        Some(Held::Error(e)) => Err(e.clone()),
        None => Ok(None),
    });
    match top {
        Ok(Some(v)) => crate::value::exception::error_of(v),
        Ok(None) => PyErr::new("RuntimeError", "No active exception to reraise"),
        Err(e) => e,
    }
}

/// The exception object being handled, if any (`sys.exception()`).
pub fn current() -> Option<Value> {
    HANDLED.with(|h| {
        let mut stack = h.borrow_mut();
        let top = stack.last_mut()?;
        if let Held::Error(err) = top {
            // Made once, so that two calls give the same object.
            *top = Held::Object(crate::value::exception::err_value(err));
        }
        match top {
            Held::Object(v) => Some(v.clone()),
            Held::Error(_) => None,
        }
    })
}

/// `__portalis_handling__(exc)`: a context manager under which `exc` is the exception being
/// handled (`None`: nothing changes). A generator's `except` or `finally` block that yields is
/// flattened into pieces that each run in one resume (see the Java class `GeneratorRewrite`), so
/// no guard can span the block; each piece runs under one of these instead, and at a `yield`
/// the generator's exception leaves the stack as CPython's does.
pub fn manager(args: Vec<Value>, kwargs: crate::value::Kwargs) -> crate::exc::PyResult<Value> {
    use crate::value::modules::objs::{instance, method, runtime_class, state};
    crate::value::builtins::args::no_kwargs("__portalis_handling__", &kwargs)?;
    crate::value::builtins::args::count("__portalis_handling__", args.len(), 1, 1)?;
    let cls = runtime_class("builtins", "__portalis_handling__", vec![], || {
        vec![
            method("__enter__", |this, _, _| {
                let exc = state(this, "_exc")?;
                if !matches!(exc, Value::None) {
                    HANDLED.with(|h| h.borrow_mut().push(Held::Object(exc)));
                }
                Ok(Value::None)
            }),
            method("__exit__", |this, _, _| {
                if !matches!(state(this, "_exc")?, Value::None) {
                    HANDLED.with(|h| h.borrow_mut().pop());
                }
                Ok(Value::FALSE)
            }),
        ]
    });
    Ok(instance(&cls, vec![("_exc", args.into_iter().next().unwrap_or(Value::None))]))
}
