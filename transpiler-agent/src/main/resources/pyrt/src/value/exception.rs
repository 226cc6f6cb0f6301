//! Exceptions as Python objects: the built-in exception classes with CPython's hierarchy,
//! user subclasses, `raise`, `raise … from`, `except` matching and `as e`. A [`PyErr`]
//! raised inside the runtime (`PyErr::new("ValueError", msg)`) is matched by class name
//! and given an exception object (`args == (msg,)`) when a handler binds it.
//! Owner: runtime-objects.

use crate::exc::{PyErr, PyResult, EXCEPTION_HIERARCHY};
use crate::value::class::{cached_class, call_dunder, is_instance, is_subclass, lookup, new_class, new_instance};
use crate::value::{BuiltinType, Class, Kwargs, Value};
use std::rc::Rc;

/// `raise exc`: `exc` is an exception class (instantiated with no arguments) or instance;
/// anything else is `TypeError: exceptions must derive from BaseException`.
pub fn raise(exc: Value) -> PyErr {
    match &exc {
        Value::Class(c) if is_exception_class(c) => match crate::value::func::call(&exc, vec![], vec![]) {
            Ok(v @ Value::Instance(_)) => error_of(v),
            Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        },
        Value::Instance(i) if is_exception_class(&i.class) => error_of(exc),
        _ => PyErr::type_error("exceptions must derive from BaseException"),
    }
}

/// The `PyErr` that carries exception object `v`: its class name as a traceback shows it
/// (`module.Name` outside `__main__` and `builtins`) and `str(v)`.
pub fn error_of(v: Value) -> PyErr {
    let cls = crate::value::class::type_of(&v);
    let message = match call_dunder(&v, "__str__", vec![]) {
        Ok(Some(Value::Str(s))) => s.to_string(),
        _ => "<exception str() failed>".to_string(),
    };
    PyErr::with_instance(display_name(&cls), message, Rc::new(v))
}

/// A class's name as the last line of a traceback shows it: from its `__module__` as it is
/// now, since a module may reassign it (asyncio's `CancelledError` shows as
/// `asyncio.exceptions.CancelledError`).
pub fn display_name(cls: &Class) -> String {
    let module = match cls.dict.borrow().get_str("__module__") {
        Some(Value::Str(m)) => m.to_string(),
        _ => cls.module.to_string(),
    };
    match module.as_str() {
        "__main__" | "builtins" => cls.qualname.to_string(),
        m => format!("{}.{}", m, cls.qualname),
    }
}

/// An error of the built-in exception class `name` whose `args` are `args` (for example
/// `KeyError` with the missing key itself, so that `e.args[0]` is the key).
pub fn error_with_args(name: &str, args: Vec<Value>) -> PyErr {
    let cls = exception_class(name).unwrap_or_else(|| fallback_class(name));
    error_of(exception_instance(&cls, args))
}

/// An error raised while `handled` is being handled (a `raise` statement, or any error that
/// leaves an `except` block): `handled` becomes its `__context__`, unless it is that very
/// exception or a context is already set. An error the runtime raised without an object yet
/// gets one here, since its context is an attribute of that object.
pub fn with_context(err: PyErr, handled: &PyErr) -> PyErr {
    if err.is_uncatchable() || same_error(&err, handled) {
        return err;
    }
    let err = with_instance(err);
    if let Some(Value::Instance(raised)) = err.instance() {
        let context = err_value(handled);
        if let Value::Instance(c) = &context {
            if Rc::ptr_eq(raised, c) {
                return err;
            }
        }
        let unset = matches!(raised.dict.borrow().get_str("__context__"), None | Some(Value::None));
        if unset {
            raised.dict.borrow_mut().set_str("__context__", context);
        }
    }
    err
}

/// Whether two errors are one exception. Errors without objects cannot be told apart by
/// identity; a re-raise (`except KeyError: raise`) passes on the same type and message.
fn same_error(a: &PyErr, b: &PyErr) -> bool {
    match (a.instance(), b.instance()) {
        (Some(Value::Instance(x)), Some(Value::Instance(y))) => Rc::ptr_eq(x, y),
        (None, None) => a.type_name == b.type_name && a.message == b.message,
        _ => false,
    }
}

/// `err` carrying its exception object (made from its type and message when it has none),
/// with its type name, message and hint unchanged.
fn with_instance(err: PyErr) -> PyErr {
    if err.instance().is_some() {
        return err;
    }
    let v = err_value(&err);
    let mut made = PyErr::with_instance(err.type_name.clone(), err.message.clone(), Rc::new(v));
    made.hint = err.hint;
    made
}

