//! The object-model builtins: `isinstance`, `issubclass`, `type`, `callable`, the
//! attribute functions, `property`/`staticmethod`/`classmethod`, `object`, `id`.

use super::args;
use crate::value::modules::generic_alias;
use crate::value::modules::typing_classes::special_check;
use crate::value::modules::typing_hints::typing_union_members;
use crate::value::modules::typing as typing_mod;
use crate::exc::{PyErr, PyResult};
use crate::value::{attr, class, BuiltinType, DictObj, Instance, Kwargs, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The class a bare `typing` alias stands for in a class check (`typing.Tuple` is `tuple`,
/// `typing.Iterable` is `collections.abc.Iterable`), as CPython's `_SpecialGenericAlias`
/// forwards `isinstance`; the other typing markers refuse with CPython's messages. `None` for
/// values that are no typing marker (or a `TypeVar`, which CPython refuses as not a type).
fn typing_alias_class(info: &Value, func: &str) -> PyResult<Option<Value>> {
    let text = match typing_mod::form_text(info) {
        Some(t) if t.starts_with("typing.") && typing_mod::is_form(info) => t,
        _ => return Ok(None),
    };
    if typing_mod::form_head(info).is_some() {
        return Err(PyErr::type_error("Subscripted generics cannot be used with class and instance checks"));
    }
    match typing_mod::alias_origin(info) {
        Some(c) => Ok(Some(Value::Class(c))),
        // `typing.Any` is a class since 3.11: no subclass of it but itself, no instance check.
        None if text == "typing.Any" && func == "issubclass" => Ok(Some(Value::tuple(vec![]))),
        None => Err(PyErr::type_error(format!("{} cannot be used with {}()", text, func))),
    }
}

fn check_class_info(v: &Value, func: &str) -> PyResult<()> {
    if generic_alias::is_class_info(v) || typing_union_members(v).is_some() {
        return Ok(());
    }
    if typing_alias_class(v, func)?.is_some() {
        return Ok(());
    }
    match v {
        Value::Class(_) => Ok(()),
        Value::Tuple(t) => t.iter().try_for_each(|c| check_class_info(c, func)),
        _ if func == "isinstance" => {
            Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
        _ => Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
}

fn instance_of(v: &Value, info: &Value) -> PyResult<bool> {
    generic_alias::refuse_alias(info, "isinstance")?;
    if let Some(members) = generic_alias::union_args(info).or_else(|| typing_union_members(info)) {
        return instance_of(v, &Value::tuple(members));
    }
    if let Some(cls) = typing_alias_class(info, "isinstance")? {
        return instance_of(v, &cls);
    }
    match info {
        Value::Class(c) => match special_check(v, c, true)? {
            Some(found) => Ok(found),
            None => Ok(class::is_instance(v, c)),
        },
        Value::Tuple(t) => {
            for c in t.iter() {
                if instance_of(v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

fn subclass_of(sub: &Rc<crate::value::Class>, info: &Value) -> PyResult<bool> {
    generic_alias::refuse_alias(info, "issubclass")?;
    if let Some(members) = generic_alias::union_args(info).or_else(|| typing_union_members(info)) {
        return subclass_of(sub, &Value::tuple(members));
    }
    if let Some(cls) = typing_alias_class(info, "issubclass")? {
        return subclass_of(sub, &cls);
    }
    match info {
        Value::Class(c) => match special_check(&Value::Class(sub.clone()), c, false)? {
            Some(found) => Ok(found),
            None => Ok(class::is_subclass(sub, c)),
        },
        Value::Tuple(t) => {
            for c in t.iter() {
                if subclass_of(sub, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Ok(false),
    }
}

pub fn isinstance(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("isinstance", &kwargs)?;
    args::count("isinstance", args.len(), 2, 2)?;
    check_class_info(&args[1], "isinstance")?;
    Ok(Value::Bool(instance_of(&args[0], &args[1])?))
}

pub fn issubclass(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("issubclass", &kwargs)?;
    args::count("issubclass", args.len(), 2, 2)?;
    let sub = match &args[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    };
    check_class_info(&args[1], "issubclass")?;
    Ok(Value::Bool(subclass_of(&sub, &args[1])?))
}

pub fn r#type(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.len() == 1 && kwargs.is_empty() {
        return Ok(Value::Class(class::type_of(&args[0])));
    }
    if args.len() != 3 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let name = args::str_arg(&args[0], "type.__new__() argument 1 must be str, not ")?.clone();
    let bases = match &args[1] {
        Value::Tuple(t) => t.as_ref().clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                other.type_name()
            )))
        }
    };
    let items = match &args[2] {
        Value::Dict(d) => d.borrow().items(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                other.type_name()
            )))
        }
    };
    let names: Vec<(crate::str::Str, Value)> = items
        .into_iter()
        .map(|(k, v)| match k {
            Value::Str(s) => Ok((s, v)),
            _ => Err(PyErr::type_error("type() namespace keys must be str")),
        })
        .collect::<PyResult<_>>()?;
    let ns: Vec<(&str, Value)> = names.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    class::make_class(name.as_str(), name.as_str(), bases, ns, kwargs)
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Func(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => class::has_dunder(v, "__call__"),
        _ => false,
    }
}

pub fn callable(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("callable", args, &kwargs)?;
    Ok(Value::Bool(is_callable(&v)))
}

fn attr_name(v: &Value) -> PyResult<crate::str::Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Instance(i) if matches!(i.base, Some(Value::Str(_))) => attr_name(i.base.as_ref().expect("checked")),
        other => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.type_name()))),
    }
}

