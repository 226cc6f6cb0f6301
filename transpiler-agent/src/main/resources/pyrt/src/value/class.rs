//! Classes and instances: class creation from a namespace (C3 MRO, `__init_subclass__`
//! is not needed), instantiation, dunder lookup for the operators and built-ins,
//! `super()`, `isinstance`/`issubclass`, the built-in types as classes, and the class
//! decorators of the standard library that act on classes (`@dataclass`, `Enum`
//! subclasses). Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::func::{bind_method, call, call_function};
use crate::value::modules::{abc, enum_, typing_classes};
use crate::value::{BuiltinType, Class, DictObj, Instance, Kwargs, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub mod always_present;
pub mod descriptor;
mod lookup_cache;
pub mod payload;
mod relations;
mod subscript;

pub use relations::{is_instance, is_subclass};
pub use subscript::{class_getitem, class_members};
use relations::metaclass_of;
pub mod subclasses;

/// A class namespace changed (or a class was made): cached attribute lookups are stale.
pub fn class_changed() {
    lookup_cache::invalidate();
}

thread_local! {
    static BY_TYPE: RefCell<HashMap<BuiltinType, Rc<Class>>> = RefCell::new(HashMap::new());
    static BY_NAME: RefCell<HashMap<String, Rc<Class>>> = RefCell::new(HashMap::new());
}

/// A new class object with its MRO computed (C3).
pub fn new_class(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
    builtin: Option<BuiltinType>,
) -> PyResult<Rc<Class>> {
    let cls = Rc::new(Class {
        name: Str::from(name),
        qualname: Str::from(qualname),
        module: Str::from(module),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(DictObj::new()),
        builtin,
        payload: std::cell::Cell::new(None),
    });
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.clone());
    let mut mro = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            break;
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|h| {
            !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h)))
        });
        match head {
            Some(h) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &h) {
                        s.remove(0);
                    }
                }
                mro.push(h);
            }
            None => {
                let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
    *cls.mro.borrow_mut() = mro;
    class_changed();
    subclasses::remember(&cls);
    Ok(cls)
}

/// A runtime-made class, cached per thread by `key` (built once, then shared).
pub fn cached_class(key: &str, make: impl FnOnce() -> Rc<Class>) -> Rc<Class> {
    if let Some(c) = BY_NAME.with(|m| m.borrow().get(key).cloned()) {
        return c;
    }
    let c = make();
    BY_NAME.with(|m| m.borrow_mut().insert(key.to_string(), c.clone()));
    c
}

/// `class Name(bases, **kwargs): namespace`. Bases are class values (`Enum` bases make an
/// enum; `Exception` bases an exception class).
pub fn make_class(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    namespace: Vec<(&str, Value)>,
    kwargs: Kwargs,
) -> PyResult<Value> {
    make_class_in("__main__", name, qualname, bases, namespace, kwargs)
}

