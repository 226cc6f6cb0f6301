//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`. Instances look in their
//! own dict, then along the class's MRO (functions become bound methods, `property`
//! runs its getter, `staticmethod`/`classmethod` unwrap); classes and modules use their
//! namespace; built-in values give bound built-in methods (`"a,b".split`).
//! Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{
    bind_attr, descriptor, is_property, is_super, lookup, lookup_dunder, lookup_with_owner, super_getattr, type_of,
};
use crate::value::class::always_present;
use crate::value::func::call;
use crate::value::{BuiltinType, Class, Instance, Value};
use std::rc::Rc;

fn attribute_error(message: String) -> PyErr {
    PyErr::new("AttributeError", message)
}

fn no_attr(obj: &Value, name: &str) -> PyErr {
    attribute_error(format!("'{}' object has no attribute '{}'", obj.type_name(), name))
}

/// `obj.name`: `AttributeError: 'Foo' object has no attribute 'x'` as CPython words it.
pub fn getattr(obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => instance_getattr(obj, inst, name),
        Value::Class(cls) => class_getattr(cls, name),
        Value::Module(m) => crate::value::modules::local::module_getattr(m, name),
        Value::Func(f) => {
            if let Some(v) = f.attrs.borrow().get_str(name) {
                return Ok(v);
            }
            match name {
                "__name__" => Ok(Value::Str(f.name.clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.clone())),
                "__module__" => Ok(Value::str("__main__")),
                "__doc__" => Ok(Value::None),
                "__class__" => Ok(Value::Class(type_of(obj))),
                "__annotations__" => {
                    // Made on first use and kept, as CPython does.
                    let empty = Value::dict(vec![])?;
                    f.attrs.borrow_mut().set_str("__annotations__", empty.clone());
                    Ok(empty)
                }
                "__defaults__" if f.defaults.is_empty() => Ok(Value::None),
                "__defaults__" => Ok(Value::tuple(f.defaults.clone())),
                "__kwdefaults__" if f.kwdefaults.is_empty() => Ok(Value::None),
                "__kwdefaults__" => {
                    Value::dict(f.kwdefaults.iter().map(|(k, v)| (Value::str(k), v.clone())).collect())
                }
                _ => Err(no_attr(obj, name)),
            }
        }
        Value::BoundMethod(m) => match name {
            "__self__" => Ok(m.receiver.clone()),
            "__func__" => Ok(m.function.clone()),
            "__class__" => Ok(Value::Class(type_of(obj))),
            _ => getattr(&m.function, name).map_err(|_| no_attr(obj, name)),
        },
        Value::Builtin(b) => match name {
            "__name__" | "__qualname__" => Ok(Value::Str(b.name.clone())),
            "__class__" => Ok(Value::Class(type_of(obj))),
            "__doc__" | "__self__" => Ok(Value::None),
            _ => Err(no_attr(obj, name)),
        },
        _ => value_getattr(obj, name),
    }
}

/// `obj.name` on an instance: the class's own `__getattribute__` when it defines one, else
/// [`generic_getattr`]; an `AttributeError` from either (a property's getter included) goes to
/// the class's `__getattr__` when it defines one, as in CPython.
fn instance_getattr(obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
    if is_super(inst) {
        return super_getattr(inst, name);
    }
    let got = match lookup_dunder(&inst.class, "__getattribute__") {
        Some(hook) => call(&bind_attr(hook, Some(obj), &inst.class)?, vec![Value::str(name)], vec![]),
        None => object_getattribute(obj, inst, name),
    };
    match got {
        Err(e) if e.is_instance("AttributeError") => match lookup_dunder(&inst.class, "__getattr__") {
            Some(hook) => call(&bind_attr(hook, Some(obj), &inst.class)?, vec![Value::str(name)], vec![]),
            None => Err(e),
        },
        got => got,
    }
}

/// `object.__getattribute__(obj, name)`.
pub fn generic_getattr(obj: &Value, name: &str) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) if !is_super(inst) => object_getattribute(obj, inst, name),
        _ => getattr(obj, name),
    }
}

