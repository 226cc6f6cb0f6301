//! The `typing` module: the names annotations use (`List`, `Optional[int]`, `TypeVar`, …).
//! They are markers only: subscripting gives another marker that prints as CPython's
//! (`typing.List[int]`), and `Generic[T]`/`Protocol` as bases add nothing.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::class::{builtin_class, cached_class, new_class, new_instance};
use crate::value::{BuiltinType, Class, DictObj, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

const FORMS: &[&str] = &[
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "Generic", "Literal", "Optional",
    "Protocol", "Tuple", "Type", "Union", "AbstractSet", "Collection", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Reversible", "SupportsAbs",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
    "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "Generator", "AnyStr", "NoReturn", "Never",
    "Self", "LiteralString", "TypeAlias", "TypeGuard", "Required", "NotRequired", "IO", "TextIO", "Pattern",
    "Match", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
];

pub fn build() -> Module {
    let mut d = DictObj::new();
    for name in FORMS {
        d.set_str(name, form(&format!("typing.{}", name)));
    }
    d.set_str("Generic", Value::Class(generic_class()));
    d.set_str("Protocol", Value::Class(protocol_class()));
    d.set_str("Text", Value::Class(builtin_class(BuiltinType::Str)));
    d.set_str("TYPE_CHECKING", Value::FALSE);
    d.set_str("TypeVar", Value::builtin("TypeVar", |args, _| match args.first() {
        Some(Value::Str(name)) => Ok(form(&format!("~{}", name))),
        _ => Err(PyErr::type_error("TypeVar() missing required argument 'name' (pos 1)")),
    }));
    d.set_str("NewType", Value::builtin("NewType", |args, _| {
        let name = match args.first() {
            Some(Value::Str(s)) => s.to_string(),
            _ => "NewType".to_string(),
        };
        Ok(Value::builtin(&name, |args, _| Ok(args.into_iter().next().unwrap_or(Value::None))))
    }));
    d.set_str("cast", Value::builtin("cast", |args, _| Ok(args.into_iter().nth(1).unwrap_or(Value::None))));
    d.set_str("runtime_checkable", Value::builtin("runtime_checkable", super::typing_classes::runtime_checkable));
    for name in ["overload", "final", "no_type_check", "override", "dataclass_transform"] {
        d.set_str(name, Value::builtin(name, |args, _| Ok(args.into_iter().next().unwrap_or(Value::None))));
    }
    // Class factories: as bases they are handled by typing_classes.rs; called, they make classes.
    d.set_str("NamedTuple", Value::builtin("typing.NamedTuple", |args, kwargs| {
        let (name, specs) = match (args.get(0), args.get(1)) {
            (Some(Value::Str(n)), Some(f)) if kwargs.is_empty() => (n.to_string(), crate::value::iterate::collect(f)?),
            _ => return Err(PyErr::untranslatable("typing.NamedTuple called without a name and a list of fields")),
        };
        let mut fields = Vec::new();
        for spec in specs {
            let pair = crate::value::iterate::unpack(&spec, 2)?;
            fields.push(crate::value::text::str_of(&pair[0])?.to_string());
        }
        Ok(Value::Class(super::collections::make_namedtuple(&name, fields, vec![])?))
    }));
    d.set_str("TypedDict", Value::builtin("typing.TypedDict", |args, kwargs| match args.first() {
        Some(Value::Str(n)) => {
            let name = n.to_string();
            super::typing_classes::typed_dict_class(&name, &name, vec![], kwargs)
        }
        _ => Err(PyErr::untranslatable("typing.TypedDict called without a name")),
    }));
    Module { name: Str::from("typing"), dict: RefCell::new(d), globals: &[] }
}

fn form_class() -> Rc<Class> {
    cached_class("typing._SpecialForm", || {
        let c = new_class("_SpecialForm", "_SpecialForm", "typing", vec![builtin_class(BuiltinType::Object)], None)
            .expect("single base");
        {
            let mut d = c.dict.borrow_mut();
            d.set_str("__repr__", Value::runtime_method("_SpecialForm.__repr__", |args, _| Ok(Value::str(&display(&args[0])?))));
            d.set_str("__getitem__", Value::runtime_method("_SpecialForm.__getitem__", |args, _| {
                let params = match &args[1] {
                    Value::Tuple(t) => t.as_ref().clone(),
                    one => vec![one.clone()],
                };
                let head = display(&args[0])?;
                if head == "typing.Union" || head == "typing.Optional" {
                    return union(params, head == "typing.Optional");
                }
                let mut shown = Vec::new();
                for p in &params {
                    shown.push(display(p)?);
                }
                Ok(form(&format!("{}[{}]", head, shown.join(", "))))
            }));
            d.set_str("__call__", Value::runtime_method("_SpecialForm.__call__", |args, kwargs| {
                // `Stack[int]()`: a generic alias makes an instance of its class.
                let origin = match &args[0] {
                    Value::Instance(i) => i.dict.borrow().get_str("__origin__"),
                    _ => None,
                };
                if let Some(origin @ Value::Class(_)) = origin {
                    let obj = crate::value::func::call(&origin, args[1..].to_vec(), kwargs)?;
                    if let Value::Instance(i) = &obj {
                        i.dict.borrow_mut().set_str("__orig_class__", args[0].clone());
                    }
                    return Ok(obj);
                }
                Err(PyErr::type_error(format!("Cannot instantiate {}", display(&args[0])?)))
            }));
            // Equal forms print alike (`Optional[int] == Union[int, None]`); unions compare
            // their members as sets.
            d.set_str("__eq__", Value::runtime_method("_SpecialForm.__eq__", |args, _| {
                if !matches!(&args[1], Value::Instance(i) if Rc::ptr_eq(&i.class, &form_class())) {
                    return Ok(Value::NotImplemented);
                }
                Ok(Value::Bool(form_key(&args[0])? == form_key(&args[1])?))
            }));
            d.set_str("__hash__", Value::runtime_method("_SpecialForm.__hash__", |args, _| {
                Ok(Value::int(crate::value::hash::hash_value(&Value::str(&form_key(&args[0])?))?))
            }));
        }
        c
    })
}

/// What decides whether two forms are equal: the text, with a union's members sorted.
fn form_key(v: &Value) -> PyResult<String> {
    let members = match v {
        Value::Instance(i) => i.dict.borrow().get_str("__union_args__"),
        _ => None,
    };
    if let Some(Value::Tuple(items)) = members {
        let mut shown = Vec::new();
        for item in items.iter() {
            shown.push(display(item)?);
        }
        shown.sort();
        return Ok(format!("Union[{}]", shown.join(", ")));
    }
    display(v)
}

/// `Union[...]` / `Optional[X]`: nested unions flattened, repeats dropped, one member is
/// itself; printed as CPython does (`typing.Optional[int]` for a member and None).
fn union(params: Vec<Value>, optional: bool) -> PyResult<Value> {
    let mut flat: Vec<Value> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut add = |v: Value, flat: &mut Vec<Value>| -> PyResult<()> {
        let v = match v {
            Value::Class(c) if c.builtin == Some(BuiltinType::NoneType) => Value::None,
            other => other,
        };
        let key = display(&v)?;
        if !keys.contains(&key) {
            keys.push(key);
            flat.push(v);
        }
        Ok(())
    };
    let mut all = params;
    if optional {
        all.push(Value::None);
    }
    for p in all {
        let nested = match &p {
            Value::Instance(i) => i.dict.borrow().get_str("__union_args__"),
            _ => None,
        };
        match nested {
            Some(Value::Tuple(items)) => {
                for item in items.iter() {
                    add(item.clone(), &mut flat)?;
                }
            }
            _ => add(p, &mut flat)?,
        }
    }
    if flat.len() == 1 {
        return Ok(flat.remove(0));
    }
    let text = if flat.len() == 2 && flat.iter().any(|v| matches!(v, Value::None)) {
        let other = flat.iter().find(|v| !matches!(v, Value::None)).expect("two members");
        format!("typing.Optional[{}]", display(other)?)
    } else {
        let mut shown = Vec::new();
        for v in &flat {
            shown.push(if matches!(v, Value::None) { "NoneType".to_string() } else { display(v)? });
        }
        format!("typing.Union[{}]", shown.join(", "))
    };
    let f = form(&text);
    if let Value::Instance(i) = &f {
        i.dict.borrow_mut().set_str("__union_args__", Value::tuple(flat));
    }
    Ok(f)
}

/// `Stack[int]` for a class deriving from `Generic[T]`: prints as `__main__.Stack[int]`,
/// makes `Stack` instances when called, and stands for `Stack` as a base class.
pub fn generic_alias(cls: &Rc<Class>, key: &Value) -> PyResult<Value> {
    let (params, shown) = subscript_params(key)?;
    let f = form(&format!("{}[{}]", display(&Value::Class(cls.clone()))?, shown));
    if let Value::Instance(i) = &f {
        let mut d = i.dict.borrow_mut();
        d.set_str("__origin__", Value::Class(cls.clone()));
        d.set_str("__args__", Value::tuple(params));
    }
    Ok(f)
}

/// A subscript's parameters (`X[a, b]` gives `(a, b)`, `X[a]` gives `a`) and how they print.
fn subscript_params(key: &Value) -> PyResult<(Vec<Value>, String)> {
    let params = match key {
        Value::Tuple(t) => t.as_ref().clone(),
        one => vec![one.clone()],
    };
    let mut shown = Vec::new();
    for p in &params {
        shown.push(display(p)?);
    }
    Ok((params, shown.join(", ")))
}

/// The class that `Generic`, `Protocol` or one of them subscripted stands for as a base:
/// `typing.Generic` or `typing.Protocol` (itself derived from `Generic`), which add nothing at
/// run time but make their subclasses subscriptable and show in their `__mro__`.
pub fn generic_base(v: &Value) -> Option<Rc<Class>> {
    let text = match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &form_class()) => match i.dict.borrow().get_str("_text") {
            Some(Value::Str(s)) => s.to_string(),
            _ => return None,
        },
        _ => return None,
    };
    if text == "typing.Generic" || text.starts_with("typing.Generic[") {
        Some(generic_class())
    } else if text == "typing.Protocol" || text.starts_with("typing.Protocol[") {
        Some(protocol_class())
    } else {
        None
    }
}

