//! The operator dunders of the built-in types (`(5).__add__(3)`, `int.__eq__(a, b)`,
//! `[1].__iadd__(xs)`, `(2.5).__neg__()`), with CPython's rule that a binary method given
//! an operand of a type it does not handle returns `NotImplemented` (`(5).__add__(2.5)`);
//! the operators use them to let a built-in operand answer for an instance of a class
//! deriving from a built-in type (`1.5 + Celsius(2)`). Operands that are such instances
//! count as their built-in base.

use crate::exc::{PyErr, PyResult};
use crate::value::class::payload::unwrap;
use crate::value::{builtins, compare, ops, Value};

type Binary = fn(&Value, &Value) -> PyResult<Value>;

const ARITH: &[(&str, Binary)] = &[
    ("add", ops::add),
    ("sub", ops::sub),
    ("mul", ops::mul),
    ("truediv", ops::truediv),
    ("floordiv", ops::floordiv),
    ("mod", ops::modulo),
    ("pow", ops::pow),
    ("lshift", ops::lshift),
    ("rshift", ops::rshift),
    ("and", ops::bitand),
    ("or", ops::bitor),
    ("xor", ops::bitxor),
    ("divmod", divmod),
];

fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    builtins::divmod(vec![a.clone(), b.clone()], vec![])
}

const COMPARE: &[(&str, Binary)] = &[
    ("__eq__", compare::eq),
    ("__ne__", compare::ne),
    ("__lt__", compare::lt),
    ("__le__", compare::le),
    ("__gt__", compare::gt),
    ("__ge__", compare::ge),
];

const INT_UNARY: &[&str] = &[
    "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__", "__trunc__",
    "__floor__", "__ceil__", "__round__",
];

/// `("add", reflected)` for `__add__`/`__radd__`; `None` for other names.
fn arith_name(name: &str) -> Option<(Binary, &'static str, bool)> {
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    for (n, f) in ARITH {
        if inner == *n {
            return Some((*f, n, false));
        }
        if inner.strip_prefix('r') == Some(n) {
            return Some((*f, n, true));
        }
    }
    None
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

/// The binary methods (without the `__…__`) type of `v` has, as (name, reflected too).
fn arith_of(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Int(_) | Value::Bool(_) => {
            &["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "divmod"]
        }
        Value::Float(_) => &["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "divmod"],
        Value::Str(_) | Value::Bytes(_) => &["add", "mul", "mod"],
        Value::List(_) | Value::Tuple(_) => &["add", "mul"],
        Value::Dict(_) => &["or"],
        Value::Set(_) | Value::FrozenSet(_) => &["sub", "and", "or", "xor"],
        _ => &[],
    }
}

/// Whether `receiver` has the reflected form of `op` (`str` has `__rmul__` but no `__radd__`).
fn has_reflected(receiver: &Value, op: &str) -> bool {
    match receiver {
        Value::List(_) | Value::Tuple(_) => op == "mul",
        Value::Str(_) | Value::Bytes(_) => op == "mul" || op == "mod",
        _ => true,
    }
}

fn inplace_of(receiver: &Value, name: &str) -> bool {
    match receiver {
        Value::List(_) => name == "__iadd__" || name == "__imul__",
        Value::Dict(_) => name == "__ior__",
        Value::Set(_) => matches!(name, "__ior__" | "__iand__" | "__isub__" | "__ixor__"),
        _ => false,
    }
}

/// Whether the built-in type of `receiver` has operator dunder `name`.
pub fn has(receiver: &Value, name: &str) -> bool {
    if COMPARE.iter().any(|(n, _)| *n == name) {
        return !matches!(receiver, Value::None | Value::Instance(_) | Value::Class(_) | Value::Module(_));
    }
    if let Some((_, op, reflected)) = arith_name(name) {
        return arith_of(receiver).contains(&op) && (!reflected || has_reflected(receiver, op));
    }
    if inplace_of(receiver, name) {
        return true;
    }
    match receiver {
        Value::Int(_) | Value::Bool(_) => INT_UNARY.contains(&name),
        Value::Float(_) => INT_UNARY.contains(&name) && !matches!(name, "__invert__" | "__index__"),
        _ => false,
    }
}

/// Whether a binary method of `receiver`'s type handles `other` (both built-in values).
fn accepts(receiver: &Value, op: &str, other: &Value) -> bool {
    match receiver {
        Value::Int(_) | Value::Bool(_) => is_int(other),
        Value::Float(_) => is_int(other) || matches!(other, Value::Float(_)),
        Value::Str(_) | Value::Bytes(_) if op == "mod" => true,
        Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_) if op == "mul" => is_int(other),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::Bytes(_) => matches!(other, Value::Bytes(_)),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)),
        Value::Set(_) | Value::FrozenSet(_) => is_set(other),
        _ => false,
    }
}

/// Whether comparing `receiver` with `other` is the built-in type's business.
fn comparable(receiver: &Value, name: &str, other: &Value) -> bool {
    match receiver {
        Value::Int(_) | Value::Bool(_) => is_int(other),
        Value::Float(_) => is_int(other) || matches!(other, Value::Float(_)),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::Bytes(_) => matches!(other, Value::Bytes(_)),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)) && (name == "__eq__" || name == "__ne__"),
        Value::Set(_) | Value::FrozenSet(_) => is_set(other),
        // Other values (ranges, functions) have only equality, with values of their own kind.
        _ => (name == "__eq__" || name == "__ne__") && std::mem::discriminant(receiver) == std::mem::discriminant(other),
    }
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let what = if max == 0 {
            "no arguments".to_string()
        } else if min == max {
            format!("exactly {} argument{}", max, if max == 1 { "" } else { "s" })
        } else {
            format!("at most {} arguments", max)
        };
        return Err(PyErr::type_error(format!("expected {} for {}() ({} given)", what, name, args.len())));
    }
    Ok(())
}