/// `make_class` for a class defined in module `module` (its `__module__`, which tracebacks show
/// as `util.Error: …`).
pub fn make_class_in(
    module: &str,
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    namespace: Vec<(&str, Value)>,
    kwargs: Kwargs,
) -> PyResult<Value> {
    if let Some(factory) = bases.iter().find_map(typing_classes::factory_base) {
        return match factory {
            "NamedTuple" => typing_classes::named_tuple_class(name, &bases, namespace, kwargs),
            _ => typing_classes::typed_dict_class(name, qualname, namespace, kwargs),
        };
    }
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => base_classes.push(c),
            // `class IntStack(Stack[int])`: the alias stands for its class.
            Value::Instance(_) if crate::value::modules::typing::alias_origin(&b).is_some() => {
                base_classes.push(crate::value::modules::typing::alias_origin(&b).expect("checked"));
            }
            // `class Row(list[int])`: a `types.GenericAlias` base is its origin.
            Value::Instance(_) if crate::value::modules::generic_alias::alias_base(&b).is_some() => {
                base_classes.push(crate::value::modules::generic_alias::alias_base(&b).expect("checked"));
            }
            // `Generic[T]`, `Protocol[T]`: typing's markers add nothing at run time but
            // make the class subscriptable.
            Value::Instance(_) if crate::value::modules::typing::generic_base(&b).is_some() => {
                let base = crate::value::modules::typing::generic_base(&b).expect("checked");
                if !base_classes.iter().any(|c| Rc::ptr_eq(c, &base)) {
                    base_classes.push(base);
                }
            }
            other => {
                return Err(PyErr::untranslatable(&format!("a class base of type '{}'", other.type_name())))
            }
        }
    }
    let subclass_hook = base_classes.iter().any(|b| {
        matches!(lookup_with_owner(b, "__init_subclass__"), Some((owner, _)) if owner.builtin.is_none())
    });
    let mut init_subclass_kwargs: Kwargs = Vec::new();
    for (k, v) in &kwargs {
        let is_abcmeta = matches!(v, Value::Class(c) if c.name.as_str() == "ABCMeta");
        if k.as_str() == "metaclass" && is_abcmeta {
            continue;
        }
        if k.as_str() == "metaclass" || !subclass_hook {
            return Err(PyErr::untranslatable(&format!("class keyword argument '{}'", k.as_str())));
        }
        init_subclass_kwargs.push((k.clone(), v.clone()));
    }
    // `class Status(str, Enum)`: the data type's behaviour comes from a mixin class.
    if base_classes.iter().any(|b| enum_::is_enum_class(b)) {
        for b in base_classes.iter_mut() {
            if let Some(mixin) = b.builtin.and_then(enum_::data_type_mixin) {
                *b = mixin;
            }
        }
    }
    let is_enum = base_classes.iter().any(|b| b.mro.borrow().iter().any(|c| enum_::is_enum_root(c)));
    let payload_type = if is_enum {
        for b in &base_classes {
            match b.builtin {
                None | Some(BuiltinType::Object) | Some(BuiltinType::Exception) => {}
                Some(_) if b.mro.borrow().iter().any(|c| enum_::is_enum_root(c)) => {}
                Some(_) => {
                    return Err(PyErr::untranslatable(&format!("subclassing built-in type '{}'", b.name)))
                }
            }
        }
        None
    } else {
        payload::payload_of_bases(&base_classes)?
    };
    if base_classes.is_empty() {
        base_classes.push(builtin_class(BuiltinType::Object));
    }
    // A class that lists `Protocol` among its bases is a protocol (its subclasses are not).
    let protocol = base_classes.iter().any(|b| b.module.as_str() == "typing" && b.name.as_str() == "Protocol");
    let cls = new_class(name, qualname, module, base_classes, None)?;
    cls.payload.set(payload_type);
    let defines_eq = namespace.iter().any(|(n, _)| *n == "__eq__");
    let defines_hash = namespace.iter().any(|(n, _)| *n == "__hash__");
    {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__module__", Value::str(module));
        for (n, v) in &namespace {
            let v = match (*n, v) {
                ("__new__", Value::Func(_)) => make_staticmethod(v.clone()),
                ("__init_subclass__", Value::Func(_)) | ("__class_getitem__", Value::Func(_)) => {
                    make_classmethod(v.clone())
                }
                _ => v.clone(),
            };
            d.set_str(n, v);
        }
        if kwargs.iter().any(|(k, _)| k.as_str() == "metaclass") {
            d.set_str("__abc_metaclass__", Value::TRUE);
            d.set_str("register", abc::register_method());
        }
        if defines_eq && !defines_hash {
            d.set_str("__hash__", Value::None);
        }
        if protocol {
            d.set_str("_is_protocol", Value::TRUE);
        }
    }
    if cls.mro.borrow()[1..].iter().any(|c| enum_::is_enum_root(c)) {
        enum_::populate(&cls, &namespace)?;
    }
    abc::init_abstract(&cls)?;
    descriptor::set_names(&cls, &namespace)?;
    // `__init_subclass__` of a base runs for the new class (implicitly a classmethod).
    if subclass_hook {
        let hook = {
            let mro = cls.mro.borrow();
            mro[1..].iter().find_map(|c| c.dict.borrow().get_str("__init_subclass__").map(|h| (c.clone(), h)))
        };
        if let Some((owner, hook)) = hook {
            if owner.builtin.is_none() {
                let bound = bind_attr(hook, None, &cls)?;
                call(&bound, vec![], init_subclass_kwargs)?;
            }
        }
    }
    Ok(Value::Class(cls))
}

/// Finds `name` along the MRO of `cls` (class dictionaries only).
pub fn lookup(cls: &Rc<Class>, name: &str) -> Option<Value> {
    lookup_with_owner(cls, name).map(|(_, v)| v)
}

