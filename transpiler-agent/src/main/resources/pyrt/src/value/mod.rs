//! Python's dynamic values: what code translated without static types computes with.
//!
//! Where analysis cannot give a variable one static type (heterogeneous containers, duck
//! typing, classes, functions as values), generated code holds a [`Value`] and calls the
//! functions of this module for every operation. Each follows CPython 3.12: results,
//! exception types and messages. Mutable containers and objects are shared (`Rc`), as
//! Python's references are; `is` is pointer identity for them.
//!
//! The functions that generated code calls are the *ABI* of this module; they are listed
//! in `prelude` and must keep their names and signatures.

use crate::int::Int;
use crate::str::Str;
use std::cell::RefCell;
use std::rc::Rc;

pub mod abi;
pub mod attr;
pub mod builtins;
pub mod cell;
pub mod class;
pub mod compare;
pub mod complex;
pub mod context_manager;
pub mod dict;
pub mod exception;
pub mod exception_group;
mod exception_group_report;
pub mod func;
pub mod async_gen;
pub mod generator;
pub mod handled;
pub mod globals;
pub mod hash;
pub mod iterate;
pub mod match_class;
pub mod methods;
pub mod modules;
pub mod ops;
pub mod prelude;
pub mod set;
pub mod text;
pub mod unicode_error;

pub use dict::DictObj;
pub use set::SetObj;

/// Keyword arguments of a call, in the order written (`f(a=1, **d)` expands `d` in place).
pub type Kwargs = Vec<(Str, Value)>;

/// A Python object.
#[derive(Clone)]
pub enum Value {
    None,
    /// `NotImplemented`, which binary dunder methods return to defer to the other operand.
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(Int),
    Float(f64),
    /// `complex`: real and imaginary parts.
    Complex(f64, f64),
    Str(Str),
    Bytes(Rc<Vec<u8>>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<DictObj>>),
    Set(Rc<RefCell<SetObj>>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    /// A function defined in Python (`def`, `lambda`).
    Func(Rc<Function>),
    /// A function of the runtime (`len`, a bound `str.split`, `math.sqrt`, a class's
    /// generated `__init__`); closures let it carry a receiver.
    Builtin(Rc<BuiltinFn>),
    /// `obj.method` of a Python-defined method: `self` bound to a function.
    BoundMethod(Rc<BoundMethod>),
    /// A class: a user class, or a built-in type such as `int` or `ValueError`.
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    /// An iterator: `iter(x)`, `map`, `zip`, `enumerate`, a generator expression.
    Iter(Rc<RefCell<IterObj>>),
}

/// `range(start, stop, step)` as a value (iterable many times, indexable, `len`).
#[derive(Clone, Debug)]
pub struct RangeObj {
    pub start: Int,
    pub stop: Int,
    pub step: Int,
}

/// `slice(lower, upper, step)`; absent parts are `Value::None`.
#[derive(Clone)]
pub struct SliceObj {
    pub lower: Value,
    pub upper: Value,
    pub step: Value,
}

/// How a Python function takes its arguments. The body of a [`Function`] receives one
/// value per slot, in this order: `positional` names, then the `*varargs` tuple (if any),
/// then `kwonly` names, then the `**varkw` dict (if any).
#[derive(Clone, Debug, Default)]
pub struct Params {
    pub positional: Vec<&'static str>,
    /// How many of `positional` are positional-only (before `/`).
    pub posonly: usize,
    pub varargs: Option<&'static str>,
    pub kwonly: Vec<&'static str>,
    pub varkw: Option<&'static str>,
}

pub type Body = Box<dyn Fn(Vec<Value>) -> crate::exc::PyResult<Value>>;

pub struct Function {
    pub name: Str,
    pub qualname: Str,
    pub params: Params,
    /// Defaults of the last `defaults.len()` positional parameters, evaluated at `def` time.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(&'static str, Value)>,
    pub body: Body,
    /// Attributes set on the function (`f.cache = {}`, `__wrapped__`, `__doc__`).
    pub attrs: RefCell<DictObj>,
}

pub struct BuiltinFn {
    pub name: Str,
    pub call: Box<dyn Fn(Vec<Value>, Kwargs) -> crate::exc::PyResult<Value>>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub function: Value,
}

/// What a class is made of. Built-in types are classes too (`isinstance(x, int)`,
/// `type(x).__name__`, `int("3")`), marked by `builtin`.
pub struct Class {
    pub name: Str,
    pub qualname: Str,
    pub module: Str,
    pub bases: Vec<Rc<Class>>,
    /// The C3 linearisation, starting with the class itself.
    pub mro: RefCell<Vec<Rc<Class>>>,
    /// The class namespace: methods, class attributes, `__annotations__`.
    pub dict: RefCell<DictObj>,
    pub builtin: Option<BuiltinType>,
    /// For a user class deriving from a built-in data type (`class Env(dict)`), that type:
    /// its instances carry a value of it as their [`Instance::base`] (see `class/payload.rs`).
    pub payload: std::cell::Cell<Option<BuiltinType>>,
}

/// The built-in types that are classes in the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    /// `BaseException` and every built-in exception class (the class's name says which).
    Exception,
    /// `property`, `staticmethod`, `classmethod` objects in a class body.
    Descriptor,
}

