//! Classes whose base is one of `typing`'s class factories: `class E(NamedTuple)` becomes a
//! namedtuple class (fields from the annotations, defaults from the assignments, methods
//! kept), and `class M(TypedDict)` a class whose calls make plain dicts.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, lookup, new_class};
use crate::value::{BuiltinType, Class, Kwargs, Value};
use std::rc::Rc;

/// Which factory a class base is (`NamedTuple`, `TypedDict`), if it is one.
pub fn factory_base(v: &Value) -> Option<&'static str> {
    match v {
        Value::Builtin(b) if b.name.as_str() == "typing.NamedTuple" => Some("NamedTuple"),
        Value::Builtin(b) if b.name.as_str() == "typing.TypedDict" => Some("TypedDict"),
        _ => None,
    }
}

fn annotated_names(namespace: &[(&str, Value)]) -> Vec<(Value, Value)> {
    match namespace.iter().find(|(n, _)| *n == "__annotations__") {
        Some((_, Value::Dict(d))) => d.borrow().items(),
        _ => Vec::new(),
    }
}

/// `class Name(NamedTuple): …` (what `typing.NamedTupleMeta.__new__` does).
pub fn named_tuple_class(name: &str, bases: &[Value], namespace: Vec<(&str, Value)>, kwargs: Kwargs) -> PyResult<Value> {
    if bases.len() != 1 || !kwargs.is_empty() {
        return Err(PyErr::untranslatable("a NamedTuple class with other bases or class keywords"));
    }
    let mut fields = Vec::new();
    let mut defaults = Vec::new();
    let mut first_default: Option<String> = None;
    for (field, _) in annotated_names(&namespace) {
        let field = crate::value::text::str_of(&field)?.to_string();
        match namespace.iter().find(|(n, _)| *n == field) {
            Some((_, v)) => {
                defaults.push(v.clone());
                first_default.get_or_insert_with(|| field.clone());
            }
            None => {
                if let Some(d) = &first_default {
                    return Err(PyErr::type_error(format!(
                        "Non-default namedtuple field {} cannot follow default field{} {}",
                        field,
                        if defaults.len() > 1 { "s" } else { "" },
                        d
                    )));
                }
            }
        }
        fields.push(field);
    }
    let cls = super::collections::make_namedtuple(name, fields.clone(), defaults)?;
    for (key, value) in namespace {
        const PROHIBITED: [&str; 10] =
            ["__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source"];
        if PROHIBITED.contains(&key) {
            return Err(PyErr::new("AttributeError", format!("Cannot overwrite NamedTuple attribute {}", key)));
        }
        if !fields.iter().any(|f| f == key) && key != "__module__" {
            cls.dict.borrow_mut().set_str(key, value);
        }
    }
    crate::value::class::class_changed();
    Ok(Value::Class(cls))
}

/// `class Name(TypedDict, total=…): …`: calling it makes a dict.
pub fn typed_dict_class(name: &str, qualname: &str, namespace: Vec<(&str, Value)>, kwargs: Kwargs) -> PyResult<Value> {
    let mut total = true;
    for (k, v) in &kwargs {
        match k.as_str() {
            "total" => total = crate::value::ops::truthy(v)?,
            other => return Err(PyErr::type_error(format!("__init_subclass__() takes no keyword arguments ({})", other))),
        }
    }
    let cls = new_class(name, qualname, super::local::defining_module(), vec![builtin_class(BuiltinType::Object)], None)?;
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str(super::local::defining_module()));
        for (key, value) in namespace {
            d.set_str(key, value);
        }
        d.set_str("__total__", Value::Bool(total));
        d.set_str("__typeddict__", Value::TRUE);
    }
    crate::value::class::class_changed();
    Ok(Value::Class(cls))
}

/// Whether calling `cls` makes a dict (a `TypedDict` class or a subclass of one).
pub fn is_typed_dict(cls: &Rc<Class>) -> bool {
    lookup(cls, "__typeddict__").is_some()
}

/// `Movie(title=…, year=…)`: the dict `dict(*args, **kwargs)` makes.
pub fn make_typed_dict(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    crate::value::func::call(&Value::Class(builtin_class(BuiltinType::Dict)), args, kwargs)
}