/// Like [`lookup`], but `object`'s own defaults do not count (for dunder dispatch).
pub fn lookup_dunder(cls: &Rc<Class>, name: &str) -> Option<Value> {
    let found = lookup_cache::lookup(cls, name, true, || {
        // No Python code runs during the walk, so the borrows cannot conflict.
        let mro = cls.mro.borrow();
        mro.iter().filter(|c| c.builtin != Some(BuiltinType::Object)).find_map(|c| {
            let v = c.dict.borrow().get_str(name);
            v.map(|v| (c.clone(), v))
        })
    });
    found.map(|(_, v)| v)
}

/// Where along the MRO of `cls` `name` is found: the defining class and the attribute.
pub fn lookup_with_owner(cls: &Rc<Class>, name: &str) -> Option<(Rc<Class>, Value)> {
    lookup_cache::lookup(cls, name, false, || {
        let mro = cls.mro.borrow();
        mro.iter().find_map(|c| {
            let v = c.dict.borrow().get_str(name);
            v.map(|v| (c.clone(), v))
        })
    })
}

/// `super()` inside a method of `class_` whose first argument is `receiver`.
pub fn super_(class_: &Value, receiver: &Value) -> PyResult<Value> {
    let this = match class_ {
        Value::Class(c) => c.clone(),
        _ => return Err(PyErr::type_error("super() argument 1 must be a type")),
    };
    let ok = match receiver {
        Value::Class(c) => is_subclass(c, &this),
        v => is_instance(v, &this),
    };
    if !ok {
        return Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    let inst = Instance { class: super_class(), dict: Rc::new(RefCell::new(DictObj::new())), base: None };
    inst.dict.borrow_mut().set_str("__thisclass__", class_.clone());
    inst.dict.borrow_mut().set_str("__self__", receiver.clone());
    Ok(Value::Instance(Rc::new(inst)))
}

fn super_class() -> Rc<Class> {
    cached_class("builtins.super", || plain_builtin("super", Some(BuiltinType::Object)))
}

/// Whether `inst` is a `super()` proxy.
pub fn is_super(inst: &Instance) -> bool {
    inst.class.name.as_str() == "super" && Rc::ptr_eq(&inst.class, &super_class())
}

/// `super().name`: the attribute after `__thisclass__` along the receiver's MRO.
pub fn super_getattr(inst: &Instance, name: &str) -> PyResult<Value> {
    let (this, receiver) = {
        let d = inst.dict.borrow();
        (d.get_str("__thisclass__"), d.get_str("__self__"))
    };
    let (this, receiver) = match (this, receiver) {
        (Some(Value::Class(t)), Some(r)) => (t, r),
        _ => return Err(PyErr::type_error("super(): no arguments")),
    };
    let start = match &receiver {
        Value::Class(c) => c.clone(),
        v => type_of(v),
    };
    let mro = start.mro.borrow().clone();
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, &this)).map(|p| p + 1).unwrap_or(mro.len());
    for c in &mro[pos..] {
        let found = c.dict.borrow().get_str(name);
        if let Some(v) = found {
            return match &receiver {
                Value::Class(_) => bind_attr(v, None, &start),
                r => bind_attr(v, Some(r), &start),
            };
        }
        // `super().__setitem__(k, v)` in a `dict` subclass: the built-in's own method.
        if let (Some(t), Some(base)) = (c.builtin, payload::base_of(&receiver)) {
            if start.payload.get() == Some(t) {
                if let Some(m) = payload::bound_method(&receiver, &base, name) {
                    return Ok(m);
                }
            }
        }
    }
    Err(PyErr::new("AttributeError", format!("'super' object has no attribute '{}'", name)))
}

