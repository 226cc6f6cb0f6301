//! `decimal`'s contexts and signals: the `Context` class (precision, rounding, exponent limits,
//! flags and traps as libmpdec's status words, listed in its order), `getcontext`,
//! `setcontext`, `localcontext`, the three template contexts, the signal exception classes with
//! CPython's hierarchy, and the `SignalDict` views of flags and traps.

use super::args::{take_kw, to_int};
use super::decimal_num::{Cond, Ctx, Rounding, BIT_NAMES, INVALID_MASK, SIGNALS};
use super::objs::{instance, is_a, method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::class::{cached_class, make_property, new_class};
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::{Class, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub const MAX_PREC: i64 = 999_999_999_999_999_999;

thread_local! {
    static CURRENT: RefCell<Option<Value>> = RefCell::new(None);
    static TEMPLATES: RefCell<Vec<Value>> = RefCell::new(Vec::new());
}

fn key_error(msg: &str) -> PyErr {
    PyErr::new("KeyError", msg)
}

fn attribute_error(msg: String) -> PyErr {
    PyErr::new("AttributeError", msg)
}

// ----- signals -----

/// The exception class of a condition (or of `DecimalException` for `None`).
pub fn signal_class(c: Option<Cond>) -> Rc<Class> {
    let name = c.map_or("DecimalException", |c| c.name());
    cached_class(&format!("decimal.{}", name), || {
        let base = |n: &str| exception_class(n).expect("a built-in exception");
        let sig = |c: Cond| signal_class(Some(c));
        let bases = match c {
            None => vec![base("ArithmeticError")],
            Some(Cond::DivisionByZero) => vec![signal_class(None), base("ZeroDivisionError")],
            Some(Cond::FloatOperation) => vec![signal_class(None), base("TypeError")],
            Some(Cond::Overflow) => vec![sig(Cond::Inexact), sig(Cond::Rounded)],
            Some(Cond::Underflow) => vec![sig(Cond::Inexact), sig(Cond::Rounded), sig(Cond::Subnormal)],
            Some(Cond::ConversionSyntax) | Some(Cond::DivisionImpossible) => vec![sig(Cond::InvalidOperation)],
            Some(Cond::DivisionUndefined) => vec![sig(Cond::InvalidOperation), base("ZeroDivisionError")],
            Some(_) => vec![signal_class(None)],
        };
        let cls = new_class(name, name, "decimal", bases, None).expect("a consistent MRO");
        cls.dict.borrow_mut().set_str("__module__", Value::str("decimal"));
        cls
    })
}

/// The exception for the trapped conditions `trapped` (status bits) of one operation, as
/// `_decimal` builds it: the first trapped signal in `signal_map` order, with every trapped
/// condition in a list (InvalidOperation's conditions first, then the other signals).
pub fn trapped_error(trapped: u32) -> PyErr {
    let class = SIGNALS.iter().copied().find(|s| trapped & s.mask() != 0).unwrap_or(Cond::InvalidOperation);
    let conditions = [
        Cond::InvalidOperation,
        Cond::ConversionSyntax,
        Cond::DivisionImpossible,
        Cond::DivisionUndefined,
    ];
    let listed = conditions.iter().chain(SIGNALS[1..].iter()).filter(|c| trapped & c.bit() != 0);
    let list = listed.map(|c| Value::Class(signal_class(Some(*c)))).collect();
    error_of(exception_instance(&signal_class(Some(class)), vec![Value::list(list)]))
}

/// The signal a class names (`InvalidOperation` …), for flags and traps keys.
fn signal_of(v: &Value) -> Option<Cond> {
    match v {
        Value::Class(c) => SIGNALS.iter().copied().find(|s| Rc::ptr_eq(c, &signal_class(Some(*s)))),
        _ => None,
    }
}

// ----- Context -----

pub fn context_class() -> Rc<Class> {
    runtime_class("decimal", "Context", vec![], context_members)
}

fn is_context(v: &Value) -> bool {
    is_a(v, "decimal", "Context")
}

fn get_i64(ctx: &Value, key: &str) -> i64 {
    match state(ctx, key) {
        Ok(Value::Int(i)) => i.to_i64().unwrap_or(0),
        Ok(Value::Bool(b)) => i64::from(b),
        _ => 0,
    }
}

fn get_mask(ctx: &Value, key: &str) -> u32 {
    get_i64(ctx, key) as u32
}

fn set_mask(ctx: &Value, key: &str, mask: u32) {
    set_state(ctx, key, Value::int(i64::from(mask)));
}

/// The context's settings as an operation reads them.
pub fn read(ctx: &Value) -> Ctx {
    let rounding = match state(ctx, "_rounding") {
        Ok(Value::Str(s)) => Rounding::named(s.as_str()).unwrap_or(Rounding::HalfEven),
        _ => Rounding::HalfEven,
    };
    Ctx {
        prec: get_i64(ctx, "_prec"),
        rounding,
        emin: get_i64(ctx, "_Emin"),
        emax: get_i64(ctx, "_Emax"),
        capitals: get_i64(ctx, "_capitals") != 0,
        clamp: get_i64(ctx, "_clamp") != 0,
        traps: get_mask(ctx, "_traps"),
        raised: 0,
    }
}

/// Adds what an operation raised to the context's flags.
pub fn record(ctx: &Value, c: &Ctx) {
    if c.raised != 0 {
        set_mask(ctx, "_flags", get_mask(ctx, "_flags") | c.raised);
    }
}

pub fn rounding_error() -> PyErr {
    PyErr::type_error(
        "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
    )
}

fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) => to_int(v)?.to_i64().ok_or_else(|| PyErr::value_error("valid range exceeded")),
        _ => Err(PyErr::type_error("an integer is required")),
    }
}

