//! What a parameter's annotation asks of a JSON argument. JSON has only arrays and objects,
//! so an annotation decides when an array is a `tuple` or a `set` and when an object is an
//! instance of a module-level class (a dataclass: the object's members are its fields,
//! passed as keyword arguments). Everything else arrives as `json.loads` would give it.

use super::Library;
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;

/// The parts of an annotation that change how an argument is decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// No annotation, or one that needs no conversion (`int`, `str`, `Any`, …).
    Any,
    List(Box<Shape>),
    /// `tuple[A, B]`, or `tuple[A, ...]` (one shape for every item).
    Tuple(Vec<Shape>, bool),
    Set(Box<Shape>, bool),
    Dict(Box<Shape>),
    /// `X | None`, `Optional[X]`.
    Optional(Box<Shape>),
    /// A name that may be a module-level class.
    Named(String),
}

impl Shape {
    /// Reads an annotation's source text; what it cannot read is `Any`.
    pub fn parse(text: &str) -> Shape {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let compact = compact.trim_matches(|c| c == '"' || c == '\'');
        parse(compact)
    }

    /// Converts a decoded argument to what this shape asks for.
    pub fn convert(&self, v: Value, library: &Library) -> PyResult<Value> {
        Ok(match (self, v) {
            (Shape::Any, v) => v,
            (Shape::Optional(inner), v) => match v {
                Value::None => Value::None,
                v => inner.convert(v, library)?,
            },
            (Shape::List(item), Value::List(items)) => {
                let items = items.borrow().clone();
                Value::list(convert_all(items, |_| item, library)?)
            }
            (Shape::Tuple(items, variadic), Value::List(values)) => {
                let values = values.borrow().clone();
                let any = Shape::Any;
                let shapes = |i: usize| if *variadic { &items[0] } else { items.get(i).unwrap_or(&any) };
                Value::tuple(convert_all(values, shapes, library)?)
            }
            (Shape::Set(item, frozen), Value::List(values)) => {
                let values = convert_all(values.borrow().clone(), |_| item, library)?;
                let set = Value::set(values)?;
                match (set, frozen) {
                    (Value::Set(s), true) => Value::FrozenSet(std::rc::Rc::new(s.borrow().clone())),
                    (set, _) => set,
                }
            }
            (Shape::Dict(value), Value::Dict(d)) => {
                let mut pairs = Vec::new();
                for (k, v) in d.borrow().items() {
                    pairs.push((k, value.convert(v, library)?));
                }
                Value::dict(pairs)?
            }
            (Shape::Named(name), Value::Dict(d)) => match class_named(name, library) {
                Some(cls) => {
                    let mut kwargs = Vec::new();
                    for (k, v) in d.borrow().items() {
                        if let Value::Str(key) = k {
                            kwargs.push((Str::from(key.as_str()), v));
                        }
                    }
                    crate::value::func::call(&cls, Vec::new(), kwargs)?
                }
                None => Value::Dict(d),
            },
            (_, v) => v,
        })
    }
}

fn convert_all<'a>(values: Vec<Value>, shape: impl Fn(usize) -> &'a Shape, library: &Library) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        out.push(shape(i).convert(v, library)?);
    }
    Ok(out)
}

fn class_named(name: &str, library: &Library) -> Option<Value> {
    let global = library.classes.iter().find(|(n, _)| *n == name)?.1;
    match global.get() {
        Ok(v @ Value::Class(_)) => Some(v),
        _ => None,
    }
}

fn parse(t: &str) -> Shape {
    if let Some(parts) = split_top(t, '|') {
        let rest: Vec<&str> = parts.iter().copied().filter(|p| *p != "None").collect();
        return match rest.as_slice() {
            [one] if rest.len() < parts.len() => Shape::Optional(Box::new(parse(one))),
            _ => Shape::Any,
        };
    }
    let (head, args) = match t.find('[') {
        Some(i) if t.ends_with(']') => (&t[..i], split_top(&t[i + 1..t.len() - 1], ',').unwrap_or_else(|| vec![&t[i + 1..t.len() - 1]])),
        _ => (t, Vec::new()),
    };
    let head = head.strip_prefix("typing.").unwrap_or(head);
    let arg = |i: usize| Box::new(args.get(i).map(|a| parse(a)).unwrap_or(Shape::Any));
    match head {
        "list" | "List" => Shape::List(arg(0)),
        "set" | "Set" => Shape::Set(arg(0), false),
        "frozenset" | "FrozenSet" => Shape::Set(arg(0), true),
        "dict" | "Dict" => Shape::Dict(arg(1)),
        "Optional" => Shape::Optional(arg(0)),
        "tuple" | "Tuple" => match args.as_slice() {
            [] => Shape::Tuple(vec![Shape::Any], true),
            [one, "..."] => Shape::Tuple(vec![parse(one)], true),
            many => Shape::Tuple(many.iter().map(|a| parse(a)).collect(), false),
        },
        "" | "int" | "float" | "str" | "bool" | "None" | "Any" | "object" | "complex" => Shape::Any,
        name if args.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') => Shape::Named(name.to_string()),
        _ => Shape::Any,
    }
}

/// `t` split at `sep` outside brackets; `None` when there is no such `sep`.
fn split_top(t: &str, sep: char) -> Option<Vec<&str>> {
    let mut depth = 0;
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in t.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&t[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if parts.is_empty() {
        return None;
    }
    parts.push(&t[start..]);
    Some(parts)
}