/// What reading a class attribute `found` gives through an instance (`receiver`) or the
/// class itself (`None`): functions bind, `property` runs its getter, `staticmethod`
/// unwraps, `classmethod` binds the class.
pub fn bind_attr(found: Value, receiver: Option<&Value>, cls: &Rc<Class>) -> PyResult<Value> {
    match (&found, receiver) {
        (Value::Func(_), Some(r)) => Ok(bind_method(r.clone(), found)),
        (Value::Instance(d), _) if d.class.builtin == Some(BuiltinType::Descriptor) => {
            let func = d.dict.borrow().get_str("__func__").unwrap_or(Value::None);
            match d.class.name.as_str() {
                "staticmethod" => Ok(func),
                "classmethod" => Ok(bind_method(Value::Class(cls.clone()), func)),
                _ => match receiver {
                    Some(r) => property_get(d, r),
                    None => Ok(found.clone()),
                },
            }
        }
        (Value::Instance(_), _) if descriptor::has_get(&found) => descriptor::get(&found, receiver, cls),
        _ => Ok(found),
    }
}

fn property_get(prop: &Instance, receiver: &Value) -> PyResult<Value> {
    let fget = prop.dict.borrow().get_str("fget").unwrap_or(Value::None);
    if let Value::None = fget {
        return Err(PyErr::new(
            "AttributeError",
            format!("property of '{}' object has no getter", receiver.type_name()),
        ));
    }
    call(&fget, vec![receiver.clone()], vec![])
}

/// Whether `v` is a `property` object.
pub fn is_property(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.builtin == Some(BuiltinType::Descriptor) && i.class.name.as_str() == "property")
}

/// Calls a class: a new instance (`__new__`, then `__init__`), a built-in type's
/// constructor, an exception, or an enum member lookup.
pub fn instantiate(cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if let Some(t) = cls.builtin {
        return call_builtin_type(cls, t, args, kwargs);
    }
    if is_plain_class(cls) {
        let obj = new_instance(cls);
        run_init(cls, &obj, args, kwargs)?;
        return Ok(obj);
    }
    if enum_::is_enum_class(cls) {
        return enum_::call_enum(cls, args, kwargs);
    }
    if typing_classes::is_typed_dict(cls) {
        return typing_classes::make_typed_dict(args, kwargs);
    }
    abc::check_instantiable(cls)?;
    if crate::value::exception::is_exception_class(cls) {
        return crate::value::exception::instantiate_exception(cls, args, kwargs);
    }
    let new_found = lookup_with_owner(cls, "__new__");
    let obj = match new_found {
        Some((owner, newf)) if owner.builtin != Some(BuiltinType::Object) => {
            let newf = bind_attr(newf, None, cls)?;
            let mut full = vec![Value::Class(cls.clone())];
            full.extend(args.iter().cloned());
            let obj = call(&newf, full, kwargs.clone())?;
            if !is_instance(&obj, cls) {
                return Ok(obj);
            }
            obj
        }
        _ => new_instance(cls),
    };
    run_init(cls, &obj, args, kwargs)?;
    Ok(obj)
}

/// Whether calling `cls` is just `object.__new__` then `__init__`: no enum, abstract base,
/// exception or own `__new__` along its MRO (cached like attribute lookups).
fn is_plain_class(cls: &Rc<Class>) -> bool {
    let found = lookup_cache::lookup(cls, "\0plain", false, || {
        let plain = !enum_::is_enum_class(cls)
            && !typing_classes::is_typed_dict(cls)
            && !crate::value::exception::is_exception_class(cls)
            && abc::check_instantiable(cls).is_ok()
            && matches!(lookup_with_owner(cls, "__new__"), Some((owner, _)) if owner.builtin == Some(BuiltinType::Object));
        Some((cls.clone(), Value::Bool(plain)))
    });
    matches!(found, Some((_, Value::Bool(true))))
}

/// A new, empty instance of `cls` (`object.__new__(cls)`).
pub fn new_instance(cls: &Rc<Class>) -> Value {
    let base = cls.payload.get().map(payload::empty_payload);
    Value::Instance(Rc::new(Instance { class: cls.clone(), dict: Rc::new(RefCell::new(DictObj::new())), base }))
}

fn run_init(cls: &Rc<Class>, obj: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<()> {
    match lookup_with_owner(cls, "__init__") {
        Some((owner, _)) if owner.builtin == Some(BuiltinType::Object) => {
            // `object.__init__` accepts the arguments a `__new__` other than object's took.
            let own_new = matches!(lookup_with_owner(cls, "__new__"), Some((o, _)) if o.builtin != Some(BuiltinType::Object));
            if (!args.is_empty() || !kwargs.is_empty()) && !own_new {
                return Err(PyErr::type_error(format!("{}() takes no arguments", cls.name)));
            }
            Ok(())
        }
        None => Ok(()),
        Some((_, init)) => {
            let result = match &init {
                Value::Func(f) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend(args);
                    call_function(f, full, kwargs)?
                }
                other => call(&bind_attr(other.clone(), Some(obj), cls)?, args, kwargs)?,
            };
            match result {
                Value::None => Ok(()),
                r => Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name()))),
            }
        }
    }
}

