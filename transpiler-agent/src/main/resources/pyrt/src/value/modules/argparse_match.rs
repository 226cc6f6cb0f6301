//! `ArgumentParser.parse_known_args`, ported from CPython 3.12's `_parse_known_args`: each
//! argument string is classified as an option ('O') or an argument ('A'), options consume
//! the arguments their `nargs` matches, and the positionals between them are matched as
//! greedily as the regular expressions of `_match_arguments_partial` match (a run of 'A's
//! shared out left to right, each taking the most it can while the rest still get their
//! minimum).

use super::argparse::{error_class, is_suppress, nargs_code, namespace_class};
pub use super::argparse_usage::exit_with_error;
use super::objs::{list_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, hasattr, setattr};
use crate::value::func::{call, call_method};
use crate::value::ops::truthy;
use crate::value::text::{repr_of, str_of};
use crate::value::{Kwargs, Value};

/// An `ArgumentError`: the action's name (None for the parser's own errors) and a message.
struct ArgError(Option<String>, String);

impl ArgError {
    fn text(&self) -> String {
        match &self.0 {
            Some(name) => format!("argument {}: {}", name, self.1),
            None => self.1.clone(),
        }
    }
}

/// Either an `ArgumentError` or any other exception on its way out.
enum Fail {
    Arg(ArgError),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type R<T> = Result<T, Fail>;

fn s(v: &Value) -> PyResult<String> {
    Ok(str_of(v)?.to_string())
}

fn strings(v: &Value) -> PyResult<Vec<String>> {
    crate::value::iterate::collect(v)?.iter().map(s).collect()
}

fn kind(a: &Value) -> PyResult<String> {
    s(&getattr(a, "__kind__")?)
}

fn option_strings(a: &Value) -> PyResult<Vec<String>> {
    strings(&getattr(a, "option_strings")?)
}

/// `_get_action_name`.
fn action_name(a: &Value) -> PyResult<Option<String>> {
    let opts = option_strings(a)?;
    if !opts.is_empty() {
        return Ok(Some(opts.join("/")));
    }
    for attr in ["metavar", "dest"] {
        let v = getattr(a, attr)?;
        if !matches!(v, Value::None) && !is_suppress(&v) {
            return Ok(Some(s(&v)?));
        }
    }
    match getattr(a, "choices")? {
        Value::None => Ok(None),
        c => Ok(Some(format!("{{{}}}", strings(&c)?.join(",")))),
    }
}

fn arg_error(a: &Value, msg: String) -> Fail {
    match action_name(a) {
        Ok(name) => Fail::Arg(ArgError(name, msg)),
        Err(e) => Fail::Py(e),
    }
}

/// How many leading 'A's an action's `nargs` takes: (min, max), max `usize::MAX` for no bound.
fn nargs_range(code: &str) -> (usize, usize) {
    match code {
        "" => (1, 1),
        "?" => (0, 1),
        "*" => (0, usize::MAX),
        "+" | "A..." => (1, usize::MAX),
        n => {
            let n = n.parse::<usize>().unwrap_or(1);
            (n, n)
        }
    }
}

fn leading_args(pattern: &[u8]) -> usize {
    pattern.iter().take_while(|c| **c == b'A').count()
}

/// `_match_argument` for an option: how many of the following strings it takes.
fn match_argument(action: &Value, pattern: &[u8]) -> R<usize> {
    let code = nargs_code(&getattr(action, "nargs")?)?;
    let (min, max) = nargs_range(&code);
    let k = leading_args(pattern);
    if k < min {
        let msg = match code.as_str() {
            "" => "expected one argument".to_string(),
            "?" => "expected at most one argument".to_string(),
            "+" => "expected at least one argument".to_string(),
            n => format!("expected {} argument{}", n, if n == "1" { "" } else { "s" }),
        };
        return Err(arg_error(action, msg));
    }
    Ok(k.min(max))
}

/// `_match_arguments_partial`: the counts for the longest prefix of `actions` that matches.
fn match_partial(actions: &[Value], pattern: &[u8]) -> PyResult<Vec<usize>> {
    let k = leading_args(pattern);
    let ranges: Vec<(usize, usize)> =
        actions.iter().map(|a| Ok(nargs_range(&nargs_code(&getattr(a, "nargs")?)?))).collect::<PyResult<_>>()?;
    let parser_at = actions.iter().map(|a| Ok(nargs_code(&getattr(a, "nargs")?)? == "A...")).collect::<PyResult<Vec<bool>>>()?;
    for i in (1..=ranges.len()).rev() {
        let mins: usize = ranges[..i].iter().map(|r| r.0).sum();
        if mins > k {
            continue;
        }
        // A sub-command (`-*A[-AO]*`) takes everything after its own 'A', options too, and
        // leaves the actions after it only an empty match.
        if let Some(p) = parser_at[..i].iter().position(|x| *x) {
            if ranges[p + 1..i].iter().any(|r| r.0 > 0) {
                continue;
            }
        }
        let mut left = k;
        let mut counts = Vec::new();
        for (j, (min, max)) in ranges[..i].iter().enumerate() {
            if parser_at[j] {
                counts.push(pattern.len() - counts.iter().sum::<usize>());
                counts.extend(std::iter::repeat(0).take(i - j - 1));
                break;
            }
            let later: usize = ranges[j + 1..i].iter().map(|r| r.0).sum();
            let take = (*max).min(left - later).max(*min);
            counts.push(take);
            left -= take;
        }
        return Ok(counts);
    }
    Ok(Vec::new())
}

struct Parse<'a> {
    parser: &'a Value,
    namespace: Value,
    actions: Vec<Value>,
    options: Vec<(String, usize)>,
    seen: Vec<usize>,
    seen_non_default: Vec<usize>,
    conflicts: Vec<(usize, Vec<usize>)>,
}

