//! argparse's `HelpFormatter`, ported from CPython 3.12's Lib/argparse.py: the help of each
//! action (`_format_action`, `_format_action_invocation`, `_expand_help`), the sections of
//! `ArgumentParser.format_help`, and the text of descriptions and epilogs. The usage line
//! and its wrapping are in argparse_usage.rs. The width is CPython's
//! `shutil.get_terminal_size().columns - 2`: `COLUMNS` when set, else 80 (what CPython gets
//! when stdout is not a terminal).

use super::argparse::{is_suppress, nargs_code};
use super::objs::list_state;
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, hasattr};
use crate::value::text::str_of;
use crate::value::Value;

/// What the parser's `formatter_class` changes (it may combine several of CPython's).
#[derive(Clone, Copy, Default)]
pub struct Flavour {
    pub raw_description: bool,
    pub raw_text: bool,
    pub defaults: bool,
    pub metavar_type: bool,
}

pub struct Formatter {
    pub prog: String,
    pub width: i64,
    max_help_position: i64,
    pub increment: i64,
    pub indent: i64,
    action_max_length: i64,
    flavour: Flavour,
}

pub fn s(v: &Value) -> PyResult<String> {
    Ok(str_of(v)?.to_string())
}

pub fn strings(v: &Value) -> PyResult<Vec<String>> {
    crate::value::iterate::collect(v)?.iter().map(s).collect()
}

pub fn option_strings(a: &Value) -> PyResult<Vec<String>> {
    strings(&getattr(a, "option_strings")?)
}

fn len(t: &str) -> i64 {
    t.chars().count() as i64
}

fn pad(n: i64) -> String {
    " ".repeat(n.max(0) as usize)
}

/// `shutil.get_terminal_size().columns` as CPython sees it with stdout not a terminal.
pub fn terminal_columns() -> PyResult<i64> {
    let environ = getattr(&super::import_module("os")?, "environ")?;
    let v = crate::value::func::call_method(&environ, "get", vec![Value::str("COLUMNS")], vec![])?;
    if let Value::Str(c) = v {
        if let Ok(n) = c.as_str().trim().parse::<i64>() {
            if n > 0 {
                return Ok(n);
            }
        }
    }
    Ok(80)
}

/// A metavar: one name, or the tuple a program gave.
enum Metavar {
    One(String),
    Tuple(Vec<String>),
}

impl Metavar {
    /// `get_metavar(n)` followed by `%` formatting with `n` slots.
    fn take(&self, n: usize) -> PyResult<Vec<String>> {
        match self {
            Metavar::One(m) => Ok(vec![m.clone(); n]),
            Metavar::Tuple(t) if t.len() == n => Ok(t.clone()),
            Metavar::Tuple(t) if t.len() < n => Err(PyErr::type_error("not enough arguments for format string")),
            Metavar::Tuple(_) => Err(PyErr::type_error("not all arguments converted during string formatting")),
        }
    }
}

impl Formatter {
    /// `parser._get_formatter()`: `formatter_class(prog=parser.prog)`, whose attributes give
    /// the width and the indentation (a lambda or a subclass may pass other values).
    pub fn new(parser: &Value) -> PyResult<Formatter> {
        let prog = getattr(parser, "prog")?;
        let made = crate::value::func::call(&getattr(parser, "formatter_class")?, vec![], vec![(crate::str::Str::from("prog"), prog.clone())])?;
        let flavour = match &made {
            Value::Instance(i) if super::objs::is_a(&made, "argparse", "HelpFormatter") => flavour_of(&i.class)?,
            _ => return Err(PyErr::untranslatable("argparse formatter_class that does not make a HelpFormatter")),
        };
        let int = |name: &str| -> PyResult<i64> { super::args::to_i64(&getattr(&made, name)?) };
        Ok(Formatter {
            prog: s(&prog)?,
            width: int("_width")?,
            max_help_position: int("_max_help_position")?,
            increment: int("_indent_increment")?,
            indent: 0,
            action_max_length: 0,
            flavour,
        })
    }