fn call_builtin_type(cls: &Rc<Class>, t: BuiltinType, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    use crate::value::builtins as b;
    match t {
        BuiltinType::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            Ok(new_instance(cls))
        }
        BuiltinType::Exception => crate::value::exception::instantiate_exception(cls, args, kwargs),
        BuiltinType::Descriptor => match cls.name.as_str() {
            "property" => b::property(args, kwargs),
            "staticmethod" => b::staticmethod(args, kwargs),
            _ => b::classmethod(args, kwargs),
        },
        BuiltinType::Iterator => Err(PyErr::type_error(format!("cannot create '{}' instances", cls.name))),
        other => b::construct(other, args, kwargs),
    }
}

fn plain_builtin(name: &str, builtin: Option<BuiltinType>) -> Rc<Class> {
    let bases = if builtin == Some(BuiltinType::Object) && name == "object" {
        Vec::new()
    } else {
        vec![builtin_class(BuiltinType::Object)]
    };
    new_class(name, name, "builtins", bases, builtin).expect("built-in classes have a consistent MRO")
}

/// The Python name of a built-in type (`str`, `builtin_function_or_method`, …).
pub fn builtin_name(t: BuiltinType) -> &'static str {
    match t {
        BuiltinType::Object => "object",
        BuiltinType::Type => "type",
        BuiltinType::NoneType => "NoneType",
        BuiltinType::Bool => "bool",
        BuiltinType::Int => "int",
        BuiltinType::Float => "float",
        BuiltinType::Complex => "complex",
        BuiltinType::Str => "str",
        BuiltinType::Bytes => "bytes",
        BuiltinType::List => "list",
        BuiltinType::Tuple => "tuple",
        BuiltinType::Dict => "dict",
        BuiltinType::Set => "set",
        BuiltinType::FrozenSet => "frozenset",
        BuiltinType::Range => "range",
        BuiltinType::Slice => "slice",
        BuiltinType::Function => "function",
        BuiltinType::BuiltinFunction => "builtin_function_or_method",
        BuiltinType::Method => "method",
        BuiltinType::Module => "module",
        BuiltinType::Iterator => "iterator",
        BuiltinType::Exception => "BaseException",
        BuiltinType::Descriptor => "property",
    }
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Rc<Class> {
    let t = match v {
        Value::None => BuiltinType::NoneType,
        Value::NotImplemented | Value::Ellipsis => {
            let name = v.type_name();
            return cached_class(&format!("builtins.{}", name), || plain_builtin(&name, Some(BuiltinType::Iterator)));
        }
        Value::Bool(_) => BuiltinType::Bool,
        Value::Int(_) => BuiltinType::Int,
        Value::Float(_) => BuiltinType::Float,
        Value::Complex(..) => BuiltinType::Complex,
        Value::Str(_) => BuiltinType::Str,
        Value::Bytes(_) => BuiltinType::Bytes,
        Value::List(_) => BuiltinType::List,
        Value::Tuple(_) => BuiltinType::Tuple,
        Value::Dict(_) => BuiltinType::Dict,
        Value::Set(_) => BuiltinType::Set,
        Value::FrozenSet(_) => BuiltinType::FrozenSet,
        Value::Range(_) => BuiltinType::Range,
        Value::Slice(_) => BuiltinType::Slice,
        Value::Func(_) => BuiltinType::Function,
        Value::Builtin(_) => BuiltinType::BuiltinFunction,
        Value::BoundMethod(_) => BuiltinType::Method,
        Value::Class(c) => return metaclass_of(c),
        Value::Instance(i) => return i.class.clone(),
        Value::Module(_) => BuiltinType::Module,
        Value::Iter(it) => {
            let name = it.borrow().name;
            return cached_class(&format!("builtins.{}", name), || plain_builtin(name, Some(BuiltinType::Iterator)));
        }
    };
    builtin_class(t)
}