impl<'a> Parse<'a> {
    fn action_of(&self, opt: &str) -> Option<usize> {
        self.options.iter().find(|(o, _)| o == opt).map(|(_, i)| *i)
    }

    /// `_parse_optional`: (action, option string, explicit argument) or None for an argument.
    fn parse_optional(&self, arg: &str, chars: &str) -> R<Option<(Option<usize>, String, Option<String>)>> {
        let first = match arg.chars().next() {
            Some(c) if chars.contains(c) => c,
            _ => return Ok(None),
        };
        if let Some(i) = self.action_of(arg) {
            return Ok(Some((Some(i), arg.to_string(), None)));
        }
        if arg.chars().count() == 1 {
            return Ok(None);
        }
        if let Some((opt, explicit)) = arg.split_once('=') {
            if let Some(i) = self.action_of(opt) {
                return Ok(Some((Some(i), opt.to_string(), Some(explicit.to_string()))));
            }
        }
        let second = arg.chars().nth(1).unwrap_or(' ');
        let mut tuples = Vec::new();
        if chars.contains(second) {
            if truthy(&getattr(self.parser, "allow_abbrev")?)? {
                let (prefix, explicit) = match arg.split_once('=') {
                    Some((p, e)) => (p, Some(e.to_string())),
                    None => (arg, None),
                };
                for (o, i) in &self.options {
                    if o.starts_with(prefix) {
                        tuples.push((Some(*i), o.clone(), explicit.clone()));
                    }
                }
            }
        } else {
            let short: String = arg.chars().take(2).collect();
            let short_explicit: String = arg.chars().skip(2).collect();
            for (o, i) in &self.options {
                if *o == short {
                    tuples.push((Some(*i), o.clone(), Some(short_explicit.clone())));
                } else if o.starts_with(arg) {
                    tuples.push((Some(*i), o.clone(), None));
                }
            }
        }
        let _ = first;
        if tuples.len() > 1 {
            let names: Vec<String> = tuples.iter().map(|t| t.1.clone()).collect();
            return Err(Fail::Py(exit_with_error(self.parser, &format!("ambiguous option: {} could match {}", arg, names.join(", ")))));
        }
        if let Some(t) = tuples.pop() {
            return Ok(Some(t));
        }
        if is_negative_number(arg) && !self.options.iter().any(|(o, _)| is_negative_number(o)) {
            return Ok(None);
        }
        if arg.contains(' ') {
            return Ok(None);
        }
        Ok(Some((None, arg.to_string(), None)))
    }

