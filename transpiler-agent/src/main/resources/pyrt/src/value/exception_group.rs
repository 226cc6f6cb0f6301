//! Exception groups (PEP 654), after CPython 3.12's Objects/exceptions.c: `BaseExceptionGroup`
//! and `ExceptionGroup` with `message`, `exceptions`, `derive`, `subgroup` and `split`, and
//! the runtime side of `try`/`except*` (the Java `ExceptStarRewrite` spells the statement out
//! into calls of the `__portalis_star_*__` builtins below, which do what CPython's
//! `CHECK_EG_MATCH` and `_PyExc_PrepReraiseStar` do). Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{is_instance, is_subclass, type_of};
use crate::value::exception::{exception_class, is_exception_class};
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

fn group_base() -> Rc<Class> {
    exception_class("BaseExceptionGroup").expect("BaseExceptionGroup exists")
}

/// Whether `v` is an exception group (an instance of `BaseExceptionGroup`).
pub fn is_group(v: &Value) -> bool {
    is_instance(v, &group_base())
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the arguments as CPython
/// does and gives the class the instance gets (`BaseExceptionGroup` of `Exception`s only is an
/// `ExceptionGroup`), with the `exceptions` tuple.
pub fn new_group(cls: &Rc<Class>, args: &[Value]) -> PyResult<(Rc<Class>, Value, Value)> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_of(&args[0]).name
        )));
    }
    let items = match &args[1] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.as_ref().clone(),
        _ => return Err(PyErr::type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(PyErr::new("ValueError", "second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = exception_class("Exception").expect("Exception exists");
    let mut nests_base = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Instance(inst) if is_exception_class(&inst.class) => {
                nests_base |= !is_instance(item, &exception);
            }
            _ => {
                return Err(PyErr::new(
                    "ValueError",
                    format!("Item {} of second argument (exceptions) is not an exception", i),
                ))
            }
        }
    }
    let base = group_base();
    let eg = exception_class("ExceptionGroup").expect("ExceptionGroup exists");
    let cls = if Rc::ptr_eq(cls, &base) {
        if nests_base {
            cls.clone()
        } else {
            eg
        }
    } else if Rc::ptr_eq(cls, &eg) {
        if nests_base {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls.clone()
    } else {
        if nests_base && is_subclass(cls, &exception) {
            return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name)));
        }
        cls.clone()
    };
    Ok((cls, args[0].clone(), Value::tuple(items)))
}

