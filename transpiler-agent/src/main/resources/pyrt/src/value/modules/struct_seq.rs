//! Struct sequences of the C modules (`sys.version_info`, `sys.float_info`, `sys.int_info`):
//! read-only tuples whose items are also attributes, shown as `sys.float_info(max=…, …)`.

use super::objs::{method, runtime_class};
use crate::exc::PyErr;
use crate::value::class::builtin_class;
use crate::value::{BuiltinType, DictObj, Instance, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The struct sequence `module.name` holding `values` under `fields`, in order.
pub fn make(module: &'static str, name: &'static str, fields: &'static [&'static str], values: Vec<Value>) -> Value {
    let cls = runtime_class(module, name, vec![builtin_class(BuiltinType::Tuple)], move || {
        vec![
            ("n_fields", Value::int(fields.len() as i64)),
            ("n_sequence_fields", Value::int(fields.len() as i64)),
            ("n_unnamed_fields", Value::int(0)),
            method("__repr__", move |this, _, _| {
                let mut parts = Vec::new();
                for field in fields {
                    let v = crate::value::attr::getattr(this, field)?;
                    parts.push(format!("{}={}", field, crate::value::text::repr_of(&v)?));
                }
                Ok(Value::str(&format!("{}.{}({})", module, name, parts.join(", "))))
            }),
            method("__setattr__", |_, _, _| Err(PyErr::new("AttributeError", "readonly attribute"))),
            method("__delattr__", |_, _, _| Err(PyErr::new("AttributeError", "readonly attribute"))),
        ]
    });
    let mut d = DictObj::new();
    for (field, v) in fields.iter().zip(values.iter()) {
        d.set_str(field, v.clone());
    }
    Value::Instance(Rc::new(Instance { class: cls, dict: Rc::new(RefCell::new(d)), base: Some(Value::tuple(values)) }))
}