/// An error that leaves a `finally` block: when an exception was passing through the
/// block (`outcome` is that error), it becomes the new error's `__context__`.
pub fn finally_context(err: PyErr, outcome: &PyResult<crate::value::Flow>) -> PyErr {
    match outcome {
        Err(passing) => with_context(err, passing),
        Ok(_) => err,
    }
}

/// The error an `except … as name` block caught, carrying the object bound to `name` (the
/// same object, so that `raise name` is a re-raise and not a new exception with a context).
pub fn caught_as(err: PyErr, bound: &Value) -> PyErr {
    if err.instance().is_some() || err.is_uncatchable() {
        return err;
    }
    let mut made = PyErr::with_instance(err.type_name.clone(), err.message.clone(), Rc::new(bound.clone()));
    made.hint = err.hint;
    made
}

/// `raise exc from cause` (`cause` may be `None`).
pub fn raise_from(exc: Value, cause: Value) -> PyErr {
    let err = raise(exc);
    match (err.instance(), &cause) {
        (Some(Value::Instance(i)), Value::None) => {
            i.dict.borrow_mut().set_str("__cause__", Value::None);
            i.dict.borrow_mut().set_str("__suppress_context__", Value::TRUE);
        }
        (Some(Value::Instance(i)), _) => {
            let cause = match &cause {
                Value::Class(c) if is_exception_class(c) => match crate::value::func::call(&cause, vec![], vec![]) {
                    Ok(v) => v,
                    Err(e) => return e,
                },
                Value::Instance(c) if is_exception_class(&c.class) => cause.clone(),
                _ => return PyErr::type_error("exception causes must derive from BaseException"),
            };
            i.dict.borrow_mut().set_str("__cause__", cause);
            i.dict.borrow_mut().set_str("__suppress_context__", Value::TRUE);
        }
        _ => {}
    }
    err
}

