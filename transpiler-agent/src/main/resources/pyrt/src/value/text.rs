//! `str()`, `repr()`, `format()` of any value, f-string assembly and `%`-formatting.
//! Container reprs follow CPython (recursive containers print `[...]`); floats use the
//! shortest round-trip repr; instances use `__str__`/`__repr__`. Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::{class, Value};
use std::cell::RefCell;
use std::fmt::Write;

mod percent;
pub use self::percent::percent_format;

thread_local! {
    /// Containers whose repr is being built (CPython's `Py_ReprEnter`).
    static REPR_STACK: RefCell<Vec<usize>> = RefCell::new(Vec::new());
}

/// Runs `f` unless `addr` is already being repr'd, in which case gives `recursive`.
pub(crate) fn guarded(addr: usize, recursive: &str, f: impl FnOnce(&mut String) -> PyResult<()>) -> PyResult<String> {
    let busy = REPR_STACK.with(|s| s.borrow().contains(&addr));
    if busy {
        return Ok(recursive.to_string());
    }
    REPR_STACK.with(|s| s.borrow_mut().push(addr));
    let mut out = String::new();
    let r = f(&mut out);
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|a| *a == addr) {
            s.remove(p);
        }
    });
    r.map(|_| out)
}

/// `str(v)`.
pub fn str_of(v: &Value) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(_) if class::has_dunder(v, "__str__") => {
            let r = class::call_dunder(v, "__str__", vec![])?;
            expect_str(r, "__str__")
        }
        _ => repr_of(v),
    }
}

fn expect_str(r: Option<Value>, method: &str) -> PyResult<Str> {
    match r {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(PyErr::type_error(format!(
            "{} returned non-string (type {})",
            method,
            other.type_name()
        ))),
        None => Err(PyErr::untranslatable("the default repr of an object")),
    }
}

/// `repr(v)`.
pub fn repr_of(v: &Value) -> PyResult<Str> {
    let mut out = String::new();
    write_repr(v, &mut out)?;
    Ok(Str::from(out))
}

fn write_items(out: &mut String, items: &[Value]) -> PyResult<()> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(item, out)?;
    }
    Ok(())
}

/// Appends `repr(v)` to `out`.
pub fn write_repr(v: &Value, out: &mut String) -> PyResult<()> {
    match v {
        Value::None => out.push_str("None"),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_str_checked()?),
        Value::Float(f) => out.push_str(&crate::float::repr(*f)),
        Value::Complex(re, im) => out.push_str(&crate::value::complex::repr(*re, *im)),
        Value::Str(s) => crate::repr::write_str_repr(s.as_str(), out),
        Value::Bytes(b) => write_bytes_repr(b, out),
        Value::List(l) => {
            let addr = std::rc::Rc::as_ptr(l) as *const u8 as usize;
            let s = guarded(addr, "[...]", |o| {
                let items = l.borrow().clone();
                o.push('[');
                write_items(o, &items)?;
                o.push(']');
                Ok(())
            })?;
            out.push_str(&s);
        }
        Value::Tuple(t) => {
            out.push('(');
            write_items(out, t)?;
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let addr = std::rc::Rc::as_ptr(d) as *const u8 as usize;
            let s = guarded(addr, "{...}", |o| {
                let items = d.borrow().items();
                o.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        o.push_str(", ");
                    }
                    write_repr(k, o)?;
                    o.push_str(": ");
                    write_repr(v, o)?;
                }
                o.push('}');
                Ok(())
            })?;
            out.push_str(&s);
        }
        Value::Set(s) => {
            let items = s.borrow().items();
            if items.is_empty() {
                out.push_str("set()");
            } else {
                out.push('{');
                write_items(out, &items)?;
                out.push('}');
            }
        }
        Value::FrozenSet(s) => {
            let items = s.items();
            if items.is_empty() {
                out.push_str("frozenset()");
            } else {
                out.push_str("frozenset({");
                write_items(out, &items)?;
                out.push_str("})");
            }
        }
        Value::Range(r) => {
            let _ = write!(out, "range({}, {}", r.start.to_str_checked()?, r.stop.to_str_checked()?);
            if r.step != 1 {
                let _ = write!(out, ", {}", r.step.to_str_checked()?);
            }
            out.push(')');
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            write_repr(&s.lower, out)?;
            out.push_str(", ");
            write_repr(&s.upper, out)?;
            out.push_str(", ");
            write_repr(&s.step, out)?;
            out.push(')');
        }
        Value::Class(c) => {
            // `EnumType.__repr__`: enum classes (and `Enum` itself) show as `<enum 'Color'>`.
            if crate::value::modules::enum_::is_enum_class(c) {
                let kind = if crate::value::modules::enum_flag::is_flag_class(c) { "flag" } else { "enum" };
                let _ = write!(out, "<{} '{}'>", kind, c.name);
            } else if c.builtin.is_some() || c.module.as_str() == "builtins" {
                let _ = write!(out, "<class '{}'>", c.name);
            } else {
                let _ = write!(out, "<class '{}.{}'>", c.module, c.qualname);
            }
        }
        Value::Instance(_) => {
            if class::has_dunder(v, "__repr__") {
                let r = class::call_dunder(v, "__repr__", vec![])?;
                out.push_str(expect_str(r, "__repr__")?.as_str());
            } else {
                out.push_str(&object_repr(v));
            }
        }
        Value::Func(f) => {
            let _ = write!(out, "<function {} at {:p}>", f.qualname, std::rc::Rc::as_ptr(f));
        }
        Value::BoundMethod(m) => {
            let name = crate::value::attr::getattr(&m.function, "__qualname__")?;
            let _ = write!(out, "<bound method {} of ", str_of(&name)?);
            write_repr(&m.receiver, out)?;
            out.push('>');
        }
        Value::Builtin(b) if crate::value::builtins::is_builtins_function(v) => {
            let _ = write!(out, "<built-in function {}>", b.name);
        }
        Value::Builtin(_) => {
            // A built-in function and a built-in method bound to its receiver are one kind of
            // value here, and CPython prints them differently (the latter with an address).
            return Err(PyErr::untranslatable("repr of a built-in function or method"));
        }
        Value::Module(_) => return Err(PyErr::untranslatable("repr of a module (it shows a path)")),
        Value::Iter(_) => return Err(PyErr::untranslatable("repr of an iterator (it shows an address)")),
    }
    Ok(())
}

