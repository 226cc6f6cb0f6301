//! `textwrap`: a port of CPython 3.12's Lib/textwrap.py. `wrap`, `fill`, `shorten` and the
//! `TextWrapper` class share one algorithm (`_munge_whitespace`, `_split`, `_wrap_chunks`);
//! `split_words` reproduces what `TextWrapper.wordsep_re.split` gives, alternative by
//! alternative, so words break at the same hyphens as in CPython. `dedent` and `indent`
//! follow the module's regular expressions line by line.

use super::args::{func_kw, module, take_kw};
use super::objs::{method, method_kw, runtime_class, set_state};
use crate::exc::{PyErr, PyResult};
use crate::str::is_space;
use crate::value::attr::getattr;
use crate::value::ops::truthy;
use crate::value::{Kwargs, Value};

/// The options of a `TextWrapper`, as its attributes hold them.
pub struct Wrapper {
    pub width: i64,
    pub initial_indent: String,
    pub subsequent_indent: String,
    pub expand_tabs: bool,
    pub replace_whitespace: bool,
    pub fix_sentence_endings: bool,
    pub break_long_words: bool,
    pub drop_whitespace: bool,
    /// `break_on_hyphens is True` (CPython tests identity, so `1` means no).
    pub break_on_hyphens: bool,
    pub tabsize: i64,
    pub max_lines: Option<i64>,
    pub placeholder: String,
}

/// `TextWrapper.__init__`'s parameters in order, with their defaults (the last two are
/// keyword-only).
const PARAMS: &[&str] = &[
    "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
    "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
    "max_lines", "placeholder",
];
const POSITIONAL: usize = 10;

fn default(name: &str) -> Value {
    match name {
        "width" => Value::int(70),
        "initial_indent" | "subsequent_indent" => Value::str(""),
        "fix_sentence_endings" => Value::FALSE,
        "tabsize" => Value::int(8),
        "max_lines" => Value::None,
        "placeholder" => Value::str(" [...]"),
        _ => Value::TRUE,
    }
}

/// Binds `TextWrapper(...)`'s arguments to its parameters, with CPython's messages.
fn bind(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Vec<(&'static str, Value)>> {
    if args.len() > POSITIONAL {
        return Err(PyErr::type_error(format!(
            "TextWrapper.__init__() takes from 1 to {} positional arguments but {} were given",
            POSITIONAL + 1,
            args.len() + 1
        )));
    }
    let mut out = Vec::new();
    let mut args = args.into_iter();
    for (i, name) in PARAMS.iter().enumerate() {
        let kw = take_kw(&mut kwargs, name);
        let v = if i < POSITIONAL { args.next() } else { None };
        let v = match (v, kw) {
            (Some(_), Some(_)) => {
                return Err(PyErr::type_error(format!(
                    "TextWrapper.__init__() got multiple values for argument '{}'",
                    name
                )))
            }
            (Some(v), None) | (None, Some(v)) => v,
            (None, None) => default(name),
        };
        out.push((*name, v));
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!(
            "TextWrapper.__init__() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    Ok(out)
}

fn int_opt(name: &str, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => i.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(PyErr::untranslatable(&format!("textwrap with a {} {}", other.type_name(), name))),
    }
}

fn str_opt(name: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::untranslatable(&format!("textwrap with a {} {}", other.type_name(), name))),
    }
}

impl Wrapper {
    /// The options from `get(name)` (keyword arguments, or a `TextWrapper`'s attributes).
    fn from(get: impl Fn(&str) -> PyResult<Value>) -> PyResult<Wrapper> {
        let max_lines = match get("max_lines")? {
            Value::None => None,
            v => Some(int_opt("max_lines", &v)?),
        };
        Ok(Wrapper {
            width: int_opt("width", &get("width")?)?,
            initial_indent: str_opt("initial_indent", &get("initial_indent")?)?,
            subsequent_indent: str_opt("subsequent_indent", &get("subsequent_indent")?)?,
            expand_tabs: truthy(&get("expand_tabs")?)?,
            replace_whitespace: truthy(&get("replace_whitespace")?)?,
            fix_sentence_endings: truthy(&get("fix_sentence_endings")?)?,
            break_long_words: truthy(&get("break_long_words")?)?,
            drop_whitespace: truthy(&get("drop_whitespace")?)?,
            break_on_hyphens: matches!(get("break_on_hyphens")?, Value::Bool(true)),
            tabsize: int_opt("tabsize", &get("tabsize")?)?,
            max_lines,
            placeholder: str_opt("placeholder", &get("placeholder")?)?,
        })
    }