/// Calls operator dunder `name` of the built-in `receiver`; `None` when its type has none.
/// `operator` is set when an operator (not the program) asks: a sequence's `+` with a
/// mismatched operand then defers (`NotImplemented`) instead of raising, as CPython's
/// operator lets the other operand try first.
pub fn call(receiver: &Value, name: &str, args: Vec<Value>, operator: bool) -> Option<PyResult<Value>> {
    if !has(receiver, name) {
        return None;
    }
    Some(call_checked(receiver, name, args, operator))
}

fn call_checked(receiver: &Value, name: &str, args: Vec<Value>, operator: bool) -> PyResult<Value> {
    if let Some((_, f)) = COMPARE.iter().find(|(n, _)| *n == name) {
        arity(name, &args, 1, 1)?;
        let other = unwrap(&args[0]);
        if !comparable(receiver, name, &other) {
            return Ok(Value::NotImplemented);
        }
        return f(receiver, &other);
    }
    if inplace_of(receiver, name) {
        arity(name, &args, 1, 1)?;
        return inplace(receiver, name, &args[0]);
    }
    if let Some((f, op, reflected)) = arith_name(name) {
        let max = if op == "pow" { 2 } else { 1 };
        arity(name, &args, 1, max)?;
        if args.len() == 2 && !matches!(args[1], Value::None) {
            return builtins::pow(vec![receiver.clone(), unwrap(&args[0]), unwrap(&args[1])], vec![]);
        }
        let other = unwrap(&args[0]);
        if !accepts(receiver, op, &other) {
            return mismatch(receiver, op, &args[0], operator);
        }
        return if reflected { f(&other, receiver) } else { f(receiver, &other) };
    }
    unary(receiver, name, args)
}

/// A binary method given an operand it does not take: `NotImplemented`, except that the
/// sequences' `__add__`/`__mul__` called by the program raise as CPython's do.
fn mismatch(receiver: &Value, op: &str, other: &Value, operator: bool) -> PyResult<Value> {
    if operator {
        return Ok(Value::NotImplemented);
    }
    match (receiver, op) {
        (Value::Str(_) | Value::List(_) | Value::Tuple(_), "add") => {
            let t = receiver.type_name();
            Err(PyErr::type_error(format!("can only concatenate {} (not \"{}\") to {}", t, other.type_name(), t)))
        }
        (Value::Bytes(_), "add") => Err(PyErr::type_error(format!("can't concat {} to bytes", other.type_name()))),
        (Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_), "mul") => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
        _ => Ok(Value::NotImplemented),
    }
}

/// `xs += ys` on a list, `d |= e` on a dict, set updates: in place, returning the receiver.
fn inplace(receiver: &Value, name: &str, arg: &Value) -> PyResult<Value> {
    let other = unwrap(arg);
    match (receiver, name) {
        (Value::List(l), "__iadd__") => {
            let items = crate::value::iterate::collect(&other)?;
            l.borrow_mut().extend(items);
        }
        (Value::List(l), _) => {
            if !is_int(&other) {
                return Ok(Value::NotImplemented);
            }
            let n = ops::index_of(&other)?.to_i64().unwrap_or(i64::MAX).max(0) as usize;
            let once = l.borrow().clone();
            let mut items = Vec::with_capacity(once.len().saturating_mul(n.min(1 << 20)));
            for _ in 0..n {
                items.extend(once.iter().cloned());
            }
            *l.borrow_mut() = items;
        }
        (Value::Dict(d), _) => crate::value::methods::dict_methods::update_from(d, Some(other), vec![])?,
        (Value::Set(_), _) => {
            if !is_set(&other) {
                return Ok(Value::NotImplemented);
            }
            let method = match name {
                "__ior__" => "update",
                "__iand__" => "intersection_update",
                "__isub__" => "difference_update",
                _ => "symmetric_difference_update",
            };
            crate::value::methods::call(receiver, method, vec![other], vec![])?;
        }
        _ => return Ok(Value::NotImplemented),
    }
    Ok(receiver.clone())
}

fn float_to_int(f: f64) -> PyResult<Value> {
    builtins::int(vec![Value::Float(f)], vec![])
}

fn unary(receiver: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    if name == "__round__" {
        arity(name, &args, 0, 1)?;
        let mut all = vec![receiver.clone()];
        all.extend(args.iter().map(unwrap));
        return builtins::round(all, vec![]);
    }
    arity(name, &args, 0, 0)?;
    let one = vec![receiver.clone()];
    match (name, receiver) {
        ("__neg__", _) => ops::neg(receiver),
        ("__pos__", _) => ops::pos(receiver),
        ("__invert__", _) => ops::invert(receiver),
        ("__abs__", _) => builtins::abs(one, vec![]),
        ("__bool__", _) => Ok(Value::Bool(ops::truthy(receiver)?)),
        ("__float__", _) => builtins::float(one, vec![]),
        ("__index__", _) => Ok(Value::Int(ops::index_of(receiver)?)),
        ("__floor__", Value::Float(f)) => float_to_int(f.floor()),
        ("__ceil__", Value::Float(f)) => float_to_int(f.ceil()),
        // `__int__`, `__trunc__`, and `__floor__`/`__ceil__` of an int: the int itself.
        _ => builtins::int(one, vec![]),
    }
}