/// The class object of a built-in type (`int`, `list`, …).
pub fn builtin_class(t: BuiltinType) -> Rc<Class> {
    if let Some(c) = BY_TYPE.with(|m| m.borrow().get(&t).cloned()) {
        return c;
    }
    let c = match t {
        BuiltinType::Exception => crate::value::exception::exception_class("BaseException")
            .expect("BaseException is a built-in exception"),
        BuiltinType::Bool => new_class("bool", "bool", "builtins", vec![builtin_class(BuiltinType::Int)], Some(t))
            .expect("bool's MRO is consistent"),
        BuiltinType::Descriptor => descriptor_class("property"),
        BuiltinType::Object => {
            // Cached before its methods are made: they are objects of classes deriving from it.
            let c = plain_builtin("object", Some(t));
            BY_TYPE.with(|m| m.borrow_mut().insert(t, c.clone()));
            object_methods(&c);
            c
        }
        _ => {
            let c = plain_builtin(builtin_name(t), Some(t));
            payload::builtin_members(&c, t);
            c
        }
    };
    BY_TYPE.with(|m| m.borrow_mut().insert(t, c.clone()));
    c
}

/// `object.__init__`, `object.__getattribute__`, `object.__setattr__`, `object.__delattr__`,
/// `object.__new__`, which
/// `super()` calls reach.
fn object_methods(c: &Rc<Class>) {
    let mut d = c.dict.borrow_mut();
    d.set_str(
        "__init__",
        Value::runtime_method("object.__init__", |args, kwargs| {
            if args.len() > 1 || !kwargs.is_empty() {
                return Err(PyErr::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            Ok(Value::None)
        }),
    );
    d.set_str(
        "__getattribute__",
        Value::runtime_method("object.__getattribute__", |args, _| match args.as_slice() {
            [obj, Value::Str(name)] => crate::value::attr::generic_getattr(obj, name.as_str()),
            [_, other] => Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            ))),
            _ => Err(PyErr::type_error("object.__getattribute__() takes 2 arguments")),
        }),
    );
    d.set_str(
        "__setattr__",
        Value::runtime_method("object.__setattr__", |args, _| match args.as_slice() {
            [obj, Value::Str(name), value] => {
                crate::value::attr::generic_setattr(obj, name.as_str(), value.clone())?;
                Ok(Value::None)
            }
            _ => Err(PyErr::type_error("object.__setattr__() takes 3 arguments")),
        }),
    );
    d.set_str(
        "__delattr__",
        Value::runtime_method("object.__delattr__", |args, _| match args.as_slice() {
            [obj, Value::Str(name)] => {
                crate::value::attr::generic_delattr(obj, name.as_str())?;
                Ok(Value::None)
            }
            _ => Err(PyErr::type_error("object.__delattr__() takes 2 arguments")),
        }),
    );
    d.set_str(
        "__init_subclass__",
        make_classmethod(Value::builtin("__init_subclass__", |args, kwargs| {
            if !kwargs.is_empty() {
                let name = match args.first() {
                    Some(Value::Class(c)) => c.name.to_string(),
                    _ => "object".to_string(),
                };
                return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
            }
            Ok(Value::None)
        })),
    );
    d.set_str(
        "__eq__",
        Value::runtime_method("object.__eq__", |args, _| {
            Ok(if args.len() == 2 && crate::value::compare::is(&args[0], &args[1]) { Value::TRUE } else { Value::NotImplemented })
        }),
    );
    d.set_str(
        "__ne__",
        Value::runtime_method("object.__ne__", |args, _| {
            let same = args.len() == 2 && crate::value::compare::is(&args[0], &args[1]);
            Ok(if same { Value::FALSE } else { Value::NotImplemented })
        }),
    );
    d.set_str(
        "__str__",
        Value::runtime_method("object.__str__", |args, _| Ok(Value::Str(crate::value::text::repr_of(&args[0])?))),
    );
    d.set_str(
        "__repr__",
        Value::runtime_method("object.__repr__", |args, _| match args.first() {
            Some(v) => Ok(Value::str(&crate::value::text::object_repr(v))),
            None => Err(PyErr::new("TypeError", "descriptor '__repr__' of 'object' object needs an argument")),
        }),
    );
    d.set_str(
        "__new__",
        make_staticmethod(Value::builtin("__new__", |args, _| match args.first() {
            Some(Value::Class(c)) if c.payload.get().is_some() => {
                let t = builtin_name(c.payload.get().expect("checked"));
                Err(PyErr::type_error(format!("object.__new__({}) is not safe, use {}.__new__()", c.name, t)))
            }
            Some(Value::Class(c)) => Ok(new_instance(c)),
            _ => Err(PyErr::type_error("object.__new__(X): X is not a type object")),
        })),
    );
}