fn generic_class() -> Rc<Class> {
    cached_class("typing.Generic", || {
        let c = new_class("Generic", "Generic", "typing", vec![builtin_class(BuiltinType::Object)], None).expect("single base");
        let mut d = c.dict.borrow_mut();
        d.set_str("__typing_generic__", Value::TRUE);
        // `Generic[T]` is a marker for bases; `Box[int]` of a subclass an alias.
        d.set_str("__class_getitem__", crate::value::class::make_classmethod(Value::builtin("__class_getitem__", |args, _| {
            match (args.get(0), args.get(1)) {
                (Some(Value::Class(c)), Some(key)) if c.module.as_str() == "typing" => {
                    Ok(form(&format!("typing.{}[{}]", c.name, subscript_params(key)?.1)))
                }
                (Some(Value::Class(c)), Some(key)) => generic_alias(c, key),
                _ => Err(PyErr::type_error("__class_getitem__ needs a class and parameters")),
            }
        })));
        drop(d);
        c
    })
}

fn protocol_class() -> Rc<Class> {
    cached_class("typing.Protocol", || {
        new_class("Protocol", "Protocol", "typing", vec![generic_class()], None).expect("single base")
    })
}

/// The class a generic alias stands for (`Stack` for `Stack[int]`).
pub fn alias_origin(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &form_class()) => match i.dict.borrow().get_str("__origin__") {
            Some(Value::Class(c)) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// The text of a typing marker (`typing.ClassVar[int]`), `None` for other values.
pub fn form_text(v: &Value) -> Option<String> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &form_class()) => match i.dict.borrow().get_str("_text") {
            Some(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A typing marker printed as `text`.
fn form(text: &str) -> Value {
    let v = new_instance(&form_class());
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("_text", Value::str(text));
    }
    v
}

/// How `typing` prints a type argument: `int`, `typing.List[int]`, `None`, `[int, str]`.
fn display(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &form_class()) => match i.dict.borrow().get_str("_text") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        },
        Value::Class(c) => match c.module.as_str() {
            "builtins" => c.qualname.to_string(),
            m => format!("{}.{}", m, c.qualname),
        },
        Value::None => "None".to_string(),
        Value::List(items) => {
            let mut parts = Vec::new();
            for item in items.borrow().iter() {
                parts.push(display(item)?);
            }
            format!("[{}]", parts.join(", "))
        }
        other => crate::value::text::repr_of(other)?.to_string(),
    })
}
