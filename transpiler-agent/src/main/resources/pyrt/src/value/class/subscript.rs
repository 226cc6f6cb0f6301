//! A class used as a container: iterating an enum class, and `cls[key]` (an enum member, a
//! generic alias, `__class_getitem__`).

use super::{bind_attr, lookup};
use crate::exc::{PyErr, PyResult};
use crate::value::func::call;
use crate::value::modules::enum_;
use crate::value::{Class, Value};
use std::rc::Rc;

/// Iterating a class (`for c in Color` over an `Enum`): its members, or `None` when the
/// class is not iterable (the caller raises `TypeError: 'type' object is not iterable`).
pub fn class_members(cls: &Rc<Class>) -> Option<Vec<Value>> {
    if enum_::is_enum_class(cls) || cls.mro.borrow().iter().any(|c| enum_::is_enum_root(c)) {
        Some(crate::value::modules::enum_flag::iteration_members(cls).unwrap_or_else(|| enum_::members(cls)))
    } else {
        None
    }
}

/// `cls[key]`: an enum member by name (`Color['RED']`), or a generic alias such as
/// `list[int]`, which is the class itself here (annotations only).
pub fn class_getitem(cls: &Rc<Class>, key: &Value) -> PyResult<Value> {
    if class_members(cls).is_some() {
        return enum_::member_by_name(cls, key);
    }
    if let Some(f) = lookup(cls, "__class_getitem__") {
        let f = bind_attr(f, None, cls)?;
        return call(&f, vec![key.clone()], vec![]);
    }
    if cls.builtin.is_some() {
        return Ok(Value::Class(cls.clone()));
    }
    if lookup(cls, "__typing_generic__").is_some() {
        return crate::value::modules::typing::generic_alias(cls, key);
    }
    Err(PyErr::type_error(format!("type '{}' is not subscriptable", cls.name)))
}
