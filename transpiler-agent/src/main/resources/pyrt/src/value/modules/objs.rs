//! Classes that the standard-library modules define in Rust (`deque`, `Counter`, a
//! `hashlib` hash object): their methods are function values taking `self` first, so they
//! bind through instances and operators reach their dunders as for any Python class; their
//! state lives in hidden entries of the instance dictionary.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::class::{builtin_class, cached_class, new_class};
use crate::value::{BuiltinType, Class, DictObj, Instance, Kwargs, Params, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub type MethodFn = dyn Fn(&Value, Vec<Value>, Kwargs) -> PyResult<Value>;

/// A method `name` of a runtime class taking positional arguments only: a keyword argument
/// raises CPython's `TypeError` (as a method of a C type words it) instead of being dropped,
/// which would silently change the result (`m.groupdict(default="")` read as `m.groupdict()`).
pub fn method(
    name: &'static str,
    f: impl Fn(&Value, Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
) -> (&'static str, Value) {
    method_kw(name, move |this, args, kwargs| {
        if !kwargs.is_empty() {
            let class = this.type_name();
            let short = class.rsplit('.').next().unwrap_or_default();
            return Err(PyErr::type_error(format!("{}.{}() takes no keyword arguments", short, name)));
        }
        f(this, args, kwargs)
    })
}

/// A method `name` of a runtime class: a function `(self, *args, **kwargs)`.
pub fn method_kw(
    name: &'static str,
    f: impl Fn(&Value, Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
) -> (&'static str, Value) {
    let params = Params::new(&["self"]).posonly(1).varargs("args").varkw("kwargs");
    let v = Value::function(name, name, params, vec![], vec![], move |slots| {
        let mut it = slots.into_iter();
        let this = it.next().unwrap_or(Value::None);
        let args = match it.next() {
            Some(Value::Tuple(t)) => t.as_ref().clone(),
            _ => Vec::new(),
        };
        let kwargs = dict_to_kwargs(it.next());
        f(&this, args, kwargs)
    });
    (name, v)
}

/// The `**kwargs` dict of a function's slots as keyword arguments.
pub fn dict_to_kwargs(d: Option<Value>) -> Kwargs {
    match d {
        Some(Value::Dict(d)) => d
            .borrow()
            .items()
            .into_iter()
            .map(|(k, v)| (crate::value::text::str_of(&k).unwrap_or_else(|_| Str::from("")), v))
            .collect(),
        _ => Vec::new(),
    }
}

/// A class of module `module`, built once per run; `bases` default to `object`.
pub fn runtime_class(
    module: &str,
    name: &str,
    bases: Vec<Rc<Class>>,
    members: impl FnOnce() -> Vec<(&'static str, Value)>,
) -> Rc<Class> {
    runtime_class_keyed(&format!("{}.{}", module, name), module, name, bases, members)
}

/// [`runtime_class`] cached under `key`, for a class whose `module.name` another class of the
/// runtime already names (the ABC `collections.abc.MappingView` and `ChainMap`'s views).
pub fn runtime_class_keyed(
    key: &str,
    module: &str,
    name: &str,
    bases: Vec<Rc<Class>>,
    members: impl FnOnce() -> Vec<(&'static str, Value)>,
) -> Rc<Class> {
    cached_class(key, || {
        let bases = if bases.is_empty() { vec![builtin_class(BuiltinType::Object)] } else { bases };
        let cls = new_class(name, name, module, bases, None).expect("a single-inheritance MRO");
        {
            let mut d = cls.dict.borrow_mut();
            d.set_str("__module__", Value::str(module));
            for (k, v) in members() {
                d.set_str(k, v);
            }
        }
        cls
    })
}

/// A new instance of `cls` whose dictionary holds `state`.
pub fn instance(cls: &Rc<Class>, state: Vec<(&str, Value)>) -> Value {
    let mut d = DictObj::new();
    for (k, v) in state {
        d.set_str(k, v);
    }
    Value::Instance(Rc::new(Instance { class: cls.clone(), dict: Rc::new(RefCell::new(d)), base: None }))
}

/// Hidden state `key` of an instance made by [`instance`].
pub fn state(v: &Value, key: &str) -> PyResult<Value> {
    match v {
        Value::Instance(i) => i
            .dict
            .borrow()
            .get_str(key)
            .ok_or_else(|| PyErr::type_error(format!("descriptor needs a '{}' object", key))),
        _ => Err(PyErr::type_error(format!("descriptor needs a '{}' object, got '{}'", key, v.type_name()))),
    }
}

pub fn set_state(v: &Value, key: &str, value: Value) {
    if let Value::Instance(i) = v {
        i.dict.borrow_mut().set_str(key, value);
    }
}

/// The list held as state `key`.
pub fn list_state(v: &Value, key: &str) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    match state(v, key)? {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error("corrupt runtime object")),
    }
}

/// The dict held as state `key`.
pub fn dict_state(v: &Value, key: &str) -> PyResult<Rc<RefCell<DictObj>>> {
    match state(v, key)? {
        Value::Dict(d) => Ok(d),
        _ => Err(PyErr::type_error("corrupt runtime object")),
    }
}

/// Whether `v` is an instance of the runtime class `module.name` (or a subclass).
pub fn is_a(v: &Value, module: &str, name: &str) -> bool {
    match v {
        Value::Instance(i) => i
            .class
            .mro
            .borrow()
            .iter()
            .any(|c| c.name.as_str() == name && c.module.as_str() == module),
        _ => false,
    }
}
