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
/// `list[int]` (a `types.GenericAlias`) for the classes CPython lets take parameters.
pub fn class_getitem(cls: &Rc<Class>, key: &Value) -> PyResult<Value> {
    if class_members(cls).is_some() {
        return enum_::member_by_name(cls, key);
    }
    if let Some(f) = lookup(cls, "__class_getitem__") {
        let f = bind_attr(f, None, cls)?;
        return call(&f, vec![key.clone()], vec![]);
    }
    if takes_parameters(cls) {
        return Ok(crate::value::modules::generic_alias::alias(cls, key));
    }
    if lookup(cls, "__typing_generic__").is_some() {
        return crate::value::modules::typing::generic_alias(cls, key);
    }
    Err(PyErr::type_error(format!("type '{}' is not subscriptable", cls.name)))
}

/// The classes with `__class_getitem__` in CPython that the runtime has: the built-in
/// containers, `type`, and those of `collections` and `collections.abc`.
fn takes_parameters(cls: &Rc<Class>) -> bool {
    use crate::value::BuiltinType as B;
    match cls.builtin {
        Some(B::List | B::Dict | B::Tuple | B::Set | B::FrozenSet | B::Type) => true,
        Some(_) => false,
        None => matches!(cls.module.as_str(), "collections" | "collections.abc"),
    }
}