/// Data descriptors of the class, then the instance's own namespace, then the class's other
/// attributes (functions bind).
fn object_getattribute(obj: &Value, inst: &Rc<Instance>, name: &str) -> PyResult<Value> {
    let found = lookup_with_owner(&inst.class, name);
    if let Some((_, f)) = &found {
        if is_property(f) || descriptor::is_data(f) {
            return bind_attr(f.clone(), Some(obj), &inst.class);
        }
    }
    if let Some(v) = inst.dict.borrow().get_str(name) {
        return Ok(v);
    }
    // A class deriving from a built-in type: the built-in's methods come before `object`'s.
    if let Some(base) = &inst.base {
        if found.as_ref().map_or(true, |(owner, _)| owner.builtin == Some(BuiltinType::Object)) {
            if let Some(m) = crate::value::class::payload::bound_method(obj, base, name) {
                return Ok(m);
            }
            if matches!(name, "real" | "imag" | "numerator" | "denominator") {
                if let Ok(v) = value_getattr(base, name) {
                    return Ok(v);
                }
            }
        }
    }
    if let Some((_, f)) = found {
        return bind_attr(f, Some(obj), &inst.class);
    }
    match name {
        "__class__" => return Ok(Value::Class(inst.class.clone())),
        // A slotted instance keeps its slots in the runtime's namespace, yet has no `__dict__`.
        "__dict__" if slot_names(&inst.class).is_none() => return instance_dict(inst),
        _ => {}
    }
    if crate::value::exception::is_exception_class(&inst.class) {
        if let Some(v) = crate::value::exception::default_attr(obj, name) {
            return Ok(v);
        }
    }
    if program_class(&inst.class) && always_present::ON_INSTANCES.contains(&name) {
        return Err(lacks(&format!("'{}' object", inst.class.name), name));
    }
    Err(no_attr(obj, name))
}

/// A class the program defined (or made through `namedtuple`, `Enum(...)` and friends), which
/// CPython gives every attribute of `always_present`.
fn program_class(cls: &Class) -> bool {
    cls.builtin.is_none() && crate::value::modules::local::is_program_module(cls.module.as_str())
}

/// An attribute CPython has that the runtime does not implement: an AttributeError would be an
/// answer CPython never gives (`hasattr(C, "__dict__")` false), so the program stops.
fn lacks(owner: &str, name: &str) -> PyErr {
    PyErr::untranslatable(&format!("the attribute '{}' of a {} is not supported", name, owner))
}

fn class_getattr(cls: &Rc<Class>, name: &str) -> PyResult<Value> {
    if name == "__annotations__" && cls.builtin.is_none() {
        // A class's own annotations, never a base's (made empty on first use), as since 3.10.
        if let Some(own) = cls.dict.borrow().get_str(name) {
            return Ok(own);
        }
        let empty = Value::dict(vec![])?;
        cls.dict.borrow_mut().set_str(name, empty.clone());
        crate::value::class::class_changed();
        return Ok(empty);
    }
    // `int.__repr__`, `Meters.__add__`: a built-in type's own methods come before `object`'s.
    let builtin = cls.builtin.or_else(|| cls.payload.get());
    let found = lookup_with_owner(cls, name);
    let from_object = found.as_ref().map_or(true, |(owner, _)| owner.builtin == Some(BuiltinType::Object));
    if from_object && builtin != Some(BuiltinType::Object) {
        if let Some(t) = builtin {
            if let Some(sample) = sample_of(t) {
                let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
                let has = if dunder {
                    crate::value::class::payload::has_dunder(&sample, name)
                } else {
                    crate::value::methods::has(&sample, name)
                };
                if has && cls.builtin.is_none() && matches!(name, "fromkeys" | "from_bytes" | "fromhex") {
                    return Ok(subclass_constructor(cls, sample, name));
                }
                if has {
                    return Ok(unbound_builtin_method(t, sample, name));
                }
            }
        }
    }
    if let Some((_, found)) = found {
        return bind_attr(found, None, cls);
    }
    match name {
        "__name__" => return Ok(Value::Str(cls.name.clone())),
        "__qualname__" => return Ok(Value::Str(cls.qualname.clone())),
        "__module__" => return Ok(Value::Str(cls.module.clone())),
        "__doc__" => return Ok(Value::None),
        "__class__" => return Ok(Value::Class(crate::value::class::type_of(&Value::Class(cls.clone())))),
        "__mro__" => return Ok(Value::tuple(cls.mro.borrow().iter().map(|c| Value::Class(c.clone())).collect())),
        "__bases__" => return Ok(Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect())),
        // CPython's "best base" is the first one when no base carries a built-in type's layout.
        "__base__" if cls.builtin.is_none() && cls.payload.get().is_none() => {
            return Ok(cls.bases.first().map_or(Value::None, |b| Value::Class(b.clone())));
        }
        "__subclasses__" => {
            let owner = cls.clone();
            return Ok(Value::builtin("__subclasses__", move |args, kwargs| {
                crate::value::modules::args::no_kwargs("__subclasses__", &kwargs)?;
                crate::value::modules::args::arity("__subclasses__", &args, 0, 0)?;
                Ok(Value::list(crate::value::class::subclasses::of(&owner)))
            }));
        }
        // `C.mro()`: the same classes as `__mro__`, as a list.
        "mro" => {
            let owner = cls.clone();
            return Ok(Value::builtin("mro", move |args, kwargs| {
                crate::value::modules::args::no_kwargs("mro", &kwargs)?;
                crate::value::modules::args::arity("mro", &args, 0, 0)?;
                Ok(Value::list(owner.mro.borrow().iter().map(|c| Value::Class(c.clone())).collect()))
            }));
        }
        _ => {}
    }
    if program_class(cls) && always_present::ON_CLASSES.contains(&name) {
        return Err(lacks("class", name));
    }
    Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, name)))
}