    fn default_metavar(&self, a: &Value, positional: bool) -> PyResult<String> {
        if self.flavour.metavar_type {
            return s(&getattr(&getattr(a, "type")?, "__name__")?);
        }
        let dest = s(&getattr(a, "dest")?)?;
        Ok(if positional { dest } else { dest.to_uppercase() })
    }

    /// `_metavar_formatter`.
    fn metavar(&self, a: &Value, positional: bool) -> PyResult<Metavar> {
        match getattr(a, "metavar")? {
            Value::None => {}
            Value::Tuple(t) => return Ok(Metavar::Tuple(t.iter().map(s).collect::<PyResult<_>>()?)),
            m => return Ok(Metavar::One(s(&m)?)),
        }
        match getattr(a, "choices")? {
            Value::None => Ok(Metavar::One(self.default_metavar(a, positional)?)),
            c => Ok(Metavar::One(format!("{{{}}}", strings(&c)?.join(",")))),
        }
    }

    /// `_format_args`.
    pub fn format_args(&self, a: &Value, positional: bool) -> PyResult<String> {
        let m = self.metavar(a, positional)?;
        Ok(match nargs_code(&getattr(a, "nargs")?)?.as_str() {
            "" => m.take(1)?.remove(0),
            "?" => format!("[{}]", m.take(1)?[0]),
            "*" => match &m {
                Metavar::Tuple(t) if t.len() == 2 => format!("[{} [{} ...]]", t[0], t[1]),
                _ => format!("[{} ...]", m.take(1)?[0]),
            },
            "+" => {
                let v = m.take(2)?;
                format!("{} [{} ...]", v[0], v[1])
            }
            "..." => "...".to_string(),
            "A..." => format!("{} ...", m.take(1)?[0]),
            super::argparse::SUPPRESS => String::new(),
            n => {
                let n: usize = n.parse().map_err(|_| PyErr::value_error("invalid nargs value"))?;
                m.take(n)?.join(" ")
            }
        })
    }

    /// `_format_action_invocation`.
    fn invocation(&self, a: &Value) -> PyResult<String> {
        let opts = option_strings(a)?;
        if opts.is_empty() {
            return match self.metavar(a, true)? {
                Metavar::One(m) => Ok(m),
                Metavar::Tuple(t) if t.len() == 1 => Ok(t[0].clone()),
                Metavar::Tuple(t) if t.is_empty() => Err(PyErr::value_error("not enough values to unpack (expected 1, got 0)")),
                Metavar::Tuple(_) => Err(PyErr::value_error("too many values to unpack (expected 1)")),
            };
        }
        if nargs_code(&getattr(a, "nargs")?)? == "0" {
            return Ok(opts.join(", "));
        }
        let args = self.format_args(a, false)?;
        Ok(opts.iter().map(|o| format!("{} {}", o, args)).collect::<Vec<_>>().join(", "))
    }

    fn subactions(a: &Value) -> PyResult<Vec<Value>> {
        if hasattr(a, "_choices_actions")? {
            return crate::value::iterate::collect(&getattr(a, "_choices_actions")?);
        }
        Ok(Vec::new())
    }

    /// `add_argument`: what the action adds to the width of the invocation column.
    pub fn measure(&mut self, a: &Value) -> PyResult<()> {
        if is_suppress(&getattr(a, "help")?) {
            return Ok(());
        }
        let mut longest = len(&self.invocation(a)?) + self.indent;
        for sub in Formatter::subactions(a)? {
            longest = longest.max(len(&self.invocation(&sub)?) + self.indent + self.increment);
        }
        self.action_max_length = self.action_max_length.max(longest);
        Ok(())
    }