/// `except class_or_tuple:` matches `err`.
pub fn err_matches(err: &PyErr, class_or_tuple: &Value) -> PyResult<bool> {
    match class_or_tuple {
        Value::Tuple(items) => {
            for item in items.iter() {
                if err_matches(err, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(cls) if is_exception_class(cls) => {
            if err.is_uncatchable() {
                return Ok(false);
            }
            match err.instance() {
                Some(v) => Ok(is_instance(v, cls)),
                None => Ok(match exception_class(&err.type_name) {
                    Some(own) => is_subclass(&own, cls),
                    // A class only the runtime names (`json.JSONDecodeError`): by name, below Exception.
                    None => {
                        display_name(cls) == err.type_name
                            || ["Exception", "BaseException"].contains(&cls.name.as_str()) && cls.builtin.is_some()
                    }
                }),
            }
        }
        _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// `except … as e`: the exception object.
pub fn err_value(err: &PyErr) -> Value {
    if let Some(v) = err.instance() {
        return v.clone();
    }
    let cls = exception_class(&err.type_name).unwrap_or_else(|| fallback_class(&err.type_name));
    let args = if err.message.is_empty() {
        vec![]
    } else if err.type_name == "KeyError" {
        vec![unrepr_key(&err.message)]
    } else {
        vec![Value::str(&err.message)]
    };
    exception_instance(&cls, args)
}

/// A `KeyError` message is the key's repr; gives the key back for the common cases (int
/// and plain str keys).
fn unrepr_key(message: &str) -> Value {
    if let Some(i) = crate::int::Int::parse(message, 10).ok() {
        return Value::Int(i);
    }
    let bytes = message.as_bytes();
    if bytes.len() >= 2 && (bytes[0] == b'\'' || bytes[0] == b'"') && bytes[bytes.len() - 1] == bytes[0] {
        let inner = &message[1..message.len() - 1];
        if !inner.contains('\\') {
            return Value::str(inner);
        }
    }
    Value::str(message)
}

fn fallback_class(qualified: &str) -> Rc<Class> {
    cached_class(&format!("exception:{}", qualified), || {
        let (module, name) = match qualified.rfind('.') {
            Some(p) => (&qualified[..p], &qualified[p + 1..]),
            None => ("builtins", qualified),
        };
        let base = exception_class("Exception").expect("Exception exists");
        new_class(name, name, module, vec![base], None).expect("single base")
    })
}

/// `assert cond, msg`: the `AssertionError` to raise (`msg` absent for a bare assert).
pub fn assertion_error(msg: Option<Value>) -> PyResult<PyErr> {
    let cls = exception_class("AssertionError").expect("AssertionError exists");
    let args = match msg {
        Some(m) => vec![m],
        None => vec![],
    };
    let v = exception_instance(&cls, args);
    let err = error_of(v);
    Ok(err)
}

/// The class of a built-in exception by name (`ValueError`), if there is one.
pub fn exception_class(name: &str) -> Option<Rc<Class>> {
    let name = match name {
        "IOError" | "EnvironmentError" => "OSError",
        n => n,
    };
    let (name, base) = *EXCEPTION_HIERARCHY.iter().find(|(n, _)| *n == name)?;
    Some(cached_class(&format!("exception:{}", name), || {
        let mut bases = if base.is_empty() {
            vec![crate::value::class::builtin_class(BuiltinType::Object)]
        } else {
            vec![exception_class(base).expect("the hierarchy names known bases")]
        };
        if name == "ExceptionGroup" {
            bases.push(exception_class("Exception").expect("Exception exists"));
        }
        let cls = new_class(name, name, "builtins", bases, Some(BuiltinType::Exception))
            .expect("single inheritance is consistent");
        if name == "BaseException" {
            base_exception_methods(&cls);
        } else if name == "KeyError" {
            cls.dict.borrow_mut().set_str("__str__", Value::runtime_method("KeyError.__str__", |args, _| {
                match exception_args(&args[0]).as_slice() {
                    [one] => Ok(Value::Str(crate::value::text::repr_of(one)?)),
                    _ => base_str(&args[0]),
                }
            }));
        }
        if name == "BaseExceptionGroup" {
            crate::value::exception_group::install(&cls);
        }
        if name == "UnicodeDecodeError" || name == "UnicodeEncodeError" {
            crate::value::unicode_error::install(&cls, name == "UnicodeDecodeError");
        }
        if name == "OSError" {
            cls.dict.borrow_mut().set_str("__str__", Value::runtime_method("OSError.__str__", |args, _| {
                os_error_str(&args[0])
            }));
        }
        cls
    }))
}

/// `OSError.__str__`: `[Errno 2] No such file: 'name'` once it has an errno and a strerror.
fn os_error_str(exc: &Value) -> PyResult<Value> {
    use crate::value::text::{repr_of, str_of};
    let mut args = exception_args(exc);
    if args.len() < 2 || args.len() > 5 {
        return base_str(exc);
    }
    // The runtime's own errors keep `args` as CPython does, `(errno, strerror)`, with the
    // file names as attributes.
    if args.len() == 2 {
        if let Value::Instance(i) = exc {
            let d = i.dict.borrow();
            if let Some(f) = d.get_str("filename") {
                args.push(f);
                args.push(Value::None);
                args.push(d.get_str("filename2").unwrap_or(Value::None));
            }
        }
    }
    let head = format!("[Errno {}] {}", str_of(&args[0])?, str_of(&args[1])?);
    let text = match args.len() {
        5 if !matches!(args[4], Value::None) => {
            format!("{}: {} -> {}", head, repr_of(&args[2])?, repr_of(&args[4])?)
        }
        3..=5 if !matches!(args[2], Value::None) => format!("{}: {}", head, repr_of(&args[2])?),
        _ => head,
    };
    Ok(Value::str(&text))
}

fn base_exception_methods(cls: &Rc<Class>) {
    let mut d = cls.dict.borrow_mut();
    d.set_str("__init__", Value::runtime_method("BaseException.__init__", |args, kwargs| {
        if let Some(Value::Instance(i)) = args.first() {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error(format!("{}() takes no keyword arguments", i.class.name)));
            }
            i.dict.borrow_mut().set_str("args", Value::tuple(args[1..].to_vec()));
        }
        Ok(Value::None)
    }));
    d.set_str("__str__", Value::runtime_method("BaseException.__str__", |args, _| base_str(&args[0])));
    d.set_str("__repr__", Value::runtime_method("BaseException.__repr__", |args, _| {
        let items = exception_args(&args[0]);
        let mut parts = Vec::new();
        for item in &items {
            parts.push(crate::value::text::repr_of(item)?.to_string());
        }
        let name = crate::value::class::type_of(&args[0]).name.to_string();
        Ok(Value::str(&format!("{}({})", name, parts.join(", "))))
    }));
    d.set_str("with_traceback", Value::runtime_method("BaseException.with_traceback", |args, _| Ok(args[0].clone())));
    d.set_str("add_note", Value::runtime_method("BaseException.add_note", add_note));
}

/// `exc.add_note(note)` (PEP 678): appends to `exc.__notes__`, made on first use.
fn add_note(args: Vec<Value>, kwargs: crate::value::Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("BaseException.add_note() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let note = &args[1];
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", crate::value::class::type_of(note).name)));
    }
    let notes = match crate::value::attr::getattr(&args[0], "__notes__") {
        Ok(v) => v,
        Err(_) => {
            let fresh = Value::list(vec![]);
            crate::value::attr::setattr(&args[0], "__notes__", fresh.clone())?;
            fresh
        }
    };
    match &notes {
        Value::List(l) => l.borrow_mut().push(note.clone()),
        _ => return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.__str__`: `""`, `str(arg)`, or `str(args)`.
fn base_str(exc: &Value) -> PyResult<Value> {
    let args = exception_args(exc);
    match args.as_slice() {
        [] => Ok(Value::str("")),
        [Value::Str(s)] => Ok(Value::Str(s.clone())),
        [one] => Ok(Value::Str(crate::value::text::str_of(one)?)),
        _ => Ok(Value::Str(crate::value::text::str_of(&Value::tuple(args.clone()))?)),
    }
}

/// `exc.args` as a vector.
pub fn exception_args(exc: &Value) -> Vec<Value> {
    match exc {
        Value::Instance(i) => match i.dict.borrow().get_str("args") {
            Some(Value::Tuple(t)) => t.as_ref().clone(),
            Some(other) => vec![other],
            None => vec![],
        },
        _ => vec![],
    }
}

/// Whether `cls` derives from `BaseException`.
pub fn is_exception_class(cls: &Rc<Class>) -> bool {
    cls.mro.borrow().iter().any(|c| c.builtin == Some(BuiltinType::Exception))
}

/// A new exception object of class `cls` with `args`, without running `__init__`.
pub fn exception_instance(cls: &Rc<Class>, args: Vec<Value>) -> Value {
    let v = new_instance(cls);
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("args", Value::tuple(args));
    }
    v
}

/// Calls an exception class: `args` is set first (as `BaseException.__new__` does), then
/// `__init__` runs.
pub fn instantiate_exception(cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let group = exception_class("BaseExceptionGroup").filter(|g| is_subclass(cls, g));
    let v = match group {
        // `BaseExceptionGroup.__new__` checks its arguments and may pick `ExceptionGroup`.
        Some(_) => {
            let (cls, message, excs) = crate::value::exception_group::new_group(cls, &args)?;
            let v = exception_instance(&cls, args.clone());
            if let Value::Instance(i) = &v {
                i.dict.borrow_mut().set_str("message", message);
                i.dict.borrow_mut().set_str("exceptions", excs);
            }
            v
        }
        None => exception_instance(cls, args.clone()),
    };
    let cls = &crate::value::class::type_of(&v);
    if let Some(init) = lookup(cls, "__init__") {
        let mut full = vec![v.clone()];
        full.extend(args);
        crate::value::func::call(&init, full, kwargs)?;
    }
    Ok(v)
}

/// Attributes every exception object has without setting them (`__cause__`, `code` of
/// `SystemExit`, `value` of `StopIteration`).
pub fn default_attr(exc: &Value, name: &str) -> Option<Value> {
    let cls = crate::value::class::type_of(exc);
    let is = |n: &str| exception_class(n).map_or(false, |c| is_subclass(&cls, &c));
    match name {
        "__cause__" | "__context__" | "__traceback__" => Some(Value::None),
        "__suppress_context__" => Some(Value::FALSE),
        "code" if is("SystemExit") => Some(first_arg(exc)),
        "value" if is("StopIteration") => Some(exception_args(exc).first().cloned().unwrap_or(Value::None)),
        "errno" | "strerror" | "filename" | "filename2" if is("OSError") => {
            let args = exception_args(exc);
            let at = match name {
                "errno" => 0,
                "strerror" => 1,
                "filename" => 2,
                _ => 4,
            };
            Some(if (2..=5).contains(&args.len()) { args.get(at).cloned().unwrap_or(Value::None) } else { Value::None })
        }
        _ => None,
    }
}

fn first_arg(exc: &Value) -> Value {
    match exception_args(exc).as_slice() {
        [] => Value::None,
        [one] => one.clone(),
        many => Value::tuple(many.to_vec()),
    }
}

impl crate::exc::ExceptionObject for Value {
    fn value(&self) -> &Value {
        self
    }

    fn exit_status(&self) -> (i32, Option<String>) {
        exit_status_of(first_arg(self))
    }

    fn notes(&self) -> Vec<String> {
        match crate::value::attr::getattr(self, "__notes__") {
            Ok(Value::List(l)) => l.borrow().iter().map(|n| crate::value::text::str_of(n).map(|s| s.to_string()).unwrap_or_default()).collect(),
            _ => vec![],
        }
    }

    fn group_report(&self, script: &str) -> Option<String> {
        crate::value::exception_group_report::report(self, script)
    }
}

/// How `SystemExit(code)` ends the program: the exit status, and the text to print on stderr.
fn exit_status_of(code: Value) -> (i32, Option<String>) {
    match code {
        Value::None => (0, None),
        Value::Int(i) => (i.to_i64().map_or(-1, |c| c as i32), None),
        Value::Bool(b) => (b as i32, None),
        other => (1, Some(crate::value::text::str_of(&other).map(|s| s.to_string()).unwrap_or_default())),
    }
}