    /// `_get_value`: the string through the action's `type`.
    fn value(&self, a: &Value, text: &str) -> R<Value> {
        let typ = getattr(a, "type")?;
        if matches!(typ, Value::None) {
            return Ok(Value::str(text));
        }
        match call(&typ, vec![Value::str(text)], vec![]) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance("ArgumentTypeError") => Err(arg_error(a, e.message.clone())),
            Err(e) if e.is_instance_any(&["TypeError", "ValueError"]) => {
                let name = match getattr(&typ, "__name__") {
                    Ok(n) => s(&n)?,
                    Err(_) => repr_of(&typ)?.to_string(),
                };
                Err(arg_error(a, format!("invalid {} value: {}", name, repr_of(&Value::str(text))?.as_str())))
            }
            Err(e) => Err(Fail::Py(e)),
        }
    }

    fn check(&self, a: &Value, v: &Value) -> R<()> {
        let choices = getattr(a, "choices")?;
        if matches!(choices, Value::None) || crate::value::compare::contains(&choices, v)? {
            return Ok(());
        }
        let shown: Vec<String> =
            crate::value::iterate::collect(&choices)?.iter().map(|c| repr_of(c).map(|r| r.to_string())).collect::<PyResult<_>>()?;
        Err(arg_error(a, format!("invalid choice: {} (choose from {})", repr_of(v)?.as_str(), shown.join(", "))))
    }

    /// `_get_values`.
    fn values(&self, a: &Value, strs: &[String]) -> R<Value> {
        let code = nargs_code(&getattr(a, "nargs")?)?;
        let positional = option_strings(a)?.is_empty();
        if strs.is_empty() && code == "?" {
            let v = if positional { getattr(a, "default")? } else { getattr(a, "const")? };
            if let Value::Str(t) = &v {
                let v = self.value(a, t.as_str())?;
                self.check(a, &v)?;
                return Ok(v);
            }
            return Ok(v);
        }
        if strs.is_empty() && code == "*" && positional {
            let d = getattr(a, "default")?;
            if !matches!(d, Value::None) {
                self.check(a, &d)?;
                return Ok(d);
            }
            return Ok(Value::list(vec![]));
        }
        if code == "A..." {
            let out: Vec<Value> = strs.iter().map(|t| self.value(a, t)).collect::<R<_>>()?;
            if let Some(first) = out.first() {
                self.check(a, first)?;
            }
            return Ok(Value::list(out));
        }
        if strs.len() == 1 && (code.is_empty() || code == "?") {
            let v = self.value(a, &strs[0])?;
            self.check(a, &v)?;
            return Ok(v);
        }
        let mut out = Vec::new();
        for t in strs {
            out.push(self.value(a, t)?);
        }
        for v in &out {
            self.check(a, v)?;
        }
        Ok(Value::list(out))
    }

    fn take_action(&mut self, i: usize, strs: &[String], option: Option<&str>) -> R<()> {
        let a = self.actions[i].clone();
        if !self.seen.contains(&i) {
            self.seen.push(i);
        }
        let values = self.values(&a, strs)?;
        if !crate::value::compare::is(&values, &getattr(&a, "default")?) {
            if !self.seen_non_default.contains(&i) {
                self.seen_non_default.push(i);
            }
            if let Some((_, others)) = self.conflicts.iter().find(|(k, _)| *k == i) {
                if let Some(c) = others.iter().find(|c| self.seen_non_default.contains(c)) {
                    let name = action_name(&self.actions[*c])?.unwrap_or_default();
                    return Err(arg_error(&a, format!("not allowed with argument {}", name)));
                }
            }
        }
        self.perform(&a, values, option)
    }

    fn perform(&mut self, a: &Value, values: Value, option: Option<&str>) -> R<()> {
        let dest = s(&getattr(a, "dest")?)?;
        let ns = self.namespace.clone();
        let items = || -> PyResult<Value> {
            let cur = if hasattr(&ns, &dest)? { getattr(&ns, &dest)? } else { Value::None };
            Ok(match cur {
                Value::None => Value::list(vec![]),
                Value::List(l) => Value::list(l.borrow().clone()),
                other => super::copy_::shallow(&other)?,
            })
        };
        match kind(a)?.as_str() {
            "store" => setattr(&ns, &dest, values)?,
            "store_const" | "store_true" | "store_false" => setattr(&ns, &dest, getattr(a, "const")?)?,
            "append" => {
                let l = items()?;
                call_method(&l, "append", vec![values], vec![])?;
                setattr(&ns, &dest, l)?;
            }
            "append_const" => {
                let l = items()?;
                call_method(&l, "append", vec![getattr(a, "const")?], vec![])?;
                setattr(&ns, &dest, l)?;
            }
            "extend" => {
                let l = items()?;
                call_method(&l, "extend", vec![values], vec![])?;
                setattr(&ns, &dest, l)?;
            }
            "count" => {
                let cur = if hasattr(&ns, &dest)? { getattr(&ns, &dest)? } else { Value::None };
                let cur = if matches!(cur, Value::None) { Value::int(0) } else { cur };
                setattr(&ns, &dest, crate::value::ops::add(&cur, &Value::int(1))?)?;
            }
            "boolean_optional" => {
                if let Some(o) = option {
                    setattr(&ns, &dest, Value::Bool(!o.starts_with("--no-")))?;
                }
            }
            "version" => {
                let version = match getattr(a, "version")? {
                    Value::None => getattr(self.parser, "version")?,
                    v => v,
                };
                let f = super::argparse_help::Formatter::new(self.parser)?;
                let text = super::argparse_help::finish(&f.format_text(&s(&version)?)?);
                super::argparse_usage::print_to(None, "stdout", &text)?;
                return Err(Fail::Py(super::argparse_usage::system_exit(0)));
            }
            "help" => {
                let text = super::argparse_help::format_help(self.parser)?;
                super::argparse_usage::print_to(None, "stdout", &text)?;
                return Err(Fail::Py(super::argparse_usage::system_exit(0)));
            }
            "parsers" => {
                let strs = crate::value::iterate::collect(&values)?;
                super::argparse_sub::invoke(a, &ns, &strs)?;
            }
            other => return Err(Fail::Py(PyErr::untranslatable(&format!("argparse action {}", other)))),
        }
        Ok(())
    }
}

