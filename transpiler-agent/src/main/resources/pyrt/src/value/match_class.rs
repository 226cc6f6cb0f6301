//! A class pattern (`case Point(x, y=0)`) as CPython 3.12's `MATCH_CLASS` runs it: the
//! `isinstance` test, then every positional attribute named by `__match_args__` and every
//! keyword attribute, fetched before any sub-pattern is tried.

use crate::exc::{PyErr, PyResult};
use crate::value::attr::is_attribute_error;
use crate::value::class::{builtin_class, is_subclass};
use crate::value::{BuiltinType, Value};

/// Types whose instances a single positional sub-pattern matches whole (`case int(n)`);
/// CPython's `_Py_TPFLAGS_MATCH_SELF`, which subclasses inherit.
/// (`bytearray`, a runtime class, is recognised by name.)
const SELF_MATCHING: [BuiltinType; 10] = [
    BuiltinType::Bool,
    BuiltinType::Bytes,
    BuiltinType::Dict,
    BuiltinType::Float,
    BuiltinType::FrozenSet,
    BuiltinType::Int,
    BuiltinType::List,
    BuiltinType::Set,
    BuiltinType::Str,
    BuiltinType::Tuple,
];

/// The values the sub-patterns of `cls(<positional> patterns, keywords=…)` match against,
/// positional ones first; `None` when the subject is no instance of `cls` or lacks one of the
/// attributes. CPython's `TypeError`s for a class pattern that cannot apply are raised here.
pub fn match_class(cls: &Value, subject: &Value, positional: usize, keywords: Vec<&str>) -> PyResult<Option<Vec<Value>>> {
    let class = match cls {
        Value::Class(c) => c.clone(),
        _ => return Err(PyErr::type_error("called match pattern must be a class")),
    };
    let is_instance = crate::value::builtins::isinstance(vec![subject.clone(), cls.clone()], vec![])?;
    if !crate::value::ops::truthy(&is_instance)? {
        return Ok(None);
    }
    let mut names: Vec<String> = Vec::new();
    let mut values = Vec::new();
    if positional > 0 {
        let (match_args, match_self) = match crate::value::attr::getattr(cls, "__match_args__") {
            Ok(Value::Tuple(items)) => (items.as_ref().clone(), false),
            Ok(other) => {
                return Err(PyErr::type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    class.name,
                    other.type_name()
                )))
            }
            Err(e) if is_attribute_error(&e) => (Vec::new(), self_matching(&class)),
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < positional {
            return Err(PyErr::type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                class.name,
                allowed,
                if allowed == 1 { "" } else { "s" },
                positional
            )));
        }
        if match_self {
            values.push(subject.clone());
        } else {
            for name in &match_args[..positional] {
                let name = match name {
                    Value::Str(s) => s.as_str().to_string(),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            other.type_name()
                        )))
                    }
                };
                match attribute(class.name.as_str(), subject, &name, &mut names)? {
                    Some(v) => values.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in keywords {
        match attribute(class.name.as_str(), subject, name, &mut names)? {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(values))
}

/// One attribute a sub-pattern reads; `None` (no match) when the subject lacks it.
fn attribute(class: &str, subject: &Value, name: &str, seen: &mut Vec<String>) -> PyResult<Option<Value>> {
    if seen.iter().any(|n| n == name) {
        return Err(PyErr::type_error(format!("{}() got multiple sub-patterns for attribute '{}'", class, name)));
    }
    seen.push(name.to_string());
    match crate::value::attr::getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_attribute_error(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

fn self_matching(class: &std::rc::Rc<crate::value::Class>) -> bool {
    SELF_MATCHING.iter().any(|t| is_subclass(class, &builtin_class(*t)))
        || class.mro.borrow().iter().any(|c| c.module.as_str() == "builtins" && c.name.as_str() == "bytearray")
}