    fn from_bound(bound: &[(&'static str, Value)]) -> PyResult<Wrapper> {
        Wrapper::from(|name| {
            Ok(bound.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or(Value::None))
        })
    }

    /// `_munge_whitespace`: tabs expanded, other whitespace made spaces.
    fn munge(&self, text: &str) -> String {
        let text = if self.expand_tabs { crate::value::methods::str_convert::expand_tabs(text, self.tabsize) } else { text.to_string() };
        if self.replace_whitespace {
            text.chars().map(|c| if is_ws(c) { ' ' } else { c }).collect()
        } else {
            text
        }
    }

    fn split(&self, text: &str) -> Vec<String> {
        let chars: Vec<char> = self.munge(text).chars().collect();
        let spans = if self.break_on_hyphens { split_words(&chars) } else { split_simple(&chars) };
        spans.into_iter().map(|(a, b)| chars[a..b].iter().collect()).collect()
    }

    /// `wrap(text)`: the lines.
    pub fn wrap(&self, text: &str) -> PyResult<Vec<String>> {
        let mut chunks = self.split(text);
        if self.fix_sentence_endings {
            fix_sentence_endings(&mut chunks);
        }
        super::textwrap_lines::wrap_chunks(self, chunks)
    }
}

/// textwrap's `_whitespace`: the ASCII whitespace characters.
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`: a word character that is not a decimal digit.
fn is_letter(c: char) -> bool {
    is_word(c) && crate::int::decimal_value(c).is_none()
}

/// `[\w!"\'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// `wordsep_simple_re.split`: runs of whitespace and of anything else.
fn split_simple(t: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < t.len() {
        let ws = is_ws(t[p]);
        let mut e = p + 1;
        while e < t.len() && is_ws(t[e]) == ws {
            e += 1;
        }
        out.push((p, e));
        p = e;
    }
    out
}

/// The length of the run of `-` starting at `i`.
fn hyphens(t: &[char], i: usize) -> usize {
    t[i.min(t.len())..].iter().take_while(|c| **c == '-').count()
}

/// `-{2,}` followed by `\w` at `i` (the run is taken whole: backing off leaves a `-` next).
fn em_dash_at(t: &[char], i: usize) -> Option<usize> {
    let n = hyphens(t, i);
    if n >= 2 && t.get(i + n).map_or(false, |c| is_word(*c)) {
        Some(n)
    } else {
        None
    }
}

fn letter_at(t: &[char], i: usize) -> bool {
    t.get(i).map_or(false, |c| is_letter(*c))
}

/// The hyphen alternative of `wordsep_re` with its `-` at `q`:
/// `-(?: (?<=lt{2}-) | (?<=lt-lt-)) (?= lt -? lt)`.
fn hyphen_break(t: &[char], q: usize) -> bool {
    if t.get(q) != Some(&'-') {
        return false;
    }
    let behind = (q >= 2 && letter_at(t, q - 2) && letter_at(t, q - 1))
        || (q >= 3 && letter_at(t, q - 3) && t[q - 2] == '-' && letter_at(t, q - 1));
    let ahead = letter_at(t, q + 1)
        && (letter_at(t, q + 2) || (t.get(q + 2) == Some(&'-') && letter_at(t, q + 3)));
    behind && ahead
}

/// `TextWrapper.wordsep_re.split(text)` without its empty strings, as spans. Every position
/// starts a match of one alternative (whitespace run; an em-dash after word punctuation; the
/// shortest run of non-whitespace that ends at a breakable hyphen, before whitespace or the
/// end, or before an em-dash), so the matches tile the text.
fn split_words(t: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut p = 0;
    while p < t.len() {
        let end = if is_ws(t[p]) {
            let mut e = p + 1;
            while e < t.len() && is_ws(t[e]) {
                e += 1;
            }
            e
        } else if let (true, Some(n)) = (p > 0 && is_word_punct(t[p - 1]), em_dash_at(t, p)) {
            p + n
        } else {
            let mut q = p + 1;
            loop {
                if hyphen_break(t, q) {
                    break q + 1;
                }
                if q >= t.len() || is_ws(t[q]) {
                    break q;
                }
                if is_word_punct(t[q - 1]) && em_dash_at(t, q).is_some() {
                    break q;
                }
                q += 1;
            }
        };
        out.push((p, end));
        p = end;
    }
    out
}

/// `_fix_sentence_endings`: two spaces after `[a-z][.!?]["']?` at a chunk's end.
fn fix_sentence_endings(chunks: &mut [String]) {
    let ends_sentence = |s: &str| {
        let c: Vec<char> = s.chars().collect();
        let mut n = c.len();
        if n > 0 && (c[n - 1] == '"' || c[n - 1] == '\'') && n >= 3 && matches!(c[n - 2], '.' | '!' | '?') {
            n -= 1;
        }
        n >= 2 && matches!(c[n - 1], '.' | '!' | '?') && c[n - 2].is_ascii_lowercase()
    };
    let mut i = 0;
    while i + 1 < chunks.len() {
        if chunks[i + 1] == " " && ends_sentence(&chunks[i]) {
            chunks[i + 1] = "  ".to_string();
            i += 2;
        } else {
            i += 1;
        }
    }
}

fn text_arg(v: &Value, method: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::new(
            "AttributeError",
            format!("'{}' object has no attribute '{}'", other.type_name(), method),
        )),
    }
}

fn lines_value(lines: Vec<String>) -> Value {
    Value::list(lines.iter().map(|l| Value::str(l)).collect())
}

/// `wrap(text, width=70, **kwargs)` and `fill`: the text and the `TextWrapper` arguments.
fn module_call(name: &str, args: Vec<Value>, mut kwargs: Kwargs, fill: bool) -> PyResult<Value> {
    let mut args = args.into_iter();
    let text = args.next().or_else(|| take_kw(&mut kwargs, "text"));
    let text = text.ok_or_else(|| PyErr::type_error(format!("{}() missing 1 required positional argument: 'text'", name)))?;
    let width = args.next();
    if args.next().is_some() {
        return Err(PyErr::type_error(format!("{}() takes from 1 to 2 positional arguments", name)));
    }
    let mut pos = Vec::new();
    if let Some(w) = width {
        pos.push(w);
    }
    let w = Wrapper::from_bound(&bind(pos, kwargs)?)?;
    let lines = w.wrap(&text_arg(&text, "expandtabs")?)?;
    Ok(if fill { Value::str(&lines.join("\n")) } else { lines_value(lines) })
}

/// `shorten(text, width, **kwargs)`.
fn shorten(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let text = args.next().or_else(|| take_kw(&mut kwargs, "text"));
    let width = args.next().or_else(|| take_kw(&mut kwargs, "width"));
    let (text, width) = match (text, width) {
        (Some(t), Some(w)) => (t, w),
        (_, None) => return Err(PyErr::type_error("shorten() missing 1 required positional argument: 'width'")),
        (None, _) => return Err(PyErr::type_error("shorten() missing 1 required positional argument: 'text'")),
    };
    if kwargs.iter().any(|(k, _)| k.as_str() == "max_lines") {
        return Err(PyErr::type_error("textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'"));
    }
    kwargs.push((crate::str::Str::from("max_lines"), Value::int(1)));
    let w = Wrapper::from_bound(&bind(vec![width], kwargs)?)?;
    let text = text_arg(&text, "strip")?;
    let collapsed: Vec<&str> = text.split(is_space).filter(|s| !s.is_empty()).collect();
    Ok(Value::str(&w.wrap(&collapsed.join(" "))?.join("\n")))
}

fn wrapper_class() -> std::rc::Rc<crate::value::Class> {
    runtime_class("textwrap", "TextWrapper", vec![], || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
                for (name, v) in bind(args, kwargs)? {
                    set_state(this, name, v);
                }
                Ok(Value::None)
            }),
            method("wrap", |this, args, _| {
                super::args::arity("wrap", &args, 1, 1)?;
                let w = Wrapper::from(|name| getattr(this, name))?;
                Ok(lines_value(w.wrap(&text_arg(&args[0], "expandtabs")?)?))
            }),
            method("fill", |this, args, _| {
                super::args::arity("fill", &args, 1, 1)?;
                let w = Wrapper::from(|name| getattr(this, name))?;
                Ok(Value::str(&w.wrap(&text_arg(&args[0], "expandtabs")?)?.join("\n")))
            }),
        ]
    })
}

pub fn build() -> Module {
    module(
        "textwrap",
        vec![
            ("TextWrapper", Value::Class(wrapper_class())),
            func_kw("wrap", |a, k| module_call("wrap", a, k, false)),
            func_kw("fill", |a, k| module_call("fill", a, k, true)),
            func_kw("shorten", shorten),
            func_kw("dedent", |args, kwargs| {
                super::args::no_more_kwargs("dedent", &kwargs)?;
                super::args::arity("dedent", &args, 1, 1)?;
                Ok(Value::str(&super::textwrap_lines::dedent(&text_arg(&args[0], "sub")?)))
            }),
            func_kw("indent", super::textwrap_lines::indent),
        ],
    )
}

use crate::value::Module;