fn is_negative_number(s: &str) -> bool {
    let rest = match s.strip_prefix('-') {
        Some(r) => r,
        None => return false,
    };
    if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    match rest.split_once('.') {
        Some((a, b)) => a.chars().all(|c| c.is_ascii_digit()) && !b.is_empty() && b.chars().all(|c| c.is_ascii_digit()),
        None => false,
    }
}

fn run(p: &mut Parse, args: &[String]) -> R<Vec<String>> {
    let chars = s(&getattr(p.parser, "prefix_chars")?)?;
    let mut found: Vec<(usize, (Option<usize>, String, Option<String>))> = Vec::new();
    let mut pattern = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match p.parse_optional(a, &chars)? {
            None => pattern.push(b'A'),
            Some(t) => {
                found.push((i, t));
                pattern.push(b'O');
            }
        }
    }
    let mut positionals: Vec<usize> =
        (0..p.actions.len()).filter(|i| option_strings(&p.actions[*i]).map_or(false, |o| o.is_empty())).collect();
    let mut extras = Vec::new();
    let consume_positionals = |p: &mut Parse, positionals: &mut Vec<usize>, mut start: usize| -> R<usize> {
        let acts: Vec<Value> = positionals.iter().map(|i| p.actions[*i].clone()).collect();
        let counts = match_partial(&acts, &pattern[start..])?;
        for (k, n) in counts.iter().enumerate() {
            let strs = args[start..start + n].to_vec();
            start += n;
            p.take_action(positionals[k], &strs, None)?;
        }
        positionals.drain(..counts.len());
        Ok(start)
    };
    let max_option = found.iter().map(|(i, _)| *i as i64).max().unwrap_or(-1);
    let mut start = 0usize;
    while (start as i64) <= max_option {
        let next = found.iter().map(|(i, _)| *i).filter(|i| *i >= start).min().unwrap_or(args.len());
        if start != next {
            let end = consume_positionals(p, &mut positionals, start)?;
            if end > start {
                start = end;
                continue;
            }
            start = end;
        }
        if !found.iter().any(|(i, _)| *i == start) {
            extras.extend(args[start..next].iter().cloned());
            start = next;
        }
        start = consume_optional(p, &found, &pattern, args, start, &mut extras, &chars)?;
    }
    let stop = consume_positionals(p, &mut positionals, start)?;
    extras.extend(args[stop..].iter().cloned());
    Ok(extras)
}