/// Validates and stores one setting (`prec`, `rounding`, `Emin`, `Emax`, `capitals`, `clamp`).
fn set_setting(ctx: &Value, name: &str, v: &Value) -> PyResult<()> {
    let stored = match name {
        "rounding" => match v {
            Value::Str(s) if Rounding::named(s.as_str()).is_some() => v.clone(),
            _ => return Err(rounding_error()),
        },
        "prec" => {
            let p = int_arg(v)?;
            if !(1..=MAX_PREC).contains(&p) {
                return Err(PyErr::value_error("valid range for prec is [1, MAX_PREC]"));
            }
            Value::int(p)
        }
        "Emin" => {
            let e = int_arg(v)?;
            if !(-MAX_PREC..=0).contains(&e) {
                return Err(PyErr::value_error("valid range for Emin is [MIN_EMIN, 0]"));
            }
            Value::int(e)
        }
        "Emax" => {
            let e = int_arg(v)?;
            if !(0..=MAX_PREC).contains(&e) {
                return Err(PyErr::value_error("valid range for Emax is [0, MAX_EMAX]"));
            }
            Value::int(e)
        }
        "capitals" | "clamp" => {
            let b = int_arg(v)?;
            if b != 0 && b != 1 {
                return Err(PyErr::value_error(format!("valid values for {} are 0 or 1", name)));
            }
            Value::int(b)
        }
        _ => return Err(attribute_error(format!("'decimal.Context' object has no attribute '{}'", name))),
    };
    set_state(ctx, &format!("_{}", name), stored);
    Ok(())
}

const SETTINGS: [&str; 6] = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp"];

/// A signals argument (`flags=`, `traps=`): a list of signals or a dict of signal to bool.
fn mask_of(v: &Value) -> PyResult<u32> {
    let invalid = || key_error("invalid signal dict");
    let mut mask = 0;
    match v {
        Value::Dict(d) => {
            for (k, on) in d.borrow().items() {
                let s = signal_of(&k).ok_or_else(invalid)?;
                if crate::value::ops::truthy(&on)? {
                    mask |= s.mask();
                }
            }
        }
        _ => {
            for item in crate::value::iterate::collect(v)? {
                mask |= signal_of(&item)
                    .ok_or_else(|| key_error("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]"))?
                    .mask();
            }
        }
    }
    Ok(mask)
}