/// `object.__repr__`: `<module.Class object at 0x…>`. The address is the object's own, as in
/// CPython, so it differs from run to run as CPython's does; programs can only rely on its shape.
pub fn object_repr(v: &Value) -> String {
    match v {
        Value::Instance(inst) => {
            let c = &inst.class;
            let module = if c.module.as_str() == "builtins" { String::new() } else { format!("{}.", c.module) };
            format!("<{}{} object at {:p}>", module, c.qualname, std::rc::Rc::as_ptr(inst))
        }
        other => format!("<{} object>", other.type_name()),
    }
}

/// `repr(b)` for `bytes`: CPython's quote choice and escapes.
pub fn write_bytes_repr(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote);
}

/// `ascii(v)`: the repr with non-ASCII code points escaped.
pub fn ascii_of(v: &Value) -> PyResult<Str> {
    let r = repr_of(v)?;
    let mut out = String::new();
    for c in r.as_str().chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            let _ = write!(out, "\\x{:02x}", u);
        } else if u < 0x10000 {
            let _ = write!(out, "\\u{:04x}", u);
        } else {
            let _ = write!(out, "\\U{:08x}", u);
        }
    }
    Ok(Str::from(out))
}

/// `format(v, spec)`, which an f-string replacement field `{v:spec}` calls (`__format__`).
pub fn format_value(v: &Value, spec: &str) -> PyResult<Str> {
    match v {
        Value::Int(i) => Ok(Str::from(crate::format::format_int(i, spec)?)),
        Value::Bool(b) => Ok(Str::from(crate::format::format_bool(*b, spec)?)),
        Value::Float(f) => Ok(Str::from(crate::format::format_float(*f, spec)?)),
        Value::Complex(re, im) => Ok(Str::from(crate::value::complex::format(*re, *im, spec)?)),
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.clone());
            }
            Ok(Str::from(crate::format::format_str(s.as_str(), spec)?))
        }
        Value::Instance(_) if class::has_dunder(v, "__format__") => {
            let r = class::call_dunder(v, "__format__", vec![Value::str(spec)])?;
            match r {
                Some(Value::Str(s)) => Ok(s),
                Some(other) => Err(PyErr::type_error(format!(
                    "__format__ must return a str, not {}",
                    other.type_name()
                ))),
                None => str_of(v),
            }
        }
        _ => {
            if spec.is_empty() {
                return str_of(v);
            }
            Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.type_name())))
        }
    }
}

/// The pieces of an f-string, concatenated into one `str` value.
pub fn join_strs(parts: Vec<Str>) -> Value {
    if parts.len() == 1 {
        return Value::Str(parts.into_iter().next().expect("one part"));
    }
    let mut out = String::with_capacity(parts.iter().map(|p| p.as_str().len()).sum());
    for p in &parts {
        out.push_str(p.as_str());
    }
    Value::Str(Str::from(out))
}
