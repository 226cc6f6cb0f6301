//! `dataclasses.make_dataclass`: a dataclass made at run time from a list of field specs,
//! through the same processing as `@dataclass`.

use super::dataclasses::process;
use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, new_class};
use crate::value::{BuiltinType, Kwargs, Value};

/// `make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options)`:
/// fields are names, `(name, type)` or `(name, type, default-or-field)`.
pub fn make_dataclass(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let name = match args.next() {
        Some(Value::Str(s)) => s.to_string(),
        _ => return Err(PyErr::type_error("make_dataclass() missing required argument 'cls_name'")),
    };
    let specs = match args.next() {
        Some(v) => crate::value::iterate::collect(&v)?,
        None => return Err(PyErr::type_error("make_dataclass() missing 1 required positional argument: 'fields'")),
    };
    let mut bases = Vec::new();
    let mut options: Kwargs = Vec::new();
    let mut namespace: Vec<(Value, Value)> = Vec::new();
    for (k, v) in kwargs {
        match k.as_str() {
            "bases" => {
                for b in crate::value::iterate::collect(&v)? {
                    match b {
                        Value::Class(c) => bases.push(c),
                        other => return Err(PyErr::type_error(format!("bases must be classes, not '{}'", other.type_name()))),
                    }
                }
            }
            "namespace" if !matches!(v, Value::None) => {
                if let Value::Dict(d) = &v {
                    namespace = d.borrow().items();
                }
            }
            "namespace" | "module" => {}
            _ => options.push((k, v)),
        }
    }
    if bases.is_empty() {
        bases.push(builtin_class(BuiltinType::Object));
    }
    let cls = new_class(&name, &name, super::local::defining_module(), bases, None)?;
    let mut annotations: Vec<(Value, Value)> = Vec::new();
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str(super::local::defining_module()));
        for (k, v) in namespace {
            if let Value::Str(k) = k {
                d.set_str(k.as_str(), v);
            }
        }
    }
    for spec in specs {
        let (field_name, annotation, default) = match &spec {
            Value::Str(_) => (spec.clone(), Value::str("typing.Any"), None),
            Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone(), None),
            Value::Tuple(t) if t.len() == 3 => (t[0].clone(), t[1].clone(), Some(t[2].clone())),
            other => return Err(PyErr::type_error(format!("Invalid field: {}", crate::value::text::repr_of(other)?))),
        };
        let field_text = match &field_name {
            Value::Str(s) => s.to_string(),
            _ => return Err(PyErr::type_error("Field names must be strings")),
        };
        if annotations.iter().any(|(n, _)| matches!(n, Value::Str(s) if s.as_str() == field_text)) {
            return Err(PyErr::type_error(format!("Field name duplicated: '{}'", field_text)));
        }
        annotations.push((field_name, annotation));
        if let Some(d) = default {
            cls.dict.borrow_mut().set_str(&field_text, d);
        }
    }
    let annotations = Value::dict(annotations)?;
    cls.dict.borrow_mut().set_str("__annotations__", annotations);
    crate::value::class::class_changed();
    process(&cls, &options)
}
