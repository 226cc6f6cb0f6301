//! `logging`'s records, formatters and handlers (CPython 3.12's `LogRecord`, `Formatter`
//! with the `%` and `{` styles, `Handler`, `StreamHandler`, `NullHandler`). A record's
//! attributes are CPython's; the ones a translation cannot know (the caller's line, function
//! and full path, a live traceback) stop the program when they would reach any stream but
//! stderr, where a test sees them.

use super::args::take_kw;
use super::objs::{instance, method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::func::call_method;
use crate::value::ops::truthy;
use crate::value::text::str_of;
use crate::value::{Class, Value};
use std::rc::Rc;

/// Fields of a record whose values only CPython's frames know.
const UNKNOWABLE: &[&str] = &["lineno", "funcName", "pathname", "stack_info"];

const TRACEBACK_NOTE: &str = "Traceback (most recent call last):\n  (frames are not available in a translated program)";

pub fn record_class() -> Rc<Class> {
    runtime_class("logging", "LogRecord", vec![], || {
        vec![method("getMessage", |this, _, _| {
            let msg = str_of(&getattr(this, "msg")?)?;
            let args = getattr(this, "args")?;
            let has_args = match &args {
                Value::None => false,
                a => truthy(a)?,
            };
            if has_args {
                return crate::value::ops::modulo(&Value::Str(msg), &args);
            }
            Ok(Value::Str(msg))
        })]
    })
}

fn script_name() -> String {
    super::import_module("sys")
        .and_then(|s| getattr(&s, "argv"))
        .and_then(|a| crate::value::iterate::collect(&a))
        .ok()
        .and_then(|a| a.first().and_then(|v| str_of(v).ok()).map(|s| s.to_string()))
        .unwrap_or_default()
}

/// `LogRecord(name, level, ...)` as `Logger.makeRecord` builds it.
pub fn make_record(name: &Value, level: i64, msg: Value, args: Vec<Value>, exc_info: bool) -> PyResult<Value> {
    // A single non-empty mapping argument is the mapping for `%(key)s` formatting.
    let args = if args.len() == 1 && matches!(&args[0], Value::Dict(d) if d.borrow().len() > 0) {
        args[0].clone()
    } else {
        Value::tuple(args)
    };
    let levelname = match level {
        50 => "CRITICAL".to_string(),
        40 => "ERROR".to_string(),
        30 => "WARNING".to_string(),
        20 => "INFO".to_string(),
        10 => "DEBUG".to_string(),
        0 => "NOTSET".to_string(),
        l => format!("Level {}", l),
    };
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    let pathname = script_name();
    let site = super::logging_site::current();
    let filename = match &site {
        Some(s) => s.file.clone(),
        None => pathname.clone(),
    };
    let module = filename.strip_suffix(".py").unwrap_or(&filename).to_string();
    let (lineno, func) = match &site {
        Some(s) => (s.line, s.func.clone()),
        None => (0, "<module>".to_string()),
    };
    Ok(instance(
        &record_class(),
        vec![
            ("name", name.clone()),
            ("msg", msg),
            ("args", args),
            ("levelname", Value::str(&levelname)),
            ("levelno", Value::int(level)),
            ("pathname", Value::str(&pathname)),
            ("filename", Value::str(&filename)),
            ("module", Value::str(&module)),
            ("exc_info", if exc_info { Value::TRUE } else { Value::None }),
            ("exc_text", Value::None),
            ("stack_info", Value::None),
            ("lineno", Value::int(lineno)),
            ("funcName", Value::str(&func)),
            ("__site__", Value::Bool(site.is_some())),
            ("created", Value::Float(created)),
            ("msecs", Value::Float(((created * 1000.0) as i64 % 1000) as f64)),
            ("relativeCreated", Value::Float(0.0)),
            ("thread", Value::int(1)),
            ("threadName", Value::str("MainThread")),
            ("processName", Value::str("MainProcess")),
            ("process", Value::int(1)),
            ("taskName", Value::None),
        ],
    ))
}

fn style_of(fmt: &Value) -> PyResult<String> {
    Ok(str_of(&getattr(fmt, "_style")?)?.to_string())
}

fn fmt_of(fmt: &Value) -> PyResult<String> {
    Ok(str_of(&getattr(fmt, "_fmt")?)?.to_string())
}

fn uses_field(fmt: &str, style: &str, field: &str) -> bool {
    match style {
        "{" => fmt.contains(&format!("{{{}", field)),
        "$" => fmt.contains(&format!("${}", field)) || fmt.contains(&format!("${{{}}}", field)),
        _ => fmt.contains(&format!("%({})", field)),
    }
}

pub fn formatter_class() -> Rc<Class> {
    runtime_class("logging", "Formatter", vec![], || {
        vec![
            method_kw("__init__", |this, args, mut kwargs| {
                let mut args = args.into_iter();
                let fmt = args.next().or_else(|| take_kw(&mut kwargs, "fmt")).unwrap_or(Value::None);
                let datefmt = args.next().or_else(|| take_kw(&mut kwargs, "datefmt")).unwrap_or(Value::None);
                let style = args.next().or_else(|| take_kw(&mut kwargs, "style")).unwrap_or(Value::str("%"));
                let _validate = args.next().or_else(|| take_kw(&mut kwargs, "validate"));
                take_kw(&mut kwargs, "defaults");
                super::args::no_more_kwargs("Formatter", &kwargs)?;
                let style_s = str_of(&style)?.to_string();
                let default = match style_s.as_str() {
                    "%" => "%(message)s",
                    "{" => "{message}",
                    "$" => "${message}",
                    _ => return Err(PyErr::value_error("Style must be one of: %,{,$")),
                };
                let fmt = if matches!(fmt, Value::None) { Value::str(default) } else { fmt };
                setattr(this, "_fmt", fmt)?;
                setattr(this, "datefmt", datefmt)?;
                setattr(this, "_style", style)?;
                Ok(Value::None)
            }),
            method("usesTime", |this, _, _| Ok(Value::Bool(uses_field(&fmt_of(this)?, &style_of(this)?, "asctime")))),
            method("formatTime", |this, args, _| {
                super::args::arity("formatTime", &args, 1, 2)?;
                let _ = this;
                let record = &args[0];
                let datefmt = args.get(1).cloned().unwrap_or(Value::None);
                let datetime = getattr(&super::import_module("datetime")?, "datetime")?;
                let dt = call_method(&datetime, "fromtimestamp", vec![getattr(record, "created")?], vec![])?;
                if !matches!(datefmt, Value::None) {
                    return call_method(&dt, "strftime", vec![datefmt], vec![]);
                }
                let s = call_method(&dt, "strftime", vec![Value::str("%Y-%m-%d %H:%M:%S")], vec![])?;
                let msecs = super::args::to_f64(&getattr(record, "msecs")?)? as i64;
                Ok(Value::str(&format!("{},{:03}", str_of(&s)?.as_str(), msecs)))
            }),
            method("formatMessage", |this, args, _| {
                super::args::arity("formatMessage", &args, 1, 1)?;
                let values = match &args[0] {
                    Value::Instance(i) => Value::Dict(i.dict.clone()),
                    _ => return Err(PyErr::type_error("formatMessage() needs a LogRecord")),
                };
                match style_of(this)?.as_str() {
                    "{" => {
                        let kwargs = super::objs::dict_to_kwargs(Some(values));
                        call_method(&getattr(this, "_fmt")?, "format", vec![], kwargs)
                    }
                    "$" => Err(PyErr::untranslatable("logging.Formatter(style='$')")),
                    _ => crate::value::ops::modulo(&getattr(this, "_fmt")?, &values).map_err(|e| {
                        if e.is_instance("KeyError") {
                            PyErr::value_error(format!("Formatting field not found in record: {}", e.message))
                        } else {
                            e
                        }
                    }),
                }
            }),
            method("formatException", |_, _, _| Ok(Value::str(TRACEBACK_NOTE))),
            method("format", |this, args, _| {
                super::args::arity("format", &args, 1, 1)?;
                let record = &args[0];
                setattr(record, "message", call_method(record, "getMessage", vec![], vec![])?)?;
                if truthy(&call_method(this, "usesTime", vec![], vec![])?)? {
                    let t = call_method(this, "formatTime", vec![record.clone(), getattr(this, "datefmt")?], vec![])?;
                    setattr(record, "asctime", t)?;
                }
                let mut s = str_of(&call_method(this, "formatMessage", vec![record.clone()], vec![])?)?.to_string();
                if truthy(&getattr(record, "exc_info")?)? {
                    if !s.ends_with('\n') {
                        s.push('\n');
                    }
                    s.push_str(str_of(&call_method(this, "formatException", vec![Value::None], vec![])?)?.as_str());
                }
                Ok(Value::str(&s))
            }),
        ]
    })
}

fn default_formatter() -> PyResult<Value> {
    crate::value::func::call(&Value::Class(formatter_class()), vec![], vec![])
}

pub fn handler_class() -> Rc<Class> {
    runtime_class("logging", "Handler", vec![], || {
        vec![
            method_kw("__init__", |this, args, mut kwargs| {
                let level = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "level")).unwrap_or(Value::int(0));
                setattr(this, "level", Value::int(super::logging::check_level(&level)?))?;
                setattr(this, "formatter", Value::None)?;
                setattr(this, "filters", Value::list(vec![]))?;
                Ok(Value::None)
            }),
            method("setLevel", |this, args, _| {
                super::args::arity("setLevel", &args, 1, 1)?;
                setattr(this, "level", Value::int(super::logging::check_level(&args[0])?))?;
                Ok(Value::None)
            }),
            method("setFormatter", |this, args, _| {
                super::args::arity("setFormatter", &args, 1, 1)?;
                setattr(this, "formatter", args[0].clone())?;
                Ok(Value::None)
            }),
            method("addFilter", |this, args, _| {
                super::args::arity("addFilter", &args, 1, 1)?;
                call_method(&getattr(this, "filters")?, "append", vec![args[0].clone()], vec![])
            }),
            method("filter", |this, args, _| {
                super::args::arity("filter", &args, 1, 1)?;
                for f in crate::value::iterate::collect(&getattr(this, "filters")?)? {
                    let ok = if crate::value::attr::hasattr(&f, "filter")? {
                        call_method(&f, "filter", vec![args[0].clone()], vec![])?
                    } else {
                        crate::value::func::call(&f, vec![args[0].clone()], vec![])?
                    };
                    if !truthy(&ok)? {
                        return Ok(Value::FALSE);
                    }
                }
                Ok(Value::TRUE)
            }),
            method("format", |this, args, _| {
                super::args::arity("format", &args, 1, 1)?;
                let fmt = match getattr(this, "formatter")? {
                    Value::None => default_formatter()?,
                    f => f,
                };
                call_method(&fmt, "format", vec![args[0].clone()], vec![])
            }),
            method("handle", |this, args, _| {
                super::args::arity("handle", &args, 1, 1)?;
                let ok = call_method(this, "filter", vec![args[0].clone()], vec![])?;
                if truthy(&ok)? {
                    call_method(this, "emit", vec![args[0].clone()], vec![])?;
                }
                Ok(ok)
            }),
            method("emit", |_, _, _| Err(PyErr::new("NotImplementedError", "emit must be implemented by Handler subclasses"))),
            method("flush", |_, _, _| Ok(Value::None)),
            method("close", |_, _, _| Ok(Value::None)),
            method("acquire", |_, _, _| Ok(Value::None)),
            method("release", |_, _, _| Ok(Value::None)),
        ]
    })
}