/// `Config.fromkeys(keys)`, `Flags.from_bytes(b, "big")` on a class deriving from a built-in
/// type: an instance of that class, as CPython makes it (`cls()` then `__setitem__` for each
/// key; `cls(value)` for the alternative constructors of int, float and bytes).
fn subclass_constructor(cls: &Rc<Class>, sample: Value, name: &str) -> Value {
    let cls = Value::Class(cls.clone());
    let owned = name.to_string();
    Value::builtin(name, move |args, kwargs| {
        if owned == "fromkeys" {
            crate::value::modules::args::no_kwargs("fromkeys", &kwargs)?;
            crate::value::modules::args::arity("fromkeys", &args, 1, 2)?;
            let value = args.get(1).cloned().unwrap_or(Value::None);
            let out = call(&cls, vec![], vec![])?;
            for k in crate::value::iterate::collect(&args[0])? {
                crate::value::ops::setitem(&out, k, value.clone())?;
            }
            return Ok(out);
        }
        let plain = crate::value::methods::call(&sample, &owned, args, kwargs)?;
        call(&cls, vec![plain], vec![])
    })
}

/// A value of a built-in type, to ask `methods` what that type has.
fn sample_of(t: BuiltinType) -> Option<Value> {
    Some(match t {
        BuiltinType::Int => Value::int(0),
        BuiltinType::Bool => Value::FALSE,
        BuiltinType::Float => Value::float(0.0),
        BuiltinType::Str => Value::str(""),
        BuiltinType::Bytes => Value::Bytes(Rc::new(Vec::new())),
        BuiltinType::List => Value::list(vec![]),
        BuiltinType::Tuple => Value::tuple(vec![]),
        BuiltinType::Dict => Value::dict(vec![]).ok()?,
        BuiltinType::Set => Value::set(vec![]).ok()?,
        BuiltinType::FrozenSet => Value::FrozenSet(Rc::new(crate::value::SetObj::new())),
        _ => return None,
    })
}

/// `str.upper` read from the class: called with the receiver first. Class-level methods
/// (`dict.fromkeys`, `str.maketrans`, `int.from_bytes`) take no receiver.
fn unbound_builtin_method(t: BuiltinType, sample: Value, name: &str) -> Value {
    let owned = name.to_string();
    if matches!(name, "fromkeys" | "maketrans" | "from_bytes" | "fromhex") {
        return Value::builtin(name, move |args, kwargs| crate::value::methods::call(&sample, &owned, args, kwargs));
    }
    // A method descriptor: stored in a class (`__getattr__ = dict.get`) it binds like a
    // function, so it is made as one.
    let qualname = format!("{}.{}", crate::value::class::builtin_name(t), name);
    Value::runtime_method(&qualname, move |mut args, kwargs| {
        if args.is_empty() {
            return Err(PyErr::type_error(format!(
                "unbound method {}.{}() needs an argument",
                sample.type_name(),
                owned
            )));
        }
        let receiver = args.remove(0);
        crate::value::class::payload::call_unbound(t, &owned, &receiver, args, kwargs)
    })
}