/// The methods of `BaseExceptionGroup`.
pub fn install(cls: &Rc<Class>) {
    let mut d = cls.dict.borrow_mut();
    d.set_str("__str__", Value::runtime_method("BaseExceptionGroup.__str__", |args, _| {
        let n = exceptions(&args[0]).len();
        let msg = crate::value::text::str_of(&field(&args[0], "message"))?;
        Ok(Value::str(&format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" })))
    }));
    d.set_str("derive", Value::runtime_method("BaseExceptionGroup.derive", |args, kwargs| {
        one_arg("derive", &args, &kwargs)?;
        create(field(&args[0], "message"), args[1].clone())
    }));
    d.set_str("subgroup", Value::runtime_method("BaseExceptionGroup.subgroup", |args, kwargs| {
        one_arg("subgroup", &args, &kwargs)?;
        let m = Matcher::of(&args[1])?;
        Ok(split(&args[0], &m, false)?.0)
    }));
    d.set_str("split", Value::runtime_method("BaseExceptionGroup.split", |args, kwargs| {
        one_arg("split", &args, &kwargs)?;
        let m = Matcher::of(&args[1])?;
        let (a, b) = split(&args[0], &m, true)?;
        Ok(Value::tuple(vec![a, b]))
    }));
}

fn one_arg(name: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
    if !kwargs.is_empty() || args.len() != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.{}() takes exactly one argument ({} given)", name, args.len().saturating_sub(1))));
    }
    Ok(())
}

fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str(name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `eg.exceptions` as a vector.
pub fn exceptions(v: &Value) -> Vec<Value> {
    match field(v, "exceptions") {
        Value::Tuple(t) => t.as_ref().clone(),
        _ => vec![],
    }
}

/// `BaseExceptionGroup(message, excs)` (an `ExceptionGroup` when it can be).
fn create(message: Value, excs: Value) -> PyResult<Value> {
    crate::value::func::call(&Value::Class(group_base()), vec![message, excs], vec![])
}

/// What `split`, `subgroup` and `except*` match leaves with.
enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    /// A callable other than a class.
    Predicate(Value),
    /// The leaves that are these very objects (`_PyExc_PrepReraiseStar`'s projection).
    Leaves(Vec<Value>),
}

impl Matcher {
    fn of(cond: &Value) -> PyResult<Matcher> {
        let is_types = match cond {
            Value::Class(c) => is_exception_class(c),
            Value::Tuple(t) => t.iter().all(|x| matches!(x, Value::Class(c) if is_exception_class(c))),
            _ => false,
        };
        if is_types {
            return Ok(Matcher::Types(cond.clone()));
        }
        if !matches!(cond, Value::Class(_)) && crate::value::builtins::is_callable(cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(PyErr::type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }

    fn matches(&self, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => isinstance(exc, t),
            Matcher::Predicate(f) => crate::value::ops::truthy(&crate::value::func::call(f, vec![exc.clone()], vec![])?),
            Matcher::Leaves(ls) => Ok(ls.iter().any(|l| crate::value::compare::is(l, exc))),
        }
    }
}

fn isinstance(v: &Value, class_or_tuple: &Value) -> PyResult<bool> {
    match class_or_tuple {
        Value::Class(c) => Ok(is_instance(v, c)),
        Value::Tuple(t) => Ok(t.iter().any(|c| matches!(c, Value::Class(c) if is_instance(v, c)))),
        _ => Ok(false),
    }
}

/// CPython's `exceptiongroup_split_recursive`: (the part that matches, the rest), each
/// `None` when empty; a group matched whole is returned itself; parts of a group are made by
/// its `derive` and get its `__cause__`, `__context__` and a copy of its `__notes__`.
fn split(exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if m.matches(exc)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(exc) {
        return Ok((Value::None, exc.clone()));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in exceptions(exc) {
        let (a, b) = split(&e, m, want_rest)?;
        if !matches!(a, Value::None) {
            matched.push(a);
        }
        if want_rest && !matches!(b, Value::None) {
            rest.push(b);
        }
    }
    Ok((subset(exc, matched)?, if want_rest { subset(exc, rest)? } else { Value::None }))
}

fn subset(orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let derived = crate::value::func::call(&crate::value::attr::getattr(orig, "derive")?, vec![Value::list(excs)], vec![])?;
    if !is_group(&derived) {
        return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup"));
    }
    for name in ["__context__", "__cause__"] {
        let v = crate::value::attr::getattr(orig, name)?;
        if let Value::Instance(i) = &derived {
            i.dict.borrow_mut().set_str(name, v);
        }
    }
    if let Ok(notes) = crate::value::attr::getattr(orig, "__notes__") {
        let copy = crate::value::iterate::collect(&notes).map(Value::list);
        if let Ok(copy) = copy {
            crate::value::attr::setattr(&derived, "__notes__", copy)?;
        }
    }
    Ok(derived)
}

/// `except* T` with `T` an exception class or a tuple of them, and no exception group class.
fn check_star_type(t: &Value) -> PyResult<()> {
    let classes: Vec<Value> = match t {
        Value::Tuple(items) => items.as_ref().clone(),
        other => vec![other.clone()],
    };
    for c in &classes {
        match c {
            Value::Class(c) if is_exception_class(c) => {
                if is_subclass(c, &group_base()) {
                    return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                }
            }
            _ => return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
    Ok(())
}

/// `__portalis_star_begin__(exc)`: the state of one `try`/`except*`: `[orig, rest, raised]`.
pub fn star_begin(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let exc = args.into_iter().next().unwrap_or(Value::None);
    Ok(Value::list(vec![exc.clone(), exc, Value::list(vec![])]))
}

fn state(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        _ => vec![Value::None, Value::None, Value::list(vec![])],
    }
}

/// `__portalis_star_match__(state, T)`: what handler `except* T` gets (a group), or None;
/// the rest stays for the next handlers (CPython's `exception_group_match`).
pub fn star_match(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    check_star_type(&args[1])?;
    let st = state(&args[0]);
    let rest = st[1].clone();
    if matches!(rest, Value::None) {
        return Ok(Value::None);
    }
    let (matched, left) = if isinstance(&rest, &args[1])? {
        if is_group(&rest) {
            (rest, Value::None)
        } else {
            // A naked exception is wrapped in a group of its own.
            (create(Value::str(""), Value::tuple(vec![rest]))?, Value::None)
        }
    } else if is_group(&rest) {
        let pair = crate::value::func::call(&crate::value::attr::getattr(&rest, "split")?, vec![args[1].clone()], vec![])?;
        match pair {
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return Err(PyErr::type_error("X.split(T) must return a tuple of two values")),
        }
    } else {
        (Value::None, rest)
    };
    if let Value::List(l) = &args[0] {
        l.borrow_mut()[1] = left;
    }
    Ok(matched)
}

/// `__portalis_star_raised__(state, exc)`: a handler raised `exc` (a new exception or a re-raise).
pub fn star_raised(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    if let Value::List(raised) = &state(&args[0])[2] {
        raised.borrow_mut().push(args[1].clone());
    }
    Ok(Value::None)
}

/// `__portalis_star_end__(state)`: raises what the handlers raised and what none matched,
/// combined as `_PyExc_PrepReraiseStar` does; returns None when nothing is left.
pub fn star_end(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let st = state(&args[0]);
    let (orig, rest) = (st[0].clone(), st[1].clone());
    let mut excs: Vec<Value> = match &st[2] {
        Value::List(l) => l.borrow().clone(),
        _ => vec![],
    };
    excs.push(rest);
    let excs: Vec<Value> = excs.into_iter().filter(|e| !matches!(e, Value::None)).collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(&orig) {
        return Err(crate::value::exception::raise(excs[0].clone()));
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(&e, &orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let reraised_eg = if leaves.is_empty() { Value::None } else { split(&orig, &Matcher::Leaves(leaves), false)?.0 };
    let result = if raised.is_empty() {
        reraised_eg
    } else {
        if !matches!(reraised_eg, Value::None) {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            raised.pop().unwrap_or(Value::None)
        } else {
            create(Value::str(""), Value::list(raised))?
        }
    };
    if matches!(result, Value::None) {
        return Ok(Value::None);
    }
    Err(crate::value::exception::raise(result))
}

/// CPython's `is_same_exception_metadata`: a part of `orig` re-raised carries its notes, cause
/// and context objects (tracebacks are not modelled).
fn same_metadata(e: &Value, orig: &Value) -> PyResult<bool> {
    for name in ["__notes__", "__cause__", "__context__"] {
        let a = crate::value::attr::getattr(e, name).unwrap_or(Value::None);
        let b = crate::value::attr::getattr(orig, name).unwrap_or(Value::None);
        if !crate::value::compare::is(&a, &b) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn collect_leaves(e: &Value, out: &mut Vec<Value>) {
    if is_group(e) {
        for x in exceptions(e) {
            collect_leaves(&x, out);
        }
    } else {
        out.push(e.clone());
    }
}