/// A context's state entries: its settings, then its traps and flags.
const STATE: [&str; 8] = ["_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp", "_traps", "_flags"];

fn copy_state(from: &Value, to: &Value) -> PyResult<()> {
    for k in STATE {
        set_state(to, k, state(from, k)?);
    }
    Ok(())
}

/// Sets one `Context` argument by name: a setting, `flags` or `traps`.
fn apply(ctx: &Value, name: &str, v: &Value) -> PyResult<()> {
    match name {
        "flags" => set_mask(ctx, "_flags", mask_of(v)?),
        "traps" => set_mask(ctx, "_traps", mask_of(v)?),
        n if SETTINGS.contains(&n) => set_setting(ctx, n, v)?,
        n => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for this function", n))),
    }
    Ok(())
}

/// A new context: the template's settings, overridden by `args`/`kwargs`.
fn new_context(template: Option<&Value>, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let ctx = instance(&context_class(), vec![]);
    match template {
        Some(t) => copy_state(t, &ctx)?,
        None => {
            set_state(&ctx, "_prec", Value::int(28));
            set_state(&ctx, "_rounding", Value::str("ROUND_HALF_EVEN"));
            set_state(&ctx, "_Emin", Value::int(-999_999));
            set_state(&ctx, "_Emax", Value::int(999_999));
            set_state(&ctx, "_capitals", Value::int(1));
            set_state(&ctx, "_clamp", Value::int(0));
            set_mask(&ctx, "_traps", Cond::InvalidOperation.mask() | Cond::DivisionByZero.mask() | Cond::Overflow.mask());
        }
    }
    set_mask(&ctx, "_flags", 0);
    let names = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];
    if args.len() > names.len() {
        return Err(PyErr::type_error(format!("function takes at most 8 arguments ({} given)", args.len())));
    }
    let mut given: Vec<(String, Value)> = names.iter().zip(args).map(|(n, v)| (n.to_string(), v)).collect();
    for n in names {
        if let Some(v) = take_kw(&mut kwargs, n) {
            given.push((n.to_string(), v));
        }
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str())));
    }
    for (name, v) in given {
        if !matches!(v, Value::None) {
            apply(&ctx, &name, &v)?;
        }
    }
    Ok(ctx)
}

fn copy_context(ctx: &Value) -> PyResult<Value> {
    let c = instance(&context_class(), vec![]);
    copy_state(ctx, &c)?;
    Ok(c)
}

/// `[Inexact, Rounded]`: the signals of a status word, in libmpdec's order, each once.
fn list_signals(mask: u32) -> String {
    let mut names: Vec<&str> = Vec::new();
    let mut invalid_done = false;
    for (bit, name) in BIT_NAMES.iter().enumerate() {
        let f = mask & (1 << bit);
        if f == 0 {
            continue;
        }
        if f & INVALID_MASK != 0 {
            if invalid_done {
                continue;
            }
            invalid_done = true;
        }
        names.push(name);
    }
    format!("[{}]", names.join(", "))
}

fn context_repr(ctx: &Value) -> PyResult<Value> {
    let c = read(ctx);
    Ok(Value::str(&format!(
        "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp={}, flags={}, traps={})",
        c.prec,
        c.rounding.name(),
        c.emin,
        c.emax,
        i64::from(c.capitals),
        i64::from(c.clamp),
        list_signals(get_mask(ctx, "_flags")),
        list_signals(c.traps)
    )))
}