/// Attributes of built-in values: numbers' `real`/`imag`/…, `__class__`, bound methods.
fn value_getattr(obj: &Value, name: &str) -> PyResult<Value> {
    let as_int = |v: &Value| match v {
        Value::Bool(b) => Value::int(*b as i64),
        other => other.clone(),
    };
    match (obj, name) {
        (_, "__class__") => return Ok(Value::Class(type_of(obj))),
        (Value::Int(_), "real") | (Value::Int(_), "numerator") => return Ok(obj.clone()),
        (Value::Bool(_), "real") | (Value::Bool(_), "numerator") => return Ok(as_int(obj)),
        (Value::Int(_), "imag") | (Value::Bool(_), "imag") => return Ok(Value::int(0)),
        (Value::Int(_), "denominator") | (Value::Bool(_), "denominator") => return Ok(Value::int(1)),
        (Value::Float(_), "real") => return Ok(obj.clone()),
        (Value::Float(_), "imag") => return Ok(Value::float(0.0)),
        (Value::Complex(re, _), "real") => return Ok(Value::Float(*re)),
        (Value::Complex(_, im), "imag") => return Ok(Value::Float(*im)),
        (Value::Slice(s), "start") => return Ok(s.lower.clone()),
        (Value::Slice(s), "stop") => return Ok(s.upper.clone()),
        (Value::Slice(s), "step") => return Ok(s.step.clone()),
        (Value::Slice(s), "indices") => return Ok(slice_indices_method(s.clone())),
        (Value::Range(r), "start") => return Ok(Value::Int(r.start.clone())),
        (Value::Range(r), "stop") => return Ok(Value::Int(r.stop.clone())),
        (Value::Range(r), "step") => return Ok(Value::Int(r.step.clone())),
        (Value::Iter(_), "__name__" | "__qualname__" | "gi_running") => {
            if let Some(g) = crate::value::generator::of(obj) {
                return Ok(match name {
                    "__name__" => Value::Str(g.name.clone()),
                    "__qualname__" => Value::Str(g.qualname.clone()),
                    _ => Value::Bool(g.running()),
                });
            }
        }
        _ => {}
    }
    if crate::value::methods::has(obj, name) {
        let receiver = obj.clone();
        let owned = name.to_string();
        return Ok(Value::builtin(name, move |args, kwargs| {
            crate::value::methods::call(&receiver, &owned, args, kwargs)
        }));
    }
    Err(no_attr(obj, name))
}

/// `slice.indices(length)`: the (start, stop, step) a sequence of that length would use,
/// which user `__getitem__` implementations feed to `range`.
fn slice_indices_method(s: std::rc::Rc<crate::value::SliceObj>) -> Value {
    Value::builtin("indices", move |args, kwargs| {
        if !kwargs.is_empty() {
            return Err(PyErr::type_error("slice.indices() takes no keyword arguments"));
        }
        if args.len() != 1 {
            return Err(PyErr::type_error(format!(
                "slice.indices() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        let len = crate::value::ops::index_of(&args[0])?;
        if len.is_negative() {
            return Err(PyErr::value_error("length should not be negative"));
        }
        let len = len.to_i64().unwrap_or(i64::MAX);
        let (start, stop, step) = crate::value::ops::slice_indices(len, &s)?;
        Ok(Value::tuple(vec![Value::int(start), Value::int(stop), Value::int(step)]))
    })
}

/// `obj.name = value`: the class's own `__setattr__` when it defines one (it sees every
/// assignment, properties' included), else [`generic_setattr`].
pub fn setattr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    crate::value::modules::enum_::check_setattr(obj, name, false)?;
    match obj {
        Value::Instance(inst) if !is_super(inst) => {
            if let Some(hook) = lookup_dunder(&inst.class, "__setattr__") {
                call(&bind_attr(hook, Some(obj), &inst.class)?, vec![Value::str(name), value], vec![])?;
                return Ok(());
            }
            generic_setattr(obj, name, value)
        }
        Value::Class(cls) => {
            if cls.builtin.is_some() {
                return Err(PyErr::type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name, cls.name
                )));
            }
            let old = cls.dict.borrow_mut().remove_str(name);
            cls.dict.borrow_mut().set_str(name, value);
            drop(old);
            Ok(())
        }
        _ => raw_setattr(obj, name, value),
    }
}

/// `object.__setattr__(obj, name, value)`: a data descriptor of the class (a property's setter,
/// a user descriptor's `__set__`) takes the assignment, else the object's own namespace does.
pub fn generic_setattr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    if let Value::Instance(inst) = obj {
        if !is_super(inst) {
            if let Some(found) = lookup(&inst.class, name) {
                if let (true, Value::Instance(prop)) = (is_property(&found), &found) {
                    let fset = prop.dict.borrow().get_str("fset").unwrap_or(Value::None);
                    if let Value::None = fset {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name, inst.class.name
                        )));
                    }
                    call(&fset, vec![obj.clone(), value], vec![])?;
                    return Ok(());
                }
                if let Some(done) = descriptor::set(&found, obj, value.clone()) {
                    return done;
                }
            }
        }
    }
    raw_setattr(obj, name, value)
}

