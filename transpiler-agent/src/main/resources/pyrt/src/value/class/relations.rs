//! How classes relate: `isinstance`/`issubclass` (with the runtime's stand-ins for
//! `int`/`str` mixins and `ABC.register`), and `type(cls)` for classes with a metaclass.

use super::{builtin_class, type_of};
use crate::value::modules::{abc, enum_};
use crate::value::{BuiltinType, Class, Value};
use std::rc::Rc;

/// `isinstance(v, cls)` for one class.
pub fn is_instance(v: &Value, cls: &Rc<Class>) -> bool {
    is_subclass(&type_of(v), cls)
}

pub fn is_subclass(sub: &Rc<Class>, sup: &Rc<Class>) -> bool {
    if sup.builtin == Some(BuiltinType::Object) && sup.name.as_str() == "object" {
        return true;
    }
    let derived = sub.mro.borrow().iter().any(|c| Rc::ptr_eq(c, sup));
    derived
        || crate::value::modules::collections_abc::structural(sub, sup)
        || enum_mixin(sub, sup)
        || (sup.builtin.is_none() && abc::registered(sub, sup))
}

/// `IntEnum` and `StrEnum` derive from `int` and `str` in CPython; the runtime's classes for
/// them mix the behaviour in instead, so their subclasses are declared subclasses here.
fn enum_mixin(sub: &Rc<Class>, sup: &Rc<Class>) -> bool {
    if sup.builtin.is_some() {
        let mro = sub.mro.borrow();
        let mixed = mro.iter().any(|c| matches!(c.dict.borrow().get_str("__enum_data_type__"), Some(Value::Str(n)) if n.as_str() == sup.name.as_str()));
        if mixed {
            return true;
        }
    }
    let root = match sup.builtin {
        Some(BuiltinType::Int) if sup.name.as_str() == "int" => {
            let mro = sub.mro.borrow();
            return mro.iter().any(|c| c.module.as_str() == "enum" && matches!(c.name.as_str(), "IntEnum" | "IntFlag"));
        }
        Some(BuiltinType::Str) if sup.name.as_str() == "str" => "StrEnum",
        _ => return false,
    };
    let mro = sub.mro.borrow();
    mro.iter().any(|c| c.module.as_str() == "enum" && c.name.as_str() == root)
}

/// `type(cls)`: `ABCMeta` for abstract base classes, `EnumType` for enums, else `type`.
pub(super) fn metaclass_of(cls: &Rc<Class>) -> Rc<Class> {
    if cls.builtin.is_none() {
        if abc::is_abc(cls) {
            return abc::abcmeta_class();
        }
        if enum_::is_enum_class(cls) {
            return enum_::enum_type_class();
        }
    }
    builtin_class(BuiltinType::Type)
}