#[allow(clippy::too_many_arguments)]
fn consume_optional(
    p: &mut Parse,
    found: &[(usize, (Option<usize>, String, Option<String>))],
    pattern: &[u8],
    args: &[String],
    start: usize,
    extras: &mut Vec<String>,
    chars: &str,
) -> R<usize> {
    let (_, (mut action, mut option, mut explicit)) = found.iter().find(|(i, _)| *i == start).cloned().expect("an option here");
    let mut tuples: Vec<(usize, Vec<String>, String)> = Vec::new();
    let stop;
    loop {
        let act = match action {
            None => {
                extras.push(args[start].clone());
                return Ok(start + 1);
            }
            Some(a) => a,
        };
        match explicit.clone() {
            Some(arg) => {
                let count = match_argument(&p.actions[act], b"A")?;
                let single_dash = !chars.contains(option.chars().nth(1).unwrap_or('-'));
                if count == 0 && single_dash && !arg.is_empty() {
                    tuples.push((act, Vec::new(), option.clone()));
                    let c = option.chars().next().unwrap_or('-');
                    let mut rest = arg.chars();
                    let next_opt = format!("{}{}", c, rest.next().unwrap_or(' '));
                    let rest: String = rest.collect();
                    match p.action_of(&next_opt) {
                        Some(a) => {
                            action = Some(a);
                            option = next_opt;
                            explicit = if rest.is_empty() { None } else { Some(rest) };
                        }
                        None => return Err(arg_error(&p.actions[act], format!("ignored explicit argument {}", repr_of(&Value::str(&arg))?.as_str()))),
                    }
                } else if count == 1 {
                    stop = start + 1;
                    tuples.push((act, vec![arg], option.clone()));
                    break;
                } else {
                    return Err(arg_error(&p.actions[act], format!("ignored explicit argument {}", repr_of(&Value::str(&arg))?.as_str())));
                }
            }
            None => {
                let from = start + 1;
                let count = match_argument(&p.actions[act], &pattern[from..])?;
                stop = from + count;
                tuples.push((act, args[from..stop].to_vec(), option.clone()));
                break;
            }
        }
    }
    for (a, strs, opt) in tuples {
        p.take_action(a, &strs, Some(&opt))?;
    }
    Ok(stop)
}

