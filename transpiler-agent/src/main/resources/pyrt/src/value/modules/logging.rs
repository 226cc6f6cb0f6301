//! `logging`, after CPython 3.12's Lib/logging/__init__.py: levels and their names, the
//! logger hierarchy by dotted names (a logger's parent is its nearest existing ancestor, as
//! CPython's placeholder fix-ups make it), handlers reached through `callHandlers` with
//! `propagate` and the last-resort handler, `basicConfig`, and the module-level functions
//! that configure the root logger on first use. Loggers, handlers, formatters and records
//! are instances with CPython's attribute names, and handlers call `self.emit(record)` and
//! `self.format(record)`, so subclasses that override them work. Formatting is in
//! logging_fmt.rs.

use super::args::{module, take_kw};
use super::logging_fmt::{formatter_class, make_record};
use super::objs::{method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::func::call_method;
use crate::value::ops::truthy;
use crate::value::{Class, Kwargs, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const LEVELS: &[(&str, i64)] =
    &[("CRITICAL", 50), ("FATAL", 50), ("ERROR", 40), ("WARNING", 30), ("WARN", 30), ("INFO", 20), ("DEBUG", 10), ("NOTSET", 0)];

/// `_levelToName`: the canonical name of each standard level.
fn level_name(level: i64) -> Option<&'static str> {
    match level {
        50 => Some("CRITICAL"),
        40 => Some("ERROR"),
        30 => Some("WARNING"),
        20 => Some("INFO"),
        10 => Some("DEBUG"),
        0 => Some("NOTSET"),
        _ => None,
    }
}

thread_local! {
    static LOGGERS: RefCell<Vec<(String, Value)>> = RefCell::new(Vec::new());
    static ROOT: RefCell<Option<Value>> = RefCell::new(None);
    static DISABLE: std::cell::Cell<i64> = std::cell::Cell::new(0);
}

/// `_checkLevel`: an int, or the name of a level.
pub fn check_level(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) => super::args::to_i64(v),
        Value::Str(s) => LEVELS
            .iter()
            .find(|(n, _)| *n == s.as_str())
            .map(|(_, l)| *l)
            .ok_or_else(|| PyErr::value_error(format!("Unknown level: {}", crate::value::text::repr_of(v).map(|r| r.to_string()).unwrap_or_default()))),
        other => Err(PyErr::type_error(format!(
            "Level not an integer or a valid string: {}",
            crate::value::text::repr_of(other)?.as_str()
        ))),
    }
}

/// `getLevelName(level)`.
fn get_level_name(v: &Value) -> PyResult<Value> {
    if let Value::Str(s) = v {
        if let Some((_, l)) = LEVELS.iter().find(|(n, _)| *n == s.as_str()) {
            return Ok(Value::int(*l));
        }
    } else if let Ok(l) = super::args::to_i64(v) {
        if let Some(n) = level_name(l) {
            return Ok(Value::str(n));
        }
    }
    Ok(Value::str(&format!("Level {}", crate::value::text::str_of(v)?.as_str())))
}

fn int_attr(v: &Value, name: &str) -> PyResult<i64> {
    super::args::to_i64(&getattr(v, name)?)
}

pub fn root() -> Value {
    ROOT.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(|| {
                let cls = root_logger_class();
                new_logger(&cls, "root", 30)
            })
            .clone()
    })
}

fn new_logger(cls: &Rc<Class>, name: &str, level: i64) -> Value {
    super::objs::instance(
        cls,
        vec![
            ("name", Value::str(name)),
            ("level", Value::int(level)),
            ("parent", Value::None),
            ("propagate", Value::TRUE),
            ("handlers", Value::list(vec![])),
            ("disabled", Value::FALSE),
        ],
    )
}

/// `getLogger(name)`: one logger per name, the root for no name or `"root"`.
fn get_logger(name: Option<&Value>) -> PyResult<Value> {
    let name = match name {
        None | Some(Value::None) => return Ok(root()),
        Some(Value::Str(s)) => s.to_string(),
        Some(_) => return Err(PyErr::type_error("A logger name must be a string")),
    };
    if name.is_empty() || name == "root" {
        return Ok(root());
    }
    if let Some(found) = LOGGERS.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())) {
        return Ok(found);
    }
    let logger = new_logger(&logger_class(), &name, 0);
    LOGGERS.with(|l| l.borrow_mut().push((name.clone(), logger.clone())));
    fix_parents();
    Ok(logger)
}

/// Points every logger at its nearest existing ancestor (CPython's `_fixupParents` and
/// `_fixupChildren` together).
fn fix_parents() {
    let all: Vec<(String, Value)> = LOGGERS.with(|l| l.borrow().clone());
    for (name, logger) in &all {
        let mut parent = root();
        let mut prefix = name.as_str();
        while let Some(i) = prefix.rfind('.') {
            prefix = &prefix[..i];
            if let Some((_, p)) = all.iter().find(|(n, _)| n == prefix) {
                parent = p.clone();
                break;
            }
        }
        let _ = setattr(logger, "parent", parent);
    }
}

