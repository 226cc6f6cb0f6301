//! The `types` module: `SimpleNamespace` (CPython 3.12's repr, equality and keyword-only
//! constructor) and the names of the built-in types the runtime has (`FunctionType`,
//! `BuiltinFunctionType`, `MethodType`, `ModuleType`, `NoneType`). Types the runtime has no
//! class for (`GeneratorType`, `CodeType`, ...) are absent: using one is an `AttributeError`.

use super::args::module;
use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, is_instance, new_class};
use crate::value::compare::eq_bool;
use crate::value::text::{guarded, repr_of};
use crate::value::{BuiltinType, Class, Kwargs, Module, Value};
use std::rc::Rc;

fn simple_namespace() -> Rc<Class> {
    cached_class("types.SimpleNamespace", || {
        let c = new_class("SimpleNamespace", "SimpleNamespace", "types", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__init__", Value::runtime_method("SimpleNamespace.__init__", init));
            d.set_str("__repr__", Value::runtime_method("SimpleNamespace.__repr__", repr));
            d.set_str("__eq__", Value::runtime_method("SimpleNamespace.__eq__", eq));
            d.set_str("__hash__", Value::None);
            d.set_str("__tp_name__", Value::str("types.SimpleNamespace"));
        }
        c
    })
}

fn init(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    // CPython 3.13 added a positional mapping; 3.12 takes keywords only.
    if args.len() > 1 {
        return Err(PyErr::type_error("no positional arguments expected"));
    }
    let inst = match &this {
        Value::Instance(i) => i.clone(),
        _ => return Err(PyErr::type_error("SimpleNamespace.__init__ needs an instance")),
    };
    for (k, v) in kwargs {
        inst.dict.borrow_mut().set_str(k.as_str(), v);
    }
    Ok(Value::None)
}

fn repr(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let inst = match args.first() {
        Some(Value::Instance(i)) => i.clone(),
        _ => return Err(PyErr::type_error("SimpleNamespace.__repr__ needs an instance")),
    };
    // A subclass prints its own name; SimpleNamespace itself prints `namespace`.
    let name = if Rc::ptr_eq(&inst.class, &simple_namespace()) { "namespace".to_string() } else { inst.class.name.to_string() };
    let addr = Rc::as_ptr(&inst) as *const u8 as usize;
    let text = guarded(addr, &format!("{}(...)", name), |out| {
        out.push_str(&name);
        out.push('(');
        let items = inst.dict.borrow().items();
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Value::Str(key) = k {
                out.push_str(key.as_str());
            }
            out.push('=');
            out.push_str(repr_of(v)?.as_str());
        }
        out.push(')');
        Ok(())
    })?;
    Ok(Value::str(&text))
}

fn eq(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = match (args.first(), args.get(1)) {
        (Some(Value::Instance(a)), Some(b)) => (a.clone(), b.clone()),
        _ => return Ok(Value::NotImplemented),
    };
    let cls = simple_namespace();
    let b = match &b {
        Value::Instance(i) if is_instance(&b, &cls) => i.clone(),
        _ => return Ok(Value::NotImplemented),
    };
    let (x, y) = (Value::Dict(Rc::new(std::cell::RefCell::new(a.dict.borrow().clone()))),
        Value::Dict(Rc::new(std::cell::RefCell::new(b.dict.borrow().clone()))));
    Ok(Value::Bool(eq_bool(&x, &y)?))
}

pub fn build() -> Module {
    module(
        "types",
        vec![
            ("SimpleNamespace", Value::Class(simple_namespace())),
            ("FunctionType", Value::Class(builtin_class(BuiltinType::Function))),
            ("LambdaType", Value::Class(builtin_class(BuiltinType::Function))),
            ("BuiltinFunctionType", Value::Class(builtin_class(BuiltinType::BuiltinFunction))),
            ("BuiltinMethodType", Value::Class(builtin_class(BuiltinType::BuiltinFunction))),
            ("MethodType", Value::Class(builtin_class(BuiltinType::Method))),
            ("ModuleType", Value::Class(builtin_class(BuiltinType::Module))),
            ("NoneType", Value::Class(builtin_class(BuiltinType::NoneType))),
            ("GenericAlias", Value::Class(super::generic_alias::generic_alias_class())),
            ("UnionType", Value::Class(super::generic_alias::union_type_class())),
        ],
    )
}
