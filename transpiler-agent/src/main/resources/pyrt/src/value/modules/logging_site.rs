//! Where a logging call was made: CPython's `Logger.findCaller` reads the caller's line,
//! code object name and file from its frame; a translation has no frames, so the generated
//! code passes them at each call of a method named like a logging one (`log.info(...)`,
//! `logging.warning(...)`), and `make_record` reads them from here. Only a call on a
//! `Logger` or on the `logging` module sets them; any other such call hides them, so a
//! logging call reached some other way has no known caller (and `lineno`/`funcName` stay
//! refused where a test would see them).

use crate::exc::PyResult;
use crate::value::{Kwargs, Value};
use std::cell::RefCell;

/// The caller of the logging call under way: line, `co_name`, file name.
#[derive(Clone)]
pub struct Site {
    pub line: i64,
    pub func: String,
    pub file: String,
}

thread_local! {
    static SITE: RefCell<Option<Site>> = RefCell::new(None);
}

pub fn current() -> Option<Site> {
    SITE.with(|s| s.borrow().clone())
}

fn is_logging(obj: &Value) -> bool {
    match obj {
        Value::Module(m) => m.name.as_str() == "logging",
        v => super::objs::is_a(v, "logging", "Logger"),
    }
}

/// `obj.name(*args, **kwargs)` made at `line` of `func` in `file`.
pub fn call_method_at(obj: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs, line: i64, func: &str, file: &str) -> PyResult<Value> {
    // `stacklevel` names a frame further out, which the translation does not know.
    let stacked = kwargs.iter().any(|(k, v)| k.as_str() == "stacklevel" && !matches!(v, Value::Int(_) if super::args::to_i64(v).ok() == Some(1)));
    let site = if is_logging(obj) && !func.is_empty() && !stacked { Some(Site { line, func: func.to_string(), file: file.to_string() }) } else { None };
    let before = SITE.with(|s| std::mem::replace(&mut *s.borrow_mut(), site));
    let result = crate::value::func::call_method(obj, name, args, kwargs);
    SITE.with(|s| *s.borrow_mut() = before);
    result
}