fn effective_level(logger: &Value) -> PyResult<i64> {
    let mut cur = logger.clone();
    loop {
        let level = int_attr(&cur, "level")?;
        if level != 0 {
            return Ok(level);
        }
        match getattr(&cur, "parent")? {
            Value::None => return Ok(0),
            p => cur = p,
        }
    }
}

fn enabled_for(logger: &Value, level: i64) -> PyResult<bool> {
    if DISABLE.with(|d| d.get()) >= level {
        return Ok(false);
    }
    Ok(level >= effective_level(logger)?)
}

/// `Logger._log` after the level check: a record, `extra` merged in, then the handlers.
fn log(logger: &Value, level: i64, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<()> {
    let mut args = args.into_iter();
    let msg = args.next().ok_or_else(|| PyErr::type_error("missing 1 required positional argument: 'msg'"))?;
    let rest: Vec<Value> = args.collect();
    let exc_info = take_kw(&mut kwargs, "exc_info").map_or(Ok(false), |v| truthy(&v))?;
    let extra = take_kw(&mut kwargs, "extra");
    take_kw(&mut kwargs, "stack_info");
    take_kw(&mut kwargs, "stacklevel");
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("Logger._log() got an unexpected keyword argument '{}'", k.as_str())));
    }
    let record = make_record(&getattr(logger, "name")?, level, msg, rest, exc_info)?;
    if let Some(Value::Dict(extra)) = extra {
        for (k, v) in extra.borrow().items() {
            let key = crate::value::text::str_of(&k)?.to_string();
            if key == "message" || key == "asctime" || crate::value::attr::hasattr(&record, &key)? {
                return Err(PyErr::new("KeyError", format!("\"Attempt to overwrite '{}' in LogRecord\"", key)));
            }
            setattr(&record, &key, v)?;
        }
    }
    if !truthy(&getattr(logger, "disabled")?)? {
        call_handlers(logger, &record, level)?;
    }
    Ok(())
}

fn call_handlers(logger: &Value, record: &Value, level: i64) -> PyResult<()> {
    let mut found = 0;
    let mut cur = logger.clone();
    loop {
        let handlers = crate::value::iterate::collect(&getattr(&cur, "handlers")?)?;
        for h in handlers {
            found += 1;
            if level >= int_attr(&h, "level")? {
                call_method(&h, "handle", vec![record.clone()], vec![])?;
            }
        }
        if !truthy(&getattr(&cur, "propagate")?)? {
            break;
        }
        match getattr(&cur, "parent")? {
            Value::None => break,
            p => cur = p,
        }
    }
    if found == 0 && level >= 30 {
        // The last resort: the bare message on sys.stderr.
        let text = crate::value::text::str_of(&call_method(record, "getMessage", vec![], vec![])?)?;
        let stderr = getattr(&super::import_module("sys")?, "stderr")?;
        call_method(&stderr, "write", vec![Value::str(&format!("{}\n", text.as_str()))], vec![])?;
    }
    Ok(())
}

/// A logging method: `logger.info(msg, *args, **kwargs)` and its siblings.
fn level_method(name: &'static str, level: i64, exc: bool) -> (&'static str, Value) {
    method_kw(name, move |this, args, mut kwargs| {
        if exc && !kwargs.iter().any(|(k, _)| k.as_str() == "exc_info") {
            kwargs.push((crate::str::Str::from("exc_info"), Value::TRUE));
        }
        if enabled_for(this, level)? {
            log(this, level, args, kwargs)?;
        }
        Ok(Value::None)
    })
}

