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
    for name in ["overload", "final", "runtime_checkable", "no_type_check", "override", "dataclass_transform"] {
        d.set_str(name, Value::builtin(name, |args, _| Ok(args.into_iter().next().unwrap_or(Value::None))));
    }
    for name in ["NamedTuple", "TypedDict"] {
        d.set_str(name, Value::builtin(name, move |_, _| Err(PyErr::untranslatable(&format!("typing.{}", name)))));
    }
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
                let mut shown = Vec::new();
                for p in &params {
                    shown.push(display(p)?);
                }
                Ok(form(&format!("{}[{}]", display(&args[0])?, shown.join(", "))))
            }));
            d.set_str("__call__", Value::runtime_method("_SpecialForm.__call__", |args, _| {
                Err(PyErr::type_error(format!("Cannot instantiate {}", display(&args[0])?)))
            }));
        }
        c
    })
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