pub struct Instance {
    pub class: Rc<Class>,
    /// Shared, so that `obj.__dict__` and `vars(obj)` are the live namespace.
    pub dict: Rc<RefCell<DictObj>>,
    /// The built-in value an instance of a class deriving from a built-in data type wraps
    /// (the dict of a `class Env(dict)`, the float of a `class Celsius(float)`); the
    /// built-in's methods and operators act on it.
    pub base: Option<Value>,
}

pub struct Module {
    pub name: Str,
    pub dict: RefCell<DictObj>,
    /// A translated module's variables, which are its attributes (`util.count` reads the
    /// `count` that `util`'s functions update); empty for the runtime's own modules.
    pub globals: &'static [globals::Global],
}

/// A Python iterator. `name` is its type's name as `type(it).__name__` gives it.
pub struct IterObj {
    pub name: &'static str,
    pub next: Box<dyn Iterator<Item = crate::exc::PyResult<Value>>>,
    /// The generator object, for a generator (`send`, `throw`, `close`).
    pub gen: Option<Rc<generator::Generator>>,
}

impl Value {
    pub const TRUE: Value = Value::Bool(true);
    pub const FALSE: Value = Value::Bool(false);

    pub fn int(i: i64) -> Value {
        Value::Int(Int::from(i))
    }

    /// An integer literal too large for `i64`, from its decimal digits.
    pub fn big(digits: &str) -> Value {
        Value::Int(Int::parse(digits, 10).expect("the transpiler emits valid decimal digits"))
    }

    pub fn float(f: f64) -> Value {
        Value::Float(f)
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Str::from(s))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    /// `{k: v, …}`: later duplicates overwrite, as in CPython; `TypeError` for an unhashable key.
    pub fn dict(items: Vec<(Value, Value)>) -> crate::exc::PyResult<Value> {
        let mut d = DictObj::new();
        for (k, v) in items {
            d.insert(k, v)?;
        }
        Ok(Value::Dict(Rc::new(RefCell::new(d))))
    }

    /// `{a, b, …}`.
    pub fn set(items: Vec<Value>) -> crate::exc::PyResult<Value> {
        let mut s = SetObj::new();
        for item in items {
            s.add(item)?;
        }
        Ok(Value::Set(Rc::new(RefCell::new(s))))
    }

    /// A set display of more than two constants (`{5, 3, 100}`), which CPython builds from a
    /// folded frozenset constant: its iteration order can differ from adding one by one.
    pub fn constant_set(items: Vec<Value>) -> crate::exc::PyResult<Value> {
        Ok(Value::Set(Rc::new(RefCell::new(SetObj::from_constants(items)?))))
    }

    /// `lower:upper:step` inside a subscript.
    pub fn slice(lower: Value, upper: Value, step: Value) -> Value {
        Value::Slice(Rc::new(SliceObj { lower, upper, step }))
    }

    /// `type(v).__name__` for the built-in kinds of value (instances name their class).
    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::NotImplemented => "NotImplementedType".into(),
            Value::Ellipsis => "ellipsis".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Complex(..) => "complex".into(),
            Value::Str(_) => "str".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Set(_) => "set".into(),
            Value::FrozenSet(_) => "frozenset".into(),
            Value::Range(_) => "range".into(),
            Value::Slice(_) => "slice".into(),
            Value::Func(_) => "function".into(),
            Value::Builtin(_) => "builtin_function_or_method".into(),
            Value::BoundMethod(_) => "method".into(),
            Value::Class(_) => "type".into(),
            // Classes implemented in C in CPython name their module in messages
            // (`'types.SimpleNamespace' object ...`); the runtime marks them with `__tp_name__`.
            Value::Instance(i) => match i.class.dict.borrow().get_str("__tp_name__") {
                Some(Value::Str(tp)) => tp.to_string(),
                _ => i.class.name.to_string(),
            },
            Value::Module(_) => "module".into(),
            Value::Iter(it) => it.borrow().name.to_string(),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<Int> for Value {
    fn from(i: Int) -> Value {
        Value::Int(i)
    }
}

impl From<Str> for Value {
    fn from(s: Str) -> Value {
        Value::Str(s)
    }
}

impl std::fmt::Debug for Value {
    /// For Rust-side debugging only; Python's `repr` is `text::repr_of`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} value>", self.type_name())
    }
}

/// How a block inside `try`/`with` was left, so that the `finally` (or `__exit__`) runs
/// before the `return`, `break` or `continue` takes effect.
pub enum Flow {
    Next,
    Return(Value),
    Break,
    Continue,
}
