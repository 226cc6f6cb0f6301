//! `json`'s encoder: CPython 3.12's `json.encoder._make_iterencode`, chunk for chunk (so
//! `json.dump` calls `fp.write` with the same pieces, and what was written before an error
//! is the same), with the C encoder's recursion limit where CPython uses that one
//! (`json.dumps` without `indent`).

use super::collections::tuple_items;
use super::mapping::mapping_items;
use super::objs::is_a;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::value::compare::sort_by_keys;
use crate::value::func::call;
use crate::value::Value;
use std::rc::Rc;

/// The options of `json.JSONEncoder`, already converted (`indent` as its string).
pub struct EncodeOptions {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    /// `default=`: called with objects of other types; `None` raises CPython's TypeError.
    pub default: Option<Value>,
    pub sort_keys: bool,
    /// CPython runs its C encoder (`dumps` without `indent`): it limits nesting by its own
    /// counter instead of Python frames.
    pub c_encoder: bool,
}

/// Where the chunks go: collected for `dumps`, written through `fp.write` for `dump`.
pub type Sink<'a> = dyn FnMut(String) -> PyResult<()> + 'a;

/// How many containers deep CPython's C encoder goes before `RecursionError`.
const C_DEPTH_LIMIT: usize = 1497;

/// What the encoder sees in a value, in the order `_iterencode` tests it (a `str` subclass
/// such as a `StrEnum` member is its string, an `IntEnum` member its int, `Counter` or
/// `OrderedDict` a dict, a namedtuple a tuple).
enum Kind {
    Str(Str),
    Const(&'static str),
    Int(Int),
    Float(f64),
    List,
    Tuple(Rc<Vec<Value>>),
    Dict(Vec<(Value, Value)>, usize),
    Other,
}

fn address<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

fn enum_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str("_value_"),
        _ => None,
    }
}

fn kind_of(v: &Value) -> Kind {
    match v {
        Value::Str(s) => Kind::Str(s.clone()),
        Value::None => Kind::Const("null"),
        Value::Bool(true) => Kind::Const("true"),
        Value::Bool(false) => Kind::Const("false"),
        Value::Int(i) => Kind::Int(i.clone()),
        Value::Float(f) => Kind::Float(*f),
        Value::List(_) => Kind::List,
        Value::Tuple(t) => Kind::Tuple(t.clone()),
        Value::Dict(d) => Kind::Dict(d.borrow().items(), address(d)),
        // `class Config(dict)`: encoded as the built-in it derives from.
        Value::Instance(inst) if inst.base.is_some() => kind_of(inst.base.as_ref().expect("checked")),
        Value::Instance(inst) => {
            if is_a(v, "enum", "IntEnum") || is_a(v, "enum", "StrEnum") {
                return match enum_value(v) {
                    Some(Value::Int(i)) => Kind::Int(i),
                    Some(Value::Str(s)) => Kind::Str(s),
                    _ => Kind::Other,
                };
            }
            let dict_like = ["Counter", "OrderedDict", "defaultdict"].iter().any(|n| is_a(v, "collections", n));
            if dict_like {
                if let Some(items) = mapping_items(v) {
                    return Kind::Dict(items, address(inst));
                }
            }
            match tuple_items(v) {
                Some(t) => Kind::Tuple(t),
                None => Kind::Other,
            }
        }
        _ => Kind::Other,
    }
}

/// An identity for `check_circular`, as `id(o)` is.
fn identity(v: &Value) -> usize {
    match v {
        Value::List(r) => address(r),
        Value::Tuple(r) => address(r),
        Value::Dict(r) => address(r),
        Value::Set(r) => address(r),
        Value::FrozenSet(r) => address(r),
        Value::Bytes(r) => address(r),
        Value::Instance(r) => address(r),
        Value::Func(r) => address(r),
        Value::Builtin(r) => address(r),
        Value::BoundMethod(r) => address(r),
        Value::Class(r) => address(r),
        Value::Module(r) => address(r),
        Value::Iter(r) => address(r),
        Value::Range(r) => address(r),
        Value::Slice(r) => address(r),
        Value::Str(s) => s.as_str().as_ptr() as usize,
        Value::NotImplemented => 1,
        Value::Ellipsis => 2,
        _ => 3,
    }
}

/// `json.encoder.encode_basestring_ascii` (`ascii`) or `encode_basestring`.
pub fn encode_string(s: &str, ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    let m = n - 0x10000;
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xd800 | (m >> 10), 0xdc00 | (m & 0x3ff)));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The encoder of one `dumps`/`dump` call.
pub struct Encoder<'a, 'b> {
    opts: &'a EncodeOptions,
    markers: Vec<usize>,
    /// Containers entered, for the C encoder's limit.
    depth: usize,
    /// The generator frames CPython's Python encoder would have running.
    frames: Vec<crate::rt::Frame>,
    /// `json.dump`: CPython writes each chunk from `dump`'s own loop, while the generators
    /// are suspended, so `fp.write` runs without their frames.
    suspend: bool,
    sink: &'a mut Sink<'b>,
}