fn descriptor_class(name: &str) -> Rc<Class> {
    cached_class(&format!("builtins.{}", name), || {
        let c = plain_builtin(name, Some(BuiltinType::Descriptor));
        if name == "property" {
            let mut d = c.dict.borrow_mut();
            for (method, slot) in [("setter", "fset"), ("getter", "fget"), ("deleter", "fdel")] {
                d.set_str(
                    method,
                    Value::runtime_method(&format!("property.{}", method), move |args, _| {
                        let (prop, f) = match args.as_slice() {
                            [Value::Instance(p), f] => (p.clone(), f.clone()),
                            _ => return Err(PyErr::type_error(format!("property.{}() takes 1 argument", method))),
                        };
                        let copy = prop.dict.borrow().clone();
                        let new = Instance { class: prop.class.clone(), dict: Rc::new(RefCell::new(copy)), base: None };
                        new.dict.borrow_mut().set_str(slot, f);
                        Ok(Value::Instance(Rc::new(new)))
                    }),
                );
            }
        }
        c
    })
}

/// Looks `name` up along the MRO of `v`'s class (not the instance dict) and calls it with
/// `v` first: the way operators and built-ins reach `__add__`, `__len__`, `__str__`…
/// `None` when the class does not define it (built-in values never do).
pub fn call_dunder(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
    let inst = match v {
        Value::Instance(i) => i,
        _ => return Ok(None),
    };
    let found = match lookup_dunder(&inst.class, name) {
        Some(f) => f,
        None => {
            return match &inst.base {
                Some(base) if payload::has_dunder(base, name) => payload::call_dunder(v, base, name, args).map(Some),
                _ => Ok(None),
            }
        }
    };
    match &found {
        Value::Func(f) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(v.clone());
            full.extend(args);
            call_function(f, full, vec![]).map(Some)
        }
        Value::None if name == "__hash__" => {
            Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())))
        }
        other => {
            let bound = bind_attr(other.clone(), Some(v), &inst.class)?;
            call(&bound, args, vec![]).map(Some)
        }
    }
}

/// Whether `v`'s class defines `name` (a cheap check before `call_dunder`).
pub fn has_dunder(v: &Value, name: &str) -> bool {
    match v {
        Value::Instance(i) => {
            lookup_dunder(&i.class, name).is_some()
                || matches!(&i.base, Some(base) if payload::has_dunder(base, name))
        }
        _ => false,
    }
}

/// `property(fget, fset)` (either may be `Value::None`); `@x.setter` calls `setter` on it.
pub fn make_property(fget: Value, fset: Value) -> Value {
    let inst = Instance { class: descriptor_class("property"), dict: Rc::new(RefCell::new(DictObj::new())), base: None };
    {
        let mut d = inst.dict.borrow_mut();
        d.set_str("fget", fget);
        d.set_str("fset", fset);
        d.set_str("fdel", Value::None);
    }
    Value::Instance(Rc::new(inst))
}

fn wrap_descriptor(kind: &str, f: Value) -> Value {
    let inst = Instance { class: descriptor_class(kind), dict: Rc::new(RefCell::new(DictObj::new())), base: None };
    // Since 3.10 both copy what `functools.wraps` copies (`cm_init`'s `functools_wraps`), so
    // decorators stacked over them read the function's name and annotations.
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        if let Ok(v) = crate::value::attr::getattr(&f, name) {
            inst.dict.borrow_mut().set_str(name, v);
        }
    }
    inst.dict.borrow_mut().set_str("__wrapped__", f.clone());
    inst.dict.borrow_mut().set_str("__func__", f);
    Value::Instance(Rc::new(inst))
}

/// `staticmethod(f)`.
pub fn make_staticmethod(f: Value) -> Value {
    wrap_descriptor("staticmethod", f)
}

/// `classmethod(f)`.
pub fn make_classmethod(f: Value) -> Value {
    wrap_descriptor("classmethod", f)
}