fn logger_class() -> Rc<Class> {
    runtime_class("logging", "Logger", vec![], || {
        vec![
            method("setLevel", |this, args, _| {
                super::args::arity("setLevel", &args, 1, 1)?;
                setattr(this, "level", Value::int(check_level(&args[0])?))?;
                Ok(Value::None)
            }),
            method("getEffectiveLevel", |this, _, _| Ok(Value::int(effective_level(this)?))),
            method("isEnabledFor", |this, args, _| {
                super::args::arity("isEnabledFor", &args, 1, 1)?;
                Ok(Value::Bool(enabled_for(this, super::args::to_i64(&args[0])?)?))
            }),
            level_method("debug", 10, false),
            level_method("info", 20, false),
            level_method("warning", 30, false),
            level_method("warn", 30, false),
            level_method("error", 40, false),
            level_method("exception", 40, true),
            level_method("critical", 50, false),
            level_method("fatal", 50, false),
            method_kw("log", |this, mut args, kwargs| {
                if args.is_empty() {
                    return Err(PyErr::type_error("Logger.log() missing 2 required positional arguments: 'level' and 'msg'"));
                }
                let level = args.remove(0);
                if !matches!(level, Value::Int(_)) {
                    return Err(PyErr::type_error("level must be an integer"));
                }
                let level = super::args::to_i64(&level)?;
                if enabled_for(this, level)? {
                    log(this, level, args, kwargs)?;
                }
                Ok(Value::None)
            }),
            method("addHandler", |this, args, _| {
                super::args::arity("addHandler", &args, 1, 1)?;
                let handlers = getattr(this, "handlers")?;
                if !crate::value::compare::contains(&handlers, &args[0])? {
                    call_method(&handlers, "append", vec![args[0].clone()], vec![])?;
                }
                Ok(Value::None)
            }),
            method("removeHandler", |this, args, _| {
                super::args::arity("removeHandler", &args, 1, 1)?;
                let handlers = getattr(this, "handlers")?;
                if crate::value::compare::contains(&handlers, &args[0])? {
                    call_method(&handlers, "remove", vec![args[0].clone()], vec![])?;
                }
                Ok(Value::None)
            }),
            method("hasHandlers", |this, _, _| {
                let mut cur = this.clone();
                loop {
                    if crate::value::ops::len_of(&getattr(&cur, "handlers")?)? > 0 {
                        return Ok(Value::TRUE);
                    }
                    if !truthy(&getattr(&cur, "propagate")?)? {
                        return Ok(Value::FALSE);
                    }
                    match getattr(&cur, "parent")? {
                        Value::None => return Ok(Value::FALSE),
                        p => cur = p,
                    }
                }
            }),
            method("getChild", |this, args, _| {
                super::args::arity("getChild", &args, 1, 1)?;
                let suffix = crate::value::text::str_of(&args[0])?.to_string();
                let name = if crate::value::compare::is(this, &root()) {
                    suffix
                } else {
                    format!("{}.{}", crate::value::text::str_of(&getattr(this, "name")?)?.as_str(), suffix)
                };
                get_logger(Some(&Value::str(&name)))
            }),
            method("__repr__", |this, _, _| {
                let cls = crate::value::class::type_of(this).name.to_string();
                let level = get_level_name(&Value::int(effective_level(this)?))?;
                Ok(Value::str(&format!(
                    "<{} {} ({})>",
                    cls,
                    crate::value::text::str_of(&getattr(this, "name")?)?.as_str(),
                    crate::value::text::str_of(&level)?.as_str()
                )))
            }),
        ]
    })
}

fn root_logger_class() -> Rc<Class> {
    runtime_class("logging", "RootLogger", vec![logger_class()], Vec::new)
}

/// `basicConfig(**kwargs)`: configures the root logger once (again with `force=True`).
fn basic_config(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    super::args::arity("basicConfig", &args, 0, 0)?;
    let root = root();
    let force = take_kw(&mut kwargs, "force").map_or(Ok(false), |v| truthy(&v))?;
    take_kw(&mut kwargs, "encoding");
    take_kw(&mut kwargs, "errors");
    let handlers_attr = getattr(&root, "handlers")?;
    if force {
        for h in crate::value::iterate::collect(&handlers_attr)? {
            call_method(&root, "removeHandler", vec![h.clone()], vec![])?;
            call_method(&h, "close", vec![], vec![])?;
        }
    }
    if crate::value::ops::len_of(&handlers_attr)? > 0 {
        return Ok(Value::None);
    }
    let handlers = take_kw(&mut kwargs, "handlers").filter(|h| !matches!(h, Value::None));
    let has = |k: &str| kwargs.iter().any(|(n, _)| n.as_str() == k);
    if handlers.is_none() && has("stream") && has("filename") {
        return Err(PyErr::value_error("'stream' and 'filename' should not be specified together"));
    }
    if handlers.is_some() && (has("stream") || has("filename")) {
        return Err(PyErr::value_error("'stream' or 'filename' should not be specified together with 'handlers'"));
    }
    let handlers = match handlers {
        Some(h) => crate::value::iterate::collect(&h)?,
        None => {
            if take_kw(&mut kwargs, "filename").map_or(false, |f| !matches!(f, Value::None)) {
                return Err(PyErr::untranslatable("logging to a file (basicConfig(filename=...))"));
            }
            take_kw(&mut kwargs, "filemode");
            let stream = take_kw(&mut kwargs, "stream").unwrap_or(Value::None);
            vec![crate::value::func::call(&Value::Class(stream_handler_class()), vec![stream], vec![])?]
        }
    };
    let datefmt = take_kw(&mut kwargs, "datefmt").unwrap_or(Value::None);
    let style = take_kw(&mut kwargs, "style").unwrap_or(Value::str("%"));
    let default = match crate::value::text::str_of(&style)?.as_str() {
        "%" => "%(levelname)s:%(name)s:%(message)s",
        "{" => "{levelname}:{name}:{message}",
        "$" => "${levelname}:${name}:${message}",
        _ => return Err(PyErr::value_error("Style must be one of: %,{,$")),
    };
    let fs = take_kw(&mut kwargs, "format").unwrap_or(Value::str(default));
    let fmt = crate::value::func::call(&Value::Class(formatter_class()), vec![fs, datefmt, style], vec![])?;
    for h in handlers {
        if matches!(getattr(&h, "formatter")?, Value::None) {
            call_method(&h, "setFormatter", vec![fmt.clone()], vec![])?;
        }
        call_method(&root, "addHandler", vec![h], vec![])?;
    }
    if let Some(level) = take_kw(&mut kwargs, "level").filter(|l| !matches!(l, Value::None)) {
        call_method(&root, "setLevel", vec![level], vec![])?;
    }
    if !kwargs.is_empty() {
        let keys: Vec<String> = kwargs.iter().map(|(k, _)| k.to_string()).collect();
        return Err(PyErr::value_error(format!("Unrecognised argument(s): {}", keys.join(", "))));
    }
    Ok(Value::None)
}

