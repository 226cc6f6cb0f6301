//! The `typing` module: the names annotations use (`List`, `Optional[int]`, `TypeVar`, …).
//! Each is a marker that prints as CPython's (`typing.List[int]`,
//! `typing.Optional[ForwardRef('Node')]`) and knows its `__origin__` and `__args__` (for
//! `get_origin`/`get_args`, typing_hints.rs); `Generic[T]`/`Protocol` as bases add nothing.

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
        d.set_str(name, bare(name));
    }
    d.set_str("AnyStr", form("~AnyStr"));
    d.set_str("get_type_hints", Value::builtin("get_type_hints", super::typing_hints::get_type_hints));
    d.set_str("get_origin", Value::builtin("get_origin", super::typing_hints::get_origin));
    d.set_str("get_args", Value::builtin("get_args", super::typing_hints::get_args));
    d.set_str("ForwardRef", Value::builtin("ForwardRef", super::typing_hints::forward_ref_ctor));
    d.set_str("Generic", Value::Class(generic_class()));
    d.set_str("Protocol", Value::Class(protocol_class()));
    d.set_str("Text", Value::Class(builtin_class(BuiltinType::Str)));
    d.set_str("TYPE_CHECKING", Value::FALSE);
    d.set_str("TypeVar", Value::builtin("TypeVar", super::typing_vars::type_var));
    d.set_str("ParamSpec", Value::builtin("ParamSpec", super::typing_vars::param_spec));
    d.set_str("TypeVarTuple", Value::builtin("TypeVarTuple", super::typing_vars::type_var_tuple));
    d.set_str("NewType", Value::builtin("NewType", |args, kwargs| {
        let args = super::args::bind("NewType", args, kwargs, &["name", "tp"])?;
        let name = match args.first() {
            Some(Value::Str(s)) => s.to_string(),
            _ => "NewType".to_string(),
        };
        Ok(Value::builtin(&name, |args, _| Ok(args.into_iter().next().unwrap_or(Value::None))))
    }));
    d.set_str("cast", Value::builtin("cast", |args, kwargs| {
        Ok(super::args::bind("cast", args, kwargs, &["typ", "val"])?.swap_remove(1))
    }));
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
            d.set_str("__getitem__", Value::runtime_method("_SpecialForm.__getitem__", |args, _| getitem(&args[0], &args[1])));
            d.set_str("__getattr__", Value::runtime_method("_SpecialForm.__getattr__", |args, _| {
                let name = crate::value::text::str_of(&args[1])?.to_string();
                form_getattr(&args[0], &name)
            }));
            d.set_str("__or__", Value::runtime_method("_SpecialForm.__or__", |args, _| {
                union(vec![args[0].clone(), args[1].clone()], false)
            }));
            d.set_str("__ror__", Value::runtime_method("_SpecialForm.__ror__", |args, _| {
                union(vec![args[1].clone(), args[0].clone()], false)
            }));
            d.set_str("__call__", Value::runtime_method("_SpecialForm.__call__", |args, kwargs| {
                // `Stack[int]()`: a generic alias makes an instance of its class.
                let (origin, inst) = match &args[0] {
                    Value::Instance(i) => (i.dict.borrow().get_str("__origin__"), i.dict.borrow().get_str("_inst").is_some()),
                    _ => (None, false),
                };
                if let (Some(Value::Class(c)), false) = (&origin, inst) {
                    // `List[int]()`: typing's own aliases of built-in types cannot be called.
                    let name = display(&form_head(&args[0]).unwrap_or_else(|| args[0].clone()))?;
                    return Err(PyErr::type_error(format!(
                        "Type {} cannot be instantiated; use {}() instead",
                        name.trim_start_matches("typing."),
                        c.name
                    )));
                }
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
                if !matches!(&args[1], Value::Instance(i) if is_form_class(&i.class)) {
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
        let mut d = i.dict.borrow_mut();
        let args: Vec<Value> = flat.iter().map(|v| match v {
            Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
            other => other.clone(),
        }).collect();
        d.set_str("__origin__", bare("Union"));
        d.set_str("__args__", Value::tuple(args));
        d.set_str("_head", bare("Union"));
        d.set_str("__union_args__", Value::tuple(flat));
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
        d.set_str("_inst", Value::TRUE);
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
        Value::Instance(i) if is_form_class(&i.class) => match i.dict.borrow().get_str("_text") {
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
        let c = new_class("Protocol", "Protocol", "typing", vec![generic_class()], None).expect("single base");
        // Lib/typing.py declares `__slots__ = ()` on Protocol (see `attr::slot_names`).
        c.dict.borrow_mut().set_str("__slots__", Value::tuple(vec![]));
        c
    })
}

/// The class a generic alias stands for (`Stack` for `Stack[int]`).
pub fn alias_origin(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Instance(i) if is_form_class(&i.class) => match i.dict.borrow().get_str("__origin__") {
            Some(Value::Class(c)) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

fn is_form_class(c: &Rc<Class>) -> bool {
    let base = form_class();
    Rc::ptr_eq(c, &base) || c.bases.first().map_or(false, |b| Rc::ptr_eq(b, &base))
}

/// The class CPython's typing uses for an object printed as `text` (what `type(t)` shows).
fn form_kind(text: &str) -> &'static str {
    if text.starts_with('~') {
        return "TypeVar";
    }
    let (head, subscripted) = match text.find('[') {
        Some(at) => (&text[..at], true),
        None => (text, false),
    };
    let name = head.strip_prefix("typing.").unwrap_or(head);
    if subscripted {
        return match name {
            "Optional" | "Union" => "_UnionGenericAlias",
            "Callable" => "_CallableGenericAlias",
            "Literal" => "_LiteralGenericAlias",
            "Annotated" => "_AnnotatedAlias",
            _ => "_GenericAlias",
        };
    }
    match name {
        "Tuple" => "_TupleType",
        "Callable" => "_CallableType",
        "Any" => "_AnyMeta",
        "Literal" => "_LiteralSpecialForm",
        other if class_origin(other).is_some() => "_SpecialGenericAlias",
        _ => "_SpecialForm",
    }
}

/// The runtime class standing for typing's class `kind`, a subclass of the marker class.
pub(super) fn kind_class(kind: &'static str) -> Rc<Class> {
    if kind == "_SpecialForm" {
        return form_class();
    }
    cached_class(&format!("typing.{}", kind), || {
        new_class(kind, kind, "typing", vec![form_class()], None).expect("single base")
    })
}

/// A `ParamSpec` or a `Concatenate[..., P]`: what may stand for a callable's parameters.
fn is_param_spec(v: &Value) -> bool {
    match v {
        Value::Instance(i) if is_form_class(&i.class) => {
            i.class.name.as_str() == "ParamSpec" || form_text(v).map_or(false, |t| t.starts_with("typing.Concatenate["))
        }
        _ => false,
    }
}

/// The text of a typing marker (`typing.ClassVar[int]`), `None` for other values.
pub fn form_text(v: &Value) -> Option<String> {
    match v {
        Value::Instance(i) if is_form_class(&i.class) => match i.dict.borrow().get_str("_text") {
            Some(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A typing marker printed as `text`.
fn form(text: &str) -> Value {
    let v = new_instance(&kind_class(form_kind(text)));
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().set_str("_text", Value::str(text));
    }
    v
}

/// How `typing` prints a type argument: `int`, `typing.List[int]`, `None`, `[int, str]`.
fn display(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Instance(i) if is_form_class(&i.class) => match i.dict.borrow().get_str("_text") {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        },
        Value::Class(c) => match c.module.as_str() {
            "builtins" => c.qualname.to_string(),
            m => format!("{}.{}", m, c.qualname),
        },
        Value::None => "None".to_string(),
        Value::Ellipsis => "...".to_string(),
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

thread_local! {
    static BARE: RefCell<Vec<(&'static str, Value)>> = RefCell::new(Vec::new());
}

/// The one `typing.<name>` object (so that `get_origin(t) is Union` holds), with its
/// `__origin__` where typing gives it one (`typing.List.__origin__` is `list`).
pub fn bare(name: &'static str) -> Value {
    if let Some(v) = BARE.with(|b| b.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())) {
        return v;
    }
    let f = form(&format!("typing.{}", name));
    if let (Value::Instance(i), Some((origin, inst))) = (&f, class_origin(name)) {
        let mut d = i.dict.borrow_mut();
        d.set_str("__origin__", Value::Class(origin));
        if inst {
            d.set_str("_inst", Value::TRUE);
        }
    }
    BARE.with(|b| b.borrow_mut().push((name, f.clone())));
    f
}

/// The class a typing alias stands for, and whether calling the alias makes one.
fn class_origin(name: &str) -> Option<(Rc<Class>, bool)> {
    let builtin = |t| Some((builtin_class(t), false));
    match name {
        "List" => builtin(BuiltinType::List),
        "Dict" => builtin(BuiltinType::Dict),
        "Set" => builtin(BuiltinType::Set),
        "FrozenSet" => builtin(BuiltinType::FrozenSet),
        "Tuple" => builtin(BuiltinType::Tuple),
        "Type" => builtin(BuiltinType::Type),
        "DefaultDict" => Some((super::mapping::defaultdict_class(), true)),
        "OrderedDict" => Some((super::mapping::ordereddict_class(), true)),
        "Counter" => Some((super::counter::counter_class(), true)),
        "Deque" => Some((super::deque::deque_class(), true)),
        "ChainMap" => Some((super::chainmap::chainmap_class(), true)),
        "AbstractSet" => super::collections_abc::abc_class("Set").map(|c| (c, false)),
        other => super::collections_abc::abc_class(other).map(|c| (c, false)),
    }
}

/// Whether `v` is one of typing's markers.
pub fn is_form(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if is_form_class(&i.class))
}

/// The bare form a subscripted one came from (`typing.List` for `typing.List[int]`).
pub fn form_head(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if is_form_class(&i.class) => i.dict.borrow().get_str("_head"),
        _ => None,
    }
}

/// A subscripted form's `__args__`.
pub fn form_args(v: &Value) -> Option<Vec<Value>> {
    if form_head(v).is_none() {
        return None;
    }
    match v {
        Value::Instance(i) => match i.dict.borrow().get_str("__args__") {
            Some(Value::Tuple(t)) => Some(t.as_ref().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `head[args]` again from a form's flattened `__args__` (`Callable`'s are `(int, str)`).
pub fn subscript_form(head: &Value, args: Vec<Value>) -> PyResult<Value> {
    let key = if display(head)? == "typing.Callable" && !args.is_empty() && !matches!(args[0], Value::Ellipsis) {
        let (params, ret) = args.split_at(args.len() - 1);
        Value::tuple(vec![Value::list(params.to_vec()), ret[0].clone()])
    } else {
        Value::tuple(args)
    };
    getitem(head, &key)
}

/// typing's `_type_convert`: None is `NoneType`, a string a `ForwardRef`.
fn convert(v: &Value) -> Value {
    match v {
        Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
        Value::Str(_) => super::typing_hints::forward_ref(v),
        other => other.clone(),
    }
}

/// `typing.X[key]`: the marker printed as CPython prints it, with its origin and arguments.
fn getitem(form_value: &Value, key: &Value) -> PyResult<Value> {
    let head = display(form_value)?;
    let raw = match key {
        Value::Tuple(t) => t.as_ref().clone(),
        one => vec![one.clone()],
    };
    if head == "typing.Union" || head == "typing.Optional" {
        let params: Vec<Value> = raw.iter().map(|p| match p {
            Value::Str(_) => convert(p),
            other => other.clone(),
        }).collect();
        return union(params, head == "typing.Optional");
    }
    if form_head(form_value).is_some() {
        return Err(PyErr::untranslatable(&format!("subscripting {}", head)));
    }
    let (args, shown) = match head.as_str() {
        "typing.Literal" => {
            let mut shown = Vec::new();
            for p in &raw {
                shown.push(crate::value::text::repr_of(p)?.to_string());
            }
            (raw.clone(), shown.join(", "))
        }
        "typing.Callable" => match raw.as_slice() {
            [Value::List(params), ret] => {
                let params: Vec<Value> = params.borrow().iter().map(convert).collect();
                let mut shown = Vec::new();
                for p in &params {
                    shown.push(display(p)?);
                }
                let ret = convert(ret);
                let text = format!("[{}], {}", shown.join(", "), display(&ret)?);
                let mut args = params;
                args.push(ret);
                (args, text)
            }
            [Value::Ellipsis, ret] => {
                let ret = convert(ret);
                let text = format!("..., {}", display(&ret)?);
                (vec![Value::Ellipsis, ret], text)
            }
            // `Callable[P, R]` and `Callable[Concatenate[int, P], R]`: the parameters as a whole.
            [params, ret] if is_param_spec(params) => {
                let ret = convert(ret);
                let text = format!("{}, {}", display(params)?, display(&ret)?);
                (vec![params.clone(), ret], text)
            }
            _ => return Err(PyErr::type_error("Callable must be used as Callable[[arg, ...], result].")),
        },
        _ => {
            let args: Vec<Value> = raw.iter().enumerate()
                .map(|(i, p)| if head == "typing.Annotated" && i > 0 { p.clone() } else { convert(p) })
                .collect();
            let mut shown = Vec::new();
            for (i, p) in args.iter().enumerate() {
                shown.push(if head == "typing.Annotated" && i > 0 { crate::value::text::repr_of(p)?.to_string() } else { display(p)? });
            }
            let text = if args.is_empty() { "()".to_string() } else { shown.join(", ") };
            (args, text)
        }
    };
    let f = form(&format!("{}[{}]", head, shown));
    if let Value::Instance(i) = &f {
        let mut d = i.dict.borrow_mut();
        let origin = match form_value {
            Value::Instance(h) => h.dict.borrow().get_str("__origin__"),
            _ => None,
        };
        match origin {
            Some(o) => d.set_str("__origin__", o),
            None if matches!(head.as_str(), "typing.ClassVar" | "typing.Final" | "typing.Literal") => {
                d.set_str("__origin__", form_value.clone())
            }
            None => {}
        }
        if let Some(inst) = match form_value {
            Value::Instance(h) => h.dict.borrow().get_str("_inst"),
            _ => None,
        } {
            d.set_str("_inst", inst);
        }
        d.set_str("__args__", Value::tuple(args));
        d.set_str("_head", form_value.clone());
    }
    Ok(f)
}

/// typing's `__getattr__`: `__name__` is the alias's name (`Optional`, `List`, `Stack`);
/// other public attributes are the origin class's.
fn form_getattr(v: &Value, name: &str) -> PyResult<Value> {
    let text = form_text(v).unwrap_or_default();
    if name == "__name__" || name == "__qualname__" {
        let short = text.split('[').next().unwrap_or("");
        let short = short.rsplit('.').next().unwrap_or(short).trim_start_matches('~');
        return Ok(Value::str(short));
    }
    let origin = match v {
        Value::Instance(i) => i.dict.borrow().get_str("__origin__"),
        _ => None,
    };
    match origin {
        Some(o @ Value::Class(_)) if !(name.starts_with("__") && name.ends_with("__")) => crate::value::attr::getattr(&o, name),
        _ => Err(PyErr::new("AttributeError", format!("'{}' object has no attribute '{}'", form_kind(&text), name))),
    }
}