    /// `_get_help_string` and `_expand_help`: the help with its `%(name)s` fields filled.
    fn expand_help(&self, a: &Value) -> PyResult<String> {
        let mut help = match getattr(a, "help")? {
            Value::None => String::new(),
            h => s(&h)?,
        };
        if self.flavour.defaults && !help.contains("%(default)") && !is_suppress(&getattr(a, "default")?) {
            let n = nargs_code(&getattr(a, "nargs")?)?;
            if !option_strings(a)?.is_empty() || n == "?" || n == "*" {
                help.push_str(" (default: %(default)s)");
            }
        }
        let params = Value::dict(vec![])?;
        if let Value::Instance(i) = a {
            for (k, v) in i.dict.borrow().items() {
                let name = s(&k)?;
                if name.starts_with('_') || is_suppress(&v) {
                    continue;
                }
                let v = match &v {
                    Value::Class(_) | Value::Func(_) | Value::Builtin(_) if hasattr(&v, "__name__")? => getattr(&v, "__name__")?,
                    _ => v.clone(),
                };
                let v = if name == "choices" && !matches!(v, Value::None) {
                    Value::str(&crate::value::iterate::collect(&v)?.iter().map(s).collect::<PyResult<Vec<_>>>()?.join(", "))
                } else {
                    v
                };
                crate::value::func::call_method(&params, "__setitem__", vec![k.clone(), v], vec![])?;
            }
        }
        crate::value::func::call_method(&params, "__setitem__", vec![Value::str("prog"), Value::str(&self.prog)], vec![])?;
        s(&crate::value::ops::modulo(&Value::str(&help), &params)?)
    }

    /// `_split_lines`.
    fn split_lines(&self, text: &str, width: i64) -> PyResult<Vec<String>> {
        if self.flavour.raw_text {
            return strings(&crate::value::methods::str_search::splitlines(&crate::str::Str::from(text), false));
        }
        wrapper(width, "").wrap(&collapse(text))
    }

    /// `_format_text`: a description or epilog, filled to the width.
    pub fn format_text(&self, text: &str) -> PyResult<String> {
        let text = if text.contains("%(prog)") {
            let d = Value::dict(vec![(Value::str("prog"), Value::str(&self.prog))])?;
            s(&crate::value::ops::modulo(&Value::str(text), &d)?)?
        } else {
            text.to_string()
        };
        let width = (self.width - self.indent).max(11);
        let indent = pad(self.indent);
        let filled = if self.flavour.raw_description || self.flavour.raw_text {
            strings(&crate::value::methods::str_search::splitlines(&crate::str::Str::from(text.as_str()), true))?.iter().map(|l| format!("{}{}", indent, l)).collect::<String>()
        } else {
            wrapper(width, &indent).wrap(&collapse(&text))?.join("\n")
        };
        Ok(format!("{}\n\n", filled))
    }

    /// `_format_action`.
    pub fn format_action(&mut self, a: &Value) -> PyResult<String> {
        let help_position = (self.action_max_length + 2).min(self.max_help_position);
        let help_width = (self.width - help_position).max(11);
        let action_width = help_position - self.indent - 2;
        let header = self.invocation(a)?;
        let help = getattr(a, "help")?;
        let has_help = crate::value::ops::truthy(&help)?;
        let mut indent_first = 0;
        let header = if !has_help {
            format!("{}{}\n", pad(self.indent), header)
        } else if len(&header) <= action_width {
            format!("{}{}{}  ", pad(self.indent), header, pad(action_width - len(&header)))
        } else {
            indent_first = help_position;
            format!("{}{}\n", pad(self.indent), header)
        };
        let mut out = header.clone();
        if has_help && !s(&help)?.trim().is_empty() {
            let text = self.expand_help(a)?;
            if !text.is_empty() {
                let lines = self.split_lines(&text, help_width)?;
                let first = lines.first().ok_or_else(|| PyErr::index_error("list index out of range"))?;
                out.push_str(&format!("{}{}\n", pad(indent_first), first));
                for l in &lines[1..] {
                    out.push_str(&format!("{}{}\n", pad(help_position), l));
                }
            }
        } else if !header.ends_with('\n') {
            out.push('\n');
        }
        let subs = Formatter::subactions(a)?;
        if !subs.is_empty() {
            self.indent += self.increment;
            for sub in subs {
                let t = self.format_action(&sub)?;
                out.push_str(&t);
            }
            self.indent -= self.increment;
        }
        Ok(out)
    }
}

/// `_whitespace_matcher.sub(' ', text).strip()`: runs of ASCII whitespace made one space.
fn collapse(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out.trim_matches(crate::str::is_space).to_string()
}

