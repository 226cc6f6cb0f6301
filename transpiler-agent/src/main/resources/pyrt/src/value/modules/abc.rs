//! The `abc` module: `ABC`, `ABCMeta` and `abstractmethod`. A class with unimplemented
//! abstract methods cannot be instantiated, with CPython's message.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{builtin_class, cached_class, lookup, new_class};
use crate::value::set::SetObj;
use crate::value::{BuiltinType, Class, DictObj, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub fn build() -> Module {
    let mut d = DictObj::new();
    d.set_str("ABC", Value::Class(abc_class()));
    d.set_str("ABCMeta", Value::Class(abcmeta_class()));
    d.set_str("abstractmethod", Value::builtin("abstractmethod", |args, _| match args.into_iter().next() {
        Some(f) => {
            mark_abstract(&f);
            Ok(f)
        }
        None => Err(PyErr::type_error("abstractmethod() missing 1 required positional argument: 'funcobj'")),
    }));
    Module { name: crate::str::Str::from("abc"), dict: RefCell::new(d), globals: &[] }
}

/// `abc.ABC`.
pub fn abc_class() -> Rc<Class> {
    cached_class("abc.ABC", || {
        let c = new_class("ABC", "ABC", "abc", vec![builtin_class(BuiltinType::Object)], None).expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("register", register_method());
            // Lib/abc.py declares `__slots__ = ()`: a subclass that declares slots too has no
            // `__dict__`, so assigning an undeclared attribute raises `AttributeError`.
            d.set_str("__slots__", Value::tuple(vec![]));
            d.set_str("__abstractmethods__", Value::FrozenSet(Rc::new(SetObj::new())));
        }
        c
    })
}

/// `abc.ABCMeta` (accepted as `metaclass=`; it behaves as deriving from `ABC`).
pub fn abcmeta_class() -> Rc<Class> {
    cached_class("abc.ABCMeta", || {
        new_class("ABCMeta", "ABCMeta", "abc", vec![builtin_class(BuiltinType::Type)], None).expect("single base")
    })
}

fn mark_abstract(f: &Value) {
    match f {
        Value::Func(func) => func.attrs.borrow_mut().set_str("__isabstractmethod__", Value::TRUE),
        Value::Instance(i) => i.dict.borrow_mut().set_str("__isabstractmethod__", Value::TRUE),
        _ => {}
    }
}

fn is_abstract(v: &Value) -> bool {
    match v {
        Value::Func(func) => matches!(func.attrs.borrow().get_str("__isabstractmethod__"), Some(Value::Bool(true))),
        Value::Instance(i) if i.class.builtin == Some(BuiltinType::Descriptor) => {
            let d = i.dict.borrow();
            matches!(d.get_str("__isabstractmethod__"), Some(Value::Bool(true)))
                || ["fget", "fset", "fdel", "__func__"].iter().any(|k| d.get_str(k).map_or(false, |f| is_abstract(&f)))
        }
        _ => false,
    }
}

/// Whether `cls` is an abstract base class: derived from `ABC` or made with `metaclass=ABCMeta`.
pub fn is_abc(cls: &Rc<Class>) -> bool {
    let root = abc_class();
    let mro = cls.mro.borrow();
    mro.iter().any(|c| Rc::ptr_eq(c, &root) || c.dict.borrow().get_str("__abc_metaclass__").is_some())
}

/// What `ABCMeta.__new__` does for a new class: `__abstractmethods__`, the sorted-later set of
/// names whose attribute on `cls` is still abstract (its own abstract methods and those of its
/// bases it does not implement).
pub fn init_abstract(cls: &Rc<Class>) -> PyResult<()> {
    if !is_abc(cls) {
        return Ok(());
    }
    let mut names: Vec<String> = Vec::new();
    let consider = |name: String, names: &mut Vec<String>| {
        if !names.contains(&name) && lookup(cls, &name).map_or(false, |v| is_abstract(&v)) {
            names.push(name);
        }
    };
    for key in cls.dict.borrow().keys() {
        if let Value::Str(name) = key {
            consider(name.to_string(), &mut names);
        }
    }
    for base in cls.bases.iter() {
        if let Some(Value::FrozenSet(set)) = base.dict.borrow().get_str("__abstractmethods__") {
            for name in set.items() {
                if let Value::Str(name) = name {
                    consider(name.to_string(), &mut names);
                }
            }
        }
    }
    let set = SetObj::from_constants(names.iter().map(|n| Value::str(n)).collect())?;
    cls.dict.borrow_mut().set_str("__abstractmethods__", Value::FrozenSet(Rc::new(set)));
    crate::value::class::class_changed();
    Ok(())
}

/// `TypeError: Can't instantiate abstract class S without an implementation for abstract
/// method 'area'` when `cls` (an `ABC`) leaves abstract methods unimplemented.
pub fn check_instantiable(cls: &Rc<Class>) -> PyResult<()> {
    let abstract_names = match cls.dict.borrow().get_str("__abstractmethods__") {
        Some(Value::FrozenSet(set)) => set.items(),
        _ => return Ok(()),
    };
    let mut names: Vec<String> = abstract_names.iter().filter_map(|v| match v {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }).collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    Err(PyErr::type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        cls.name,
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    )))
}

/// `Base.register(C)`: `C` (and its subclasses) count as subclasses of `Base`; returns `C`.
fn register(args: Vec<Value>, _: crate::value::Kwargs) -> PyResult<Value> {
    let (base, sub) = match (args.get(0), args.get(1)) {
        (Some(Value::Class(b)), Some(Value::Class(s))) => (b.clone(), s.clone()),
        (Some(_), Some(_)) => return Err(PyErr::type_error("Can only register classes")),
        _ => return Err(PyErr::type_error("register() missing 1 required positional argument: 'subclass'")),
    };
    let registry = base.dict.borrow().get_str("_abc_registry");
    match registry {
        Some(Value::List(l)) => l.borrow_mut().push(Value::Class(sub.clone())),
        _ => base.dict.borrow_mut().set_str("_abc_registry", Value::list(vec![Value::Class(sub.clone())])),
    }
    crate::value::class::class_changed();
    Ok(Value::Class(sub))
}

/// Whether `sub` is a registered class of `sup` or derives from one (`sup`'s own registry;
/// CPython also consults the registries of `sup`'s subclasses, which this does not).
pub fn registered(sub: &Rc<Class>, sup: &Rc<Class>) -> bool {
    let registry = match sup.dict.borrow().get_str("_abc_registry") {
        Some(Value::List(l)) => l.borrow().clone(),
        _ => return false,
    };
    registry.iter().any(|r| match r {
        Value::Class(r) => crate::value::class::is_subclass(sub, r),
        _ => false,
    })
}

/// The `register` classmethod every abstract base class has.
pub fn register_method() -> Value {
    crate::value::class::make_classmethod(Value::builtin("register", register))
}