/// Stops the program when a record would show what only CPython's frames know on a stream a
/// test compares (anything but stderr).
fn check_knowable(handler: &Value, stream: &Value, record: &Value) -> PyResult<()> {
    if super::sys::is_original(stream, 2) {
        return Ok(());
    }
    if truthy(&getattr(record, "exc_info")?)? {
        return Err(PyErr::untranslatable("a logged traceback (exc_info) written to a stream other than stderr"));
    }
    if let Value::Instance(_) = getattr(handler, "formatter")? {
        let f = getattr(handler, "formatter")?;
        if let (Ok(fmt), Ok(style)) = (fmt_of(&f), style_of(&f)) {
            // The record names the main script as its file and module: in a program of several
            // modules the logging call may be in another one.
            // With the caller known (logging_site.rs) only the full path stays unknown.
            let known = truthy(&getattr(record, "__site__").unwrap_or(Value::FALSE))?;
            let several: &[&str] = if super::local::has_modules() && !known { &["module", "filename"] } else { &[] };
            let unknowable: &[&str] = if known { &["pathname", "stack_info"] } else { UNKNOWABLE };
            if let Some(field) = unknowable.iter().chain(several).find(|field| uses_field(&fmt, &style, field)) {
                return Err(PyErr::untranslatable(&format!("the log record field `{}` written to a stream other than stderr", field)));
            }
        }
    }
    Ok(())
}

