//! `dataclasses.InitVar`: `InitVar[T]` marks a pseudo-field, an `__init__` parameter that
//! the generated `__init__` hands to `__post_init__` instead of storing (Lib/dataclasses.py).

use super::objs::{instance, method, runtime_class, state};
use crate::exc::PyResult;
use crate::value::class::make_classmethod;
use crate::value::{Class, Value};
use std::rc::Rc;

pub fn initvar_class() -> Rc<Class> {
    runtime_class("dataclasses", "InitVar", vec![], || {
        let getitem = method("__class_getitem__", |_, args, _| {
            Ok(instance(&initvar_class(), vec![("type", args.into_iter().next().unwrap_or(Value::None))]))
        });
        vec![
            ("__class_getitem__", make_classmethod(getitem.1)),
            method("__repr__", |this, _, _| repr(this)),
        ]
    })
}

/// `dataclasses.InitVar[str]`: a class by its `__name__`, anything else by its repr.
fn repr(this: &Value) -> PyResult<Value> {
    let t = state(this, "type")?;
    let name = match &t {
        Value::Class(c) => c.name.to_string(),
        other => crate::value::text::repr_of(other)?.to_string(),
    };
    Ok(Value::str(&format!("dataclasses.InitVar[{}]", name)))
}

/// Whether a field's annotation makes it an `InitVar`: `InitVar[T]`, bare `InitVar`, or (under
/// PEP 563) text naming either, as `_is_initvar` and `_is_type` recognise them.
pub fn is_initvar(annotation: &Value) -> bool {
    match annotation {
        Value::Class(c) => Rc::ptr_eq(c, &initvar_class()),
        Value::Instance(i) => Rc::ptr_eq(&i.class, &initvar_class()),
        Value::Str(s) => {
            let t = s.as_str().trim();
            ["InitVar", "dataclasses.InitVar"].iter().any(|p| t == *p || t.starts_with(&format!("{}[", p)))
        }
        _ => false,
    }
}