/// `parse_args(args=None, namespace=None)` and `parse_known_args`.
pub fn parse_args(parser: &Value, args: Vec<Value>, mut kwargs: Kwargs, known: bool) -> PyResult<Value> {
    let mut it = args.into_iter();
    let argv = it.next().or_else(|| super::args::take_kw(&mut kwargs, "args")).unwrap_or(Value::None);
    let namespace = it.next().or_else(|| super::args::take_kw(&mut kwargs, "namespace")).unwrap_or(Value::None);
    super::args::no_more_kwargs("parse_args", &kwargs)?;
    let argv: Vec<String> = match argv {
        Value::None => strings(&getattr(&super::import_module("sys")?, "argv")?)?.into_iter().skip(1).collect(),
        v => strings(&v)?,
    };
    if argv.iter().any(|a| a == "--") {
        return Err(PyErr::untranslatable("argparse with '--' among the arguments"));
    }
    let namespace = match namespace {
        Value::None => call(&Value::Class(namespace_class()), vec![], vec![])?,
        n => n,
    };
    let actions = list_state(parser, "_actions")?.borrow().clone();
    for a in &actions {
        let dest = getattr(a, "dest")?;
        let default = getattr(a, "default")?;
        if !is_suppress(&dest) && !hasattr(&namespace, &s(&dest)?)? && !is_suppress(&default) {
            setattr(&namespace, &s(&dest)?, default)?;
        }
    }
    if let Value::Dict(d) = state(parser, "_defaults")? {
        for (k, v) in d.borrow().items() {
            if !hasattr(&namespace, &s(&k)?)? {
                setattr(&namespace, &s(&k)?, v)?;
            }
        }
    }
    let mut options = Vec::new();
    for (i, a) in actions.iter().enumerate() {
        for o in option_strings(a)? {
            options.push((o, i));
        }
    }
    let mut conflicts: Vec<(usize, Vec<usize>)> = Vec::new();
    let groups = list_state(parser, "_groups")?.borrow().clone();
    let index_of = |a: &Value| actions.iter().position(|x| crate::value::compare::is(x, a));
    for g in &groups {
        let members: Vec<usize> = list_state(g, "_group_actions")?.borrow().iter().filter_map(|a| index_of(a)).collect();
        for m in &members {
            let others: Vec<usize> = members.iter().copied().filter(|x| x != m).collect();
            match conflicts.iter_mut().find(|(k, _)| k == m) {
                Some((_, v)) => v.extend(others),
                None => conflicts.push((*m, others)),
            }
        }
    }
    let mut p = Parse { parser, namespace: namespace.clone(), actions: actions.clone(), options, seen: Vec::new(), seen_non_default: Vec::new(), conflicts };
    let exit_on_error = truthy(&getattr(parser, "exit_on_error")?)?;
    let raise = |e: ArgError| -> PyErr {
        if exit_on_error {
            exit_with_error(parser, &e.text())
        } else {
            crate::value::exception::error_of(crate::value::exception::exception_instance(&error_class(), vec![Value::str(&e.text())]))
        }
    };
    let extras = match finish(&mut p, &argv) {
        Ok(x) => x,
        Err(Fail::Arg(e)) => return Err(raise(e)),
        Err(Fail::Py(e)) => return Err(e),
    };
    for g in &groups {
        if truthy(&getattr(g, "required")?)? {
            let members = list_state(g, "_group_actions")?.borrow().clone();
            if !members.iter().filter_map(|a| index_of(a)).any(|i| p.seen_non_default.contains(&i)) {
                let names: Vec<String> = members.iter().filter_map(|a| action_name(a).ok().flatten()).collect();
                return Err(exit_with_error(parser, &format!("one of the arguments {} is required", names.join(" "))));
            }
        }
    }
    let mut extras = extras;
    if hasattr(&namespace, super::argparse_sub::UNRECOGNIZED)? {
        extras.extend(strings(&getattr(&namespace, super::argparse_sub::UNRECOGNIZED)?)?);
        crate::value::attr::delattr(&namespace, super::argparse_sub::UNRECOGNIZED)?;
    }
    if known {
        return Ok(Value::tuple(vec![namespace, Value::list(extras.iter().map(|e| Value::str(e)).collect())]));
    }
    if !extras.is_empty() {
        return Err(exit_with_error(parser, &format!("unrecognized arguments: {}", extras.join(" "))));
    }
    Ok(namespace)
}

/// The parse, then the required actions and the conversion of string defaults.
fn finish(p: &mut Parse, argv: &[String]) -> R<Vec<String>> {
    let extras = run(p, argv)?;
    let mut required = Vec::new();
    for (i, a) in p.actions.clone().iter().enumerate() {
        if p.seen.contains(&i) {
            continue;
        }
        if truthy(&getattr(a, "required")?)? {
            if let Some(n) = action_name(a)? {
                required.push(n);
            }
        } else {
            let default = getattr(a, "default")?;
            let dest = s(&getattr(a, "dest")?)?;
            if let Value::Str(text) = &default {
                if !is_suppress(&default) && hasattr(&p.namespace, &dest)? && crate::value::compare::is(&default, &getattr(&p.namespace, &dest)?) {
                    let v = p.value(a, text.as_str())?;
                    setattr(&p.namespace, &dest, v)?;
                }
            }
        }
    }
    if !required.is_empty() {
        return Err(Fail::Arg(ArgError(None, format!("the following arguments are required: {}", required.join(", ")))));
    }
    Ok(extras)
}