pub fn stream_handler_class() -> Rc<Class> {
    runtime_class("logging", "StreamHandler", vec![handler_class()], || {
        vec![
            ("terminator", Value::str("\n")),
            method_kw("__init__", |this, args, mut kwargs| {
                let stream = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "stream")).unwrap_or(Value::None);
                super::args::no_more_kwargs("StreamHandler", &kwargs)?;
                let init = crate::value::class::lookup(&handler_class(), "__init__").unwrap_or(Value::None);
                crate::value::func::call(&init, vec![this.clone()], vec![])?;
                let stream = match stream {
                    Value::None => getattr(&super::import_module("sys")?, "stderr")?,
                    s => s,
                };
                setattr(this, "stream", stream)?;
                Ok(Value::None)
            }),
            method("emit", |this, args, _| {
                super::args::arity("emit", &args, 1, 1)?;
                let stream = getattr(this, "stream")?;
                check_knowable(this, &stream, &args[0])?;
                let msg = match call_method(this, "format", vec![args[0].clone()], vec![]) {
                    Ok(m) => m,
                    Err(e) if e.is_uncatchable() || e.is_instance("NotImplementedError") => return Err(e),
                    Err(e) => {
                        // `Handler.handleError`: report on stderr and go on, as CPython does.
                        let stderr = getattr(&super::import_module("sys")?, "stderr")?;
                        let text = format!("--- Logging error ---\n{}: {}\n", e.type_name, e.message);
                        call_method(&stderr, "write", vec![Value::str(&text)], vec![])?;
                        return Ok(Value::None);
                    }
                };
                let term = getattr(this, "terminator")?;
                call_method(&stream, "write", vec![crate::value::ops::add(&msg, &term)?], vec![])?;
                if crate::value::attr::hasattr(&stream, "flush")? {
                    call_method(&stream, "flush", vec![], vec![])?;
                }
                Ok(Value::None)
            }),
            method("setStream", |this, args, _| {
                super::args::arity("setStream", &args, 1, 1)?;
                let old = getattr(this, "stream")?;
                if crate::value::compare::is(&old, &args[0]) {
                    return Ok(Value::None);
                }
                setattr(this, "stream", args[0].clone())?;
                Ok(old)
            }),
        ]
    })
}

pub fn null_handler_class() -> Rc<Class> {
    runtime_class("logging", "NullHandler", vec![handler_class()], || {
        vec![
            method("handle", |_, _, _| Ok(Value::None)),
            method("emit", |_, _, _| Ok(Value::None)),
        ]
    })
}