pub fn getattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("getattr", &kwargs)?;
    args::count("getattr", args.len(), 2, 3)?;
    let name = attr_name(&args[1])?;
    match attr::getattr(&args[0], name.as_str()) {
        Err(e) if args.len() == 3 && e.is_instance("AttributeError") => Ok(args[2].clone()),
        other => other,
    }
}

pub fn setattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("setattr", &kwargs)?;
    args::count("setattr", args.len(), 3, 3)?;
    let name = attr_name(&args[1])?;
    attr::setattr(&args[0], name.as_str(), args[2].clone())?;
    Ok(Value::None)
}

pub fn hasattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("hasattr", &kwargs)?;
    args::count("hasattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    Ok(Value::Bool(attr::hasattr(&args[0], name.as_str())?))
}

pub fn delattr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("delattr", &kwargs)?;
    args::count("delattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    attr::delattr(&args[0], name.as_str())?;
    Ok(Value::None)
}

pub fn property(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let b = args::bind("property", args, kwargs, &["fget", "fset", "fdel", "doc"], 0)?;
    let mut b = b.into_iter();
    let fget = b.next().flatten().unwrap_or(Value::None);
    let fset = b.next().flatten().unwrap_or(Value::None);
    let fdel = b.next().flatten().unwrap_or(Value::None);
    // Without a `doc`, the property's `__doc__` is its getter's docstring, as in CPython.
    let doc = match b.next().flatten() {
        Some(doc) if !matches!(doc, Value::None) => doc,
        _ if matches!(fget, Value::None) => Value::None,
        _ => attr::getattr(&fget, "__doc__").unwrap_or(Value::None),
    };
    let prop = class::make_property(fget, fset);
    if let Value::Instance(p) = &prop {
        let mut d = p.dict.borrow_mut();
        d.set_str("fdel", fdel);
        d.set_str("__doc__", doc);
    }
    Ok(prop)
}

pub fn staticmethod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("staticmethod", &kwargs)?;
    args::count("staticmethod", args.len(), 1, 1)?;
    Ok(class::make_staticmethod(args.into_iter().next().expect("one argument")))
}

pub fn classmethod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("classmethod", &kwargs)?;
    args::count("classmethod", args.len(), 1, 1)?;
    Ok(class::make_classmethod(args.into_iter().next().expect("one argument")))
}

pub fn object(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(Rc::new(Instance {
        class: class::builtin_class(BuiltinType::Object),
        dict: Rc::new(RefCell::new(DictObj::new())),
        base: None,
    })))
}

/// An address-like number, stable for the life of a shared object. Immutable values
/// have no identity worth keeping; they get a number derived from what they are.
fn identity(v: &Value) -> usize {
    fn p<T: ?Sized>(r: &Rc<T>) -> usize {
        Rc::as_ptr(r) as *const u8 as usize
    }
    match v {
        Value::None => 0x1000,
        Value::NotImplemented => 0x1010,
        Value::Ellipsis => 0x1020,
        Value::Bool(b) => 0x1030 + *b as usize * 0x10,
        Value::Int(i) => 0x2000 + (i.to_i64().unwrap_or(0) as usize).wrapping_mul(32),
        Value::Float(f) => 0x3000 + (f.to_bits() as usize).wrapping_mul(16),
        Value::Complex(re, im) => 0x4000 + (re.to_bits() as usize ^ (im.to_bits() as usize).rotate_left(7)).wrapping_mul(16),
        Value::Str(s) => s.as_str().as_ptr() as usize,
        Value::Bytes(r) => p(r),
        Value::List(r) => p(r),
        Value::Tuple(r) => p(r),
        Value::Dict(r) => p(r),
        Value::Set(r) => p(r),
        Value::FrozenSet(r) => p(r),
        Value::Range(r) => p(r),
        Value::Slice(r) => p(r),
        Value::Func(r) => p(r),
        Value::Builtin(r) => p(r),
        Value::BoundMethod(r) => p(r),
        Value::Class(r) => p(r),
        Value::Instance(r) => p(r),
        Value::Module(r) => p(r),
        Value::Iter(r) => p(r),
    }
}

pub fn id(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("id", args, &kwargs)?;
    Ok(Value::Int(crate::int::Int::from(identity(&v) as u64)))
}

/// `vars(obj)`: the live `__dict__` of an instance of a class defined in the program. `vars()`
/// reads the running frame, and the namespaces of modules, classes and runtime-made objects
/// (exceptions, enum members) differ from CPython's: those stop the program.
pub fn vars(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("vars", &kwargs)?;
    args::count("vars", args.len(), 0, 1)?;
    let v = match args.into_iter().next() {
        Some(v) => v,
        None => return Err(PyErr::untranslatable("vars() without an argument (it reads the running frame)")),
    };
    match &v {
        Value::Instance(i) => {
            let ours = (crate::value::modules::local::is_program_module(i.class.module.as_str()) || crate::value::modules::objs::is_a(&v, "argparse", "Namespace"))
                && !crate::value::exception::is_exception_class(&i.class)
                && !crate::value::modules::enum_::is_enum_class(&i.class)
                && i.class.builtin.is_none();
            if ours && crate::value::attr::slot_names(&i.class).is_some() {
                Err(PyErr::type_error("vars() argument must have __dict__ attribute"))
            } else if ours {
                crate::value::attr::instance_dict(i)
            } else {
                Err(PyErr::untranslatable(&format!("vars() of a '{}' object", v.type_name())))
            }
        }
        Value::Module(_) | Value::Class(_) | Value::Func(_) => {
            Err(PyErr::untranslatable(&format!("vars() of a '{}' object", v.type_name())))
        }
        _ => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
    }
}
