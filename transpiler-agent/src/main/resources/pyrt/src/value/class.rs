//! Classes and instances: class creation from a namespace (C3 MRO, `__init_subclass__`
//! is not needed), instantiation, dunder lookup for the operators and built-ins,
//! `super()`, `isinstance`/`issubclass`, the built-in types as classes, and the class
//! decorators of the standard library that act on classes (`@dataclass`, `Enum`
//! subclasses). Owner: runtime-objects.

use crate::exc::PyResult;
use crate::value::{BuiltinType, Class, Kwargs, Value};
use std::rc::Rc;

/// `class Name(bases, **kwargs): namespace`. Bases are class values (`Enum` bases make an
/// enum; `Exception` bases an exception class).
pub fn make_class(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    namespace: Vec<(&str, Value)>,
    kwargs: Kwargs,
) -> PyResult<Value> {
    todo!()
}

/// `super()` inside a method of `class_` whose first argument is `receiver`.
pub fn super_(class_: &Value, receiver: &Value) -> PyResult<Value> {
    todo!()
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Rc<Class> {
    todo!()
}

/// The class object of a built-in type (`int`, `list`, …).
pub fn builtin_class(t: BuiltinType) -> Rc<Class> {
    todo!()
}

/// `isinstance(v, cls)` for one class.
pub fn is_instance(v: &Value, cls: &Rc<Class>) -> bool {
    todo!()
}

pub fn is_subclass(sub: &Rc<Class>, sup: &Rc<Class>) -> bool {
    todo!()
}

/// Looks `name` up along the MRO of `v`'s class (not the instance dict) and calls it with
/// `v` first: the way operators and built-ins reach `__add__`, `__len__`, `__str__`…
/// `None` when the class does not define it (built-in values never do).
pub fn call_dunder(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    todo!()
}

/// Whether `v`'s class defines `name` (a cheap check before `call_dunder`).
pub fn has_dunder(v: &Value, name: &str) -> bool {
    todo!()
}

/// `property(fget, fset)` (either may be `Value::None`); `@x.setter` calls `setter` on it.
pub fn make_property(fget: Value, fset: Value) -> Value {
    todo!()
}

/// `staticmethod(f)`.
pub fn make_staticmethod(f: Value) -> Value {
    todo!()
}

/// `classmethod(f)`.
pub fn make_classmethod(f: Value) -> Value {
    todo!()
}

/// Iterating a class (`for c in Color` over an `Enum`): its members, or `None` when the
/// class is not iterable (the caller raises `TypeError: 'type' object is not iterable`).
pub fn class_members(cls: &Rc<Class>) -> Option<Vec<Value>> {
    todo!()
}