impl<'a, 'b> Encoder<'a, 'b> {
    pub fn new(opts: &'a EncodeOptions, sink: &'a mut Sink<'b>) -> Encoder<'a, 'b> {
        Encoder { opts, markers: Vec::new(), depth: 0, frames: Vec::new(), suspend: false, sink }
    }

    /// For `json.dump`: the sink runs outside the encoder's frames (see `suspend`).
    pub fn suspending(mut self) -> Encoder<'a, 'b> {
        self.suspend = true;
        self
    }

    fn emit(&mut self, s: String) -> PyResult<()> {
        if !self.suspend || self.frames.is_empty() {
            return (self.sink)(s);
        }
        let n = self.frames.len();
        self.frames.clear();
        let r = (self.sink)(s);
        for _ in 0..n {
            self.frames.push(crate::rt::enter()?);
        }
        r
    }

    fn string(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len() + 2);
        encode_string(s, self.opts.ensure_ascii, &mut out);
        out
    }

    /// `floatstr`: `float.__repr__`, or `NaN`/`Infinity`/`-Infinity` when allowed.
    fn float(&self, f: f64) -> PyResult<String> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(crate::float::repr(f));
        };
        if !self.opts.allow_nan {
            return Err(PyErr::value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                crate::float::repr(f)
            )));
        }
        Ok(text.to_string())
    }

    /// The text of a scalar (`None` for containers and other objects).
    fn scalar(&self, k: &Kind) -> PyResult<Option<String>> {
        Ok(match k {
            Kind::Str(s) => Some(self.string(s.as_str())),
            Kind::Const(c) => Some(c.to_string()),
            Kind::Int(i) => Some(i.to_str_checked()?),
            Kind::Float(f) => Some(self.float(*f)?),
            _ => None,
        })
    }

    /// A frame of the generator CPython would be in (Python encoder), or a level of the C
    /// encoder's own recursion counter.
    fn enter(&mut self) -> PyResult<()> {
        if self.opts.c_encoder {
            if self.depth >= C_DEPTH_LIMIT {
                return Err(PyErr::new(
                    "RecursionError",
                    "maximum recursion depth exceeded while encoding a JSON object",
                ));
            }
            self.depth += 1;
        } else {
            self.frames.push(crate::rt::enter()?);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.opts.c_encoder {
            self.depth -= 1;
        } else {
            self.frames.pop();
        }
    }

    fn mark(&mut self, id: usize) -> PyResult<()> {
        if self.opts.check_circular {
            if self.markers.contains(&id) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn unmark(&mut self, id: usize) {
        if self.opts.check_circular {
            if let Some(p) = self.markers.iter().rposition(|m| *m == id) {
                self.markers.remove(p);
            }
        }
    }

    /// `_iterencode(o, level)`, the top level and objects found inside containers that
    /// are neither scalars nor containers.
    pub fn encode(&mut self, o: &Value, level: usize) -> PyResult<()> {
        if !self.opts.c_encoder {
            self.frames.push(crate::rt::enter()?);
        }
        let r = self.encode_in_frame(o, level);
        if !self.opts.c_encoder {
            self.frames.pop();
        }
        r
    }

    fn encode_in_frame(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let k = kind_of(o);
        if let Some(s) = self.scalar(&k)? {
            return self.emit(s);
        }
        match k {
            Kind::List | Kind::Tuple(_) | Kind::Dict(..) => self.container(o, k, level),
            _ => self.with_default(o, level),
        }
    }

    /// A list, tuple or dict, inside the recursion guard CPython has around it.
    fn container(&mut self, o: &Value, k: Kind, level: usize) -> PyResult<()> {
        self.enter()?;
        let r = match k {
            Kind::Dict(items, id) => self.dict(items, id, level),
            _ => self.list(o, &k, level),
        };
        self.leave();
        r
    }

    /// An object of another type: `default(o)`, encoded in its place.
    fn with_default(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let id = identity(o);
        self.mark(id)?;
        let replaced = match &self.opts.default {
            Some(f) => call(f, vec![o.clone()], vec![])?,
            None => {
                return Err(PyErr::type_error(format!("Object of type {} is not JSON serializable", o.type_name())))
            }
        };
        if self.opts.c_encoder {
            self.enter()?;
            let r = self.encode_in_frame(&replaced, level);
            self.leave();
            r?;
        } else {
            self.encode(&replaced, level)?;
        }
        self.unmark(id);
        Ok(())
    }

    /// An item inside a container: scalars are written by the caller, the rest here.
    fn nested(&mut self, o: &Value, k: Kind, level: usize) -> PyResult<()> {
        match k {
            Kind::List | Kind::Tuple(_) | Kind::Dict(..) => self.container(o, k, level),
            _ if self.opts.c_encoder => self.with_default(o, level),
            _ => self.encode(o, level),
        }
    }

    fn item_at(o: &Value, k: &Kind, i: usize) -> Option<Value> {
        match k {
            Kind::List => match crate::value::class::payload::unwrap(o) {
                Value::List(l) => l.borrow().get(i).cloned(),
                _ => None,
            },
            Kind::Tuple(t) => t.get(i).cloned(),
            _ => None,
        }
    }

    fn newline(&self, level: usize) -> Option<String> {
        self.opts.indent.as_ref().map(|ind| format!("\n{}", ind.repeat(level)))
    }

    /// `_iterencode_list`: items are read by index, as CPython's list iterator does.
    fn list(&mut self, o: &Value, k: &Kind, level: usize) -> PyResult<()> {
        let first = Self::item_at(o, k, 0);
        if first.is_none() {
            return self.emit("[]".to_string());
        }
        let id = identity(o);
        self.mark(id)?;
        let mut level = level;
        let mut buf = String::from("[");
        let newline = if self.opts.indent.is_some() {
            level += 1;
            self.newline(level)
        } else {
            None
        };
        let separator = format!("{}{}", self.opts.item_separator, newline.as_deref().unwrap_or(""));
        if let Some(nl) = &newline {
            buf.push_str(nl);
        }
        let mut i = 0;
        while let Some(value) = Self::item_at(o, k, i) {
            if i > 0 {
                buf = separator.clone();
            }
            let vk = kind_of(&value);
            match self.scalar(&vk)? {
                Some(s) => self.emit(buf.clone() + &s)?,
                None => {
                    self.emit(buf.clone())?;
                    self.nested(&value, vk, level)?;
                }
            }
            i += 1;
        }
        if newline.is_some() {
            level -= 1;
            let closing = self.newline(level).unwrap_or_default();
            self.emit(closing)?;
        }
        self.emit("]".to_string())?;
        self.unmark(id);
        Ok(())
    }

    /// A dict key as `_iterencode_dict` converts it (`None` when `skipkeys` drops it).
    fn key(&self, key: &Value) -> PyResult<Option<String>> {
        Ok(Some(match kind_of(key) {
            Kind::Str(s) => s.to_string(),
            Kind::Float(f) => self.float(f)?,
            Kind::Const(c) => c.to_string(),
            Kind::Int(i) => i.to_str_checked()?,
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    key.type_name()
                )))
            }
        }))
    }

    /// `_iterencode_dict`.
    fn dict(&mut self, items: Vec<(Value, Value)>, id: usize, level: usize) -> PyResult<()> {
        if items.is_empty() {
            return self.emit("{}".to_string());
        }
        self.mark(id)?;
        self.emit("{".to_string())?;
        let mut level = level;
        let newline = if self.opts.indent.is_some() {
            level += 1;
            self.newline(level)
        } else {
            None
        };
        let item_separator = format!("{}{}", self.opts.item_separator, newline.as_deref().unwrap_or(""));
        if let Some(nl) = &newline {
            self.emit(nl.clone())?;
        }
        let items = if self.opts.sort_keys { sorted(items)? } else { items };
        let mut first = true;
        for (key, value) in items {
            let key = match self.key(&key)? {
                Some(k) => k,
                None => continue,
            };
            if first {
                first = false;
            } else {
                self.emit(item_separator.clone())?;
            }
            let key_text = self.string(&key);
            self.emit(key_text)?;
            self.emit(self.opts.key_separator.clone())?;
            let vk = kind_of(&value);
            match self.scalar(&vk)? {
                Some(s) => self.emit(s)?,
                None => self.nested(&value, vk, level)?,
            }
        }
        if newline.is_some() {
            level -= 1;
            let closing = self.newline(level).unwrap_or_default();
            self.emit(closing)?;
        }
        self.emit("}".to_string())?;
        self.unmark(id);
        Ok(())
    }
}

/// `sorted(dct.items())`: by key (dict keys are distinct, so the values never decide),
/// with `list.sort`'s comparison sequence and its `TypeError`.
fn sorted(items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let mut pairs: Vec<Value> = items.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
    sort_by_keys(&mut pairs, keys, false)?;
    Ok(pairs
        .into_iter()
        .map(|p| match p {
            Value::Tuple(t) => (t[0].clone(), t[1].clone()),
            _ => (Value::None, Value::None),
        })
        .collect())
}
