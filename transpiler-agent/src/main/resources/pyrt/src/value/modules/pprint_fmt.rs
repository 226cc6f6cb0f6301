//! The layout algorithm of CPython 3.12's `pprint.PrettyPrinter`, ported method by method
//! (`_format`, `_safe_repr`, the `_pprint_*` dispatch, `_format_items`, `_format_dict_items`):
//! an object whose one-line repr does not fit the remaining width is split across lines by
//! the printer of its type, recursively. Widths count code points, as `len(repr(x))` does.

use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::class::type_of;
use crate::value::compare::lt_bool;
use crate::value::func::call_method;
use crate::value::iterate::collect;
use crate::value::modules::objs::is_a;
use crate::value::text::{repr_of, str_of};
use crate::value::Value;

/// A `PrettyPrinter`'s options and the flags one formatting run sets.
pub struct Printer {
    pub indent_per_level: usize,
    pub width: i64,
    pub depth: Option<i64>,
    pub compact: bool,
    pub sort_dicts: bool,
    pub underscore_numbers: bool,
    pub readable: bool,
    pub recursive: bool,
}

fn width_of(s: &str) -> i64 {
    s.chars().count() as i64
}

/// The identity of a container, for recursion detection (`id(object)` in CPython).
fn ident(v: &Value) -> Option<usize> {
    match v {
        Value::List(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        Value::Dict(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        Value::Tuple(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        Value::Set(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        Value::FrozenSet(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        Value::Instance(r) => Some(std::rc::Rc::as_ptr(r) as *const u8 as usize),
        _ => None,
    }
}

/// `_safe_key.__lt__`: `<`, or for operands `<` refuses, the names of their types.
fn safe_lt(a: &Value, b: &Value) -> PyResult<bool> {
    match lt_bool(a, b) {
        Ok(r) => Ok(r),
        Err(e) if e.is_instance("TypeError") => {
            // CPython then compares `(str(type(a)), id(a))`: the ids of two objects of one
            // type are addresses, so such a tie keeps the order it had (a stable sort).
            let ta = str_of(&Value::Class(type_of(a)))?.to_string();
            let tb = str_of(&Value::Class(type_of(b)))?.to_string();
            Ok(ta < tb)
        }
        Err(e) => Err(e),
    }
}

/// `sorted(items, key=_safe_key)`: a stable merge sort on `safe_lt` over `key(item)`.
fn safe_sorted<T: Clone>(items: Vec<T>, key: &dyn Fn(&T) -> Value) -> PyResult<Vec<T>> {
    if items.len() < 2 {
        return Ok(items);
    }
    let mid = items.len() / 2;
    let right = safe_sorted(items[mid..].to_vec(), key)?;
    let left = safe_sorted(items[..mid].to_vec(), key)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if safe_lt(&key(&right[j]), &key(&left[i]))? {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

fn dict_items(v: &Value) -> PyResult<Vec<(Value, Value)>> {
    match v {
        Value::Dict(d) => Ok(d.borrow().items()),
        other => {
            let pairs = collect(&call_method(other, "items", vec![], vec![])?)?;
            pairs
                .into_iter()
                .map(|p| match p {
                    Value::Tuple(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
                    _ => Err(PyErr::type_error("items() must give pairs")),
                })
                .collect()
        }
    }
}

/// What `_dispatch[type(object).__repr__]` finds for an object whose repr is too wide.
enum Kind {
    Dict,
    List,
    Tuple,
    Set,
    FrozenSet,
    Str,
    Bytes,
    OrderedDict,
    DefaultDict,
    Counter,
    Deque,
    Dataclass(Vec<String>),
    Plain,
}

/// Whether the class's `__repr__` is the one a runtime class defines (not a subclass's own).
fn own_repr_of(v: &Value, module: &str, name: &str) -> bool {
    if !is_a(v, module, name) {
        return false;
    }
    let cls = type_of(v);
    match crate::value::class::lookup_with_owner(&cls, "__repr__") {
        Some((owner, _)) => owner.module.as_str() == module,
        None => false,
    }
}

/// An instance of a class deriving from a built-in type without a `__repr__` of its own is
/// printed as that type (pprint dispatches on `type(v).__repr__`).
fn as_builtin(v: &Value) -> Option<Value> {
    let base = crate::value::class::payload::base_of(v)?;
    match crate::value::class::lookup_with_owner(&type_of(v), "__repr__") {
        Some((owner, _)) if owner.builtin.is_none() => None,
        _ => Some(base),
    }
}

fn kind_of(v: &Value) -> Kind {
    match v {
        Value::Dict(_) => Kind::Dict,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Set(_) => Kind::Set,
        Value::FrozenSet(_) => Kind::FrozenSet,
        Value::Str(_) => Kind::Str,
        Value::Bytes(_) => Kind::Bytes,
        Value::Instance(_) => {
            if own_repr_of(v, "collections", "OrderedDict") {
                Kind::OrderedDict
            } else if own_repr_of(v, "collections", "defaultdict") {
                Kind::DefaultDict
            } else if own_repr_of(v, "collections", "Counter") {
                Kind::Counter
            } else if own_repr_of(v, "collections", "deque") {
                Kind::Deque
            } else if let Some(fields) = super::dataclasses::generated_repr_fields(v) {
                Kind::Dataclass(fields)
            } else {
                Kind::Plain
            }
        }
        _ => Kind::Plain,
    }
}

impl Printer {
    /// `_format`: the one-line repr when it fits, else the type's multi-line layout.
    pub fn format(&mut self, v: &Value, out: &mut String, indent: i64, allowance: i64, ctx: &mut Vec<usize>, level: i64) -> PyResult<()> {
        if let Some(base) = as_builtin(v) {
            return self.format(&base, out, indent, allowance, ctx, level);
        }
        if let Some(id) = ident(v) {
            if ctx.contains(&id) {
                out.push_str(&recursion(v, id));
                self.recursive = true;
                self.readable = false;
                return Ok(());
            }
        }
        let rep = self.repr(v, ctx, level)?;
        let max_width = self.width - indent - allowance;
        if width_of(&rep) > max_width {
            let kind = kind_of(v);
            if !matches!(kind, Kind::Plain) {
                let id = ident(v);
                if let Some(id) = id {
                    ctx.push(id);
                }
                let r = self.dispatch(kind, v, out, indent, allowance, ctx, level + 1);
                if id.is_some() {
                    ctx.pop();
                }
                return r;
            }
        }
        out.push_str(&rep);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn dispatch(&mut self, kind: Kind, v: &Value, out: &mut String, indent: i64, allowance: i64, ctx: &mut Vec<usize>, level: i64) -> PyResult<()> {
        match kind {
            Kind::Dict => {
                out.push('{');
                self.pad(out);
                let items = dict_items(v)?;
                if !items.is_empty() {
                    let items = if self.sort_dicts { safe_sorted(items, &|p: &(Value, Value)| p.0.clone())? } else { items };
                    self.format_dict_items(&items, out, indent, allowance + 1, ctx, level)?;
                }
                out.push('}');
                Ok(())
            }
            Kind::List => {
                out.push('[');
                self.format_items(&collect(v)?, out, indent, allowance + 1, ctx, level)?;
                out.push(']');
                Ok(())
            }
            Kind::Tuple => {
                let items = collect(v)?;
                let end = if items.len() == 1 { ",)" } else { ")" };
                out.push('(');
                self.format_items(&items, out, indent, allowance + end.len() as i64, ctx, level)?;
                out.push_str(end);
                Ok(())
            }
            Kind::Set | Kind::FrozenSet => {
                let items = collect(v)?;
                if items.is_empty() {
                    out.push_str(repr_of(v)?.as_str());
                    return Ok(());
                }
                let (open, end, indent) = if matches!(kind, Kind::Set) { ("{", "}", indent) } else { ("frozenset({", "})", indent + 10) };
                out.push_str(open);
                let items = safe_sorted(items, &|x: &Value| x.clone())?;
                self.format_items(&items, out, indent, allowance + end.len() as i64, ctx, level)
                    .map(|_| out.push_str(end))
            }
            Kind::Str => self.pprint_str(v, out, indent, allowance, level),
            Kind::Bytes => self.pprint_bytes(v, out, indent, allowance, level),
            Kind::OrderedDict => {
                let items = dict_items(v)?;
                if items.is_empty() {
                    out.push_str(repr_of(v)?.as_str());
                    return Ok(());
                }
                out.push_str("OrderedDict(");
                let pairs = Value::list(items.into_iter().map(|(k, x)| Value::tuple(vec![k, x])).collect());
                self.format(&pairs, out, indent + 12, allowance + 1, ctx, level)?;
                out.push(')');
                Ok(())
            }
            Kind::DefaultDict => {
                let items = dict_items(v)?;
                if items.is_empty() {
                    out.push_str(repr_of(v)?.as_str());
                    return Ok(());
                }
                let rdf = self.repr(&getattr(v, "default_factory")?, ctx, level)?;
                let indent = indent + 12;
                out.push_str(&format!("defaultdict({},\n{}", rdf, " ".repeat(indent as usize)));
                out.push('{');
                self.pad(out);
                let items = if self.sort_dicts { safe_sorted(items, &|p: &(Value, Value)| p.0.clone())? } else { items };
                self.format_dict_items(&items, out, indent, allowance + 2, ctx, level)?;
                out.push_str("})");
                Ok(())
            }
            Kind::Counter => {
                let items: Vec<(Value, Value)> = collect(&call_method(v, "most_common", vec![], vec![])?)?
                    .into_iter()
                    .filter_map(|p| match p {
                        Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                        _ => None,
                    })
                    .collect();
                if items.is_empty() {
                    out.push_str(repr_of(v)?.as_str());
                    return Ok(());
                }
                out.push_str("Counter({");
                self.pad(out);
                self.format_dict_items(&items, out, indent + 8, allowance + 2, ctx, level)?;
                out.push_str("})");
                Ok(())
            }
            Kind::Deque => {
                let items = collect(v)?;
                if items.is_empty() {
                    out.push_str(repr_of(v)?.as_str());
                    return Ok(());
                }
                out.push_str("deque([");
                let indent = indent + 6;
                match getattr(v, "maxlen")? {
                    Value::None => {
                        self.format_items(&items, out, indent, allowance + 2, ctx, level)?;
                        out.push_str("])");
                    }
                    m => {
                        self.format_items(&items, out, indent, 2, ctx, level)?;
                        let rml = self.repr(&m, ctx, level)?;
                        out.push_str(&format!("],\n{}maxlen={})", " ".repeat(indent as usize), rml));
                    }
                }
                Ok(())
            }
            Kind::Dataclass(fields) => {
                let name = type_of(v).name.to_string();
                let indent = indent + width_of(&name) + 1;
                out.push_str(&name);
                out.push('(');
                let mut items = Vec::new();
                for f in fields {
                    let x = getattr(v, &f)?;
                    items.push((f, x));
                }
                self.format_namespace_items(&items, out, indent, allowance, ctx, level)?;
                out.push(')');
                Ok(())
            }
            Kind::Plain => Ok(()),
        }
    }

    fn pad(&self, out: &mut String) {
        if self.indent_per_level > 1 {
            out.push_str(&" ".repeat(self.indent_per_level - 1));
        }
    }

    fn format_dict_items(&mut self, items: &[(Value, Value)], out: &mut String, indent: i64, allowance: i64, ctx: &mut Vec<usize>, level: i64) -> PyResult<()> {
        let indent = indent + self.indent_per_level as i64;
        let delim = format!(",\n{}", " ".repeat(indent as usize));
        let last_index = items.len().saturating_sub(1);
        for (i, (k, x)) in items.iter().enumerate() {
            let last = i == last_index;
            let rep = self.repr(k, ctx, level)?;
            out.push_str(&rep);
            out.push_str(": ");
            self.format(x, out, indent + width_of(&rep) + 2, if last { allowance } else { 1 }, ctx, level)?;
            if !last {
                out.push_str(&delim);
            }
        }
        Ok(())
    }

    fn format_namespace_items(&mut self, items: &[(String, Value)], out: &mut String, indent: i64, allowance: i64, ctx: &mut Vec<usize>, level: i64) -> PyResult<()> {
        let delim = format!(",\n{}", " ".repeat(indent as usize));
        let last_index = items.len().saturating_sub(1);
        for (i, (k, x)) in items.iter().enumerate() {
            let last = i == last_index;
            out.push_str(k);
            out.push('=');
            if ident(x).map_or(false, |id| ctx.contains(&id)) {
                out.push_str("...");
            } else {
                self.format(x, out, indent + width_of(k) + 1, if last { allowance } else { 1 }, ctx, level)?;
            }
            if !last {
                out.push_str(&delim);
            }
        }
        Ok(())
    }

    fn format_items(&mut self, items: &[Value], out: &mut String, indent: i64, allowance: i64, ctx: &mut Vec<usize>, level: i64) -> PyResult<()> {
        let indent = indent + self.indent_per_level as i64;
        self.pad(out);
        let delimnl = format!(",\n{}", " ".repeat(indent as usize));
        let mut delim = String::new();
        let mut max_width = self.width - indent + 1;
        let mut width = max_width;
        for (i, ent) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            if last {
                max_width -= allowance;
                width -= allowance;
            }
            if self.compact {
                let rep = self.repr(ent, ctx, level)?;
                let w = width_of(&rep) + 2;
                if width < w {
                    width = max_width;
                    if !delim.is_empty() {
                        delim = delimnl.clone();
                    }
                }
                if width >= w {
                    width -= w;
                    out.push_str(&delim);
                    delim = ", ".to_string();
                    out.push_str(&rep);
                    continue;
                }
            }
            out.push_str(&delim);
            delim = delimnl.clone();
            self.format(ent, out, indent, if last { allowance } else { 1 }, ctx, level)?;
        }
        Ok(())
    }

    /// `_repr`: `_safe_repr` with a copy of the context, noting unreadable or recursive parts.
    pub fn repr(&mut self, v: &Value, ctx: &[usize], level: i64) -> PyResult<String> {
        let mut ctx = ctx.to_vec();
        let (rep, readable, recursive) = self.safe_repr(v, &mut ctx, self.depth, level)?;
        if !readable {
            self.readable = false;
        }
        if recursive {
            self.recursive = true;
        }
        Ok(rep)
    }

    /// `_safe_repr`: (repr, is readable, is recursive).
    pub fn safe_repr(&self, v: &Value, ctx: &mut Vec<usize>, maxlevels: Option<i64>, level: i64) -> PyResult<(String, bool, bool)> {
        if let Some(base) = as_builtin(v) {
            return self.safe_repr(&base, ctx, maxlevels, level);
        }
        match v {
            Value::Str(_) | Value::Bytes(_) | Value::Float(_) | Value::Bool(_) | Value::None => {
                Ok((repr_of(v)?.to_string(), true, false))
            }
            Value::Int(_) => {
                if self.underscore_numbers {
                    Ok((crate::value::text::format_value(v, "_d")?.to_string(), true, false))
                } else {
                    Ok((repr_of(v)?.to_string(), true, false))
                }
            }
            Value::Dict(_) => {
                let items = dict_items(v)?;
                if items.is_empty() {
                    return Ok(("{}".to_string(), true, false));
                }
                let id = ident(v).unwrap_or(0);
                if maxlevels.map_or(false, |m| m != 0 && level >= m) {
                    return Ok(("{...}".to_string(), false, ctx.contains(&id)));
                }
                if ctx.contains(&id) {
                    return Ok((recursion(v, id), false, true));
                }
                ctx.push(id);
                let (mut readable, mut recursive) = (true, false);
                let items = if self.sort_dicts { safe_sorted(items, &|p: &(Value, Value)| p.0.clone())? } else { items };
                let mut parts = Vec::new();
                for (k, x) in &items {
                    let (kr, kread, krec) = self.safe_repr(k, ctx, maxlevels, level + 1)?;
                    let (vr, vread, vrec) = self.safe_repr(x, ctx, maxlevels, level + 1)?;
                    parts.push(format!("{}: {}", kr, vr));
                    readable = readable && kread && vread;
                    recursive = recursive || krec || vrec;
                }
                ctx.retain(|x| *x != id);
                Ok((format!("{{{}}}", parts.join(", ")), readable, recursive))
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = collect(v)?;
                let (open, close) = match v {
                    Value::List(_) => {
                        if items.is_empty() {
                            return Ok(("[]".to_string(), true, false));
                        }
                        ("[", "]")
                    }
                    _ if items.len() == 1 => ("(", ",)"),
                    _ => {
                        if items.is_empty() {
                            return Ok(("()".to_string(), true, false));
                        }
                        ("(", ")")
                    }
                };
                let id = ident(v).unwrap_or(0);
                if maxlevels.map_or(false, |m| m != 0 && level >= m) {
                    return Ok((format!("{}...{}", open, close), false, ctx.contains(&id)));
                }
                if ctx.contains(&id) {
                    return Ok((recursion(v, id), false, true));
                }
                ctx.push(id);
                let (mut readable, mut recursive) = (true, false);
                let mut parts = Vec::new();
                for x in &items {
                    let (r, read, rec) = self.safe_repr(x, ctx, maxlevels, level + 1)?;
                    parts.push(r);
                    readable = readable && read;
                    recursive = recursive || rec;
                }
                ctx.retain(|x| *x != id);
                Ok((format!("{}{}{}", open, parts.join(", "), close), readable, recursive))
            }
            _ => {
                let rep = repr_of(v)?.to_string();
                let readable = !rep.is_empty() && !rep.starts_with('<');
                Ok((rep, readable, false))
            }
        }
    }
}

/// Stands in the text where CPython writes `_recursion(object)`, `<Recursion on list with
/// id=…>`: the object's address, which no translation can reproduce. Text that still holds it
/// when it would be shown stops the program (`shown`); `isrecursive` and `isreadable` never show
/// it, and a structure cut off by `depth` before it recurses shows `[...]` as CPython does.
const RECURSION_MARK: &str = "<Recursion\u{F8FF}>";

fn recursion(v: &Value, _id: usize) -> String {
    let _ = v;
    String::from(RECURSION_MARK)
}

/// `text`, unless it names a recursive object by its address (see `RECURSION_MARK`).
pub fn shown(text: String) -> PyResult<String> {
    if text.contains(RECURSION_MARK) {
        return Err(PyErr::untranslatable(
            "pprint of a structure that contains itself prints the object's address \
             (<Recursion on list with id=...>), which a translation cannot reproduce",
        ));
    }
    Ok(text)
}