fn wrapper(width: i64, indent: &str) -> super::textwrap::Wrapper {
    super::textwrap::Wrapper {
        width,
        initial_indent: indent.to_string(),
        subsequent_indent: indent.to_string(),
        expand_tabs: true,
        replace_whitespace: true,
        fix_sentence_endings: false,
        break_long_words: true,
        drop_whitespace: true,
        break_on_hyphens: true,
        tabsize: 8,
        max_lines: None,
        placeholder: " [...]".to_string(),
    }
}

/// The formatter classes a formatter's class is made of. A program's own subclass that only
/// combines CPython's (`class F(ArgumentDefaultsHelpFormatter, RawDescriptionHelpFormatter):
/// pass`) or passes other arguments to `__init__` is understood; one that overrides another
/// method is not.
fn flavour_of(cls: &std::rc::Rc<crate::value::Class>) -> PyResult<Flavour> {
    let mut f = Flavour::default();
    for c in cls.mro.borrow().iter() {
        match (c.module.as_str(), c.name.as_str()) {
            ("argparse", "HelpFormatter") | ("builtins", "object") => {}
            ("argparse", "RawDescriptionHelpFormatter") => f.raw_description = true,
            ("argparse", "RawTextHelpFormatter") => f.raw_text = true,
            ("argparse", "ArgumentDefaultsHelpFormatter") => f.defaults = true,
            ("argparse", "MetavarTypeHelpFormatter") => f.metavar_type = true,
            _ => {
                let own = c.dict.borrow().items().iter().any(|(k, _)| str_of(k).map(|k| !k.as_str().starts_with("__")).unwrap_or(true));
                if own {
                    return Err(PyErr::untranslatable("argparse formatter_class that overrides HelpFormatter's methods"));
                }
            }
        }
    }
    Ok(f)
}

/// `ArgumentParser.format_help`: usage, description, each group's section, epilog.
pub fn format_help(parser: &Value) -> PyResult<String> {
    let mut f = Formatter::new(parser)?;
    let groups = list_state(parser, "_action_groups")?.borrow().clone();
    f.indent = f.increment;
    for g in &groups {
        for a in list_state(g, "_group_actions")?.borrow().iter() {
            f.measure(a)?;
        }
    }
    f.indent = 0;
    let mut parts = vec![super::argparse_usage::format_usage_with(&f, parser, "usage: ")?];
    if let Some(d) = text_of(&getattr(parser, "description")?)? {
        parts.push(f.format_text(&d)?);
    }
    for g in &groups {
        f.indent = f.increment;
        let mut body = String::new();
        if let Some(d) = text_of(&getattr(g, "description")?)? {
            body.push_str(&f.format_text(&d)?);
        }
        for a in list_state(g, "_group_actions")?.borrow().iter() {
            if !is_suppress(&getattr(a, "help")?) {
                body.push_str(&f.format_action(a)?);
            }
        }
        f.indent = 0;
        if !body.is_empty() {
            let heading = match getattr(g, "title")? {
                Value::None => String::new(),
                t if is_suppress(&t) => String::new(),
                t => format!("{}:\n", s(&t)?),
            };
            parts.push(format!("\n{}{}\n", heading, body));
        }
    }
    if let Some(e) = text_of(&getattr(parser, "epilog")?)? {
        parts.push(f.format_text(&e)?);
    }
    Ok(finish(&parts.concat()))
}

fn text_of(v: &Value) -> PyResult<Option<String>> {
    if matches!(v, Value::None) || is_suppress(v) {
        return Ok(None);
    }
    Ok(Some(s(v)?))
}

/// `HelpFormatter.format_help`'s last step: runs of blank lines made one, one final newline.
pub fn finish(help: &str) -> String {
    if help.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let mut newlines = 0;
    for c in help.chars() {
        if c == '\n' {
            newlines += 1;
            continue;
        }
        out.push_str(if newlines >= 3 { "\n\n" } else { &"\n\n"[..newlines.min(2)] });
        newlines = 0;
        out.push(c);
    }
    out.push_str(if newlines >= 3 { "\n\n" } else { &"\n\n"[..newlines.min(2)] });
    format!("{}\n", out.trim_matches('\n'))
}
