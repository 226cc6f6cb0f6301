//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`. Instances look in their
//! own dict, then along the class's MRO (functions become bound methods, `property`
//! runs its getter, `staticmethod`/`classmethod` unwrap); classes and modules use their
//! namespace; built-in values give bound built-in methods (`"a,b".split`).
//! Owner: runtime-objects.

use crate::exc::PyResult;
use crate::value::Value;

/// `obj.name`: `AttributeError: 'Foo' object has no attribute 'x'` as CPython words it.
pub fn getattr(obj: &Value, name: &str) -> PyResult<Value> {
    todo!()
}

/// `obj.name = value` (a property's setter, or the instance dict; frozen dataclasses refuse).
pub fn setattr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    todo!()
}

/// `del obj.name`.
pub fn delattr(obj: &Value, name: &str) -> PyResult<()> {
    todo!()
}

/// `hasattr(obj, name)`: false only on `AttributeError`.
pub fn hasattr(obj: &Value, name: &str) -> PyResult<bool> {
    todo!()
}