/// Stores in the object's own namespace, past any descriptor (what `obj.__dict__[name] = value` does).
pub fn raw_setattr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj {
        // The namespace is shared (`vars(obj)` is live); replacing it is not supported.
        Value::Instance(inst) if !is_super(inst) && name == "__dict__" => {
            Err(PyErr::untranslatable("assigning an instance's __dict__"))
        }
        Value::Instance(inst) if !is_super(inst) => {
            if let Some(refused) = slots_refuse(inst, name) {
                return Err(refused);
            }
            inst.dict.borrow_mut().set_str(name, value);
            Ok(())
        }
        Value::Module(_) => {
            crate::value::modules::local::module_setattr(obj, name, value);
            Ok(())
        }
        Value::Func(f) => {
            f.attrs.borrow_mut().set_str(name, value);
            Ok(())
        }
        Value::Class(_) => setattr(obj, name, value),
        _ => Err(not_writable(obj, name)),
    }
}

/// Assigning to an attribute of a built-in value: CPython's wording depends on what the type
/// has under that name (a method, a read-only member, a computed attribute, or nothing).
fn not_writable(obj: &Value, name: &str) -> PyErr {
    let t = obj.type_name();
    match getattr(obj, name) {
        Err(_) => no_attr(obj, name),
        Ok(v) if crate::value::builtins::is_callable(&v) => {
            attribute_error(format!("'{}' object attribute '{}' is read-only", t, name))
        }
        // Members declared read-only in C (complex.real, range.start, slice.stop).
        Ok(_) if matches!(t.as_str(), "complex" | "range" | "slice") => attribute_error("readonly attribute".to_string()),
        // Computed attributes; bool's are int's (`True.denominator`).
        Ok(_) => {
            let owner = if t == "bool" { "int" } else { t.as_str() };
            attribute_error(format!("attribute '{}' of '{}' objects is not writable", name, owner))
        }
    }
}

/// `del obj.name`: the class's own `__delattr__` when it defines one, else [`generic_delattr`].
pub fn delattr(obj: &Value, name: &str) -> PyResult<()> {
    crate::value::modules::enum_::check_setattr(obj, name, true)?;
    if let Value::Instance(inst) = obj {
        if !is_super(inst) {
            if let Some(hook) = lookup_dunder(&inst.class, "__delattr__") {
                call(&bind_attr(hook, Some(obj), &inst.class)?, vec![Value::str(name)], vec![])?;
                return Ok(());
            }
        }
    }
    generic_delattr(obj, name)
}

/// `object.__delattr__(obj, name)`: a data descriptor's deleter, else the object's namespace.
pub fn generic_delattr(obj: &Value, name: &str) -> PyResult<()> {
    if let Value::Instance(inst) = obj {
        if !is_super(inst) {
            if let Some(found) = lookup(&inst.class, name) {
                if let (true, Value::Instance(prop)) = (is_property(&found), &found) {
                    let fdel = prop.dict.borrow().get_str("fdel").unwrap_or(Value::None);
                    if let Value::None = fdel {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            name, inst.class.name
                        )));
                    }
                    call(&fdel, vec![obj.clone()], vec![])?;
                    return Ok(());
                }
                if let Some(done) = descriptor::delete(&found, obj) {
                    return done;
                }
            }
        }
    }
    raw_delattr(obj, name)
}