fn context_members() -> Vec<(&'static str, Value)> {
    let mut members = vec![
        method_kw("__init__", |this, args, kwargs| {
            copy_state(&new_context(Some(&default_context()), args, kwargs)?, this)?;
            Ok(Value::None)
        }),
        method("__repr__", |this, _, _| context_repr(this)),
        method("copy", |this, _, _| copy_context(this)),
        method("__copy__", |this, _, _| copy_context(this)),
        method("clear_flags", |this, _, _| {
            set_mask(this, "_flags", 0);
            Ok(Value::None)
        }),
        method("clear_traps", |this, _, _| {
            set_mask(this, "_traps", 0);
            Ok(Value::None)
        }),
        method("Etiny", |this, _, _| Ok(Value::int(read(this).etiny()))),
        method("Etop", |this, _, _| Ok(Value::int(read(this).etop()))),
        method("create_decimal", |this, args, _| super::decimal::create_decimal(this, args)),
        ("flags", make_property(method("flags", |this, _, _| Ok(signal_dict(this, "_flags"))).1, Value::None)),
        ("traps", make_property(method("traps", |this, _, _| Ok(signal_dict(this, "_traps"))).1, Value::None)),
    ];
    for name in SETTINGS {
        let key = format!("_{}", name);
        let get = method(name, move |this, _, _| state(this, &key)).1;
        let set = method(name, move |this, args, _| {
            set_setting(this, name, args.first().unwrap_or(&Value::None))?;
            Ok(Value::None)
        })
        .1;
        members.push((name, make_property(get, set)));
    }
    members
}

// ----- SignalDict -----

fn signal_dict_class() -> Rc<Class> {
    runtime_class("decimal", "SignalDictMixin", vec![], || {
        let word = |this: &Value| -> PyResult<(Value, String)> {
            let key = match state(this, "_word")? {
                Value::Str(s) => s.to_string(),
                _ => "_flags".to_string(),
            };
            Ok((state(this, "_context")?, key))
        };
        let lookup = |k: &Value| signal_of(k).ok_or_else(|| key_error("invalid signal dict"));
        vec![
            method("__getitem__", move |this, args, _| {
                let (ctx, key) = word(this)?;
                let s = lookup(args.first().unwrap_or(&Value::None))?;
                Ok(Value::Bool(get_mask(&ctx, &key) & s.mask() != 0))
            }),
            method("__setitem__", move |this, args, _| {
                let (ctx, key) = word(this)?;
                let s = lookup(args.first().unwrap_or(&Value::None))?;
                let on = crate::value::ops::truthy(args.get(1).unwrap_or(&Value::None))?;
                let m = get_mask(&ctx, &key);
                set_mask(&ctx, &key, if on { m | s.mask() } else { m & !s.mask() });
                Ok(Value::None)
            }),
            method("__len__", |_, _, _| Ok(Value::int(SIGNALS.len() as i64))),
            method("__contains__", |_, args, _| Ok(Value::Bool(args.first().and_then(signal_of).is_some()))),
            method("__iter__", |_, _, _| {
                let keys: Vec<Value> = SIGNALS.iter().map(|s| Value::Class(signal_class(Some(*s)))).collect();
                crate::value::iterate::iter_value(&Value::list(keys))
            }),
            method("keys", |_, _, _| Ok(Value::list(SIGNALS.iter().map(|s| Value::Class(signal_class(Some(*s)))).collect()))),
            method("values", move |this, _, _| {
                let (ctx, key) = word(this)?;
                let m = get_mask(&ctx, &key);
                Ok(Value::list(SIGNALS.iter().map(|s| Value::Bool(m & s.mask() != 0)).collect()))
            }),
            method("items", move |this, _, _| {
                let (ctx, key) = word(this)?;
                let m = get_mask(&ctx, &key);
                Ok(Value::list(
                    SIGNALS
                        .iter()
                        .map(|s| Value::tuple(vec![Value::Class(signal_class(Some(*s))), Value::Bool(m & s.mask() != 0)]))
                        .collect(),
                ))
            }),
            method("__repr__", move |this, _, _| {
                let (ctx, key) = word(this)?;
                let m = get_mask(&ctx, &key);
                let parts: Vec<String> = SIGNALS
                    .iter()
                    .map(|s| format!("<class 'decimal.{}'>:{}", s.name(), if m & s.mask() != 0 { "True" } else { "False" }))
                    .collect();
                Ok(Value::str(&format!("{{{}}}", parts.join(", "))))
            }),
        ]
    })
}

