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

/// What `isinstance(v, cls)` / `issubclass(sub, cls)` answer for a `TypedDict` class (a
/// `TypeError`) or a protocol class (a `TypeError` unless `@runtime_checkable`, then a
/// structural check of the protocol's members); `None` for other classes.
pub fn special_check(subject: &Value, cls: &Rc<Class>, instance: bool) -> PyResult<Option<bool>> {
    if cls.builtin.is_some() {
        return Ok(None);
    }
    if is_typed_dict(cls) {
        return Err(PyErr::type_error("TypedDict does not support instance and class checks"));
    }
    if !matches!(cls.dict.borrow().get_str("_is_protocol"), Some(Value::Bool(true))) {
        return Ok(None);
    }
    let (methods, data) = protocol_members(cls);
    if !instance && !data.is_empty() {
        return Err(PyErr::type_error("Protocols with non-method members don't support issubclass()"));
    }
    if !matches!(cls.dict.borrow().get_str("_is_runtime_protocol"), Some(Value::Bool(true))) {
        return Err(PyErr::type_error("Instance and class checks can only be used with @runtime_checkable protocols"));
    }
    let subject_class = match (subject, instance) {
        (Value::Class(c), false) => c.clone(),
        (v, _) => crate::value::class::type_of(v),
    };
    if crate::value::class::is_subclass(&subject_class, cls) {
        return Ok(Some(true));
    }
    // A method the subject sets to None does not implement the protocol's method.
    for name in &methods {
        let value = if instance { crate::value::attr::getattr(subject, name).ok() } else { lookup(&subject_class, name) };
        if value.map_or(true, |v| matches!(v, Value::None)) {
            return Ok(Some(false));
        }
    }
    for name in &data {
        if instance && crate::value::attr::getattr(subject, name).is_err() {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// The members a protocol class requires (methods and annotated data members), from every
/// protocol class along its MRO.
fn protocol_members(cls: &Rc<Class>) -> (Vec<String>, Vec<String>) {
    const SPECIAL: [&str; 16] = [
        "__module__", "__qualname__", "__doc__", "__annotations__", "__dict__", "__weakref__", "__init__", "__slots__",
        "__abstractmethods__", "__subclasshook__", "__init_subclass__", "__class_getitem__", "__match_args__", "__new__",
        "__parameters__", "__orig_bases__",
    ];
    let (mut methods, mut data) = (Vec::new(), Vec::new());
    for c in cls.mro.borrow().iter() {
        let d = c.dict.borrow();
        if !matches!(d.get_str("_is_protocol"), Some(Value::Bool(true))) {
            continue;
        }
        for key in d.keys() {
            if let Value::Str(k) = key {
                let k = k.to_string();
                let private = k.starts_with("_abc_") || k == "_is_protocol" || k == "_is_runtime_protocol" || k.starts_with("__typing");
                if !private && !SPECIAL.contains(&k.as_str()) && !methods.contains(&k) {
                    methods.push(k);
                }
            }
        }
        if let Some(Value::Dict(ann)) = d.get_str("__annotations__") {
            for k in ann.borrow().keys() {
                if let Value::Str(k) = k {
                    let k = k.to_string();
                    if !data.contains(&k) && !methods.contains(&k) {
                        data.push(k);
                    }
                }
            }
        }
    }
    (methods, data)
}

/// `@runtime_checkable`: the protocol class answers `isinstance` structurally.
pub fn runtime_checkable(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    match args.into_iter().next() {
        Some(Value::Class(c)) if matches!(c.dict.borrow().get_str("_is_protocol"), Some(Value::Bool(true))) => {
            c.dict.borrow_mut().set_str("_is_runtime_protocol", Value::TRUE);
            crate::value::class::class_changed();
            Ok(Value::Class(c))
        }
        Some(other) => Err(PyErr::type_error(format!(
            "@runtime_checkable can be only applied to protocol classes, got {}",
            crate::value::text::repr_of(&other)?
        ))),
        None => Err(PyErr::type_error("runtime_checkable() missing 1 required positional argument: 'cls'")),
    }
}