/// Removes from the object's own namespace, past any descriptor.
pub fn raw_delattr(obj: &Value, name: &str) -> PyResult<()> {
    let removed = match obj {
        Value::Instance(inst) if !is_super(inst) => inst.dict.borrow_mut().remove_str(name),
        Value::Module(m) if crate::value::modules::local::module_delattr(m, name) => return Ok(()),
        Value::Module(_) => None,
        Value::Func(f) => f.attrs.borrow_mut().remove_str(name),
        Value::Class(cls) if cls.builtin.is_none() => {
            let removed = cls.dict.borrow_mut().remove_str(name);
            if removed.is_none() {
                return Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, name)));
            }
            removed
        }
        Value::Class(cls) => {
            return Err(PyErr::type_error(format!(
                "cannot delete '{}' attribute of immutable type '{}'",
                name, cls.name
            )))
        }
        _ => None,
    };
    match removed {
        Some(_) => Ok(()),
        None => match obj {
            Value::Module(m) => Err(attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))),
            _ => Err(no_attr(obj, name)),
        },
    }
}

/// `hasattr(obj, name)`: false only on `AttributeError`.
pub fn hasattr(obj: &Value, name: &str) -> PyResult<bool> {
    match getattr(obj, name) {
        Ok(_) => Ok(true),
        Err(e) if is_attribute_error(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Whether `e` is an `AttributeError` (or a subclass), which `hasattr` and pattern matching
/// take as "no such attribute".
pub fn is_attribute_error(e: &PyErr) -> bool {
    match e.instance() {
        Some(v) => crate::value::exception::exception_class("AttributeError")
            .map_or(false, |c| crate::value::class::is_instance(v, &c)),
        None => e.type_name == "AttributeError",
    }
}

/// The slots of a class whose instances have no `__dict__` (every class of its MRO but the
/// built-in ones declares `__slots__`, none naming `__dict__`); `None` when they have one.
pub fn slot_names(cls: &Rc<Class>) -> Option<Vec<String>> {
    cls.dict.borrow().get_str("__slots__")?;
    let mut slots: Vec<String> = Vec::new();
    for c in cls.mro.borrow().iter() {
        // Built-in types have no `__dict__` of their own to give (`class P(tuple)`), nor has
        // `typing.Generic`, a type written in C since 3.12.
        if c.builtin.is_some() || (c.module.as_str() == "typing" && c.name.as_str() == "Generic") {
            continue;
        }
        let names = declared_slots(c)?;
        if names.iter().any(|n| n == "__dict__") {
            return None;
        }
        slots.extend(names);
    }
    Some(slots)
}

/// The names class `c` itself declares in `__slots__`; `None` when it declares none or they
/// cannot be read.
fn declared_slots(c: &Class) -> Option<Vec<String>> {
    let declared = c.dict.borrow().get_str("__slots__")?;
    Some(match &declared {
        Value::Str(s) => vec![s.to_string()],
        other => crate::value::iterate::collect(other)
            .ok()?
            .iter()
            .map(|v| crate::value::text::str_of(v).map(|s| s.to_string()).unwrap_or_default())
            .collect(),
    })
}

/// The `__dict__` of an instance that has one: its namespace, which is live. The runtime keeps
/// slot values there too, where CPython's `__dict__` never shows them, so while a slot of a
/// class that has both is set, the program stops rather than show them.
pub fn instance_dict(inst: &Instance) -> PyResult<Value> {
    let has_slot_value = inst.class.mro.borrow().iter().filter(|c| c.builtin.is_none()).any(|c| {
        declared_slots(c).map_or(false, |names| {
            names.iter().any(|n| n != "__dict__" && n != "__weakref__" && inst.dict.borrow().get_str(n).is_some())
        })
    });
    if has_slot_value {
        return Err(PyErr::untranslatable("the __dict__ of an instance whose class has both __slots__ and a __dict__"));
    }
    Ok(Value::Dict(inst.dict.clone()))
}

/// The `AttributeError` CPython raises when an instance without a `__dict__` (every class of
/// its MRO but `object` declares `__slots__`, none naming `__dict__`) is given an attribute
/// no slot names; `None` when the attribute may be set.
fn slots_refuse(inst: &Instance, name: &str) -> Option<PyErr> {
    let slots = slot_names(&inst.class)?;
    if slots.iter().any(|s| s == name) {
        return None;
    }
    Some(if lookup(&inst.class, name).is_some() {
        attribute_error(format!("'{}' object attribute '{}' is read-only", inst.class.name, name))
    } else {
        attribute_error(format!("'{}' object has no attribute '{}'", inst.class.name, name))
    })
}