fn signal_dict(ctx: &Value, word: &str) -> Value {
    instance(&signal_dict_class(), vec![("_context", ctx.clone()), ("_word", Value::str(word))])
}

// ----- the current context -----

fn template(i: usize) -> Value {
    TEMPLATES.with(|t| {
        if t.borrow().is_empty() {
            let default = new_context(None, vec![], vec![]).expect("valid defaults");
            let basic = new_context(Some(&default), vec![], vec![]).expect("valid defaults");
            for (k, v) in [("_prec", Value::int(9)), ("_rounding", Value::str("ROUND_HALF_UP"))] {
                set_state(&basic, k, v);
            }
            let trapped = [Cond::Clamped, Cond::InvalidOperation, Cond::DivisionByZero, Cond::Overflow, Cond::Underflow];
            set_mask(&basic, "_traps", trapped.iter().fold(0, |m, c| m | c.mask()));
            let extended = new_context(Some(&default), vec![], vec![]).expect("valid defaults");
            set_state(&extended, "_prec", Value::int(9));
            set_mask(&extended, "_traps", 0);
            *t.borrow_mut() = vec![default, basic, extended];
        }
        t.borrow()[i].clone()
    })
}

pub fn default_context() -> Value {
    template(0)
}
pub fn basic_context() -> Value {
    template(1)
}
pub fn extended_context() -> Value {
    template(2)
}

/// `getcontext()`: this thread's context, a copy of `DefaultContext` at first.
pub fn current() -> Value {
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = new_context(Some(&default_context()), vec![], vec![]).expect("the default context is valid");
    CURRENT.with(|cur| *cur.borrow_mut() = Some(c.clone()));
    c
}

/// `setcontext(ctx)`: a template is installed as a copy with cleared flags, as in CPython.
pub fn set_current(ctx: &Value) -> PyResult<()> {
    if !is_context(ctx) {
        return Err(PyErr::type_error("argument must be a context"));
    }
    let is_template = (0..3).any(|i| crate::value::compare::is(&template(i), ctx));
    let installed = if is_template { new_context(Some(ctx), vec![], vec![])? } else { ctx.clone() };
    CURRENT.with(|c| *c.borrow_mut() = Some(installed));
    Ok(())
}

/// The context an operation uses: `context=` when given, else the current one.
pub fn context_arg(v: Option<&Value>) -> PyResult<Value> {
    match v {
        None | Some(Value::None) => Ok(current()),
        Some(c) if is_context(c) => Ok(c.clone()),
        Some(_) => Err(PyErr::type_error("optional argument must be a context")),
    }
}

fn context_manager_class() -> Rc<Class> {
    let cls = runtime_class("decimal", "ContextManager", vec![], || {
        vec![
            method("__enter__", |this, _, _| {
                let saved = current();
                set_state(this, "_saved", saved);
                let local = state(this, "_local")?;
                CURRENT.with(|c| *c.borrow_mut() = Some(local.clone()));
                Ok(local)
            }),
            method("__exit__", |this, _, _| {
                let saved = state(this, "_saved")?;
                CURRENT.with(|c| *c.borrow_mut() = Some(saved));
                Ok(Value::FALSE)
            }),
        ]
    });
    cls.dict.borrow_mut().set_str("__tp_name__", Value::str("decimal.ContextManager"));
    cls
}

/// `localcontext(ctx=None, **kwargs)`: a manager that installs a copy of `ctx` (or of the
/// current context) with `kwargs` applied, and restores the current context on exit.
pub fn localcontext(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let base = match take_kw(&mut kwargs, "ctx").or_else(|| args.first().cloned()) {
        None | Some(Value::None) => current(),
        Some(c) if is_context(&c) => c,
        Some(_) => return Err(PyErr::type_error("optional argument must be a context")),
    };
    let local = copy_context(&base)?;
    for (k, v) in kwargs {
        apply(&local, k.as_str(), &v)?;
    }
    Ok(instance(&context_manager_class(), vec![("_local", local)]))
}