/// `logging.info(...)` and siblings: the root logger, configured first if it has no handler.
fn module_level(name: &'static str, level: Option<i64>, exc: bool) -> (&'static str, Value) {
    (
        name,
        Value::builtin(name, move |mut args, mut kwargs| {
            let root = root();
            if crate::value::ops::len_of(&getattr(&root, "handlers")?)? == 0 {
                basic_config(vec![], vec![])?;
            }
            let level = match level {
                Some(l) => l,
                None => {
                    if args.is_empty() {
                        return Err(PyErr::type_error("log() missing 2 required positional arguments: 'level' and 'msg'"));
                    }
                    let l = args.remove(0);
                    if !matches!(l, Value::Int(_)) {
                        return Err(PyErr::type_error("level must be an integer"));
                    }
                    super::args::to_i64(&l)?
                }
            };
            if exc && !kwargs.iter().any(|(k, _)| k.as_str() == "exc_info") {
                kwargs.push((crate::str::Str::from("exc_info"), Value::TRUE));
            }
            if enabled_for(&root, level)? {
                log(&root, level, args, kwargs)?;
            }
            Ok(Value::None)
        }),
    )
}

pub use super::logging_fmt::{handler_class, null_handler_class, stream_handler_class};

pub fn build() -> Module {
    let mut attrs: Vec<(&str, Value)> = LEVELS.iter().map(|(n, l)| (*n, Value::int(*l))).collect();
    attrs.extend(vec![
        ("Logger", Value::Class(logger_class())),
        ("RootLogger", Value::Class(root_logger_class())),
        ("Handler", Value::Class(handler_class())),
        ("StreamHandler", Value::Class(stream_handler_class())),
        ("NullHandler", Value::Class(null_handler_class())),
        ("Formatter", Value::Class(formatter_class())),
        ("LogRecord", Value::Class(super::logging_fmt::record_class())),
        ("root", root()),
        ("BASIC_FORMAT", Value::str("%(levelname)s:%(name)s:%(message)s")),
        ("raiseExceptions", Value::TRUE),
        (
            "getLogger",
            Value::builtin("getLogger", |args, kwargs| {
                super::args::no_more_kwargs("getLogger", &kwargs)?;
                super::args::arity("getLogger", &args, 0, 1)?;
                get_logger(args.first())
            }),
        ),
        (
            "getLevelName",
            Value::builtin("getLevelName", |args, kwargs| {
                super::args::no_more_kwargs("getLevelName", &kwargs)?;
                super::args::arity("getLevelName", &args, 1, 1)?;
                get_level_name(&args[0])
            }),
        ),
        (
            "disable",
            Value::builtin("disable", |args, kwargs| {
                super::args::no_more_kwargs("disable", &kwargs)?;
                super::args::arity("disable", &args, 0, 1)?;
                let level = match args.first() {
                    Some(l) => check_level(l)?,
                    None => 50,
                };
                DISABLE.with(|d| d.set(level));
                Ok(Value::None)
            }),
        ),
        ("basicConfig", Value::builtin("basicConfig", basic_config)),
        ("shutdown", Value::builtin("shutdown", |_, _| Ok(Value::None))),
        ("captureWarnings", Value::builtin("captureWarnings", |_, _| Ok(Value::None))),
        module_level("debug", Some(10), false),
        module_level("info", Some(20), false),
        module_level("warning", Some(30), false),
        module_level("warn", Some(30), false),
        module_level("error", Some(40), false),
        module_level("exception", Some(40), true),
        module_level("critical", Some(50), false),
        module_level("fatal", Some(50), false),
        module_level("log", None, false),
    ]);
    module("logging", attrs)
}
